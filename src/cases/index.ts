// The case module: case channels, events → deadlines, shared checklists, reminders, audit, retention.
import type { CommandHandler, FlowDeps } from '../conversation/flow.js';
import type { Notifier } from '../conversation/notifier.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Config } from '../config.js';
import { createCalendar } from '../procedure/calendar.js';
import { deadlinesFor } from '../procedure/deadlines.js';
import { createScheduler } from '../reminders/index.js';
import type { Job, Scheduler } from '../reminders/scheduler.js';
import { validateCaseReference, looksLikeName } from './reference.js';
import { formatLondon } from './format.js';
import { Audit } from './audit.js';
import { CaseService, CASES } from './service.js';
import type { CaseRecord, CaseRules } from './service.js';
import { createCaseHandler } from './handler.js';
import { CaseJoins } from './joins.js';
import { loadRoles, type Roles } from './roles.js';
import { ReminderDelivery } from './delivery.js';
import { purgeExpired, nextRetentionRun, RETENTION_JOB } from './retention.js';

export interface CaseModuleOptions {
  store: Store;
  clock: Clock;
  log: Logger;
  config: Config;
  /** The flows' dependencies: the case module uses the calendar (by default, one for HOLIDAY_REGION). */
  deps?: Partial<FlowDeps>;
  /** Tests may inject a scheduler (e.g. with polling off); by default createScheduler's. */
  scheduler?: Scheduler;
  /** Duty managers; by default read from ROLES_FILE. */
  roles?: Roles;
}

export interface CaseModule {
  handlers: CommandHandler[];
  start(notifiers: Notifier[]): Promise<void>;
  /** Deliver every reminder due at clock.now() (catch-up after downtime; the playground's demo clock). */
  runDue(): Promise<number>;
  stop(): Promise<void>;
  /** Purge closed cases older than RETENTION_DAYS; returns the purged case keys. */
  purgeExpired(now?: Date): Promise<string[]>;
  /** The next instant a reminder is planned (the playground's demo clock jumps to it). */
  nextDueAt(): Promise<Date | undefined>;
  /** Run the scheduler's jobs of another kind (payload.kind) with this handler (e.g. the duty digest). */
  onJob(kind: string, handler: (job: Job) => Promise<void>): void;
  service: CaseService;
  delivery: ReminderDelivery;
  roles: Roles;
}

export function buildRules(
  config: Pick<Config, 'HOLIDAY_REGION'> & Partial<Pick<Config, 'ESCALATE_AFTER_WORKING_HOURS'>>,
  deps: Partial<FlowDeps> = {},
): CaseRules {
  const calendar = deps.calendar ?? createCalendar(config.HOLIDAY_REGION);
  return {
    calendar,
    deadlinesFor: (e) => deadlinesFor(e, calendar),
    validateReference: validateCaseReference,
    looksLikeName,
    formatLondon,
    escalateAfterWorkingHours: config.ESCALATE_AFTER_WORKING_HOURS ?? 2,
  };
}

export function createCaseModule(opts: CaseModuleOptions): CaseModule {
  const { store, clock, log, config } = opts;
  const rules = buildRules(config, opts.deps);
  const scheduler = opts.scheduler ?? createScheduler({ config, store, clock, log });
  const service = new CaseService({ store, clock, log, rules, scheduler, audit: new Audit(store) });
  const delivery = new ReminderDelivery(service);
  service.onDeadlineChanged = (c, d) => delivery.refreshCopies(c, d);
  const roles = opts.roles ?? loadRoles(config.ROLES_FILE, log);
  const joins = new CaseJoins(service, delivery);
  const handler = createCaseHandler({ cases: service, delivery, joins, roles, retentionDays: config.RETENTION_DAYS });
  const purge = (now = clock.now()) => purgeExpired(service, config.RETENTION_DAYS, now);

  /** The daily purge: one job per day (ids are never reused: the scheduler remembers done ids). */
  async function scheduleRetention(from: Date): Promise<void> {
    const runAt = nextRetentionRun(service, from);
    await scheduler.schedule({ id: `${RETENTION_JOB}:${runAt.toISOString().slice(0, 10)}`, runAt, payload: { kind: 'retention' } });
  }

  const jobHandlers = new Map<string, (job: Job) => Promise<void>>();
  async function onJob(job: Job): Promise<void> {
    const other = jobHandlers.get(String(job.payload.kind));
    if (other) return other(job);
    if (job.payload.kind === 'retention') {
      await scheduleRetention(clock.now());
      await purge(clock.now());
      return;
    }
    await delivery.handle(job);
  }

  return {
    handlers: [handler],
    onJob: (kind, fn) => void jobHandlers.set(kind, fn),
    async start(notifiers) {
      delivery.setNotifiers(notifiers);
      await scheduler.start(onJob);
      await scheduleRetention(clock.now());
    },
    runDue: () => scheduler.runDue(),
    stop: () => scheduler.stop(),
    purgeExpired: purge,
    nextDueAt: () => nextDueAt(store, clock.now()),
    service,
    delivery,
    roles,
  };
}

/** The next instant a reminder of an open case is planned after `now` (the playground's demo clock jumps to it). */
async function nextDueAt(store: Store, now: Date): Promise<Date | undefined> {
  let next: number | undefined;
  for (const { value: c } of await store.list<CaseRecord>(CASES)) {
    if (c.status !== 'open') continue;
    for (const d of c.deadlines) {
      if (d.status !== 'open') continue;
      for (const s of d.plan) {
        const t = Date.parse(s.at);
        if (t > now.getTime() && (next === undefined || t < next)) next = t;
      }
    }
  }
  return next === undefined ? undefined : new Date(next);
}
