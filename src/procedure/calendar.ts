// The working-day calendar: Monday–Friday less the bank holidays of the chosen UK region,
// counted by Europe/London calendar date (never by UTC date), across the clock changes.
import { tzOffset } from '@date-fns/tz';
import { bankHolidays, type Region } from './bankHolidays.js';

export type { Region };
export const LONDON = 'Europe/London';
export const REGIONS: readonly Region[] = ['ENG', 'SCT', 'NIR'];

export interface Holiday {
  /** London calendar date, 'YYYY-MM-DD'. */
  date: string;
  name: string;
}

export interface Calendar {
  readonly region: Region;
  /** Monday–Friday and not a public/bank holiday, judged by the London calendar date of `d`. */
  isWorkingDay(d: Date | string): boolean;
  /** The holiday's name if the London date of `d` is a public/bank holiday. */
  holidayName(d: Date | string): string | undefined;
  /**
   * The Nth working day after the London date of `from` (that day itself does not count),
   * at `hhmm` London time (default: the London time of day of `from`). n = 0 → the same day.
   */
  addWorkingDays(from: Date, n: number, hhmm?: string): Date;
  /**
   * `hours` working hours after `from`: time counts only within WORKING_HOURS (London) on working days. From outside
   * them (a night, a weekend, a bank holiday), counting starts at the next working day's opening.
   */
  addWorkingHours(from: Date, hours: number): Date;
  /** The Nth working day before the London date of `d`, at `hhmm` (default: d's London time of day). */
  workingDayBefore(d: Date, n?: number, hhmm?: string): Date;
  /** The London calendar date of an instant, 'YYYY-MM-DD'. */
  londonDate(d: Date): string;
  /** The London wall-clock time of an instant, 'HH:mm'. */
  londonTime(d: Date): string;
  /**
   * A London wall-clock date and time as an instant. Throws a RangeError for a malformed or
   * impossible date/time, and for a time in the spring-forward gap (e.g. 01:30 on 29 March 2026).
   * An ambiguous autumn time (01:00–01:59 on the last Sunday of October) is taken at its first
   * occurrence (BST), the earlier, safer reading for a deadline.
   */
  atLondonTime(ymd: string, hhmm: string): Date;
  /** Public/bank holidays whose London date lies in [from, to] (inclusive), in date order. */
  holidaysBetween(from: Date | string, to: Date | string): Holiday[];
}

const DAY_MS = 86_400_000;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Offset of London from UTC at an instant, in minutes (0 in winter, 60 in summer). */
const londonOffsetMin = (t: number): number => tzOffset(LONDON, new Date(t));

/** 'YYYY-MM-DD' of a UTC-midnight timestamp. */
const ymdOfUtc = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** UTC-midnight timestamp of a 'YYYY-MM-DD' (plain date arithmetic, no time zone involved). */
function utcOfYmd(ymd: string): number {
  const m = YMD.exec(ymd);
  if (!m) throw new RangeError('That is not a date in the form YYYY-MM-DD, e.g. 2026-12-24.');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    throw new RangeError('That is not a real date. Use YYYY-MM-DD, e.g. 2026-12-24.');
  return t;
}

/** The calendar date `n` days after (or, negative, before) a 'YYYY-MM-DD': plain date arithmetic. */
export const addCalendarDays = (ymd: string, n: number): string => ymdOfUtc(utcOfYmd(ymd) + n * DAY_MS);

export function londonDate(d: Date): string {
  const t = d.getTime();
  if (Number.isNaN(t)) throw new RangeError('invalid date');
  return ymdOfUtc(t + londonOffsetMin(t) * 60_000);
}

export function londonTime(d: Date): string {
  const t = d.getTime();
  return new Date(t + londonOffsetMin(t) * 60_000).toISOString().slice(11, 16);
}

/**
 * The instant of a London wall-clock time. Its RangeError messages may reach a person (a card's date and time
 * fields), so they say what is expected and never quote the value given (it may be personal data).
 */
export function atLondonTime(ymd: string, hhmm: string): Date {
  const day = utcOfYmd(ymd);
  const m = HHMM.exec(hhmm);
  if (!m) throw new RangeError('That is not a time in the form HH:mm (00:00–23:59), e.g. 14:30.');
  const naive = day + (Number(m[1]) * 60 + Number(m[2])) * 60_000;
  // London has two offsets; try the offset in force 12 hours either side, keep those that round-trip.
  const offsets = new Set([londonOffsetMin(naive - DAY_MS / 2), londonOffsetMin(naive + DAY_MS / 2)]);
  const fits = [...offsets]
    .map((off) => naive - off * 60_000)
    .filter((t) => londonDate(new Date(t)) === ymd && londonTime(new Date(t)) === hhmm)
    .sort((a, b) => a - b);
  if (fits.length === 0)
    throw new RangeError('That time does not exist in London: the clocks go forward an hour that night. Use a time from the hour after.');
  return new Date(fits[0]);
}

