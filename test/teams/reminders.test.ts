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
    const proactive = fc.sent(channel.conversationId);
    expect(proactive.length).toBeGreaterThan(0);
    for (const p of proactive) {
      expect(p.activityId).toBeUndefined(); // a new message in the channel thread, not a reply
      const card = cardOf(p.body)!;
      expect(cardProblems(card)).toEqual([]);
      expect(cardText(card)).toContain('TC-2026-014');
    }
  });
});
