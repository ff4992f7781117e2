// The views across cases give the same answers on every store: MemoryStore, LowdbStore (their cached collections)
// and PostgreSQL (SQL over the documents table, through the indexes of migration 3, which the plan shows it uses).
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory.js';
import { LowdbStore } from '../../src/store/lowdb.js';
import { PostgresStore } from '../../src/store/postgres.js';
import type { Store } from '../../src/store/store.js';
import { CASES, type CaseRecord } from '../../src/cases/service.js';
import { createCalendar } from '../../src/procedure/calendar.js';
import { demoCases } from '../../src/oversight/demoCases.js';
import { OVERSIGHT_SQL, oversightQueries, PostgresOversightQueries, InProcessOversightQueries } from '../../src/oversight/queries.js';
import { factsOf, inDigest } from '../../src/oversight/facts.js';
import { assertPostgres, dropSchemas, newSchemaName, TEST_DATABASE_URL } from '../support/pg.js';
import { tempDataDir } from '../support/server.js';

const cal = createCalendar('ENG');
const NOW = new Date('2026-12-03T09:30:00Z');
const cases = demoCases(cal, { count: 300, now: NOW, seed: 7 });
// A few edge cases: missing now with nothing due; closed with an overdue deadline; found after missing.
const extra = (ref: string, patch: Partial<CaseRecord>): CaseRecord => ({ ...cases[0]!, key: ref.toLowerCase(), ref, ...patch });
cases.push(
  extra('EDGE-MISSING', {
    deadlines: [],
    events: [
      { id: 'e1', type: 'found', at: '2026-12-01T10:00:00.000Z', recordedAt: '2026-12-01T10:00:00.000Z', recordedBy: { id: 'x' } },
      { id: 'e2', type: 'missing', at: '2026-12-02T10:00:00.000Z', recordedAt: '2026-12-02T10:00:00.000Z', recordedBy: { id: 'x' } },
    ],
  }),
  extra('EDGE-CLOSED', { status: 'closed' }),
);

const schema = newSchemaName('ovq');
let stores: Array<[string, Store]> = [];
let dir: string;

beforeAll(async () => {
  await assertPostgres();
  dir = await tempDataDir('sg-ovq-');
  const pg = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
  stores = [
    ['memory', new MemoryStore()],
    ['lowdb', await LowdbStore.open(dir)],
    ['postgres', pg],
  ];
  for (const [, s] of stores) for (const c of cases) await s.put(CASES, c.key, c);
});
afterAll(async () => {
  for (const [, s] of stores) await s.close();
  await dropSchemas(schema);
  await fs.rm(dir, { recursive: true, force: true });
});

const byKey = (xs: Array<{ key: string }>) => xs.map((c) => c.key).sort();
const END = new Date('2026-12-04T00:00:00Z');

describe('queries across cases', () => {
  it('picks the store: SQL on PostgreSQL, the cached collection elsewhere', () => {
    expect(stores.map(([, s]) => oversightQueries(s).constructor)).toEqual([
      InProcessOversightQueries,
      InProcessOversightQueries,
      PostgresOversightQueries,
    ]);
  });

  it('the digest cases: the same on every store, and what the rule says', async () => {
    const expected = byKey(cases.filter((c) => inDigest(c, END)));
    expect(expected.length).toBeGreaterThan(20);
    expect(expected).toContain('edge-missing');
    expect(expected).not.toContain('edge-closed');
    for (const [name, s] of stores) expect(byKey(await oversightQueries(s).dueBefore(END)), name).toEqual(expected);
  });

  it('the facts of the cases opened in a period: the same on every store', async () => {
    const from = new Date('2026-03-01T00:00:00Z');
    const to = new Date('2026-09-01T00:00:00Z');
    const sortFacts = <T extends { openedAt: string }>(xs: T[]) => [...xs].sort((a, b) => a.openedAt.localeCompare(b.openedAt));
    const expected = sortFacts(cases.filter((c) => c.openedAt >= from.toISOString() && c.openedAt < to.toISOString()).map(factsOf));
    expect(expected.length).toBeGreaterThan(30);
    for (const [name, s] of stores) expect(sortFacts(await oversightQueries(s).factsOpened(from, to)), name).toEqual(expected);
  });

  it('on PostgreSQL the digest and the period are index scans, not a scan of every case', async () => {
    const pg = stores[2]![1] as PostgresStore;
    // Enough rows of other collections and a fresh analyse, so the planner's choice means something.
    await pg.pool.query(
      `INSERT INTO documents (collection, key, value) SELECT 'conversations', 'k' || g, '{}'::jsonb FROM generate_series(1, 20000) g`,
    );
    await pg.pool.query('ANALYZE documents');
    const plan = async (sql: string, params: unknown[]) =>
      (await pg.pool.query(`EXPLAIN ${sql}`, params)).rows.map((r) => r['QUERY PLAN'] as string).join('\n');
    const due = await plan(OVERSIGHT_SQL.due, [END.toISOString()]);
    expect(due).toMatch(/Index Cond: \(\(sg_case_next_due\(value\)\)::text < /);
    expect(due).toMatch(/documents_case_missing/);
    expect(due).not.toMatch(/Seq Scan/);
    const opened = await plan(OVERSIGHT_SQL.facts, ['2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z']);
    expect(opened).toMatch(/Index Cond: .*openedAt/);
    expect(opened).toMatch(/documents_case_opened/);
  });
});
