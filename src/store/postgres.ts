// PostgresStore: the scale-out store (DATABASE_URL). Documents are rows of `documents` (jsonb),
// logs rows of the append-only `logs`; the schema comes from ./migrations at start-up.
// update() locks the row (SELECT ... FOR UPDATE, inserting it first when missing), so two replicas
// updating one key never lose a write. In the collections written on every turn (OPTIMISTIC_COLLECTIONS), it is first
// tried in one statement against the version this process last saw (the row's xmin), and run under the lock only when
// another wrote since; those one-statement writes of concurrent turns go out together (./pgBatch.ts).
import pg from 'pg';
import type { Logger } from '../logger.js';
import { errorText, silentLogger } from '../logger.js';
import { migrate } from './migrations/index.js';
import { OptimisticWriter } from './pgBatch.js';
import type { Store } from './store.js';

export interface PostgresStoreOptions {
  connectionString: string;
  /** A schema of its own (tests): created if missing and put first on the search_path. */
  schema?: string;
  poolMax?: number;
  log?: Logger;
  /**
   * Keep trying while the server cannot be reached (start-up before the database is up), with exponential backoff:
   * firstDelayMs (default 500) doubling up to maxDelayMs (default 30 s), forever unless attempts is given. Off by default.
   */
  retry?: { firstDelayMs?: number; maxDelayMs?: number; attempts?: number };
  /** What the connection string is called in log lines (default "DATABASE_URL"). */
  name?: string;
  /** Collections updated optimistically (see update). Default: OPTIMISTIC_COLLECTIONS. */
  optimisticCollections?: string[];
}

/**
 * The engine's collections (src/conversation/userFlows.ts), updated on every turn by a pure function of the current
 * value: there, update's fn may run more than once (on the value last seen here, then, if another wrote since, on the
 * locked row's).
 */
export const OPTIMISTIC_COLLECTIONS = ['conversations', 'user-flows'];
/** Versions remembered for the optimistic path (the most recent keys; a forgotten one takes the locked path). */
const SEEN_MAX = 10_000;

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const json = (v: unknown) => JSON.stringify(v);

/** A connection string fit for a log line: the password (in the URL or a password= parameter) replaced by ***. */
export function maskConnectionString(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const k of [...u.searchParams.keys()]) if (/pass/i.test(k)) u.searchParams.set(k, '***');
    return u.toString().replace('%2A%2A%2A', '***');
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@').replace(/(password=)[^&\s]*/gi, '$1***');
  }
}

/** The password in a connection string (so that an error text quoting it can be masked too). */
function passwordOf(url: string): string | undefined {
  try {
    const p = decodeURIComponent(new URL(url).password);
    return p || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A failure of the connection, not of the statement: the server is down, restarting, unreachable, refusing connections
 * for now, or the socket broke. Worth trying again later.
 */
export function isConnectionError(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE|ECONNABORTED)$/.test(code)) return true;
  // SQLSTATE: 08 connection exception, 57P01-57P03 shutting down / starting up, 53300 too many connections,
  // 28000/28P01 authentication (e.g. the role not created yet), 3D000 database not created yet.
  if (/^(08...|57P0[123]|53300|28000|28P01|3D000)$/.test(code)) return true;
  const msg = typeof e?.message === 'string' ? e.message : '';
  return /Connection terminated|connection timeout|timeout expired|Client has encountered a connection error|Connection ended|not queryable/i.test(
    msg,
  );
}

export class PostgresStore implements Store {
  /** `<collection>\n<key>` -> the row's xmin and value as this process last wrote it (optimistic collections only). */
  private readonly seen = new Map<string, { xmin: string; text: string }>();
  private readonly optimistic: Set<string>;
  private readonly writer: OptimisticWriter;

  private constructor(
    readonly pool: pg.Pool,
    readonly schema: string | undefined,
    readonly connectionString: string,
    private readonly log: Logger,
    optimisticCollections: string[] = OPTIMISTIC_COLLECTIONS,
  ) {
    this.optimistic = new Set(optimisticCollections);
    this.writer = new OptimisticWriter(pool);
  }

