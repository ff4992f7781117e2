// Reminders through the real Engine, case module and embedded scheduler, with a ManualClock and
// recording fake Notifiers: right instants on awkward dates, Done / Snooze / Reschedule updating every
// posted copy, late reminders after downtime posted once, retries, two channels.
import { describe, expect, it } from 'vitest';
import { caseHarness, textOf, button, TEAMS_CHANNEL, SLACK_CHANNEL, OTHER_CHANNEL, BOB } from '../cases/caseHarness.js';
import { DeliveryError } from '../../src/conversation/notifier.js';
import { REMINDER_POSTS } from '../../src/cases/delivery.js';

const REF = 'SG-2026-0147';
const KEY = REF.toLowerCase();
type H = Awaited<ReturnType<typeof caseHarness>>;

async function openIn(h: H, both = true): Promise<void> {
  await h.say(`case open ${REF}`);
  if (both) await h.join(REF, SLACK_CHANNEL, BOB);
}

/** Nothing is posted a millisecond before `iso`; one reminder per channel is posted at `iso`. */
async function firesAt(h: H, iso: string, title: RegExp): Promise<void> {
  const before = h.teams.posts.length;
  await h.at(new Date(Date.parse(iso) - 1).toISOString());
  expect(h.teams.posts.length, `nothing before ${iso}`).toBe(before);
  await h.at(iso);
  expect(h.teams.posts.length, `one reminder at ${iso}`).toBe(before + 1);
  expect(h.teams.posts.at(-1)!.message.title).toMatch(title);
}

describe('reminders fire at the right instants', () => {
  it('Christmas 2026 and New Year 2027: strategy meeting reminders, due, overdue, then daily on working days', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h);
    await h.say('case event looked-after 2026-12-24 10:00');
    await firesAt(h, '2026-12-29T17:00:00Z', /^Reminder: Hold the strategy meeting/);
    await firesAt(h, '2026-12-30T16:00:00Z', /^Reminder:/);
    await firesAt(h, '2026-12-30T17:00:00Z', /^Due now:/);
    await firesAt(h, '2026-12-30T18:00:00Z', /^Overdue:/);
    await firesAt(h, '2026-12-31T09:00:00Z', /^Overdue:/);
    // Nobody acted on it for 2 working hours (counted from 09:00 on the next working day): escalated, once.
    await firesAt(h, '2026-12-31T11:00:00Z', /^Escalated: Hold the strategy meeting is overdue/);
    // 1 January is a bank holiday, then the weekend: the next daily reminder is Monday 4 January, 09:00.
    await firesAt(h, '2027-01-04T09:00:00Z', /^Overdue:/);
    expect(h.slack.posts).toHaveLength(h.teams.posts.length);
    const m = h.teams.posts[0]!.message;
    const t = textOf(m);
    expect(t).toContain('Due: Wednesday 30 December 2026, 17:00');
    expect(t).toContain('Case: SG-2026-0147');
    expect(t).toContain('Invite the ICTG worker to every meeting');
    expect(t).toContain('at least 2 working days before');
    expect(t).toContain('within 2 working days after');
    expect(m.buttons!.map((b) => b.label)).toEqual(['Done', 'Snooze 1 hour', 'Snooze until tomorrow 09:00', 'Reschedule']);
    expect(m.blocks.flatMap((b) => (b.type === 'input' ? [b.input.kind] : []))).toEqual(['date', 'time']);
    expect(h.teams.posts[0]!.to.conversationId).toBe(TEAMS_CHANNEL.conversationId);
    expect(h.slack.posts[0]!.to.conversationId).toBe(SLACK_CHANNEL.conversationId);
  });

  it('March 2026 clock change: written referral 48 elapsed hours after a verbal one', async () => {
    const h = await caseHarness('2026-03-28T10:30:00Z');
    await openIn(h, false);
    await h.say('case event verbal-referral 2026-03-28 10:00');
    await firesAt(h, '2026-03-29T10:00:00Z', /^Reminder: Send the written referral/);
    await firesAt(h, '2026-03-30T09:00:00Z', /^Reminder:/);
    await firesAt(h, '2026-03-30T10:00:00Z', /^Due now:/);
    expect(textOf(h.teams.posts.at(-1)!.message)).toContain('Due: Monday 30 March 2026, 11:00');
    await firesAt(h, '2026-03-30T11:00:00Z', /^Overdue:/);
    // 2 working hours after 11:00 BST: 13:00 BST.
    await firesAt(h, '2026-03-30T12:00:00Z', /^Escalated:/);
    // Daily at 09:00 London (BST): 08:00 UTC.
    await firesAt(h, '2026-03-31T08:00:00Z', /^Overdue:/);
  });

  it('October 2026 clock change: the daily overdue reminder stays at 09:00 London', async () => {
    const h = await caseHarness('2026-10-21T09:30:00Z');
    await openIn(h, false);
    await h.say('case event looked-after 2026-10-21 10:00');
    await firesAt(h, '2026-10-22T16:00:00Z', /^Reminder:/);
    await firesAt(h, '2026-10-23T15:00:00Z', /^Reminder:/);
    await firesAt(h, '2026-10-23T16:00:00Z', /^Due now:/);
    expect(textOf(h.teams.posts.at(-1)!.message)).toContain('Due: Friday 23 October 2026, 17:00');
    await firesAt(h, '2026-10-23T17:00:00Z', /^Overdue:/);
    // After the clocks go back on Sunday 25 October, 09:00 London is 09:00 UTC.
    await firesAt(h, '2026-10-26T09:00:00Z', /^Overdue:/);
    // Due at 17:00 on Friday, the close of the working day: the 2 working hours are Monday's first two (GMT now).
    await firesAt(h, '2026-10-26T11:00:00Z', /^Escalated:/);
  });

  it('Easter 2027: Good Friday and Easter Monday do not count, and BST starts that weekend', async () => {
    const h = await caseHarness('2027-03-25T14:30:00Z');
    await openIn(h, false);
    const r = await h.say('case event looked-after 2027-03-25 14:00');
    expect(textOf(r.replies)).toContain('due Wednesday 31 March 2027, 17:00');
    await firesAt(h, '2027-03-30T16:00:00Z', /^Reminder:/);
    await firesAt(h, '2027-03-31T15:00:00Z', /^Reminder:/);
    await firesAt(h, '2027-03-31T16:00:00Z', /^Due now:/);
    await firesAt(h, '2027-03-31T17:00:00Z', /^Overdue:/);
    await firesAt(h, '2027-04-01T08:00:00Z', /^Overdue:/);
    await firesAt(h, '2027-04-01T10:00:00Z', /^Escalated:/);
    // Escalated once: the next post is the daily reminder on Friday 2 April, 09:00 BST.
    await firesAt(h, '2027-04-02T08:00:00Z', /^Overdue:/);
  });
});

