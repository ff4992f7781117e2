// PgBossScheduler (DATABASE_URL): pg-boss's own start_after follows the database clock, not the
// injected Clock, so due times live in our `scheduled_jobs` table. runDue() (1) claims rows due by the
// clock with FOR UPDATE SKIP LOCKED and, in the same transaction, sends each to a pg-boss queue
// (singletonKey = job id); (2) fetches queued pg-boss jobs, claims the row (state queued -> running,
// matching the pg-boss id) and runs the handler, then marks the row done and completes the pg-boss job
// in one transaction. Replicas share the work and never run a job twice.
// The jobs fetched are worked on `concurrency` at a time (one lane, e.g. one case, in order), and besides the poll a
// timer wakes the scheduler when the next job it knows of falls due (each run asks for the earliest pending due time;
// a job scheduled in this process sooner re-arms it): a reminder no longer waits half a poll interval on average.
import PgBoss from 'pg-boss';
import type pg from 'pg';
import type { PostgresStore } from '../store/postgres.js';
import type { Job, JobHandler, Scheduler, SchedulerOptions } from './scheduler.js';
import { DEFAULTS, Poller, inLanes, retryDelayMs } from './scheduler.js';
import { errorText } from '../logger.js';
import { isConnectionError } from '../store/postgres.js';

export interface PgBossSchedulerOptions extends SchedulerOptions {
  store: PostgresStore;
  /** pg-boss's own schema (default "pgboss"). */
  bossSchema?: string;
  queue?: string;
}

interface Row {
  id: string;
  run_at: Date;
  payload: Record<string, unknown>;
  attempts: number;
}

/** What a pg-boss job carries: our row's id, its lane and due time (ms) (the last two absent in jobs queued before them). */
interface QueuedJob {
  id: string;
  lane?: string;
  at?: number;
}

const DISPATCH_BATCH = 50;

const asDb = (c: pg.PoolClient) => ({ executeSql: (text: string, values: unknown[]) => c.query(text, values) });

export class PgBossScheduler implements Scheduler {
  private handler?: JobHandler;
  private boss: PgBoss;
  private readonly queue: string;
  private readonly bossSchema: string;
  private readonly poller: Poller;
  private readonly o: typeof DEFAULTS & PgBossSchedulerOptions;
  private started?: Promise<void>;
  private running = false;

  constructor(opts: PgBossSchedulerOptions) {
    this.o = { ...DEFAULTS, ...opts };
    this.queue = opts.queue ?? 'sg-reminders';
    this.bossSchema = opts.bossSchema ?? 'pgboss';
    this.boss = this.newBoss();
    this.poller = new Poller(() => this.runOnce(), opts.log);
  }

  /** A pg-boss instance; its errors (a lost connection in its own pool, a failed maintenance run) are logged, never fatal. */
  private newBoss(): PgBoss {
    const boss = new PgBoss({
      connectionString: this.o.store.connectionString,
      schema: this.bossSchema,
      max: 4,
      schedule: false,
      application_name: 'sg-scheduler',
      // Passed on to its pg.Pool: a server that does not answer fails a connection attempt instead of hanging it.
      ...({ connectionTimeoutMillis: 15_000 } as object),
    });
    boss.on('error', (err) => this.o.log?.error({ err: errorText(err) }, 'pg-boss error'));
    return boss;
  }

  private get store(): PostgresStore {
    return this.o.store;
  }

  async schedule(job: Job): Promise<void> {
    await this.store.pool.query(
      `INSERT INTO scheduled_jobs (id, run_at, due_at, payload, state) VALUES ($1, $2, $2, $3::jsonb, 'pending')
       ON CONFLICT (id) DO UPDATE SET run_at = EXCLUDED.run_at, due_at = EXCLUDED.due_at, payload = EXCLUDED.payload,
         state = 'pending', attempts = 0, boss_id = NULL, claimed_at = NULL, last_error = NULL, updated_at = now()
       WHERE scheduled_jobs.state IN ('pending', 'queued', 'cancelled')`,
      [job.id, job.runAt, JSON.stringify(job.payload)],
    );
    this.arm(job.runAt.getTime());
  }

  async cancel(id: string): Promise<void> {
    // Not yet running: forget it (a queued pg-boss job then finds no matching row). Running: mark it.
    await this.store.pool.query(
      `WITH gone AS (DELETE FROM scheduled_jobs WHERE id = $1 AND state IN ('pending', 'queued', 'cancelled') RETURNING id)
       UPDATE scheduled_jobs SET state = 'cancelled', updated_at = now() WHERE id = $1 AND state = 'running'`,
      [id],
    );
  }

