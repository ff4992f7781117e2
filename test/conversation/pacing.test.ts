// Pacing of proactive sends (src/conversation/pacing.ts): 1,000 reminders falling due in one minute stay under Teams'
// limits (7/s and 60/30 s per conversation, 50/s per app) and Slack's (1/s per channel), a 429's Retry-After is kept,
// and nothing is dropped: a send refused for pacing carries the wait, and is sent again then (as the scheduler does).
// Time is virtual (a ManualClock moved by the sleeps); nothing waits for real.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import type { Message } from '../../src/conversation/model.js';
import { DeliveryError, type ChannelAddress, type Notifier, type PostedMessage } from '../../src/conversation/notifier.js';
import { PacedNotifier, Pacer, type PacingLimits, type RateWindow } from '../../src/conversation/pacing.js';
import { TEAMS_LIMITS } from '../../src/teams/rateLimits.js';
import { SLACK_LIMITS } from '../../src/slack/rateLimits.js';

const T0 = Date.parse('2026-12-24T09:00:00Z');
const msg: Message = { title: 'Reminder', blocks: [{ type: 'text', text: 'Strategy meeting due' }] };

class Recording implements Notifier {
  sends: Array<{ channel: string; at: number }> = [];
  fail: Array<DeliveryError | undefined> = [];
  constructor(
    readonly platform: 'teams' | 'slack',
    private readonly clock: ManualClock,
  ) {}
  async post(to: ChannelAddress): Promise<PostedMessage> {
    const e = this.fail.shift();
    if (e) throw e;
    this.sends.push({ channel: to.conversationId, at: this.clock.now().getTime() });
    return { platform: this.platform, conversationId: to.conversationId, messageId: String(this.sends.length) };
  }
  async update(): Promise<void> {}
}

/** The most sends found in any interval of `w.ms`. */
function busiest(times: number[], w: RateWindow): number {
  const s = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < s.length; i++) {
    while (s[i]! - s[j]! >= w.ms) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

function rig(platform: 'teams' | 'slack', limits: PacingLimits) {
  const clock = new ManualClock(new Date(T0));
  const inner = new Recording(platform, clock);
  const sleep = async (ms: number) => clock.advance(ms);
  return { clock, inner, paced: new PacedNotifier(inner, limits, clock, sleep) };
}

/**
 * Posts every reminder at its due time, one after another as the scheduler runs them; one refused (paced or 429) is
 * run again after its retryAfterMs. Returns the refusals.
 */
async function deliver(r: ReturnType<typeof rig>, due: Array<{ channel: string; at: number }>): Promise<number> {
  const queue = [...due].sort((a, b) => a.at - b.at);
  let refused = 0;
  while (queue.length) {
    const next = queue.shift()!;
    if (r.clock.now().getTime() < next.at) r.clock.set(new Date(next.at));
    try {
      await r.paced.post({ platform: r.inner.platform, conversationId: next.channel }, msg);
    } catch (e) {
      expect(e).toBeInstanceOf(DeliveryError);
      expect((e as DeliveryError).retryable).toBe(true);
      refused++;
      queue.push({ channel: next.channel, at: r.clock.now().getTime() + (e as DeliveryError).retryAfterMs! });
      queue.sort((a, b) => a.at - b.at);
    }
  }
  return refused;
}

const inMinute = (n: number, channels: number, seed = 7) => {
  let x = seed;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => ({ channel: `c${i % channels}`, at: T0 + Math.floor(rnd() * 60_000) }));
};

