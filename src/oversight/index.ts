// Oversight across cases (product capability 13): the duty digest (on demand and each working day), the case
// chronology file, and the partnership figures. Wired in by src/app.ts beside the case module.
import type { Message, Turn } from '../conversation/model.js';
import type { Notifier } from '../conversation/notifier.js';
import { DeliveryError } from '../conversation/notifier.js';
import type { CaseModule } from '../cases/index.js';
import type { CaseService } from '../cases/service.js';
import { channelKey, type CaseRecord } from '../cases/service.js';
import { AUDIT_LOG, type AuditEntry } from '../cases/audit.js';
import type { Job } from '../reminders/scheduler.js';
import type { Store } from '../store/store.js';
import type { Logger } from '../logger.js';
import { errorText } from '../logger.js';
import { text } from '../conversation/model.js';
import { addCalendarDays } from '../procedure/calendar.js';
import { oversightQueries, type DigestCase } from './queries.js';
import { digestMessage, digestRows, endOfToday } from './digest.js';
import { DIGEST_JOB, DigestSchedule, parseDigestTime } from './schedule.js';
import { chronology, KIND_LABEL, type ChronologyKind } from './chronology.js';
import { chronologyFiles } from './chronologyFiles.js';
import { computeFigures } from './figures.js';
import { statsMessage } from './statsCard.js';
import { createOversightHandlers, type Oversight } from './handler.js';

export type { Oversight };

/** A digest posted more than this after its time says it is late. */
const LATE_MS = 10 * 60_000;

/** The default period of the figures: the last 12 months, to the end of today (London). */
export function lastTwelveMonths(now: Date, cases: CaseService): { from: Date; to: Date } {
  const cal = cases.rules.calendar;
  const to = endOfToday(now, cal);
  const today = cal.londonDate(now);
  const from = cal.atLondonTime(addCalendarDays(`${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, 1), '00:00');
  return { from, to };
}

export function createOversight(opts: { module: CaseModule; store: Store; log: Logger }): Oversight {
  const { module, store, log } = opts;
  const cases = module.service;
  const clock = cases.o.clock;
  const cal = cases.rules.calendar;
  const fmt = (d: Date) => cases.rules.formatLondon(d);
  const fmtDay = (d: Date) => fmt(d).replace(/, \d{2}:\d{2}$/, '');
  const queries = oversightQueries(store);
  const schedule = new DigestSchedule(store, cases.o.scheduler, cal);
  let notifiers: Notifier[] = [];

  async function digestCases(turn: Pick<Turn, 'platform' | 'conversationId'>, scope: 'all' | 'channel', now: Date): Promise<DigestCase[]> {
    if (scope === 'all') return queries.dueBefore(endOfToday(now, cal));
    const c = await cases.forChannel(turn);
    return c ? [c] : [];
  }

  const o: Oversight = {
    cases,
    roles: module.roles,
    queries,
    schedule,
    handlers: [],
    parseTime: parseDigestTime,
    async digestFor(turn, scope) {
      const now = clock.now();
      return digestMessage(digestRows(await digestCases(turn, scope, now), now, cal), now, fmt, { scope });
    },
    async chronologyMessage(c) {
      const audit = (await store.readLog(AUDIT_LOG, { field: 'case', equals: c.key })) as unknown as AuditEntry[];
      return chronologyCard(c, audit, clock.now(), fmt);
    },
    async figures(from, to) {
      return computeFigures(await queries.factsOpened(from, to), from, to, clock.now());
    },
    async statsMessage() {
      const { from, to } = lastTwelveMonths(clock.now(), cases);
      return statsMessage(await o.figures(from, to), fmtDay);
    },
    async start(n) {
      notifiers = n;
      await schedule.ensureAll(clock.now());
    },
  };
  o.handlers = createOversightHandlers(o);

  module.onJob(DIGEST_JOB, (job: Job) => postDigest(job, { store, log, cases, schedule, queries, notifiers: () => notifiers }));
  return o;
}

/** The chronology card: how many entries of each kind, the latest eight, and the files (reference only, no names). */
function chronologyCard(c: CaseRecord, audit: AuditEntry[], now: Date, fmt: (d: Date) => string): Message {
  const entries = chronology(c, audit, now, fmt);
  const counts = new Map<ChronologyKind, number>();
  for (const e of entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return {
    title: `Case ${c.ref}: chronology`,
    blocks: [
      text(`${entries.length} entries, ${fmt(new Date(entries[0]!.at))} to ${fmt(new Date(entries.at(-1)!.at))}.`),
      { type: 'facts', facts: [...counts].map(([k, n]) => ({ label: KIND_LABEL[k], value: String(n) })) },
      { type: 'heading', text: 'Latest' },
      { type: 'list', items: entries.slice(-8).map((e) => `${fmt(new Date(e.at))}: ${e.what}${e.detail ? ` (${e.detail})` : ''}`) },
      text(
        'The file (Markdown, CSV and a printable page) carries the case reference only: no names. Check it before you paste it into the NRM form.',
        'subtle',
      ),
    ],
    buttons: [{ label: 'Case card', action: { t: 'case', a: 'card' } }],
    files: chronologyFiles(c.ref, entries, fmt, now),
    sources: ['Monitoring report §6.2', 'PG47 §13.2'],
  };
}

interface DigestJobDeps {
  store: Store;
  log: Logger;
  cases: CaseService;
  schedule: DigestSchedule;
  queries: ReturnType<typeof oversightQueries>;
  notifiers: () => Notifier[];
}

/** A due digest job: the post into the subscribed channel (retried by the scheduler when the platform fails). */
async function postDigest(job: Job, deps: DigestJobDeps): Promise<void> {
  const { log, cases, schedule, queries } = deps;
  const cal = cases.rules.calendar;
  const fmt = (d: Date) => cases.rules.formatLondon(d);
  const now = cases.o.clock.now();
  const sub = await schedule.due(job, now);
  if (!sub) return;
  const late = now.getTime() - job.runAt.getTime() > LATE_MS;
  const rows = digestRows(await queries.dueBefore(endOfToday(now, cal)), now, cal);
  const message = digestMessage(rows, now, fmt, { scope: 'all', ...(late ? { lateFrom: fmt(job.runAt) } : {}) });
  const notifier = deps.notifiers().find((x) => x.platform === sub.platform);
  if (!notifier) throw new DeliveryError(`no ${sub.platform} notifier in this process: the digest waits`, true);
  try {
    await notifier.post({ platform: sub.platform, conversationId: sub.conversationId }, message);
    log.info({ channel: channelKey(sub).split(':')[0], cases: rows.length, late }, 'duty digest posted');
  } catch (e) {
    if (e instanceof DeliveryError && !e.retryable) {
      log.error({ platform: sub.platform, err: errorText(e) }, 'duty digest could not be posted: not retried');
      return;
    }
    throw e;
  }
}
