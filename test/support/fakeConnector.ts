/* eslint-disable @typescript-eslint/no-explicit-any -- Adaptive Card JSON is untyped here; tests read it freely */
// A fake Bot Connector service on loopback: the bot's serviceUrl in tests. It records every activity the
// bot sends (replies, updates, proactive posts) and builds inbound activities shaped exactly as Teams sends them.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { securedAuth } from './botAuth.js';

export interface Recorded {
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
  conversationId?: string;
  /** POST .../activities/:replyTo (a reply) or PUT .../activities/:id (an update). */
  activityId?: string;
  /** The id this fake gave the posted activity. */
  id: string;
  body: Record<string, unknown>;
  authorization?: string;
}

interface Failure {
  status: number;
  headers: Record<string, string>;
  remaining: number;
}

type Waiter = { predicate: (r: Recorded) => boolean; resolve: (r: Recorded) => void };

export class FakeConnector {
  readonly requests: Recorded[] = [];
  /** Requests answered with a failure from failNext (method and path). */
  readonly rejected: Array<{ method: string; path: string; status: number }> = [];
  private server?: http.Server;
  private counter = 0;
  private failures: Failure[] = [];
  private waiters: Waiter[] = [];
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.onRequest(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/`;
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** The next `count` requests get this status (e.g. 429 with Retry-After, 403, 502). */
  failNext(status: number, headers: Record<string, string> = {}, count = 1): void {
    this.failures.push({ status, headers, remaining: count });
  }

  /** Activities the bot sent (new messages and replies, not updates), optionally in one conversation. */
  sent(conversationId?: string): Recorded[] {
    return this.requests.filter(
      (r) => r.method === 'POST' && r.conversationId !== undefined && (!conversationId || r.conversationId === conversationId),
    );
  }

  updates(): Recorded[] {
    return this.requests.filter((r) => r.method === 'PUT');
  }

  /** Resolves with the first recorded request (already seen or future) matching the predicate. */
  waitFor(predicate: (r: Recorded) => boolean, timeoutMs = 10_000): Promise<Recorded> {
    const seen = this.requests.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('FakeConnector: timed out waiting for a request')), timeoutMs);
      this.waiters.push({ predicate, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const failure = this.failures[0];
    if (failure) {
      if (--failure.remaining <= 0) this.failures.shift();
      this.rejected.push({ method: req.method ?? '', path: req.url ?? '', status: failure.status });
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      res.end(JSON.stringify({ error: { code: 'Fake', message: `fake status ${failure.status}` } }));
      return;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'v3' || parts[1] !== 'conversations') return this.reply(res, 404, { error: 'not found' });
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const id = `act-${++this.counter}`;
    const method = req.method as Recorded['method'];
    const rec: Recorded = { method, path: url.pathname, id, body, authorization: req.headers.authorization };
    if (parts.length === 2 && method === 'POST') {
      // Create a conversation (proactive to a user / new thread).
      const conversationId = `conv-${this.counter}`;
      this.record({ ...rec, id: conversationId });
      return this.reply(res, 200, { id: conversationId, activityId: id });
    }
    if (parts[3] !== 'activities') return this.reply(res, 404, { error: 'not found' });
    rec.conversationId = parts[2];
    rec.activityId = parts[4];
    this.record(method === 'PUT' ? { ...rec, id: parts[4] ?? id } : rec);
    return this.reply(res, 200, { id: method === 'PUT' ? (parts[4] ?? id) : id });
  }

  private record(rec: Recorded): void {
    this.requests.push(rec);
    const ready = this.waiters.filter((w) => w.predicate(rec));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve(rec);
  }

  private reply(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}

/** The card (Adaptive Card content) carried by a recorded activity, if any. */
export function cardOf(body: Record<string, unknown>): Record<string, any> | undefined {
  const atts = body.attachments as Array<{ contentType: string; content: Record<string, any> }> | undefined;
  return atts?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

// ---- Inbound activities, shaped as Teams sends them ----

export const BOT = { id: '28:bot-app-id', name: 'Safeguarding' };
export const TENANT = 'tenant-0001';
const TEAM = { id: '19:team-general@thread.tacv2', name: 'Duty team' };
const CHANNEL = { id: '19:case-channel@thread.tacv2', name: 'case-ab12' };

export interface Person {
  id: string;
  name: string;
  aadObjectId: string;
}

export const person = (n: number): Person => ({ id: `29:user-${n}`, name: `Practitioner ${n}`, aadObjectId: `aad-user-${n}` });

type Where = { kind: 'personal'; chatId: string } | { kind: 'channel'; threadId: string } | { kind: 'groupChat'; chatId: string };

export class TeamsActivities {
  private seq = 0;
  constructor(
    private readonly serviceUrl: string,
    private readonly where: Where = { kind: 'personal', chatId: 'a:personal-chat-1' },
    private readonly from: Person = person(1),
  ) {}

  static personal(serviceUrl: string, from = person(1), chatId = `a:personal-${from.aadObjectId}`): TeamsActivities {
    return new TeamsActivities(serviceUrl, { kind: 'personal', chatId }, from);
  }
  static channel(serviceUrl: string, from = person(1), threadId = '1700000000000'): TeamsActivities {
    return new TeamsActivities(serviceUrl, { kind: 'channel', threadId }, from);
  }
  static groupChat(serviceUrl: string, from = person(1), chatId = '19:group-chat-1@thread.v2'): TeamsActivities {
    return new TeamsActivities(serviceUrl, { kind: 'groupChat', chatId }, from);
  }

  as(from: Person): TeamsActivities {
    return new TeamsActivities(this.serviceUrl, this.where, from);
  }

  get conversationId(): string {
    if (this.where.kind === 'channel') return `${CHANNEL.id};messageid=${this.where.threadId}`;
    return this.where.chatId;
  }

  private base(type: string): Record<string, any> {
    const n = ++this.seq;
    const now = new Date(Date.UTC(2026, 10, 23, 10, 0, n % 60)).toISOString();
    const conversation: Record<string, unknown> = { conversationType: this.where.kind, tenantId: TENANT, id: this.conversationId };
    if (this.where.kind !== 'personal') conversation.isGroup = true;
    const channelData: Record<string, unknown> = { tenant: { id: TENANT } };
    if (this.where.kind === 'channel') {
      Object.assign(channelData, { teamsChannelId: CHANNEL.id, teamsTeamId: TEAM.id, channel: CHANNEL, team: TEAM });
    }
    return {
      type,
      id: `${Date.UTC(2026, 10, 23)}${String(n).padStart(4, '0')}`,
      timestamp: now,
      localTimestamp: now.replace('Z', '+00:00'),
      channelId: 'msteams',
      serviceUrl: this.serviceUrl,
      from: { ...this.from },
      conversation,
      recipient: { ...BOT },
      channelData,
      locale: 'en-GB',
      localTimezone: 'Europe/London',
    };
  }

  /** A typed message. In a channel or group chat the bot is @mentioned unless mention is false. */
  message(text: string, opts: { mention?: boolean } = {}): Record<string, any> {
    const a = this.base('message');
    const clientInfo = { type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' };
    a.textFormat = 'plain';
    a.entities = [clientInfo];
    a.text = text;
    if (this.where.kind !== 'personal' && opts.mention !== false) {
      const at = `<at>${BOT.name}</at>`;
      a.text = `${at} ${text}\n`;
      a.entities = [{ type: 'mention', text: at, mentioned: { id: BOT.id, name: BOT.name } }, clientInfo];
    }
    return a;
  }

  /** What an old client sends for Action.Submit: a message with the card data (and input values) in value. */
  submit(data: Record<string, unknown>, replyToId?: string): Record<string, any> {
    const a = this.base('message');
    a.value = data;
    if (replyToId) a.replyToId = replyToId;
    return a;
  }

  /** What Teams sends for Action.Execute (Universal Actions): an invoke, input values merged into data. */
  execute(action: { verb: string; data: Record<string, unknown>; title?: string }, replyToId?: string): Record<string, any> {
    const a = this.base('invoke');
    a.name = 'adaptiveCard/action';
    a.value = {
      action: { type: 'Action.Execute', title: action.title ?? action.verb, verb: action.verb, data: action.data },
      trigger: 'manual',
    };
    if (replyToId) a.replyToId = replyToId;
    return a;
  }

  conversationUpdate(membersAdded: Array<{ id: string }> = [{ id: BOT.id }], membersRemoved?: Array<{ id: string }>): Record<string, any> {
    const a = this.base('conversationUpdate');
    delete a.from.name;
    if (membersAdded.length) a.membersAdded = membersAdded;
    if (membersRemoved) a.membersRemoved = membersRemoved;
    a.channelData.eventType = membersRemoved ? 'teamMemberRemoved' : 'teamMemberAdded';
    return a;
  }

  /** Any other activity (typing, messageReaction, messageUpdate, event, ...), with its own fields. */
  activity(type: string, fields: Record<string, any> = {}): Record<string, any> {
    const a = this.base(type);
    const { channelData, ...rest } = fields;
    if (channelData) Object.assign(a.channelData, channelData);
    return Object.assign(a, rest);
  }

  /** An invoke with any name (composeExtension/query, task/fetch, signin/verifyState, ...). */
  invoke(name: string | undefined, value?: unknown, fields: Record<string, any> = {}): Record<string, any> {
    const a = this.activity('invoke', fields);
    if (name !== undefined) a.name = name;
    if (value !== undefined) a.value = value;
    return a;
  }

  /**
   * A message as Teams sends rich text: HTML in text (textFormat xml-ish), the bot's <at> mention in shared
   * conversations (entity included), and a text/html attachment with the same content.
   */
  htmlMessage(html: string, opts: { mention?: boolean } = {}): Record<string, any> {
    const a = this.base('message');
    a.textFormat = 'plain';
    a.entities = [{ type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' }];
    let text = html;
    if (this.where.kind !== 'personal' && opts.mention !== false) {
      const at = `<at>${BOT.name}</at>`;
      text = `<p>${at}&nbsp;${html}</p>`;
      a.entities.unshift({ type: 'mention', text: at, mentioned: { id: BOT.id, name: BOT.name } });
    }
    a.text = text;
    a.attachments = [{ contentType: 'text/html', content: `<div>${text}</div>` }];
    return a;
  }

  /** A pasted image: attachments only, no text (in shared conversations the bot is @mentioned unless told). */
  imageMessage(opts: { mention?: boolean } = {}): Record<string, any> {
    const a = this.base('message');
    a.textFormat = 'plain';
    a.entities = [];
    a.attachments = [
      { contentType: 'image/*', contentUrl: 'https://smba.trafficmanager.net/amer/v3/attachments/0-abc/views/original' },
      {
        contentType: 'text/html',
        content: '<div><div><span><img src="https://eu-api.asm.skype.com/v1/objects/0-abc/views/imgo"></span></div></div>',
      },
    ];
    if (this.where.kind !== 'personal' && opts.mention !== false) {
      const at = `<at>${BOT.name}</at>`;
      a.text = at;
      a.entities = [{ type: 'mention', text: at, mentioned: { id: BOT.id, name: BOT.name } }];
    }
    return a;
  }

  installationUpdate(action: 'add' | 'remove' | 'add-upgrade' | 'remove-upgrade'): Record<string, any> {
    const a = this.base('installationUpdate');
    a.action = action;
    if (this.where.kind === 'channel') a.channelData.source = { name: 'message' };
    return a;
  }
}

/** POST an activity to the bot the way the Bot Connector does. Returns status and parsed body (invoke responses). */
export async function postActivity(
  botUrl: string,
  activity: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  // A server that validates JWTs gets the channel's signed token, unless the test sends its own header.
  const auth = securedAuth(botUrl);
  const signed: Record<string, string> = auth && !('authorization' in headers) ? { authorization: auth.token(activity) } : {};
  const res = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signed, ...headers },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body };
}

/** Every action on a card: the action bar and ActionSets anywhere in the body. */
export function actionsOf(
  card: Record<string, any>,
): Array<{ type: string; title: string; verb?: string; url?: string; data?: Record<string, any> }> {
  const out: any[] = [...(card.actions ?? [])];
  const walk = (els: any[] | undefined) => {
    for (const el of els ?? []) {
      if (el.type === 'ActionSet') out.push(...el.actions);
      walk(el.items);
      for (const col of el.columns ?? []) walk(col.items);
    }
  };
  walk(card.body);
  return out;
}

/** Every input element on a card. */
export function inputsOf(card: Record<string, any>): Array<Record<string, any>> {
  const out: Array<Record<string, any>> = [];
  const walk = (els: any[] | undefined) => {
    for (const el of els ?? []) {
      if (typeof el.type === 'string' && el.type.startsWith('Input.')) out.push(el);
      walk(el.items);
      for (const col of el.columns ?? []) walk(col.items);
    }
  };
  walk(card.body);
  return out;
}
