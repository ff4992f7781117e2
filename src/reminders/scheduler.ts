// The durable job scheduler port: reminders are jobs due at a time decided by the injected Clock.
// Exactly-once: a job is claimed atomically before its handler runs and marked done after; a handler
// that throws is retried later with backoff (never dropped); a claim older than the lease (its process
// died) can be taken again. EmbeddedScheduler (over the Store) and PgBossScheduler implement it.
import type { Clock } from '../clock.js';
import { errorText, type Logger } from '../logger.js';

export interface Job {
  id: string;
  runAt: Date;
  payload: Record<string, unknown>;
}

export type JobHandler = (job: Job) => Promise<void>;

export interface Scheduler {
  /** Idempotent by id: re-scheduling replaces runAt/payload if the job has not run yet. */
  schedule(job: Job): Promise<void>;
  cancel(id: string): Promise<void>;
  /** Sets the handler and begins polling (every pollMs; 0 = only when runDue is called). */
  start(handler: JobHandler): Promise<void>;
  /** Runs every job due at clock.now(); returns how many this instance ran to completion. */
  runDue(): Promise<number>;
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  clock: Clock;
  log?: Logger;
  /** A claim older than this (by the clock) is taken to belong to a dead process. */
  leaseMs?: number;
  /** Production polling interval; 0 disables the timer. */
  pollMs?: number;
  /** First retry delay after a failure, doubled per attempt up to maxRetryMs. */
  retryBaseMs?: number;
  maxRetryMs?: number;
  /** Done jobs are remembered this long (so re-scheduling a done id stays a no-op), then pruned. */
  retainDoneMs?: number;
  /**
   * How many jobs of one run are worked on at once (default 1: one after another). Jobs of one lane (laneOf) never run
   * at the same time: they run in order, one after another.
   */
  concurrency?: number;
  /** The lane of a job (default: its own id). The app's reminders: their case, so one case's posts keep their order. */
  laneOf?: (job: Pick<Job, 'id' | 'payload'>) => string;
}

export const DEFAULTS = {
  leaseMs: 2 * 60_000,
  pollMs: 5_000,
  retryBaseMs: 30_000,
  maxRetryMs: 60 * 60_000,
  retainDoneMs: 30 * 24 * 60 * 60_000,
  concurrency: 1,
  laneOf: (job: Pick<Job, 'id' | 'payload'>) => job.id,
};

export { inLanes } from './lanes.js';

/** Delay before the next attempt: the error's retryAfterMs (DeliveryError's Retry-After) or exponential backoff. */
export function retryDelayMs(err: unknown, attempts: number, baseMs = DEFAULTS.retryBaseMs, maxMs = DEFAULTS.maxRetryMs): number {
  const after = (err as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  if (typeof after === 'number' && Number.isFinite(after) && after > 0) return after;
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

/** Serialises runDue calls and drives the production timer. */
export class Poller {
  private timer?: NodeJS.Timeout;
  private chain: Promise<unknown> = Promise.resolve();
  private wake?: NodeJS.Timeout;
  /** When the wake timer is set for (NaN: none set). */
  wakeAt = NaN;

  constructor(
    private readonly run: () => Promise<number>,
    private readonly log?: Logger,
  ) {}

  /** Runs after any run in progress (never two at once in one instance). */
  serial(): Promise<number> {
    const p = this.chain.then(this.run);
    this.chain = p.catch(() => {});
    return p;
  }

  start(pollMs: number): void {
    if (pollMs <= 0 || this.timer) return;
    const poll = () => void this.serial().catch((err) => this.log?.error({ err: errorText(err) }, 'scheduler: poll failed'));
    this.timer = setInterval(poll, pollMs);
    this.timer.unref();
    // Catch up at once: what fell due while no process ran is posted now, not a poll interval later.
    poll();
  }

  /**
   * A run at `at` (ms since the epoch) when it falls before the next poll: a timer, replacing the one set. Overdue: the
   * poll takes it, except at the end of a run (`afterRun`), where one that fell due since the run looked runs in 10 ms.
   * Later than a poll interval: the poll comes first.
   */
  wakeFor(at: number, nowMs: number, pollMs: number, afterRun = false): void {
    let delay = at - nowMs;
    if (afterRun && delay <= 0) delay = 10;
    if (!(delay > 0 && delay < pollMs)) return;
    if (this.wake) clearTimeout(this.wake);
    this.wakeAt = at;
    this.wake = setTimeout(() => {
      this.wake = undefined;
      this.wakeAt = NaN;
      void this.serial().catch((err) => this.log?.error({ err: errorText(err) }, 'scheduler: run failed'));
    }, delay);
    this.wake.unref();
  }

  /** Stops the timers and waits (at most waitMs) for a run in progress. */
  async stop(waitMs = 10_000): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.wake) clearTimeout(this.wake);
    this.wake = undefined;
    this.wakeAt = NaN;
    let t: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (t = setTimeout(resolve, waitMs)));
    t?.unref();
    await Promise.race([this.chain, timeout]);
    clearTimeout(t);
  }
}
