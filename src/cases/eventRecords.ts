// Recording an event, pure: the event record, the deadlines its rules bring, and the deadlines a meeting held meets.
import type { Turn } from '../conversation/model.js';
import type { CaseEvent, Deadline } from '../procedure/deadlines.js';
import { MEETING_RULES, whoOf, type CaseEventRecord, type CaseRecord, type DeadlineRecord } from './records.js';

/** The same event again: same type and time, and the same meeting (booked for the same time) or way forward. */
export function isSameEvent(x: CaseEventRecord, e: CaseEvent): boolean {
  const iso = (d: Date | undefined) => d?.toISOString();
  return (
    x.type === e.type &&
    (e.type === 'meeting-booked'
      ? x.meetingAt === iso(e.meetingAt) && x.meetingKind === e.meetingKind
      : x.at === iso(e.at) &&
        (e.type !== 'meeting-held' || x.meetingKind === e.meetingKind) &&
        (e.type !== 'way-forward' || x.way === e.way))
  );
}

/** The stored record of a new event. */
export function eventRecord(id: string, e: CaseEvent, now: Date, turn: Turn, formId?: string): CaseEventRecord {
  return {
    id,
    type: e.type,
    at: e.at.toISOString(),
    ...(e.type === 'meeting-booked' ? { meetingAt: e.meetingAt.toISOString(), meetingKind: e.meetingKind } : {}),
    ...(e.type === 'meeting-held' && e.meetingKind ? { meetingKind: e.meetingKind } : {}),
    ...(e.type === 'way-forward' ? { way: e.way } : {}),
    recordedAt: now.toISOString(),
    recordedBy: whoOf(turn),
    ...(formId ? { form: formId } : {}),
  };
}

/** A new deadline of an event by one rule, its reminder steps not planned yet. */
export function deadlineRecord(id: string, eventId: string, r: Deadline): DeadlineRecord {
  return {
    id,
    rule: r.key,
    title: r.title,
    eventId,
    due: r.due.toISOString(),
    source: r.source,
    ...(MEETING_RULES.has(r.key) ? { meeting: true } : {}),
    ...(r.immediate ? { immediate: true } : {}),
    status: 'open',
    offsetsMin: r.reminders.map((t) => Math.round((r.due.getTime() - t.getTime()) / 60_000)).filter((m) => m > 0),
    gen: 1,
    plan: [],
  };
}

/**
 * The open deadlines a meeting held meets: the booked meeting it was (same kind, booked for within a week before
 * or a day after) and, when it was a strategy meeting, the rule "hold the strategy meeting within 2 working days"
 * (PG47 §14) of every event before it; those are done, and their reminders stop.
 */
export function metByMeetingHeld(cur: CaseRecord, e: Extract<CaseEvent, { type: 'meeting-held' }>): DeadlineRecord[] {
  const booked = cur.deadlines.filter((d) => d.status === 'open' && d.rule === 'meeting' && sameMeeting(cur, d, e));
  const eventOf = (d: DeadlineRecord) => cur.events.find((x) => x.id === d.eventId);
  const strategy = e.meetingKind === 'strategy' || (!e.meetingKind && booked.some((d) => eventOf(d)?.meetingKind === 'strategy'));
  if (!strategy) return booked;
  const eventAt = (d: DeadlineRecord) => Date.parse(eventOf(d)?.at ?? '');
  return [
    ...booked,
    ...cur.deadlines.filter((d) => d.status === 'open' && d.rule === 'strategy-meeting' && !(eventAt(d) > e.at.getTime())),
  ];
}

function sameMeeting(c: CaseRecord, d: DeadlineRecord, held: CaseEvent): boolean {
  if (held.type !== 'meeting-held') return false;
  const booked = c.events.find((x) => x.id === d.eventId);
  if (held.meetingKind && booked?.meetingKind && booked.meetingKind !== held.meetingKind) return false;
  const gap = held.at.getTime() - Date.parse(d.due);
  return gap >= -24 * 3_600_000 && gap <= 7 * 24 * 3_600_000;
}