describe('Done, Snooze, Reschedule', () => {
  it('Done from one channel updates every posted copy in place and stops the reminders', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h);
    await h.say('case event looked-after 2026-12-24 10:00');
    await h.at('2026-12-29T17:00:00Z');
    const slackCopy = h.slack.posts[0]!.message;
    h.clock.set(new Date('2026-12-29T17:20:00Z'));
    const r = await h.click(button(slackCopy, 'Done'), {}, SLACK_CHANNEL, BOB);
    expect(r.replaceSource).toBe(true);
    expect(textOf(r.replies[0]!)).toContain('Marked done by Bob, Tuesday 29 December 2026, 17:20');
    expect(r.replies[0]!.buttons ?? []).toEqual([]);
    for (const n of [h.teams, h.slack]) {
      expect(n.updates).toHaveLength(1);
      expect(n.updates[0]!.posted.messageId).toBe(n.posts[0]!.messageId);
      expect(n.updates[0]!.message.title).toBe('Done: Hold the strategy meeting');
    }
    await h.at('2027-01-05T10:00:00Z');
    expect(h.teams.posts).toHaveLength(1);
    expect(h.slack.posts).toHaveLength(1);
    // A retried click changes nothing.
    const again = await h.click(button(h.teams.posts[0]!.message, 'Done'));
    expect(textOf(again.replies)).toContain('Already marked done by Bob');
    const log = await h.store.readLog('audit', { field: 'case', equals: KEY });
    expect(log.filter((e) => e.what === 'deadline-done')).toEqual([
      expect.objectContaining({ who: 'Bob', where: `slack:${SLACK_CHANNEL.conversationId}` }),
    ]);
    expect(textOf((await h.say('case')).replies)).toMatch(/Done \(1\)\n[^\n]*by Bob/);
  });

  it('Snooze 1 hour: the next reminder comes an hour later, and the copies say who snoozed', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h);
    await h.say('case event looked-after 2026-12-24 10:00');
    await h.at('2026-12-29T17:00:00Z');
    await h.click(button(h.teams.posts[0]!.message, 'Snooze 1 hour'));
    expect(textOf(h.slack.updates[0]!.message)).toContain('Snoozed until Tuesday 29 December 2026, 18:00 by Alice');
    await firesAt(h, '2026-12-29T18:00:00Z', /^Reminder:/);
    expect(h.slack.posts).toHaveLength(2);
  });

  it('Snooze until tomorrow 09:00 holds back the reminders until then, and the daily ones follow', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h, false);
    await h.say('case event looked-after 2026-12-24 10:00');
    await h.at('2026-12-30T16:00:00Z');
    expect(h.teams.posts).toHaveLength(1);
    await h.click(button(h.teams.posts[0]!.message, 'Snooze until tomorrow 09:00'));
    await h.at('2026-12-30T18:30:00Z');
    expect(h.teams.posts).toHaveLength(1);
    await firesAt(h, '2026-12-31T09:00:00Z', /^Overdue:/);
    // A snooze before the due time is not an answer to the overdue deadline: it is escalated all the same.
    await firesAt(h, '2026-12-31T11:00:00Z', /^Escalated:/);
    await firesAt(h, '2027-01-04T09:00:00Z', /^Overdue:/);
  });

  it('Reschedule moves the deadline and its reminders; bad dates change nothing', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h);
    await h.say('case event looked-after 2026-12-24 10:00');
    await h.at('2026-12-29T17:00:00Z');
    const copy = h.teams.posts[0]!.message;
    const before = await h.caseOf(KEY);
    for (const values of [
      { date: '2026-12-01', time: '10:00' },
      { date: 'banana', time: '10:00' },
      { date: '2027-01-06', time: '' },
    ]) {
      const bad = await h.click(button(copy, 'Reschedule'), values);
      expect(bad.replies[0]!.personal).toBe(true);
      expect(await h.caseOf(KEY)).toEqual(before);
    }
    const r = await h.click(button(copy, 'Reschedule'), { date: '2027-01-06', time: '10:00' });
    expect(textOf(r.replies)).toContain('Rescheduled to Wednesday 6 January 2027, 10:00');
    expect(textOf(h.slack.updates[0]!.message)).toContain('Rescheduled to Wednesday 6 January 2027, 10:00 by Alice');
    await h.at('2027-01-04T12:00:00Z');
    expect(h.teams.posts).toHaveLength(1);
    await firesAt(h, '2027-01-05T10:00:00Z', /^Reminder:/);
    await firesAt(h, '2027-01-06T09:00:00Z', /^Reminder:/);
    await firesAt(h, '2027-01-06T10:00:00Z', /^Due now:/);
  });

  it('recording the meeting as held marks the booked meeting done, updates its reminders and starts the notes deadline', async () => {
    const h = await caseHarness('2026-12-28T11:00:00Z');
    await openIn(h);
    await h.say('case meeting strategy 2027-01-05 10:00');
    await h.at('2027-01-05T09:00:00Z');
    const meetingCopy = h.teams.posts.at(-1)!;
    expect(meetingCopy.message.title).toBe('Reminder: Strategy meeting, Tuesday 5 January 2027, 10:00');
    h.clock.set(new Date('2027-01-05T12:00:00Z'));
    const r = await h.say('case meeting held strategy 2027-01-05 11:30', SLACK_CHANNEL, BOB);
    const t = textOf(r.replies);
    expect(t).toContain('Marked done: Strategy meeting (due Tuesday 5 January 2027, 10:00)');
    expect(t).toMatch(/notes[^\n]*due Thursday 7 January 2027, 17:00/i);
    expect(h.teams.updates.map((u) => u.posted.messageId)).toContain(meetingCopy.messageId);
    expect(h.teams.updates.at(-1)!.message.title).toBe('Done: Strategy meeting');
    const posted = h.teams.posts.length;
    await h.at('2027-01-05T13:00:00Z');
    expect(h.teams.posts.slice(posted).map((p) => p.message.title)).not.toContain('Overdue: Strategy meeting');
  });

  it('a reminder button from a channel that does not follow the case changes nothing', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h, false);
    await h.say('case event looked-after 2026-12-24 10:00');
    await h.at('2026-12-29T17:00:00Z');
    await h.say('case open SG-2027-0999', OTHER_CHANNEL);
    const r = await h.click(button(h.teams.posts[0]!.message, 'Done'), {}, OTHER_CHANNEL);
    expect(textOf(r.replies)).toContain('does not follow');
    expect((await h.caseOf(KEY))!.deadlines[0]!.status).toBe('open');
  });
});

