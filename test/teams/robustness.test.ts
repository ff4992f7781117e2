/* eslint-disable @typescript-eslint/no-explicit-any -- Adaptive Card JSON is untyped here; tests read it freely */
// Robustness of the Teams adapter against everything a real Teams client sends: activity types the bot does
// not act on, invokes it does not implement, rich text, images, old clients, retries, auth and bad bodies.
// All over real HTTP: activities POSTed to /api/messages, replies recorded by the fake Bot Connector.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BOT, FakeConnector, TeamsActivities, cardOf, person, postActivity } from '../support/fakeConnector.js';
import { pickState as pickStateIn, startHarness, startPick as startPickIn, type Harness } from './harness.js';
import { cardText, findAction } from './cards.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { CONVERSATIONS } from '../../src/conversation/engine.js';

let fc: FakeConnector;
let h: Harness;

beforeAll(async () => {
  fc = await new FakeConnector().start();
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
  await fc?.close();
});
afterEach(() => {
  fc.requests.length = 0;
});

const startPick = (u: TeamsActivities) => startPickIn(h, fc, u);

const pickState = (u: TeamsActivities, userId: string, shared: boolean) => pickStateIn(h, u, userId, shared);

describe('Teams robustness: activities the bot does not act on', () => {
  it('typing, reactions, edits, deletes, events and endOfConversation: 200 and nothing posted', async () => {
    const u = TeamsActivities.personal(fc.url, person(101));
    const ch = TeamsActivities.channel(fc.url, person(102), '1700000100000');
    const activities = [
      u.activity('typing'),
      u.activity('messageReaction', { reactionsAdded: [{ type: 'like' }], replyToId: '1700000000001' }),
      ch.activity('messageReaction', { reactionsRemoved: [{ type: 'heart' }], replyToId: '1700000000002' }),
      u.activity('messageUpdate', { text: 'pick', channelData: { eventType: 'editMessage' } }),
      ch.activity('messageUpdate', { text: '<at>Safeguarding</at> pick', channelData: { eventType: 'undeleteMessage' } }),
      u.activity('messageDelete', { channelData: { eventType: 'softDeleteMessage' } }),
      u.activity('event', { name: 'application/vnd.microsoft.readReceipt', value: { lastReadMessageId: '1700000000003' } }),
      ch.activity('event', { name: 'application/vnd.microsoft.meetingStart', value: { Id: 'm1', StartTime: '2026-11-23T10:00:00Z' } }),
      u.activity('endOfConversation', { code: 'userCancelled' }),
      u.activity('contactRelationUpdate', { action: 'add' }),
      u.activity('trace', { name: 'x', value: {} }),
      u.activity('handoff'),
      u.activity('somethingNew', { value: { any: 'thing' } }),
    ];
    for (const a of activities) {
      const res = await postActivity(h.url, a);
      expect({ type: a.type, status: res.status }).toEqual({ type: a.type, status: 200 });
    }
    expect(fc.requests).toEqual([]);
  });

  it('conversationUpdate: other members joining or leaving, channel and team events are answered 200, silently', async () => {
    const ch = TeamsActivities.channel(fc.url, person(103), '1700000100100');
    const u = TeamsActivities.personal(fc.url, person(104));
    const channelEvent = (eventType: string, extra: Record<string, any> = {}) => {
      const a = ch.activity('conversationUpdate', { channelData: { eventType, ...extra } });
      delete a.from.name;
      return a;
    };
    const activities = [
      ch.conversationUpdate([{ id: '29:new-person-1' }, { id: '29:new-person-2' }]),
      ch.conversationUpdate([], [{ id: '29:left-person' }]),
      u.conversationUpdate([{ id: u.conversationId.startsWith('a:') ? '29:user-104' : 'x' }]),
      channelEvent('channelCreated', { channel: { id: '19:new-channel@thread.tacv2', name: 'new' } }),
      channelEvent('channelRenamed', { channel: { id: '19:case-channel@thread.tacv2', name: 'renamed' } }),
      channelEvent('channelDeleted', { channel: { id: '19:gone@thread.tacv2', name: 'gone' } }),
      channelEvent('channelRestored'),
      channelEvent('teamRenamed', { team: { id: '19:team-general@thread.tacv2', name: 'New name' } }),
      channelEvent('teamArchived'),
      channelEvent('teamUnarchived'),
      channelEvent('teamDeleted'),
      channelEvent('teamHardDeleted'),
      channelEvent('teamRestored'),
    ];
    for (const a of activities) {
      const res = await postActivity(h.url, a);
      expect({ eventType: a.channelData.eventType, status: res.status }).toEqual({ eventType: a.channelData.eventType, status: 200 });
    }
    expect(fc.requests).toEqual([]);
  });

  it('installationUpdate: add-upgrade after add does not welcome twice; remove and remove-upgrade post nothing', async () => {
    const u = TeamsActivities.personal(fc.url, person(105));
    expect((await postActivity(h.url, u.installationUpdate('add'))).status).toBe(200);
    expect(fc.sent(u.conversationId)).toHaveLength(1);
    expect((await postActivity(h.url, u.installationUpdate('add-upgrade'))).status).toBe(200);
    expect((await postActivity(h.url, u.conversationUpdate([{ id: BOT.id }]))).status).toBe(200);
    expect(fc.sent(u.conversationId)).toHaveLength(1);
    fc.requests.length = 0;
    for (const action of ['remove-upgrade', 'remove'] as const) {
      expect((await postActivity(h.url, u.installationUpdate(action))).status).toBe(200);
    }
    // The app is gone from this chat: the bot must not try to post there.
    expect(fc.requests).toEqual([]);
  });

  it('a welcome in a channel is remembered by channel, not by thread', async () => {
    const a = TeamsActivities.channel(fc.url, person(106), '1700000100200');
    const b = TeamsActivities.channel(fc.url, person(106), '1700000100300');
    await postActivity(h.url, a.conversationUpdate([{ id: BOT.id }]));
    await postActivity(h.url, b.installationUpdate('add'));
    expect(fc.sent()).toHaveLength(1);
    await postActivity(h.url, b.installationUpdate('remove'));
  });
});

