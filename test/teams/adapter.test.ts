import { conversationKey } from '../../src/teams/turn.js';
/* eslint-disable @typescript-eslint/no-explicit-any -- Adaptive Card JSON is untyped here; tests read it freely */
// Protocol tests of the Teams adapter mechanics, driven by real activities over HTTP against a small test flow.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector, TeamsActivities, cardOf, person, postActivity, BOT } from '../support/fakeConnector.js';
import { pickState as pickStateIn, startHarness, startPick as startPickIn, type Harness } from './harness.js';
import { cardText, findAction } from './cards.js';
import { TEAMS_REFS } from '../../src/teams/notifier.js';

let fc: FakeConnector;
let h: Harness;

beforeAll(async () => {
  fc = await new FakeConnector().start();
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
  await fc.close();
});
afterEach(() => {
  fc.requests.length = 0;
});

const startPick = (u: TeamsActivities) => startPickIn(h, fc, u);

const pickState = (u: TeamsActivities, userId: string, shared: boolean) => pickStateIn(h, u, userId, shared);

describe('Teams adapter: messages and cards', () => {
  it('replies to a personal message with an Adaptive Card 1.5 posted to serviceUrl, as a reply to the message', async () => {
    const u = TeamsActivities.personal(fc.url, person(11));
    const inbound = u.message('pick');
    await postActivity(h.url, inbound);
    const [sent] = fc.sent(u.conversationId);
    expect(sent!.activityId).toBe(inbound.id);
    const card = cardOf(sent!.body)!;
    expect(card.version).toBe('1.5');
    expect(card.type).toBe('AdaptiveCard');
    const choice = card.body.flatMap((b: any) => b.items ?? [b]).find((e: any) => e.type === 'Input.ChoiceSet');
    expect(choice).toMatchObject({ id: 'g_groups', isMultiSelect: true, style: 'expanded', label: 'Groups' });
    const next = findAction(card, 'Next');
    expect(next.data).toMatchObject({ sg: { t: 'pick', a: 'next', s: 1 }, sg_multi: ['g_groups'] });
  });

  it('stores a ConversationReference for every incoming activity', async () => {
    const u = TeamsActivities.personal(fc.url, person(12));
    await postActivity(h.url, u.conversationUpdate([{ id: 'someone-else' }]));
    const ref = await h.store.get<Record<string, any>>(TEAMS_REFS, conversationKey(u.conversationId));
    expect(ref).toMatchObject({
      serviceUrl: fc.url,
      channelId: 'msteams',
      conversation: { id: conversationKey(u.conversationId) },
      bot: { id: BOT.id },
    });
  });

  it('Action.Execute: answers the invoke with the next card (multi-select split) and advances once even when retried', async () => {
    const u = TeamsActivities.personal(fc.url, person(13));
    const { card, activityId } = await startPick(u);
    const next = findAction(card, 'Next');
    const invoke = u.execute({ verb: next.verb, data: { ...next.data, g_groups: 'movement,control' } }, activityId);
    const first = await postActivity(h.url, invoke);
    expect(first.status).toBe(200);
    expect(first.body.statusCode).toBe(200);
    expect(first.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(first.body.value)).toContain('Chosen: movement, control');
    const seqAfterFirst = (await pickState(u, 'aad-user-13', false))!.seq;

    // Teams retries the same invoke (e.g. a timeout on its side): same card, no second step.
    const retry = await postActivity(h.url, invoke);
    expect(retry.body).toEqual(first.body);
    expect((await pickState(u, 'aad-user-13', false))!.seq).toBe(seqAfterFirst);

    const save = findAction(first.body.value, 'Save');
    const done = await postActivity(h.url, u.execute({ verb: save.verb, data: { ...save.data, when: '2026-11-24' } }, activityId));
    expect(cardText(done.body.value)).toContain('2026-11-24');
    // The second reply of the turn goes out as a new message.
    const extra = fc.sent(u.conversationId).map((r) => cardText(cardOf(r.body)!));
    expect(extra.some((t) => t.includes('Clicks applied: 2'))).toBe(true);
    expect(fc.sent(u.conversationId)).toHaveLength(2); // the first card, then the extra reply: the invoke replies themselves are not posted
  });

  it('an empty multi-select arrives as an empty list', async () => {
    const u = TeamsActivities.personal(fc.url, person(14));
    const { card } = await startPick(u);
    const next = findAction(card, 'Next');
    const res = await postActivity(h.url, u.execute({ verb: next.verb, data: next.data }));
    expect(cardText(res.body.value)).toContain('Chosen: none');
  });

  it('Action.Submit (older clients): updates the source card in place and splits multi-select values', async () => {
    const u = TeamsActivities.personal(fc.url, person(15));
    const { card, activityId } = await startPick(u);
    const next = findAction(card, 'Next');
    await postActivity(h.url, u.submit({ ...next.data, g_groups: 'money' }, activityId));
    const [update] = fc.updates();
    expect(update!.activityId).toBe(activityId);
    expect(cardText(cardOf(update!.body)!)).toContain('Chosen: money');
  });

  it('a reply throttled with 429 + Retry-After is retried by the connector client and still arrives', async () => {
    const u = TeamsActivities.personal(fc.url, person(17));
    fc.rejected.length = 0;
    fc.failNext(429, { 'Retry-After': '0' });
    const res = await postActivity(h.url, u.message('pick'));
    expect(res.status).toBe(200);
    expect(fc.rejected).toEqual([expect.objectContaining({ status: 429 })]);
    expect(fc.sent(u.conversationId)).toHaveLength(1);
  });

  it('a malformed card action gets an error invoke response, not a crash', async () => {
    const u = TeamsActivities.personal(fc.url, person(16));
    const res = await postActivity(h.url, u.execute({ verb: 'x', data: { sg: { t: 42 } } }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
  });
});

describe('Teams adapter: channels', () => {
  it('ignores channel messages that do not mention the bot', async () => {
    const u = TeamsActivities.channel(fc.url, person(21));
    const res = await postActivity(h.url, u.message('pick', { mention: false }));
    expect(res.status).toBe(200);
    expect(fc.sent()).toHaveLength(0);
  });

  it('strips the @mention, replies in the thread, and keeps state per user', async () => {
    const alice = TeamsActivities.channel(fc.url, person(22), '1700000000100');
    const bob = alice.as(person(23));
    const { card } = await startPick(alice);
    expect(fc.sent()[0]!.conversationId).toBe(alice.conversationId);
    const next = findAction(card, 'Next');
    await postActivity(h.url, alice.execute({ verb: next.verb, data: { ...next.data, g_groups: 'money' } }));
    expect((await pickState(alice, 'aad-user-22', true))!.seq).toBe(2);
    expect(await pickState(bob, 'aad-user-23', true)).toBeUndefined();
  });

  it("stamps the owner on channel cards; another member's click on a step is refused without touching either state", async () => {
    const alice = TeamsActivities.channel(fc.url, person(25), '1700000000400');
    const bob = alice.as(person(26));
    const { card } = await startPick(alice);
    const next = findAction(card, 'Next');
    expect(next.data.sg_u).toBe('aad-user-25');
    const res = await postActivity(h.url, bob.execute({ verb: next.verb, data: { ...next.data, g_groups: 'money' } }));
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(res.body.value).toMatch(/another member/);
    expect((await pickState(alice, 'aad-user-25', true))!.seq).toBe(1);
    expect(await pickState(bob, 'aad-user-26', true)).toBeUndefined();
    // Alice's own click still applies.
    const own = await postActivity(h.url, alice.execute({ verb: next.verb, data: { ...next.data, g_groups: 'money' } }));
    expect(cardText(own.body.value)).toContain('Chosen: money');
  });

  it("a start button on another member's card starts the clicker's own walk-through in a new message", async () => {
    const alice = TeamsActivities.channel(fc.url, person(27), '1700000000500');
    const bob = alice.as(person(28));
    const { card } = await startPick(alice);
    const next = findAction(card, 'Next');
    const step2 = await postActivity(h.url, alice.execute({ verb: next.verb, data: { ...next.data, g_groups: 'control' } }));
    const save = findAction(step2.body.value, 'Save');
    await postActivity(h.url, alice.execute({ verb: save.verb, data: { ...save.data, when: '2026-11-25' } }));
    const resultCard = cardOf(fc.sent(alice.conversationId).at(-1)!.body)!;
    const again = findAction(resultCard, 'Pick again');
    fc.requests.length = 0;
    const res = await postActivity(h.url, bob.execute({ verb: again.verb, data: again.data }));
    expect(res.body.type).toBe('application/vnd.microsoft.activity.message');
    const [posted] = fc.sent(alice.conversationId);
    const bobsCard = cardOf(posted!.body)!;
    expect(bobsCard.body[0].text).toBe('Which groups?');
    expect(findAction(bobsCard, 'Next').data.sg_u).toBe('aad-user-28');
    expect((await pickState(bob, 'aad-user-28', true))!.seq).toBe(1);
  });

  it('cards in personal chats carry no owner', async () => {
    const u = TeamsActivities.personal(fc.url, person(29));
    const { card } = await startPick(u);
    expect(findAction(card, 'Next').data.sg_u).toBeUndefined();
  });

  it('in a group chat strips the mention too', async () => {
    const u = TeamsActivities.groupChat(fc.url, person(24));
    const { card } = await startPick(u);
    expect(card.body[0].text).toBe('Which groups?');
  });
});

describe('Teams adapter: concurrency', () => {
  it('two concurrent clicks on the same card in one conversation apply once', async () => {
    const u = TeamsActivities.personal(fc.url, person(31));
    const { card } = await startPick(u);
    const next = findAction(card, 'Next');
    const a = u.execute({ verb: next.verb, data: { ...next.data, g_groups: 'money' } });
    const b = u.execute({ verb: next.verb, data: { ...next.data, g_groups: 'control' } });
    const [ra, rb] = await Promise.all([postActivity(h.url, a), postActivity(h.url, b)]);
    const state = await pickState(u, 'aad-user-31', false);
    expect(state!.seq).toBe(2); // started (1) + one applied click (2)
    const chosen = (state!.state as { groups: string[] }).groups;
    expect(chosen).toHaveLength(1);
    // Both answers show the one state that was kept.
    expect(cardText(ra.body.value)).toContain(`Chosen: ${chosen[0]}`);
    expect(cardText(rb.body.value)).toContain(`Chosen: ${chosen[0]}`);
  });

  it('two concurrent messages from different users in a channel each get their own answer', async () => {
    const alice = TeamsActivities.channel(fc.url, person(32), '1700000000200');
    const bob = alice.as(person(33));
    await Promise.all([postActivity(h.url, alice.message('pick')), postActivity(h.url, bob.message('pick'))]);
    expect(fc.sent(alice.conversationId)).toHaveLength(2);
    expect((await pickState(alice, 'aad-user-32', true))!.seq).toBe(1);
    expect((await pickState(bob, 'aad-user-33', true))!.seq).toBe(1);
  });
});

describe('Teams adapter: onboarding', () => {
  it('welcomes once on install (conversationUpdate + installationUpdate), again after a reinstall', async () => {
    const u = TeamsActivities.channel(fc.url, person(41), '1700000000300');
    await postActivity(h.url, u.conversationUpdate([{ id: BOT.id }]));
    await postActivity(h.url, u.installationUpdate('add'));
    const welcomes = fc.sent(u.conversationId);
    expect(welcomes).toHaveLength(1);
    const card = cardOf(welcomes[0]!.body)!;
    expect(card.body[0].text).toBe(h.engine.help().title);
    expect(cardText(card)).toContain('pick: a test flow');
    await postActivity(h.url, u.installationUpdate('remove'));
    await postActivity(h.url, u.installationUpdate('add'));
    expect(fc.sent(u.conversationId)).toHaveLength(2);
  });

  it('does not welcome when someone else joins', async () => {
    const u = TeamsActivities.personal(fc.url, person(42));
    await postActivity(h.url, u.conversationUpdate([{ id: '29:new-person' }]));
    expect(fc.sent()).toHaveLength(0);
  });

  it('help lists the commands', async () => {
    const u = TeamsActivities.personal(fc.url, person(43));
    await postActivity(h.url, u.message('help'));
    const card = cardOf(fc.sent(u.conversationId)[0]!.body)!;
    expect(cardText(card)).toContain('pick: a test flow');
    expect(cardText(card)).toContain('999');
  });
});
