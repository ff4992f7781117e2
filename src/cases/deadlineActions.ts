// What people do on a posted reminder or meeting card: Done, Snooze, Reschedule, "I'm on it" and attendance answers.
// Each change is applied atomically to the deadline as stored, audited, and shown on every posted copy.
import type { Turn } from '../conversation/model.js';
import type { CaseRecord, CaseService, DeadlineRecord, ReminderStep } from './service.js';
import { CaseError, closedCaseNote, whoOf, whoName } from './service.js';
import { deadlineStateMessage } from './reminderMessages.js';
import { addCalendarDays } from '../procedure/calendar.js';
import {
  ATTENDANCE_ACTIONS,
  DEPUTY_MAX,
  agencyLabel,
  isAgency,
  isAttendanceDeadline,
  type AttendanceAnswer,
  type AttendanceRecord,
} from './attendance.js';
import { looksLikePersonalData } from './reference.js';
import type { Message } from '../conversation/model.js';

const HOUR = 3_600_000;

export type ActionOutcome = { ok: true; message: Message; note: string } | { ok: false; reason: string };

/** Where the posted copies of a deadline are brought up to date (the delivery, which knows where they are). */
export interface PostedCopies {
  refreshCopies(c: CaseRecord, d: DeadlineRecord): Promise<number>;
}

export class DeadlineActions {
  constructor(
    private readonly cases: CaseService,
    private readonly copies: PostedCopies,
  ) {}

  private get o() {
    return this.cases.o;
  }

  /** Done / Snooze / Reschedule from a reminder's buttons. */
  async act(turn: Turn, c: CaseRecord, deadlineId: string, a: string, values: Record<string, string | string[]>): Promise<ActionOutcome> {
    const d0 = c.deadlines.find((x) => x.id === deadlineId);
    if (!d0) return { ok: false, reason: 'That deadline is not on this case any more.' };
    if (c.status !== 'open') return { ok: false, reason: closedCaseNote(c) };
    const fmt = this.o.rules.formatLondon;
    const now = this.o.clock.now();
    if (d0.status === 'done')
      return { ok: true, message: deadlineStateMessage(c, d0, now, fmt), note: `Already marked done by ${whoName(d0.doneBy)}.` };
    const who = whoOf(turn);
    if (a in ATTENDANCE_ACTIONS) return this.answerAttendance(turn, c, d0, ATTENDANCE_ACTIONS[a]!, values);
    let due: Date | undefined;
    if (a === 'dl-reschedule') {
      const when = this.parseWhen(values);
      if (typeof when === 'string') return { ok: false, reason: when };
      if (when.getTime() <= now.getTime()) return { ok: false, reason: 'Pick a new date and time in the future.' };
      due = when;
    } else if (!['dl-done', 'dl-snooze-hour', 'dl-snooze-tomorrow', 'dl-ack'].includes(a))
      return { ok: false, reason: 'I did not recognise that button.' };

    const change = (x0: DeadlineRecord) => this.change(x0, a, now, who, due);
    let before: DeadlineRecord | undefined;
    let applied: { next: DeadlineRecord; step?: ReminderStep } | undefined;
    const saved = await this.cases.mutate(c.key, (cur) => ({
      ...cur,
      deadlines: cur.deadlines.map((x) => {
        if (x.id !== d0.id || x.status !== 'open' || cur.status !== 'open') return x;
        before = x;
        applied = change(x);
        return applied.next;
      }),
    }));
    const d = saved.deadlines.find((x) => x.id === d0.id)!;
    if (!applied || !before) {
      if (d.status === 'done')
        return { ok: true, message: deadlineStateMessage(saved, d, now, fmt), note: `Already marked done by ${whoName(d.doneBy)}.` };
      throw new CaseError('This case was closed meanwhile: nothing changed.');
    }
    const { step } = applied;
    const note = noteFor(a, who, d, due, step, fmt);
    if (a === 'dl-done' || due) await this.cases.cancelAll(c.key, before);
    if (step) await this.cases.scheduleStep(c.key, d, step);
    if (due) await this.cases.scheduleAll(c.key, d);
    const what =
      a === 'dl-ack' ? 'deadline-acknowledged' : a === 'dl-done' ? 'deadline-done' : due ? 'deadline-rescheduled' : 'deadline-snoozed';
    await this.cases.audit(turn, saved, what, {
      deadline: d.id,
      rule: d.rule,
      ...(step ? { until: step.at } : {}),
      ...(a === 'dl-reschedule' ? { due: d.due } : {}),
    });
    await this.copies.refreshCopies(saved, d);
    return { ok: true, message: deadlineStateMessage(saved, d, now, fmt), note };
  }

