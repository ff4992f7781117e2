// Transcript tests of the case commands through the real Engine (MemoryStore, ManualClock).
import { describe, expect, it } from 'vitest';
import { caseHarness, textOf, button, TEAMS_CHANNEL, SLACK_CHANNEL, OTHER_CHANNEL, BOB } from './caseHarness.js';
import { CASES } from '../../src/cases/service.js';
import type { CaseRecord } from '../../src/cases/service.js';
import { JOBS_COLLECTION } from '../../src/reminders/embedded.js';

const REF = 'SG-2026-0147';
const KEY = REF.toLowerCase();

describe('case open and linking', () => {
  it('opens a case in a channel and says what follows', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    const r = await h.say(`case open ${REF}`);
    expect(textOf(r.replies)).toContain(`Case ${REF} opened and linked to this channel`);
    const c = await h.caseOf(KEY);
    expect(c?.status).toBe('open');
    expect(c?.channels.map((l) => l.conversationId)).toEqual([TEAMS_CHANNEL.conversationId]);
    expect(c?.openedBy).toEqual({ id: 'u-alice', name: 'Alice' });
  });

  it.each([
    ['case open John Smith', /name/i],
    ['case open Amira 7', /name/i],
    ['case open 12/03/2015', /date/i],
    ['case open 2015-03-12', /date/i],
    ['case open 12 March 2015', /date|digit/i],
    ['case open', /reference/i],
    ['case open abc', /digit/i],
  ])('refuses "%s" and says why, storing nothing', async (cmd, why) => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    const r = await h.say(cmd);
    expect(r.replies[0]!.personal).toBe(true);
    expect(textOf(r.replies)).toMatch(why);
    expect(await h.store.list(CASES)).toEqual([]);
  });

  it('links a second channel on another platform to the same case, and refuses a second case in one channel', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await h.store.put('teams-refs', TEAMS_CHANNEL.conversationId, {
      serviceUrl: 'http://127.0.0.1:1/',
      conversation: { id: TEAMS_CHANNEL.conversationId },
    });
    await h.say(`case open ${REF}`);
    const r = await h.join(REF.toLowerCase(), SLACK_CHANNEL, BOB);
    expect(textOf(r.asked.replies)).toContain(`I have asked the channels that follow it`);
    expect(textOf(r.approved.replies)).toContain('Alice approved the request from Bob');
    expect(r.setup.slack.at(-1)!.message.blocks.map((b) => (b.type === 'text' ? b.text : '')).join(' ')).toContain(
      `This channel now follows case ${REF}`,
    );
    const c = (await h.caseOf(KEY))!;
    expect(c.channels.map((l) => l.platform)).toEqual(['teams', 'slack']);
    expect(c.channels[0]!.ref).toBeUndefined(); // the Teams notifier reads the freshest reference itself
    const again = await h.say(`case open ${REF}`, SLACK_CHANNEL, BOB);
    expect(textOf(again.replies)).toContain('already follows');
    const other = await h.say('case open SG-2027-0002');
    expect(textOf(other.replies)).toContain(`already follows case ${REF}`);
    expect(await h.caseOf('sg-2027-0002')).toBeUndefined();
    const card = await h.say('case', SLACK_CHANNEL);
    expect(textOf(card.replies)).toContain('Channels: Teams, Slack');
  });

  it('a channel that followed a closed case can follow a new one; references may hold / and spaces', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await h.say(`case open ${REF}`);
    await h.click({ t: 'case', a: 'close-confirm', v: KEY });
    const r = await h.say('case open HAR/0042 B');
    expect(textOf(r.replies)).toContain('Case HAR/0042 B opened');
    expect((await h.caseOf(KEY))!.channels).toEqual([]);
    await h.say('case event verbal-referral 2026-12-24 09:00');
    expect((await h.caseOf('har/0042 b'))!.deadlines).toHaveLength(1);
    expect(textOf((await h.say('case')).replies)).toContain('Case HAR/0042 B');
  });

  it('explains how to link a case where the channel follows none', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    for (const cmd of ['case', 'case event looked-after today 10:00', 'case audit', 'case close']) {
      const r = await h.say(cmd, OTHER_CHANNEL);
      expect(textOf(r.replies)).toContain('case open REF-123');
    }
    const way = await h.click({ t: 'case', a: 'record-way', v: 's47' }, {}, OTHER_CHANNEL);
    expect(textOf(way.replies)).toMatch(/Recording the way forward needs a case.*case open/s);
  });
});

