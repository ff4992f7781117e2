import { conversationKey } from '../../src/teams/turn.js';
// Protocol tests against the real app (startApp): every flow driven with real Teams activities over HTTP,
// replies recorded by the fake Bot Connector at serviceUrl.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector, TeamsActivities, actionsOf, cardOf, person, postActivity } from '../support/fakeConnector.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { cardProblems, cardText, fillInputs, forwardAction } from './cards.js';
import { startWalk, step, walkToEnd } from './walk.js';
import { CONVERSATIONS, stateKey, type ConversationState } from '../../src/conversation/engine.js';

let fc: FakeConnector;
let srv: TestServer;
let userNo = 100;
const nextUser = () => person(++userNo);

beforeAll(async () => {
  fc = await new FakeConnector().start();
  srv = await startTestServer();
});
afterAll(async () => {
  await srv?.close();
  await fc?.close();
});

describe('every flow over the Teams protocol (real app)', () => {
  it('the app serves the expected flows', () => {
    const ids = srv.app.engine.flowList().map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['refer', 'indicators', 'ways-forward', 'checklist', 'contacts']));
  });

  it('each flow starts from its command and walks to an end with valid cards', async () => {
    for (const flow of srv.app.engine.flowList().filter((f) => f.commands.length > 0)) {
      const u = TeamsActivities.personal(fc.url, nextUser());
      const walk = await startWalk(srv.url, fc, u, flow.commands[0]!);
      await walkToEnd(srv.url, u, walk, flow.id);
      expect(walk.cards.length, flow.id).toBeGreaterThan(0);
      for (const c of walk.cards) expect(c.version).toBe('1.5');
    }
  });

  it('refer: one question per card, ending on the result with the 999 line and its sources', async () => {
    const u = TeamsActivities.personal(fc.url, nextUser());
    const walk = await startWalk(srv.url, fc, u, 'refer');
    const steps = await walkToEnd(srv.url, u, walk, 'refer');
    expect(steps).toBeGreaterThanOrEqual(3);
    const result = cardText(walk.last);
    expect(result).toMatch(/call 999/i);
    expect(result).toContain('0800 043 4303'); // ICTG 24/7 line (PG47 §13.2)
    const footer = walk.last.body[walk.last.body.length - 1];
    expect(footer.text).toMatch(/^Sources: .*PG47/);
    // Every question card offered Back once past the first.
    expect(walk.cards.slice(1, -1).every((c) => actionsOf(c).some((a) => a.title === 'Back'))).toBe(true);
  });

  it('refer: Back returns to the previous question', async () => {
    const u = TeamsActivities.personal(fc.url, nextUser());
    const walk = await startWalk(srv.url, fc, u, 'refer');
    const first = cardText(walk.last);
    await step(srv.url, u, walk, 'refer');
    const back = actionsOf(walk.last).find((a) => a.title === 'Back');
    expect(back).toBeDefined();
    const res = await postActivity(srv.url, u.execute({ verb: back!.verb!, data: back!.data! }));
    expect(cardText(res.body.value)).toBe(first);
  });

  it('indicators: multi-select groups are ticked through the card and counted in the result', async () => {
    const u = TeamsActivities.personal(fc.url, nextUser());
    const walk = await startWalk(srv.url, fc, u, 'indicators');
    const multi = JSON.stringify(walk.last).includes('"isMultiSelect":true');
    expect(multi).toBe(true);
    await walkToEnd(srv.url, u, walk, 'indicators');
    expect(cardText(walk.last)).toMatch(/999/);
  });

  it('a retried Action.Execute returns the same card and does not advance twice', async () => {
    const u = TeamsActivities.personal(fc.url, nextUser());
    const walk = await startWalk(srv.url, fc, u, 'refer');
    const action = forwardAction(walk.last, 'refer')!;
    const invoke = u.execute({ verb: action.verb, data: { ...action.data, ...fillInputs(walk.last) } });
    const first = await postActivity(srv.url, invoke);
    const key = stateKey({
      platform: 'teams',
      conversationId: conversationKey(u.conversationId),
      userId: `aad-user-${userNo}`,
      shared: false,
    });
    const seq = (await srv.app.store.get<ConversationState>(CONVERSATIONS, key))!.seq;
    const retry = await postActivity(srv.url, invoke);
    expect(retry.body).toEqual(first.body);
    expect((await srv.app.store.get<ConversationState>(CONVERSATIONS, key))!.seq).toBe(seq);
  });

  it('two concurrent clicks on one card (lowdb store) apply once', async () => {
    const u = TeamsActivities.personal(fc.url, nextUser());
    const walk = await startWalk(srv.url, fc, u, 'refer');
    const action = forwardAction(walk.last, 'refer')!;
    const data = { ...action.data, ...fillInputs(walk.last) };
    const key = stateKey({
      platform: 'teams',
      conversationId: conversationKey(u.conversationId),
      userId: `aad-user-${userNo}`,
      shared: false,
    });
    const before = (await srv.app.store.get<ConversationState>(CONVERSATIONS, key))!;
    const [a, b] = await Promise.all([
      postActivity(srv.url, u.execute({ verb: action.verb, data })),
      postActivity(srv.url, u.execute({ verb: action.verb, data })),
    ]);
    const after = (await srv.app.store.get<ConversationState>(CONVERSATIONS, key))!;
    expect(after.seq).toBe(before.seq + 1);
    expect(after.history).toHaveLength(before.history.length + 1);
    expect(cardText(a.body.value)).toBe(cardText(b.body.value));
  });

  it('Action.Submit (older clients) on the real app updates the source card in place', async () => {
    const u = TeamsActivities.personal(fc.url, nextUser());
    const walk = await startWalk(srv.url, fc, u, 'refer');
    const action = forwardAction(walk.last, 'refer')!;
    const updatesBefore = fc.updates().length;
    await postActivity(srv.url, u.submit({ ...action.data, ...fillInputs(walk.last) }, walk.firstActivityId));
    const update = fc.updates()[updatesBefore]!;
    expect(update.activityId).toBe(walk.firstActivityId);
    const card = cardOf(update.body)!;
    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card)).not.toBe(cardText(walk.last));
  });

  it('in a channel: answers only when @mentioned, with the mention stripped, in the thread', async () => {
    const u = TeamsActivities.channel(fc.url, nextUser(), '1700000005000');
    const before = fc.sent(u.conversationId).length;
    await postActivity(srv.url, u.message('checklist', { mention: false }));
    expect(fc.sent(u.conversationId)).toHaveLength(before);
    const walk = await startWalk(srv.url, fc, u, 'checklist');
    expect(cardText(walk.last)).toMatch(/checklist/i);
    await step(srv.url, u, walk, 'checklist');
    expect(cardProblems(walk.last)).toEqual([]);
  });

  it('welcome card on install is the help card, listing the commands', async () => {
    const u = TeamsActivities.personal(fc.url, nextUser());
    await postActivity(srv.url, u.installationUpdate('add'));
    await postActivity(srv.url, u.conversationUpdate());
    const sent = fc.sent(u.conversationId);
    expect(sent).toHaveLength(1);
    const text = cardText(cardOf(sent[0]!.body)!);
    for (const word of ['refer', 'indicators', 'ways forward', 'checklist', 'contacts']) expect(text).toContain(word);
    expect(text).toContain('call 999');
  });

  it('stores the ConversationReference so a reminder can reach the channel', async () => {
    const u = TeamsActivities.channel(fc.url, nextUser(), '1700000006000');
    await postActivity(srv.url, u.message('help'));
    const teams = (await import('../../src/teams/notifier.js')).TEAMS_REFS;
    expect(await srv.app.store.get(teams, conversationKey(u.conversationId))).toMatchObject({
      serviceUrl: fc.url,
      conversation: { id: conversationKey(u.conversationId) },
    });
  });
});
