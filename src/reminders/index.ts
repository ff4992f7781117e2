// Picks the scheduler: pg-boss when the store is PostgreSQL (DATABASE_URL), else the embedded one.
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { PostgresStore } from '../store/postgres.js';
import type { Store } from '../store/store.js';
import { EmbeddedScheduler } from './embedded.js';
import { PgBossScheduler } from './pgboss.js';
import type { Scheduler, SchedulerOptions } from './scheduler.js';

export interface CreateSchedulerOptions {
  config: Config;
  store: Store;
  clock: Clock;
  log: Logger;
  /** Overrides (tests: pollMs 0, shorter leases). */
  options?: Partial<Omit<SchedulerOptions, 'clock' | 'log'>> & { bossSchema?: string };
}

export function createScheduler({ config, store, clock, log, options }: CreateSchedulerOptions): Scheduler {
  const base = { clock, ...options, log: log.child({ part: 'scheduler' }) };
  if (config.DATABASE_URL && store instanceof PostgresStore) {
    return new PgBossScheduler({ ...base, store, bossSchema: options?.bossSchema ?? (store.schema ? `${store.schema}_boss` : 'pgboss') });
  }
  // One process holds a lowdb DATA_DIR, so its one scheduler may keep the jobs' index in memory.
  return new EmbeddedScheduler(store, { ...base, exclusive: !(store instanceof PostgresStore) });
}

export type { Job, JobHandler, Scheduler } from './scheduler.js';
export { EmbeddedScheduler, PgBossScheduler };
