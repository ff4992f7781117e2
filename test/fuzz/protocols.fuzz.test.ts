// Property-based fuzzing through the real protocols, over loopback, against the real app: 10,400 generated inputs (8,000 mixed, 2,400 invalid)
// (Teams message activities and adaptiveCard/action invokes with signed, forged or no tokens; signed Slack slash
// commands, block_actions and view_submission payloads), with nulls, wrong types, huge strings, unknown verbs,
// stale steps, another user's card and another channel's case. For every input: no crash, no unhandled rejection,
// no 5xx. Nothing sent from outside a case changes it. A batch of invalid inputs changes no case and no link.
// Nothing stored holds a text longer than the engine's limit. Inputs go in concurrent batches (fast-check shrinks a
// failing batch to the inputs that fail).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector, TeamsActivities, person, postActivity } from '../support/fakeConnector.js';
import { FakeSlack, postSigned } from '../support/fakeSlack.js';
import { sharedBotAuth, type LocalBotAuth } from '../support/botAuth.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { MemoryStore } from '../../src/store/memory.js';
import { TEXT_LIMIT } from '../../src/conversation/engine.js';

const SECRET = 'fuzz-signing-secret-51c7';
const VICTIM_REF = 'SG-FUZZ-0001';
const VICTIM_KEY = VICTIM_REF.toLowerCase();
const BATCH = 40;

let fc_: FakeConnector;
let fake: FakeSlack;
let srv: TestServer;
let auth: LocalBotAuth;
let store: MemoryStore;
let victim: unknown;
const rejections: unknown[] = [];
const onRejection = (e: unknown) => void rejections.push(e);
let sent = 0;

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  fc_ = await new FakeConnector().start();
  fake = await FakeSlack.start();
  auth = await sharedBotAuth();
  store = new MemoryStore();
  srv = await startTestServer({
    env: { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'fake-bot-token-fuzz', SLACK_API_URL: fake.apiUrl },
    store,
  });
  // The victim: a case followed by a Teams channel, with an event and its deadline.
  const owner = victimTeams();
  for (const text of [`case open ${VICTIM_REF}`, 'case event verbal-referral today 09:00', 'case lead me']) {
    const res = await postActivity(srv.url, owner.message(text));
    expect(res.status).toBe(200);
  }
  victim = await store.get('cases', VICTIM_KEY);
  expect(victim).toBeDefined();
}, 30_000);

afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await srv?.close();
  await fake?.close();
  await fc_?.close();
});

/** The victim's own channel (only set-up speaks there). */
const victimTeams = () => TeamsActivities.channel(fc_.url, person(1), '1700000009999');

// ---- Generators ----

const word = fc.constantFrom(
  'case', 'open', 'close', 'reopen', 'audit', 'event', 'meeting', 'way', 'lead', 'handover', 'requests', 'follow',
  'missing', 'found', 'refer', 'indicators', 'checklist', 'contacts', 'ask', 'help', 'back', 'restart', 'cancel',
  'continue', 'me', 'today', 'tomorrow', '09:00', '2026-13-45', VICTIM_REF, 'SG-FUZZ-0002', 's47', 'nfa', '1', '3,4',
  'Jane Smith', '12 Acacia Road', '03/04/2011', '<at>x</at>', '<@U0VICTIM>', '&amp;', '?',
);
const sentence = fc.array(word, { maxLength: 8 }).map((w) => w.join(' '));
const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: sentence },
  { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ minLength: TEXT_LIMIT + 1, maxLength: 6000 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 50 }) },
);
const junk = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.string({ maxLength: 30 }), fc.array(fc.integer(), { maxLength: 3 }), fc.object({ maxDepth: 2 }));
const payload = fc.record(
  {
    t: fc.oneof(fc.constantFrom('case', 'refer', 'indicators', 'ask', 'checklist', 'contacts', 'ways-forward', 'help'), fc.string({ maxLength: 70 })),
    a: fc.oneof(
      fc.constantFrom('close-confirm', 'close', 'reopen', 'audit', 'card', 'join-approve', 'join-decline', 'missing', 'found', 'record-event', 'record-way', 'ticks', 'dl-done', 'dl-snooze-hour', 'dl-reschedule', 'start', 'choose', 'back', 'restart', 'q', 'show', 'next'),
      fc.string({ maxLength: 70 }),
    ),
    v: fc.oneof(fc.constantFrom(VICTIM_KEY, `${VICTIM_KEY}|d1`, `${VICTIM_KEY}|d2`, 'golden-hour:1', 's47'), fc.string({ maxLength: 40 })),
    s: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constant(undefined)),
  },
  { requiredKeys: ['t', 'a'] },
);
const values = fc.dictionary(fc.constantFrom('type', 'date', 'time', 'meeting', 'ticks', 'tick-0', 'borough', 'g_movement', 'x'), fc.oneof(anyText, junk), { maxKeys: 4 });

