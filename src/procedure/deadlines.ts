// Deadline rules: events on a case create deadlines. Pure functions, one per rule, each citing its source.
// Conventions:
//  - a working-day deadline is due at 17:00 London time on the Nth working day after the London
//    date of the event (the event's day does not count);
//  - an elapsed-hours deadline is the exact instant N hours later (48 hours is 48 hours, also across
//    a clock change, when the wall clock shows 47 or 49 hours);
//  - a calendar-day deadline is due at 17:00 London time on the Nth calendar day after the event's day.
import { z } from 'zod';
import { addCalendarDays, type Calendar } from './calendar.js';
import { WAY_IDS, type Source } from './types.js';

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

/** Events without extra data. */
export const SIMPLE_EVENT_TYPES = [
  'verbal-referral',
  'looked-after',
  'arrived-in-borough',
  'nrm-referral',
  's47-started',
  'referral-received',
  'child-identified',
  'private-fostering-arrival',
  'missing',
  'found',
] as const;

export const EVENT_TYPES = [...SIMPLE_EVENT_TYPES, 'meeting-booked', 'meeting-held', 'way-forward'] as const;
export const EventTypeSchema = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventTypeSchema>;

/** 'icpc': initial child protection conference. */
export const MEETING_KINDS = ['strategy', 'icpc', 'multi-agency', 'review', 'other'] as const;
export const MeetingKindSchema = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof MeetingKindSchema>;

const at = z.coerce.date().refine((d) => !Number.isNaN(d.getTime()), 'invalid date');

/** A case event. `at` is when it happened (for 'meeting-booked': when it was booked). Dates coerce from JSON strings. */
export const CaseEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.enum(SIMPLE_EVENT_TYPES), at }),
  z.object({ type: z.literal('meeting-booked'), at, meetingAt: at, meetingKind: MeetingKindSchema }),
  z.object({ type: z.literal('meeting-held'), at, meetingKind: MeetingKindSchema.optional() }),
  z.object({ type: z.literal('way-forward'), at, way: z.enum(WAY_IDS) }),
]);
export type CaseEvent = z.infer<typeof CaseEventSchema>;

/** Plain labels for each event type (past tense, as recorded on the case). */
export const EVENT_LABELS: Record<EventType, string> = {
  'verbal-referral': 'Verbal referral made',
  'looked-after': 'Child became looked after',
  'arrived-in-borough': 'Child arrived in the borough (s.47 appropriate)',
  'nrm-referral': 'NRM referral sent',
  's47-started': 's.47 enquiry started (strategy discussion)',
  'referral-received': 'Referral received by Children’s Social Care',
  'child-identified': 'Child identified as a possible victim',
  'private-fostering-arrival': 'Child arrived to stay in a private fostering arrangement',
  missing: 'Child missing',
  found: 'Child found or returned',
  'meeting-booked': 'Meeting booked',
  'meeting-held': 'Meeting held',
  'way-forward': 'Way forward chosen',
};

export const MEETING_LABELS: Record<MeetingKind, string> = {
  strategy: 'Strategy meeting',
  icpc: 'Initial child protection conference',
  'multi-agency': 'Multi-agency meeting',
  review: 'Review meeting',
  other: 'Meeting',
};

// ---------------------------------------------------------------------------------------------
// Deadlines
// ---------------------------------------------------------------------------------------------

export interface Deadline {
  /** Stable per rule, e.g. 'strategy-meeting' (unique within the deadlines of one event). */
  key: string;
  title: string;
  due: Date;
  source: Source;
  /** Instants to remind at, strictly after the event and before `due`, ascending. */
  reminders: Date[];
  description: string;
  /** Do it now (e.g. the golden hour, the ICTG referral alongside the NRM): show at once as a to-do. */
  immediate?: boolean;
}

const HOUR = 3_600_000;
const END_OF_DAY = '17:00';

