// The scheduled duty digest: a channel subscribed with `duty digest here 08:30` gets one post each working day at
// that London time (never on a weekend or an England and Wales bank holiday). Each post is one scheduler job
// (`duty-digest:<channel>:<day>`), so it runs once across replicas and, like reminders, a post missed while no
// process ran is made once at start-up; the job then schedules the next working day's.
import type { Calendar } from '../procedure/calendar.js';
import { addCalendarDays } from '../procedure/calendar.js';
import type { Scheduler, Job } from '../reminders/scheduler.js';
import type { Store } from '../store/store.js';
import type { Who } from '../cases/service.js';
import type { ChannelAddress } from '../conversation/notifier.js';

export const DIGEST_SUBSCRIPTIONS = 'duty-digest-subscriptions';
export const DIGEST_JOB = 'duty-digest';

export interface DigestSubscription extends ChannelAddress {
  /** 'HH:mm', London time. */
  time: string;
  since: string;
  by: Who;
}

/** The first working day at `hhmm` (London) strictly after `after`. */
export function nextDigestAt(after: Date, hhmm: string, cal: Calendar): Date {
  let ymd = cal.londonDate(after);
  for (let i = 0; i < 30; i++, ymd = addCalendarDays(ymd, 1)) {
    if (!cal.isWorkingDay(ymd)) continue;
    const at = cal.atLondonTime(ymd, hhmm);
    if (at.getTime() > after.getTime()) return at;
  }
  throw new Error('no working day within 30 days');
}

/** "8:30", "08:30", "8.30", "0830"? Only H:mm / HH:mm / H.mm, 00:00 to 23:59. */
export function parseDigestTime(s: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(s.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 23 && min <= 59 ? `${String(h).padStart(2, '0')}:${m[2]}` : undefined;
}

export const subscriptionKey = (a: { platform: string; conversationId: string }) => `${a.platform}:${a.conversationId}`;

export class DigestSchedule {
  constructor(
    private readonly store: Store,
    private readonly scheduler: Scheduler,
    private readonly cal: Calendar,
  ) {}

  get(key: string): Promise<DigestSubscription | undefined> {
    return this.store.get<DigestSubscription>(DIGEST_SUBSCRIPTIONS, key);
  }

  /** Subscribe (or move to another time); returns the first post's time. */
  async subscribe(sub: DigestSubscription, now: Date): Promise<Date> {
    const key = subscriptionKey(sub);
    const before = await this.get(key);
    await this.store.put(DIGEST_SUBSCRIPTIONS, key, sub);
    if (before && before.time !== sub.time)
      await this.scheduler.cancel(this.jobId(key, nextDigestAt(now, before.time, this.cal), before.time));
    return this.scheduleNext(key, sub.time, now);
  }

  async unsubscribe(key: string, now: Date): Promise<boolean> {
    const sub = await this.get(key);
    if (!sub) return false;
    await this.store.delete(DIGEST_SUBSCRIPTIONS, key);
    await this.scheduler.cancel(this.jobId(key, nextDigestAt(now, sub.time, this.cal), sub.time));
    return true;
  }

  /** The job of the next post after `after` (idempotent by id: a job already done is not run again). */
  async scheduleNext(key: string, time: string, after: Date): Promise<Date> {
    const runAt = nextDigestAt(after, time, this.cal);
    await this.scheduler.schedule({ id: this.jobId(key, runAt, time), runAt, payload: { kind: DIGEST_JOB, channel: key, time } });
    return runAt;
  }

  /** At start-up: every subscription has its next post planned (a missed one stays planned and runs now). */
  async ensureAll(now: Date): Promise<void> {
    for (const { key, value } of await this.store.list<DigestSubscription>(DIGEST_SUBSCRIPTIONS))
      await this.scheduleNext(key, value.time, now);
  }

  /** The subscription a due job is for, when it still stands at that time; the next post is planned first. */
  async due(job: Job, now: Date): Promise<DigestSubscription | undefined> {
    const p = job.payload as { channel?: string; time?: string };
    if (!p.channel || !p.time) return undefined;
    const sub = await this.get(p.channel);
    if (!sub || sub.time !== p.time) return undefined;
    await this.scheduleNext(p.channel, sub.time, new Date(Math.max(now.getTime(), job.runAt.getTime())));
    return sub;
  }

  private jobId(key: string, runAt: Date, time: string): string {
    return `${DIGEST_JOB}:${key}:${this.cal.londonDate(runAt)}:${time}`;
  }
}
