// Store benchmark: put / update / get on LowdbStore and PostgresStore (1000 ops across 100 keys),
// and the scheduler's throughput on each (200 due jobs through one runDue).
// `npx tsx bench/store.ts` prints the numbers; bench/run.ts may import run().
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { ManualClock } from '../src/clock.js';
import { EmbeddedScheduler } from '../src/reminders/embedded.js';
import { PgBossScheduler } from '../src/reminders/pgboss.js';
import type { Scheduler } from '../src/reminders/scheduler.js';
import { LowdbStore } from '../src/store/lowdb.js';
import { PostgresStore } from '../src/store/postgres.js';
import type { Store } from '../src/store/store.js';

const OPS = 1000;
const KEYS = 100;
const CONCURRENCY = 20;
const value = (i: number) => ({ caseRef: `C-${i}`, step: 'referral', answers: { a: 'yes', b: ['x', 'y'] }, seq: i, note: 'z'.repeat(200) });

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;
const round = (n: number) => Math.round(n * 100) / 100;

async function timed(concurrency: number, op: (i: number) => Promise<unknown>): Promise<{ opsPerSec: number; p95Ms: number }> {
  const lat: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < OPS; i = next++) {
        const s = performance.now();
        await op(i);
        lat.push(performance.now() - s);
      }
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  return { opsPerSec: round(OPS / secs), p95Ms: round(p95(lat)) };
}

async function benchStore(name: string, store: Store, out: Record<string, number | string>): Promise<void> {
  const record = (op: string, r: { opsPerSec: number; p95Ms: number }) => {
    out[`${name}.${op}.ops_per_s`] = r.opsPerSec;
    out[`${name}.${op}.p95_ms`] = r.p95Ms;
  };
  record('put', await timed(1, (i) => store.put('bench', `k${i % KEYS}`, value(i))));
  record(
    'update_concurrent',
    await timed(CONCURRENCY, (i) =>
      store.update<{ seq: number }>('bench', `k${i % KEYS}`, (c) => ({ ...value(i), seq: (c?.seq ?? 0) + 1 })),
    ),
  );
  record('get', await timed(1, (i) => store.get('bench', `k${i % KEYS}`)));
  record('append', await timed(1, (i) => store.append('bench-log', { caseRef: `C-${i % KEYS}`, i })));
  const t = performance.now();
  await store.readLog('bench-log', { field: 'caseRef', equals: 'C-7', limit: 5 });
  out[`${name}.readLog_ms`] = round(performance.now() - t);
}

/** Schedules JOBS jobs, then one runDue runs them all: jobs per second through claim + handler + done. */
async function benchScheduler(name: string, scheduler: Scheduler, clock: ManualClock, out: Record<string, number | string>): Promise<void> {
  const JOBS = 200;
  let ran = 0;
  await scheduler.start(async () => void ran++);
  let t = performance.now();
  for (let i = 0; i < JOBS; i++) await scheduler.schedule({ id: `bench-${i}`, runAt: clock.now(), payload: { i } });
  out[`${name}.scheduler.schedule_per_s`] = round(JOBS / ((performance.now() - t) / 1000));
  t = performance.now();
  const n = await scheduler.runDue();
  out[`${name}.scheduler.run_per_s`] = round(n / ((performance.now() - t) / 1000));
  if (n !== JOBS || ran !== JOBS) out[`${name}.scheduler.error`] = `ran ${ran}, runDue said ${n}, expected ${JOBS}`;
  await scheduler.stop();
}

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = { ops: OPS, keys: KEYS, update_concurrency: CONCURRENCY };
  const dir = await mkdtemp(path.join(tmpdir(), 'sg-bench-'));
  const lowdb = await LowdbStore.open(dir);
  try {
    await benchStore('lowdb', lowdb, out);
    const clock = new ManualClock(new Date());
    await benchScheduler('lowdb', new EmbeddedScheduler(lowdb, { clock, pollMs: 0 }), clock, out);
  } finally {
    await lowdb.close();
    await rm(dir, { recursive: true, force: true });
  }
  const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `sg_bench_${randomBytes(4).toString('hex')}`;
  try {
    const store = await PostgresStore.open({ connectionString: url, schema });
    try {
      await benchStore('postgres', store, out);
      const clock = new ManualClock(new Date());
      await benchScheduler('postgres', new PgBossScheduler({ store, clock, pollMs: 0, bossSchema: `${schema}_boss` }), clock, out);
    } finally {
      await store.close();
    }
  } catch (err) {
    out['postgres.error'] = (err as Error).message;
  } finally {
    const c = new pg.Client({ connectionString: url });
    await c
      .connect()
      .then(() => c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${schema}_boss" CASCADE`))
      .catch(() => {});
    await c.end().catch(() => {});
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await run(), null, 2));
}