// The rules as pure functions of the event time (and calendar).
/** PG47 §14: written referral within 48 hours of the verbal one (elapsed). */
export const writtenReferralDue = (verbalAt: Date): Date => new Date(verbalAt.getTime() + 48 * HOUR);
/** PG47 §14: strategy meeting within two working days of becoming looked after / arriving (s.47 appropriate). */
export const strategyMeetingDue = (at: Date, cal: Calendar): Date => cal.addWorkingDays(at, 2, END_OF_DAY);
/** PG47 §13.2: papers to the ICTG service a minimum of 2 working days before the meeting. */
export const ictgPapersDue = (meetingAt: Date, cal: Calendar): Date => cal.workingDayBefore(meetingAt, 2, END_OF_DAY);
/** PG47 §13.2: notes, actions and decisions to the ICTG service within a maximum of 2 working days. */
export const ictgNotesDue = (heldAt: Date, cal: Calendar): Date => cal.addWorkingDays(heldAt, 2, END_OF_DAY);
/** PG47 §13.2: NRM and ICTG referrals made in parallel: the same London day. */
export const ictgReferralDue = (nrmAt: Date, cal: Calendar): Date => {
  const sameDay = cal.atLondonTime(cal.londonDate(nrmAt), '23:59');
  // Late in the evening, allow at least an hour (the ICTG line is open 24/7).
  return new Date(Math.max(sameDay.getTime(), nrmAt.getTime() + HOUR));
};
/** Home Office NRM guidance: the reasonable grounds decision aimed for within 5 working days of referral. */
export const reasonableGroundsExpected = (nrmAt: Date, cal: Calendar): Date => cal.addWorkingDays(nrmAt, 5, END_OF_DAY);
/** Working Together 2023: initial child protection conference within 15 working days of the strategy discussion. */
export const initialConferenceDue = (s47At: Date, cal: Calendar): Date => cal.addWorkingDays(s47At, 15, END_OF_DAY);
/** Working Together 2023: a decision on next steps within 1 working day of the referral. */
export const referralDecisionDue = (receivedAt: Date, cal: Calendar): Date => cal.addWorkingDays(receivedAt, 1, END_OF_DAY);
/** Working Together 2023: an assessment no longer than 45 working days from the referral. */
export const assessmentDue = (receivedAt: Date, cal: Calendar): Date => cal.addWorkingDays(receivedAt, 45, END_OF_DAY);
/** Monitoring report §6.1: the "golden hour": safeguarding measures within the first hour. */
export const goldenHourDue = (identifiedAt: Date): Date => new Date(identifiedAt.getTime() + HOUR);
/** Monitoring report §7.2–7.3: children may go missing within 24 hours of being identified. */
export const missingRiskDue = (identifiedAt: Date): Date => new Date(identifiedAt.getTime() + 24 * HOUR);
/** Monitoring report §4.5.2: age and initial assessments occur within seven days (good practice). */
export const ageAssessmentDue = (identifiedAt: Date, cal: Calendar): Date => {
  return cal.atLondonTime(addCalendarDays(cal.londonDate(identifiedAt), 7), END_OF_DAY);
};
/** DfE statutory guidance 2014 (children who run away or go missing from home or care): return interview within 72 hours. */
export const returnInterviewDue = (foundAt: Date): Date => new Date(foundAt.getTime() + 72 * HOUR);
/**
 * Our rule: a child back from a missing episode is at once at risk again (monitoring report §6.1, §7.3), so the plan
 * is reviewed at a strategy meeting on the timescale PG47 §14 sets for one: within 2 working days of the return.
 */
export const missingReviewDue = (foundAt: Date, cal: Calendar): Date => cal.addWorkingDays(foundAt, 2, END_OF_DAY);
/** PG47 §12.2: a private fostering arrangement notified within 48 hours of the child arriving. */
export const privateFosteringNoticeDue = (arrivedAt: Date): Date => new Date(arrivedAt.getTime() + 48 * HOUR);

type Reminding = 'elapsed' | 'working' | 'meeting' | 'none';

export interface DeadlineRule {
  key: string;
  title: string;
  source: Source;
  /** The event types that start this deadline. */
  on: readonly EventType[];
  /** How the deadline is measured, for display: e.g. '2 working days', '48 hours'. */
  measure: string;
  description: string;
  reminding: Reminding;
  immediate?: boolean;
  /** Extra condition on the event (default: always). */
  applies?(e: CaseEvent): boolean;
  due(e: CaseEvent, cal: Calendar): Date;
  /** Wording that depends on the event (e.g. the meeting kind); default `title` / `description`. */
  titleFor?(e: CaseEvent): string;
}

const meetingAtOf = (e: CaseEvent): Date => (e.type === 'meeting-booked' ? e.meetingAt : e.at);
const meetingLabel = (e: CaseEvent): string =>
  MEETING_LABELS[(e.type === 'meeting-booked' || e.type === 'meeting-held' ? e.meetingKind : undefined) ?? 'other'];