describe('escalation of what stays overdue (to the lead, once)', () => {
  it('overdue and nobody acted for 2 working hours: escalated once in every channel, naming the lead; audited once', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h);
    await h.say('case lead me');
    await h.say('case event looked-after 2026-12-24 10:00');
    await h.at('2026-12-31T10:59:00Z');
    expect(h.teams.posts.map((p) => p.message.title).filter((t) => /^Escalated/.test(t ?? ''))).toEqual([]);
    await h.at('2026-12-31T11:00:00Z');
    const esc = h.teams.posts.at(-1)!.message;
    expect(esc.title).toBe('Escalated: Hold the strategy meeting is overdue');
    const t = textOf(esc);
    expect(t).toContain('overdue since Wednesday 30 December 2026, 17:00 and nobody has acted on it for 2 working hours');
    expect(t).toContain('Alice, as lead coordinator');
    expect(esc.mentions).toEqual([expect.objectContaining({ id: 'u-alice' })]);
    expect(h.slack.posts.at(-1)!.message.title).toBe(esc.title);
    // Run again, and days on: never a second escalation (the daily reminders go on).
    await h.at('2026-12-31T11:00:00Z');
    for (const day of ['2027-01-04', '2027-01-05', '2027-01-06']) await h.at(`${day}T12:00:00Z`);
    const titles = h.teams.posts.map((p) => p.message.title ?? '');
    expect(titles.filter((x) => x.startsWith('Escalated'))).toHaveLength(1);
    expect(titles.filter((x) => x.startsWith('Overdue')).length).toBeGreaterThan(3);
    const log = await h.store.readLog('audit', { field: 'case', equals: KEY });
    expect(log.filter((e) => e.what === 'deadline-escalated')).toEqual([
      expect.objectContaining({ who: 'system', detail: expect.objectContaining({ rule: 'strategy-meeting', lead: 'u-alice' }) }),
    ]);
  });

  it('"I\'m on it" on an overdue reminder stops the escalation, keeps the deadline open, and every copy says who', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h);
    await h.say('case event looked-after 2026-12-24 10:00');
    await h.at('2026-12-29T17:00:00Z');
    // Before the due time there is no such button.
    expect(h.teams.posts[0]!.message.buttons!.map((b) => b.label)).not.toContain("I'm on it");
    await h.at('2026-12-30T18:00:00Z');
    const overdue = h.slack.posts.at(-1)!.message;
    expect(overdue.title).toMatch(/^Overdue:/);
    const r = await h.click(button(overdue, "I'm on it"), {}, SLACK_CHANNEL, BOB);
    expect(textOf(r.replies)).toContain('Bob is on it');
    expect(h.teams.updates.at(-1)!.message.buttons!.map((b) => b.label)).not.toContain("I'm on it");
    expect(textOf(h.teams.updates.at(-1)!.message)).toMatch(/Bob is on it \(Wednesday 30 December 2026, 18:00\): it will not be escalated/);
    await h.at('2027-01-06T12:00:00Z');
    const titles = h.teams.posts.map((p) => p.message.title ?? '');
    expect(titles.filter((x) => x.startsWith('Escalated'))).toEqual([]);
    expect(titles.filter((x) => x.startsWith('Overdue')).length).toBeGreaterThan(1); // still reminded until done
    const log = await h.store.readLog('audit', { field: 'case', equals: KEY });
    expect(log.filter((e) => e.what === 'deadline-acknowledged')).toEqual([expect.objectContaining({ who: 'Bob' })]);
  });

  it('without a lead, the escalation says a duty manager should take the case', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h, false);
    await h.say('case event looked-after 2026-12-24 10:00');
    await h.at('2026-12-31T11:00:00Z');
    const esc = h.teams.posts.at(-1)!.message;
    expect(esc.title).toMatch(/^Escalated/);
    expect(textOf(esc)).toContain('This case has no lead coordinator: a duty manager should take it now (type case lead me)');
    expect(esc.mentions).toBeUndefined();
  });

  it('an event recorded when its deadline is long past: the channel gets 2 working hours from then, not an escalation at once', async () => {
    const h = await caseHarness('2026-12-07T10:00:00Z');
    await openIn(h, false);
    await h.say('case event verbal-referral 2026-12-01 09:00');
    await h.at('2026-12-07T11:59:00Z');
    expect(h.teams.posts.map((p) => p.message.title)).toEqual(['Overdue: Send the written referral']);
    await h.at('2026-12-07T12:00:00Z');
    expect(h.teams.posts.at(-1)!.message.title).toBe('Escalated: Send the written referral is overdue');
  });

  it('Done before the escalation: none', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h, false);
    await h.say('case event looked-after 2026-12-24 10:00');
    await h.at('2026-12-31T09:00:00Z');
    await h.click(button(h.teams.posts.at(-1)!.message, 'Done'));
    await h.at('2027-01-06T12:00:00Z');
    expect(h.teams.posts.map((p) => p.message.title ?? '').filter((x) => x.startsWith('Escalated'))).toEqual([]);
  });
});

