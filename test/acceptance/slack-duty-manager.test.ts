// Acceptance: a duty manager runs a case in a Slack channel, through signed /safeguard commands and block_actions
// (state.values as Slack fills them), with an injected clock for the reminders. Christmas 2026: Fri 25 Dec and
// Mon 28 Dec (Boxing Day substitute) are bank holidays in England and Wales.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonLabels, blocksText, type Place } from '../support/fakeSlack.js';
import { normaliseText } from '../support/drivers.js';
import { runRemindersUntil, slackClick, slackSay, startAcceptance, type Acceptance } from './harness.js';

const CH = 'C0HAR0042';
const DUTY: Place = { channel: CH, channelName: 'har-0042', user: 'U0DUTY', userName: 'duty.manager' };
const SW: Place = { channel: CH, channelName: 'har-0042', user: 'U0SOCIAL', userName: 'social.worker' };

let a: Acceptance;
beforeAll(async () => {
  a = await startAcceptance('2026-12-24T09:30:00Z'); // Thursday 24 December 2026, 09:30 London
});
afterAll(async () => {
  await a?.close();
});

/** Channel posts (reminders) the app made to CH from call index `from` on. */
const postsFrom = (from: number) => a.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage' && c.body.channel === CH);
const textOfCall = (c: { body: Record<string, unknown> }) => normaliseText(blocksText(c));

/** Move the clock to each due reminder up to `until` and run it; returns the posts made to CH. */
async function runUntil(until: Date) {
  const from = a.fake.calls.length;
  await runRemindersUntil(a, until);
  return postsFrom(from);
}

describe('a duty manager runs case HAR-0042 in a Slack channel', () => {
  const duty = () => a.slackAt(DUTY);
  const d = { current: undefined as ReturnType<Acceptance['slackAt']> | undefined };

  it('opens the case and records "looked after" through the case card form', async () => {
    d.current = duty();
    const dm = d.current;
    await dm.say('case open HAR-0042');
    expect(dm.lastText()).toMatch(/HAR-0042 opened and linked to this channel/);
    await dm.click('Record an event');
    expect(dm.lastText()).toMatch(/What happened/);
    a.clock.set(new Date('2026-12-24T10:05:00Z'));
    await dm.click('Record', { type: 'looked-after', date: '2026-12-24', time: '10:00', meeting: 'strategy' });
    const t = dm.lastText();
    expect(t).toMatch(/Child became looked after: Thursday 24 December 2026, 10:00/);
    // Thu 24 + 2 working days, skipping Fri 25 (Christmas) and Mon 28 (Boxing Day substitute): Wed 30, end of day.
    expect(t).toMatch(/strategy meeting: due Wednesday 30 December 2026, 17:00 \(PG47 §14\)/i);
    expect(t).toMatch(/call 999/);
  });

  it('books the strategy meeting: the ICTG papers deadline is 2 working days before and the ICTG rules are given', async () => {
    const dm = d.current!;
    await dm.say('case meeting strategy 2026-12-30 14:00');
    const t = dm.lastText();
    expect(t).toMatch(/Strategy meeting booked for Wednesday 30 December 2026, 14:00/);
    // 2 working days before Wed 30: Tue 29 (1), Thu 24 (2): papers by Thursday 24 December.
    expect(t).toMatch(/papers: due Thursday 24 December 2026/i);
    expect(t).toMatch(/invite the ICTG worker/i);
    expect(t).toMatch(/notes, actions and decisions within 2 working days after/i);
  });

  it('ticks on the shared strategy meeting checklist are seen by another member on the same card, with progress', async () => {
    const posted = await slackSay(a, DUTY, 'checklist strategy meeting');
    expect(posted.text).toMatch(/0 of 9/);
    expect(posted.page.ephemeral).toBe(false); // the card is in the channel, for everyone
    const saved = await slackClick(a, posted.page, 'Save ticks', DUTY, { 'tick-0': ['within-two-days', 'invite-ictg'] });
    expect(saved.text).toMatch(/2 of 9/);
    // The channel's card itself changed (replaced in place, not a private copy).
    const replaced = saved.calls.filter((c) => (c.kind === 'respond' && c.body.replace_original === true) || c.method === 'chat.update');
    expect(replaced.length).toBeGreaterThan(0);
    expect(saved.page.ephemeral).toBe(false);

    // Another member, on that same card as it now shows (the two ticks already checked), adds one.
    const shown = { ...saved.page, ...(posted.page.ts ? { ts: posted.page.ts } : {}) };
    const more = await slackClick(a, shown, 'Save ticks', SW, {
      'tick-0': ['within-two-days', 'invite-ictg', 'share-information'],
    });
    expect(more.text).toMatch(/3 of 9/);
    expect(more.text).toMatch(/Last ticked by social.worker/);
    const card = await slackSay(a, SW, 'case');
    expect(card.text).toMatch(/Strategy meeting: 3 of 9/);
  });

  it('case audit lists who did what', async () => {
    const t = (await slackSay(a, DUTY, 'case audit')).text;
    expect(t).toMatch(/duty.manager opened the case/);
    expect(t).toMatch(/duty.manager .*looked-after|looked after/i);
    expect(t).toMatch(/social.worker ticked "Share information" \(Strategy meeting\)/);
    expect(t).toMatch(/duty.manager ticked "Convene it within 2 working days" \(Strategy meeting\)/);
    expect(t).toMatch(/duty.manager posted a checklist Strategy meeting/);
  });

  it('meeting reminders reach the channel with the ICTG rules and Done / Snooze / Reschedule', async () => {
    // The working day before the meeting (Tue 29) and on the day: reminders posted into the channel.
    const posts = await runUntil(new Date('2026-12-30T13:30:00Z'));
    const meeting = posts.filter((p) => /Strategy meeting/.test(textOfCall(p)) && /ICTG/.test(textOfCall(p)));
    expect(meeting.length).toBeGreaterThan(0);
    for (const p of meeting) {
      expect(textOfCall(p)).toMatch(/papers to the ICTG worker at least 2 working days before/i);
      expect(buttonLabels(p.body.blocks as Array<Record<string, unknown>>)).toEqual(
        expect.arrayContaining(['Done', 'Snooze 1 hour', 'Reschedule']),
      );
    }
    // Nothing is posted on the bank holidays (Fri 25, Mon 28) or the weekend for a meeting on Wed 30 13:00 London.
    for (const p of posts) expect(p.body.channel).toBe(CH);
  });

  it('case close asks to confirm, then no reminder is posted; case reopen brings the case back', async () => {
    const dm = d.current!;
    await dm.say('case close');
    expect(dm.lastText()).toMatch(/Close case HAR-0042\?/);
    await dm.click('Yes, close the case');
    expect(dm.lastText()).toMatch(/closed\. Its reminders have stopped/);
    const quiet = await runUntil(new Date('2027-01-08T17:00:00Z'));
    expect(quiet).toHaveLength(0);
    const refused = await slackSay(a, DUTY, 'case event looked-after 2027-01-08 10:00');
    expect(refused.text).toMatch(/HAR-0042 is closed/);
    expect(await a.server.app.cases.nextDueAt()).toBeUndefined();
    const reopened = await slackSay(a, DUTY, 'case reopen');
    expect(reopened.text).toMatch(/reopened/);
    const audit = (await slackSay(a, DUTY, 'case audit')).text;
    expect(audit).toMatch(/duty.manager closed the case/);
    expect(audit).toMatch(/duty.manager reopened the case/);
  });
});