describe('events and deadlines', () => {
  it('records an event with who recorded it, lists the deadline as people read it, and persists reminders before replying', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await h.say(`case open ${REF}`);
    const r = await h.say('case event looked-after 2026-12-24 10:00');
    const t = textOf(r.replies);
    expect(t).toContain('Child became looked after: Thursday 24 December 2026, 10:00. Recorded by Alice.');
    expect(t).toContain('Hold the strategy meeting');
    expect(t).toContain('due Wednesday 30 December 2026, 17:00 (PG47 §14)');
    expect(t).toContain('If a child is in immediate danger, call 999');
    const c = (await h.caseOf(KEY))!;
    expect(c.events).toHaveLength(1);
    expect(c.events[0]).toMatchObject({ type: 'looked-after', recordedBy: { id: 'u-alice', name: 'Alice' } });
    const d = c.deadlines[0]!;
    const jobs = await h.store.list<{ id: string; runAt: string }>(JOBS_COLLECTION, `rem:${KEY}:${d.id}:`);
    expect(jobs.map((j) => j.value.runAt)).toEqual(d.plan.map((s) => s.at));
    expect(jobs.length).toBeGreaterThanOrEqual(3);
  });

  it('a strategy meeting booked over New Year: papers due 2 working days before, with the ICTG rules', async () => {
    const h = await caseHarness('2026-12-28T11:00:00Z');
    await h.say(`case open ${REF}`);
    const r = await h.say('case meeting strategy 2027-01-05 10:00');
    const t = textOf(r.replies);
    expect(t).toContain('Strategy meeting booked for Tuesday 5 January 2027, 10:00');
    expect(t).toMatch(/papers[^\n]*due Thursday 31 December 2026, 17:00 \(PG47 §13\.2\)/i);
    expect(t).toContain('invite the ICTG worker');
  });

  it('a meeting held on New Year’s Eve: notes to the ICTG within 2 working days (after the bank holiday)', async () => {
    const h = await caseHarness('2026-12-31T16:00:00Z');
    await h.say(`case open ${REF}`);
    const r = await h.say('case meeting held 2026-12-31 15:00');
    expect(textOf(r.replies)).toMatch(/notes[^\n]*due Tuesday 5 January 2027, 17:00 \(PG47 §13\.2\)/i);
  });

  it('verbal referral → written referral 48 elapsed hours later, across the March clock change', async () => {
    const h = await caseHarness('2026-03-28T10:30:00Z');
    await h.say(`case open ${REF}`);
    const r = await h.say('case event verbal-referral 2026-03-28 10:00');
    expect(textOf(r.replies)).toContain('due Monday 30 March 2026, 11:00 (PG47 §14)');
  });

  it('an event recorded late says which deadlines are already overdue', async () => {
    const h = await caseHarness('2026-12-31T12:00:00Z');
    await h.say(`case open ${REF}`);
    const r = await h.say('case event verbal-referral 2026-12-28 10:00');
    expect(textOf(r.replies)).toContain('OVERDUE, do it now: Send the written referral');
    // The channel hears of it at once (not marked late), then daily on working days.
    await h.cases.runDue();
    expect(h.teams.titles()).toEqual(['Overdue: Send the written referral']);
    expect(textOf(h.teams.posts[0]!.message)).not.toContain('late');
  });

  it.each([
    ['case event looked-after 2026-13-45 10:00', /date/i],
    ['case event flying 2026-12-24 10:00', /Which event/i],
    ['case event looked-after 2026-12-24 25:00', /time/i],
    ['case meeting strategy 2026-12-20 10:00', /already passed/i],
    ['case meeting strategy 2027-01-05', /time/i],
    ['case event looked-after 2026-12-24 10:00 John Smith', /could not read/i],
    ['case frobnicate', /do not know/i],
  ])('bad input "%s" gets a clear message and changes nothing', async (cmd, why) => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await h.say(`case open ${REF}`);
    const before = await h.caseOf(KEY);
    const r = await h.say(cmd);
    expect(textOf(r.replies)).toMatch(why);
    expect(await h.caseOf(KEY)).toEqual(before);
  });

  it('records an event from the card form once, even if the form is sent twice', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    const opened = await h.say(`case open ${REF}`);
    const form = await h.click(button(opened, 'Record an event'));
    const ids = form.replies[0]!.blocks.flatMap((b) => (b.type === 'input' ? [b.input.id] : []));
    expect(ids).toEqual(['type', 'meeting', 'date', 'time']);
    const record = button(form, 'Record');
    const values = { type: 'nrm-referral', date: '2026-12-24', time: '09:15', meeting: 'strategy' };
    const r1 = await h.click(record, values);
    expect(r1.replaceSource).toBe(true);
    expect(textOf(r1.replies)).toContain('NRM referral sent: Thursday 24 December 2026, 09:15');
    expect(textOf(r1.replies)).toMatch(/ICTG[^\n]*due Thursday 24 December 2026/);
    const r2 = await h.click(record, values);
    expect(textOf(r2.replies)).toContain('recorded already');
    expect((await h.caseOf(KEY))!.events).toHaveLength(1);
    const bad = await h.click(button(form, 'Record'), { type: 'looked-after', date: 'soon', time: '10:00' });
    expect(textOf(bad.replies)).toMatch(/date/i);
    expect((await h.caseOf(KEY))!.events).toHaveLength(1);
  });

  it('records the way forward from the ways-forward result button, with who chose it (s.47 → strategy meeting)', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await h.say(`case open ${REF}`);
    // Walk the real ways-forward flow to its result, then press its "Record on this case" button.
    let res = await h.say('ways forward');
    for (let i = 0; i < 5 && !res.replies.some((m) => m.buttons?.some((b) => b.action.a === 'record-way')); i++) {
      const choice = res.replies.flatMap((m) => m.buttons ?? []).find((b) => b.action.v === 's47' || /s\.?47/i.test(b.label));
      if (!choice) break;
      res = await h.click(choice.action);
    }
    const rec = res.replies.flatMap((m) => m.buttons ?? []).find((b) => b.action.a === 'record-way')!;
    expect(rec.action).toEqual({ t: 'case', a: 'record-way', v: 's47' });
    const r = await h.click(rec.action, {}, TEAMS_CHANNEL, BOB);
    const t = textOf(r.replies);
    expect(t).toContain('Way forward chosen: c) Child protection enquiry (s.47)');
    expect(t).toContain('Recorded by Bob');
    // 2 working days from Christmas Eve: Christmas Day and the Boxing Day substitute (Mon 28) do not count.
    expect(t).toContain('Hold the strategy meeting: due Wednesday 30 December 2026, 17:00 (PG47 §14)');
    expect(t).toContain('Tell the referrer which plan is in place (PG47 §13.3)');
    const audit = await h.store.readLog('audit', { field: 'case', equals: KEY });
    expect(audit.at(-1)).toMatchObject({ what: 'way-recorded', who: 'Bob', detail: { way: 's47' } });
    // A second click straight after records nothing new.
    await h.click(rec.action, {}, TEAMS_CHANNEL, BOB);
    expect((await h.caseOf(KEY))!.events.filter((e) => e.type === 'way-forward')).toHaveLength(1);
    const card = await h.say('case');
    expect(textOf(card.replies)).toContain('Way forward: c) Child protection enquiry (s.47) (Bob)');
  });
});