describe('Teams robustness: invokes other than adaptiveCard/action', () => {
  it('answers every other invoke without a 500 and without posting anything', async () => {
    const u = TeamsActivities.personal(fc.url, person(111));
    const invokes: Array<[string | undefined, unknown]> = [
      ['composeExtension/query', { commandId: 'search', parameters: [{ name: 'q', value: 'x' }], queryOptions: { skip: 0, count: 25 } }],
      ['composeExtension/querySettingUrl', {}],
      ['composeExtension/selectItem', { id: 1 }],
      ['composeExtension/submitAction', { commandId: 'x', data: {} }],
      ['composeExtension/fetchTask', { commandId: 'x' }],
      ['composeExtension/queryLink', { url: 'https://example.org' }],
      ['composeExtension/anonymousQueryLink', { url: 'https://example.org' }],
      ['task/fetch', { data: { sg: { t: 'pick', a: 'next' } }, context: { theme: 'default' } }],
      ['task/submit', { data: {} }],
      ['signin/verifyState', { state: '123456' }],
      ['signin/tokenExchange', { id: 'x', connectionName: 'c', token: 't' }],
      ['signin/failure', { code: 'x' }],
      ['config/fetch', {}],
      ['config/submit', {}],
      ['tab/fetch', { tabContext: { tabEntityId: 't' } }],
      ['tab/submit', {}],
      ['fileConsent/invoke', { action: 'accept', context: {} }],
      ['actionableMessage/executeAction', { body: '{}', actionId: 'a' }],
      ['message/submitAction', { actionName: 'feedback', actionValue: { reaction: 'like' } }],
      ['message/fetchTask', {}],
      ['application/search', { kind: 'search', queryText: 'x' }],
      ['handoff/action', { continuation: 'x' }],
      ['healthCheck', {}],
      ['some/unknown', undefined],
      [undefined, undefined],
    ];
    for (const [name, value] of invokes) {
      const res = await postActivity(h.url, u.invoke(name, value));
      expect({ name, ok: [200, 400].includes(res.status) }).toEqual({ name, ok: true });
    }
    expect(fc.requests).toEqual([]);
  });

  it('healthCheck is answered 200 with a health result, as the Bot Framework SDKs do', async () => {
    const u = TeamsActivities.personal(fc.url, person(112));
    const res = await postActivity(h.url, u.invoke('healthCheck', {}));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ healthResults: { success: true } });
  });

  it('signin/verifyState and unsupported message-extension invokes get 400 (not taken by this app; never a 5xx)', async () => {
    const u = TeamsActivities.personal(fc.url, person(113));
    for (const name of ['signin/verifyState', 'composeExtension/query', 'task/fetch']) {
      expect((await postActivity(h.url, u.invoke(name, {}))).status).toBe(400);
    }
  });

  it('an adaptiveCard/action whose data is not ours (or missing) gets an error invoke response, not a crash', async () => {
    const u = TeamsActivities.personal(fc.url, person(114));
    const bodies = [
      { action: { type: 'Action.Execute', verb: 'other', data: { msteams: { type: 'invoke' }, foo: 1 } }, trigger: 'manual' },
      { action: { type: 'Action.Execute', verb: 'other' }, trigger: 'automatic' },
      { action: { type: 'Action.Execute', verb: 'x', data: 'a string' } },
      { action: null },
      undefined,
    ];
    for (const value of bodies) {
      const res = await postActivity(h.url, u.invoke('adaptiveCard/action', value));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    }
    expect(fc.requests).toEqual([]);
  });
});

