// Teams: botbuilder CloudAdapter on POST /api/messages, and the proactive Notifier for reminders.
// Every botbuilder import lives in src/teams/ (moving to the Microsoft 365 Agents SDK is a one-folder change).
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { AuthenticateRequestResult, BotFrameworkAuthentication, ServiceClientCredentialsFactory } from 'botframework-connector';
import type { PlatformContext } from '../platform.js';
import type { Notifier } from '../conversation/notifier.js';
import { TeamsBot } from './bot.js';
import { isActivityShaped } from './turn.js';
import { TeamsNotifier } from './notifier.js';
import { PacedNotifier } from '../conversation/pacing.js';
import { TEAMS_LIMITS } from './rateLimits.js';
import { errorText, type Logger } from '../logger.js';

export { renderAdaptiveCard } from './render.js';

/**
 * Test and sovereign-cloud wiring, from the composition root only (never from a request): where the channel's OpenID
 * metadata (and so its signing keys) is read, the token issuer expected, and how outgoing calls get their token.
 */
export interface TeamsAuthOptions {
  openIdMetadataUrl?: string;
  tokenIssuer?: string;
  credentialsFactory?: ServiceClientCredentialsFactory;
}

/**
 * With a MicrosoftAppId, every request's JWT is validated (audience, issuer, signing key, serviceurl claim). With none,
 * the Bot Framework Emulator protocol (no JWT) is spoken only for local trying: see `refusal` below.
 */
export function createAuth(ctx: PlatformContext, opts: TeamsAuthOptions = {}): BotFrameworkAuthentication {
  const c = ctx.config;
  return new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: c.MicrosoftAppId,
      MicrosoftAppPassword: c.MicrosoftAppPassword,
      MicrosoftAppTenantId: c.MicrosoftAppTenantId,
      MicrosoftAppType: c.MicrosoftAppType ?? (c.MicrosoftAppTenantId ? 'SingleTenant' : 'MultiTenant'),
      // Overriding one endpoint means botbuilder takes every one from here: the public cloud's, with the metadata replaced.
      ...(opts.openIdMetadataUrl
        ? {
            ValidateAuthority: true,
            ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
            ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
            ToBotFromChannelTokenIssuer: opts.tokenIssuer ?? AuthenticationConstants.ToBotFromChannelTokenIssuer,
            OAuthUrl: AuthenticationConstants.OAuthUrl,
            ToBotFromChannelOpenIdMetadataUrl: opts.openIdMetadataUrl,
            ToBotFromEmulatorOpenIdMetadataUrl: opts.openIdMetadataUrl,
            CallerId: CallerIdConstants.PublicAzureChannel,
          }
        : {}),
    } as ConfigurationBotFrameworkAuthenticationOptions,
    opts.credentialsFactory,
  );
}

export function createAdapter(ctx: PlatformContext, auth: BotFrameworkAuthentication): CloudAdapter {
  const adapter = new CloudAdapter(auth);
  const log = ctx.log.child({ platform: 'teams' });
  adapter.onTurnError = async (tc, err) => {
    log.error({ err: errorText(err), type: tc.activity.type }, 'teams: unhandled turn error');
  };
  return adapter;
}

/** Our own server's loopback addresses: the only place an unauthenticated (Emulator) request may come from. */
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const loopbackHost = (url: string | undefined): boolean => {
  try {
    const h = new URL(url ?? '').hostname.replace(/^\[|\]$/g, '');
    return h === 'localhost' || LOOPBACK.has(h) || /^127\./.test(h);
  } catch {
    return false;
  }
};

/** A bearer JWT's header and payload, unverified (only to refuse malformed or expired tokens before botbuilder). */
function tokenShape(authorization: string | undefined): 'missing' | 'malformed' | 'expired' | 'ok' {
  const m = /^Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/.exec(authorization?.trim() ?? '');
  if (!authorization?.trim()) return 'missing';
  if (!m) return 'malformed';
  try {
    const header = JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8')) as { alg?: unknown; kid?: unknown };
    const payload = JSON.parse(Buffer.from(m[2]!, 'base64url').toString('utf8')) as { exp?: unknown };
    if (typeof header !== 'object' || !header || typeof header.alg !== 'string') return 'malformed';
    if (typeof payload !== 'object' || !payload) return 'malformed';
    if (typeof payload.exp === 'number' && payload.exp * 1000 < Date.now() - 5 * 60_000) return 'expired';
    return 'ok';
  } catch {
    return 'malformed';
  }
}

/** botbuilder prints a token failure with console.error (a stack, several lines): our one JSON line says it instead. */
let consoleFiltered = false;
function quietBotbuilderConsole(): void {
  if (consoleFiltered) return;
  consoleFiltered = true;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const first = args[0];
    if (typeof first === 'string' && first.startsWith('Error finding key for token')) return;
    if (first instanceof Error && (first.name === 'TokenExpiredError' || first.name === 'JsonWebTokenError')) return;
    original(...args);
  };
}