const strangerConversation = fc.constantFrom<'channel' | 'personal' | 'groupChat'>('channel', 'personal', 'groupChat');
const who = fc.integer({ min: 2, max: 40 }).map((n) => person(n));
const tokenKind = fc.constantFrom('signed', 'signed', 'signed', 'forged', 'expired', 'none', 'other-audience');

type Sent = { status: number };
const STRANGE_TEAMS_CHANNEL = '19:fuzz-stranger@thread.tacv2';

function stranger(kind: 'channel' | 'personal' | 'groupChat', p: ReturnType<typeof person>): TeamsActivities {
  if (kind === 'personal') return TeamsActivities.personal(fc_.url, p);
  if (kind === 'groupChat') return TeamsActivities.groupChat(fc_.url, p);
  return TeamsActivities.channel(fc_.url, p, '1700000001234');
}
const inStrangerChannel = (a: Record<string, unknown>): Record<string, unknown> =>
  JSON.parse(JSON.stringify(a).replaceAll('19:case-channel@thread.tacv2', STRANGE_TEAMS_CHANNEL)) as Record<string, unknown>;

function teamsAuthHeader(kind: string, a: Record<string, unknown>): Record<string, string> {
  if (kind === 'signed') return {};
  if (kind === 'none') return { authorization: '' };
  if (kind === 'forged') return { authorization: auth.token(a, { key: 'foreign' }) };
  if (kind === 'expired') return { authorization: auth.token(a, { expiresInS: -900 }) };
  return { authorization: auth.token(a, { audience: 'some-other-bot' }) };
}

const teamsMessage = fc.record({ where: strangerConversation, p: who, text: anyText, token: tokenKind, mangle: fc.option(fc.record({ key: fc.constantFrom('text', 'conversation', 'from', 'entities', 'value', 'type'), v: junk })) }).map(
  (g) => async (): Promise<Sent> => {
    const u = stranger(g.where, g.p);
    const a = inStrangerChannel(u.message(g.text));
    if (g.mangle) a[g.mangle.key] = g.mangle.v;
    const res = await postActivity(srv.url, a, teamsAuthHeader(g.token, a));
    // A body that is not an activity is refused (400) before its token is read; any other unsigned request is 401.
    if (g.token !== 'signed') expect([400, 401], `token ${g.token}`).toContain(res.status);
    return res;
  },
);

const teamsInvoke = fc.record({ where: strangerConversation, p: who, data: fc.oneof(fc.record({ sg: payload, sg_u: fc.option(fc.constantFrom('aad-user-1', 'aad-user-2')) }), junk, fc.record({ sg: junk })), vals: values, token: tokenKind, name: fc.constantFrom('adaptiveCard/action', 'adaptiveCard/action', 'healthCheck', 'task/fetch', 'x') }).map(
  (g) => async (): Promise<Sent> => {
    const u = stranger(g.where, g.p);
    const data = g.data && typeof g.data === 'object' && !Array.isArray(g.data) ? { ...g.vals, ...g.data } : g.data;
    const a = inStrangerChannel(u.execute({ verb: 'sg', data: data as Record<string, unknown> }));
    a.name = g.name;
    return postActivity(srv.url, a, teamsAuthHeader(g.token, a));
  },
);