describe('delivery after downtime and failures', () => {
  it('missed reminders are posted once, marked late, in every channel', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h);
    await h.say('case event looked-after 2026-12-24 10:00');
    // Down from Christmas Eve until 20:00 on 30 December: four reminders were missed.
    await h.at('2026-12-30T20:00:00Z');
    expect(h.teams.posts).toHaveLength(1);
    expect(h.slack.posts).toHaveLength(1);
    const t = textOf(h.teams.posts[0]!.message);
    expect(h.teams.posts[0]!.message.title).toBe('Overdue: Hold the strategy meeting');
    expect(t).toContain('This reminder is late: it was meant to go out on Wednesday 30 December 2026, 18:00');
    await h.at('2026-12-30T20:05:00Z');
    expect(h.teams.posts).toHaveLength(1);
    await firesAt(h, '2026-12-31T09:00:00Z', /^Overdue:/);
    expect(textOf(h.teams.posts.at(-1)!.message)).not.toContain('late');
  });

  it('a retryable failure (429 with Retry-After) is retried then, without posting twice where it worked', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h);
    await h.say('case event looked-after 2026-12-24 10:00');
    h.teams.failNext = [new DeliveryError('429 Too Many Requests', true, 120_000)];
    await h.at('2026-12-29T17:00:00Z');
    expect(h.teams.posts).toHaveLength(0);
    expect(h.slack.posts).toHaveLength(1);
    await h.at('2026-12-29T17:01:59Z');
    expect(h.teams.posts).toHaveLength(0);
    await h.at('2026-12-29T17:02:00Z');
    expect(h.teams.posts).toHaveLength(1);
    expect(h.slack.posts).toHaveLength(1);
    // A 5xx without Retry-After backs off and is retried as well.
    h.slack.failNext = [new DeliveryError('502 Bad Gateway', true)];
    await h.at('2026-12-30T16:00:00Z');
    expect(h.slack.posts).toHaveLength(1);
    expect(h.teams.posts).toHaveLength(2);
    await h.at('2026-12-30T16:01:00Z');
    expect(h.slack.posts).toHaveLength(2);
    expect(h.teams.posts).toHaveLength(2);
  });

  it('a non-retryable failure (403: app removed) is logged and audited, and not retried', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h);
    await h.say('case event looked-after 2026-12-24 10:00');
    h.teams.failNext = [new DeliveryError('403 Forbidden', false)];
    await h.at('2026-12-29T17:00:00Z');
    expect(h.slack.posts).toHaveLength(1);
    await h.at('2026-12-29T19:00:00Z');
    expect(h.teams.posts).toHaveLength(0);
    expect(h.slack.posts).toHaveLength(1);
    const log = await h.store.readLog('audit', { field: 'case', equals: KEY });
    expect(log.filter((e) => e.what === 'reminder-failed')).toEqual([
      expect.objectContaining({ who: 'system', detail: expect.objectContaining({ platform: 'teams', reason: 'rejected' }) }),
    ]);
  });

  it('an unexpected error is retried too (a reminder is never dropped), and case audit still shows people’s actions', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h, false);
    await h.say('case event looked-after 2026-12-24 10:00');
    h.teams.failNext = [new Error('socket hang up')];
    await h.at('2026-12-29T17:00:00Z');
    expect(h.teams.posts).toHaveLength(0);
    await h.at('2026-12-29T17:01:00Z');
    expect(h.teams.posts).toHaveLength(1);
    const log = await h.store.readLog('audit', { field: 'case', equals: KEY });
    expect(log.some((e) => e.what === 'reminder-posted')).toBe(true);
    const items = (await h.say('case audit')).replies[0]!.blocks.flatMap((b) => (b.type === 'list' ? b.items : []));
    expect(items.some((i) => /recorded an event looked-after/.test(i))).toBe(true);
    expect(items.some((i) => /posted a reminder/.test(i))).toBe(false);
  });

  it('a post claimed by a runner that died is retried once the claim is stale, never doubled while it is fresh', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h, false);
    await h.say('case event looked-after 2026-12-24 10:00');
    const d = (await h.caseOf(KEY))!.deadlines[0]!;
    const job = `rem:${KEY}:${d.id}:${d.gen}:0`;
    // Another runner claimed the Teams post at 16:59:30 and died before posting.
    await h.store.put(REMINDER_POSTS, `${KEY}:${d.id}`, {
      copies: [],
      failed: [],
      claims: [{ job, channel: `teams:${TEAMS_CHANNEL.conversationId}`, at: '2026-12-29T16:59:30.000Z' }],
    });
    await h.at('2026-12-29T17:00:00Z');
    expect(h.teams.posts).toHaveLength(0);
    await h.at('2026-12-29T17:04:29Z');
    expect(h.teams.posts).toHaveLength(0);
    await h.at('2026-12-29T17:04:30Z');
    expect(h.teams.posts).toHaveLength(1);
    await h.at('2026-12-29T17:30:00Z');
    expect(h.teams.posts).toHaveLength(1);
  });

  it('a reminder is addressed by platform and channel only: the platform notifier finds the way there (test/teams/reminders)', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h, false);
    await h.say('case event looked-after 2026-12-24 10:00');
    await h.at('2026-12-29T17:00:00Z');
    expect(h.teams.posts[0]!.to).toEqual({ platform: 'teams', conversationId: TEAMS_CHANNEL.conversationId });
  });
});

