// STUB (owner: web playground)
import type { Express } from 'express';
import type { PlatformContext } from '../platform.js';
import type { Notifier } from '../conversation/notifier.js';
import type { CaseModule } from '../cases/index.js';

export async function mountPlayground(_app: Express, _ctx: PlatformContext & { cases: CaseModule }): Promise<{ notifier: Notifier }> {
  const notifier: Notifier = { platform: 'web', post: async () => ({ platform: 'web', conversationId: '', messageId: '' }), update: async () => {} };
  return { notifier };
}