describe('Teams robustness: what people type and paste', () => {
  it('a pasted image with no text gets one help card (personal) and one in the thread (channel, @mentioned)', async () => {
    const u = TeamsActivities.personal(fc.url, person(121));
    expect((await postActivity(h.url, u.imageMessage())).status).toBe(200);
    const sent = fc.sent(u.conversationId);
    expect(sent).toHaveLength(1);
    expect(cardText(cardOf(sent[0]!.body)!)).toContain('pick: a test flow');

    const ch = TeamsActivities.channel(fc.url, person(122), '1700000200000');
    fc.requests.length = 0;
    const img = ch.imageMessage();
    expect((await postActivity(h.url, img)).status).toBe(200);
    const reply = fc.sent();
    expect(reply).toHaveLength(1);
    // The reply goes to the thread the message was posted in.
    expect(reply[0]!.conversationId).toBe(ch.conversationId);
    expect(reply[0]!.activityId).toBe(img.id);
    // Not mentioned: not for the bot.
    fc.requests.length = 0;
    expect((await postActivity(h.url, ch.imageMessage({ mention: false }))).status).toBe(200);
    expect(fc.requests).toEqual([]);
  });

  it('HTML text (paragraphs, &nbsp;, numeric entities, <at> in a group chat and a channel) is read as plain text', async () => {
    const personal = TeamsActivities.personal(fc.url, person(123));
    const group = TeamsActivities.groupChat(fc.url, person(124), '19:group-robust@thread.v2');
    const channel = TeamsActivities.channel(fc.url, person(125), '1700000200100');
    const cases: Array<[TeamsActivities, string]> = [
      [personal, '<p>pick&nbsp;</p>'],
      [personal, '<div><p><strong>pick</strong></p></div>'],
      [personal, '&#160;pick&#xA0;<br>'],
      [group, 'pick'],
      [channel, '<span>pick</span>'],
    ];
    for (const [who, html] of cases) {
      fc.requests.length = 0;
      await postActivity(h.url, who.htmlMessage(html));
      const sent = fc.sent(who.conversationId);
      expect({ html, n: sent.length }).toEqual({ html, n: 1 });
      expect(cardOf(sent[0]!.body)!.body[0].text).toBe('Which groups?');
    }
  });

  it("other people's @mentions in a group chat or channel are not read as part of the request", async () => {
    const group = TeamsActivities.groupChat(fc.url, person(128), '19:group-mentions@thread.v2');
    const a = group.htmlMessage('pick <at>Practitioner 9</at>');
    a.entities.push({ type: 'mention', text: '<at>Practitioner 9</at>', mentioned: { id: '29:user-9', name: 'Practitioner 9' } });
    const seenInputs: unknown[] = [];
    const handle = h.engine.handle.bind(h.engine);
    h.engine.handle = (turn) => (seenInputs.push(turn.input), handle(turn));
    try {
      await postActivity(h.url, a);
    } finally {
      h.engine.handle = handle;
    }
    expect(seenInputs).toEqual([{ kind: 'text', text: 'pick' }]);
    const sent = fc.sent(group.conversationId);
    expect(sent).toHaveLength(1);
    expect(cardOf(sent[0]!.body)!.body[0].text).toBe('Which groups?');
  });

  it('an Action.Submit from an old client whose value carries msteams keys (messageBack) is applied once', async () => {
    const u = TeamsActivities.personal(fc.url, person(126));
    const { card, activityId } = await startPick(u);
    const next = findAction(card, 'Next');
    const submit = u.submit(
      { msteams: { type: 'messageBack', displayText: 'Next', text: 'next' }, ...next.data, g_groups: 'money' },
      activityId,
    );
    submit.text = 'next';
    expect((await postActivity(h.url, submit)).status).toBe(200);
    const [update] = fc.updates();
    expect(update!.activityId).toBe(activityId);
    expect(cardText(cardOf(update!.body)!)).toContain('Chosen: money');
    expect((await pickState(u, 'aad-user-126', false))!.seq).toBe(2);
  });

  it('an Action.Submit whose data is not ours (no text) posts nothing', async () => {
    const u = TeamsActivities.personal(fc.url, person(127));
    const res = await postActivity(h.url, u.submit({ msteams: { type: 'invoke', value: { x: 1 } }, other: 'card' }, '1700000000009'));
    expect(res.status).toBe(200);
    expect(fc.requests).toEqual([]);
  });
});

