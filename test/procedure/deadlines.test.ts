import { describe, expect, it } from 'vitest';
import { createCalendar, atLondonTime, londonDate, londonTime } from '../../src/procedure/calendar.js';
import {
  CaseEventSchema,
  DEADLINE_RULES,
  EVENT_TYPES,
  deadlinesFor,
  ruleFor,
  type CaseEvent,
  type Deadline,
} from '../../src/procedure/deadlines.js';
import { SourceSchema } from '../../src/procedure/types.js';
import { formatLondon } from '../../src/cases/format.js';

const eng = createCalendar('ENG');
const sct = createCalendar('SCT');
const HOUR = 3_600_000;
const at = atLondonTime;

function one(event: CaseEvent, key: string, cal = eng): Deadline {
  const d = deadlinesFor(event, cal).find((x) => x.key === key);
  if (!d) throw new Error(`no deadline "${key}" for ${event.type}`);
  return d;
}
const wall = (d: Date) => `${londonDate(d)} ${londonTime(d)}`;
/** Hours shown by a London wall clock between two instants (differs from elapsed hours across a clock change). */
const wallHours = (a: Date, b: Date) =>
  (Date.parse(`${londonDate(b)}T${londonTime(b)}:00Z`) - Date.parse(`${londonDate(a)}T${londonTime(a)}:00Z`)) / HOUR;

describe('the rules table', () => {
  it('gives every rule a unique key and a well-formed source citation', () => {
    const keys = DEADLINE_RULES.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of DEADLINE_RULES) expect(SourceSchema.safeParse(r.source).success, r.key).toBe(true);
  });

  it('every rule is reachable from some event type', () => {
    for (const r of DEADLINE_RULES)
      expect(
        r.on.every((t) => EVENT_TYPES.includes(t)),
        r.key,
      ).toBe(true);
    expect(ruleFor('strategy-meeting')?.source).toBe('PG47 §14');
    expect(ruleFor('nope')).toBeUndefined();
  });

  it('keeps reminders strictly between the event and the deadline, in order', () => {
    const when = at('2026-12-24', '10:00');
    const events: CaseEvent[] = [
      ...(
        [
          'verbal-referral',
          'looked-after',
          'arrived-in-borough',
          'nrm-referral',
          's47-started',
          'referral-received',
          'child-identified',
          'private-fostering-arrival',
        ] as const
      ).map((type) => ({ type, at: when })),
      { type: 'meeting-booked', at: when, meetingAt: at('2027-01-05', '10:00'), meetingKind: 'strategy' },
      { type: 'meeting-held', at: when },
      { type: 'way-forward', at: when, way: 's47' },
    ];
    for (const e of events)
      for (const d of deadlinesFor(e, eng)) {
        const ts = d.reminders.map((r) => r.getTime());
        expect([...ts].sort((a, b) => a - b)).toEqual(ts);
        for (const t of ts) {
          expect(t).toBeGreaterThan(e.at.getTime());
          expect(t).toBeLessThan(d.due.getTime());
        }
        expect(d.due.getTime()).toBeGreaterThanOrEqual(e.at.getTime());
      }
  });

  it('accepts events from JSON (dates as strings) through the schema', () => {
    const e = CaseEventSchema.parse(JSON.parse(JSON.stringify({ type: 'looked-after', at: at('2026-12-24', '10:00') })));
    expect(one(e, 'strategy-meeting').due).toEqual(at('2026-12-30', '17:00'));
    expect(CaseEventSchema.safeParse({ type: 'meeting-booked', at: new Date() }).success).toBe(false);
    expect(CaseEventSchema.safeParse({ type: 'tea-break', at: new Date() }).success).toBe(false);
  });
});

