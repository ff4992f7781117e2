// The optimistic writes of PostgresStore.update (a row written only if it is still the version this process last
// wrote, its xmin), sent together: group commit. A write goes out at once while fewer than `maxInFlight` statements are
// running; the writes that arrive meanwhile go out together in the next one, as one UPDATE over unnest(...) arrays, so
// that under load one statement and one commit carry many turns' state instead of one each. Alone, a write is the same
// single-row UPDATE as before, with no timer and no wait.
// Each row is checked on its own (its own xmin): a row another replica wrote since is left as it is and its writer told
// (undefined), to take the locked path. The statement is one transaction: if it fails, every write in it fails.
import type pg from 'pg';

interface Pending {
  collection: string;
  key: string;
  text: string;
  xmin: string;
  resolve: (xmin: string | undefined) => void;
  reject: (err: unknown) => void;
}

const ONE =
  'UPDATE documents SET value = $3::jsonb, updated_at = now() WHERE collection = $1 AND key = $2 AND xmin = $4::text::xid RETURNING xmin::text AS xmin';
const MANY = `UPDATE documents d SET value = v.value::jsonb, updated_at = now()
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS v(collection, key, value, xmin)
  WHERE d.collection = v.collection AND d.key = v.key AND d.xmin = v.xmin::xid
  RETURNING d.collection, d.key, d.xmin::text AS xmin`;

export class OptimisticWriter {
  private queue: Pending[] = [];
  private inFlight = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly maxInFlight = 2,
    private readonly maxBatch = 100,
  ) {}

  /** Writes `text` to the row if its xmin is still `xmin`: the row's new xmin, or undefined when it was not (or is gone). */
  write(collection: string, key: string, text: string, xmin: string): Promise<string | undefined> {
    return new Promise((resolve, reject) => {
      this.queue.push({ collection, key, text, xmin, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length) {
      const batch = this.takeBatch();
      this.inFlight++;
      void this.flush(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  /** Up to maxBatch writes, one per row: a second write of a row already in the batch waits for the next statement. */
  private takeBatch(): Pending[] {
    const batch: Pending[] = [];
    const keys = new Set<string>();
    const rest: Pending[] = [];
    for (const p of this.queue) {
      const k = `${p.collection}\n${p.key}`;
      if (batch.length < this.maxBatch && !keys.has(k)) {
        keys.add(k);
        batch.push(p);
      } else rest.push(p);
    }
    this.queue = rest;
    return batch;
  }

  private async flush(batch: Pending[]): Promise<void> {
    try {
      if (batch.length === 1) {
        const p = batch[0]!;
        const { rows } = await this.pool.query(ONE, [p.collection, p.key, p.text, p.xmin]);
        p.resolve(rows[0]?.xmin as string | undefined);
        return;
      }
      const { rows } = await this.pool.query(MANY, [
        batch.map((p) => p.collection),
        batch.map((p) => p.key),
        batch.map((p) => p.text),
        batch.map((p) => p.xmin),
      ]);
      const written = new Map<string, string>();
      for (const r of rows) written.set(`${r.collection as string}\n${r.key as string}`, r.xmin as string);
      for (const p of batch) p.resolve(written.get(`${p.collection}\n${p.key}`));
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }
}
