// Acceptance: dates and times as practitioners type them in a case channel ("24 Dec 2026 10:00", "24/12/2026",
// "30 dec 2pm", "10:00"), and the same event typed twice is recorded once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Place } from '../support/fakeSlack.js';
import { slackSay, startAcceptance, type Acceptance } from './harness.js';

const CH: Place = { channel: 'C0DATES', channelName: 'lam-0310', user: 'U0SW', userName: 'sw' };
let a: Acceptance;
beforeAll(async () => {
  a = await startAcceptance('2026-12-24T11:00:00Z'); // Thursday 24 December 2026, 11:00
  await slackSay(a, CH, 'case open LAM-0310');
});
afterAll(async () => {
  await a?.close();
});

const strategyDeadlines = async () => (await slackSay(a, CH, 'case')).text.match(/Hold the strategy meeting: due/g)?.length ?? 0;

describe('dates as people type them', () => {
  it.each([
    ['case event looked-after 24 Dec 2026 10:00', /Child became looked after: Thursday 24 December 2026, 10:00/],
    ['case event verbal-referral 23rd December 16:30', /Verbal referral made: Wednesday 23 December 2026, 16:30/],
    ['case event nrm-referral 10:00', /NRM referral sent: Thursday 24 December 2026, 10:00/],
    ['case meeting strategy 30 dec 2pm', /Strategy meeting booked for Wednesday 30 December 2026, 14:00/],
    [
      'case meeting review 5 January 2027 09:30',
      /Review meeting booked for Tuesday 5 January 2027, 09:30|booked for Tuesday 5 January 2027, 09:30/,
    ],
  ])('%s', async (cmd, expected) => {
    const r = await slackSay(a, CH, cmd);
    expect(r.text).toMatch(expected);
  });

  it('the same event typed again (another way) is recorded once', async () => {
    expect(await strategyDeadlines()).toBe(1);
    for (const again of ['case event looked-after 24/12/2026 10:00', 'case event looked after 2026-12-24 10:00']) {
      const r = await slackSay(a, CH, again);
      expect(r.text).toMatch(/recorded already: nothing changed/);
      expect(r.text).not.toMatch(/New deadline/);
    }
    expect(await strategyDeadlines()).toBe(1);
    // A different time is a different event.
    const other = await slackSay(a, CH, 'case event looked-after 24 Dec 2026 10:30');
    expect(other.text).toMatch(/New deadline/);
    expect(await strategyDeadlines()).toBe(2);
  });

  it('a date that is not one still says so', async () => {
    const r = await slackSay(a, CH, 'case event looked-after 31 feb 2026 10:00');
    expect(r.text).toMatch(/not a real date/);
  });
});