  /** A button's change, applied to the deadline as stored at that moment (inside the atomic update). */
  private change(
    x0: DeadlineRecord,
    a: string,
    now: Date,
    who: ReturnType<typeof whoOf>,
    due: Date | undefined,
  ): { next: DeadlineRecord; step?: ReminderStep } {
    // Acted on once overdue: acknowledged, so it is not escalated.
    const x =
      now.getTime() >= Date.parse(x0.due) && !x0.acknowledgedAt ? { ...x0, acknowledgedAt: now.toISOString(), acknowledgedBy: who } : x0;
    if (a === 'dl-ack') return { next: x };
    if (a === 'dl-done') return { next: { ...x, status: 'done', doneAt: now.toISOString(), doneBy: who } };
    if (due) {
      const { snoozedUntil: _s, snoozedBy: _b, ...rest } = x;
      return { next: this.cases.replan({ ...rest, due: due.toISOString(), rescheduledBy: who, gen: x.gen + 1 }, now) };
    }
    const until = a === 'dl-snooze-hour' ? new Date(now.getTime() + HOUR) : this.tomorrowAtNine(now);
    const step: ReminderStep = { n: Math.max(-1, ...x.plan.map((s) => s.n)) + 1, at: until.toISOString(), kind: 'snooze' };
    return { next: { ...x, snoozedUntil: until.toISOString(), snoozedBy: who, plan: [...x.plan, step] }, step };
  }

  /** An agency's answer on a booked meeting's card: recorded (the latest per agency), audited, every copy updated. */
  private async answerAttendance(
    turn: Turn,
    c: CaseRecord,
    d0: DeadlineRecord,
    answer: AttendanceAnswer,
    values: Record<string, string | string[]>,
  ): Promise<ActionOutcome> {
    if (!isAttendanceDeadline(d0)) return { ok: false, reason: 'Attendance is answered on a booked meeting’s card.' };
    const agency = typeof values.agency === 'string' ? values.agency.trim() : '';
    if (!isAgency(agency)) return { ok: false, reason: 'Pick your agency first, then press your answer again: nothing was recorded.' };
    const raw = typeof values.deputy === 'string' ? values.deputy.replace(/\s+/g, ' ').trim() : '';
    let deputy: string | undefined;
    if (answer === 'sending') {
      if (!raw) return { ok: false, reason: 'Give the name and role of the colleague you are sending, then press Sending someone again.' };
      if (raw.length > DEPUTY_MAX)
        return { ok: false, reason: `Keep the name and role under ${DEPUTY_MAX} characters: nothing was recorded.` };
      if (looksLikePersonalData(raw) || /\d{3,}/.test(raw))
        return { ok: false, reason: 'Give only a colleague’s name and role (no numbers, addresses or dates): nothing was recorded.' };
      deputy = raw;
    }
    const now = this.o.clock.now();
    const who = whoOf(turn);
    const record: AttendanceRecord = { agency, answer, ...(deputy ? { deputy } : {}), by: who, at: now.toISOString() };
    let applied = false;
    const saved = await this.cases.mutate(c.key, (cur) => ({
      ...cur,
      deadlines: cur.deadlines.map((x) => {
        if (x.id !== d0.id || x.status !== 'open' || cur.status !== 'open') return x;
        applied = true;
        return { ...x, attendance: [...(x.attendance ?? []).filter((r) => r.agency !== agency), record] };
      }),
    }));
    const d = saved.deadlines.find((x) => x.id === d0.id)!;
    const fmt = this.o.rules.formatLondon;
    if (!applied)
      return { ok: false, reason: d.status === 'done' ? 'That meeting is recorded as held: answers are closed.' : closedCaseNote(saved) };
    await this.cases.audit(turn, saved, 'attendance-answered', { deadline: d.id, agency, answer });
    await this.copies.refreshCopies(saved, d);
    const said = answer === 'sending' ? `sending ${deputy}` : answer === 'attending' ? 'attending' : 'sending written information';
    return { ok: true, message: deadlineStateMessage(saved, d, now, fmt), note: `Recorded: ${agencyLabel(agency)}, ${said}.` };
  }

  private tomorrowAtNine(now: Date): Date {
    const ymd = this.o.rules.calendar.londonDate(now);
    return this.o.rules.calendar.atLondonTime(addCalendarDays(ymd, 1), '09:00');
  }

  private parseWhen(values: Record<string, string | string[]>): Date | string {
    const date = typeof values.date === 'string' ? values.date.trim() : '';
    const time = typeof values.time === 'string' ? values.time.trim().slice(0, 5) : '';
    if (!date || !time) return 'Give the new date and time (London time) to reschedule to.';
    try {
      return this.o.rules.calendar.atLondonTime(date, time);
    } catch (e) {
      // A fixed text: never the calendar's own message (it must never quote what was typed).
      return e instanceof RangeError
        ? 'I could not read that date and time. Give them as e.g. 2026-12-24 and 09:30 (London time): nothing was changed.'
        : 'That date or time is not valid: nothing was changed.';
    }
  }
}

/** What the person who pressed a reminder's button is told. */
function noteFor(
  a: string,
  who: ReturnType<typeof whoOf>,
  d: DeadlineRecord,
  due: Date | undefined,
  step: ReminderStep | undefined,
  fmt: (d: Date) => string,
): string {
  if (a === 'dl-ack') return `Noted: ${whoName(who)} is on it. It will not be escalated; it stays open until marked done.`;
  if (a === 'dl-done') return `Marked done: ${d.title}.`;
  return due ? `Rescheduled to ${fmt(due)}.` : `Snoozed until ${fmt(new Date(step!.at))}.`;
}
