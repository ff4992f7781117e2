// Acceptance: once the strategy meeting has been held, the "hold the strategy meeting within 2 working days"
// deadline (PG47 §14) is met: it shows as done and no more reminders about it reach the channel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocksText, type Place } from '../support/fakeSlack.js';
import { normaliseText } from '../support/drivers.js';
import { runRemindersUntil, slackSay, startAcceptance, type Acceptance } from './harness.js';

const CH: Place = { channel: 'C0HELD', channelName: 'wal-0031', user: 'U0DUTY', userName: 'duty' };
let a: Acceptance;
beforeAll(async () => {
  a = await startAcceptance('2026-12-24T09:30:00Z');
});
afterAll(async () => {
  await a?.close();
});

const posts = (from: number) =>
  a.fake.calls
    .slice(from)
    .filter((c) => c.method === 'chat.postMessage' && c.body.channel === CH.channel)
    .map((c) => normaliseText(blocksText(c)));

async function runUntil(until: Date): Promise<number> {
  const from = a.fake.calls.length;
  await runRemindersUntil(a, until);
  return from;
}

describe('a strategy meeting held', () => {
  it('meets the strategy meeting deadline of the looked-after event; its reminders stop', async () => {
    await slackSay(a, CH, 'case open WAL-0031');
    const r = await slackSay(a, CH, 'case event looked-after 2026-12-24 09:00');
    expect(r.text).toMatch(/Hold the strategy meeting: due Wednesday 30 December 2026, 17:00/);
    await slackSay(a, CH, 'case meeting strategy 2026-12-29 10:00');
    a.clock.set(new Date('2026-12-29T12:00:00Z'));
    const held = await slackSay(a, CH, 'case meeting held strategy 2026-12-29 11:30');
    expect(held.text).toMatch(/Marked done: Hold the strategy meeting/);
    expect(held.text).toMatch(/Send notes, actions and decisions to the ICTG: due Thursday 31 December 2026, 17:00/);
    const card = await slackSay(a, CH, 'case');
    expect(card.text).toMatch(/Done \(2\).*Hold the strategy meeting: done/);
    const from = await runUntil(new Date('2027-01-06T17:00:00Z'));
    const after = posts(from);
    expect(after.filter((t) => /Hold the strategy meeting/.test(t))).toHaveLength(0);
    // The notes deadline is still reminded: the channel is not simply silent.
    expect(after.some((t) => /Send notes, actions and decisions to the ICTG/.test(t))).toBe(true);
  });
});
