// Oversight benchmark: the duty digest and the partnership figures over 10,000 cases, on LowdbStore (its cached
// collection) and on PostgresStore (SQL through the indexes of migration 3). `npx tsx bench/oversight.ts`, or
// `npm run bench -- oversight`. The cases are seeded demo cases (src/oversight/demoCases.ts): deadlines from the
// real rules, about a quarter of them left open, so the digest is large (the worst case, not the usual day).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { LowdbStore } from '../src/store/lowdb.js';
import { PostgresStore } from '../src/store/postgres.js';
import type { Store } from '../src/store/store.js';
import { CASES, type CaseRecord } from '../src/cases/service.js';
import { createCalendar } from '../src/procedure/calendar.js';
import { formatLondon } from '../src/cases/format.js';
import { demoCases } from '../src/oversight/demoCases.js';
import { oversightQueries } from '../src/oversight/queries.js';
import { digestMessage, digestRows, endOfToday } from '../src/oversight/digest.js';
import { computeFigures } from '../src/oversight/figures.js';
import { timeMany } from './stats.js';

const CASE_COUNT = 10_000;
const RUNS = 15;
const NOW = new Date('2026-12-03T09:30:00Z');
const cal = createCalendar('ENG');
const round = (n: number) => Math.round(n * 100) / 100;

async function load(store: Store, cases: CaseRecord[]): Promise<number> {
  const t0 = performance.now();
  if (store instanceof PostgresStore) {
    // One multi-row insert per 500 cases (what a migration of existing cases would do), not 10,000 round trips.
    for (let i = 0; i < cases.length; i += 500) {
      const chunk = cases.slice(i, i + 500);
      await store.pool.query(
        `INSERT INTO documents (collection, key, value) SELECT $1, x->>'key', x FROM jsonb_array_elements($2::jsonb) x`,
        [CASES, JSON.stringify(chunk)],
      );
    }
    await store.pool.query('ANALYZE documents');
  } else {
    let next = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        for (let i = next++; i < cases.length; i = next++) await store.put(CASES, cases[i]!.key, cases[i]!);
      }),
    );
  }
  return performance.now() - t0;
}

async function benchOn(name: string, store: Store, cases: CaseRecord[], out: Record<string, number | string>): Promise<void> {
  out[`${name}.load_${CASE_COUNT}_cases_ms`] = round(await load(store, cases));
  const q = oversightQueries(store);
  const end = endOfToday(NOW, cal);
  let rows = 0;
  const digest = await timeMany(RUNS, async () => {
    const r = digestRows(await q.dueBefore(end), NOW, cal);
    rows = r.length;
    digestMessage(r, NOW, formatLondon, { scope: 'all' });
  });
  out[`${name}.digest.p50_ms`] = round(digest.p50);
  out[`${name}.digest.p95_ms`] = round(digest.p95);
  out[`${name}.digest.cases_listed`] = rows;
  const from = new Date('2025-12-04T00:00:00Z');
  let counted = 0;
  const stats = await timeMany(RUNS, async () => {
    const f = computeFigures(await q.factsOpened(from, end), from, end, NOW);
    counted = f.cases;
  });
  out[`${name}.stats_12_months.p50_ms`] = round(stats.p50);
  out[`${name}.stats_12_months.p95_ms`] = round(stats.p95);
  out[`${name}.stats_12_months.cases`] = counted;
}

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = { cases: CASE_COUNT };
  const cases = demoCases(cal, { count: CASE_COUNT, now: NOW, seed: 42 });
  const dir = await mkdtemp(path.join(tmpdir(), 'sg-bench-oversight-'));
  const lowdb = await LowdbStore.open(dir);
  try {
    await benchOn('lowdb', lowdb, cases, out);
  } finally {
    await lowdb.close();
    await rm(dir, { recursive: true, force: true });
  }
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `sg_bench_ov_${randomBytes(4).toString('hex')}`;
  let store: PostgresStore | undefined;
  try {
    store = await PostgresStore.open({ connectionString: url, schema });
    await benchOn('postgres', store, cases, out);
  } catch (e) {
    out['postgres'] = `skipped: ${(e as Error).message}`;
  } finally {
    await store?.close();
    const c = new pg.Client({ connectionString: url });
    await c
      .connect()
      .then(() => c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`))
      .catch(() => undefined)
      .finally(() => c.end().catch(() => undefined));
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [k, v] of Object.entries(await run())) console.log(`${k}: ${v}`);
}
