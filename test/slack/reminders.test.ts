// Case reminders in a Slack channel, through the real app with an injected clock: posted to the channel
// by the notifier (not ephemeral), with inline date/time pickers; Reschedule and Done update it in place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { buttonLabels, visibleText } from '../support/fakeSlack.js';
import { CHANNEL, seen, startSlackHarness, type SlackHarness } from './harness.js';

const clock = new ManualClock(new Date('2026-11-23T10:00:00Z')); // a Monday
let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness({ clock });
});
afterAll(async () => {
  await h?.close();
});

describe('Slack case reminders', () => {
  it('posts the reminder to the channel and updates it in place for everyone', async () => {
    const at = { ...CHANNEL, channel: 'C0REMIND', user: 'U0LEAD' };
    for (const cmd of ['case open SG-REM-001', 'case event looked-after 2026-11-23 09:00']) {
      const { res, from } = await h.slack.command(cmd, at);
      expect(res.status).toBe(200);
      expect(seen(await h.fake.nextMessage(from)).ephemeral).toBe(false);
    }
    const cases = h.server.app.cases;
    const due = await cases.nextDueAt();
    expect(due).toBeDefined();
    clock.set(due!);
    const from = h.fake.calls.length;
    expect(await cases.runDue()).toBeGreaterThan(0);
    const post = await h.fake.postIn(at.channel, { from });
    const reminder = seen(post);
    expect(reminder.ts).toBeTruthy();
    expect(visibleText(reminder.blocks)).toMatch(/SG-REM-001/);
    expect(buttonLabels(reminder.blocks)).toEqual(expect.arrayContaining(['Done', 'Reschedule']));
    const pickers = reminder.blocks.flatMap((b) =>
      b.type === 'actions' ? (b.elements as Array<{ type: string }>).map((e) => e.type) : [],
    );
    expect(pickers).toEqual(expect.arrayContaining(['datepicker', 'timepicker']));

    // Another member of the channel reschedules: the channel's message changes, not a private copy.
    const bob = { ...at, user: 'U0BOB', userName: 'bob' };
    const r = await h.slack.click(reminder, 'Reschedule', bob, { date: '2026-11-27', time: '11:00' });
    const upd = await h.fake.waitFor((c) => c.method === 'chat.update' && c.body.channel === at.channel, { from: r.from });
    expect(upd.body.ts).toBe(reminder.ts);
    expect(visibleText(seen(upd).blocks)).toMatch(/27/);

    // The case module also refreshes every posted copy through the notifier: the same message, updated again.
    const d = await h.slack.click({ ...seen(upd), ts: reminder.ts! }, 'Done', at);
    const done = await h.fake.waitFor(
      (c) =>
        c.method === 'chat.update' &&
        c.body.channel === at.channel &&
        !buttonLabels(c.body.blocks as Array<Record<string, unknown>>).includes('Done'),
      { from: d.from },
    );
    expect(done.body.ts).toBe(reminder.ts);
    expect(visibleText(seen(done).blocks)).toMatch(/done/i);
    expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.body.channel === at.channel)).toHaveLength(0);
  });
});
