import { describe, expect, it, vi } from 'vitest';
import { bankHolidays } from '../../src/procedure/bankHolidays.js';
import { createCalendar, atLondonTime, londonDate, londonTime } from '../../src/procedure/calendar.js';

// The real bankHolidays, watched (for the cache test below).
vi.mock('../../src/procedure/bankHolidays.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/procedure/bankHolidays.js')>();
  return { ...real, bankHolidays: vi.fn(real.bankHolidays) };
});

const eng = createCalendar();
const sct = createCalendar('SCT');
const nir = createCalendar('NIR');
const HOUR = 3_600_000;

describe('London dates, not UTC dates', () => {
  it('reads the London calendar date of an instant in summer time', () => {
    // 23:30 UTC on Monday 6 April 2026 (Easter Monday) is 00:30 BST on Tuesday 7 April.
    const d = new Date('2026-04-06T23:30:00Z');
    expect(londonDate(d)).toBe('2026-04-07');
    expect(londonTime(d)).toBe('00:30');
    expect(eng.isWorkingDay(d)).toBe(true);
    expect(eng.isWorkingDay(new Date('2026-04-06T22:59:00Z'))).toBe(false); // 23:59 BST, Easter Monday
  });

  it('reads winter instants as GMT', () => {
    expect(londonDate(new Date('2026-12-24T23:30:00Z'))).toBe('2026-12-24');
    expect(londonTime(new Date('2026-12-24T23:30:00Z'))).toBe('23:30');
  });
});

