// Retention: closed cases are purged RETENTION_DAYS after they were closed. The purge is audited
// with the case key and counts only (no personal data), and runs daily through the scheduler.
import type { CaseRecord, CaseService } from './service.js';
import { CASES, CHANNEL_LINKS, channelKey } from './service.js';
import { REMINDER_POSTS } from './delivery.js';
import { jobId } from './plan.js';
import { addCalendarDays } from '../procedure/calendar.js';

export const RETENTION_JOB = 'case-retention';
const DAY = 86_400_000;

export async function purgeExpired(cases: CaseService, retentionDays: number, now: Date): Promise<string[]> {
  const { store } = cases.o;
  const cutoff = now.getTime() - retentionDays * DAY;
  const purged: string[] = [];
  for (const { key, value: c } of await store.list<CaseRecord>(CASES)) {
    if (c.status !== 'closed' || !c.closedAt || Date.parse(c.closedAt) > cutoff) continue;
    // Delete only if still closed and expired at this instant (someone may reopen it meanwhile).
    let gone = false;
    await store.update<CaseRecord>(CASES, key, (cur) => {
      if (!cur || cur.status !== 'closed' || !cur.closedAt || Date.parse(cur.closedAt) > cutoff) return cur;
      gone = true;
      return undefined;
    });
    if (!gone) continue;
    for (const link of c.channels) {
      await store.update<{ case: string }>(CHANNEL_LINKS, channelKey(link), (l) => (l?.case === key ? undefined : l));
    }
    for (const d of c.deadlines) {
      await store.delete(REMINDER_POSTS, `${key}:${d.id}`);
      for (const s of d.plan) await cases.o.scheduler.cancel(jobId(key, d.id, d.gen, s.n));
    }
    await cases.audit(undefined, key, 'case-purged', { retentionDays, events: c.events.length, deadlines: c.deadlines.length });
    purged.push(key);
  }
  if (purged.length) cases.o.log.info({ purged: purged.length }, 'closed cases purged');
  return purged;
}

/** The next run of the daily retention job: 03:00 London tomorrow. */
export function nextRetentionRun(cases: CaseService, now: Date): Date {
  const cal = cases.rules.calendar;
  const ymd = cal.londonDate(now);
  return cal.atLondonTime(addCalendarDays(ymd, 1), '03:00');
}