describe('Teams robustness: retries', () => {
  it('a retried invoke whose result has several messages posts the extra messages once', async () => {
    const u = TeamsActivities.personal(fc.url, person(131));
    const { card, activityId } = await startPick(u);
    const next = findAction(card, 'Next');
    const step2 = await postActivity(h.url, u.execute({ verb: next.verb, data: { ...next.data, g_groups: 'money' } }, activityId));
    const save = findAction(step2.body.value, 'Save');
    const invoke = u.execute({ verb: save.verb, data: { ...save.data, when: '2026-11-24' } }, activityId);
    fc.requests.length = 0;
    const first = await postActivity(h.url, invoke);
    expect(first.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(fc.sent(u.conversationId)).toHaveLength(1); // "Clicks applied: 2"
    const retry = await postActivity(h.url, invoke);
    expect(retry.status).toBe(200);
    // Same card in the invoke response, and no second copy of the extra message.
    expect(cardText(retry.body.value)).toBe(cardText(first.body.value));
    expect(fc.sent(u.conversationId)).toHaveLength(1);
  });

  it('a retried Action.Submit (old client) whose result has several messages posts the extras once', async () => {
    const u = TeamsActivities.personal(fc.url, person(132));
    const { card, activityId } = await startPick(u);
    await postActivity(h.url, u.submit({ ...findAction(card, 'Next').data, g_groups: 'money' }, activityId));
    const step2 = cardOf(fc.updates()[0]!.body)!;
    const submit = u.submit({ ...findAction(step2, 'Save').data, when: '2026-11-25' }, activityId);
    fc.requests.length = 0;
    await postActivity(h.url, submit);
    expect(fc.updates()).toHaveLength(1);
    expect(fc.sent(u.conversationId)).toHaveLength(1);
    await postActivity(h.url, submit);
    expect(fc.updates()).toHaveLength(2);
    expect(fc.sent(u.conversationId)).toHaveLength(1);
  });

  it('an Action.Submit whose card can no longer be edited (404) gets its answer as a new message', async () => {
    const u = TeamsActivities.personal(fc.url, person(134));
    const { card, activityId } = await startPick(u);
    fc.requests.length = 0;
    fc.rejected.length = 0;
    fc.failNext(404, {}, 1);
    await postActivity(h.url, u.submit({ ...findAction(card, 'Next').data, g_groups: 'control' }, activityId));
    expect(fc.rejected).toEqual([expect.objectContaining({ method: 'PUT', status: 404 })]);
    const sent = fc.sent(u.conversationId);
    expect(sent).toHaveLength(1);
    expect(cardText(cardOf(sent[0]!.body)!)).toContain('Chosen: control');
  });

  it('when posting the extra messages fails, the invoke is still answered with the card', async () => {
    const u = TeamsActivities.personal(fc.url, person(133));
    const { card, activityId } = await startPick(u);
    const step2 = await postActivity(h.url, u.execute({ verb: 'pick.next', data: { ...findAction(card, 'Next').data } }, activityId));
    const save = findAction(step2.body.value, 'Save');
    fc.failNext(403, {}, 1);
    const res = await postActivity(h.url, u.execute({ verb: save.verb, data: { ...save.data, when: '2026-11-26' } }, activityId));
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(res.body.value)).toContain('2026-11-26');
  });
});

