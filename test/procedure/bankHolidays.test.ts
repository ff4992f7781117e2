// Our own UK bank holidays (src/procedure/bankHolidays.ts) against date-holidays, the package the calendar used before
// (now a devDependency, here only): the same filtering calendar.ts applied to it (types public/bank, first name per
// date), every year 1990–2070, all three regions. Then a few facts checked by hand against gov.uk/bank-holidays.
import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import { bankHolidays, easterSunday, type Region } from '../../src/procedure/bankHolidays.js';
import { createCalendar } from '../../src/procedure/calendar.js';

const REGIONS: Region[] = ['ENG', 'SCT', 'NIR'];

/** What calendar.ts took from date-holidays: public/bank days only, the first name given for each date. */
function fromDateHolidays(hd: Holidays, year: number): { date: string; name: string }[] {
  const map = new Map<string, string>();
  for (const h of hd.getHolidays(year) || []) {
    if (h.type !== 'public' && h.type !== 'bank') continue;
    const date = h.date.slice(0, 10);
    if (!map.has(date)) map.set(date, h.name);
  }
  return [...map].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}

const dates = (region: Region, year: number) => bankHolidays(region, year).map((h) => h.date);

describe('bankHolidays agrees with date-holidays', () => {
  for (const region of REGIONS)
    it(`${region}: the same dates and names in every year 1990–2070`, () => {
      const hd = new Holidays('GB', region);
      for (let year = 1990; year <= 2070; year++) {
        const theirs = fromDateHolidays(hd, year);
        const ours = bankHolidays(region, year);
        expect(
          ours.map((h) => h.date),
          `${region} ${year} dates`,
        ).toEqual(theirs.map((h) => h.date));
        // Names reach people (holidayName, holidaysBetween), so they must match too.
        expect(ours, `${region} ${year}`).toEqual(theirs);
      }
    });
});

describe('bank holidays by hand from gov.uk', () => {
  it('England and Wales 2026 (Boxing Day on a Saturday: Monday 28 December)', () => {
    const working = dates('ENG', 2026).filter((d) => ![0, 6].includes(new Date(d).getUTCDay()));
    expect(working).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(bankHolidays('ENG', 2026).find((h) => h.date === '2026-12-28')?.name).toBe('Boxing Day (substitute day)');
  });

  it('England and Wales 2027 (Christmas on a Saturday, Boxing Day on a Sunday: Monday 27 and Tuesday 28)', () => {
    const working = dates('ENG', 2027).filter((d) => ![0, 6].includes(new Date(d).getUTCDay()));
    expect(working).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ]);
  });

  it('the Christmas substitutes: 2021 Mon 27 + Tue 28, 2022 (25th a Sunday) Tue 27', () => {
    expect(dates('ENG', 2021).filter((d) => d >= '2021-12-27')).toEqual(['2021-12-27', '2021-12-28']);
    expect(bankHolidays('ENG', 2022).filter((h) => h.date >= '2022-12-25')).toEqual([
      { date: '2022-12-25', name: 'Christmas Day' },
      { date: '2022-12-26', name: 'Boxing Day' },
      { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
    ]);
  });

  it('Scotland 2022: 1 and 2 January on a weekend → Monday 3 and Tuesday 4; no Easter Monday; August on the 1st', () => {
    const d = dates('SCT', 2022);
    expect(d.filter((x) => x < '2022-01-10')).toEqual(['2022-01-01', '2022-01-02', '2022-01-03', '2022-01-04']);
    expect(d).not.toContain('2022-04-18');
    expect(d).toContain('2022-08-01');
    expect(d).not.toContain('2022-08-29');
    expect(dates('SCT', 2026)).toContain('2026-11-30');
    expect(dates('SCT', 2025)).toContain('2025-12-01'); // St Andrew's Day on a Sunday → Monday 1 December
  });

  it('Northern Ireland 2026: St Patrick’s Day Tue 17 March; the Boyne on Sunday 12 July → Monday 13', () => {
    const d = dates('NIR', 2026);
    expect(d).toContain('2026-03-17');
    expect(d).toContain('2026-07-13');
    expect(dates('NIR', 2027)).toContain('2027-07-12');
  });

  it('the one-off days: VE Day 2020, the Platinum Jubilee and the State Funeral 2022, the Coronation 2023', () => {
    expect(dates('ENG', 2020)).toContain('2020-05-08');
    expect(dates('ENG', 2020)).not.toContain('2020-05-04');
    expect(dates('SCT', 2022)).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
    expect(dates('SCT', 2022)).not.toContain('2022-05-30');
    expect(dates('NIR', 2023)).toEqual(expect.arrayContaining(['2023-05-01', '2023-05-08']));
  });

  it('Easter Sunday', () => {
    const iso = (y: number) => new Date(easterSunday(y)).toISOString().slice(0, 10);
    expect([2008, 2011, 2019, 2024, 2026, 2027, 2038].map(iso)).toEqual([
      '2008-03-23',
      '2011-04-24',
      '2019-04-21',
      '2024-03-31',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
    ]);
  });

  it('refuses a year that is not a whole number', () => {
    expect(() => bankHolidays('ENG', 2026.5)).toThrow(RangeError);
  });
});

describe('the calendar uses them', () => {
  it('holiday names as shown to people', () => {
    const eng = createCalendar('ENG');
    expect(eng.holidaysBetween('2026-12-20', '2027-01-05')).toEqual([
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-26', name: 'Boxing Day' },
      { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
      { date: '2027-01-01', name: "New Year's Day" },
    ]);
    expect(createCalendar('SCT').holidayName('2026-11-30')).toBe('St Andrew’s Day');
  });
});