describe('help and the way forward as text', () => {
  it('case help lists the commands, and help mentions case open', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    const t = textOf((await h.say('case help', OTHER_CHANNEL)).replies);
    for (const cmd of [
      'case open REF-123',
      'case event verbal-referral',
      'case meeting',
      'case meeting held',
      'case way',
      'checklist golden hour',
      'case audit',
      'case close / case reopen',
    ])
      expect(t).toContain(cmd);
    expect(textOf((await h.say('help', OTHER_CHANNEL)).replies)).toContain('case open REF-123');
  });

  it('case way s20 records accommodation: looked after, strategy meeting due, referrer to be told', async () => {
    const h = await caseHarness('2027-03-25T14:30:00Z');
    await h.say(`case open ${REF}`);
    const t = textOf((await h.say('case way s20')).replies);
    expect(t).toContain('Way forward chosen: b) Accommodation under s.20');
    expect(t).toContain('due Wednesday 31 March 2027, 17:00 (PG47 §14)');
    expect(t).toContain('Emergency Protection Order');
    expect(t).toContain('Tell the referrer which plan is in place (PG47 §13.3)');
    const bad = await h.say('case way maybe');
    expect(textOf(bad.replies)).toContain('assessment, s20, s47 or nfa');
    expect((await h.caseOf(KEY))!.events).toHaveLength(1);
  });
});

