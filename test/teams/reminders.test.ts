// Case reminders reach a Teams channel: the channel links a case over the Teams protocol, a deadline falls due
// on the injected clock, and the reminder is posted proactively to serviceUrl from the stored reference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector, TeamsActivities, cardOf, person, postActivity } from '../support/fakeConnector.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ManualClock } from '../../src/clock.js';
import { cardProblems, cardText } from './cards.js';

let fc: FakeConnector;
let srv: TestServer;
const clock = new ManualClock(new Date('2026-11-23T10:00:00Z')); // a Monday

beforeAll(async () => {
  fc = await new FakeConnector().start();
  srv = await startTestServer({ clock });
});
afterAll(async () => {
  await srv?.close();
  await fc?.close();
});

describe('reminders into a Teams channel', () => {
  it('a due deadline is posted proactively into the case channel as a valid card', async () => {
    const channel = TeamsActivities.channel(fc.url, person(701), '1700000007000');
    await postActivity(srv.url, channel.message('case open TC-2026-014'));
    const opened = fc.sent(channel.conversationId);
    expect(opened).toHaveLength(1);
    expect(cardText(cardOf(opened[0]!.body)!)).toContain('TC-2026-014');

    await postActivity(srv.url, channel.message('case event verbal-referral 2026-11-23 09:30'));
    expect(fc.sent(channel.conversationId)).toHaveLength(2);

    fc.requests.length = 0;
    clock.advance(14 * 24 * 3600 * 1000);
    const delivered = await srv.app.cases.runDue();
    expect(delivered).toBeGreaterThan(0);
    // Proactive posts go to the channel itself (a new post), not into the thread the case was opened in.
    const channelId = channel.conversationId.split(';')[0]!;
    expect(fc.sent(channel.conversationId)).toHaveLength(0);
    const proactive = fc.sent(channelId);
    expect(proactive.length).toBeGreaterThan(0);
    for (const p of proactive) {
      expect(p.activityId).toBeUndefined(); // a new message in the channel, not a reply
      const card = cardOf(p.body)!;
      expect(cardProblems(card)).toEqual([]);
      expect(cardText(card)).toContain('TC-2026-014');
    }
  });

  it('a case opened in one thread of a channel is the case of every thread of that channel', async () => {
    // The first test opened TC-2026-014 in thread 1700000007000; ask in another thread of the same channel.
    const other = TeamsActivities.channel(fc.url, person(703), '1700000009000');
    await postActivity(srv.url, other.message('case'));
    const shown = fc.sent(other.conversationId);
    expect(shown).toHaveLength(1);
    expect(cardText(cardOf(shown[0]!.body)!)).toContain('TC-2026-014');
  });
});