/** The table of rules (product.md "Deadline rules" and "Current statutory facts"). */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    key: 'written-referral',
    title: 'Send the written referral',
    source: 'PG47 §14',
    on: ['verbal-referral'],
    measure: '48 hours',
    description: 'The written referral to Children’s Social Care must follow the verbal one within 48 hours.',
    reminding: 'elapsed',
    due: (e) => writtenReferralDue(e.at),
  },
  {
    key: 'strategy-meeting',
    title: 'Hold the strategy meeting',
    source: 'PG47 §14',
    on: ['looked-after', 'arrived-in-borough', 'way-forward'],
    // PG47 §14: s.47 chosen → strategy meeting; s.20 accommodation means the child becomes looked after.
    applies: (e) => e.type !== 'way-forward' || e.way === 's47' || e.way === 's20',
    measure: '2 working days',
    description:
      'Children’s Social Care convenes a strategy meeting within 2 working days: share information, plan enquiries and the child’s immediate protection. Invite the ICTG worker.',
    reminding: 'working',
    due: (e, cal) => strategyMeetingDue(e.at, cal),
  },
  {
    key: 'ictg-papers',
    title: 'Invite the ICTG worker and send the papers',
    source: 'PG47 §13.2',
    on: ['meeting-booked'],
    measure: '2 working days before the meeting',
    applies: (e) => meetingAtOf(e).getTime() > e.at.getTime(),
    description:
      'Invite the ICTG worker to the meeting and send the agenda and papers to the ICTG service at least 2 working days before it.',
    reminding: 'working',
    due: (e, cal) => ictgPapersDue(meetingAtOf(e), cal),
  },
  {
    key: 'meeting',
    title: 'Meeting',
    source: 'PG47 §13.2',
    on: ['meeting-booked'],
    measure: 'at the meeting time',
    applies: (e) => meetingAtOf(e).getTime() > e.at.getTime(),
    description:
      'The ICTG worker must be invited to every meeting about the child. After it, send notes, actions and decisions to the ICTG service within 2 working days.',
    reminding: 'meeting',
    due: (e) => meetingAtOf(e),
    titleFor: (e) => meetingLabel(e),
  },
  {
    key: 'ictg-notes',
    title: 'Send notes, actions and decisions to the ICTG',
    source: 'PG47 §13.2',
    on: ['meeting-held'],
    measure: '2 working days',
    description: 'The ICTG service receives the key notes, actions and decisions of the meeting within 2 working days at most.',
    reminding: 'working',
    due: (e, cal) => ictgNotesDue(e.at, cal),
  },
  {
    key: 'ictg-referral',
    title: 'Refer to the ICTG service too',
    source: 'PG47 §13.2',
    on: ['nrm-referral'],
    measure: 'at once, in parallel with the NRM',
    description:
      'All of London is an ICTG (Independent Child Trafficking Guardian) area: make the ICTG referral online alongside the NRM referral, today. Advice: ICTG 24/7 line 0800 043 4303.',
    reminding: 'none',
    immediate: true,
    due: (e, cal) => ictgReferralDue(e.at, cal),
  },
  {
    key: 'reasonable-grounds',
    title: 'Chase the reasonable grounds decision',
    source: 'Home Office NRM guidance',
    on: ['nrm-referral'],
    measure: 'about 5 working days',
    description:
      'The Single Competent Authority (Home Office) aims to decide reasonable grounds within 5 working days of the NRM referral. If nothing has come, chase it. The conclusive grounds decision comes no sooner than 30 days after; the minimum recovery period is 30 days.',
    reminding: 'working',
    due: (e, cal) => reasonableGroundsExpected(e.at, cal),
  },
  {
    key: 'initial-conference',
    title: 'Hold the initial child protection conference',
    source: 'Working Together 2023',
    on: ['s47-started'],
    measure: '15 working days',
    description:
      'An initial child protection conference is held within 15 working days of the strategy discussion that started the s.47 enquiry.',
    reminding: 'working',
    due: (e, cal) => initialConferenceDue(e.at, cal),
  },
  {
    key: 'referral-decision',
    title: 'Decide the next steps on the referral',
    source: 'Working Together 2023',
    on: ['referral-received'],
    measure: '1 working day',
    description: 'Acknowledge the referral and decide the next steps within 1 working day, and tell the referrer which plan is in place.',
    reminding: 'working',
    due: (e, cal) => referralDecisionDue(e.at, cal),
  },
  {
    key: 'assessment',
    title: 'Complete the assessment',
    source: 'Working Together 2023',
    on: ['referral-received'],
    measure: '45 working days',
    description: 'An assessment takes no longer than 45 working days from the referral.',
    reminding: 'working',
    due: (e, cal) => assessmentDue(e.at, cal),
  },
  {
    key: 'golden-hour',
    title: 'Golden hour: put safeguarding measures in place',
    source: 'Monitoring report §6.1',
    on: ['child-identified'],
    measure: 'the first hour',
    description:
      'The first hour matters most: make sure the child is safe and start the golden hour checklist now. If a child is in immediate danger, call 999.',
    reminding: 'none',
    immediate: true,
    due: (e) => goldenHourDue(e.at),
  },
  {
    key: 'missing-risk',
    title: 'Guard against the child going missing',
    source: 'Monitoring report §7.2–7.3',
    on: ['child-identified'],
    measure: '24 hours',
    description:
      'Trafficked children can be pressured to go missing within 24 hours of being identified: agree a safety plan, a recent photograph and what to do if they go missing.',
    reminding: 'elapsed',
    due: (e) => missingRiskDue(e.at),
  },
  {
    key: 'age-assessment',
    title: 'Add trafficking questions to the age and initial assessment',
    source: 'Monitoring report §4.5.2',
    on: ['child-identified'],
    measure: '7 days (good practice)',
    description: 'Good practice: fold trafficking questions into the age and initial assessments, which happen within 7 days.',
    reminding: 'elapsed',
    due: (e, cal) => ageAssessmentDue(e.at, cal),
  },
  {
    key: 'private-fostering-notice',
    title: 'Notify the local authority of the private fostering',
    source: 'PG47 §12.2',
    on: ['private-fostering-arrival'],
    measure: '48 hours',
    description:
      'Parents and carers must tell the local authority of a private fostering arrangement within 48 hours of the child arriving to stay: check it has been done.',
    reminding: 'elapsed',
    due: (e) => privateFosteringNoticeDue(e.at),
  },
  {
    key: 'report-missing',
    title: 'Child missing: report to the police, tell the ICTG worker and the social worker',
    source: 'PG47 §16.2',
    on: ['missing'],
    measure: 'at once',
    description:
      'Call 999 if the child is at immediate risk; otherwise report the child missing to the police (999 or 101) now. Tell the ICTG worker and the child’s social worker. Keep where the child was placed confidential: tell no enquirer (PG47 §15).',
    reminding: 'none',
    immediate: true,
    due: (e) => new Date(e.at.getTime() + HOUR),
  },
  {
    key: 'return-interview',
    title: 'Hold the independent return interview',
    source: 'DfE missing from care 2014',
    on: ['found'],
    measure: '72 hours',
    description:
      'An independent return interview within 72 hours of the child’s return (DfE statutory guidance 2014), by someone the child can trust who is not their carer: why they went, where, with whom, and the risk of going again.',
    reminding: 'elapsed',
    due: (e) => returnInterviewDue(e.at),
  },
  {
    key: 'missing-review',
    title: 'Review the plan at a strategy meeting after the return',
    source: 'PG47 §14',
    on: ['found'],
    measure: '2 working days',
    description:
      'Our rule: a child back from going missing is at once at risk of going again (monitoring report §6.1, §7.3), so review the safety plan and placement at a strategy meeting within 2 working days of the return, the timescale PG47 §14 sets for a strategy meeting. Invite the ICTG worker.',
    reminding: 'working',
    due: (e, cal) => missingReviewDue(e.at, cal),
  },
];

