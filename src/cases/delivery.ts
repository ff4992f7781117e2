// Reminder delivery: a due job posts the reminder into every channel linked to the case, exactly once
// per channel (escalations and meeting cards too); what people do on a copy (deadlineActions.ts) updates every copy.
import type { ChannelAddress, Notifier, PostedMessage } from '../conversation/notifier.js';
import { DeliveryError } from '../conversation/notifier.js';
import type { Message, Turn } from '../conversation/model.js';
import type { CaseRecord, CaseService, ChannelLink, DeadlineRecord, ReminderStep } from './service.js';
import { channelKey } from './service.js';
import type { Job } from '../reminders/scheduler.js';
import { deadlineStateMessage, escalationMessage, reminderMessage } from './reminderMessages.js';
import { errorText } from '../logger.js';
import { isAttendanceDeadline } from './attendance.js';
import { DeadlineActions, type ActionOutcome } from './deadlineActions.js';

export const REMINDER_POSTS = 'case-reminder-posts';
/** A reminder delivered more than this after its time is marked late. */
export const LATE_AFTER_MS = 10 * 60_000;

interface PostedCopy extends PostedMessage {
  job: string;
  channel: string;
  late: boolean;
}
interface PostsRecord {
  copies: PostedCopy[];
  failed: Array<{ job: string; channel: string; reason: string }>;
  /** Posts in progress (a second runner of the same job waits for them rather than posting too). */
  claims?: Array<{ job: string; channel: string; at: string }>;
}

/** A claim older than this belongs to a runner that died mid-post: the post is tried again. */
export const CLAIM_MS = 5 * 60_000;
/** How often the update of a copy held back by a rate limit is tried again (each after the wait the limit gave). */
const REFRESH_RETRIES = 20;

export type { ActionOutcome } from './deadlineActions.js';

export class ReminderDelivery {
  private notifiers: Notifier[] = [];

  private readonly actions: DeadlineActions;

  constructor(private readonly cases: CaseService) {
    this.actions = new DeadlineActions(cases, this);
  }

  setNotifiers(n: Notifier[]): void {
    this.notifiers = n;
  }

  private get o() {
    return this.cases.o;
  }

  /** The job handler. Throws a retryable DeliveryError so the scheduler retries (channels already posted are skipped). */
  async handle(job: Job): Promise<void> {
    const p = job.payload as { kind?: string; case?: string; deadline?: string; gen?: number; n?: number };
    if (p.kind !== 'reminder' || !p.case || !p.deadline) return;
    const c = await this.cases.get(p.case);
    const d = c?.deadlines.find((x) => x.id === p.deadline);
    if (!c || !d || c.status !== 'open' || d.status !== 'open' || d.gen !== p.gen) return;
    const step = d.plan.find((s) => s.n === p.n);
    if (!step) return;
    const now = this.o.clock.now();
    if (step.kind === 'escalate') return this.escalate(job, c, d, step, now);
    if (step.kind === 'card') return this.postMeetingCard(job, c, d);
    // Who has not answered is worth saying only before the meeting.
    if (step.kind === 'attendance' && now.getTime() >= Date.parse(d.due)) return;
    const at = Date.parse(step.at);
    // After downtime, several steps may be due at once: only the latest (by time, then order) is posted.
    // The escalation is a message of its own (to the lead), so it never hides a reminder nor is hidden by one.
    const later = (s: ReminderStep) => Date.parse(s.at) > at || (Date.parse(s.at) === at && s.n > step.n);
    const ownMessage = (s: ReminderStep) => s.kind === 'escalate' || s.kind === 'attendance' || s.kind === 'card';
    if (!ownMessage(step) && d.plan.some((s) => !ownMessage(s) && s.n !== step.n && Date.parse(s.at) <= now.getTime() && later(s))) return;
    if (step.kind !== 'snooze' && d.snoozedUntil && Date.parse(d.snoozedUntil) > now.getTime()) return;
    // Past due: keep reminding daily on working days until done.
    if (now.getTime() >= Date.parse(d.due)) await this.chainDaily(c, d, now);
    const late = now.getTime() - at > LATE_AFTER_MS;
    const message = reminderMessage(c, d, step, now, this.o.rules.formatLondon, late);
    await this.postToEvery(job, c, d, message, late, 'reminder');
  }

