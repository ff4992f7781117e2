// The partnership's figures for a period, from the per-case facts (facts.ts). Pure. Anonymised: counts, medians and
// shares only, never a reference; and no figure at all for a group of fewer than MIN_GROUP cases, which guards
// against re-identifying a child from a small number (evidence to Parliament 2010: "few LSCBs collect data in a
// routine fashion"; monitoring report: competent-authority feedback had to be chased).
import { londonDate } from '../procedure/calendar.js';
import { DEADLINE_RULES } from '../procedure/deadlines.js';
import type { CaseFacts } from './facts.js';

/** The smallest group a figure is shown for. */
export const MIN_GROUP = 5;
const HOUR = 3_600_000;

/** A figure, or why it is not shown. */
export type Shown<T> = { shown: true; n: number; value: T } | { shown: false; n: number };

export interface Timing {
  medianHours: number;
  p90Hours: number;
}

export interface RuleFigure {
  rule: string;
  title: string;
  /** Deadlines of this rule settled (done, or due and still open) and the cases they belong to. */
  deadlines: number;
  onTime: number;
  late: number;
  overdue: number;
  share: number;
}

export interface Figures {
  from: string;
  to: string;
  /** The instant the figures were computed at (open deadlines past it count as overdue). */
  at: string;
  cases: number;
  /** Per London month ('2026-01'), every month of the period: the count, or hidden when 1 to 4. */
  perMonth: Array<{ month: string; cases: number | null }>;
  toNrm: Shown<Timing>;
  toStrategy: Shown<Timing>;
  rules: Array<Shown<RuleFigure> & { rule: string; title: string }>;
  missing: Shown<{ episodes: number; cases: number; medianHours: number | null }>;
  reasonableGrounds: Shown<{ due: number; chased: number; chasedOnTime: number; notChased: number }>;
}

/** Linear interpolation between the closest ranks (the common "type 7" quantile; PostgreSQL's percentile_cont). */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const shown = <T>(n: number, value: () => T): Shown<T> => (n >= MIN_GROUP ? { shown: true, n, value: value() } : { shown: false, n });

function timing(hours: number[]): Shown<Timing> {
  const s = [...hours].sort((a, b) => a - b);
  return shown(s.length, () => ({ medianHours: round1(quantile(s, 0.5)), p90Hours: round1(quantile(s, 0.9)) }));
}

/** Hours from `a` to `b`, when both are known and b is not before a. */
const between = (a?: string, b?: string): number | undefined => {
  if (!a || !b) return undefined;
  const h = (Date.parse(b) - Date.parse(a)) / HOUR;
  return h >= 0 ? h : undefined;
};

/** Every London month from `from` to the one before `to`. */
function monthsOf(from: Date, to: Date): string[] {
  const out: string[] = [];
  const last = londonDate(new Date(to.getTime() - 1)).slice(0, 7);
  let [y, m] = londonDate(from).slice(0, 7).split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 240; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    m++;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

export function computeFigures(facts: CaseFacts[], from: Date, to: Date, now: Date): Figures {
  const t = now.toISOString();
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    at: t,
    cases: facts.length,
    perMonth: perMonth(facts, from, to),
    toNrm: timing(facts.flatMap((f) => between(f.identifiedAt, f.nrmAt) ?? [])),
    toStrategy: timing(facts.flatMap((f) => between(f.identifiedAt, f.strategyAt) ?? [])),
    rules: DEADLINE_RULES.map((r) => ruleFigures(facts, r, t)).filter((r) => r.n > 0),
    missing: missingFigures(facts),
    reasonableGrounds: reasonableGrounds(facts, t),
  };
}

/** Cases opened per London month (a month with fewer than MIN_GROUP shows no figure). */
function perMonth(facts: CaseFacts[], from: Date, to: Date) {
  const monthCounts = new Map<string, number>();
  for (const f of facts) {
    const m = londonDate(new Date(f.openedAt)).slice(0, 7);
    monthCounts.set(m, (monthCounts.get(m) ?? 0) + 1);
  }
  return monthsOf(from, to).map((month) => {
    const n = monthCounts.get(month) ?? 0;
    return { month, cases: n > 0 && n < MIN_GROUP ? null : n };
  });
}

/** One rule: the deadlines settled by now (done, or past due), and how many cases they come from. */
function ruleFigures(facts: CaseFacts[], r: (typeof DEADLINE_RULES)[number], t: string) {
  let onTime = 0;
  let late = 0;
  let overdue = 0;
  let cases = 0;
  for (const f of facts) {
    let any = false;
    for (const d of f.deadlines) {
      if (d.rule !== r.key) continue;
      if (d.status === 'done' && d.doneAt) {
        if (d.doneAt <= d.due) onTime++;
        else late++;
      } else if (d.status === 'open' && d.due < t) overdue++;
      else continue;
      any = true;
    }
    if (any) cases++;
  }
  const total = onTime + late + overdue;
  return {
    rule: r.key,
    title: r.title,
    ...shown(cases, () => ({
      rule: r.key,
      title: r.title,
      deadlines: total,
      onTime,
      late,
      overdue,
      share: round1((100 * onTime) / total),
    })),
  };
}

/** Missing episodes (each `missing` until the next `found`), the cases with one, and the median hours missing. */
function missingFigures(facts: CaseFacts[]) {
  const episodes: number[] = [];
  let missingCases = 0;
  let episodesTotal = 0;
  for (const f of facts) {
    let open: string | undefined;
    let count = 0;
    for (const e of f.missing) {
      if (e.type === 'missing' && !open) {
        open = e.at;
        count++;
      } else if (e.type === 'found' && open) {
        episodes.push((Date.parse(e.at) - Date.parse(open)) / HOUR);
        open = undefined;
      }
    }
    if (count) missingCases++;
    episodesTotal += count;
  }
  const sortedEp = [...episodes].sort((a, b) => a - b);
  return shown(missingCases, () => ({
    episodes: episodesTotal,
    cases: missingCases,
    medianHours: sortedEp.length ? round1(quantile(sortedEp, 0.5)) : null,
  }));
}

/** Reasonable grounds decisions chased: the "chase it" deadline of each NRM referral, once it came due. */
function reasonableGrounds(facts: CaseFacts[], t: string) {
  let rgCases = 0;
  const rg = { due: 0, chased: 0, chasedOnTime: 0, notChased: 0 };
  for (const f of facts) {
    const ds = f.deadlines.filter((d) => d.rule === 'reasonable-grounds' && (d.status === 'done' || d.due < t));
    if (!ds.length) continue;
    rgCases++;
    for (const d of ds) {
      rg.due++;
      if (d.status === 'done') {
        rg.chased++;
        if (d.doneAt && d.doneAt <= d.due) rg.chasedOnTime++;
      } else rg.notChased++;
    }
  }
  return shown(rgCases, () => rg);
}
