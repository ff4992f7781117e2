// PostgresStore: the scale-out store (DATABASE_URL). Documents are rows of `documents` (jsonb),
// logs rows of the append-only `logs`; the schema comes from ./migrations at start-up.
// update() locks the row (SELECT ... FOR UPDATE, inserting it first when missing), so two replicas
// updating one key never lose a write.
import pg from 'pg';
import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import { migrate } from './migrations/index.js';
import type { Store } from './store.js';

export interface PostgresStoreOptions {
  connectionString: string;
  /** A schema of its own (tests): created if missing and put first on the search_path. */
  schema?: string;
  poolMax?: number;
  log?: Logger;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const json = (v: unknown) => JSON.stringify(v);

export class PostgresStore implements Store {
  private constructor(
    readonly pool: pg.Pool,
    readonly schema: string | undefined,
    readonly connectionString: string,
  ) {}

  static async open(opts: PostgresStoreOptions): Promise<PostgresStore> {
    const log = opts.log ?? silentLogger;
    if (opts.schema !== undefined && !SCHEMA_NAME.test(opts.schema)) throw new Error(`invalid schema name: ${opts.schema}`);
    const pool = new pg.Pool({
      connectionString: opts.connectionString,
      max: opts.poolMax ?? 10,
      options: opts.schema ? `-c search_path=${opts.schema}` : undefined,
    });
    pool.on('error', (err) => log.error({ err: err.message }, 'postgres: idle client error'));
    try {
      const client = await pool.connect();
      try {
        const applied = await migrate(client, opts.schema);
        if (applied.length) log.info({ migrations: applied, schema: opts.schema ?? 'default' }, 'postgres: migrations applied');
      } finally {
        client.release();
      }
    } catch (err) {
      await pool.end().catch(() => {});
      throw err;
    }
    return new PostgresStore(pool, opts.schema, opts.connectionString);
  }

  async get<T>(collection: string, key: string): Promise<T | undefined> {
    const { rows } = await this.pool.query('SELECT value FROM documents WHERE collection = $1 AND key = $2', [collection, key]);
    return rows.length ? (rows[0].value as T) : undefined;
  }

  async put<T>(collection: string, key: string, value: T): Promise<void> {
    if (value === undefined) return this.delete(collection, key);
    await this.pool.query(
      `INSERT INTO documents (collection, key, value) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (collection, key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [collection, key, json(value)],
    );
  }

  async update<T>(collection: string, key: string, fn: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    return this.transaction(async (c) => {
      const lock = 'SELECT value FROM documents WHERE collection = $1 AND key = $2 FOR UPDATE';
      let current: T | undefined;
      let res = await c.query(lock, [collection, key]);
      if (res.rows.length) current = res.rows[0].value as T;
      else {
        // Missing: insert a placeholder we own (a concurrent inserter waits on it), or lock theirs.
        const ins = await c.query(
          `INSERT INTO documents (collection, key, value) VALUES ($1, $2, 'null'::jsonb)
           ON CONFLICT (collection, key) DO NOTHING RETURNING key`,
          [collection, key],
        );
        if (!ins.rows.length) {
          res = await c.query(lock, [collection, key]);
          current = res.rows.length ? (res.rows[0].value as T) : undefined;
        }
      }
      const next = fn(current);
      if (next === undefined) await c.query('DELETE FROM documents WHERE collection = $1 AND key = $2', [collection, key]);
      else
        await c.query(
          `INSERT INTO documents (collection, key, value) VALUES ($1, $2, $3::jsonb)
           ON CONFLICT (collection, key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
          [collection, key, json(next)],
        );
      return next === undefined ? undefined : (JSON.parse(json(next)) as T);
    });
  }

  async delete(collection: string, key: string): Promise<void> {
    await this.pool.query('DELETE FROM documents WHERE collection = $1 AND key = $2', [collection, key]);
  }

  async list<T>(collection: string, prefix = ''): Promise<Array<{ key: string; value: T }>> {
    const { rows } = await this.pool.query(
      `SELECT key, value FROM documents WHERE collection = $1 AND starts_with(key, $2) ORDER BY key COLLATE "C"`,
      [collection, prefix],
    );
    return rows.map((r) => ({ key: r.key as string, value: r.value as T }));
  }

  async append(log: string, entry: Record<string, unknown>): Promise<void> {
    await this.pool.query('INSERT INTO logs (log, entry) VALUES ($1, $2::jsonb)', [log, json(entry)]);
  }

  async readLog(log: string, filter: { field: string; equals: string; limit?: number }): Promise<Array<Record<string, unknown>>> {
    const match = json({ [filter.field]: filter.equals });
    const { rows } = filter.limit
      ? await this.pool.query(
          `SELECT entry FROM (SELECT id, entry FROM logs WHERE log = $1 AND entry @> $2::jsonb ORDER BY id DESC LIMIT $3) t ORDER BY id`,
          [log, match, filter.limit],
        )
      : await this.pool.query('SELECT entry FROM logs WHERE log = $1 AND entry @> $2::jsonb ORDER BY id', [log, match]);
    return rows.map((r) => r.entry as Record<string, unknown>);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Runs fn in a transaction on one pooled client (also used by the pg-boss scheduler). */
  async transaction<R>(fn: (client: pg.PoolClient) => Promise<R>): Promise<R> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const r = await fn(c);
      await c.query('COMMIT');
      return r;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }
}
