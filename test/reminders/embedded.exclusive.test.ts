// EmbeddedScheduler in exclusive mode (the app on lowdb: one process, one scheduler): the jobs' index in memory
// replaces reading the whole collection on every run. Same outcomes as the shared mode; time only moves through
// ManualClock, nothing sleeps.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { DeliveryError } from '../../src/conversation/notifier.js';
import { EmbeddedScheduler, JOBS_COLLECTION } from '../../src/reminders/embedded.js';
import type { Job } from '../../src/reminders/scheduler.js';
import { MemoryStore } from '../../src/store/memory.js';

const T0 = new Date('2026-01-05T09:00:00.000Z');
const MIN = 60_000;
const at = (ms: number) => new Date(T0.getTime() + ms);

/** A MemoryStore that counts whole-collection reads of the jobs and single reads. */
class CountingStore extends MemoryStore {
  lists = 0;
  gets = 0;
  override async list<T>(collection: string, prefix?: string) {
    if (collection === JOBS_COLLECTION) this.lists++;
    return super.list<T>(collection, prefix);
  }
  override async get<T>(collection: string, key: string) {
    if (collection === JOBS_COLLECTION) this.gets++;
    return super.get<T>(collection, key);
  }
}

function setup() {
  const store = new CountingStore();
  const clock = new ManualClock(T0);
  const runs: Job[] = [];
  let fail: Error[] = [];
  const handler = async (job: Job) => {
    const e = fail.shift();
    if (e) throw e;
    runs.push(job);
  };
  const open = () => new EmbeddedScheduler(store, { clock, pollMs: 0, exclusive: true, retryBaseMs: MIN });
  return { store, clock, runs, handler, open, failNext: (e: Error) => (fail = [...fail, e]) };
}

describe('EmbeddedScheduler, exclusive (index in memory)', () => {
  it('runs jobs stored before start (the index is built from the store) once each, only when due', async () => {
    const t = setup();
    const before = t.open();
    await before.schedule({ id: 'a', runAt: at(10 * MIN), payload: { n: 1 } });
    await before.schedule({ id: 'b', runAt: at(20 * MIN), payload: { n: 2 } });
    const s = t.open(); // a restart: a fresh instance over the same store
    await s.start(t.handler);
    expect(s.nextAttentionAt()).toEqual(at(10 * MIN));
    expect(await s.runDue()).toBe(0);
    t.clock.set(at(15 * MIN));
    expect(await s.runDue()).toBe(1);
    t.clock.set(at(25 * MIN));
    expect(await s.runDue()).toBe(1);
    expect(await s.runDue()).toBe(0);
    expect(t.runs.map((j) => j.id)).toEqual(['a', 'b']);
    await s.stop();
  });

  it('never reads the whole collection after start: a run reads only the jobs due', async () => {
    const t = setup();
    const s = t.open();
    await s.start(t.handler);
    for (let i = 0; i < 200; i++) await s.schedule({ id: `j${i}`, runAt: at((i + 1) * MIN), payload: {} });
    const lists = t.store.lists;
    t.store.gets = 0;
    t.clock.set(at(3 * MIN));
    expect(await s.runDue()).toBe(3);
    expect(t.store.lists).toBe(lists);
    expect(t.store.gets).toBe(3);
    expect(s.nextAttentionAt()).toEqual(at(4 * MIN));
    await s.stop();
  });

  it('follows re-scheduling and cancelling', async () => {
    const t = setup();
    const s = t.open();
    await s.start(t.handler);
    await s.schedule({ id: 'moved', runAt: at(5 * MIN), payload: {} });
    await s.schedule({ id: 'moved', runAt: at(50 * MIN), payload: {} });
    await s.schedule({ id: 'gone', runAt: at(5 * MIN), payload: {} });
    await s.cancel('gone');
    t.clock.set(at(10 * MIN));
    expect(await s.runDue()).toBe(0);
    t.clock.set(at(50 * MIN));
    expect(await s.runDue()).toBe(1);
    expect(t.runs.map((j) => j.id)).toEqual(['moved']);
    await s.stop();
  });

  it("retries a failed job after the DeliveryError's Retry-After, and forgets done jobs after retainDoneMs", async () => {
    const t = setup();
    const s = new EmbeddedScheduler(t.store, { clock: t.clock, pollMs: 0, exclusive: true, retainDoneMs: 60 * MIN });
    await s.start(t.handler);
    await s.schedule({ id: 'r', runAt: at(MIN), payload: {} });
    t.failNext(new DeliveryError('429', true, 30_000));
    t.clock.set(at(MIN));
    expect(await s.runDue()).toBe(0);
    expect(s.nextAttentionAt()).toEqual(at(MIN + 30_000));
    t.clock.set(at(MIN + 30_000));
    expect(await s.runDue()).toBe(1);
    expect(await t.store.get(JOBS_COLLECTION, 'r')).toMatchObject({ state: 'done' });
    t.clock.set(at(MIN + 30_000 + 60 * MIN));
    await s.runDue();
    expect(await t.store.get(JOBS_COLLECTION, 'r')).toBeUndefined();
    expect(s.nextAttentionAt()).toBeUndefined();
    await s.stop();
  });

  it('takes over a claim left by a process that died, once its lease is over', async () => {
    const t = setup();
    await t.store.put(JOBS_COLLECTION, 'stuck', {
      id: 'stuck',
      runAt: at(0).toISOString(),
      dueAt: at(0).toISOString(),
      payload: {},
      state: 'claimed',
      attempts: 1,
      claimedAt: at(0).toISOString(),
      token: 'dead',
    });
    const s = new EmbeddedScheduler(t.store, { clock: t.clock, pollMs: 0, exclusive: true, leaseMs: 2 * MIN });
    await s.start(t.handler);
    expect(await s.runDue()).toBe(0);
    t.clock.set(at(2 * MIN));
    expect(await s.runDue()).toBe(1);
    expect(t.runs.map((j) => j.id)).toEqual(['stuck']);
    await s.stop();
  });
});
