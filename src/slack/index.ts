// Slack: a Bolt app on the shared HTTP server (/slack/events for commands, interactivity and events),
// or Socket Mode when SLACK_APP_TOKEN is set. Handlers only translate: payload -> Turn -> engine -> Block Kit.
import type { Express } from 'express';
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import type { AppOptions, Logger as BoltLogger } from '@slack/bolt';
import type { PlatformContext } from '../platform.js';
import type { Notifier } from '../conversation/notifier.js';
import type { Message } from '../conversation/model.js';
import type { Logger } from '../logger.js';
import { TtlRecords } from './ttl.js';
import { Delivery } from './deliver.js';
import type { FormSpec } from './render.js';
import { SlackNotifier, createNotifierClient } from './notifier.js';
import { PacedNotifier } from '../conversation/pacing.js';
import { SLACK_LIMITS } from './rateLimits.js';
import { registerHandlers } from './handlers.js';
import { mountSlackGuard } from './guard.js';
import { AfterAck } from './afterAck.js';

export interface SlackMount {
  notifier: Notifier;
  stop(): Promise<void>;
}

const HOUR = 3600_000;

/** Bolt's logger interface over ours (Bolt logs no message text at info and above). */
function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (msg: unknown[]) =>
    msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    // Bolt's debug lines can carry request payloads (user text): never forwarded, whatever LOG_LEVEL is.
    debug: () => undefined,
    info: (...m: unknown[]) => log.info({ bolt: true }, text(m)),
    warn: (...m: unknown[]) => log.warn({ bolt: true }, text(m)),
    error: (...m: unknown[]) => log.error({ bolt: true }, text(m)),
    setLevel: (l: LogLevel) => void (level = l),
    getLevel: () => level,
    setName: () => {},
  };
}

export const slackApiUrl = (url?: string): string | undefined => (url ? (url.endsWith('/') ? url : url + '/') : undefined);

/** HTTP mode: Bolt's receiver on /slack/events, behind the AfterAck counter and the guard. */
function httpApp(app: Express, signingSecret: string, log: Logger, afterAck: AfterAck, options: AppOptions): App {
  const receiver = new ExpressReceiver({
    signingSecret,
    // The guard in front (mountSlackGuard) has checked the timestamp and the HMAC of the raw body before the receiver
    // runs, and refused anything unsigned: Bolt's second check (three more HMACs per request, in its timing-safe
    // compare) was ~8% of the CPU before each ack. Bolt still parses the body as before.
    signatureVerification: false,
    endpoints: '/slack/events',
    processBeforeResponse: false,
    logger: options.logger,
    // A payload Bolt cannot route (no listener acked it): answered 200 inside Slack's 3 seconds, not 404.
    unhandledRequestTimeoutMillis: 2000,
    unhandledRequestHandler: ({ response }) => {
      log.warn({}, 'slack request not acknowledged by a listener: answered 200');
      if (!response.headersSent) {
        response.writeHead(200);
        response.end();
      }
    },
  });
  // Counted from arrival to answer: the turns wait while requests are still being read and acknowledged.
  app.use('/slack/events', afterAck.track());
  mountSlackGuard(app, { signingSecret, log });
  app.use(receiver.router);
  return new App({ ...options, receiver });
}

export async function mountSlack(app: Express, ctx: PlatformContext): Promise<SlackMount | undefined> {
  const { config } = ctx;
  const log = ctx.log.child({ platform: 'slack' });
  const token = config.SLACK_BOT_TOKEN;
  const socket = Boolean(token && config.SLACK_APP_TOKEN);
  if (!token || (!socket && !config.SLACK_SIGNING_SECRET)) {
    ctx.log.info({}, 'Slack is off (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to turn it on)');
    return undefined;
  }
  const apiUrl = slackApiUrl(config.SLACK_API_URL);
  // Replies are never dropped on a rate limit: each 429 waits its Retry-After (WebClient) and counts as a retry,
  // so allow several; the short back-off between attempts keeps network-error retries quick.
  const clientOptions = {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig: { retries: 8, factor: 2, minTimeout: 250, maxTimeout: 30_000, randomize: true },
  };
  const afterAck = new AfterAck(log);
  // No conversation store: the engine keeps all state (Bolt's would be one more middleware on every request).
  const options: AppOptions = { token, clientOptions, logger: boltLogger(log), convoStore: false };
  const bolt = socket
    ? new App({ ...options, appToken: config.SLACK_APP_TOKEN, socketMode: true })
    : httpApp(app, config.SLACK_SIGNING_SECRET!, log, afterAck, options);
  const shares = new TtlRecords<Message>(ctx.store, 'slack-shares', 24 * HOUR, ctx.clock);
  const forms = new TtlRecords<FormSpec>(ctx.store, 'slack-forms', 24 * HOUR, ctx.clock);
  const delivery = new Delivery(bolt.client, shares, forms, log);
  const seenEvents = new TtlRecords<number>(ctx.store, 'slack-events', HOUR, ctx.clock);
  registerHandlers(bolt, { ctx, log, delivery, seenEvents, shares, forms, afterAck });
  if (socket) await bolt.start();
  log.info({ mode: socket ? 'socket' : 'http' }, 'Slack is on');
  // Proactive posts stay under Slack's 1 message/s per channel; a 429 pauses them all for its Retry-After.
  const notifier = new PacedNotifier(new SlackNotifier(createNotifierClient(token, apiUrl)), SLACK_LIMITS, ctx.clock);
  return {
    notifier,
    async stop() {
      if (socket) await bolt.stop();
    },
  };
}
