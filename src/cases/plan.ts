// The reminder plan of a deadline: when its reminders fire, and the job id of each (pure: no I/O, no imports of cases).

export type StepKind = 'before' | 'due' | 'overdue' | 'daily' | 'snooze' | 'escalate' | 'attendance' | 'card';
export interface ReminderStep {
  n: number;
  at: string;
  kind: StepKind;
}

const HOUR = 3_600_000;

export const jobId = (caseKey: string, deadlineId: string, gen: number, n: number) => `rem:${caseKey}:${deadlineId}:${gen}:${n}`;

/**
 * Reminder steps from `now` on: the rule's own (minutes before due), at the due time, once overdue (an hour after),
 * and, given `escalateAt`, the escalation to the lead if it is still open and unacknowledged then.
 */
export function planSteps(due: Date, offsetsMin: number[], now: Date, escalateAt?: Date, attendanceAt?: Date): ReminderStep[] {
  const t = due.getTime();
  const raw: Array<{ at: number; kind: ReminderStep['kind'] }> = [
    ...[...new Set(offsetsMin)].sort((a, b) => b - a).map((m) => ({ at: t - m * 60_000, kind: 'before' as const })),
    { at: t, kind: 'due' },
  ];
  const steps = raw.filter((s) => s.at > now.getTime());
  // Once overdue: an hour after the due time, or at once if that has passed already.
  steps.push({ at: Math.max(t + HOUR, now.getTime()), kind: 'overdue' });
  // A meeting: its card (for attendance answers) is posted into every channel at once, after the booking's reply.
  if (attendanceAt) steps.push({ at: now.getTime(), kind: 'card' });
  // A meeting: who has not answered, the working day before (only if that is still ahead and before the meeting).
  if (attendanceAt && attendanceAt.getTime() > now.getTime() && attendanceAt.getTime() < t)
    steps.push({ at: attendanceAt.getTime(), kind: 'attendance' });
  if (escalateAt) steps.push({ at: Math.max(escalateAt.getTime(), now.getTime()), kind: 'escalate' });
  return steps.map((s, n) => ({ n, at: new Date(s.at).toISOString(), kind: s.kind }));
}