describe('strategy meeting within 2 working days (PG47 §14)', () => {
  it('looked after on Thu 24 Dec 2026 → due Wednesday 30 December 2026, 17:00', () => {
    const d = one({ type: 'looked-after', at: at('2026-12-24', '10:00') }, 'strategy-meeting');
    expect(formatLondon(d.due)).toBe('Wednesday 30 December 2026, 17:00');
    expect(d.source).toBe('PG47 §14');
    // the working day before (Tue 29 Dec 17:00) and one hour before
    expect(d.reminders.map(wall)).toEqual(['2026-12-29 17:00', '2026-12-30 16:00']);
  });

  it('arrived in the borough on Thu 25 Mar 2027 → Wed 31 Mar (Easter skipped, BST)', () => {
    const d = one({ type: 'arrived-in-borough', at: at('2027-03-25', '15:00') }, 'strategy-meeting');
    expect(d.due.toISOString()).toBe('2027-03-31T16:00:00.000Z');
    expect(wall(d.due)).toBe('2027-03-31 17:00');
  });

  it('s.47 (or s.20 accommodation) chosen as the way forward starts it; assessment and NFA do not', () => {
    const when = at('2026-12-31', '12:00');
    expect(wall(one({ type: 'way-forward', at: when, way: 's47' }, 'strategy-meeting').due)).toBe('2027-01-05 17:00');
    expect(deadlinesFor({ type: 'way-forward', at: when, way: 's20' }, eng).map((d) => d.key)).toEqual(['strategy-meeting']);
    expect(deadlinesFor({ type: 'way-forward', at: when, way: 'nfa' }, eng)).toEqual([]);
    expect(deadlinesFor({ type: 'way-forward', at: when, way: 'assessment' }, eng)).toEqual([]);
  });

  it('follows the region: St Andrew’s Day in Scotland', () => {
    const e: CaseEvent = { type: 'looked-after', at: at('2026-11-27', '10:00') }; // Friday
    expect(londonDate(one(e, 'strategy-meeting', eng).due)).toBe('2026-12-01');
    expect(londonDate(one(e, 'strategy-meeting', sct).due)).toBe('2026-12-02');
  });
});

describe('48 hours elapsed (PG47 §14 written referral, §12.2 private fostering)', () => {
  it('across the March 2026 change: 48 elapsed hours are 49 on the wall clock', () => {
    const e: CaseEvent = { type: 'verbal-referral', at: at('2026-03-28', '10:00') };
    const d = one(e, 'written-referral');
    expect(d.due.getTime() - e.at.getTime()).toBe(48 * HOUR);
    expect(wall(d.due)).toBe('2026-03-30 11:00');
    expect(wallHours(e.at, d.due)).toBe(49);
    expect(d.reminders.map((r) => (d.due.getTime() - r.getTime()) / HOUR)).toEqual([24, 1]);
  });

  it('across the October 2026 change: 48 elapsed hours are 47 on the wall clock', () => {
    const e: CaseEvent = { type: 'private-fostering-arrival', at: at('2026-10-24', '10:00') };
    const d = one(e, 'private-fostering-notice');
    expect(d.source).toBe('PG47 §12.2');
    expect(d.due.getTime() - e.at.getTime()).toBe(48 * HOUR);
    expect(wall(d.due)).toBe('2026-10-26 09:00');
    expect(wallHours(e.at, d.due)).toBe(47);
  });

  it('ignores bank holidays: over Christmas 2026 it is still 48 hours', () => {
    const d = one({ type: 'verbal-referral', at: at('2026-12-24', '09:30') }, 'written-referral');
    expect(wall(d.due)).toBe('2026-12-26 09:30');
  });
});

describe('meetings and the ICTG (PG47 §13.2)', () => {
  const booked = at('2026-12-21', '10:00');
  const meetingAt = at('2027-01-05', '10:00');
  const event: CaseEvent = { type: 'meeting-booked', at: booked, meetingAt, meetingKind: 'strategy' };

  it('papers and the invitation go at least 2 working days before the meeting (over New Year)', () => {
    const d = one(event, 'ictg-papers');
    expect(formatLondon(d.due)).toBe('Thursday 31 December 2026, 17:00');
    expect(d.source).toBe('PG47 §13.2');
    expect(d.description).toMatch(/ICTG/);
  });

  it('reminds the working day before the meeting and one hour before', () => {
    const d = one(event, 'meeting');
    expect(d.title).toBe('Strategy meeting');
    expect(d.due).toEqual(meetingAt);
    expect(d.reminders.map(wall)).toEqual(['2027-01-04 10:00', '2027-01-05 09:00']);
  });

  it('a meeting booked too late for the 2 working days makes the papers a do-it-now item', () => {
    const late: CaseEvent = { type: 'meeting-booked', at: at('2027-01-04', '09:00'), meetingAt, meetingKind: 'multi-agency' };
    const d = one(late, 'ictg-papers');
    expect(d.immediate).toBe(true);
    expect(d.due).toEqual(late.at);
    expect(d.description).toMatch(/late/);
    expect(one(late, 'meeting').title).toBe('Multi-agency meeting');
  });

  it('notes, actions and decisions within 2 working days of the meeting (Easter 2027)', () => {
    const d = one({ type: 'meeting-held', at: at('2027-03-25', '14:00') }, 'ictg-notes');
    expect(formatLondon(d.due)).toBe('Wednesday 31 March 2027, 17:00');
  });
});