const FORM = 'application/x-www-form-urlencoded';
const slackChannel = fc.constantFrom('C0STRANGE1', 'C0STRANGE2', 'D0STRANGE3', 'G0PRIVATE4');
const slackUser = fc.constantFrom('U0STRANGER', 'U0OTHER', 'U0VICTIM');

const slackCommand = fc.record({ channel: slackChannel, user: slackUser, text: anyText }).map((g) => async (): Promise<Sent> => {
  const body = new URLSearchParams({
    command: '/safeguard',
    text: g.text,
    channel_id: g.channel,
    user_id: g.user,
    user_name: 'fuzz',
    team_id: 'T0001',
    response_url: fake.newResponseUrl(),
    trigger_id: `${Math.random()}.trigger`,
  }).toString();
  return postSigned(`${srv.url}/slack/events`, SECRET, body, FORM);
});

const slackAction = fc.record({
  channel: slackChannel,
  user: fc.option(slackUser),
  actionId: fc.oneof(fc.constantFrom('sg-0', 'sg-1', 'sg-form-0', 'home-start-0', 'home-continue-0', 'sg-share'), fc.string({ maxLength: 20 })),
  value: fc.oneof(payload.map((p) => JSON.stringify(p)), fc.string({ maxLength: 60 }), fc.constant(undefined)),
  state: fc.option(fc.dictionary(fc.string({ maxLength: 8 }), fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(junk, fc.record({ type: fc.constantFrom('plain_text_input', 'static_select', 'checkboxes', 'datepicker'), value: fc.option(anyText) }))))),
}).map((g) => async (): Promise<Sent> => {
  const p = {
    type: 'block_actions',
    ...(g.user ? { user: { id: g.user, username: 'fuzz', name: 'fuzz', team_id: 'T0001' } } : {}),
    api_app_id: 'A0001',
    container: { type: 'message', message_ts: '1700000000.000001', channel_id: g.channel, is_ephemeral: false },
    trigger_id: `${Math.random()}.trigger`,
    team: { id: 'T0001' },
    channel: { id: g.channel, name: 'x' },
    state: { values: g.state ?? {} },
    response_url: fake.newResponseUrl(),
    actions: [{ action_id: g.actionId, block_id: 'b', type: 'button', ...(g.value !== undefined ? { value: g.value } : {}) }],
  };
  return postSigned(`${srv.url}/slack/events`, SECRET, 'payload=' + encodeURIComponent(JSON.stringify(p)), FORM);
});

const slackView = fc.record({
  user: slackUser,
  meta: fc.oneof(
    fc.record({ c: fc.constantFrom('C0STRANGE1', 'D0STRANGE3'), sh: fc.boolean(), p: payload }).map((m) => JSON.stringify(m)),
    fc.string({ maxLength: 80 }),
    fc.constant(''),
  ),
  callback: fc.constantFrom('sg-form', 'sg-form', 'other'),
  vals: fc.dictionary(fc.string({ maxLength: 6 }), fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(junk, fc.record({ type: fc.constantFrom('datepicker', 'timepicker', 'plain_text_input'), selected_date: fc.option(fc.string({ maxLength: 12 })), value: fc.option(anyText) })))),
}).map((g) => async (): Promise<Sent> => {
  const p = {
    type: 'view_submission',
    team: { id: 'T0001' },
    user: { id: g.user, name: 'fuzz', team_id: 'T0001' },
    api_app_id: 'A0001',
    view: { id: 'V1', callback_id: g.callback, private_metadata: g.meta, state: { values: g.vals }, hash: 'h' },
  };
  return postSigned(`${srv.url}/slack/events`, SECRET, 'payload=' + encodeURIComponent(JSON.stringify(p)), FORM);
});

