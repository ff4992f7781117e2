// STUB (owner: slack)
import type { Express } from 'express';
import type { PlatformContext } from '../platform.js';
import type { Notifier } from '../conversation/notifier.js';

export async function mountSlack(_app: Express, ctx: PlatformContext): Promise<{ notifier: Notifier; stop(): Promise<void> } | undefined> {
  ctx.log.info({}, 'Slack is off (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to turn it on)');
  return undefined;
}
