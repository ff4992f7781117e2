// What a case is, as stored: its record, events, deadlines, channels, checklists, and the small helpers every part
// of the case module shares (keys, who did it, the closed-case note). Types and pure functions only.
import type { Turn } from '../conversation/model.js';
import type { ChannelAddress } from '../conversation/notifier.js';
import type { Calendar } from '../procedure/calendar.js';
import type { AttendanceRecord } from './attendance.js';
import type { CaseEvent, Deadline, EventType, MeetingKind } from '../procedure/deadlines.js';
import type { ReferenceCheck } from './reference.js';
export const CASES = 'cases';
export const CHANNEL_LINKS = 'case-channels';

export type { WayId } from '../procedure/types.js';
import type { WayId } from '../procedure/types.js';

/** Deadlines about meetings: their reminders carry the ICTG rules (PG47 §13.2). */
export const MEETING_RULES = new Set(['strategy-meeting', 'ictg-papers', 'meeting', 'ictg-notes', 'initial-conference']);

export interface Who {
  id: string;
  name?: string;
}

/** The case's lead coordinator (monitoring report §6.2): a member of staff, mentioned on reminders. */
export interface Lead {
  platform: string;
  /** The platform's id to @mention (as its adapter gives it). */
  mentionId: string;
  name?: string;
  since: string;
  by: Who;
}

export interface ChannelLink extends ChannelAddress {
  linkedAt: string;
  linkedBy: Who;
}

export interface CaseEventRecord {
  id: string;
  type: EventType;
  at: string;
  /** meeting-booked: when the meeting is. */
  meetingAt?: string;
  meetingKind?: MeetingKind;
  way?: WayId;
  recordedAt: string;
  recordedBy: Who;
  /** The form it came from (a second click of the same form records nothing). */
  form?: string;
}

export type { StepKind, ReminderStep } from './plan.js';
import type { ReminderStep } from './plan.js';

export interface DeadlineRecord {
  id: string;
  rule: string;
  title: string;
  eventId: string;
  due: string;
  source: string;
  meeting?: boolean;
  immediate?: boolean;
  status: 'open' | 'done';
  doneAt?: string;
  doneBy?: Who;
  snoozedUntil?: string;
  snoozedBy?: Who;
  rescheduledBy?: Who;
  /** Someone acted on it once it was overdue (Done, Snooze, Reschedule, "I'm on it"): no escalation. */
  acknowledgedAt?: string;
  acknowledgedBy?: Who;
  /** A booked meeting (rule 'meeting'): each agency's answer (monitoring report §6.3). */
  attendance?: AttendanceRecord[];
  /** When it was escalated to the lead (once per generation). */
  escalatedAt?: string;
  /** Minutes before `due` of the rule's own reminders (kept for a reschedule). */
  offsetsMin: number[];
  /** Bumped on reschedule/close/reopen: jobs of an older generation do nothing. */
  gen: number;
  plan: ReminderStep[];
}

export interface CaseChecklist {
  id: string;
  title: string;
  total: number;
  version: number;
  ticks: Record<string, { by: Who; at: string }>;
  startedAt: string;
  startedBy: Who;
}

export interface CaseRecord {
  v: 1;
  key: string;
  ref: string;
  status: 'open' | 'closed';
  openedAt: string;
  openedBy: Who;
  closedAt?: string;
  closedBy?: Who;
  channels: ChannelLink[];
  events: CaseEventRecord[];
  deadlines: DeadlineRecord[];
  checklists: CaseChecklist[];
  nextId: number;
  lead?: Lead;
}

/** The pure rules this module needs, behind one seam (real modules or the local stand-ins). */
export interface CaseRules {
  calendar: Calendar;
  deadlinesFor(event: CaseEvent): Deadline[];
  validateReference(raw: string): ReferenceCheck;
  looksLikeName(text: string): boolean;
  formatLondon(d: Date): string;
  /** Working hours an overdue deadline may stay unacknowledged before it is escalated to the lead (default 2). */
  escalateAfterWorkingHours?: number;
}

export const caseKeyOf = (ref: string) => ref.trim().toLowerCase();
export const channelKey = (a: { platform: string; conversationId: string }) => `${a.platform}:${a.conversationId}`;
export const whoOf = (turn: Turn): Who => ({ id: turn.userId, ...(turn.userName ? { name: turn.userName } : {}) });
export const whoName = (w?: Who) => w?.name ?? 'someone';

/** created: a new case here; already: this channel follows it; exists: it exists and this channel does not follow it. */
export type OpenResult =
  { ok: true; kind: 'created' | 'already' | 'exists'; c: CaseRecord; link: ChannelLink } | { ok: false; reason: string };

export class CaseError extends Error {}

/** Why nothing can be recorded on a closed case, and what to do. */
export const closedCaseNote = (c: { ref: string }): string => `Case ${c.ref} is closed. Type case reopen to reopen it.`;
