// One scheduler suite, run on lowdb (EmbeddedScheduler) and on PostgreSQL (PgBossScheduler and
// EmbeddedScheduler over PostgresStore). Time only moves through ManualClock: nothing sleeps.
import { randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { DeliveryError } from '../../src/conversation/notifier.js';
import type { Job, Scheduler, SchedulerOptions } from '../../src/reminders/scheduler.js';
import { spawnTsx } from '../support/child.js';

export const T0 = new Date('2026-01-05T09:00:00.000Z');
const MIN = 60_000;

export interface SchedulerEnv {
  /** A new scheduler instance over this environment's (shared) data, as another replica would be. */
  open(clock: ManualClock, opts?: Partial<SchedulerOptions>): Promise<Scheduler>;
  /** Arguments for test/support/scheduler-child.ts to reach the same data from another process. */
  childArgs(): string[];
  /** Closes what open() made (stores, pg-boss) and deletes the data. */
  dispose(): Promise<void>;
}

function recorder() {
  const runs: Job[] = [];
  return {
    runs,
    ids: () => runs.map((j) => j.id),
    handler: async (job: Job) => {
      await new Promise((r) => setImmediate(r)); // let concurrent claimers interleave
      runs.push(job);
    },
  };
}

export function schedulerSuite(name: string, makeEnv: () => Promise<SchedulerEnv>): void {
  describe(`Scheduler: ${name}`, () => {
    let env: SchedulerEnv;
    let clock: ManualClock;
    const opened: Scheduler[] = [];
    const open = async (opts?: Partial<SchedulerOptions>) => {
      const s = await env.open(clock, { pollMs: 0, ...opts });
      opened.push(s);
      return s;
    };
    beforeEach(async () => {
      clock = new ManualClock(T0);
      env = await makeEnv();
    });
    const runsFiles: string[] = [];
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.stop();
      await env.dispose();
      for (const f of runsFiles.splice(0)) rmSync(f, { force: true });
    });

    it('runs a job only once it is due by the clock, and only once', async () => {
      const s = await open();
      const rec = recorder();
      await s.start(rec.handler);
      await s.schedule({ id: 'r1', runAt: new Date(T0.getTime() + 10 * MIN), payload: { caseRef: 'C-1', kind: 'review' } });
      expect(await s.runDue()).toBe(0);
      clock.advance(10 * MIN - 1);
      expect(await s.runDue()).toBe(0);
      clock.advance(1);
      expect(await s.runDue()).toBe(1);
      expect(rec.runs).toEqual([{ id: 'r1', runAt: new Date(T0.getTime() + 10 * MIN), payload: { caseRef: 'C-1', kind: 'review' } }]);
      clock.advance(60 * MIN);
      expect(await s.runDue()).toBe(0);
      expect(rec.ids()).toEqual(['r1']);
    });

    it('schedule is idempotent by id: the last runAt/payload wins until it runs; a done id is not run again', async () => {
      const s = await open();
      const rec = recorder();
      await s.start(rec.handler);
      await s.schedule({ id: 'r1', runAt: new Date(T0.getTime() + 5 * MIN), payload: { v: 1 } });
      await s.schedule({ id: 'r1', runAt: new Date(T0.getTime() + 5 * MIN), payload: { v: 1 } });
      await s.schedule({ id: 'r1', runAt: new Date(T0.getTime() + 20 * MIN), payload: { v: 2 } });
      clock.advance(5 * MIN);
      expect(await s.runDue()).toBe(0);
      clock.advance(15 * MIN);
      expect(await s.runDue()).toBe(1);
      expect(rec.runs.map((j) => j.payload)).toEqual([{ v: 2 }]);
      await s.schedule({ id: 'r1', runAt: new Date(T0.getTime() + 30 * MIN), payload: { v: 3 } });
      clock.advance(30 * MIN);
      expect(await s.runDue()).toBe(0);
      expect(rec.ids()).toEqual(['r1']);
    });

    it('cancel stops a job from running; cancelling an unknown id is fine; a cancelled id can be scheduled again', async () => {
      const s = await open();
      const rec = recorder();
      await s.start(rec.handler);
      await s.schedule({ id: 'a', runAt: T0, payload: {} });
      await s.schedule({ id: 'b', runAt: T0, payload: {} });
      await s.cancel('a');
      await s.cancel('never-scheduled');
      expect(await s.runDue()).toBe(1);
      expect(rec.ids()).toEqual(['b']);
      await s.schedule({ id: 'a', runAt: new Date(T0.getTime() + MIN), payload: { again: true } });
      clock.advance(MIN);
      expect(await s.runDue()).toBe(1);
      expect(rec.runs[1]).toMatchObject({ id: 'a', payload: { again: true } });
    });

    it('retries a failing handler with exponential backoff and never drops the job', async () => {
      const s = await open({ retryBaseMs: 30_000 });
      let calls = 0;
      await s.start(async () => {
        calls++;
        if (calls <= 3) throw new Error(`transient ${calls}`);
      });
      await s.schedule({ id: 'flaky', runAt: T0, payload: {} });
      expect(await s.runDue()).toBe(0); // attempt 1 fails: next in 30 s
      expect(await s.runDue()).toBe(0);
      expect(calls).toBe(1);
      clock.advance(30_000);
      expect(await s.runDue()).toBe(0); // attempt 2 fails: next in 60 s
      expect(calls).toBe(2);
      clock.advance(59_999);
      expect(await s.runDue()).toBe(0);
      expect(calls).toBe(2);
      clock.advance(1);
      expect(await s.runDue()).toBe(0); // attempt 3 fails: next in 120 s
      clock.advance(120_000);
      expect(await s.runDue()).toBe(1);
      expect(calls).toBe(4);
      clock.advance(24 * 60 * MIN);
      expect(await s.runDue()).toBe(0);
      expect(calls).toBe(4);
    });

    it("honours a DeliveryError's retryAfterMs", async () => {
      const s = await open();
      let calls = 0;
      await s.start(async () => {
        calls++;
        if (calls === 1) throw new DeliveryError('429 Too Many Requests', true, 5_000);
      });
      await s.schedule({ id: 'rate-limited', runAt: T0, payload: {} });
      expect(await s.runDue()).toBe(0);
      clock.advance(4_999);
      expect(await s.runDue()).toBe(0);
      clock.advance(1);
      expect(await s.runDue()).toBe(1);
      expect(calls).toBe(2);
    });

    it('a job cancelled while its handler runs is not retried when that handler fails', async () => {
      const s = await open();
      let calls = 0;
      let fail!: () => void;
      let started!: () => void;
      const startedP = new Promise<void>((r) => (started = r));
      await s.start(() => {
        calls++;
        started();
        return new Promise<void>((_, reject) => (fail = () => reject(new Error('channel gone'))));
      });
      await s.schedule({ id: 'c', runAt: T0, payload: {} });
      const run = s.runDue();
      await startedP;
      await s.cancel('c');
      fail();
      expect(await run).toBe(0);
      clock.advance(24 * 60 * MIN);
      expect(await s.runDue()).toBe(0);
      expect(calls).toBe(1);
    });

    it('forgets done jobs after retainDoneMs (the id can then be used again)', async () => {
      const s = await open({ retainDoneMs: 60 * MIN });
      const rec = recorder();
      await s.start(rec.handler);
      await s.schedule({ id: 'r', runAt: T0, payload: { n: 1 } });
      expect(await s.runDue()).toBe(1);
      clock.advance(30 * MIN);
      await s.schedule({ id: 'r', runAt: clock.now(), payload: { n: 2 } }); // still remembered: no-op
      expect(await s.runDue()).toBe(0);
      clock.advance(30 * MIN);
      expect(await s.runDue()).toBe(0); // prunes it
      await s.schedule({ id: 'r', runAt: clock.now(), payload: { n: 3 } });
      expect(await s.runDue()).toBe(1);
      expect(rec.runs.map((j) => j.payload)).toEqual([{ n: 1 }, { n: 3 }]);
    });

    it('a job claimed by an instance that died is taken over once the lease expires', async () => {
      const a = await open({ leaseMs: 2 * MIN });
      const b = await open({ leaseMs: 2 * MIN });
      let release!: () => void;
      let claimed!: () => void;
      const claimedP = new Promise<void>((r) => (claimed = r));
      await a.start(() => {
        claimed();
        return new Promise<void>((r) => (release = r)); // hangs like a dead process
      });
      const rec = recorder();
      await b.start(rec.handler);
      await a.schedule({ id: 'stuck', runAt: T0, payload: { n: 1 } });
      const aRun = a.runDue();
      await claimedP;
      expect(await b.runDue()).toBe(0);
      clock.advance(2 * MIN - 1);
      expect(await b.runDue()).toBe(0);
      clock.advance(1);
      expect(await b.runDue()).toBe(1);
      expect(rec.ids()).toEqual(['stuck']);
      release(); // the "dead" claim finishing late changes nothing and does not count
      expect(await aRun).toBe(0);
      clock.advance(10 * MIN);
      expect(await b.runDue()).toBe(0);
      expect(rec.ids()).toEqual(['stuck']);
    });

    it('two instances running runDue concurrently run each of 50 jobs exactly once', async () => {
      const a = await open();
      const b = await open();
      const runs = new Map<string, number>();
      const handler = async (job: Job) => {
        await new Promise((r) => setImmediate(r));
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      };
      await Promise.all([a.start(handler), b.start(handler)]); // replicas starting at the same moment
      const ids = Array.from({ length: 50 }, (_, i) => `job-${String(i).padStart(2, '0')}`);
      await Promise.all(
        ids.map((id, i) => (i % 2 ? a : b).schedule({ id, runAt: new Date(T0.getTime() + (i % 5) * 1000), payload: { i } })),
      );
      clock.advance(5_000);
      const [na, nb] = await Promise.all([a.runDue(), b.runDue()]);
      expect(na + nb).toBe(50);
      expect([...runs.keys()].sort()).toEqual(ids);
      expect([...runs.values()].every((n) => n === 1)).toBe(true);
      const [ma, mb] = await Promise.all([a.runDue(), b.runDue()]);
      expect(ma + mb).toBe(0);
    });

    it('works on several jobs at once (concurrency), each lane in order and one at a time, each job exactly once', async () => {
      const laneOf = (job: Pick<Job, 'id' | 'payload'>) => String(job.payload.lane);
      const a = await open({ concurrency: 8, laneOf });
      const runs: string[] = [];
      const activeLanes = new Set<string>();
      let active = 0;
      let maxActive = 0;
      let overlapInALane = false;
      const handler = async (job: Job) => {
        const lane = String(job.payload.lane);
        if (activeLanes.has(lane)) overlapInALane = true;
        activeLanes.add(lane);
        maxActive = Math.max(maxActive, ++active);
        await new Promise((r) => setTimeout(r, 5));
        runs.push(job.id);
        active--;
        activeLanes.delete(lane);
      };
      await a.start(handler);
      // 6 lanes of 10 jobs, due one second apart within a lane (so a lane's order is its due order).
      const ids: string[] = [];
      for (let n = 0; n < 10; n++)
        for (let l = 0; l < 6; l++) {
          const id = `l${l}-${String(n).padStart(2, '0')}`;
          ids.push(id);
          await a.schedule({ id, runAt: new Date(T0.getTime() + n * 1000), payload: { lane: `lane-${l}` } });
        }
      clock.advance(10_000);
      expect(await a.runDue()).toBe(60);
      expect([...runs].sort()).toEqual([...ids].sort());
      expect(overlapInALane).toBe(false);
      expect(maxActive).toBeGreaterThan(1);
      // A lane's jobs ran in their due order.
      for (let l = 0; l < 6; l++) {
        const mine = runs.filter((id) => id.startsWith(`l${l}-`));
        expect(mine).toEqual([...mine].sort());
      }
      expect(await a.runDue()).toBe(0);
    });

    it('survives SIGKILL: scheduled jobs and a dead claim are run exactly once by a fresh process', async () => {
      const runsFile = path.join(tmpdir(), `sg-runs-${randomUUID()}.log`);
      runsFiles.push(runsFile);
      const child = spawnTsx('test/support/scheduler-child.ts', [...env.childArgs(), runsFile, T0.toISOString()]);
      let line: string;
      try {
        line = await child.waitFor((l) => l.startsWith('claimed '));
      } finally {
        await child.kill();
      }
      const stuck = line.slice('claimed '.length);
      const readRuns = () => readFileSync(runsFile, 'utf8').trim().split('\n');
      expect(readRuns()).toEqual([`start ${stuck}`]);
      expect(['j0', 'j1', 'j2', 'j3', 'j4']).toContain(stuck);
      const s = await open({ leaseMs: 2 * MIN });
      const order: string[] = [];
      await s.start(async (job) => {
        order.push(job.id);
        appendFileSync(runsFile, `run ${job.id}\n`);
      });
      expect(await s.runDue()).toBe(4); // the other four due now; the stuck one is leased to the dead process
      expect(order).not.toContain(stuck);
      clock.advance(2 * MIN);
      expect(await s.runDue()).toBe(1); // reclaimed once the lease expired
      expect(order[4]).toBe(stuck);
      clock.advance(60 * MIN);
      expect(await s.runDue()).toBe(1); // j5, due an hour later
      clock.advance(60 * MIN);
      expect(await s.runDue()).toBe(0);
      const ran = readRuns()
        .filter((l) => l.startsWith('run '))
        .sort();
      expect(ran).toEqual(['run j0', 'run j1', 'run j2', 'run j3', 'run j4', 'run j5']);
    });
  });
}