  /** Starts pg-boss and polling. The database lost meanwhile does not stop start-up: each poll tries pg-boss again. */
  async start(handler: JobHandler): Promise<void> {
    this.handler = handler;
    try {
      await this.ready();
    } catch (err) {
      if (!isConnectionError(err)) throw err;
      this.o.log?.error({ err: errorText(err) }, 'scheduler: pg-boss could not start (database unreachable): trying again on each poll');
    }
    this.running = true;
    this.poller.start(this.o.pollMs);
  }

  runDue(): Promise<number> {
    if (!this.handler) return Promise.reject(new Error('scheduler: start(handler) before runDue()'));
    return this.poller.serial();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.poller.stop();
    if (this.started) await this.started.catch(() => {});
    if (this.started)
      await this.boss
        .stop({ graceful: true, wait: true, close: true, timeout: 10_000 })
        .catch((err) => this.o.log?.warn({ err: errorText(err) }, 'scheduler: pg-boss did not stop cleanly'));
    this.started = undefined;
  }

  private ready(): Promise<void> {
    this.started ??= (async () => {
      const boss = this.boss;
      try {
        await boss.start();
        // pg-boss's create_queue deadlocks when two replicas create one queue at once: serialise it.
        const key = `sg-boss-queue:${this.bossSchema}:${this.queue}`;
        await this.store.withClient(async (c) => {
          await c.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
          try {
            if (!(await boss.getQueue(this.queue))) {
              await boss.createQueue(this.queue, { name: this.queue, policy: 'standard', retryLimit: 0 });
            }
          } finally {
            await c.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => {});
          }
        });
      } catch (err) {
        // pg-boss cannot be started twice after a failed start: the next try gets a fresh instance.
        this.boss = this.newBoss();
        void boss.stop({ graceful: false, close: true }).catch(() => {});
        throw err;
      }
    })();
    this.started.catch(() => (this.started = undefined));
    return this.started;
  }

  private async runOnce(): Promise<number> {
    await this.ready();
    let { ran } = await this.runPass(true);
    // Polling: what fell due while that pass ran is taken at once (a burst of reminders), not at the next poll; what is
    // due later gets the wake timer. A pass that found nothing to do (the due rows locked by another replica) ends it.
    for (let pass = 1; pass < 100 && this.running && this.o.pollMs > 0; pass++) {
      const { rows } = await this.store.pool.query<{ t: Date | null }>(
        `SELECT min(due_at) AS t FROM scheduled_jobs WHERE state = 'pending'`,
      );
      const next = rows[0]?.t?.getTime();
      if (next === undefined) break;
      if (next > this.o.clock.now().getTime()) {
        this.arm(next, true);
        break;
      }
      const p = await this.runPass(false);
      ran += p.ran;
      if (!p.dispatched && !p.fetched) break;
    }
    return ran;
  }

  /** Due rows moved to pg-boss, (first) done rows past retention deleted, and every queued job fetched and worked on. */
  private async runPass(prune: boolean): Promise<{ ran: number; dispatched: number; fetched: number }> {
    const now = this.o.clock.now();
    let dispatched = 0;
    for (let n = await this.dispatch(now); n > 0; n = await this.dispatch(now)) dispatched += n;
    if (prune)
      await this.store.pool.query(`DELETE FROM scheduled_jobs WHERE state = 'done' AND done_at <= $1`, [
        new Date(now.getTime() - this.o.retainDoneMs),
      ]);
    let ran = 0;
    let fetched = 0;
    // One at a time: as before. Several: a dispatch's worth, worked on in due order (pg-boss hands out the jobs of one
    // transaction in no particular order).
    const batchSize = this.o.concurrency > 1 ? DISPATCH_BATCH : 1;
    for (;;) {
      const jobs = await this.boss.fetch<QueuedJob>(this.queue, { batchSize, ignoreStartAfter: true });
      if (!jobs.length) break;
      fetched += jobs.length;
      jobs.sort((a, b) => (a.data.at ?? 0) - (b.data.at ?? 0));
      ran += await inLanes(
        jobs,
        (bj) => bj.data.lane ?? bj.data.id,
        this.o.concurrency,
        (bj) => this.work(bj.id, bj.data.id),
      );
    }
    return { ran, dispatched, fetched };
  }

  /**
   * Polling: a timer for a job falling due at `at`, sooner than the next poll (and than the timer already set). Overdue
   * or later than a poll interval: the poll takes it; except at the end of a run (`afterRun`), where one that fell due
   * since the run looked is run at once (10 ms).
   */
  private arm(at: number, afterRun = false): void {
    if (!this.running || this.o.pollMs <= 0 || at >= this.poller.wakeAt) return;
    this.poller.wakeFor(at, this.o.clock.now().getTime(), this.o.pollMs, afterRun);
  }

  /** Moves up to DISPATCH_BATCH due (or lease-expired) rows to pg-boss; returns how many. */
  private async dispatch(now: Date): Promise<number> {
    const expired = new Date(now.getTime() - this.o.leaseMs);
    return this.store.transaction(async (c) => {
      const { rows } = await c.query<{ id: string; boss_id: string | null; payload: Record<string, unknown>; due_at: Date }>(
        `SELECT id, boss_id, payload, due_at FROM scheduled_jobs
         WHERE (state = 'pending' AND due_at <= $1) OR (state IN ('queued', 'running') AND claimed_at <= $2)
         ORDER BY due_at LIMIT ${DISPATCH_BATCH} FOR UPDATE SKIP LOCKED`,
        [now, expired],
      );
      for (const r of rows) {
        if (r.boss_id) await this.boss.cancel(this.queue, r.boss_id, { db: asDb(c) });
        const data: QueuedJob = { id: r.id, lane: this.o.laneOf({ id: r.id, payload: r.payload }), at: r.due_at.getTime() };
        const bossId = await this.boss.send(this.queue, data, { singletonKey: r.id, retryLimit: 0, db: asDb(c) });
        if (!bossId) throw new Error(`pg-boss refused job ${r.id}`);
        await c.query(`UPDATE scheduled_jobs SET state = 'queued', boss_id = $2, claimed_at = $3, updated_at = now() WHERE id = $1`, [
          r.id,
          bossId,
          now,
        ]);
      }
      return rows.length;
    });
  }

  /** Claims the row for this pg-boss job, runs the handler, records the outcome. Returns 1 when done. */
  private async work(bossId: string, id: string): Promise<number> {
    const { rows } = await this.store.pool.query<Row>(
      `UPDATE scheduled_jobs SET state = 'running', claimed_at = $3, attempts = attempts + 1, updated_at = now()
       WHERE id = $1 AND boss_id = $2 AND state = 'queued' RETURNING id, run_at, payload, attempts`,
      [id, bossId, this.o.clock.now()],
    );
    const row = rows[0];
    if (!row) {
      await this.boss.complete(this.queue, bossId); // stale: re-scheduled, cancelled or reclaimed
      return 0;
    }
    try {
      await this.handler!({ id: row.id, runAt: row.run_at, payload: row.payload });
    } catch (err) {
      const delay = retryDelayMs(err, row.attempts, this.o.retryBaseMs, this.o.maxRetryMs);
      await this.finish(bossId, id, 'fail', `state = 'pending', due_at = $3, claimed_at = NULL, last_error = $4`, [
        new Date(this.o.clock.now().getTime() + delay),
        errorText(err),
      ]);
      this.o.log?.warn({ jobId: id, attempts: row.attempts, retryInMs: delay, err: errorText(err) }, 'scheduler: job failed, will retry');
      return 0;
    }
    const kept = await this.finish(bossId, id, 'complete', `state = 'done', done_at = $3, last_error = NULL`, [this.o.clock.now()]);
    return kept ? 1 : 0;
  }

  /** Records the outcome if this pg-boss job still owns the row (true then), and settles the pg-boss job. */
  private async finish(bossId: string, id: string, outcome: 'complete' | 'fail', set: string, values: unknown[]): Promise<boolean> {
    return this.store.transaction(async (c) => {
      const res = await c.query(
        `UPDATE scheduled_jobs SET ${set}, updated_at = now() WHERE id = $1 AND boss_id = $2 AND state = 'running'`,
        [id, bossId, ...values],
      );
      await c.query(`DELETE FROM scheduled_jobs WHERE id = $1 AND boss_id = $2 AND state = 'cancelled'`, [id, bossId]);
      if (outcome === 'complete') await this.boss.complete(this.queue, bossId, {}, { db: asDb(c) });
      else await this.boss.fail(this.queue, bossId, {}, { db: asDb(c) });
      return (res.rowCount ?? 0) > 0;
    });
  }
}
