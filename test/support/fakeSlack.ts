// A fake Slack for protocol tests: the Web API (records every call, answers like Slack, can fail on
// demand), response_url endpoints, and helpers that send REAL signed requests to /slack/events.
import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  /** 'api' for a Web API call, 'respond' for a POST to a response_url. */
  kind: 'api' | 'respond';
  /** Web API method (e.g. chat.postMessage) or the response_url path id. */
  method: string;
  body: Record<string, unknown>;
  token?: string;
  /** What the fake answered (e.g. the ts of a posted message). */
  response?: Record<string, unknown>;
}

export interface Failure {
  status?: number;
  retryAfter?: number;
  error?: string;
}

type Waiter = { pred: (r: Recorded) => boolean; resolve: (r: Recorded) => void };

const parseField = (v: string): unknown => {
  if (/^[[{]/.test(v)) {
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }
  return v;
};

export class FakeSlack {
  readonly calls: Recorded[] = [];
  private readonly failures = new Map<string, Failure[]>();
  private waiters: Waiter[] = [];
  private ts = 1_700_000_000;
  private responseCount = 0;
  private gate: Promise<void> = Promise.resolve();
  private readonly respondFailures: number[] = [];
  /** Socket Mode: the WebSocket URL apps.connections.open hands out (a test's own ws server). */
  socketUrl?: string;
  private openGate: () => void = () => {};
  private constructor(
    private readonly server: http.Server,
    readonly base: string,
  ) {}

  static async start(): Promise<FakeSlack> {
    const holder: { fake?: FakeSlack } = {};
    const server = http.createServer((req, res) => void holder.fake!.handle(req, res));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    holder.fake = new FakeSlack(server, `http://127.0.0.1:${port}`);
    return holder.fake;
  }

  /** SLACK_API_URL (without the trailing slash, so the app must add it). */
  get apiUrl(): string {
    return `${this.base}/api`;
  }

  /** A fresh response_url, as Slack puts in each command and action. */
  newResponseUrl(): string {
    return `${this.base}/respond/${++this.responseCount}`;
  }

  /** The next call(s) to `method` fail this way (e.g. 429 with Retry-After, a 500, or {ok:false,error}). */
  failNext(method: string, failure: Failure): void {
    const list = this.failures.get(method) ?? [];
    list.push(failure);
    this.failures.set(method, list);
  }

  /** The next `count` POSTs to a response_url are refused with `status` (e.g. 404: expired after 30 minutes). */
  failRespond(status = 404, count = 1): void {
    this.respondFailures.push(...Array.from({ length: count }, () => status));
  }

  /** Hold every response_url answer until release(): shows the app acked Slack before its reply was delivered. */
  hold(): void {
    this.gate = new Promise((r) => (this.openGate = r));
  }

  release(): void {
    this.openGate();
    this.gate = Promise.resolve();
  }

  callsTo(method: string): Recorded[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first recorded call (from `from` on) that matches; rejects after timeoutMs. */
  waitFor(pred: (r: Recorded) => boolean, opts: { from?: number; timeoutMs?: number } = {}): Promise<Recorded> {
    const hit = this.calls.slice(opts.from ?? 0).find(pred);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const w: Waiter = { pred, resolve };
      this.waiters.push(w);
      setTimeout(() => {
        if (!this.waiters.includes(w)) return;
        this.waiters = this.waiters.filter((x) => x !== w);
        reject(
          new Error(
            `fake Slack: no matching call within ${opts.timeoutMs ?? 5000} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`,
          ),
        );
      }, opts.timeoutMs ?? 5000).unref();
    });
  }

  /** The first chat.postMessage into `channel` from call index `from` on (with `ok`: the first Slack accepted). */
  postIn(channel: string, opts: { from: number; ok?: boolean; timeoutMs?: number }): Promise<Recorded> {
    return this.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body.channel === channel && (!opts.ok || c.response?.ok === true),
      opts,
    );
  }

  /** The next message the person would see (a response_url body, a post, an update) after call index `from`. */
  nextMessage(from: number): Promise<Recorded> {
    const kinds = new Set(['chat.postMessage', 'chat.postEphemeral', 'chat.update']);
    return this.waitFor((r) => r.kind === 'respond' || kinds.has(r.method), { from });
  }

  close(): Promise<void> {
    return new Promise((r) => {
      this.server.close(() => r());
      this.server.closeAllConnections();
    });
  }

  private record(r: Recorded): void {
    this.calls.push(r);
    for (const w of [...this.waiters]) {
      if (w.pred(r)) {
        this.waiters = this.waiters.filter((x) => x !== w);
        w.resolve(r);
      }
    }
  }

  /** Files uploaded with files.uploadV2, by file id: the name asked for, and the bytes posted to its upload URL. */
  readonly uploads = new Map<string, { filename: string; length: number; content?: string }>();

  /** The files completeUploadExternal shared into `channel` (from call index `from` on), with their content. */
  filesIn(channel: string, from = 0): Array<{ id: string; title?: string; filename: string; content: string }> {
    return this.calls
      .slice(from)
      .filter((c) => c.method === 'files.completeUploadExternal' && c.body.channel_id === channel)
      .flatMap((c) => c.body.files as Array<{ id: string; title?: string }>)
      .map((f) => ({ ...f, filename: this.uploads.get(f.id)?.filename ?? '', content: this.uploads.get(f.id)?.content ?? '' }));
  }

  /** The bytes of a file posted to an upload URL (a raw body, or the file part of a multipart form). */
  private static fileBytes(raw: Buffer, type: string): string {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
    if (!boundary) return raw.toString('utf8');
    const text = raw.toString('latin1');
    const parts = text.split(`--${boundary[1] ?? boundary[2]}`).slice(1, -1);
    const part = parts.find((p) => /filename=/.test(p)) ?? parts[0] ?? '';
    const body = part.slice(part.indexOf('\r\n\r\n') + 4).replace(/\r\n$/, '');
    return Buffer.from(body, 'latin1').toString('utf8');
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if ((req.url ?? '').startsWith('/upload/')) {
      // files.uploadV2 step 2: the bytes go to the URL getUploadURLExternal gave (not the Web API), as with Slack.
      const id = (req.url ?? '').slice('/upload/'.length);
      const known = this.uploads.get(id);
      if (!known || req.method !== 'POST') {
        res.writeHead(404).end();
        return;
      }
      known.content = FakeSlack.fileBytes(Buffer.concat(chunks), req.headers['content-type'] ?? '');
      this.record({ kind: 'api', method: 'upload', body: { file_id: id, bytes: Buffer.byteLength(known.content) } });
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${Buffer.byteLength(known.content)}`);
      return;
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    const type = req.headers['content-type'] ?? '';
    let body: Record<string, unknown> = {};
    if (type.includes('application/json')) body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    else for (const [k, v] of new URLSearchParams(raw)) body[k] = parseField(v);
    const url = req.url ?? '/';
    const json = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    if (url.startsWith('/respond/')) {
      const refused = this.respondFailures.shift();
      this.record({
        kind: 'respond',
        method: url.slice('/respond/'.length),
        body,
        ...(refused ? { response: { ok: false, status: refused } } : {}),
      });
      await this.gate;
      if (refused) return json(refused, { ok: false, error: 'expired_url' });
      return json(200, { ok: true });
    }
    const method = url.replace(/^\/api\//, '').split('?')[0]!;
    const auth = req.headers.authorization?.replace(/^Bearer /, '') ?? (typeof body.token === 'string' ? body.token : undefined);
    const failure = this.failures.get(method)?.shift();
    const response = failure
      ? { ok: false, error: failure.error ?? (failure.status === 429 ? 'ratelimited' : 'internal_error') }
      : this.answer(method, body);
    this.record({ kind: 'api', method, body, response, ...(auth ? { token: auth } : {}) });
    if (failure?.status === 429) return json(429, response, { 'retry-after': String(failure.retryAfter ?? 1) });
    json(failure?.status ?? 200, response);
  }

  private answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    const ts = () => `${++this.ts}.000100`;
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://example.slack.com/',
          team: 'Example',
          user: 'safeguard',
          team_id: 'T0001',
          user_id: 'UBOT',
          bot_id: 'BBOT',
          is_enterprise_install: false,
        };
      case 'chat.postMessage':
        return { ok: true, channel: body.channel, ts: ts(), message: { text: body.text, blocks: body.blocks } };
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts() };
      case 'files.getUploadURLExternal': {
        // Slack requires a filename and the length in bytes.
        if (!body.filename || !Number(body.length)) return { ok: false, error: 'invalid_arguments' };
        const id = `F${++this.ts}`;
        this.uploads.set(id, { filename: String(body.filename), length: Number(body.length) });
        return { ok: true, upload_url: `${this.base}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const files = (Array.isArray(body.files) ? body.files : []) as Array<{ id?: string; title?: string }>;
        if (!files.length || files.some((f) => !f.id || this.uploads.get(f.id)?.content === undefined)) return { ok: false, error: 'file_not_found' };
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title ?? this.uploads.get(f.id!)!.filename, name: this.uploads.get(f.id!)!.filename })) };
      }
      case 'apps.connections.open':
        return this.socketUrl ? { ok: true, url: this.socketUrl } : { ok: false, error: 'invalid_auth' };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(body.users)}` } };
      case 'views.open':
      case 'views.publish':
        return { ok: true, view: { id: `V${++this.ts}`, ...(body.view as object) } };
      default:
        return { ok: true };
    }
  }
}

// ---- Signed requests to the app, exactly as Slack sends them ----

export interface SignOptions {
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  unsigned?: boolean;
  secret?: string;
  headers?: Record<string, string>;
}

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return 'v0=' + crypto.createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
}

export async function postSigned(
  url: string,
  secret: string,
  body: string,
  contentType: string,
  opts: SignOptions = {},
): Promise<Response> {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': contentType, ...(opts.headers ?? {}) };
  if (!opts.unsigned) {
    headers['x-slack-request-timestamp'] = String(ts);
    headers['x-slack-signature'] = slackSignature(opts.secret ?? secret, ts, body);
  }
  return fetch(url, { method: 'POST', headers, body });
}

export interface Place {
  channel: string;
  channelName?: string;
  user: string;
  userName?: string;
}

type Obj = Record<string, unknown>;
type Selections = Record<string, string | string[]>;

/** Drives the app at `appUrl` with signed slash commands, clicks, modal submissions and events. */
export class SlackDriver {
  private eventSeq = 0;
  constructor(
    readonly appUrl: string,
    readonly secret: string,
    readonly fake: FakeSlack,
  ) {}

  get endpoint(): string {
    return `${this.appUrl}/slack/events`;
  }

  commandBody(text: string, at: Place, responseUrl: string): string {
    return new URLSearchParams({
      token: 'verification-token-unused',
      team_id: 'T0001',
      team_domain: 'example',
      channel_id: at.channel,
      channel_name: at.channelName ?? (at.channel.startsWith('D') ? 'directmessage' : 'safeguarding'),
      user_id: at.user,
      user_name: at.userName ?? 'practitioner',
      command: '/safeguard',
      text,
      api_app_id: 'A0001',
      is_enterprise_install: 'false',
      response_url: responseUrl,
      trigger_id: `${Date.now()}.1.trigger`,
    }).toString();
  }

  /** `/safeguard <text>`; returns the HTTP response and the response_url it carried. */
  async command(text: string, at: Place, opts: SignOptions = {}): Promise<{ res: Response; responseUrl: string; from: number }> {
    const responseUrl = this.fake.newResponseUrl();
    const from = this.fake.calls.length;
    const res = await postSigned(
      this.endpoint,
      this.secret,
      this.commandBody(text, at, responseUrl),
      'application/x-www-form-urlencoded',
      opts,
    );
    return { res, responseUrl, from };
  }

  /** Press the button labelled `label` in a rendered message (blocks), with input selections. */
  async click(
    message: { blocks: Obj[]; ts?: string; ephemeral: boolean },
    label: string | RegExp,
    at: Place,
    selections: Selections = {},
  ): Promise<{ res: Response; responseUrl: string; from: number; triggerId: string }> {
    const found = findButton(message.blocks, label);
    if (!found) throw new Error(`no button ${String(label)} in: ${buttonLabels(message.blocks).join(' | ')}`);
    const responseUrl = this.fake.newResponseUrl();
    const triggerId = `${Date.now()}.${++this.eventSeq}.trigger`;
    const payload = {
      type: 'block_actions',
      user: { id: at.user, username: at.userName ?? 'practitioner', name: at.userName ?? 'practitioner', team_id: 'T0001' },
      api_app_id: 'A0001',
      token: 'verification-token-unused',
      container: {
        type: 'message',
        message_ts: message.ts ?? '1700000000.000001',
        channel_id: at.channel,
        is_ephemeral: message.ephemeral,
      },
      trigger_id: triggerId,
      team: { id: 'T0001', domain: 'example' },
      enterprise: null,
      is_enterprise_install: false,
      channel: { id: at.channel, name: at.channelName ?? 'safeguarding' },
      ...(message.ephemeral ? {} : { message: { type: 'message', ts: message.ts, blocks: message.blocks } }),
      state: { values: stateValues(message.blocks, selections) },
      response_url: responseUrl,
      actions: [{ ...found.button, block_id: found.blockId, action_ts: `${Date.now() / 1000}` }],
    };
    const from = this.fake.calls.length;
    const res = await this.postPayload(payload);
    return { res, responseUrl, from, triggerId };
  }

  /** Choose `value` from the select for input `inputId`: Slack sends block_actions at once (no button pressed). */
  async choose(
    message: { blocks: Obj[]; ts?: string; ephemeral: boolean },
    inputId: string,
    value: string,
    at: Place,
  ): Promise<{ res: Response; responseUrl: string; from: number }> {
    const block = message.blocks.find((b) => b.type === 'actions' && b.block_id === inputId);
    const element = ((block?.elements as Obj[] | undefined) ?? []).find((e) => /select|radio/.test(String(e.type)));
    const option = ((element?.options as Obj[] | undefined) ?? []).find((o) => o.value === value);
    if (!element || !option) throw new Error(`no option ${value} in a ${inputId} select`);
    const responseUrl = this.fake.newResponseUrl();
    const payload = {
      type: 'block_actions',
      user: { id: at.user, username: at.userName ?? 'practitioner', name: at.userName ?? 'practitioner', team_id: 'T0001' },
      api_app_id: 'A0001',
      token: 'verification-token-unused',
      container: {
        type: 'message',
        message_ts: message.ts ?? '1700000000.000001',
        channel_id: at.channel,
        is_ephemeral: message.ephemeral,
      },
      trigger_id: `${Date.now()}.${++this.eventSeq}.trigger`,
      team: { id: 'T0001', domain: 'example' },
      channel: { id: at.channel, name: at.channelName ?? 'safeguarding' },
      state: { values: stateValues(message.blocks, { [inputId]: value }) },
      response_url: responseUrl,
      actions: [
        { type: element.type, action_id: element.action_id, block_id: inputId, selected_option: option, action_ts: `${Date.now() / 1000}` },
      ],
    };
    const from = this.fake.calls.length;
    const res = await this.postPayload(payload);
    return { res, responseUrl, from };
  }

  /** Submit a modal that the app opened (the recorded views.open view) with selections. */
  async submitView(view: Obj, at: Place, selections: Selections): Promise<{ res: Response; from: number }> {
    const payload = {
      type: 'view_submission',
      team: { id: 'T0001', domain: 'example' },
      user: { id: at.user, username: at.userName ?? 'practitioner', name: at.userName ?? 'practitioner', team_id: 'T0001' },
      api_app_id: 'A0001',
      token: 'verification-token-unused',
      trigger_id: `${Date.now()}.9.trigger`,
      view: {
        id: 'V0001',
        team_id: 'T0001',
        ...view,
        state: { values: stateValues(view.blocks as Obj[], selections) },
        hash: '1700000000.abc',
      },
      response_urls: [],
      is_enterprise_install: false,
    };
    const from = this.fake.calls.length;
    return { res: await this.postPayload(payload), from };
  }

  postPayload(payload: unknown, opts: SignOptions = {}): Promise<Response> {
    const body = 'payload=' + encodeURIComponent(JSON.stringify(payload));
    return postSigned(this.endpoint, this.secret, body, 'application/x-www-form-urlencoded', opts);
  }

  /** A direct message from `at.user` in the DM `at.channel`, as an Events API `message` (extra: subtype, thread_ts, files...). */
  dm(
    at: { channel: string; user: string },
    text: string,
    ts: string,
    extra: Obj = {},
  ): Promise<{ res: Response; eventId: string; from: number }> {
    return this.event({ type: 'message', channel_type: 'im', channel: at.channel, user: at.user, text, ts, ...extra });
  }

  /** An Events API callback; pass the same eventId and retryNum to simulate Slack's retries. */
  async event(
    event: Obj,
    opts: { eventId?: string; retryNum?: number } & SignOptions = {},
  ): Promise<{ res: Response; eventId: string; from: number }> {
    const eventId = opts.eventId ?? `Ev${Date.now()}${++this.eventSeq}`;
    const body = JSON.stringify({
      token: 'verification-token-unused',
      team_id: 'T0001',
      api_app_id: 'A0001',
      event,
      type: 'event_callback',
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: 'T0001', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false,
    });
    const headers = {
      ...(opts.headers ?? {}),
      ...(opts.retryNum ? { 'x-slack-retry-num': String(opts.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {}),
    };
    const from = this.fake.calls.length;
    const res = await postSigned(this.endpoint, this.secret, body, 'application/json', { ...opts, headers });
    return { res, eventId, from };
  }

  urlVerification(challenge: string): Promise<Response> {
    return postSigned(this.endpoint, this.secret, JSON.stringify({ token: 'x', challenge, type: 'url_verification' }), 'application/json');
  }
}

// ---- Reading rendered Block Kit like a person would ----

const elementsOf = (b: Obj): Obj[] => [
  ...((b.elements as Obj[] | undefined) ?? []),
  ...(b.accessory ? [b.accessory as Obj] : []),
  ...(b.element ? [b.element as Obj] : []),
];
const textOf = (x: unknown): string => (x as { text?: string } | undefined)?.text ?? '';

export function buttonLabels(blocks: Obj[]): string[] {
  return blocks.flatMap((b) =>
    elementsOf(b)
      .filter((e) => e.type === 'button')
      .map((e) => textOf(e.text)),
  );
}

export function findButton(blocks: Obj[], label: string | RegExp): { button: Obj; blockId: string } | undefined {
  for (const b of blocks) {
    for (const e of elementsOf(b)) {
      const t = textOf(e.text);
      if (e.type === 'button' && (typeof label === 'string' ? t === label : label.test(t))) {
        return {
          button: { type: 'button', action_id: e.action_id, text: e.text, ...(e.value !== undefined ? { value: e.value } : {}) },
          blockId: String(b.block_id ?? 'auto'),
        };
      }
    }
  }
  return undefined;
}

/** All the visible text of a message (headers, sections, fields, context), for assertions. */
/** What a person sees of a recorded call's message: the visible text of its blocks. */
export const blocksText = (call: { body: Record<string, unknown> }): string => visibleText((call.body.blocks as Obj[] | undefined) ?? []);

export function visibleText(blocks: Obj[]): string {
  return blocks
    .flatMap((b) => [
      textOf(b.text),
      ...((b.fields as Obj[] | undefined) ?? []).map((f) => textOf(f)),
      ...(b.type === 'context' ? elementsOf(b).map((e) => textOf(e)) : []),
      textOf(b.label),
    ])
    .filter(Boolean)
    .map((t) => t.replace(/<tel:[^|>]+\|([^>]+)>/g, '$1')) // a call link reads as its number
    .join('\n');
}

/** state.values as Slack fills it for the input elements in `blocks`, with the given selections by input id. */
export function stateValues(blocks: Obj[], selections: Selections): Record<string, Record<string, Obj>> {
  const out: Record<string, Record<string, Obj>> = {};
  for (const b of blocks) {
    const blockId = typeof b.block_id === 'string' ? b.block_id : undefined;
    if (!blockId) continue;
    const inputId = blockId.split('~')[0]!;
    const want = selections[inputId];
    for (const e of elementsOf(b)) {
      const actionId = String(e.action_id ?? '');
      const options = (e.options as Obj[] | undefined) ?? [];
      const pick = (v: string) => options.find((o) => o.value === v);
      let state: Obj | undefined;
      switch (e.type) {
        case 'checkboxes': {
          const vals = Array.isArray(want) ? want : want ? [want] : [];
          state = { type: 'checkboxes', selected_options: vals.map(pick).filter(Boolean) };
          break;
        }
        case 'radio_buttons':
        case 'static_select':
          state = { type: e.type, selected_option: typeof want === 'string' ? (pick(want) ?? null) : null };
          break;
        case 'datepicker':
          state = { type: 'datepicker', selected_date: typeof want === 'string' ? want : null };
          break;
        case 'timepicker':
          state = { type: 'timepicker', selected_time: typeof want === 'string' ? want : null };
          break;
        case 'plain_text_input':
          state = { type: 'plain_text_input', value: typeof want === 'string' ? want : null };
          break;
      }
      if (state) (out[blockId] ??= {})[actionId] = state;
    }
  }
  return out;
}
