// Case events from text commands and card forms, read in London time. Bad input changes nothing:
// the answer is a plain message with an example.
//
//   case event looked-after 2026-12-24 10:00
//   case event verbal-referral yesterday 14:00
//   case event nrm-referral 2026-12-24          (a date without a time: see DEFAULT_TIME)
//   case event way-forward s47 today
//   case meeting strategy 2027-01-05 10:00      (meeting booked; a time is required)
//   case meeting held 2027-01-05                (meeting held; no date = now)
//
// Times: "HH:mm", "H:mm", "9am", "2:30pm". Dates: YYYY-MM-DD, D/M/YYYY (UK order), today,
// yesterday, tomorrow; "now" (or nothing) is the current time.
// A date with no time is taken as now when it is today, otherwise as 09:00 London time, the start of the
// working day: the earlier reading keeps elapsed-hours deadlines (48 hours) on the safe side.
import { format, isValid, parse } from 'date-fns';
import { addCalendarDays, atLondonTime, londonDate } from '../procedure/calendar.js';
import { CaseEventSchema, EVENT_TYPES, MEETING_KINDS, type CaseEvent, type EventType, type MeetingKind } from '../procedure/deadlines.js';
import { WAY_IDS, type WayId } from '../procedure/types.js';

export {
  CaseEventSchema,
  EVENT_TYPES,
  EVENT_LABELS,
  MEETING_KINDS,
  MEETING_LABELS,
  EventTypeSchema,
  MeetingKindSchema,
  type CaseEvent,
  type EventType,
  type MeetingKind,
} from '../procedure/deadlines.js';

export type ParseResult =
  | { ok: true; event: CaseEvent; /** set when no time was given and one was assumed */ assumedTime?: string; warning?: string }
  | { ok: false; error: string };

/** Time taken for a past or future date given without a time. */
export const DEFAULT_TIME = '09:00';
/** How far from now a date may be. */
export const MAX_DAYS_AHEAD = 366;
export const MAX_DAYS_BACK = 366;

const DAY = 86_400_000;

/** Words people type for each event type (hyphens and spaces are interchangeable). */
const EVENT_ALIASES: Record<EventType, string[]> = {
  'verbal-referral': ['verbal-referral', 'verbal'],
  'looked-after': ['looked-after', 'lac'],
  'arrived-in-borough': ['arrived-in-borough', 'arrived', 'arrival'],
  'nrm-referral': ['nrm-referral', 'nrm'],
  's47-started': ['s47-started', 's47', 'strategy-discussion'],
  'referral-received': ['referral-received', 'referral'],
  'child-identified': ['child-identified', 'identified'],
  'private-fostering-arrival': ['private-fostering-arrival', 'private-fostering'],
  missing: ['missing', 'child-missing', 'went-missing', 'gone-missing'],
  found: ['found', 'child-found', 'returned', 'back', 'located'],
  'meeting-booked': ['meeting-booked'],
  'meeting-held': ['meeting-held'],
  'way-forward': ['way-forward'],
};

const EXAMPLES =
  'For example: "case event looked-after 2026-12-24 10:00", "case event verbal-referral yesterday 14:00" or "case meeting strategy 2027-01-05 10:00".';

const fail = (error: string): ParseResult => ({ ok: false, error });

// Privacy: no message here quotes what was typed. In a channel every reply may be seen by the whole
// channel, and the words after the event type may hold a child's name, date of birth or address.
// Each message says what was expected instead, with an example.

/** More words after the event than a date and a time. */
const TOO_MANY_WORDS =
  'I could not read the date and time. Type only the date and time after the event, e.g. 2026-12-24 10:00 or today 09:00 (no names or notes).';
const NO_SUCH_TIME =
  'That time does not exist in London: the clocks go forward an hour that night. Use a time from the hour after, e.g. 03:00.';

