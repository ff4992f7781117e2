// Signed Slack requests on /slack/events that Bolt alone would let through (a timestamp in the future) or answer
// with a 500 (null bodies, events that are not objects, block_actions without a user...): 401, or an ack, never a 5xx,
// one JSON log line each, and nothing runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET } from './harness.js';
import { FakeSlack, postSigned } from '../support/fakeSlack.js';
import { startTestServer, type TestServer } from '../support/server.js';
import type { Logger } from '../../src/logger.js';

const lines: Array<{ obj: Record<string, unknown>; msg?: string }> = [];
const log: Logger = {
  info: () => undefined,
  debug: () => undefined,
  warn: (obj, msg) => void lines.push({ obj: obj as Record<string, unknown>, msg }),
  error: (obj, msg) => void lines.push({ obj: obj as Record<string, unknown>, msg }),
  child: () => log,
};
let fake: FakeSlack;
let srv: TestServer;
beforeAll(async () => {
  fake = await FakeSlack.start();
  srv = await startTestServer({ env: { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'fake-bot-token-guard', SLACK_API_URL: fake.apiUrl }, log });
});
afterAll(async () => {
  await srv?.close();
  await fake?.close();
});

const url = () => `${srv.url}/slack/events`;
const FORM = 'application/x-www-form-urlencoded';
const form = (p: unknown) => 'payload=' + encodeURIComponent(JSON.stringify(p));
const cmd = 'command=%2Fsafeguard&text=case%20open%20SG-GUARD-0001&channel_id=C0GUARD&user_id=U0GUARD&response_url=http%3A%2F%2F127.0.0.1%3A9%2F';

describe('Slack requests are refused unless signed and fresh', () => {
  it.each([
    ['6 minutes in the future', 360],
    ['6 minutes old', -360],
  ])('a timestamp %s: 401, nothing runs', async (_n, skew) => {
    const before = fake.calls.length;
    const n = lines.length;
    const res = await postSigned(url(), SECRET, cmd, FORM, { timestamp: Math.floor(Date.now() / 1000) + skew });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.calls.length).toBe(before);
    expect(await srv.app.store.get('cases', 'sg-guard-0001')).toBeUndefined();
    expect(lines.slice(n).filter((l) => l.msg === 'slack: request refused')).toHaveLength(1);
  });

  it('a bad signature or none: 401', async () => {
    expect((await postSigned(url(), SECRET, cmd, FORM, { secret: 'another-secret' })).status).toBe(401);
    expect((await postSigned(url(), SECRET, cmd, FORM, { unsigned: true })).status).toBe(401);
  });

  it.each([
    ['a null JSON body', 'null', 'application/json'],
    ['an event that is null', JSON.stringify({ type: 'event_callback', event: null }), 'application/json'],
    ['an event with a text that is not a string', JSON.stringify({ type: 'event_callback', event_id: 'Ev9', event: { type: 'app_mention', channel: 'C1', user: 'U1', text: 5 } }), 'application/json'],
    ['block_actions without a user', form({ type: 'block_actions', actions: [{ action_id: 'sg-0', value: '{"t":"case","a":"close-confirm"}' }] }), FORM],
    ['view_submission without a view', form({ type: 'view_submission', user: { id: 'U1' } }), FORM],
    ['a payload that is null', form(null), FORM],
    ['a command without a channel', 'command=%2Fsafeguard&text=help', FORM],
  ])('signed but malformed, %s: acknowledged (200), the cause logged, nothing runs', async (_n, body, type) => {
    const before = fake.calls.length;
    const n = lines.length;
    const res = await postSigned(url(), SECRET, body, type);
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.calls.length).toBe(before);
    const logged = lines.slice(n);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.msg).toBe('slack: signed payload not understood: acknowledged');
    expect(String(logged[0]!.obj.reason)).not.toMatch(/close-confirm/);
  });

  it('an unparseable signed body: 400', async () => {
    expect((await postSigned(url(), SECRET, 'payload=%7Bnot-json', FORM)).status).toBe(400);
  });

  it('a fresh, signed command still works', async () => {
    const res = await postSigned(url(), SECRET, cmd, FORM);
    expect(res.status).toBe(200);
  });
});