/** Like atLondonTime, but a time in the spring gap moves forward an hour (for derived times, never user input). */
function atLondonTimeLenient(ymd: string, hhmm: string): Date {
  try {
    return atLondonTime(ymd, hhmm);
  } catch (e) {
    const h = Number(hhmm.slice(0, 2));
    if (!HHMM.test(hhmm) || h >= 23) throw e;
    return atLondonTime(ymd, `${String(h + 1).padStart(2, '0')}${hhmm.slice(2)}`);
  }
}

const asYmd = (d: Date | string): string => (typeof d === 'string' ? (utcOfYmd(d), d) : londonDate(d));

type YearHolidays = Map<string, string>; // 'YYYY-MM-DD' -> name
const holidayCache = new Map<Region, Map<number, YearHolidays>>();

/** The bank holidays of one year (src/procedure/bankHolidays.ts), computed once per region and year. */
function holidaysOfYear(region: Region, year: number): YearHolidays {
  let byYear = holidayCache.get(region);
  if (!byYear) holidayCache.set(region, (byYear = new Map()));
  const cached = byYear.get(year);
  if (cached) return cached;
  const map: YearHolidays = new Map(bankHolidays(region, year).map((h) => [h.date, h.name]));
  byYear.set(year, map);
  return map;
}

/** The office day used for "working hours" (an assumption of this bot, said in docs/architecture.md): 09:00–17:00 London. */
export const WORKING_HOURS = { start: '09:00', end: '17:00' } as const;

export function createCalendar(region: Region = 'ENG'): Calendar {
  if (!REGIONS.includes(region)) throw new RangeError(`unknown region "${region}" (use ENG, SCT or NIR)`);

  const holidayOn = (ymd: string): string | undefined => holidaysOfYear(region, Number(ymd.slice(0, 4))).get(ymd);
  const isWorkingYmd = (ymd: string): boolean => {
    const wd = new Date(utcOfYmd(ymd)).getUTCDay();
    return wd !== 0 && wd !== 6 && holidayOn(ymd) === undefined;
  };
  /** Step |n| working days from a London date (sign gives the direction). */
  const stepWorkingDays = (ymd: string, n: number): string => {
    if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number, got ${n}`);
    const dir = n < 0 ? -1 : 1;
    let t = utcOfYmd(ymd);
    for (let left = Math.abs(n); left > 0;) {
      t += dir * DAY_MS;
      if (isWorkingYmd(ymdOfUtc(t))) left--;
    }
    return ymdOfUtc(t);
  };

  return {
    region,
    isWorkingDay: (d) => isWorkingYmd(asYmd(d)),
    holidayName: (d) => holidayOn(asYmd(d)),
    addWorkingDays: (from, n, hhmm) => atLondonTimeLenient(stepWorkingDays(londonDate(from), n), hhmm ?? londonTime(from)),
    addWorkingHours(from, hours) {
      if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`working hours must be a number of hours of 0 or more, got ${hours}`);
      let left = Math.round(hours * 3_600_000);
      let ymd = londonDate(from);
      let cursor = from.getTime();
      for (;;) {
        if (isWorkingYmd(ymd)) {
          const open = atLondonTime(ymd, WORKING_HOURS.start).getTime();
          const close = atLondonTime(ymd, WORKING_HOURS.end).getTime();
          const start = Math.max(cursor, open);
          if (start < close) {
            if (start + left <= close) return new Date(start + left);
            left -= close - start;
          }
        }
        ymd = stepWorkingDays(ymd, 1);
        cursor = 0;
      }
    },
    workingDayBefore: (d, n = 1, hhmm) => atLondonTimeLenient(stepWorkingDays(londonDate(d), -n), hhmm ?? londonTime(d)),
    londonDate,
    londonTime,
    atLondonTime,
    holidaysBetween(from, to) {
      const a = asYmd(from);
      const b = asYmd(to);
      const out: Holiday[] = [];
      for (let y = Number(a.slice(0, 4)); y <= Number(b.slice(0, 4)); y++)
        for (const [date, name] of holidaysOfYear(region, y)) if (date >= a && date <= b) out.push({ date, name });
      return out.sort((x, y) => x.date.localeCompare(y.date));
    },
  };
}
