import { conversationKey } from '../../src/teams/turn.js';
// The Teams Notifier (reminders into a channel) and request authentication, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector, TeamsActivities, cardOf, person, postActivity } from '../support/fakeConnector.js';
import { startHarness, type Harness } from './harness.js';
import { DeliveryError, type ChannelAddress } from '../../src/conversation/notifier.js';
import type { Message } from '../../src/conversation/model.js';

const reminder: Message = { title: 'Reminder', blocks: [{ type: 'text', text: 'Strategy meeting due today (PG47 §14).' }] };

let fc: FakeConnector;
let h: Harness;
const channel = () => TeamsActivities.channel(fc.url, person(51), '1700000000900');

beforeAll(async () => {
  fc = await new FakeConnector().start();
  h = await startHarness();
  await postActivity(h.url, channel().message('help')); // the bot learns the channel's reference
});
afterAll(async () => {
  await h.close();
  await fc.close();
});

const channelId = () => conversationKey(channel().conversationId);
const to = (): ChannelAddress => ({ platform: 'teams', conversationId: channelId() });

async function deliveryError(p: Promise<unknown>): Promise<DeliveryError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DeliveryError);
    return e as DeliveryError;
  }
  throw new Error('expected a DeliveryError');
}

describe('TeamsNotifier', () => {
  it('posts a card proactively into the stored conversation (a new message, not a reply) and updates it', async () => {
    fc.requests.length = 0;
    const posted = await h.notifier.post(to(), reminder);
    const [sent] = fc.sent();
    expect(sent!.conversationId).toBe(channelId());
    expect(sent!.activityId).toBeUndefined();
    expect(posted).toEqual({ platform: 'teams', conversationId: channelId(), messageId: sent!.id });
    expect(JSON.stringify(cardOf(sent!.body))).toContain('Strategy meeting due today');

    await h.notifier.update(to(), posted, { ...reminder, blocks: [{ type: 'text', text: 'Done.', tone: 'good' }] });
    const [upd] = fc.updates();
    expect(upd!.activityId).toBe(posted.messageId);
    expect(cardOf(upd!.body)!.body[1].items[0]).toMatchObject({ text: 'Done.', color: 'Good' });
  });

  it('uses the reference passed in the address when given', async () => {
    fc.requests.length = 0;
    const ref = {
      serviceUrl: fc.url,
      channelId: 'msteams',
      conversation: { id: 'a:elsewhere' },
      bot: { id: '28:bot-app-id' },
      user: { id: '29:x' },
    };
    await h.notifier.post({ platform: 'teams', conversationId: 'a:elsewhere', ref }, reminder);
    expect(fc.sent()[0]!.conversationId).toBe('a:elsewhere');
  });

  it('429 with Retry-After, then 200: one message delivered, after the wait (botbuilder retries, honouring it)', async () => {
    fc.rejected.length = 0;
    const sentBefore = fc.sent(channelId()).length;
    fc.failNext(429, { 'Retry-After': '1' });
    const t0 = performance.now();
    await expect(h.notifier.post(to(), reminder)).resolves.toMatchObject({ platform: 'teams' });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(950);
    expect(fc.rejected).toHaveLength(1);
    expect(fc.sent(channelId()).length - sentBefore).toBe(1);
  });

  it('a 429 that outlasts the retries -> retryable DeliveryError with the wait; the channel paused until then', async () => {
    fc.rejected.length = 0;
    fc.failNext(429, { 'Retry-After': '2' }, 4);
    const err = await deliveryError(h.notifier.post(to(), reminder));
    expect(err.retryable).toBe(true);
    expect(err.retryAfterMs).toBe(2000);
    expect(fc.rejected).toHaveLength(4); // the first try and 3 retries, no more
    // Until the Retry-After is over (longer than the pacer waits inside a send), nothing more goes to that
    // conversation: refused at once, with the wait left.
    const sentBefore = fc.sent().length;
    const paced = await deliveryError(h.notifier.post(to(), reminder));
    expect(paced.retryable).toBe(true);
    expect(paced.retryAfterMs).toBeGreaterThan(0);
    expect(paced.retryAfterMs).toBeLessThanOrEqual(2000);
    expect(fc.sent()).toHaveLength(sentBefore);
    h.clock.advance(2000);
    await expect(h.notifier.post(to(), reminder)).resolves.toMatchObject({ platform: 'teams' });
  });

  it('a 502 once is retried and delivered; a 5xx that persists -> retryable; 403 (app removed) and 404 -> not, tried once', async () => {
    fc.rejected.length = 0;
    fc.failNext(502);
    await expect(h.notifier.post(to(), reminder)).resolves.toMatchObject({ platform: 'teams' });
    expect(fc.rejected).toHaveLength(1);
    fc.failNext(503, { 'Retry-After': '0' }, 4);
    expect((await deliveryError(h.notifier.post(to(), reminder))).retryable).toBe(true);
    fc.rejected.length = 0;
    fc.failNext(403);
    expect((await deliveryError(h.notifier.post(to(), reminder))).retryable).toBe(false);
    fc.failNext(404);
    expect(
      (await deliveryError(h.notifier.update(to(), { platform: 'teams', conversationId: channelId(), messageId: 'gone' }, reminder)))
        .retryable,
    ).toBe(false);
    expect(fc.rejected).toHaveLength(2);
  });

  it('no stored reference -> not retryable, with a plain reason', async () => {
    const err = await deliveryError(h.notifier.post({ platform: 'teams', conversationId: 'never-seen' }, reminder));
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/must receive a message there first/);
  });
});

describe('Authentication', () => {
  it('with MicrosoftAppId set, an unauthenticated activity gets 401 and no reply', async () => {
    const secured = await startHarness({
      env: {
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppType: 'MultiTenant',
      },
    });
    try {
      fc.requests.length = 0;
      const u = TeamsActivities.personal(fc.url, person(52));
      const none = await postActivity(secured.url, u.message('help'));
      expect(none.status).toBe(401);
      const junk = await postActivity(secured.url, u.message('help'), { authorization: 'Bearer not-a-jwt' });
      expect(junk.status).toBe(401);
      expect(fc.sent()).toHaveLength(0);
      expect(await secured.store.get('teams-refs', u.conversationId)).toBeUndefined();
    } finally {
      await secured.close();
    }
  });

  it('with no MicrosoftAppId (Emulator protocol), unauthenticated activities are accepted', async () => {
    fc.requests.length = 0;
    const u = TeamsActivities.personal(fc.url, person(53));
    const res = await postActivity(h.url, u.message('help'));
    expect(res.status).toBe(200);
    expect(fc.sent(u.conversationId)).toHaveLength(1);
  });
});
