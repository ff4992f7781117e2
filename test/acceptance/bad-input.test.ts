// Acceptance: bad input everywhere changes nothing and gets a clear message: impossible dates, a past meeting,
// a reference that is a name, an empty form, a card from before a restart, and a Slack click on a flow the
// person never started. Each check compares the stored case before and after.
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamsActivities, actionsOf, cardOf, person, postActivity } from '../support/fakeConnector.js';
import { buttonLabels, blocksText, type Place, type Recorded } from '../support/fakeSlack.js';
import { cardVisibleText, normaliseText } from '../support/drivers.js';
import { tempDataDir } from '../support/server.js';
import { slackClick, slackSay, startAcceptance, type Acceptance } from './harness.js';

const CH: Place = { channel: 'C0BADIN', channelName: 'har-0042', user: 'U0DUTY', userName: 'duty' };
let a: Acceptance;
beforeAll(async () => {
  a = await startAcceptance('2026-11-23T09:30:00Z');
  expect((await slackSay(a, CH, 'case open HAR-0042')).text).toMatch(/opened/);
});
afterAll(async () => {
  await a?.close();
});

/** Everything stored about cases: the case records, the channel links and each case's audit trail, as JSON. */
async function caseStore(app: Acceptance): Promise<string> {
  const store = app.server.app.store;
  const cases = await store.list<{ key: string }>('cases');
  const links = await store.list('case-channels');
  const audit = await Promise.all(cases.map((c) => store.readLog('audit', { field: 'case', equals: c.key, limit: 1000 })));
  expect(cases.length).toBeGreaterThan(0);
  expect(audit.flat().length).toBeGreaterThan(0);
  return JSON.stringify({ cases, links, audit });
}

