// UK bank holidays of the three regions, computed (no data package): the Banking and Financial Dealings Act 1971
// schedule, its usual substitute days, and the one-off changes by royal proclamation that the deadlines use.
// The rules and names follow what the npm package date-holidays (3.37, GB) gives for the public/bank days, the source
// this replaced; test/procedure/bankHolidays.test.ts checks the two agree on every date of 1990–2070 in each region.
// Where gov.uk says something else for a past year, date-holidays' reading is kept (see ONE_OFF below).

export type Region = 'ENG' | 'SCT' | 'NIR';

export interface BankHoliday {
  /** Calendar date, 'YYYY-MM-DD'. */
  date: string;
  name: string;
}

const DAY_MS = 86_400_000;
const SAT = 6;
const SUN = 0;
const MON = 1;

/** UTC-midnight timestamp of year/month (1–12)/day; any year, 0–99 included. */
function utc(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

const weekday = (t: number): number => new Date(t).getUTCDay();

/** 'YYYY-MM-DD' of a UTC-midnight timestamp (as calendar.ts's ymdOfUtc; years 0–9999). */
const ymd = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** Easter Sunday (Gregorian calendar), by the anonymous (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

/** The first Monday on or after a date. */
const mondayFrom = (t: number): number => t + ((MON - weekday(t) + 7) % 7) * DAY_MS;
/** The last Monday on or before a date. */
const mondayUpTo = (t: number): number => t - ((weekday(t) - MON + 7) % 7) * DAY_MS;

type Entry = [t: number, name: string];
const SUBSTITUTE = ' (substitute day)';

/** A fixed date, and its substitute when it falls on a weekend: the day after `sat` / `sun` days from that date. */
function fixed(out: Entry[], t: number, name: string, shift: { sat: number; sun: number }): void {
  out.push([t, name]);
  const wd = weekday(t);
  if (wd === SAT) out.push([t + shift.sat * DAY_MS, name + SUBSTITUTE]);
  else if (wd === SUN) out.push([t + shift.sun * DAY_MS, name + SUBSTITUTE]);
}

/** Next Monday for a Saturday or a Sunday. */
const NEXT_MONDAY = { sat: 2, sun: 1 };
/** Christmas and Boxing Day: Saturday → Monday, Sunday → Tuesday (25 Sat, 26 Sun → Mon 27 and Tue 28; 25 Sun → Tue 27). */
const CHRISTMAS = { sat: 2, sun: 2 };
/** Scotland's 1 January: Saturday → Tuesday (2 January takes the Monday), Sunday → Tuesday (2 January is the Monday). */
const SCOTTISH_NEW_YEAR = { sat: 3, sun: 2 };

/**
 * One-off changes by royal proclamation, as date-holidays 3.37 holds them: a usual day moved (`instead`) or an
 * extra day. gov.uk also lists 1995 (Early May on 8 May, VE Day), 31 Dec 1999 (Millennium), 2002 (Spring on 4 June,
 * Golden Jubilee 3 June), 29 Apr 2011 (royal wedding) and 2012 Spring on 4 June (not 28 May): date-holidays has none
 * of these, so neither does this table (all before the cases this bot counts deadlines for).
 */
const ONE_OFF: Record<number, { date: string; name: string; instead?: string }[]> = {
  2012: [{ date: '2012-06-05', name: 'Queen’s Diamond Jubilee' }],
  2020: [{ date: '2020-05-08', name: 'Early May bank holiday (VE day)', instead: 'Early May bank holiday' }],
  2022: [
    { date: '2022-06-02', name: 'Spring bank holiday', instead: 'Spring bank holiday' },
    { date: '2022-06-03', name: 'Queen’s Platinum Jubilee' },
    { date: '2022-09-19', name: "Queen Elizabeth's Funeral Day" },
  ],
  2023: [{ date: '2023-05-08', name: "King Charles III's Coronation" }],
};

/**
 * The bank holidays of a region and year, in date order, one name per date. A holiday falling on a weekend is listed
 * on its own date as well as on its substitute day (so e.g. Boxing Day 2026 is both Sat 26 and, as "Boxing Day
 * (substitute day)", Mon 28 December).
 */
export function bankHolidays(region: Region, year: number): BankHoliday[] {
  if (!Number.isInteger(year)) throw new RangeError(`year must be a whole number, got ${year}`);
  const out: Entry[] = [];
  const easter = easterSunday(year);

  fixed(out, utc(year, 1, 1), "New Year's Day", region === 'SCT' ? SCOTTISH_NEW_YEAR : NEXT_MONDAY);
  if (region === 'SCT') fixed(out, utc(year, 1, 2), 'January 2nd', NEXT_MONDAY);
  if (region === 'NIR') fixed(out, utc(year, 3, 17), 'St Patrick’s Day', NEXT_MONDAY);
  out.push([easter - 2 * DAY_MS, 'Good Friday']);
  if (region !== 'SCT') out.push([easter + DAY_MS, 'Easter Monday']);
  out.push([mondayFrom(utc(year, 5, 1)), 'Early May bank holiday']);
  out.push([mondayUpTo(utc(year, 5, 31)), 'Spring bank holiday']);
  if (region === 'NIR') fixed(out, utc(year, 7, 12), 'Battle of the Boyne (Orangemen’s Day)', NEXT_MONDAY);
  out.push([region === 'SCT' ? mondayFrom(utc(year, 8, 1)) : mondayUpTo(utc(year, 8, 31)), 'Summer bank holiday']);
  if (region === 'SCT') fixed(out, utc(year, 11, 30), 'St Andrew’s Day', NEXT_MONDAY);
  fixed(out, utc(year, 12, 25), 'Christmas Day', CHRISTMAS);
  fixed(out, utc(year, 12, 26), 'Boxing Day', CHRISTMAS);

  let days: BankHoliday[] = out.map(([t, name]) => ({ date: ymd(t), name }));
  for (const change of ONE_OFF[year] ?? []) {
    if (change.instead) days = days.filter((h) => h.name !== change.instead);
    days.push({ date: change.date, name: change.name });
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return days.filter((h, i) => i === 0 || days[i - 1].date !== h.date);
}
