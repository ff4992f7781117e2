// EmbeddedScheduler: jobs are documents in a Store collection; claims go through store.update, so it
// is exactly-once within one process on LowdbStore and across replicas on PostgresStore.
// Exclusive (the one scheduler over its store: the app on lowdb): an in-memory index of when each job next needs
// attention replaces the full read of the collection on every poll (100,000 pending reminders were cloned every 5 s),
// and a timer wakes it when the next job is due instead of up to a poll interval later. The index is a heap
// (dueIndex.ts): the next time and the jobs due are found without a pass over every job.
// The jobs due in one run are worked on `concurrency` at a time (one lane, e.g. one case, in order).
import { randomUUID } from 'node:crypto';
import type { Store } from '../store/store.js';
import type { Job, JobHandler, Scheduler, SchedulerOptions } from './scheduler.js';
import { DEFAULTS, Poller, retryDelayMs } from './scheduler.js';
import { Lanes, inLanes } from './lanes.js';
import { DueIndex } from './dueIndex.js';
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

export interface EmbeddedSchedulerOptions extends SchedulerOptions {
  /**
   * This instance is the only one scheduling on and running from its store (the app on lowdb, which one process holds):
   * it keeps an index in memory instead of reading every job on each poll, and wakes when the next one is due.
   * Never with a store several instances share (the others' jobs would not be in the index).
   */
  exclusive?: boolean;
}

export class EmbeddedScheduler implements Scheduler {
  private handler?: JobHandler;
  private readonly poller: Poller;
  private readonly o: Required<Omit<SchedulerOptions, 'log'>> & Pick<SchedulerOptions, 'log'>;
  /** Exclusive only: job id -> when it next needs attention (due, lease over, done long enough to forget), in ms. */
  private readonly index?: DueIndex;
  private running = false;

  constructor(
    private readonly store: Store,
    opts: EmbeddedSchedulerOptions,
  ) {
    const { exclusive, ...rest } = opts;
    this.o = { ...DEFAULTS, ...rest };
    if (exclusive) this.index = new DueIndex();
    this.poller = new Poller(() => this.runOnce(), opts.log);
  }

  async schedule(job: Job): Promise<void> {
    const at = job.runAt.toISOString();
    const r = await this.store.update<JobRecord>(JOBS_COLLECTION, job.id, (cur) =>
      cur && (cur.state === 'claimed' || cur.state === 'done')
        ? cur
        : { id: job.id, runAt: at, dueAt: at, payload: job.payload, state: 'pending', attempts: 0 },
    );
    this.track(job.id, r);
  }

  async cancel(id: string): Promise<void> {
    const r = await this.store.update<JobRecord>(JOBS_COLLECTION, id, (cur) =>
      !cur || cur.state === 'pending' || cur.state === 'cancelled'
        ? undefined
        : cur.state === 'claimed'
          ? { ...cur, state: 'cancelled' }
          : cur,
    );
    this.track(id, r);
  }

  /**
   * Loads the job collection first, so a damaged one stops start-up (LowdbStore's strict collection: the error names
   * the file) instead of failing every poll later (and, exclusive, builds the index from it); then begins polling.
   */
  async start(handler: JobHandler): Promise<void> {
    const all = await this.store.list<JobRecord>(JOBS_COLLECTION);
    if (this.index) for (const { value } of all) this.track(value.id, value, false);
    this.handler = handler;
    this.running = true;
    this.poller.start(this.o.pollMs);
    this.arm();
  }

  runDue(): Promise<number> {
    if (!this.handler) return Promise.reject(new Error('scheduler: start(handler) before runDue()'));
    return this.poller.serial();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.poller.stop();
  }

  /** Exclusive only: when the next job needs attention (the index's earliest time), for tests and the wake timer. */
  nextAttentionAt(): Date | undefined {
    const next = this.index?.earliest() ?? Infinity;
    return Number.isFinite(next) ? new Date(next) : undefined;
  }

  /** When a job needs this scheduler next: due (pending), its lease over (claimed), time to forget it (done). */
  private attentionAt(r: JobRecord): number | undefined {
    const t =
      r.state === 'pending'
        ? Date.parse(r.dueAt)
        : r.state === 'claimed'
          ? Date.parse(r.claimedAt ?? '') + this.o.leaseMs
          : r.state === 'done'
            ? Date.parse(r.doneAt ?? '') + this.o.retainDoneMs
            : NaN; // cancelled while running: its runner removes it
    return Number.isFinite(t) ? t : undefined;
  }

  /** Exclusive only: the job's new record (undefined: gone) goes into the index; an earlier time re-arms the timer. */
  private track(id: string, r: JobRecord | undefined, arm = true): void {
    if (!this.index) return;
    const t = r ? this.attentionAt(r) : undefined;
    if (t === undefined) return void this.index.delete(id);
    this.index.set(id, t);
    if (arm && !(t >= this.poller.wakeAt)) this.arm();
  }

