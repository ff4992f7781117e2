import { describe, expect, it } from 'vitest';
import { WebNotifier } from '../../src/web/notifier.js';
import { OffsetClock } from '../../src/web/demoClock.js';
import { ManualClock } from '../../src/clock.js';
import { DeliveryError } from '../../src/conversation/notifier.js';
import { simpleMessage } from '../../src/conversation/model.js';

describe('WebNotifier', () => {
  it('records posts per conversation with the bot time, and updates them in place', async () => {
    const clock = new ManualClock(new Date('2026-03-27T10:00:00Z'));
    const n = new WebNotifier(clock);
    const changed: string[] = [];
    n.onChange((id) => changed.push(id));
    const posted = await n.post({ platform: 'web', conversationId: 'c1' }, simpleMessage('Reminder: written referral due'));
    await n.post({ platform: 'web', conversationId: 'c2' }, simpleMessage('other'));
    expect(posted).toMatchObject({ platform: 'web', conversationId: 'c1' });
    expect(n.entries('c1')).toHaveLength(1);
    expect(n.entries('c1')[0]!.postedAt).toBe('2026-03-27T10:00:00.000Z');
    clock.advance(60_000);
    await n.update({ platform: 'web', conversationId: 'c1' }, posted, simpleMessage('Done'));
    expect(n.entries('c1')).toHaveLength(1);
    expect(n.entries('c1')[0]!.message.blocks[0]).toMatchObject({ text: 'Done' });
    expect(n.entries('c1')[0]!.updatedAt).toBe('2026-03-27T10:01:00.000Z');
    expect(n.version('c1')).toBe(2);
    expect(changed).toEqual(['c1', 'c2', 'c1']);
  });

  it('refuses other platforms and unknown messages with a non-retryable DeliveryError', async () => {
    const n = new WebNotifier(new ManualClock(new Date()));
    await expect(n.post({ platform: 'teams', conversationId: 'c' }, simpleMessage('x'))).rejects.toMatchObject({ retryable: false });
    await expect(
      n.update({ platform: 'web', conversationId: 'c' }, { platform: 'web', conversationId: 'c', messageId: 'nope' }, simpleMessage('x')),
    ).rejects.toBeInstanceOf(DeliveryError);
  });
});

describe('OffsetClock', () => {
  it('is its base clock plus what it was advanced by, and only moves forward', () => {
    const base = new ManualClock(new Date('2026-10-24T23:30:00Z'));
    const c = new OffsetClock(base);
    expect(c.now().toISOString()).toBe('2026-10-24T23:30:00.000Z');
    c.advance(24 * 3600_000);
    expect(c.now().toISOString()).toBe('2026-10-25T23:30:00.000Z');
    base.advance(60_000);
    expect(c.now().toISOString()).toBe('2026-10-25T23:31:00.000Z');
    expect(() => c.advance(-1)).toThrow(RangeError);
    expect(c.offset).toBe(24 * 3600_000);
  });
});
