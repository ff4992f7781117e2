// Reminder messages posted into case channels, and how a posted copy looks after Done / Snooze / Reschedule.
import type { Button, Message } from '../conversation/model.js';
import { text } from '../conversation/model.js';
import type { CaseRecord, DeadlineRecord, ReminderStep } from './service.js';
import { whoName } from './service.js';
import { ruleFor } from '../procedure/deadlines.js';
import { londonDate, londonTime } from '../procedure/calendar.js';
import { attendanceBlocks, attendanceButtons, isAttendanceDeadline, noAnswerNote } from './attendance.js';

export type Fmt = (d: Date) => string;

/** PG47 §13.2: the ICTG rules for every meeting about the child. */
export const ICTG_MEETING_RULES = [
  'Invite the ICTG worker to every meeting about the child; ICTG: Independent Child Trafficking Guardian (PG47 §13.2).',
  'Send the papers to the ICTG worker at least 2 working days before the meeting (PG47 §13.2).',
  'Send the notes, actions and decisions to the ICTG worker within 2 working days after it (PG47 §13.2).',
];

export const deadlineRef = (c: CaseRecord, d: DeadlineRecord) => `${c.key}|${d.id}`;

export function reminderButtons(c: CaseRecord, d: DeadlineRecord, now?: Date): Button[] {
  const v = deadlineRef(c, d);
  // Once overdue, "I'm on it" tells the case it is in hand (no escalation to the lead) without marking it done.
  const overdue = now !== undefined && now.getTime() >= Date.parse(d.due) && !d.acknowledgedAt;
  // A booked meeting: the agencies answer on it; Done (held), Snooze 1 hour and Reschedule stay; the snooze to tomorrow goes (too many buttons).
  if (isAttendanceDeadline(d))
    return [
      ...attendanceButtons(v),
      { label: 'Done', action: { t: 'case', a: 'dl-done', v } },
      ...(overdue ? [{ label: "I'm on it", action: { t: 'case' as const, a: 'dl-ack', v } }] : []),
      { label: 'Snooze 1 hour', action: { t: 'case', a: 'dl-snooze-hour', v } },
      { label: 'Reschedule', action: { t: 'case', a: 'dl-reschedule', v } },
    ];
  return [
    { label: 'Done', action: { t: 'case', a: 'dl-done', v }, style: 'primary' },
    ...(overdue ? [{ label: "I'm on it", action: { t: 'case' as const, a: 'dl-ack', v } }] : []),
    { label: 'Snooze 1 hour', action: { t: 'case', a: 'dl-snooze-hour', v } },
    { label: 'Snooze until tomorrow 09:00', action: { t: 'case', a: 'dl-snooze-tomorrow', v } },
    { label: 'Reschedule', action: { t: 'case', a: 'dl-reschedule', v } },
  ];
}

function headline(d: DeadlineRecord, now: Date): string {
  const due = Date.parse(d.due);
  if (now.getTime() >= due + 60_000) return `Overdue: ${d.title}`;
  if (now.getTime() >= due - 60_000) return `Due now: ${d.title}`;
  return `Reminder: ${d.title}`;
}

/** The open deadline's message: what is due, when, the source; buttons, and the date/time to reschedule to. */
export function openDeadlineMessage(
  c: CaseRecord,
  d: DeadlineRecord,
  now: Date,
  fmt: Fmt,
  notes: string[] = [],
  /** Where the deadline stands (snoozed, someone on it, rescheduled): said in a neutral tone, not as a warning. */
  status: string[] = [],
): Message {
  const due = new Date(d.due);
  const blocks: Message['blocks'] = [];
  for (const n of notes) blocks.push(text(n, 'warning'));
  for (const n of status) blocks.push(text(n, 'subtle'));
  // What to do, in one or two sentences (meetings carry the three ICTG rules below instead).
  const what = d.meeting ? undefined : ruleFor(d.rule)?.description;
  if (what) blocks.push(text(what));
  blocks.push({
    type: 'facts',
    facts: [
      { label: 'Case', value: c.ref },
      { label: 'Due', value: fmt(due) },
      { label: 'Rule', value: d.source },
    ],
  });
  if (d.meeting) blocks.push({ type: 'list', items: ICTG_MEETING_RULES });
  if (isAttendanceDeadline(d)) blocks.push(...attendanceBlocks(d, true));
  const [ymd, hhmm] = [londonDate(due), londonTime(due)];
  blocks.push({ type: 'input', input: { kind: 'date', id: 'date', label: 'Reschedule to (date)', value: ymd } });
  blocks.push({ type: 'input', input: { kind: 'time', id: 'time', label: 'Time (London)', value: hhmm } });
  const lead = c.lead ? [{ platform: c.lead.platform, id: c.lead.mentionId, ...(c.lead.name ? { name: c.lead.name } : {}) }] : [];
  // A meeting's card before the meeting is the meeting itself (answered on), not a reminder to do something.
  const title = isAttendanceDeadline(d) && now.getTime() < due.getTime() - 60_000 ? `${d.title}, ${fmt(due)}` : headline(d, now);
  return {
    title,
    blocks,
    buttons: reminderButtons(c, d, now),
    sources: [d.source],
    ...(lead.length ? { mentions: lead } : {}),
  };
}

