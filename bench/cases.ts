// Case benchmarks on the embedded lowdb store (a temp dir): recording an event end to end (case
// update, deadlines, reminder jobs persisted, audit) and delivering a reminder to two channels.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Engine } from '../src/conversation/engine.js';
import type { Notifier } from '../src/conversation/notifier.js';
import { LowdbStore } from '../src/store/lowdb.js';
import { ManualClock } from '../src/clock.js';
import { silentLogger } from '../src/logger.js';
import { loadConfig } from '../src/config.js';
import { createCaseModule } from '../src/cases/index.js';
import { EmbeddedScheduler } from '../src/reminders/embedded.js';
import { timeMany } from './stats.js';

const fakeNotifier = (platform: 'teams' | 'slack'): Notifier => {
  let n = 0;
  return {
    platform,
    post: async (to) => ({ platform, conversationId: to.conversationId, messageId: `m${++n}` }),
    update: async () => {},
  };
};

export async function run(): Promise<Record<string, number | string>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-cases-'));
  const store = await LowdbStore.open(dir, silentLogger);
  try {
    const clock = new ManualClock(new Date('2026-12-24T10:30:00Z'));
    const config = loadConfig({ NODE_ENV: 'test' });
    const scheduler = new EmbeddedScheduler(store, { clock, pollMs: 0, log: silentLogger });
    const cases = createCaseModule({ store, clock, log: silentLogger, config, deps: {}, scheduler });
    const engine = new Engine({ store, clock, log: silentLogger, deps: {} }, [], cases.handlers);
    await cases.start([fakeNotifier('teams'), fakeNotifier('slack')]);
    const CASES = 20;
    const say = (i: number, platform: 'teams' | 'slack', text: string) =>
      engine.handle({
        platform,
        conversationId: `${platform}-chan-${i}`,
        userId: 'u1',
        userName: 'Bench',
        shared: true,
        input: { kind: 'text', text },
      });
    for (let i = 0; i < CASES; i++) {
      await say(i, 'teams', `case open BENCH-${1000 + i}`);
      await say(i, 'slack', `case open BENCH-${1000 + i}`);
    }
    const record = await timeMany(200, (i) => say(i % CASES, 'teams', 'case event looked-after 2026-12-24 10:00'));
    const card = await timeMany(100, (i) => say(i % CASES, 'slack', 'case'));
    // Deliver the first reminder of every deadline (200 deadlines x 2 channels).
    clock.set(new Date('2026-12-29T17:00:00Z'));
    const t0 = performance.now();
    const ran = await cases.runDue();
    const deliverMs = performance.now() - t0;
    await cases.stop();
    return {
      store: 'lowdb',
      record_event_p50_ms: record.p50,
      record_event_p95_ms: record.p95,
      case_card_p50_ms: card.p50,
      case_card_p95_ms: card.p95,
      reminders_delivered: ran,
      delivery_per_reminder_ms: ran ? deliverMs / ran : 0,
    };
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}
