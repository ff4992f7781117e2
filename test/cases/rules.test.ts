import { describe, expect, it } from 'vitest';
import { validateCaseReference, looksLikePersonalData } from '../../src/cases/reference.js';
import { parseCaseEventCommand, eventFromForm, DEFAULT_TIME, type ParseResult } from '../../src/cases/events.js';
import { formatLondon, formatRelative, formatDue } from '../../src/cases/format.js';
import { atLondonTime, createCalendar, londonDate, londonTime } from '../../src/procedure/calendar.js';
import { deadlinesFor, type CaseEvent } from '../../src/procedure/deadlines.js';

const NOW = atLondonTime('2026-11-23', '18:00');
const HOUR = 3_600_000;

function ok(r: ParseResult): CaseEvent {
  if (!r.ok) throw new Error(`expected ok, got: ${r.error}`);
  return r.event;
}
function err(r: ParseResult): string {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.event)}`);
  return r.error;
}
const wall = (d: Date) => `${londonDate(d)} ${londonTime(d)}`;

describe('validateCaseReference', () => {
  it.each([
    ['TC-2026-014', 'TC-2026-014'],
    ['HAR/0042', 'HAR/0042'],
    ['  tc  2026 14 ', 'TC 2026 14'],
    ['Tower Hamlets 12', 'TOWER HAMLETS 12'],
    ['CSC_7.3', 'CSC_7.3'],
    ['Case Ref 12', 'CASE REF 12'],
  ])('accepts %j', (input, expected) => {
    expect(validateCaseReference(input)).toEqual({ ok: true, ref: expected });
  });

  it.each([
    ['John Smith 1', /name/],
    ['Amira 2026', /name/],
    ['amira-7', /name/],
    ['Mohammed1', /name/],
    ['12/03/2011', /date/],
    ['2011-03-12', /date/],
    ['12 March 2011', /date/],
    ['REF 120311', /date/],
    ['TC 20110312', /date/],
    ['3rd Jan 11', /date/],
    ['x1', /3 to 32/],
    ['A'.repeat(32) + '1', /3 to 32/],
    ['TC#1', /letters, digits/],
    ['ABC-DEF', /digit/],
    ['07700 900123', /phone number, a postcode or an NHS number/],
    ['020 7946 0000', /phone number/],
    ['E8 1QQ', /postcode/],
    ['sw1a1aa', /postcode/],
    ['NHS 943 476 5919', /NHS number/],
    ['9434765919', /NHS number/],
  ])('refuses %j and says why', (input, why) => {
    const r = validateCaseReference(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toMatch(why);
      expect(r.reason).toContain('TC-2026-014'); // always shows a good example
    }
  });

  it('refuses non-strings', () => {
    expect(validateCaseReference(undefined).ok).toBe(false);
    expect(validateCaseReference(42).ok).toBe(false);
  });
});

describe('looksLikePersonalData', () => {
  it.each([
    ['DOB 12/03/2011', /date of birth/],
    ['she was born on 3 March 2012', /date of birth/],
    ['seen at school, 12/03/2011 is on her file', /date of birth/],
    ['her name is Amira', /name/],
    ['the boy is called Tuan', /name/],
    ['he stays at 12 Acacia Avenue with an aunt', /address/],
    ['postcode SE1 7PB', /address or postcode/],
    ['his mobile is 07700 900123', /phone/],
    ['call +44 7700 900123', /phone/],
  ])('warns on %j', (text, kind) => {
    const w = looksLikePersonalData(text, NOW);
    expect(w).toMatch(kind);
    expect(w).toMatch(/case reference/);
  });

  it.each([
    'Call the ICTG line on 0800 043 4303 for advice',
    'NSPCC 0808 800 5000, Modern Slavery Helpline 08000 121 700',
    'If a child is in immediate danger, call 999; otherwise 101',
    'case event looked-after 2026-12-24 10:00',
    'strategy meeting booked for 5/1/2027 at 10:00',
    'the s47 2pm meeting moved to Tuesday',
    'TC-2026-014 papers sent to the ICTG worker',
    'Referral made under PG47 §13.2 today',
  ])('stays quiet on %j', (text) => {
    expect(looksLikePersonalData(text, NOW)).toBeUndefined();
  });
});

describe('parseCaseEventCommand', () => {
  it('reads the examples in London time', () => {
    const e = ok(parseCaseEventCommand('case event looked-after 2026-12-24 10:00', NOW));
    expect(e).toEqual({ type: 'looked-after', at: new Date('2026-12-24T10:00:00Z') });
    const v = ok(parseCaseEventCommand('case event verbal-referral 2026-07-01 09:30', NOW));
    expect(v.at.toISOString()).toBe('2026-07-01T08:30:00.000Z'); // BST
  });

  it('a booked strategy meeting: booked now, held at the given time', () => {
    const e = ok(parseCaseEventCommand('case meeting strategy 2027-01-05 10:00', NOW));
    expect(e).toEqual({ type: 'meeting-booked', at: NOW, meetingAt: atLondonTime('2027-01-05', '10:00'), meetingKind: 'strategy' });
  });

  it('meeting kinds: icpc (also "conference"), multi-agency, review', () => {
    expect(ok(parseCaseEventCommand('case meeting icpc 2027-01-05 10:00', NOW))).toMatchObject({ meetingKind: 'icpc' });
    expect(ok(parseCaseEventCommand('case meeting conference 2027-01-05 10:00', NOW))).toMatchObject({ meetingKind: 'icpc' });
    expect(ok(parseCaseEventCommand('case meeting multi-agency 2027-01-05 10:00', NOW))).toMatchObject({ meetingKind: 'multi-agency' });
    expect(ok(parseCaseEventCommand('case event meeting-booked review 2027-01-05 10:00', NOW))).toMatchObject({ meetingKind: 'review' });
  });

  it('a held meeting: time optional (date only → 09:00, no date → now)', () => {
    const r = parseCaseEventCommand('case meeting held 2026-11-20', NOW);
    expect(wall(ok(r).at)).toBe(`2026-11-20 ${DEFAULT_TIME}`);
    expect(r.ok && r.assumedTime).toBe(DEFAULT_TIME);
    expect(ok(parseCaseEventCommand('case meeting held', NOW))).toEqual({ type: 'meeting-held', at: NOW });
    expect(ok(parseCaseEventCommand('meeting held strategy today 11:15', NOW))).toEqual({
      type: 'meeting-held',
      at: atLondonTime('2026-11-23', '11:15'),
      meetingKind: 'strategy',
    });
  });

  it('accepts today, now, yesterday 14:00, 12-hour times and UK-order dates', () => {
    expect(ok(parseCaseEventCommand('case event nrm-referral today', NOW)).at).toEqual(NOW);
    expect(ok(parseCaseEventCommand('case event nrm-referral now', NOW)).at).toEqual(NOW);
    expect(ok(parseCaseEventCommand('case event nrm-referral', NOW)).at).toEqual(NOW);
    expect(wall(ok(parseCaseEventCommand('case event verbal-referral yesterday 14:00', NOW)).at)).toBe('2026-11-22 14:00');
    expect(wall(ok(parseCaseEventCommand('case event verbal referral yesterday 2:30 pm', NOW)).at)).toBe('2026-11-22 14:30');
    expect(wall(ok(parseCaseEventCommand('case event looked after 24/12/2026 9am', NOW)).at)).toBe('2026-12-24 09:00');
    expect(ok(parseCaseEventCommand('CASE EVENT NRM 2026-11-20', NOW)).type).toBe('nrm-referral');
  });

  it('takes "yesterday" at midnight UTC correctly in summer (London date, not UTC date)', () => {
    const summerNow = new Date('2026-07-01T23:30:00Z'); // 00:30 BST on 2 July
    expect(wall(ok(parseCaseEventCommand('case event looked-after yesterday 10:00', summerNow)).at)).toBe('2026-07-01 10:00');
  });

  it('a way forward with its letter id', () => {
    expect(ok(parseCaseEventCommand('case event way-forward s47 today', NOW))).toEqual({ type: 'way-forward', at: NOW, way: 's47' });
    expect(ok(parseCaseEventCommand('case event way-forward s.20', NOW))).toEqual({ type: 'way-forward', at: NOW, way: 's20' });
    expect(err(parseCaseEventCommand('case event way-forward s99', NOW))).toMatch(/assessment, s20, s47, nfa/);
  });

  it('reads typed dates and times (date-fns) as before: days a month lacks, 24:00, 12am/12pm, one-digit fields', () => {
    const at = (line: string) => wall(ok(parseCaseEventCommand(line, NOW)).at);
    expect(err(parseCaseEventCommand('case event looked-after 31/02/2026 10:00', NOW))).toBe(
      'That is not a real date. Type it as YYYY-MM-DD, e.g. 2026-12-24.',
    );
    expect(err(parseCaseEventCommand('case event looked-after 2026-11-31 10:00', NOW))).toMatch(/not a real date/);
    expect(err(parseCaseEventCommand('case event looked-after 2026-13-01 10:00', NOW))).toMatch(/not a real date/);
    expect(err(parseCaseEventCommand('case event looked-after 2026-11-19 24:00', NOW))).toBe(
      'I could not read that as a time. Type it as 24-hour HH:mm, e.g. 14:30.',
    );
    expect(err(parseCaseEventCommand('case event looked-after 2026-11-19 9:5', NOW))).toMatch(/as a time/);
    expect(err(parseCaseEventCommand('case event looked-after 2026-11-19 13pm', NOW))).toMatch(/That is not a time.*2:30pm/);
    expect(at('case event looked-after 2026-11-1 0:05')).toBe('2026-11-01 00:05');
    expect(at('case event looked-after 1/11/2026 12am')).toBe('2026-11-01 00:00');
    expect(at('case event looked-after 1/11/2026 12pm')).toBe('2026-11-01 12:00');
    expect(at('case event looked-after 1/11/2026 7.45')).toBe('2026-11-01 07:45');
    expect(at('case event looked-after 1/11/2026 2:30 pm')).toBe('2026-11-01 14:30');
  });

  it('on the clock-change days: the skipped hour is refused, the repeated hour is its first (summer-time) reading', () => {
    const autumn = new Date('2026-10-26T12:00:00Z');
    // 25 October 2026: 01:00–02:00 London happens twice (BST, then GMT); the earlier reading keeps deadlines safe.
    expect(ok(parseCaseEventCommand('case event looked-after 2026-10-25 01:30', autumn)).at.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(ok(parseCaseEventCommand('case event looked-after 25/10/2026 02:30', autumn)).at.toISOString()).toBe('2026-10-25T02:30:00.000Z');
    const spring = new Date('2027-03-29T12:00:00Z');
    expect(err(parseCaseEventCommand('case event looked-after 2027-03-28 01:00', spring))).toMatch(/does not exist/);
    expect(ok(parseCaseEventCommand('case event looked-after 2027-03-28 02:00', spring)).at.toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('refuses 01:30 on 29 March 2026, which never happened in London', () => {
    expect(err(parseCaseEventCommand('case event looked-after 2026-03-29 01:30', NOW))).toMatch(/does not exist/);
  });

  it.each([
    ['case event tea-break today', /Which event\?.*For example/],
    ['case event looked-after 2026-02-30 10:00', /not a real date/],
    ['case event looked-after 2026-12-24 25:00', /as a time/],
    ['case event looked-after next week', /as a date/],
    ['case event looked-after 2028-01-01 10:00', /more than a year ahead/],
    ['case event looked-after 2024-01-01 10:00', /more than a year ago/],
    ['case meeting strategy 2027-01-05', /time of the meeting/],
    ['case meeting strategy', /date and time/],
    ['case meeting strategy 2026-11-01 10:00', /already passed.*meeting held/],
    ['case meeting picnic 2027-01-05 10:00', /Which meeting\?/],
    ['case hello', /case event/],
  ])('explains %j with an example', (text, message) => {
    const e = err(parseCaseEventCommand(text, NOW));
    expect(e).toMatch(message);
    expect(e).toMatch(/e\.g\.|example/i);
  });

  it('warns (but accepts) an event dated in the future', () => {
    const r = parseCaseEventCommand('case event looked-after 2026-12-24 10:00', NOW);
    expect(r.ok && r.warning).toMatch(/future/);
    expect(parseCaseEventCommand('case event looked-after yesterday 10:00', NOW)).not.toHaveProperty('warning');
  });
});

describe('eventFromForm', () => {
  it('builds each kind of event from date and time inputs', () => {
    expect(ok(eventFromForm('looked-after', '2026-12-24', '10:00', NOW))).toEqual({
      type: 'looked-after',
      at: atLondonTime('2026-12-24', '10:00'),
    });
    expect(ok(eventFromForm('meeting-booked', '2027-01-05', '10:00', NOW, { meetingKind: 'strategy' }))).toMatchObject({
      type: 'meeting-booked',
      meetingKind: 'strategy',
    });
    expect(ok(eventFromForm('meeting-booked', '2027-01-05', '10:00', NOW)).type).toBe('meeting-booked');
    expect(ok(eventFromForm('meeting-held', '2026-11-20', '', NOW)).type).toBe('meeting-held');
    expect(ok(eventFromForm('way-forward', '2026-11-23', '09:00', NOW, { way: 'nfa' }))).toMatchObject({ way: 'nfa' });
  });

  it('refuses bad form values with a plain message', () => {
    expect(err(eventFromForm('nope', '2026-12-24', '10:00', NOW))).toMatch(/Unknown event/);
    expect(err(eventFromForm('looked-after', '', '10:00', NOW))).toMatch(/Pick a date/);
    expect(err(eventFromForm('looked-after', '2026-03-29', '01:30', NOW))).toMatch(/does not exist/);
    expect(err(eventFromForm('meeting-booked', '2027-01-05', '', NOW))).toMatch(/time/);
  });
});

describe('format', () => {
  it('formats in London time, winter and summer', () => {
    expect(formatLondon(new Date('2026-12-30T17:00:00Z'))).toBe('Wednesday 30 December 2026, 17:00');
    expect(formatLondon(new Date('2026-07-01T16:00:00Z'))).toBe('Wednesday 1 July 2026, 17:00');
    expect(formatLondon(new Date('2026-10-25T00:30:00Z'))).toBe('Sunday 25 October 2026, 01:30');
    expect(formatLondon(new Date('2026-10-25T01:30:00Z'))).toBe('Sunday 25 October 2026, 01:30');
  });

  it('says how far away a time is', () => {
    const now = new Date('2026-12-24T10:00:00Z');
    const at = (ms: number) => new Date(now.getTime() + ms);
    expect(formatRelative(at(2 * HOUR + 10 * 60_000), now)).toBe('in 2 hours');
    expect(formatRelative(at(45 * 60_000), now)).toBe('in 45 minutes');
    expect(formatRelative(at(60_000), now)).toBe('in 1 minute');
    expect(formatRelative(at(20_000), now)).toBe('now');
    expect(formatRelative(at(-26 * HOUR), now)).toBe('overdue by 26 hours');
    expect(formatRelative(at(-36 * HOUR), now)).toBe('overdue by 1 day');
    expect(formatRelative(at(3 * 24 * HOUR), now)).toBe('in 3 days');
  });

  it('from a typed command to the wording of its deadline', () => {
    const e = ok(parseCaseEventCommand('case event looked-after 2026-12-24 10:00', NOW));
    const [d] = deadlinesFor(e, createCalendar());
    expect(`${d.title}: ${formatDue(d.due, e.at)}`).toBe('Hold the strategy meeting: Wednesday 30 December 2026, 17:00 (in 6 days)');
  });
});