describe('NRM referral (PG47 §13.2; Home Office NRM guidance)', () => {
  const e: CaseEvent = { type: 'nrm-referral', at: at('2026-12-24', '11:00') };

  it('the ICTG referral goes in parallel, the same day', () => {
    const d = one(e, 'ictg-referral');
    expect(d.immediate).toBe(true);
    expect(londonDate(d.due)).toBe('2026-12-24');
    expect(d.description).toContain('0800 043 4303');
  });

  it('late in the evening it still allows an hour, not an instant overdue', () => {
    const late = one({ type: 'nrm-referral', at: at('2026-12-24', '23:30') }, 'ictg-referral');
    expect(wall(late.due)).toBe('2026-12-25 00:30');
    expect(late.description).not.toMatch(/late/);
  });

  it('the reasonable grounds decision is expected in 5 working days, then chased', () => {
    const d = one(e, 'reasonable-grounds');
    expect(formatLondon(d.due)).toBe('Tuesday 5 January 2027, 17:00');
    expect(d.source).toBe('Home Office NRM guidance');
    expect(d.description).toMatch(/chase/i);
  });
});

describe('Working Together 2023', () => {
  it('initial child protection conference within 15 working days of the strategy discussion', () => {
    const d = one({ type: 's47-started', at: at('2026-12-21', '15:00') }, 'initial-conference');
    expect(formatLondon(d.due)).toBe('Thursday 14 January 2027, 17:00');
  });

  it('referral: next steps within 1 working day, assessment within 45 working days', () => {
    const e: CaseEvent = { type: 'referral-received', at: at('2026-12-31', '16:00') };
    expect(formatLondon(one(e, 'referral-decision').due)).toBe('Monday 4 January 2027, 17:00');
    expect(formatLondon(one(e, 'assessment').due)).toBe('Friday 5 March 2027, 17:00');
  });

  it('45 working days agree with a day-by-day count', () => {
    const e: CaseEvent = { type: 'referral-received', at: at('2027-03-01', '09:00') };
    const due = one(e, 'assessment').due;
    let count = 0;
    for (let t = Date.parse('2027-03-02T12:00:00Z'); londonDate(new Date(t)) <= londonDate(due); t += 24 * HOUR)
      if (eng.isWorkingDay(new Date(t))) count++;
    expect(count).toBe(45);
    expect(eng.isWorkingDay(due)).toBe(true);
  });
});

describe('child identified (monitoring report §6.1, §7.2–7.3, §4.5.2)', () => {
  // 00:30 BST on 25 October 2026, just before the clocks go back.
  const e: CaseEvent = { type: 'child-identified', at: at('2026-10-25', '00:30') };

  it('golden hour: one elapsed hour, to do now', () => {
    const d = one(e, 'golden-hour');
    expect(d.immediate).toBe(true);
    expect(d.due.getTime() - e.at.getTime()).toBe(HOUR);
    expect(d.description).toContain('999');
  });

  it('risk of going missing: 24 elapsed hours (23 on the wall clock that night)', () => {
    const d = one(e, 'missing-risk');
    expect(d.due.getTime() - e.at.getTime()).toBe(24 * HOUR);
    expect(wall(d.due)).toBe('2026-10-25 23:30');
    expect(wallHours(e.at, d.due)).toBe(23);
    expect(d.source).toBe('Monitoring report §7.2–7.3');
  });

  it('age and initial assessment questions within 7 days (good practice)', () => {
    const d = one(e, 'age-assessment');
    expect(formatLondon(d.due)).toBe('Sunday 1 November 2026, 17:00');
    expect(d.source).toBe('Monitoring report §4.5.2');
  });

  it('returns the deadlines in due order', () => {
    expect(deadlinesFor(e, eng).map((d) => d.key)).toEqual(['golden-hour', 'missing-risk', 'age-assessment']);
  });
});