describe('bad case commands in a Slack channel change nothing', () => {
  // [command, what the answer says, what it must not quote back (it may be personal data)]
  it.each([
    ['case event looked-after 31/02/2026', /That is not a real date/, '31/02/2026'],
    ['case event looked-after 2026-02-31', /not a real date/, '2026-02-31'],
    ['case event looked-after 9/9/1999 16:00 Jane Doe', /could not read the date and time/, 'Jane'],
    ['case meeting strategy yesterday', /already passed/, 'yesterday'],
    ['case meeting strategy 2026-11-20 10:00', /already passed/, '2026-11-20'],
    ['case meeting strategy 2026-12-05', /Give the time of the meeting too, e\.g\. 2027-01-05 10:00/, '2026-12-05'],
    ['case meeting strategy', /Give the date and time of the meeting/, undefined],
    ['case event frobnicate 2026-11-23', /Which event\?/, 'frobnicate'],
    ['case way maybe', /Which way forward\?/, 'maybe'],
    ['case open Jane Doe', /looks like a person's name/, 'Jane'],
    ['case open JaneDoe2012', /looks like a person's name/, 'JaneDoe'],
    ['case open 03/04/2012', /date of birth/, '03/04/2012'],
  ])('%s', async (cmd, why, typed) => {
    const before = await caseStore(a);
    const r = await slackSay(a, CH, cmd);
    expect(r.text).toMatch(why);
    if (typed) expect(r.text.toLowerCase()).not.toContain(typed.toLowerCase());
    expect(r.calls.every((c) => c.body.response_type !== 'in_channel' || !/recorded/i.test(String(c.body.text)))).toBe(true);
    expect(await caseStore(a)).toBe(before);
  });

  it('the case card still shows no event and no deadline', async () => {
    const r = await slackSay(a, CH, 'case');
    expect(r.text).toMatch(/No events recorded yet/);
    expect(r.text).toMatch(/None yet/);
  });

  it('an empty event form, or one without a date, records nothing', async () => {
    const card = await slackSay(a, CH, 'case');
    const form = await slackClick(a, card.page, 'Record an event', CH);
    expect(form.text).toMatch(/What happened/);
    const before = await caseStore(a);
    const empty = await slackClick(a, form.page, 'Record', CH, {});
    expect(empty.text).toMatch(/Pick what happened/);
    expect(await caseStore(a)).toBe(before);
    const noDate = await slackClick(a, form.page, 'Record', CH, { type: 'looked-after', date: '', time: '' });
    expect(noDate.text).toMatch(/Pick a date/);
    expect(await caseStore(a)).toBe(before);
  });
});

describe('clicks nobody expected', () => {
  it('a Slack click on a walk-through the person never started tells them so and changes nothing for the owner', async () => {
    const owner: Place = { channel: 'C0SHARED1', channelName: 'team', user: 'U0OWNER', userName: 'owner' };
    const stranger: Place = { ...owner, user: 'U0STRANGER', userName: 'stranger' };
    const r = await slackSay(a, owner, 'refer');
    const blocks = r.calls.at(-1)!.body.blocks as Array<Record<string, unknown>>;
    expect(buttonLabels(blocks)).toContain('No');
    const click = await a.slack.click({ blocks, ephemeral: true }, 'No', stranger);
    expect(click.res.status).toBe(200);
    const answer = await a.fake.waitFor((c: Recorded) => c.kind === 'respond' || c.method.startsWith('chat.'), { from: click.from });
    expect(answer.body.response_type).not.toBe('in_channel');
    expect(normaliseText(blocksText(answer))).toMatch(/finished or moved on|Type help/);
    // The owner's walk is where it was: their next answer is question 2.
    const d = a.slackAt(owner);
    await d.say('refer');
    await d.click('No');
    expect(d.lastText()).toMatch(/Where is the child\?/);
  });
});

describe('a card from before a restart', () => {
  it('Teams: the walk continues from the stored state; a stale button changes nothing; an old case form still records once', async () => {
    const dataDir = await tempDataDir('sg-acceptance-restart-');
    const env = {};
    let app = await startAcceptance('2026-11-23T09:30:00Z', { dataDir, env });
    const u = TeamsActivities.personal(app.fc.url, person(700));
    const ch = TeamsActivities.channel(app.fc.url, person(701), '1700000000999');
    try {
      const sent = () => app.fc.sent(u.conversationId);
      await postActivity(app.server.url, u.message('refer'));
      const q1 = sent().at(-1)!;
      await postActivity(app.server.url, u.message('no'));
      const q2 = sent().at(-1)!;
      expect(cardVisibleText(cardOf(q2.body)!)).toMatch(/Where is the child\?/);
      // A case channel with its event form open.
      await postActivity(app.server.url, ch.message('case open TH-2026-07'));
      const chSent = () => app.fc.sent(ch.conversationId);
      const cardMsg = chSent().at(-1)!;
      const formAction = actionsOf(cardOf(cardMsg.body)!).find((x) => x.title === 'Record an event')!;
      const formRes = await postActivity(app.server.url, ch.execute({ verb: formAction.verb!, data: formAction.data! }, cardMsg.id));
      expect(formRes.status).toBe(200);
      const form = cardOf(chSent().at(-1)!.body)!;
      expect(cardVisibleText(form)).toMatch(/What happened/);
      const record = actionsOf(form).find((x) => x.title === 'Record')!;

      // Restart: same data directory, a new process state.
      await app.close();
      app = await startAcceptance('2026-11-23T09:40:00Z', { dataDir, env });
      const fc = app.fc;
      const u2 = TeamsActivities.personal(fc.url, person(700));
      const ch2 = TeamsActivities.channel(fc.url, person(701), '1700000000999');

      // The stale "No" on question 1: shows where the walk is, changes nothing.
      const stale = actionsOf(cardOf(q1.body)!).find((x) => x.title === 'No')!;
      const s = await postActivity(app.server.url, u2.execute({ verb: stale.verb!, data: stale.data! }, q1.id));
      expect(s.status).toBe(200);
      expect(cardVisibleText(s.body.value)).toMatch(/Where is the child\?/);
      // The current card's button continues the walk.
      const london = actionsOf(cardOf(q2.body)!).find((x) => x.title === 'Lives in a London borough')!;
      const l = await postActivity(app.server.url, u2.execute({ verb: london.verb!, data: london.data! }, q2.id));
      expect(cardVisibleText(l.body.value)).toMatch(/Which London authority\?/);

      // The old form, submitted after the restart, records the event once; a second press records nothing more.
      const values = { type: 'looked-after', date: '2026-11-23', time: '09:00', meeting: 'strategy' };
      const r1 = await postActivity(app.server.url, ch2.execute({ verb: record.verb!, data: { ...record.data, ...values } }, cardMsg.id));
      expect(cardVisibleText(r1.body.value)).toMatch(/Child became looked after/);
      const r2 = await postActivity(app.server.url, ch2.execute({ verb: record.verb!, data: { ...record.data, ...values } }, cardMsg.id));
      expect(cardVisibleText(r2.body.value)).toMatch(/recorded already|nothing changed/i);
      const before = app.fc.sent(ch2.conversationId).length;
      await postActivity(app.server.url, ch2.message('case'));
      const card = cardVisibleText(cardOf(app.fc.sent(ch2.conversationId).slice(before).at(-1)!.body)!);
      expect(card.match(/Child became looked after/g)).toHaveLength(1);
    } finally {
      await app.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });

  it('Slack: a reminder posted before a restart is marked done after it, in place, once', async () => {
    const dataDir = await tempDataDir('sg-acceptance-restart-slack-');
    let app = await startAcceptance('2026-11-23T09:30:00Z', { dataDir });
    const at: Place = { channel: 'C0RESTART', channelName: 'case', user: 'U0LEAD', userName: 'lead' };
    try {
      await slackSay(app, at, 'case open RST-0001');
      await slackSay(app, at, 'case event verbal-referral 2026-11-23 09:00');
      app.clock.set((await app.server.app.cases.nextDueAt())!);
      const from = app.fake.calls.length;
      await app.server.app.cases.runDue();
      const post = app.fake.calls.slice(from).find((c) => c.method === 'chat.postMessage' && c.body.channel === at.channel)!;
      expect(post).toBeDefined();
      const page = { blocks: post.body.blocks as Array<Record<string, unknown>>, ts: post.response!.ts as string, ephemeral: false };
      const when = app.clock.now().toISOString();
      await app.close();
      app = await startAcceptance(when, { dataDir });
      const done = await slackClick(app, page, 'Done', at);
      expect(done.text).toMatch(/Marked done by lead/);
      const upd = app.fake.calls.filter((c) => c.method === 'chat.update' && c.body.ts === page.ts);
      expect(upd.length).toBeGreaterThan(0);
      const again = await slackClick(app, page, 'Done', at);
      expect(again.text).toMatch(/Already marked done/);
      const audit = await slackSay(app, at, 'case audit');
      expect(audit.text.match(/marked a deadline done/g)).toHaveLength(1);
    } finally {
      await app.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