  /**
   * Connects and applies pending migrations. With `retry`, an unreachable server is logged (naming the connection string,
   * its password masked) and tried again with exponential backoff until it answers.
   */
  static async open(opts: PostgresStoreOptions): Promise<PostgresStore> {
    const log = opts.log ?? silentLogger;
    if (opts.schema !== undefined && !SCHEMA_NAME.test(opts.schema)) throw new Error(`invalid schema name: ${opts.schema}`);
    const name = opts.name ?? 'DATABASE_URL';
    const masked = maskConnectionString(opts.connectionString);
    const password = passwordOf(opts.connectionString);
    const first = opts.retry?.firstDelayMs ?? 500;
    const max = opts.retry?.maxDelayMs ?? 30_000;
    for (let attempt = 1, delay = first; ; attempt++, delay = Math.min(max, delay * 2)) {
      try {
        const store = await PostgresStore.connect(opts, log);
        if (attempt > 1) log.info({ env: name, url: masked, attempts: attempt }, `postgres: connected to ${name} (${masked})`);
        return store;
      } catch (err) {
        if (!opts.retry || !isConnectionError(err) || (opts.retry.attempts !== undefined && attempt >= opts.retry.attempts)) throw err;
        let text = errorText(err);
        if (password) text = text.split(password).join('***');
        log.error(
          { env: name, url: masked, attempt, retryInMs: delay, err: text },
          `postgres: cannot connect to ${name} (${masked}): ${text}; trying again in ${delay / 1000} s`,
        );
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  private static async connect(opts: PostgresStoreOptions, log: Logger): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: opts.connectionString,
      max: opts.poolMax ?? 10,
      options: opts.schema ? `-c search_path=${opts.schema}` : undefined,
      // A server that does not answer (not only one that refuses) fails a connection attempt instead of hanging it.
      connectionTimeoutMillis: 15_000,
      keepAlive: true,
    });
    // A pooled connection that breaks while idle (the server restarted, the network dropped) is replaced, not fatal.
    pool.on('error', (err) => log.error({ err: errorText(err) }, 'postgres: idle client error'));
    try {
      const store = new PostgresStore(pool, opts.schema, opts.connectionString, log, opts.optimisticCollections);
      await store.withClient(async (client) => {
        const applied = await migrate(client, opts.schema);
        if (applied.length) log.info({ migrations: applied, schema: opts.schema ?? 'default' }, 'postgres: migrations applied');
      });
      return store;
    } catch (err) {
      await pool.end().catch(() => {});
      throw err;
    }
  }

  /**
   * A pooled client for several statements. While it is checked out, a broken connection is an error of the statement
   * running (and is logged), never an unhandled 'error' event; a client whose connection broke is not reused.
   */
  async withClient<R>(fn: (client: pg.PoolClient) => Promise<R>): Promise<R> {
    const c = await this.pool.connect();
    let broken: Error | undefined;
    const onError = (err: Error) => {
      broken = err;
      this.log.error({ err: errorText(err) }, 'postgres: connection lost while in use');
    };
    c.on('error', onError);
    try {
      return await fn(c);
    } catch (err) {
      if (isConnectionError(err)) broken ??= err as Error;
      throw err;
    } finally {
      c.off('error', onError);
      c.release(broken);
    }
  }

  async get<T>(collection: string, key: string): Promise<T | undefined> {
    const { rows } = await this.pool.query('SELECT value FROM documents WHERE collection = $1 AND key = $2', [collection, key]);
    return rows.length ? (rows[0].value as T) : undefined;
  }

