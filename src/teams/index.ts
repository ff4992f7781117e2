// Teams: botbuilder CloudAdapter on POST /api/messages, and the proactive Notifier for reminders.
// Every botbuilder import lives in src/teams/ (moving to the Microsoft 365 Agents SDK is a one-folder change).
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { PlatformContext } from '../platform.js';
import type { Notifier } from '../conversation/notifier.js';
import { TeamsBot } from './bot.js';
import { isActivityShaped } from './turn.js';
import { TeamsNotifier } from './notifier.js';
import { errorText } from '../logger.js';

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
    log.error({ err: errorText(err), type: tc.activity.type }, 'teams: unhandled turn error');
  };
  return adapter;
}

export async function mountTeams(app: Express, ctx: PlatformContext): Promise<{ notifier: Notifier }> {
  const adapter = createAdapter(ctx);
  const bot = new TeamsBot(ctx);
  const log = ctx.log.child({ platform: 'teams' });
  const badRequest = (res: Response, message: string) => void res.status(400).json({ error: { code: 'BadRequest', message } });
  app.post(
    '/api/messages',
    express.json({ limit: '1mb' }),
    async (req: Request, res: Response) => {
      // Not an activity (no JSON object, no type, wrong field types): 400, before botbuilder sees it.
      if (!isActivityShaped(req.body)) return badRequest(res, 'The body is not a Bot Framework activity.');
      try {
        await adapter.process(req, res, bot.onTurn);
      } catch (err) {
        log.error({ err: errorText(err) }, 'teams: request failed');
        if (!res.headersSent) res.status(500).end();
      }
    },
    // Unparseable JSON (or a body over the limit): a plain 4xx answer, no stack trace.
    (err: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
      if (res.headersSent) return next(err);
      const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 400;
      log.info({ status, type: err?.type }, 'teams: request body refused');
      res.status(status).json({ error: { code: 'BadRequest', message: 'The body could not be read as JSON.' } });
    },
  );
  const notifier = new TeamsNotifier(adapter, ctx.config.MicrosoftAppId ?? '', ctx.store, ctx.clock);
  return { notifier };
}