describe('pacing of proactive sends', () => {
  it('Teams: 1,000 reminders due in one minute over 100 conversations: all sent, never over 7/s or 60/30 s per conversation nor 50/s for the app', async () => {
    const r = rig('teams', TEAMS_LIMITS);
    await deliver(r, inMinute(1000, 100));
    expect(r.inner.sends).toHaveLength(1000);
    const times = r.inner.sends.map((s) => s.at);
    expect(busiest(times, { limit: 50, ms: 1000 })).toBeLessThanOrEqual(50);
    for (let c = 0; c < 100; c++) {
      const mine = r.inner.sends.filter((s) => s.channel === `c${c}`).map((s) => s.at);
      expect(busiest(mine, { limit: 7, ms: 1000 })).toBeLessThanOrEqual(7);
      expect(busiest(mine, { limit: 60, ms: 30_000 })).toBeLessThanOrEqual(60);
    }
  });

  it('Teams: 100 reminders for one conversation at the same instant go out 7 a second, then 60 per 30 s', async () => {
    const r = rig('teams', TEAMS_LIMITS);
    const refused = await deliver(
      r,
      Array.from({ length: 100 }, () => ({ channel: 'busy', at: T0 })),
    );
    expect(r.inner.sends).toHaveLength(100);
    expect(refused).toBeGreaterThan(0); // the far ones were handed back with their wait, not held
    const times = r.inner.sends.map((s) => s.at);
    expect(busiest(times, { limit: 7, ms: 1000 })).toBe(7);
    expect(busiest(times, { limit: 60, ms: 30_000 })).toBe(60);
    expect(Math.max(...times) - T0).toBeGreaterThanOrEqual(30_000); // the 61st waited for the 30 s window
  });

  it('Slack: 1,000 reminders due in one minute over 200 channels: all sent, never more than 1 per second per channel over 3 s', async () => {
    const r = rig('slack', SLACK_LIMITS);
    await deliver(r, inMinute(1000, 200));
    expect(r.inner.sends).toHaveLength(1000);
    for (let c = 0; c < 200; c++) {
      const mine = r.inner.sends.filter((s) => s.channel === `c${c}`).map((s) => s.at);
      expect(busiest(mine, { limit: 3, ms: 3000 })).toBeLessThanOrEqual(3);
    }
  });

  it('a 429 with Retry-After: Teams stops that conversation, Slack the whole app, until it is over; then all go', async () => {
    const teams = rig('teams', TEAMS_LIMITS);
    teams.inner.fail.push(new DeliveryError('Teams 429', true, 5000));
    await expect(teams.paced.post({ platform: 'teams', conversationId: 'a' }, msg)).rejects.toMatchObject({ retryAfterMs: 5000 });
    await expect(teams.paced.post({ platform: 'teams', conversationId: 'a' }, msg)).rejects.toMatchObject({
      retryable: true,
      retryAfterMs: 5000,
    });
    await teams.paced.post({ platform: 'teams', conversationId: 'b' }, msg); // another conversation is not held up
    teams.clock.advance(5000);
    await teams.paced.post({ platform: 'teams', conversationId: 'a' }, msg);
    expect(teams.inner.sends.map((s) => s.channel)).toEqual(['b', 'a']);

    const slack = rig('slack', SLACK_LIMITS);
    slack.inner.fail.push(new DeliveryError('Slack rate limit', true, 30_000));
    await expect(slack.paced.post({ platform: 'slack', conversationId: 'C1' }, msg)).rejects.toMatchObject({ retryAfterMs: 30_000 });
    await expect(slack.paced.post({ platform: 'slack', conversationId: 'C2' }, msg)).rejects.toMatchObject({ retryAfterMs: 30_000 });
    expect(slack.inner.sends).toHaveLength(0);
    slack.clock.advance(30_000);
    await slack.paced.post({ platform: 'slack', conversationId: 'C2' }, msg);
    expect(slack.inner.sends).toHaveLength(1);
  });

  it('a send the platform refused for another reason (403, 5xx) gives its slot back', () => {
    const p = new Pacer({ perChannel: [{ limit: 1, ms: 1000 }], perApp: [], blockOn429: 'channel' }, () => T0);
    const a = p.reserve('x');
    expect(a).toMatchObject({ waitMs: 0, reserved: true });
    expect(p.reserve('x')).toMatchObject({ waitMs: 1000 });
    p.release('x', T0 + 1000);
    p.release('x', a.at);
    expect(p.reserve('x')).toMatchObject({ waitMs: 0, reserved: true });
  });
});
