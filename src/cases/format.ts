// Dates for people: always in London time, in full words, never ambiguous.
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { LONDON } from '../procedure/calendar.js';

const inLondon = (d: Date): TZDate => new TZDate(d.getTime(), LONDON);

/** "Wednesday 30 December 2026, 17:00" (London time). */
export const formatLondon = (d: Date): string => format(inLondon(d), 'EEEE d MMMM yyyy, HH:mm');

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** The size of a span in the largest sensible unit, rounded down: "45 minutes", "2 hours", "3 days". */
export function formatSpan(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < 90 * MINUTE) return plural(Math.max(1, Math.floor(abs / MINUTE)), 'minute');
  if (abs < 36 * HOUR) return plural(Math.floor(abs / HOUR), 'hour');
  return plural(Math.floor(abs / DAY), 'day');
}

/** "in 2 hours", "overdue by 1 day", or "now" (within a minute either way). */
export function formatRelative(d: Date, now: Date): string {
  const ms = d.getTime() - now.getTime();
  if (Math.abs(ms) < MINUTE) return 'now';
  return ms > 0 ? `in ${formatSpan(ms)}` : `overdue by ${formatSpan(ms)}`;
}

/** "Wednesday 30 December 2026, 17:00 (in 2 days)". */
export const formatDue = (due: Date, now: Date): string => `${formatLondon(due)} (${formatRelative(due, now)})`;