  async put<T>(collection: string, key: string, value: T): Promise<void> {
    this.seen.delete(`${collection}\n${key}`);
    if (value === undefined) return this.delete(collection, key);
    await this.pool.query(
      `INSERT INTO documents (collection, key, value) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (collection, key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [collection, key, json(value)],
    );
  }

  /**
   * In an optimistic collection, with this key's version remembered: one statement, fn run on the remembered value and
   * written only if the row is still that version (xmin); otherwise, or anywhere else, the locked path below.
   *
   * Locked: two round trips on one connection, fn run exactly once: (1) BEGIN, a placeholder row inserted if the key is missing
   * (a concurrent creator then waits on it), and the row locked (FOR UPDATE); (2) the new value written (or the row
   * deleted) and COMMIT. Both as one simple-protocol query each, values as escaped literals: this was four round trips
   * (BEGIN, SELECT ... FOR UPDATE, upsert, COMMIT), and with 200 concurrent turns the pool's queue was the reply p99.
   */
  async update<T>(collection: string, key: string, fn: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    if (!this.optimistic.has(collection)) return this.lockedUpdate(collection, key, fn);
    const k = `${collection}\n${key}`;
    const seen = this.seen.get(k);
    if (seen) {
      this.seen.delete(k);
      const next = fn(JSON.parse(seen.text) as T);
      if (next !== undefined) {
        const text = json(next);
        // Only if the row is still the version written here: no other replica (or request) has written it since.
        // Under load, with the other turns' writes in one statement (./pgBatch.ts).
        const xmin = await this.writer.write(collection, key, text, seen.xmin);
        if (xmin) {
          this.remember(k, xmin, text);
          return JSON.parse(text) as T;
        }
      }
    }
    return this.lockedUpdate(collection, key, fn, k);
  }

  private remember(k: string, xmin: string, text: string): void {
    this.seen.set(k, { xmin, text });
    if (this.seen.size > SEEN_MAX) this.seen.delete(this.seen.keys().next().value!);
  }

  /** The row locked, fn run on its value, the result written; `seen`: remember the version written (optimistic collections). */
  private lockedUpdate<T>(
    collection: string,
    key: string,
    fn: (current: T | undefined) => T | undefined,
    seen?: string,
  ): Promise<T | undefined> {
    return this.withClient(async (c) => {
      const where = `collection = ${c.escapeLiteral(collection)} AND key = ${c.escapeLiteral(key)}`;
      const first = (await c.query(
        `BEGIN;
         INSERT INTO documents (collection, key, value) VALUES (${c.escapeLiteral(collection)}, ${c.escapeLiteral(key)}, 'null'::jsonb)
           ON CONFLICT (collection, key) DO NOTHING RETURNING key;
         SELECT value FROM documents WHERE ${where} FOR UPDATE`,
      )) as unknown as pg.QueryResult[];
      const created = (first[1]?.rows.length ?? 0) > 0;
      const locked = first[2]?.rows ?? [];
      // Our own placeholder: the key was missing. Another's row (or one just created by another): its value.
      const current = created || !locked.length ? undefined : (locked[0].value as T);
      let next: T | undefined;
      try {
        next = fn(current);
      } catch (err) {
        await c.query('ROLLBACK').catch(() => {});
        throw err;
      }
      const text = next === undefined ? undefined : json(next);
      let written: pg.QueryResult[];
      try {
        written = (await c.query(
          text === undefined
            ? `DELETE FROM documents WHERE ${where}; COMMIT`
            : `UPDATE documents SET value = ${c.escapeLiteral(text)}::jsonb, updated_at = now() WHERE ${where} RETURNING xmin::text AS xmin; COMMIT`,
        )) as unknown as pg.QueryResult[];
      } catch (err) {
        await c.query('ROLLBACK').catch(() => {});
        throw err;
      }
      const xmin = written[0]?.rows[0]?.xmin as string | undefined;
      if (seen && text !== undefined && xmin) this.remember(seen, xmin, text);
      return text === undefined ? undefined : (JSON.parse(text) as T);
    });
  }

  async delete(collection: string, key: string): Promise<void> {
    this.seen.delete(`${collection}\n${key}`);
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
    return this.withClient(async (c) => {
      await c.query('BEGIN');
      try {
        const r = await fn(c);
        await c.query('COMMIT');
        return r;
      } catch (err) {
        await c.query('ROLLBACK').catch(() => {});
        throw err;
      }
    });
  }
}
