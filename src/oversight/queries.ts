// The queries that span cases, behind one small port. In-process stores (lowdb, memory) read their cached
// collection; PostgreSQL answers in SQL over the `documents` table, through the expression indexes of migration 3
// (the earliest open deadline of a case, whether the child is missing now, when the case was opened), so neither
// the digest nor the figures read every case document.
import type { Store } from '../store/store.js';
import { PostgresStore } from '../store/postgres.js';
import { CASES, type CaseRecord } from '../cases/service.js';
import { factsOf, inDigest, type CaseFacts } from './facts.js';

/** What the digest reads of a case: its open deadlines due before the limit, and its missing and found events. */
export type DigestCase = Pick<CaseRecord, 'key' | 'ref' | 'status' | 'lead'> & {
  events: Array<Pick<CaseRecord['events'][number], 'type' | 'at'>>;
  deadlines: Array<Pick<CaseRecord['deadlines'][number], 'id' | 'rule' | 'title' | 'due' | 'source' | 'status'>>;
};

export interface OversightQueries {
  /** Open cases with an open deadline due before `before`, or with the child missing now. */
  dueBefore(before: Date): Promise<DigestCase[]>;
  /** The facts of every case opened in [from, to). */
  factsOpened(from: Date, to: Date): Promise<CaseFacts[]>;
}

export function oversightQueries(store: Store): OversightQueries {
  return store instanceof PostgresStore ? new PostgresOversightQueries(store) : new InProcessOversightQueries(store);
}

/** LowdbStore keeps its collections in memory, as MemoryStore does: a pass over the cached cases. */
export class InProcessOversightQueries implements OversightQueries {
  constructor(private readonly store: Store) {}

  async dueBefore(before: Date): Promise<DigestCase[]> {
    return (await this.store.list<CaseRecord>(CASES)).map((r) => r.value).filter((c) => inDigest(c, before));
  }

  async factsOpened(from: Date, to: Date): Promise<CaseFacts[]> {
    const lo = from.toISOString();
    const hi = to.toISOString();
    return (await this.store.list<CaseRecord>(CASES))
      .map((r) => r.value)
      .filter((c) => c.openedAt >= lo && c.openedAt < hi)
      .map(factsOf);
  }
}

// Each ISO instant the app stores is toISOString()'s fixed format, so text order is time order (COLLATE "C").
// Two index scans: cases whose earliest open deadline falls before the end of today, and cases with the child missing
// now (and nothing due), each through its own partial expression index.
const DIGEST_ROW = `jsonb_build_object('key', value->'key', 'ref', value->'ref', 'status', value->'status', 'lead', value->'lead',
    'events', (SELECT coalesce(jsonb_agg(jsonb_build_object('type', e->'type', 'at', e->'at') ORDER BY n), '[]')
       FROM jsonb_array_elements(value->'events') WITH ORDINALITY AS x(e, n) WHERE e->>'type' IN ('missing', 'found')),
    'deadlines', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', d->'id', 'rule', d->'rule', 'title', d->'title', 'due', d->'due',
         'source', d->'source', 'status', d->'status') ORDER BY n), '[]')
       FROM jsonb_array_elements(value->'deadlines') WITH ORDINALITY AS x(d, n) WHERE d->>'status' = 'open' AND d->>'due' COLLATE "C" < $1)) AS value`;
const DUE_SQL = `
  SELECT ${DIGEST_ROW} FROM documents
  WHERE collection = 'cases' AND value->>'status' = 'open' AND sg_case_next_due(value) COLLATE "C" < $1
  UNION ALL
  SELECT ${DIGEST_ROW} FROM documents
  WHERE collection = 'cases' AND value->>'status' = 'open' AND sg_case_missing_now(value)
    AND NOT coalesce(sg_case_next_due(value) COLLATE "C" < $1, false)`;

// One pass over each case's events and one over its deadlines (LATERAL), only the fields the figures read.
const FACTS_SQL = `
  SELECT value->>'openedAt' AS "openedAt", ev.identified AS "identifiedAt", ev.nrm AS "nrmAt", ev.strategy AS "strategyAt",
    ev.missing, dl.deadlines
  FROM documents,
  LATERAL (
    SELECT min(e->>'at' COLLATE "C") FILTER (WHERE e->>'type' = 'child-identified') AS identified,
      min(e->>'at' COLLATE "C") FILTER (WHERE e->>'type' = 'nrm-referral') AS nrm,
      min(e->>'at' COLLATE "C") FILTER (WHERE e->>'type' = 'meeting-held' AND e->>'meetingKind' = 'strategy') AS strategy,
      coalesce(jsonb_agg(jsonb_build_array(e->'type', e->'at') ORDER BY e->>'at' COLLATE "C", n) FILTER (WHERE e->>'type' IN ('missing', 'found')), '[]') AS missing
    FROM jsonb_array_elements(value->'events') WITH ORDINALITY AS x(e, n)) ev,
  LATERAL (
    SELECT coalesce(jsonb_agg(jsonb_build_array(d->'rule', d->'due', d->'status', d->'doneAt') ORDER BY n), '[]') AS deadlines
    FROM jsonb_array_elements(value->'deadlines') WITH ORDINALITY AS x(d, n)) dl
  WHERE collection = 'cases' AND (value->>'openedAt') COLLATE "C" >= $1 AND (value->>'openedAt') COLLATE "C" < $2`;

/** The SQL, for EXPLAIN in the tests and the bench. */
export const OVERSIGHT_SQL = { due: DUE_SQL, facts: FACTS_SQL };

export class PostgresOversightQueries implements OversightQueries {
  constructor(private readonly store: PostgresStore) {}

  async dueBefore(before: Date): Promise<DigestCase[]> {
    const { rows } = await this.store.pool.query<{ value: DigestCase }>(DUE_SQL, [before.toISOString()]);
    return rows.map((r) => r.value);
  }

  async factsOpened(from: Date, to: Date): Promise<CaseFacts[]> {
    const { rows } = await this.store.pool.query<Record<string, unknown>>(FACTS_SQL, [from.toISOString(), to.toISOString()]);
    type Pair = [CaseFacts['missing'][number]['type'], string];
    type Quad = [string, string, 'open' | 'done', string | null];
    return rows.map((r) => {
      const f: CaseFacts = {
        openedAt: r.openedAt as string,
        deadlines: (r.deadlines as Quad[]).map(([rule, due, status, doneAt]) => ({ rule, due, status, ...(doneAt ? { doneAt } : {}) })),
        missing: (r.missing as Pair[]).map(([type, at]) => ({ type, at })),
      };
      for (const k of ['identifiedAt', 'nrmAt', 'strategyAt'] as const) if (typeof r[k] === 'string') f[k] = r[k];
      return f;
    });
  }
}