/**
 * The escalation to the lead (monitoring report §6.2: cases slipped where nobody tracked them): overdue, and nobody
 * acted on it for `hours` working hours. Without a lead, it says who should take the case.
 */
export function escalationMessage(c: CaseRecord, d: DeadlineRecord, now: Date, fmt: Fmt, hours: number): Message {
  const span = `${hours} working hour${hours === 1 ? '' : 's'}`;
  const who = c.lead
    ? `${c.lead.name ?? 'The lead coordinator'}, as lead coordinator: please make sure it is done today, or reschedule it with the reason recorded.`
    : 'This case has no lead coordinator: a duty manager should take it now (type case lead me) and see it done.';
  const base = openDeadlineMessage(c, d, now, fmt, [
    `Escalated: overdue since ${fmt(new Date(d.due))} and nobody has acted on it for ${span}.`,
    who,
  ]);
  return { ...base, title: `Escalated: ${d.title} is overdue` };
}

/** A freshly delivered reminder (marked late when it was due a while ago). */
export function reminderMessage(c: CaseRecord, d: DeadlineRecord, step: ReminderStep, now: Date, fmt: Fmt, late: boolean): Message {
  const notes = late ? [`This reminder is late: it was meant to go out on ${fmt(new Date(step.at))}.`] : [];
  if (step.kind === 'attendance') {
    const m = openDeadlineMessage(c, d, now, fmt, [...notes, noAnswerNote(d)]);
    return { ...m, title: `Attendance: ${d.title}, ${fmt(new Date(d.due))}` };
  }
  const m = openDeadlineMessage(c, d, now, fmt, notes);
  return isAttendanceDeadline(d) && step.kind === 'before' ? { ...m, title: `Reminder: ${m.title}` } : m;
}

/** How every posted copy looks after someone acted on it. */
export function deadlineStateMessage(c: CaseRecord, d: DeadlineRecord, now: Date, fmt: Fmt): Message {
  if (d.status === 'done') {
    return {
      title: `Done: ${d.title}`,
      blocks: [
        text(`Marked done by ${whoName(d.doneBy)}, ${fmt(new Date(d.doneAt!))}.`, 'good'),
        {
          type: 'facts',
          facts: [
            { label: 'Case', value: c.ref },
            { label: 'Was due', value: fmt(new Date(d.due)) },
          ],
        },
        ...(isAttendanceDeadline(d) ? attendanceBlocks(d, false) : []),
      ],
      sources: [d.source],
    };
  }
  const notes: string[] = [];
  if (d.snoozedUntil && Date.parse(d.snoozedUntil) > now.getTime())
    notes.push(`Snoozed until ${fmt(new Date(d.snoozedUntil))} by ${whoName(d.snoozedBy)}.`);
  if (d.acknowledgedAt && !d.snoozedUntil && !d.rescheduledBy)
    notes.push(`${whoName(d.acknowledgedBy)} is on it (${fmt(new Date(d.acknowledgedAt))}): it will not be escalated.`);
  if (d.rescheduledBy) notes.push(`Rescheduled to ${fmt(new Date(d.due))} by ${whoName(d.rescheduledBy)}.`);
  return openDeadlineMessage(c, d, now, fmt, [], notes);
}
