// Picks the scheduler: pg-boss when the store is PostgreSQL (DATABASE_URL), else the embedded one.
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { PostgresStore } from '../store/postgres.js';
import type { Store } from '../store/store.js';
import { EmbeddedScheduler } from './embedded.js';
import { PgBossScheduler } from './pgboss.js';
import type { Job, Scheduler, SchedulerOptions } from './scheduler.js';

export interface CreateSchedulerOptions {
  config: Config;
  store: Store;
  clock: Clock;
  log: Logger;
  /** Overrides (tests: pollMs 0, shorter leases). */
  options?: Partial<Omit<SchedulerOptions, 'clock' | 'log'>> & { bossSchema?: string };
}

/**
 * The app's jobs: those of one case (reminders, escalations, meeting cards) in one lane, so that one case's posts keep
 * their order; a digest in its channel's lane; up to 16 lanes at once (1,000 reminders due in one minute were posted one
 * after another, each waiting on its store writes and its HTTP post: p99 lateness 3.9 s on lowdb). The platforms'
 * limits are kept by the notifiers' pacer (src/conversation/pacing.ts), whatever the concurrency.
 */
export const APP_SCHEDULING = {
  concurrency: 16,
  laneOf: (job: Pick<Job, 'id' | 'payload'>): string => {
    const p = job.payload as { case?: unknown; channel?: unknown };
    if (typeof p.case === 'string') return `case:${p.case}`;
    if (typeof p.channel === 'string') return `channel:${p.channel}`;
    return `job:${job.id}`;
  },
} satisfies Pick<SchedulerOptions, 'concurrency' | 'laneOf'>;

export function createScheduler({ config, store, clock, log, options }: CreateSchedulerOptions): Scheduler {
  const base = { clock, ...APP_SCHEDULING, ...options, log: log.child({ part: 'scheduler' }) };
  if (config.DATABASE_URL && store instanceof PostgresStore) {
    return new PgBossScheduler({ ...base, store, bossSchema: options?.bossSchema ?? (store.schema ? `${store.schema}_boss` : 'pgboss') });
  }
  // One process holds a lowdb DATA_DIR, so its one scheduler may keep the jobs' index in memory.
  return new EmbeddedScheduler(store, { ...base, exclusive: !(store instanceof PostgresStore) });
}

export type { Job, JobHandler, Scheduler } from './scheduler.js';
export { EmbeddedScheduler, PgBossScheduler };
