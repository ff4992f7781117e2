// Teams: botbuilder CloudAdapter on POST /api/messages, and the proactive Notifier for reminders.
// Every botbuilder import lives in src/teams/ (moving to the Microsoft 365 Agents SDK is a one-folder change).
import express, { type Express } from 'express';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { PlatformContext } from '../platform.js';
import type { Notifier } from '../conversation/notifier.js';
import { TeamsBot } from './bot.js';
import { TeamsNotifier } from './notifier.js';

export { renderAdaptiveCard } from './render.js';

/** With no MicrosoftAppId, auth is disabled (Bot Framework Emulator protocol); with one, JWTs are validated. */
export function createAdapter(ctx: PlatformContext): CloudAdapter {
  const c = ctx.config;
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: c.MicrosoftAppId,
    MicrosoftAppPassword: c.MicrosoftAppPassword,
    MicrosoftAppTenantId: c.MicrosoftAppTenantId,
    MicrosoftAppType: c.MicrosoftAppType ?? (c.MicrosoftAppTenantId ? 'SingleTenant' : 'MultiTenant'),
  } as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new CloudAdapter(auth);
  const log = ctx.log.child({ platform: 'teams' });
  adapter.onTurnError = async (tc, err) => {
    log.error({ err: err instanceof Error ? err.message : String(err), type: tc.activity.type }, 'teams: unhandled turn error');
  };
  return adapter;
}

export async function mountTeams(app: Express, ctx: PlatformContext): Promise<{ notifier: Notifier }> {
  const adapter = createAdapter(ctx);
  const bot = new TeamsBot(ctx);
  app.post('/api/messages', express.json({ limit: '1mb' }), async (req, res) => {
    await adapter.process(req, res, bot.onTurn);
  });
  const notifier = new TeamsNotifier(adapter, ctx.config.MicrosoftAppId ?? '', ctx.store, ctx.clock);
  return { notifier };
}