/** The rules about a missing child: their deadlines come first on every list of a case's deadlines. */
export const MISSING_RULES: ReadonlySet<string> = new Set(['report-missing', 'return-interview', 'missing-review']);

/** The rule with this key. */
export const ruleFor = (key: string): DeadlineRule | undefined => DEADLINE_RULES.find((r) => r.key === key);

const RULES_BY_TYPE = new Map<EventType, DeadlineRule[]>(EVENT_TYPES.map((t) => [t, DEADLINE_RULES.filter((r) => r.on.includes(t))]));

function remindersFor(how: Reminding, at: Date, due: Date, cal: Calendar): Date[] {
  const candidates: number[] = [];
  if (how === 'elapsed') candidates.push(due.getTime() - 24 * HOUR, due.getTime() - HOUR);
  if (how === 'working' || how === 'meeting') candidates.push(cal.workingDayBefore(due, 1).getTime(), due.getTime() - HOUR);
  const after = at.getTime();
  return [...new Set(candidates)]
    .filter((t) => t > after && t < due.getTime())
    .sort((a, b) => a - b)
    .map((t) => new Date(t));
}

/** The deadlines an event creates, in due order. Pure: same event and calendar, same answer. */
export function deadlinesFor(event: CaseEvent, calendar: Calendar): Deadline[] {
  const out: Deadline[] = [];
  for (const rule of RULES_BY_TYPE.get(event.type) ?? []) {
    if (rule.applies && !rule.applies(event)) continue;
    let due = rule.due(event, calendar);
    let description = rule.description;
    let immediate = rule.immediate;
    if (due.getTime() <= event.at.getTime()) {
      // E.g. a meeting booked less than 2 working days ahead: the papers can only go now.
      due = new Date(event.at.getTime());
      immediate = true;
      description = `This is already late: do it now. ${description}`;
    }
    const d: Deadline = {
      key: rule.key,
      title: rule.titleFor?.(event) ?? rule.title,
      due,
      source: rule.source,
      reminders: remindersFor(rule.reminding, event.at, due, calendar),
      description,
    };
    if (immediate) d.immediate = true;
    out.push(d);
  }
  return out.sort((a, b) => a.due.getTime() - b.due.getTime());
}