  /**
   * Still overdue and nobody acknowledged it: escalated once to the lead, in every channel of the case (each channel
   * once, like a reminder: the job runs exactly once across replicas). Snoozed now or acknowledged: nothing.
   */
  private async escalate(job: Job, c: CaseRecord, d: DeadlineRecord, step: ReminderStep, now: Date): Promise<void> {
    if (d.acknowledgedAt) return;
    if (d.snoozedUntil && Date.parse(d.snoozedUntil) > now.getTime()) return;
    if (now.getTime() < Date.parse(d.due)) return;
    let first = false;
    const saved = await this.cases.mutate(c.key, (cur) => ({
      ...cur,
      deadlines: cur.deadlines.map((x) => {
        if (x.id !== d.id || x.gen !== d.gen || x.status !== 'open' || x.acknowledgedAt || x.escalatedAt) return x;
        first = true;
        return { ...x, escalatedAt: now.toISOString() };
      }),
    }));
    const nd = saved.deadlines.find((x) => x.id === d.id);
    if (!nd || nd.status !== 'open' || nd.gen !== d.gen || nd.acknowledgedAt) return;
    if (first)
      await this.cases.audit(undefined, saved, 'deadline-escalated', {
        deadline: d.id,
        rule: d.rule,
        lead: saved.lead ? saved.lead.mentionId : 'none',
      });
    const hours = this.o.rules.escalateAfterWorkingHours ?? 2;
    const message = escalationMessage(saved, nd, now, this.o.rules.formatLondon, hours);
    await this.postToEvery(job, saved, nd, message, false, 'escalation');
  }

  /**
   * A job's message into every channel of the case, each once (postOnce). Every channel gets its chance; then the
   * first retryable failure is rethrown, so the scheduler runs the job again (channels already posted are skipped).
   */
  private async postToEvery(job: Job, c: CaseRecord, d: DeadlineRecord, message: Message, late: boolean, what: string): Promise<void> {
    let retry: unknown;
    for (const link of c.channels) {
      try {
        await this.postOnce(c, d, job.id, link, message, late);
      } catch (e) {
        retry ??= e;
        const retryAfterMs = e instanceof DeliveryError ? e.retryAfterMs : undefined;
        this.o.log.warn({ job: job.id, channel: link.platform, retryAfterMs, err: errorText(e) }, `${what} delivery failed: will retry`);
      }
    }
    if (retry) throw retry;
  }

  /** Overdue: remind again at 09:00 on the next working day, until done. */
  private async chainDaily(c: CaseRecord, d: DeadlineRecord, now: Date): Promise<void> {
    const next = this.o.rules.calendar.addWorkingDays(now, 1, '09:00');
    let step: ReminderStep | undefined;
    const saved = await this.cases.mutate(c.key, (cur) => ({
      ...cur,
      deadlines: cur.deadlines.map((x) => {
        if (x.id !== d.id || x.gen !== d.gen) return x;
        if (x.plan.some((s) => s.kind === 'daily' && Date.parse(s.at) > now.getTime())) return x;
        step = { n: Math.max(...x.plan.map((s) => s.n)) + 1, at: next.toISOString(), kind: 'daily' };
        return { ...x, plan: [...x.plan, step] };
      }),
    }));
    const nd = saved.deadlines.find((x) => x.id === d.id);
    if (step && nd) await this.cases.scheduleStep(c.key, nd, step);
  }

  private async postOnce(c: CaseRecord, d: DeadlineRecord, job: string, link: ChannelLink, message: Message, late: boolean): Promise<void> {
    const key = `${c.key}:${d.id}`;
    const ch = channelKey(link);
    const mine = (x: { job: string; channel: string }) => x.job === job && x.channel === ch;
    const notifier = this.notifiers.find((n) => n.platform === link.platform);
    const now = this.o.clock.now().getTime();
    // Before posting: claim this channel for this reminder (atomic), unless it is posted, failed or being posted.
    let state = 'done' as 'claimed' | 'done' | 'busy' | 'absent';
    let busyFor = 0;
    await this.o.store.update<PostsRecord>(REMINDER_POSTS, key, (r) => {
      const cur = r ?? { copies: [], failed: [] };
      if (cur.copies.some(mine) || cur.failed.some(mine)) return r;
      if (!notifier) {
        state = 'absent';
        return r;
      }
      const claim = cur.claims?.find(mine);
      if (claim && now - Date.parse(claim.at) < CLAIM_MS) {
        state = 'busy';
        busyFor = CLAIM_MS - (now - Date.parse(claim.at));
        return r;
      }
      state = 'claimed';
      return { ...cur, claims: [...(cur.claims ?? []).filter((x) => !mine(x)), { job, channel: ch, at: new Date(now).toISOString() }] };
    });
    // The platform is not configured in this process (e.g. a restart without its settings): never dropped,
    // retried (with backoff) until a process that has it posts the reminder there, or a later one supersedes it.
    if (state === 'absent')
      throw new DeliveryError(
        `no ${link.platform} notifier in this process: the reminder waits until ${link.platform} is configured`,
        true,
      );
    if (state === 'busy') throw new DeliveryError('this reminder is being posted to that channel by another runner', true, busyFor);
    if (state !== 'claimed' || !notifier) return;
    const settle = (fn: (cur: PostsRecord) => PostsRecord) =>
      this.o.store.update<PostsRecord>(REMINDER_POSTS, key, (r) => {
        const cur = r ?? { copies: [], failed: [] };
        return fn({ ...cur, claims: (cur.claims ?? []).filter((x) => !mine(x)) });
      });
    try {
      const posted = await notifier.post(await this.address(link), message);
      // After posting: recorded atomically at once, so a retry of this job does not post here again.
      await settle((cur) => (cur.copies.some(mine) ? cur : { ...cur, copies: [...cur.copies, { ...posted, job, channel: ch, late }] }));
      await this.cases.audit(undefined, c, 'reminder-posted', { deadline: d.id, rule: d.rule, platform: link.platform, late });
    } catch (e) {
      // Retryable (429, 5xx, network) or unknown: release the claim; the scheduler retries; never dropped for a blip.
      if (!(e instanceof DeliveryError) || e.retryable) {
        await settle((cur) => cur);
        throw e;
      }
      // Not retryable (e.g. the app was removed from the channel: 403): record, audit, never retry this channel.
      const reason = 'rejected';
      this.o.log.error({ case: c.key, platform: link.platform, err: errorText(e) }, 'reminder could not be posted');
      await settle((cur) => ({ ...cur, failed: [...cur.failed, { job, channel: ch, reason }] }));
      await this.cases.audit(undefined, c, 'reminder-failed', { deadline: d.id, rule: d.rule, platform: link.platform, reason });
    }
  }

