// EmbeddedScheduler: jobs are documents in a Store collection; claims go through store.update, so it
// is exactly-once within one process on LowdbStore and across replicas on PostgresStore.
import { randomUUID } from 'node:crypto';
import type { Store } from '../store/store.js';
import type { Job, JobHandler, Scheduler, SchedulerOptions } from './scheduler.js';
import { DEFAULTS, Poller, retryDelayMs } from './scheduler.js';
import { errorText } from '../logger.js';

export const JOBS_COLLECTION = 'scheduler_jobs';

interface JobRecord {
  id: string;
  runAt: string;
  dueAt: string;
  payload: Record<string, unknown>;
  state: 'pending' | 'claimed' | 'done' | 'cancelled';
  attempts: number;
  claimedAt?: string;
  token?: string;
  doneAt?: string;
  lastError?: string;
}

export class EmbeddedScheduler implements Scheduler {
  private handler?: JobHandler;
  private readonly poller: Poller;
  private readonly o: Required<Omit<SchedulerOptions, 'log'>> & Pick<SchedulerOptions, 'log'>;

  constructor(
    private readonly store: Store,
    opts: SchedulerOptions,
  ) {
    this.o = { ...DEFAULTS, ...opts };
    this.poller = new Poller(() => this.runOnce(), opts.log);
  }

  async schedule(job: Job): Promise<void> {
    const at = job.runAt.toISOString();
    await this.store.update<JobRecord>(JOBS_COLLECTION, job.id, (cur) =>
      cur && (cur.state === 'claimed' || cur.state === 'done')
        ? cur
        : { id: job.id, runAt: at, dueAt: at, payload: job.payload, state: 'pending', attempts: 0 },
    );
  }

  async cancel(id: string): Promise<void> {
    await this.store.update<JobRecord>(JOBS_COLLECTION, id, (cur) =>
      !cur || cur.state === 'pending' || cur.state === 'cancelled'
        ? undefined
        : cur.state === 'claimed'
          ? { ...cur, state: 'cancelled' }
          : cur,
    );
  }

  /**
   * Loads the job collection first, so a damaged one stops start-up (LowdbStore's strict collection: the error names
   * the file) instead of failing every poll later; then begins polling.
   */
  async start(handler: JobHandler): Promise<void> {
    await this.store.list<JobRecord>(JOBS_COLLECTION);
    this.handler = handler;
    this.poller.start(this.o.pollMs);
  }

  runDue(): Promise<number> {
    if (!this.handler) return Promise.reject(new Error('scheduler: start(handler) before runDue()'));
    return this.poller.serial();
  }

  async stop(): Promise<void> {
    await this.poller.stop();
  }

  private claimable(r: JobRecord, now: number): boolean {
    if (r.state === 'pending') return Date.parse(r.dueAt) <= now;
    return r.state === 'claimed' && Date.parse(r.claimedAt ?? '') + this.o.leaseMs <= now;
  }

  private async runOnce(): Promise<number> {
    const now = this.o.clock.now().getTime();
    const all = (await this.store.list<JobRecord>(JOBS_COLLECTION)).map((e) => e.value);
    all.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    let ran = 0;
    for (const r of all) {
      if (r.state === 'done' && Date.parse(r.doneAt ?? '') + this.o.retainDoneMs <= now) {
        await this.store.update<JobRecord>(JOBS_COLLECTION, r.id, (cur) =>
          cur?.state === 'done' && cur.doneAt === r.doneAt ? undefined : cur,
        );
      } else if (this.claimable(r, now)) {
        ran += await this.claimAndRun(r.id, now);
      }
    }
    return ran;
  }

  private async claimAndRun(id: string, now: number): Promise<number> {
    const token = randomUUID();
    const claimed = await this.store.update<JobRecord>(JOBS_COLLECTION, id, (cur) =>
      cur && this.claimable(cur, now)
        ? { ...cur, state: 'claimed', claimedAt: new Date(now).toISOString(), token, attempts: cur.attempts + 1 }
        : cur,
    );
    if (!claimed || claimed.state !== 'claimed' || claimed.token !== token) return 0; // another instance has it
    try {
      await this.handler!({ id, runAt: new Date(claimed.runAt), payload: claimed.payload });
    } catch (err) {
      const delay = retryDelayMs(err, claimed.attempts, this.o.retryBaseMs, this.o.maxRetryMs);
      const dueAt = new Date(this.o.clock.now().getTime() + delay).toISOString();
      await this.finish(id, token, (cur) => ({
        ...cur,
        state: 'pending',
        dueAt,
        lastError: errorText(err),
        claimedAt: undefined,
        token: undefined,
      }));
      this.o.log?.warn(
        { jobId: id, attempts: claimed.attempts, retryInMs: delay, err: errorText(err) },
        'scheduler: job failed, will retry',
      );
      return 0;
    }
    const doneAt = this.o.clock.now().toISOString();
    const kept = await this.finish(id, token, (cur) => ({ ...cur, state: 'done', doneAt, lastError: undefined, token: undefined }));
    return kept ? 1 : 0;
  }

  /** Applies the outcome only if our claim still holds (true then); a job cancelled while running is dropped. */
  private async finish(id: string, token: string, fn: (cur: JobRecord) => JobRecord): Promise<boolean> {
    let kept = false;
    await this.store.update<JobRecord>(JOBS_COLLECTION, id, (cur) => {
      kept = false;
      if (!cur || cur.token !== token) return cur;
      if (cur.state === 'cancelled') return undefined;
      if (cur.state !== 'claimed') return cur;
      kept = true;
      return fn(cur);
    });
    return kept;
  }
}