describe('bank holidays (England and Wales by default)', () => {
  it('Christmas 2026: Boxing Day falls on Saturday, so Monday 28 December is the substitute', () => {
    const days = ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29'];
    expect(days.map((d) => eng.isWorkingDay(d))).toEqual([true, false, false, false, false, true]);
    expect(eng.holidayName('2026-12-28')).toMatch(/Boxing Day/);
  });

  it('New Year 2027: Friday 1 January is not a working day', () => {
    expect(eng.isWorkingDay('2027-01-01')).toBe(false);
    expect(eng.addWorkingDays(atLondonTime('2026-12-31', '10:00'), 1, '17:00')).toEqual(atLondonTime('2027-01-04', '17:00'));
  });

  it('Easter 2027: Good Friday 26 March and Easter Monday 29 March are skipped', () => {
    expect(eng.isWorkingDay('2027-03-26')).toBe(false);
    expect(eng.isWorkingDay('2027-03-29')).toBe(false);
    // Thu 25 Mar (GMT) + 1 working day = Tue 30 Mar, after the clocks went forward on 28 March.
    const due = eng.addWorkingDays(atLondonTime('2027-03-25', '11:00'), 1, '17:00');
    expect(due.toISOString()).toBe('2027-03-30T16:00:00.000Z');
  });

  it('keeps only public/bank holidays, not observances such as Mother’s Day', () => {
    const names = eng.holidaysBetween('2026-03-01', '2026-04-30').map((h) => h.name);
    expect(names).toEqual(['Good Friday', 'Easter Monday']);
  });

  it('lists holidays across a year end in date order', () => {
    expect(eng.holidaysBetween('2026-12-20', '2027-01-05').map((h) => h.date)).toEqual([
      '2026-12-25',
      '2026-12-26',
      '2026-12-28',
      '2027-01-01',
    ]);
  });

  it('treats weekends as non-working days', () => {
    expect(eng.isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(eng.isWorkingDay('2026-11-29')).toBe(false); // Sunday
    expect(eng.isWorkingDay('2026-11-30')).toBe(true); // Monday (St Andrew's Day is Scottish only)
  });
});

describe('regions', () => {
  it('Scotland: 2 January and St Andrew’s Day are holidays, Easter Monday is not', () => {
    expect(sct.isWorkingDay('2026-01-02')).toBe(false);
    expect(eng.isWorkingDay('2026-01-02')).toBe(true);
    expect(sct.isWorkingDay('2026-11-30')).toBe(false);
    expect(sct.isWorkingDay('2026-04-06')).toBe(true);
    expect(sct.isWorkingDay('2026-08-03')).toBe(false); // Scottish summer bank holiday
    expect(sct.isWorkingDay('2026-08-31')).toBe(true);
  });

  it('Scotland counts working days differently over New Year', () => {
    const from = atLondonTime('2025-12-31', '10:00');
    expect(londonDate(eng.addWorkingDays(from, 2))).toBe('2026-01-05');
    expect(londonDate(sct.addWorkingDays(from, 2))).toBe('2026-01-06');
  });

  it('Northern Ireland: St Patrick’s Day and the Boyne substitute', () => {
    expect(nir.isWorkingDay('2026-03-17')).toBe(false);
    expect(nir.isWorkingDay('2026-07-13')).toBe(false);
    expect(eng.isWorkingDay('2026-03-17')).toBe(true);
  });

  it('refuses an unknown region', () => {
    expect(() => createCalendar('XYZ' as never)).toThrow(/unknown region/);
  });
});

describe('addWorkingDays / workingDayBefore', () => {
  it('does not count the day of the event, and keeps the London time of day by default', () => {
    const thu = atLondonTime('2026-12-24', '10:00');
    expect(eng.addWorkingDays(thu, 2)).toEqual(atLondonTime('2026-12-30', '10:00'));
    expect(eng.addWorkingDays(thu, 0)).toEqual(thu);
  });

  it('crosses the March clock change by London wall-clock time', () => {
    const fri = atLondonTime('2026-03-27', '10:00'); // GMT
    const mon = eng.addWorkingDays(fri, 1); // BST
    expect(mon.toISOString()).toBe('2026-03-30T09:00:00.000Z');
    expect(londonTime(mon)).toBe('10:00');
  });

  it('counts back over Christmas and New Year', () => {
    const tue = atLondonTime('2027-01-05', '10:00');
    expect(eng.workingDayBefore(tue)).toEqual(atLondonTime('2027-01-04', '10:00'));
    expect(eng.workingDayBefore(tue, 2)).toEqual(atLondonTime('2026-12-31', '10:00'));
    expect(eng.workingDayBefore(atLondonTime('2026-12-29', '09:00'), 1, '17:00')).toEqual(atLondonTime('2026-12-24', '17:00'));
  });

  it('moves a derived time that falls in the spring gap forward by an hour', () => {
    // Clock changes fall on Sundays, so only a zero-day step with an explicit time can land in the gap.
    const sunday = atLondonTime('2026-03-29', '09:00');
    const d = eng.addWorkingDays(sunday, 0, '01:30');
    expect([londonDate(d), londonTime(d)]).toEqual(['2026-03-29', '02:30']);
  });

  it('rejects fractional working days', () => {
    expect(() => eng.addWorkingDays(new Date(), 1.5)).toThrow(/whole number/);
  });
});

describe('atLondonTime across the clock changes', () => {
  it('rejects 01:30 on 29 March 2026, which does not exist in London', () => {
    expect(() => atLondonTime('2026-03-29', '01:30')).toThrow(/does not exist/);
    expect(atLondonTime('2026-03-29', '00:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(atLondonTime('2026-03-29', '02:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the first (BST) occurrence of the repeated hour on 25 October 2026', () => {
    expect(atLondonTime('2026-10-25', '01:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(atLondonTime('2026-10-25', '00:59').toISOString()).toBe('2026-10-24T23:59:00.000Z');
    expect(atLondonTime('2026-10-25', '02:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('round-trips every quarter hour of both change days', () => {
    for (const day of ['2026-03-29', '2026-10-25'])
      for (let m = 0; m < 24 * 60; m += 15) {
        const hhmm = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        if (day === '2026-03-29' && hhmm >= '01:00' && hhmm < '02:00') continue;
        const d = atLondonTime(day, hhmm);
        expect([londonDate(d), londonTime(d)]).toEqual([day, hhmm]);
      }
  });

  it('rejects impossible dates and malformed times', () => {
    expect(() => atLondonTime('2026-02-30', '10:00')).toThrow(/not a real date/);
    expect(() => atLondonTime('2026-12-24', '24:00')).toThrow(/HH:mm/);
    expect(() => atLondonTime('24/12/2026', '10:00')).toThrow(/YYYY-MM-DD/);
  });
});

describe('holiday cache', () => {
  it('computes the bank holidays once per region and year', () => {
    const spy = vi.mocked(bankHolidays);
    const cal = createCalendar('NIR');
    for (let i = 1; i <= 28; i++) cal.isWorkingDay(`2031-02-${String(i).padStart(2, '0')}`);
    createCalendar('NIR').isWorkingDay('2031-06-02');
    expect(spy.mock.calls.filter((c) => c[0] === 'NIR' && c[1] === 2031).length).toBe(1);
  });

  it('handles many lookups quickly', () => {
    const start = performance.now();
    let t = Date.parse('2026-01-01T12:00:00Z');
    let n = 0;
    for (let i = 0; i < 20_000; i++, t += HOUR) if (eng.isWorkingDay(new Date(t))) n++;
    expect(n).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('addWorkingHours (09:00–17:00 London on working days)', () => {
  const iso = (d: Date) => d.toISOString();
  it('within a working day', () => {
    expect(iso(eng.addWorkingHours(new Date('2026-12-02T10:15:00Z'), 2))).toBe('2026-12-02T12:15:00.000Z');
    expect(iso(eng.addWorkingHours(new Date('2026-12-02T15:00:00Z'), 2))).toBe('2026-12-02T17:00:00.000Z');
  });
  it('carries over the evening to the next working day, and starts at the opening from a night', () => {
    expect(iso(eng.addWorkingHours(new Date('2026-12-02T16:30:00Z'), 2))).toBe('2026-12-03T10:30:00.000Z');
    expect(iso(eng.addWorkingHours(new Date('2026-12-02T22:00:00Z'), 2))).toBe('2026-12-03T11:00:00.000Z');
    expect(iso(eng.addWorkingHours(new Date('2026-12-03T06:00:00Z'), 0.5))).toBe('2026-12-03T09:30:00.000Z');
  });
  it('skips weekends and bank holidays (Christmas 2026: Friday 25, Monday 28 December)', () => {
    expect(iso(eng.addWorkingHours(new Date('2026-12-24T16:00:00Z'), 2))).toBe('2026-12-29T10:00:00.000Z');
    expect(iso(eng.addWorkingHours(new Date('2026-12-26T12:00:00Z'), 1))).toBe('2026-12-29T10:00:00.000Z');
  });
  it('counts London hours across the clock changes', () => {
    // Friday 23 October 2026, 16:30 BST (15:30Z): half an hour that day, 1.5 h on Monday 26th (GMT).
    expect(iso(eng.addWorkingHours(new Date('2026-10-23T15:30:00Z'), 2))).toBe('2026-10-26T10:30:00.000Z');
    // Friday 27 March 2026, 16:00 GMT: one hour then, one hour on Monday 30th (BST: 09:00 is 08:00Z).
    expect(iso(eng.addWorkingHours(new Date('2026-03-27T16:00:00Z'), 2))).toBe('2026-03-30T09:00:00.000Z');
  });
  it('a full working week is 40 working hours; bad input throws', () => {
    expect(iso(eng.addWorkingHours(new Date('2026-11-30T09:00:00Z'), 40))).toBe('2026-12-04T17:00:00.000Z');
    expect(() => eng.addWorkingHours(new Date(), -1)).toThrow(RangeError);
    expect(() => eng.addWorkingHours(new Date(), Number.NaN)).toThrow(RangeError);
  });
});
