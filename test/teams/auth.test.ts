// Teams authentication fails closed, through the Bot Framework protocol on loopback: JWTs signed by a local key
// published as OpenID metadata + JWKS (test/support/botAuth.ts). Forged, expired, mis-addressed or missing tokens get
// 401 (never 500, no internal text), one JSON log line each, and nothing runs or is stored. Without a MicrosoftAppId,
// unauthenticated traffic is accepted only for local trying: nothing real configured, from loopback, replying to loopback.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeConnector, TeamsActivities, person, postActivity } from '../support/fakeConnector.js';
import { LocalBotAuth, OUTBOUND_TOKEN } from '../support/botAuth.js';
import { startTestServer, type TestServer } from '../support/server.js';
import type { Logger } from '../../src/logger.js';

interface Line {
  level: string;
  obj: Record<string, unknown>;
  msg?: string;
}
function recordingLogger(lines: Line[]): Logger {
  const make = (bindings: Record<string, unknown>): Logger => ({
    info: (obj, msg) => void lines.push({ level: 'info', obj: { ...bindings, ...obj }, msg }),
    warn: (obj, msg) => void lines.push({ level: 'warn', obj: { ...bindings, ...obj }, msg }),
    error: (obj, msg) => void lines.push({ level: 'error', obj: { ...bindings, ...obj }, msg }),
    debug: () => undefined,
    child: (b) => make({ ...bindings, ...b }),
  });
  return make({});
}

let fc: FakeConnector;
let auth: LocalBotAuth;
beforeAll(async () => {
  fc = await new FakeConnector().start();
  auth = await LocalBotAuth.start();
});
afterAll(async () => {
  await fc.close();
  await auth.close();
});

describe('with a MicrosoftAppId: every request needs a valid channel JWT', () => {
  let srv: TestServer;
  const lines: Line[] = [];
  beforeAll(async () => {
    srv = await startTestServer({ teamsAuth: auth, log: recordingLogger(lines) });
  });
  afterAll(async () => srv?.close());

  it('a token signed by the channel key, for this bot and this serviceUrl, is answered; replies carry the bot token', async () => {
    const u = TeamsActivities.personal(fc.url, person(61));
    const a = u.message('help');
    const res = await postActivity(srv.url, a, { authorization: auth.token(a) });
    expect(res.status).toBe(200);
    const sent = fc.sent(u.conversationId);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.authorization).toBe(OUTBOUND_TOKEN);
  });

  it.each([
    ['no token', () => ({ authorization: '' })],
    ['not a JWT', () => ({ authorization: 'Bearer not-a-jwt' })],
    ['another scheme', () => ({ authorization: 'Basic dXNlcjpwdw==' })],
    ['signed by a key the channel never published', (a: Record<string, unknown>) => ({ authorization: auth.token(a, { key: 'foreign' }) })],
    ['expired ten minutes ago', (a: Record<string, unknown>) => ({ authorization: auth.token(a, { expiresInS: -600 }) })],
    ['for another bot (audience)', (a: Record<string, unknown>) => ({ authorization: auth.token(a, { audience: 'another-app-id' }) })],
    ['from another issuer', (a: Record<string, unknown>) => ({ authorization: auth.token(a, { issuer: 'https://evil.example' }) })],
    [
      'whose serviceurl claim is not the activity serviceUrl (replies would go elsewhere)',
      (a: Record<string, unknown>) => ({ authorization: auth.token(a, { serviceUrl: 'http://127.0.0.1:9/' }) }),
    ],
  ])('%s: 401, no internal error text, one JSON log line, nothing runs or is stored', async (_name, headers) => {
    const u = TeamsActivities.channel(fc.url, person(62), '1700000000621');
    const a = u.message('case open SG-AUTH-0001');
    const before = fc.requests.length;
    const linesBefore = lines.length;
    const stderr = vi.spyOn(process.stderr, 'write');
    const res = await postActivity(srv.url, a, headers(a));
    const printed = stderr.mock.calls.map((c) => String(c[0])).join('');
    stderr.mockRestore();
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'Unauthorized', message: 'The request is not authorised.' } });
    expect(fc.requests.length).toBe(before);
    expect(await srv.app.store.get('cases', 'sg-auth-0001')).toBeUndefined();
    expect(await srv.app.store.get('teams-refs', '19:case-channel@thread.tacv2')).toBeUndefined();
    const refusals = lines.slice(linesBefore).filter((l) => l.msg === 'teams: request refused');
    expect(refusals).toHaveLength(1);
    expect(refusals[0]!.obj.status).toBe(401);
    expect(printed).not.toMatch(/Error|at .*\.js/);
  });

  it('a valid token does not make a request with a different serviceUrl in its body acceptable', async () => {
    const u = TeamsActivities.personal(fc.url, person(63));
    const a = u.message('help');
    const forged = { ...a, serviceUrl: 'http://127.0.0.1:9/' };
    const res = await postActivity(srv.url, forged, { authorization: auth.token(a) });
    expect(res.status).toBe(401);
  });
});

describe('without a MicrosoftAppId', () => {
  it('in a deployment (NODE_ENV=production, Slack configured): every request gets 401, and the bot still starts', async () => {
    const lines: Line[] = [];
    const srv = await startTestServer({
      env: { NODE_ENV: 'production', SLACK_SIGNING_SECRET: 'secret-auth-test', SLACK_BOT_TOKEN: 'fake-bot-token-auth', SLACK_API_URL: 'http://127.0.0.1:9/api/' },
      teamsAuth: false,
      log: recordingLogger(lines),
    });
    try {
      expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
      const u = TeamsActivities.channel(fc.url, person(64), '1700000000641');
      const before = fc.requests.length;
      for (const text of ['case open SG-AUTH-0002', 'case audit']) {
        const res = await postActivity(srv.url, u.message(text));
        expect(res.status).toBe(401);
      }
      const close = await postActivity(srv.url, u.execute({ verb: 'sg', data: { sg: { t: 'case', a: 'close-confirm', v: 'sg-auth-0002' } } }));
      expect(close.status).toBe(401);
      expect(fc.requests.length).toBe(before);
      expect(await srv.app.store.get('cases', 'sg-auth-0002')).toBeUndefined();
      expect(lines.some((l) => l.level === 'warn' && /MicrosoftAppId is not set/.test(l.msg ?? ''))).toBe(true);
    } finally {
      await srv.close();
    }
  });

  it('for local trying (nothing configured): accepted from loopback, replying to loopback only', async () => {
    const srv = await startTestServer({ teamsAuth: false });
    try {
      const u = TeamsActivities.personal(fc.url, person(65));
      expect((await postActivity(srv.url, u.message('help'))).status).toBe(200);
      const elsewhere = new TeamsActivities('http://198.51.100.7/', { kind: 'personal', chatId: 'a:elsewhere' }, person(66));
      const before = fc.requests.length;
      expect((await postActivity(srv.url, elsewhere.message('help'))).status).toBe(401);
      expect((await postActivity(srv.url, u.message('help'), { 'x-forwarded-for': '203.0.113.9' })).status).toBe(401);
      expect((await postActivity(srv.url, u.message('help'), { authorization: auth.token(u.message('help')) })).status).toBe(401);
      expect(fc.requests.length).toBe(before);
      expect(await srv.app.store.get('teams-refs', 'a:elsewhere')).toBeUndefined();
    } finally {
      await srv.close();
    }
  });
});