const normal = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Match a known event type at the start of `text`; returns the type and the rest. */
function matchEventType(text: string): { type: EventType; rest: string } | undefined {
  const t = text.replace(/-/g, ' ');
  let best: { type: EventType; rest: string; len: number } | undefined;
  for (const type of EVENT_TYPES)
    for (const alias of EVENT_ALIASES[type]) {
      const a = alias.replace(/-/g, ' ');
      if ((t === a || t.startsWith(a + ' ')) && (!best || a.length > best.len))
        best = { type, rest: text.slice(a.length).trim(), len: a.length };
    }
  return best && { type: best.type, rest: best.rest };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Any fixed day: date-fns reads the fields of a typed date or time into it (only the fields matter). */
const REF = new Date(2000, 0, 1);
/** The shapes of a typed date, each with the date-fns format that reads it (UK order for the slashed one). */
const DATE_FORMATS: Array<[RegExp, string]> = [
  [/^\d{4}-\d{1,2}-\d{1,2}$/, 'yyyy-M-d'],
  [/^\d{1,2}\/\d{1,2}\/\d{4}$/, 'd/M/yyyy'],
];
const NOT_A_DATE = 'I could not read that as a date. Type it as YYYY-MM-DD (e.g. 2026-12-24), 24/12/2026, today or yesterday.';
const NOT_A_TIME = 'I could not read that as a time. Type it as 24-hour HH:mm, e.g. 14:30.';

/** A date word or figure → 'YYYY-MM-DD' (London), or an error message. */
function parseDate(word: string, now: Date): string | { error: string } {
  const today = londonDate(now);
  if (word === 'today') return today;
  if (word === 'yesterday') return addCalendarDays(today, -1);
  if (word === 'tomorrow') return addCalendarDays(today, 1);
  const shape = DATE_FORMATS.find(([re]) => re.test(word));
  if (!shape) return { error: NOT_A_DATE };
  // date-fns refuses a day the month does not have (31/02, 2026-02-29) and a month 13: Invalid Date.
  const d = parse(word, shape[1], REF);
  if (!isValid(d)) return { error: 'That is not a real date. Type it as YYYY-MM-DD, e.g. 2026-12-24.' };
  return format(d, 'yyyy-MM-dd');
}

/** A time → 'HH:mm', or an error message. 24-hour "14:30" (or "14.30"), or 12-hour "2:30pm", "9am". */
function parseTime(word: string): string | { error: string } {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/.exec(word);
  if (!m || (m[2] === undefined && m[3] === undefined)) return { error: NOT_A_TIME };
  const [, h, min = '00', half] = m;
  if (half) {
    // 12-hour: the hour is 1 to 12 (date-fns `h`), noon is 12pm, midnight 12am.
    const t = parse(`${h}:${min}${half}`, 'h:mma', REF);
    if (Number(h) < 1 || Number(h) > 12) return { error: 'That is not a time. Type it as 24-hour HH:mm, e.g. 14:30, or as 2:30pm.' };
    return isValid(t) ? format(t, 'HH:mm') : { error: NOT_A_TIME };
  }
  // 24-hour: 00:00 to 23:59 (date-fns `H`, `mm`); 24:00 is not a time of day.
  const t = parse(`${h}:${min}`, 'H:mm', REF);
  return isValid(t) ? format(t, 'HH:mm') : { error: NOT_A_TIME };
}

interface When {
  at: Date;
  assumedTime?: string;
}

/** "", "now", "today", "yesterday 14:00", "2026-12-24", "2026-12-24 10:00" → an instant. */
const MONTH_NUMBER: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_WORD =
  /(?<![a-z\d])(\d{1,2})(?:st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*,?(?: (\d{4}))?(?![a-z\d])/;

/** "24 dec 2026", "24th December", "30 dec" → "2026-12-24" (no year: the nearest such day to today). */
function monthWordsToIso(text: string, now: Date): string {
  return text.replace(MONTH_WORD, (_all, d: string, mon: string, y?: string) => {
    const month = MONTH_NUMBER[mon.slice(0, 3)]!;
    const md = `${pad(month)}-${pad(Number(d))}`;
    if (y) return `${y}-${md}`;
    const today = londonDate(now);
    const year = Number(today.slice(0, 4));
    const near = [year - 1, year, year + 1]
      .map((yy) => `${yy}-${md}`)
      .sort((p, q) => Math.abs(Date.parse(p) - Date.parse(today)) - Math.abs(Date.parse(q) - Date.parse(today)));
    return near[0]!;
  });
}

function parseWhen(text: string, now: Date, opts: { requireTime?: boolean } = {}): When | { error: string } {
  const words = monthWordsToIso(normal(text), now).split(' ').filter(Boolean);
  // A time alone ("10:00", "2pm") is today at that time.
  if (words.length === 1 && typeof parseTime(words[0]!) === 'string') words.unshift('today');
  if (words.length === 0 || (words.length === 1 && words[0] === 'now')) {
    if (opts.requireTime) return { error: 'Give the date and time of the meeting, e.g. 2027-01-05 10:00.' };
    return { at: new Date(now.getTime()) };
  }
  // "2:30 pm" → "2:30pm"
  if (words.length === 3 && /^(am|pm)$/.test(words[2])) words.splice(1, 2, words[1] + words[2]);
  if (words.length > 2) return { error: TOO_MANY_WORDS };
  const ymd = parseDate(words[0], now);
  if (typeof ymd !== 'string') return ymd;
  if (words.length === 1) {
    if (opts.requireTime) {
      // A meeting on a day already gone cannot be booked: say so, not "give the time" with a past example.
      if (ymd < londonDate(now))
        return { error: 'That meeting date has already passed. To record a meeting that took place, use e.g. "case meeting held today".' };
      return { error: 'Give the time of the meeting too, e.g. 2027-01-05 10:00.' };
    }
    if (ymd === londonDate(now)) return { at: new Date(now.getTime()) };
    return { at: atLondonTime(ymd, DEFAULT_TIME), assumedTime: DEFAULT_TIME };
  }
  const hhmm = parseTime(words[1]);
  if (typeof hhmm !== 'string') return hhmm;
  try {
    return { at: atLondonTime(ymd, hhmm) };
  } catch {
    // The only time atLondonTime refuses after the checks above: the hour the clocks skip in spring.
    return { error: NO_SUCH_TIME };
  }
}

/** Refuse dates too far from now: almost always a typo (2062 for 2026). */
function checkRange(at: Date, now: Date): string | undefined {
  const diff = at.getTime() - now.getTime();
  if (diff > MAX_DAYS_AHEAD * DAY) return 'That date is more than a year ahead. Check the year, e.g. 2026-12-24.';
  if (-diff > MAX_DAYS_BACK * DAY) return 'That date is more than a year ago. Check the year, e.g. 2026-12-24.';
  return undefined;
}

const isMeetingKind = (w: string): w is MeetingKind => (MEETING_KINDS as readonly string[]).includes(w);
const isWay = (w: string): w is WayId => (WAY_IDS as readonly string[]).includes(w);
const MEETING_WORDS = new Map<string, MeetingKind>([
  ['conference', 'icpc'],
  ['cp', 'icpc'],
  ['multiagency', 'multi-agency'],
]);
const meetingKindOf = (w: string | undefined): MeetingKind | undefined =>
  w === undefined ? undefined : isMeetingKind(w) ? w : MEETING_WORDS.get(w);

function build(raw: unknown, when: When, now: Date, isFuturePlan = false): ParseResult {
  const problem = checkRange(when.at, now);
  if (problem) return fail(problem);
  const parsed = CaseEventSchema.safeParse(raw);
  if (!parsed.success) return fail(`That event is not complete. ${EXAMPLES}`);
  const r: ParseResult = { ok: true, event: parsed.data };
  if (when.assumedTime) r.assumedTime = when.assumedTime;
  if (!isFuturePlan && when.at.getTime() > now.getTime() + 5 * 60_000)
    r.warning = 'That time is in the future: deadlines count from it. Record events once they have happened.';
  return r;
}

/** `event <type> [way] [when]`. */
function parseEvent(rest: string, now: Date): ParseResult {
  const matched = matchEventType(rest);
  if (!matched) return fail(`Which event? One of: ${EVENT_TYPES.filter((t) => !t.startsWith('meeting')).join(', ')}. ${EXAMPLES}`);
  if (matched.type === 'meeting-booked' || matched.type === 'meeting-held')
    return parseMeeting(matched.type === 'meeting-held' ? `held ${matched.rest}` : matched.rest, now);
  let whenText = matched.rest;
  let way: WayId | undefined;
  if (matched.type === 'way-forward') {
    const [w, ...more] = whenText.split(' ');
    const id = (w ?? '').replace(/[.\s]/g, '');
    if (!isWay(id)) return fail(`Which way forward? One of: ${WAY_IDS.join(', ')}. For example: "case event way-forward s47 today".`);
    way = id;
    whenText = more.join(' ');
  }
  const when = parseWhen(whenText, now);
  if ('error' in when) return fail(when.error);
  return build({ type: matched.type, at: when.at, ...(way ? { way } : {}) }, when, now);
}

/** `meeting <kind> <date> <time>` (booked) or `meeting held [when]`. */
function parseMeeting(rest: string, now: Date): ParseResult {
  const [first = '', ...more] = rest.split(' ');
  if (first === 'held') {
    const [maybeKind, ...after] = more;
    const kind = meetingKindOf(maybeKind);
    const when = parseWhen((kind ? after : more).join(' '), now);
    if ('error' in when) return fail(when.error);
    return build({ type: 'meeting-held', at: when.at, ...(kind ? { meetingKind: kind } : {}) }, when, now);
  }
  const kind = meetingKindOf(first);
  if (!kind)
    return fail(
      `Which meeting? One of: ${MEETING_KINDS.join(', ')}, or "held". For example: "case meeting strategy 2027-01-05 10:00" or "case meeting held 2027-01-05".`,
    );
  const when = parseWhen(more.join(' '), now, { requireTime: true });
  if ('error' in when) return fail(when.error);
  if (when.at.getTime() <= now.getTime())
    return fail('That meeting time has already passed. To record a meeting that took place, use e.g. "case meeting held today".');
  return build({ type: 'meeting-booked', at: new Date(now.getTime()), meetingAt: when.at, meetingKind: kind }, when, now, true);
}

/**
 * Parse a case command into an event: "case event looked-after 2026-12-24 10:00",
 * "case meeting strategy 2027-01-05 10:00", "meeting held today". The leading "case" is optional.
 */
export function parseCaseEventCommand(text: string, now: Date): ParseResult {
  let t = normal(text);
  if (t.startsWith('case ')) t = t.slice(5);
  if (t === 'event' || t.startsWith('event ')) return parseEvent(t.slice(5).trim(), now);
  if (t === 'meeting' || t.startsWith('meeting ')) return parseMeeting(t.slice(7).trim(), now);
  return fail(`Start with "case event" or "case meeting". ${EXAMPLES}`);
}

/**
 * An event from a card form: date 'YYYY-MM-DD', time 'HH:mm' (optional except for a booked meeting).
 * For 'meeting-booked' the date and time are the meeting's; `meetingKind` defaults to 'other'.
 */
export function eventFromForm(
  type: string,
  date: string,
  time: string | undefined,
  now: Date,
  extra: { meetingKind?: string; way?: string } = {},
): ParseResult {
  const t = normal(type);
  if (!(EVENT_TYPES as readonly string[]).includes(t)) return fail('Unknown event type. Choose one from the list.');
  const d = normal(date ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return fail('Pick a date (YYYY-MM-DD), e.g. 2026-12-24.');
  const when = `${d} ${normal(time ?? '')}`.trim();
  if (t === 'meeting-booked') return parseMeeting(`${extra.meetingKind ? normal(extra.meetingKind) : 'other'} ${when}`, now);
  if (t === 'meeting-held') return parseMeeting(`held ${extra.meetingKind ? normal(extra.meetingKind) + ' ' : ''}${when}`, now);
  if (t === 'way-forward') return parseEvent(`way-forward ${normal(extra.way ?? '')} ${when}`, now);
  return parseEvent(`${t} ${when}`, now);
}
