// PostgreSQL schema, as numbered migrations applied once each (table `migrations`), in order, under
// a session advisory lock so two replicas starting together never apply one twice.
import type { PoolClient } from 'pg';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    id: 1,
    name: 'documents and logs',
    sql: `
      CREATE TABLE IF NOT EXISTS documents (
        collection text NOT NULL,
        key text NOT NULL,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (collection, key)
      );
      CREATE TABLE IF NOT EXISTS logs (
        id bigserial PRIMARY KEY,
        log text NOT NULL,
        entry jsonb NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX IF NOT EXISTS logs_log_id ON logs (log, id);
      CREATE INDEX IF NOT EXISTS logs_entry ON logs USING gin (entry jsonb_path_ops);
      -- Append-only: entries are never changed.
      CREATE OR REPLACE FUNCTION logs_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'logs are append-only'; END $$;
      DROP TRIGGER IF EXISTS logs_no_update ON logs;
      CREATE TRIGGER logs_no_update BEFORE UPDATE ON logs FOR EACH ROW EXECUTE FUNCTION logs_append_only();
    `,
  },
  {
    id: 2,
    name: 'scheduled jobs',
    sql: `
      CREATE TABLE IF NOT EXISTS scheduled_jobs (
        id text PRIMARY KEY,
        run_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        payload jsonb NOT NULL,
        state text NOT NULL CHECK (state IN ('pending', 'queued', 'running', 'done', 'cancelled')),
        attempts integer NOT NULL DEFAULT 0,
        boss_id text,
        claimed_at timestamptz,
        done_at timestamptz,
        last_error text,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX IF NOT EXISTS scheduled_jobs_due ON scheduled_jobs (due_at) WHERE state = 'pending';
      CREATE INDEX IF NOT EXISTS scheduled_jobs_claimed ON scheduled_jobs (claimed_at) WHERE state IN ('queued', 'running');
    `,
  },
  {
    id: 3,
    name: 'views across cases (duty digest, partnership figures)',
    // ISO instants as the app writes them (toISOString) sort as text in time order under COLLATE "C".
    sql: `
      CREATE OR REPLACE FUNCTION sg_case_next_due(v jsonb) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT min(d->>'due' COLLATE "C")
        FROM jsonb_array_elements(CASE jsonb_typeof(v->'deadlines') WHEN 'array' THEN v->'deadlines' ELSE '[]'::jsonb END) d
        WHERE d->>'status' = 'open' $$;
      CREATE OR REPLACE FUNCTION sg_case_missing_now(v jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce((
          SELECT e->>'type' = 'missing'
          FROM jsonb_array_elements(CASE jsonb_typeof(v->'events') WHEN 'array' THEN v->'events' ELSE '[]'::jsonb END) WITH ORDINALITY AS x(e, n)
          WHERE e->>'type' IN ('missing', 'found')
          ORDER BY e->>'at' COLLATE "C" DESC, n DESC LIMIT 1), false) $$;
      CREATE INDEX IF NOT EXISTS documents_case_next_due ON documents ((sg_case_next_due(value)) COLLATE "C")
        WHERE collection = 'cases' AND value->>'status' = 'open';
      CREATE INDEX IF NOT EXISTS documents_case_missing ON documents (collection)
        WHERE collection = 'cases' AND value->>'status' = 'open' AND sg_case_missing_now(value);
      CREATE INDEX IF NOT EXISTS documents_case_opened ON documents ((value->>'openedAt') COLLATE "C") WHERE collection = 'cases';
    `,
  },
];

const quoteIdent = (s: string) => '"' + s.replace(/"/g, '""') + '"';

/** Creates the schema (if given) and applies pending migrations. Returns the ids applied now. */
export async function migrate(client: PoolClient, schema?: string): Promise<number[]> {
  const lockKey = `sg-migrations:${schema ?? 'public'}`;
  await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
  try {
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query(`CREATE TABLE IF NOT EXISTS migrations (
      id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ id: number }>('SELECT id FROM migrations');
    const done = new Set(rows.map((r) => r.id));
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.id - b.id)) {
      if (done.has(m.id)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO migrations (id, name) VALUES ($1, $2)', [m.id, m.name]);
        await client.query('COMMIT');
        applied.push(m.id);
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]);
  }
}