describe('Teams robustness: transport', () => {
  it('malformed or non-activity bodies get 400, never 500', async () => {
    const bad: Array<[string, string]> = [
      ['{"type": "message", ', 'application/json'],
      ['[]', 'application/json'],
      ['"text"', 'application/json'],
      ['null', 'application/json'],
      ['{}', 'application/json'],
      ['{"text":"no type"}', 'application/json'],
      ['type=message', 'application/x-www-form-urlencoded'],
      ['hello', 'text/plain'],
      ['', 'application/json'],
    ];
    for (const [body, type] of bad) {
      const res = await fetch(`${h.url}/api/messages`, { method: 'POST', headers: { 'content-type': type }, body });
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
    const huge = JSON.stringify({ ...TeamsActivities.personal(fc.url, person(140)).message('x'), text: 'a'.repeat(1_100_000) });
    const tooBig = await fetch(`${h.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: huge });
    expect(tooBig.status).toBe(413);
    expect(fc.requests).toEqual([]);
  });

  it('odd but well-formed activities (a number as type, no conversation, no from) do not crash the server', async () => {
    const u = TeamsActivities.personal(fc.url, person(141));
    const m = u.message('pick');
    const variants = [
      { ...m, type: 42 },
      { ...m, conversation: undefined },
      { ...m, from: undefined },
      { ...m, text: 12345 },
      { ...m, entities: 'nope' },
      { ...m, value: 'a string value' },
    ];
    for (const v of variants) {
      const res = await postActivity(h.url, v);
      expect(res.status).toBeLessThan(500);
    }
    // A message that says neither who sent it nor where is refused plainly (400), not half-handled, and nothing is sent.
    fc.requests.length = 0;
    for (const v of [
      { ...m, from: undefined },
      { ...m, from: { name: 'no id' } },
      { ...m, conversation: undefined },
      { ...m, recipient: undefined },
      { ...m, type: 'invoke', name: 'adaptiveCard/action', from: undefined },
    ]) {
      const res = await postActivity(h.url, v);
      expect({ v: Object.keys(v).length, status: res.status }).toEqual({ v: Object.keys(v).length, status: 400 });
    }
    expect(fc.requests).toEqual([]);
    // Still answering afterwards.
    fc.requests.length = 0;
    await postActivity(h.url, u.message('help'));
    expect(fc.sent(u.conversationId)).toHaveLength(1);
  });

  it('with an app id configured, a missing or bad JWT is refused with 401 and nothing runs', async () => {
    const secured = await startHarness({ env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' } });
    try {
      const u = TeamsActivities.personal(fc.url, person(142));
      const headers: Array<Record<string, string>> = [{}, { authorization: 'Bearer not.a.jwt' }, { authorization: 'Basic abc' }];
      for (const h2 of headers) {
        const res = await postActivity(secured.url, u.message('pick'), h2);
        expect(res.status).toBe(401);
      }
      expect(fc.requests).toEqual([]);
      expect(await secured.store.list(CONVERSATIONS)).toEqual([]);
    } finally {
      await secured.close();
    }
  });

  it('with no app id (emulator / local), an unauthenticated activity is processed: 200', async () => {
    const u = TeamsActivities.personal(fc.url, person(143));
    expect((await postActivity(h.url, u.message('pick'))).status).toBe(200);
    expect(fc.sent(u.conversationId)).toHaveLength(1);
  });
});

describe('Teams robustness: the real app', () => {
  let app: TestServer;
  beforeAll(async () => {
    app = await startTestServer();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a 10,000-character message is answered once, with a card Teams accepts (under 28 KB)', async () => {
    const u = TeamsActivities.personal(fc.url, person(151));
    const long = 'what should I do when a child goes missing and may have been trafficked '.repeat(140).slice(0, 10_000);
    const res = await postActivity(app.url, u.message(long));
    expect(res.status).toBe(200);
    const sent = fc.sent(u.conversationId);
    expect(sent.length).toBeGreaterThanOrEqual(1);
    for (const s of sent) expect(JSON.stringify(s.body).length).toBeLessThan(28_000);
  });

  it('an image with no text in a channel gets the help card in the thread', async () => {
    const ch = TeamsActivities.channel(fc.url, person(152), '1700000300000');
    const img = ch.imageMessage();
    await postActivity(app.url, img);
    const sent = fc.sent(ch.conversationId);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.activityId).toBe(img.id);
    expect(cardText(cardOf(sent[0]!.body)!)).toContain('999');
  });
});