describe('case card, close, reopen, audit', () => {
  it('shows due, overdue and done deadlines on the card', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await h.say(`case open ${REF}`);
    await h.say('case event child-identified 2026-12-24 10:00');
    h.clock.set(new Date('2026-12-24T12:00:00Z'));
    const c = (await h.caseOf(KEY))!;
    const missing = c.deadlines.find((d) => d.rule === 'missing-risk')!;
    await h.click({ t: 'case', a: 'dl-done', v: `${KEY}|${missing.id}` });
    const t = textOf((await h.say('case')).replies);
    expect(t).toMatch(/Overdue \(1\)\n[^\n]*golden hour/i);
    expect(t).toMatch(/Due \(1\)/);
    expect(t).toMatch(/Done \(1\)\n[^\n]*done Thursday 24 December 2026, 12:00 by Alice/);
  });

  it('closes only after confirmation, refuses events while closed, and reopens', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await h.say(`case open ${REF}`);
    await h.say('case event looked-after 2026-12-24 10:00');
    const ask = await h.say('case close');
    expect(textOf(ask.replies)).toContain('Close case SG-2026-0147?');
    expect((await h.caseOf(KEY))!.status).toBe('open');
    const keep = await h.click(button(ask, 'No, keep it open'));
    expect(textOf(keep.replies)).toContain('Status: Open');
    const done = await h.click(button(ask, 'Yes, close the case'));
    expect(textOf(done.replies)).toContain('closed');
    expect((await h.caseOf(KEY))!.status).toBe('closed');
    const refused = await h.say('case event verbal-referral 2026-12-24 10:00');
    expect(textOf(refused.replies)).toContain('closed');
    expect((await h.caseOf(KEY))!.events).toHaveLength(1);
    const re = await h.say('case reopen');
    expect(textOf(re.replies)).toContain('reopened');
    expect((await h.caseOf(KEY))!.status).toBe('open');
  });

  it('case audit shows the last 20 entries with who, what and where', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await h.say(`case open ${REF}`);
    await h.join(REF, SLACK_CHANNEL, BOB);
    for (let i = 0; i < 22; i++) await h.say(`case event verbal-referral 2026-12-24 ${String(i % 10).padStart(2, '0')}:0${i % 6}`);
    const r = await h.say('case audit', SLACK_CHANNEL, BOB);
    const items = r.replies[0]!.blocks.flatMap((b) => (b.type === 'list' ? b.items : []));
    expect(items).toHaveLength(20);
    expect(items.at(-1)).toMatch(/Alice recorded an event verbal-referral \(Teams\)/);
    const log = await h.store.readLog('audit', { field: 'case', equals: KEY });
    expect(log[1]).toMatchObject({ who: 'Bob', what: 'join-requested', where: `slack:${SLACK_CHANNEL.conversationId}` });
    expect(log[2]).toMatchObject({ who: 'Alice', what: 'join-approved', where: `teams:${TEAMS_CHANNEL.conversationId}` });
    for (const e of log) expect(Object.keys(e).sort()).toEqual(expect.arrayContaining(['case', 'who', 'what', 'when', 'where']));
  });
});