/** Bodies that are not valid at all (for the "changes nothing" property). */
const invalidTeams = fc.oneof(junk, fc.record({ type: junk, conversation: junk }), fc.string({ maxLength: 100 })).map((body) => async (): Promise<Sent> => {
  const res = await fetch(`${srv.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  await res.text();
  return res;
});
const invalidSlack = fc.oneof(
  fc.record({ body: fc.string({ maxLength: 200 }), signed: fc.constant(false) }),
  fc.record({ body: junk.map((j) => JSON.stringify(j)), signed: fc.constant(true) }),
  fc.record({ body: fc.constant('command=%2Fsafeguard&text=case%20close'), signed: fc.constant(true), skew: fc.constantFrom(-400, 400, 10_000) }),
).map((g) => async (): Promise<Sent> => {
  const skew = 'skew' in g ? (g as { skew: number }).skew : 0;
  return postSigned(`${srv.url}/slack/events`, SECRET, g.body, 'application/json', { unsigned: !g.signed, timestamp: Math.floor(Date.now() / 1000) + skew });
});

// ---- Checks ----

async function runBatch(batch: Array<() => Promise<Sent>>): Promise<number[]> {
  const statuses = await Promise.all(batch.map(async (send) => (await send()).status));
  sent += batch.length;
  for (const s of statuses) expect(s).toBeLessThan(500);
  return statuses;
}

async function quiet(): Promise<void> {
  for (let last = -1, i = 0; i < 50; i++) {
    const now = fake.calls.length + fc_.requests.length;
    if (now === last) return;
    last = now;
    await new Promise((r) => setTimeout(r, 60));
  }
}

const snapshot = async () => JSON.stringify([await store.list('cases'), await store.list('case-channels')]);

describe('fuzzing the protocols', () => {
  it('8,000 mixed inputs: never a 5xx or an unhandled rejection; nothing from outside the case changes it', async () => {
    const input = fc.oneof(
      { weight: 3, arbitrary: teamsMessage },
      { weight: 3, arbitrary: teamsInvoke },
      { weight: 2, arbitrary: slackCommand },
      { weight: 2, arbitrary: slackAction },
      { weight: 1, arbitrary: slackView },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(input, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        await runBatch(batch);
        expect(await store.get('cases', VICTIM_KEY)).toEqual(victim);
      }),
      { numRuns: 200, seed: 20261202, endOnFailure: true },
    );
    await quiet();
    expect(await store.get('cases', VICTIM_KEY)).toEqual(victim);
    expect(rejections).toEqual([]);
  }, 240_000);

  it('invalid bodies change no case and no link (2,400 inputs)', async () => {
    await quiet();
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(invalidTeams, invalidSlack), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const statuses = await runBatch(batch);
        for (const s of statuses) expect([200, 400, 401, 404, 413, 415]).toContain(s);
      }),
      { numRuns: 60, seed: 7, endOnFailure: true },
    );
    await quiet();
    expect(await snapshot()).toBe(before);
    expect(rejections).toEqual([]);
  }, 120_000);

  it('nothing stored holds a text longer than the engine reads, and the total was at least 10,000', async () => {
    const collections = ['conversations', 'cases', 'case-channels', 'case-joins', 'teams-refs', 'slack-shares', 'slack-forms'];
    const tooLong: string[] = [];
    const walk = (v: unknown, where: string) => {
      if (typeof v === 'string' && v.length > TEXT_LIMIT + 100) tooLong.push(`${where}: ${v.length} chars`);
      else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`);
    };
    for (const c of collections) for (const { key, value } of await store.list(c)) walk(value, `${c}/${key}`);
    expect(tooLong).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(10_000);
  });
});
