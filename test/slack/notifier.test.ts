// The Slack notifier (case reminders into a channel) against the fake Web API: post, update, and
// failures mapped to DeliveryError (429/5xx/network retryable; channel problems not). Also mountSlack's switch.
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack, visibleText } from '../support/fakeSlack.js';
import { mountSlack } from '../../src/slack/index.js';
import { DeliveryError, type Notifier } from '../../src/conversation/notifier.js';
import { loadConfig } from '../../src/config.js';
import { Engine } from '../../src/conversation/engine.js';
import { MemoryStore } from '../../src/store/memory.js';
import { ManualClock } from '../../src/clock.js';
import type { Logger } from '../../src/logger.js';
import { silentLogger } from '../../src/logger.js';
import type { Message } from '../../src/conversation/model.js';
import { assertBlockKitLimits } from '../../src/slack/limits.js';

const reminder: Message = {
  title: 'Strategy meeting due',
  blocks: [{ type: 'text', text: 'Case SG-1: hold the strategy meeting within 2 working days (PG47 §14).' }],
  buttons: [{ label: 'Done', action: { t: 'case', a: 'done', v: 'd1' }, style: 'primary' }],
};
const to = { platform: 'slack' as const, conversationId: 'C0CASE' };

/** The app's clock: the notifier's pacing reads it (a 429's Retry-After is waited out by moving it). */
const clock = new ManualClock(new Date('2026-11-23T10:00:00Z'));

function ctxFor(env: Record<string, string>, log: Logger = silentLogger) {
  const store = new MemoryStore();
  const engine = new Engine({ store, clock, log, deps: {} }, []);
  return { config: loadConfig({ NODE_ENV: 'test', ...env }), engine, store, clock, log };
}

let fake: FakeSlack;
let notifier: Notifier;
beforeAll(async () => {
  fake = await FakeSlack.start();
  // SLACK_API_URL without a trailing slash: mountSlack must add it.
  const mounted = await mountSlack(express(), ctxFor({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-n', SLACK_API_URL: fake.apiUrl }));
  notifier = mounted!.notifier;
});
afterAll(async () => {
  await fake?.close();
});

const failure = async (p: Promise<unknown>): Promise<DeliveryError> => {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DeliveryError);
  return e as DeliveryError;
};

describe('SlackNotifier', () => {
  it('posts a reminder to the channel and updates it in place by ts', async () => {
    const posted = await notifier.post(to, reminder);
    const call = fake.callsTo('chat.postMessage').at(-1)!;
    expect(call.token).toBe('xoxb-n');
    expect(call.body.channel).toBe('C0CASE');
    assertBlockKitLimits(call.body);
    expect(visibleText(call.body.blocks as Array<Record<string, unknown>>)).toContain('within 2 working days');
    expect(posted).toEqual({ platform: 'slack', conversationId: 'C0CASE', messageId: call.response!.ts });
    await notifier.update(to, posted, { ...reminder, buttons: [], blocks: [{ type: 'text', text: 'Done by <@U1>', tone: 'good' }] });
    const upd = fake.callsTo('chat.update').at(-1)!;
    expect(upd.body).toMatchObject({ channel: 'C0CASE', ts: posted.messageId });
  });

  it('maps a 429 to a retryable DeliveryError with Retry-After, without waiting', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 30 });
    const started = Date.now();
    const e = await failure(notifier.post(to, reminder));
    expect(e.retryable).toBe(true);
    expect(e.retryAfterMs).toBe(30_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    // A Slack 429 pauses the app's posts until its Retry-After: the next one (any channel) is refused at once, unsent.
    const calls = fake.callsTo('chat.postMessage').length;
    const paced = await failure(notifier.post({ ...to, conversationId: 'C0OTHER' }, reminder));
    expect(paced.retryable).toBe(true);
    expect(paced.retryAfterMs).toBeLessThanOrEqual(30_000);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(calls);
    clock.advance(30_000);
  });

  it('maps 5xx to retryable, channel_not_found / not_in_channel / is_archived to not retryable', async () => {
    fake.failNext('chat.postMessage', { status: 503 });
    expect((await failure(notifier.post(to, reminder))).retryable).toBe(true);
    for (const error of ['channel_not_found', 'not_in_channel', 'is_archived']) {
      fake.failNext('chat.postMessage', { error });
      const e = await failure(notifier.post(to, reminder));
      expect(e.retryable).toBe(false);
      expect(e.message).toContain(error);
    }
    fake.failNext('chat.update', { error: 'channel_not_found' });
    expect(
      (await failure(notifier.update(to, { platform: 'slack', conversationId: 'C0CASE', messageId: '1.2' }, reminder))).retryable,
    ).toBe(false);
  });

  it('maps a network failure to retryable', async () => {
    const dead = await FakeSlack.start();
    const url = dead.apiUrl;
    await dead.close();
    const mounted = await mountSlack(express(), ctxFor({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-n', SLACK_API_URL: url }));
    const e = await failure(mounted!.notifier.post(to, reminder));
    expect(e.retryable).toBe(true);
  });
});

describe('mountSlack', () => {
  it('is off, with one log line, without a bot token and signing secret', async () => {
    const lines: string[] = [];
    const log: Logger = { ...silentLogger, info: (_o, msg) => void lines.push(String(msg)), child: () => log };
    expect(await mountSlack(express(), ctxFor({}, log))).toBeUndefined();
    expect(await mountSlack(express(), ctxFor({ SLACK_BOT_TOKEN: 'xoxb-only' }, log))).toBeUndefined();
    expect(lines.filter((l) => /Slack is off/.test(l))).toHaveLength(2);
  });
});