/** Why an inbound request is refused before it runs, if it is. */
function refusal(config: PlatformContext['config'], req: Request, activity: Activity): string | undefined {
  if (config.MicrosoftAppId) {
    const shape = tokenShape(req.headers.authorization);
    return shape === 'ok' ? undefined : `token ${shape}`;
  }
  if (!config.teamsEmulator) return 'MicrosoftAppId is not set (unauthenticated requests are refused outside local trying)';
  // Emulator mode: a request from this machine, replying to this machine, and not relayed by a proxy.
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return 'unauthenticated request from outside loopback';
  if (req.headers['x-forwarded-for'] || req.headers.forwarded) return 'unauthenticated request relayed by a proxy';
  if (req.headers.authorization) return 'a token was sent, but no MicrosoftAppId is set to validate it';
  if (activity.serviceUrl !== undefined && !loopbackHost(activity.serviceUrl)) return 'serviceUrl outside loopback in Emulator mode';
  return undefined;
}

const badRequest = (res: Response, message: string) => void res.status(400).json({ error: { code: 'BadRequest', message } });

/** POST /api/messages: shape checked, then refused or authenticated, then the turn run by the adapter. */
function messagesHandler(ctx: PlatformContext, log: Logger, auth: BotFrameworkAuthentication, adapter: CloudAdapter, bot: TeamsBot) {
  const refuse = (req: Request, res: Response, reason: string) => {
    log.warn({ status: 401, reason, from: req.socket.remoteAddress }, 'teams: request refused');
    res.status(401).json({ error: { code: 'Unauthorized', message: 'The request is not authorised.' } });
  };
  return async (req: Request, res: Response) => {
    // Not an activity (no JSON object, no type, wrong field types): 400, before botbuilder sees it.
    if (!isActivityShaped(req.body)) return badRequest(res, 'The body is not a Bot Framework activity.');
    const activity = req.body as Activity;
    const why = refusal(ctx.config, req, activity);
    if (why) return refuse(req, res, why);
    let authResult: AuthenticateRequestResult;
    try {
      // Validates the JWT (signature, issuer, audience, expiry, and that its serviceurl claim is the activity's).
      authResult = await auth.authenticateRequest(activity, req.headers.authorization ?? '');
    } catch (err) {
      return refuse(req, res, errorText(err).slice(0, 200));
    }
    try {
      const invoke = await (adapter as unknown as AdapterWithProcess).processActivity(authResult, activity, bot.onTurn);
      if (res.headersSent) return;
      if (invoke) res.status(invoke.status ?? 200).json(invoke.body ?? {});
      else res.status(200).end();
    } catch (err) {
      log.error({ err: errorText(err) }, 'teams: request failed');
      if (!res.headersSent) res.status(500).json({ error: { code: 'InternalError', message: 'Something went wrong on the bot side.' } });
    }
  };
}

export async function mountTeams(app: Express, ctx: PlatformContext, opts: TeamsAuthOptions = {}): Promise<{ notifier: Notifier }> {
  const auth = createAuth(ctx, opts);
  const adapter = createAdapter(ctx, auth);
  const log = ctx.log.child({ platform: 'teams' });
  const { config } = ctx;
  quietBotbuilderConsole();
  if (!config.MicrosoftAppId) {
    if (config.teamsEmulator) log.info({}, 'Teams: no MicrosoftAppId, Bot Framework Emulator protocol on loopback only (local trying)');
    else log.warn({}, 'Teams is off: MicrosoftAppId is not set, so /api/messages answers 401 to every request');
  }
  app.post(
    '/api/messages',
    express.json({ limit: '1mb' }),
    messagesHandler(ctx, log, auth, adapter, new TeamsBot(ctx)),
    // Unparseable JSON (or a body over the limit): a plain 4xx answer, no stack trace.
    (err: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
      if (res.headersSent) return next(err);
      const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 400;
      log.info({ status, type: err?.type }, 'teams: request body refused');
      res.status(status).json({ error: { code: 'BadRequest', message: 'The body could not be read as JSON.' } });
    },
  );
  // Proactive posts stay under Teams' limits (7/s and 60/30 s per conversation, 50/s per app; a 429's Retry-After kept).
  const notifier = new PacedNotifier(
    new TeamsNotifier(adapter, ctx.config.MicrosoftAppId ?? '', ctx.store, ctx.clock),
    TEAMS_LIMITS,
    ctx.clock,
  );
  return { notifier };
}

/** CloudAdapterBase.processActivity is protected; its AuthenticateRequestResult overload runs a turn already authenticated. */
interface AdapterWithProcess {
  processActivity(
    auth: AuthenticateRequestResult,
    activity: Activity,
    logic: (tc: TurnContext) => Promise<void>,
  ): Promise<{ status?: number; body?: unknown } | undefined>;
}
