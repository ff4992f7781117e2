// In front of Bolt's receiver on POST /slack/events: the checks Bolt leaves out or answers with a 500.
// - The request timestamp must be within 5 minutes of now in EITHER direction (Bolt refuses only the past).
// - The signature is checked here too (HMAC-SHA256 of "v0:<ts>:<raw body>", timing-safe), so nothing below runs unsigned.
// - A signed body that is not a payload this app can read (null, an event that is not an object, block_actions
//   without a user, a view_submission without a view...) is acknowledged (200) or refused (400), never a 5xx,
//   with one short JSON log line naming the cause (never the payload: it may hold personal data).
import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../logger.js';

export const MAX_SKEW_S = 5 * 60;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** Why a parsed, signed payload cannot be handled; undefined when it can. */
export function malformed(body: unknown): string | undefined {
  if (!isObj(body)) return 'body is not an object';
  if (str(body.command)) {
    if (!str(body.channel_id) || !str(body.user_id)) return 'command without channel_id or user_id';
    return undefined;
  }
  const type = body.type;
  if (type === 'url_verification') return str(body.challenge) ? undefined : 'url_verification without challenge';
  if (type === 'event_callback') {
    const e = body.event;
    if (!isObj(e) || !str(e.type)) return 'event_callback without an event object';
    for (const k of ['user', 'channel', 'text', 'thread_ts', 'channel_type', 'subtype', 'bot_id', 'tab'])
      if (e[k] !== undefined && e[k] !== null && typeof e[k] !== 'string') return `event field ${k} is not a string`;
    if (body.event_id !== undefined && typeof body.event_id !== 'string') return 'event_id is not a string';
    if ((e.type === 'app_mention' || e.type === 'message') && !str(e.channel)) return `${e.type} event without a channel`;
    if (e.type === 'app_home_opened' && !str(e.user)) return 'app_home_opened without a user';
    return undefined;
  }
  if (type === 'block_actions' || type === 'view_submission' || type === 'view_closed' || type === 'block_suggestion' || type === 'shortcut' || type === 'message_action') {
    if (!isObj(body.user) || !str(body.user.id)) return `${type} without a user`;
    if (type === 'block_actions' && (!Array.isArray(body.actions) || !body.actions.every(isObj))) return 'block_actions without actions';
    if ((type === 'view_submission' || type === 'view_closed') && !isObj(body.view)) return `${type} without a view`;
    return undefined;
  }
  if (type === 'app_rate_limited') return undefined;
  return str(type) ? undefined : 'no payload type';
}

function parse(raw: string, contentType: string): unknown {
  if (contentType.includes('application/json')) return JSON.parse(raw);
  const form = new URLSearchParams(raw);
  const payload = form.get('payload');
  if (payload !== null) return JSON.parse(payload);
  return Object.fromEntries(form.entries());
}

export function mountSlackGuard(app: Express, opts: { signingSecret: string; log: Logger }): void {
  const { log } = opts;
  const refuse = (req: Request, res: Response, status: number, reason: string) => {
    log.warn({ status, reason, from: req.socket.remoteAddress }, 'slack: request refused');
    res.status(status).json({ error: status === 401 ? 'unauthorised' : 'bad request' });
  };
  app.post(
    '/slack/events',
    express.raw({ type: () => true, limit: '1mb' }),
    (req: Request, res: Response, next: NextFunction) => {
      const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const tsHeader = req.headers['x-slack-request-timestamp'];
      const sigHeader = req.headers['x-slack-signature'];
      const ts = typeof tsHeader === 'string' && /^\d{1,12}$/.test(tsHeader) ? Number(tsHeader) : NaN;
      if (!Number.isFinite(ts)) return refuse(req, res, 401, 'missing or malformed timestamp');
      const now = Math.floor(Date.now() / 1000);
      if (Math.abs(now - ts) > MAX_SKEW_S) return refuse(req, res, 401, ts > now ? 'timestamp in the future' : 'timestamp too old');
      const expected = 'v0=' + createHmac('sha256', opts.signingSecret).update(`v0:${ts}:`).update(raw).digest('hex');
      const given = typeof sigHeader === 'string' ? sigHeader : '';
      if (given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected)))
        return refuse(req, res, 401, 'bad signature');
      let body: unknown;
      try {
        body = parse(raw.toString('utf8'), String(req.headers['content-type'] ?? ''));
      } catch {
        return refuse(req, res, 400, 'signed body is not JSON or a form');
      }
      const why = malformed(body);
      if (why) {
        // Signed by Slack's secret but not something this app can use: acknowledged, so Slack does not retry it.
        log.warn({ reason: why }, 'slack: signed payload not understood: acknowledged');
        return void res.status(200).end();
      }
      // Bolt's receiver reads the raw body from here (it was consumed above) and verifies the signature again.
      (req as Request & { rawBody?: Buffer }).rawBody = raw;
      next();
    },
  );
}