describe('closed cases and retention', () => {
  it('a closed case gets no reminders; reopened, its open deadlines are reminded again', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h, false);
    await h.say('case event looked-after 2026-12-24 10:00');
    await h.click({ t: 'case', a: 'close-confirm', v: KEY });
    await h.at('2026-12-29T18:00:00Z');
    expect(h.teams.posts).toHaveLength(0);
    await h.say('case reopen');
    await firesAt(h, '2026-12-30T16:00:00Z', /^Reminder:/);
  });

  it('closed cases are purged after RETENTION_DAYS by the daily job, and the purge is audited without personal data', async () => {
    const h = await caseHarness('2027-01-04T09:00:00Z', { RETENTION_DAYS: '30' });
    await openIn(h);
    await h.say('case event looked-after 2027-01-04 08:30');
    h.clock.set(new Date('2027-01-04T10:00:00Z'));
    await h.click({ t: 'case', a: 'close-confirm', v: KEY });
    expect(await h.cases.purgeExpired(new Date('2027-02-03T09:59:00Z'))).toEqual([]);
    await h.at('2027-02-03T03:00:00Z');
    expect(await h.caseOf(KEY)).toBeDefined();
    await h.at('2027-02-04T03:00:00Z');
    expect(await h.caseOf(KEY)).toBeUndefined();
    expect(textOf((await h.say('case')).replies)).toContain('case open REF-123');
    const log = await h.store.readLog('audit', { field: 'case', equals: KEY });
    const purge = log.at(-1)!;
    expect(purge).toMatchObject({ what: 'case-purged', who: 'system', where: 'scheduler' });
    expect(JSON.stringify(purge)).not.toMatch(/Alice|Bob|u-alice|u-bob/);
    // The same reference can be used again afterwards.
    expect(textOf((await h.say(`case open ${REF}`)).replies)).toContain('opened');
  });

  it('nextDueAt gives the next planned reminder (for the playground clock)', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await openIn(h, false);
    expect(await h.cases.nextDueAt()).toBeUndefined();
    await h.say('case event looked-after 2026-12-24 10:00');
    expect((await h.cases.nextDueAt())?.toISOString()).toBe('2026-12-29T17:00:00.000Z');
  });
});