  /** Post a message (not a reminder) into one channel: true once posted, false when it could not be (logged). */
  async postTo(link: ChannelLink, message: Message): Promise<boolean> {
    const notifier = this.notifiers.find((n) => n.platform === link.platform);
    if (!notifier) return false;
    try {
      await notifier.post(await this.address(link), message);
      return true;
    } catch (e) {
      this.o.log.warn({ platform: link.platform, err: errorText(e) }, 'case message could not be posted to a channel');
      return false;
    }
  }

  /** Where a linked channel is: its platform's notifier resolves the rest (e.g. the freshest stored reference). */
  private async address(link: ChannelLink): Promise<ChannelAddress> {
    return { platform: link.platform, conversationId: link.conversationId, ...(link.ref ? { ref: link.ref } : {}) };
  }

  /** Update every posted copy of a deadline's reminders to its current state. */
  async refreshCopies(c: CaseRecord, d: DeadlineRecord, only?: Set<string>, attempt = 0): Promise<number> {
    const rec = await this.o.store.get<PostsRecord>(REMINDER_POSTS, `${c.key}:${d.id}`);
    const message = deadlineStateMessage(c, d, this.o.clock.now(), this.o.rules.formatLondon);
    let updated = 0;
    // Copies a platform's rate limit held back (a retryable refusal, with its wait): updated again after it.
    const later = new Set<string>();
    let waitMs = 0;
    for (const copy of rec?.copies ?? []) {
      if (only && !only.has(copy.messageId)) continue;
      const link = c.channels.find((l) => channelKey(l) === copy.channel);
      const notifier = this.notifiers.find((n) => n.platform === copy.platform);
      if (!link || !notifier) continue;
      try {
        await notifier.update(
          await this.address(link),
          { platform: copy.platform, conversationId: copy.conversationId, messageId: copy.messageId },
          message,
        );
        updated++;
      } catch (e) {
        if (e instanceof DeliveryError && e.retryable && attempt < REFRESH_RETRIES) {
          later.add(copy.messageId);
          waitMs = Math.max(waitMs, e.retryAfterMs ?? 1000);
          continue;
        }
        this.o.log.warn({ case: c.key, platform: copy.platform, err: errorText(e) }, 'could not update a posted reminder');
      }
    }
    if (later.size) {
      // In the background (the person's click is answered now), with what the deadline is by then.
      const timer = setTimeout(
        () => {
          void (async () => {
            const cur = await this.cases.get(c.key);
            const nd = cur?.deadlines.find((x) => x.id === d.id);
            if (cur && nd) await this.refreshCopies(cur, nd, later, attempt + 1);
          })().catch((e) => this.o.log.warn({ case: c.key, err: errorText(e) }, 'could not update a posted reminder'));
        },
        Math.min(waitMs, 30_000),
      );
      timer.unref?.();
    }
    return updated;
  }

  /** Done / Snooze / Reschedule / I'm on it / attendance, from a reminder's or a meeting card's buttons. */
  act(turn: Turn, c: CaseRecord, deadlineId: string, a: string, values: Record<string, string | string[]>): Promise<ActionOutcome> {
    return this.actions.act(turn, c, deadlineId, a, values);
  }

  /**
   * A meeting just booked: its card, where each agency answers, posted into every channel of the case (each once, kept
   * as a copy so that every answer updates it in place).
   */
  private async postMeetingCard(job: Job, c: CaseRecord, d: DeadlineRecord): Promise<void> {
    if (!isAttendanceDeadline(d) || this.o.clock.now().getTime() >= Date.parse(d.due)) return;
    const message = deadlineStateMessage(c, d, this.o.clock.now(), this.o.rules.formatLondon);
    const card = { ...message, title: `Booked: ${d.title}, ${this.o.rules.formatLondon(new Date(d.due))}` };
    await this.postToEvery(job, c, d, card, false, 'meeting card');
  }
}