describe('checklists on a case', () => {
  it('posts a shared checklist; ticks are saved, seen by everyone, progress shows, the audit says who ticked what', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await h.say(`case open ${REF}`);
    await h.join(REF, SLACK_CHANNEL, BOB);
    const card = await h.say('checklist golden hour');
    // The team's card, shown to the channel (the engine marks a case command's replies so).
    expect(card.replies[0]!.personal).toBe(false);
    expect(textOf(card.replies)).toContain('0 of 9');
    const inputs = card.replies[0]!.blocks.flatMap((b) => (b.type === 'input' && b.input.kind === 'choice' ? [b.input] : []));
    const items = inputs.flatMap((i) => (i.kind === 'choice' ? i.options.map((o) => o.value) : []));
    expect(items).toHaveLength(9);
    const saved = await h.click(button(card, 'Save ticks'), { 'tick-0': items.slice(0, 4) });
    expect(saved.replaceSource).toBe(true);
    expect(textOf(saved.replies)).toContain('4 of 9');
    // Bob, in the Slack channel, sees the same ticks.
    const bobs = await h.say('checklist golden hour', SLACK_CHANNEL, BOB);
    expect(textOf(bobs.replies)).toContain('4 of 9');
    // A stale card (Alice's first one) cannot untick what was ticked since; it can add.
    const stale = await h.click(button(card, 'Save ticks'), { 'tick-0': [items[5]!] });
    expect(textOf(stale.replies)).toContain('5 of 9');
    // Bob's card is stale now too: his untick of item 1 is not applied.
    const bobStale = await h.click(button(bobs, 'Save ticks'), { 'tick-0': items.slice(1, 4) }, SLACK_CHANNEL, BOB);
    expect(textOf(bobStale.replies)).toContain('5 of 9');
    // From a fresh card, Bob unticks item 1.
    const fresh = await h.say('checklist golden hour', SLACK_CHANNEL, BOB);
    const bobSave = await h.click(button(fresh, 'Save ticks'), { 'tick-0': [...items.slice(1, 4), items[5]!] }, SLACK_CHANNEL, BOB);
    expect(textOf(bobSave.replies)).toContain('4 of 9');
    const log = await h.store.readLog('audit', { field: 'case', equals: KEY });
    expect(log.filter((e) => e.what === 'checklist-ticked' && e.who === 'Alice')).toHaveLength(5);
    expect(log.find((e) => e.what === 'checklist-unticked')).toMatchObject({
      who: 'Bob',
      detail: { checklist: 'golden-hour', item: items[0] },
    });
    const c = textOf((await h.say('case')).replies);
    expect(c).toContain('The golden hour: 4 of 9');
  });

  it('outside a case channel, checklist stays the personal checklist flow', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    const r = await h.say('checklist golden hour', OTHER_CHANNEL);
    expect(r.replies[0]!.personal).toBe(true);
    expect(r.replies.flatMap((m) => m.buttons ?? []).some((b) => b.action.t === 'case')).toBe(false);
  });
});

describe('privacy', () => {
  it('stores only structured fields: no typed free text ends up in the case record', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    await h.say(`case open ${REF}`);
    await h.say('case event looked-after 2026-12-24 10:00');
    await h.say('case event looked-after 2026-12-24 10:00 lives at 12 Acacia Road');
    const stored = JSON.stringify(await h.store.get<CaseRecord>(CASES, KEY));
    expect(stored).not.toMatch(/Acacia/);
  });
});

describe('a question that starts with "case"', () => {
  it('is answered as a question, not refused as an unknown case command', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    const q = await h.say('case conference within how many days?');
    expect(textOf(q.replies)).not.toContain('I do not know "case');
    expect(textOf(q.replies)).not.toContain('case open');
    expect(textOf(q.replies)).toContain('15 working days'); // the initial child protection conference (Working Together 2023)
    const unknown = await h.say(`case frobnicate`);
    expect(textOf(unknown.replies)).toContain('Link this channel');
  });
});
