// What the views across cases read of a case, as small plain records: the digest's "what is due" and the figures'
// per-case facts. Pure. The in-process stores compute them here from the case record; PostgreSQL computes the
// same facts in SQL (queries.ts), and test/oversight/queries.test.ts checks both agree.
import type { CaseRecord } from '../cases/service.js';

/** The facts of one case the partnership figures need (no reference, no people: the figures are anonymised). */
export interface CaseFacts {
  openedAt: string;
  /** First "child identified" event. */
  identifiedAt?: string;
  /** First NRM referral sent. */
  nrmAt?: string;
  /** First strategy meeting held. */
  strategyAt?: string;
  deadlines: Array<{ rule: string; due: string; status: 'open' | 'done'; doneAt?: string }>;
  /** The missing and found events, in time order. */
  missing: Array<{ type: 'missing' | 'found'; at: string }>;
}

const firstAt = (c: CaseRecord, pred: (e: CaseRecord['events'][number]) => boolean): string | undefined =>
  c.events
    .filter(pred)
    .map((e) => e.at)
    .sort()[0];

export function factsOf(c: CaseRecord): CaseFacts {
  const identifiedAt = firstAt(c, (e) => e.type === 'child-identified');
  const nrmAt = firstAt(c, (e) => e.type === 'nrm-referral');
  const strategyAt = firstAt(c, (e) => e.type === 'meeting-held' && e.meetingKind === 'strategy');
  return {
    openedAt: c.openedAt,
    ...(identifiedAt ? { identifiedAt } : {}),
    ...(nrmAt ? { nrmAt } : {}),
    ...(strategyAt ? { strategyAt } : {}),
    deadlines: c.deadlines.map((d) => ({ rule: d.rule, due: d.due, status: d.status, ...(d.doneAt ? { doneAt: d.doneAt } : {}) })),
    missing: c.events
      .filter((e) => e.type === 'missing' || e.type === 'found')
      .map((e) => ({ type: e.type as 'missing' | 'found', at: e.at }))
      .sort((a, b) => a.at.localeCompare(b.at)),
  };
}

/** The child is missing now: the latest missing/found event (by time, then as recorded) is a missing one. */
export function missingNow(c: { events: Array<{ type: string; at: string }> }): boolean {
  let last: { type: string; at: string } | undefined;
  for (const e of c.events) if ((e.type === 'missing' || e.type === 'found') && (!last || e.at >= last.at)) last = e;
  return last?.type === 'missing';
}

/** When the open missing episode began (the first missing event after the last found one), or undefined. */
export function missingSince(c: { events: Array<{ type: string; at: string }> }): string | undefined {
  let from: string | undefined;
  const evs = c.events.filter((e) => e.type === 'missing' || e.type === 'found');
  // Stable by time, as cards.ts's missingEpisodes reads them.
  for (const e of [...evs].sort((a, b) => a.at.localeCompare(b.at))) {
    if (e.type === 'missing') from ??= e.at;
    else from = undefined;
  }
  return from;
}

/** Open, with an open deadline due before `before` (the end of today), or with the child missing now: the digest's cases. */
export function inDigest(c: CaseRecord, before: Date): boolean {
  if (c.status !== 'open') return false;
  const limit = before.toISOString();
  return missingNow(c) || c.deadlines.some((d) => d.status === 'open' && d.due < limit);
}