  /**
   * Exclusive and polling: a timer for the next job falling due sooner than the next poll. A job already overdue when
   * it is scheduled (a catch-up) is left to the poll, as before: only what falls due later is woken for. At the end of
   * a run (`afterRun`), one that fell due since the run last looked is run at once (10 ms), not at the next poll.
   */
  private arm(afterRun = false): void {
    if (!this.index || !this.running || this.o.pollMs <= 0) return;
    const next = this.index.earliest();
    if (next === this.poller.wakeAt) return; // already set for it
    this.poller.wakeFor(next, this.o.clock.now().getTime(), this.o.pollMs, afterRun);
  }

  private claimable(r: JobRecord, now: number): boolean {
    if (r.state === 'pending') return Date.parse(r.dueAt) <= now;
    return r.state === 'claimed' && Date.parse(r.claimedAt ?? '') + this.o.leaseMs <= now;
  }

  private async runOnce(): Promise<number> {
    const now = this.o.clock.now().getTime();
    if (this.index) return this.runIndexed(now);
    const all = (await this.store.list<JobRecord>(JOBS_COLLECTION)).map((e) => e.value);
    all.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    return this.attendAll(all, now);
  }

  /** Each record attended to, `concurrency` lanes at once, in the order given within a lane. */
  private attendAll(records: JobRecord[], now: number): Promise<number> {
    return inLanes(
      records,
      (r) => this.o.laneOf(r),
      this.o.concurrency,
      (r) => this.attend(r, now),
    );
  }

  /**
   * Exclusive: only the jobs the index says need attention by now, read one by one, earliest first, worked on
   * `concurrency` lanes at once; while any runs, what falls due meanwhile is fed in as soon as it is due (so a burst of
   * reminders is worked through at once, not one poll interval apart, nor in batches each waiting for its slowest).
   */
  private async runIndexed(first: number): Promise<number> {
    const index = this.index!;
    const lanes = new Lanes<{ r: JobRecord; now: number }>(
      this.o.concurrency,
      ({ r }) => this.o.laneOf(r),
      ({ r, now }) => this.attend(r, now),
    );
    // Each job at most once per run: one due again during it (a retry after a Retry-After) waits for the wake timer, so
    // a run (and runDue, which the demo clock's advance waits for) ends once what was due has been worked through.
    const taken = new Set<string>();
    let fault: { err: unknown } | undefined;
    try {
      // Before the index's earliest time nothing is due (a poll then costs nothing).
      for (let now = first; !lanes.failed; now = this.o.clock.now().getTime()) {
        for (const [id] of index.takeDue(now)) {
          if (taken.has(id)) continue; // restored below: the next run takes it
          taken.add(id);
          const r = await this.store.get<JobRecord>(JOBS_COLLECTION, id);
          if (!r) index.delete(id);
          else lanes.add({ r, now });
        }
        if (!lanes.active) break;
        await this.nextDueOrProgress(lanes);
      }
    } catch (err) {
      fault = { err };
    }
    try {
      const ran = await lanes.done();
      if (fault) throw fault.err;
      return ran;
    } finally {
      for (const id of taken) index.restore(id); // those a failure left unattended wait for the next run
      this.arm(!fault && !lanes.failed);
    }
  }

  /** While jobs run: until one finishes, or the next job in the index falls due (by the clock; at most 1 s). */
  private async nextDueOrProgress(lanes: { progress(): Promise<void> }): Promise<void> {
    const wait = Math.min(1000, Math.max(1, (this.index?.earliest() ?? Infinity) - this.o.clock.now().getTime()));
    let t: NodeJS.Timeout | undefined;
    await Promise.race([lanes.progress(), new Promise<void>((r) => (t = setTimeout(r, wait)))]);
    clearTimeout(t);
  }

  /** A done job kept long enough is forgotten; a due (or lease-expired) one is claimed and run. */
  private async attend(r: JobRecord, now: number): Promise<number> {
    if (r.state === 'done' && Date.parse(r.doneAt ?? '') + this.o.retainDoneMs <= now) {
      const left = await this.store.update<JobRecord>(JOBS_COLLECTION, r.id, (cur) =>
        cur?.state === 'done' && cur.doneAt === r.doneAt ? undefined : cur,
      );
      this.track(r.id, left);
      return 0;
    }
    if (this.claimable(r, now)) return this.claimAndRun(r.id, now);
    this.track(r.id, r, false); // the index was behind the record: it follows it now
    return 0;
  }

  private async claimAndRun(id: string, now: number): Promise<number> {
    const token = randomUUID();
    const claimed = await this.store.update<JobRecord>(JOBS_COLLECTION, id, (cur) =>
      cur && this.claimable(cur, now)
        ? { ...cur, state: 'claimed', claimedAt: new Date(now).toISOString(), token, attempts: cur.attempts + 1 }
        : cur,
    );
    this.track(id, claimed);
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
    const r = await this.store.update<JobRecord>(JOBS_COLLECTION, id, (cur) => {
      kept = false;
      if (!cur || cur.token !== token) return cur;
      if (cur.state === 'cancelled') return undefined;
      if (cur.state !== 'claimed') return cur;
      kept = true;
      return fn(cur);
    });
    this.track(id, r);
    return kept;
  }
}
