// The duty digest: every case with a deadline due today or overdue, for the duty manager (monitoring report §6.2:
// cases slipped between teams; the coordinators who tracked each case did far better). Missing children first
// (monitoring report §6.1, §7.3), then overdue, then due today. Pure: the cases come from queries.ts.
import type { Block, Button, Message } from '../conversation/model.js';
import { text } from '../conversation/model.js';
import { EMERGENCY_LINE } from '../conversation/help.js';
import { missingFirst } from '../cases/cards.js';
import type { DeadlineRecord } from '../cases/service.js';
import type { DigestCase } from './queries.js';
import type { Calendar } from '../procedure/calendar.js';
import { addCalendarDays } from '../procedure/calendar.js';
import { missingSince } from './facts.js';

export type DigestState = 'missing' | 'overdue' | 'due today';

export interface DigestRow {
  key: string;
  ref: string;
  state: DigestState;
  lead?: string;
  missingSince?: string;
  /** Its open deadlines due by the end of today, missing ones first, then by due time. */
  deadlines: DigestCase['deadlines'];
}

/** A digest card lists this many cases; the rest are counted. */
export const DIGEST_MAX = 40;
const RANK: Record<DigestState, number> = { missing: 0, overdue: 1, 'due today': 2 };

/** The end of today in London: the first instant of tomorrow. */
export const endOfToday = (now: Date, cal: Calendar): Date => cal.atLondonTime(addCalendarDays(cal.londonDate(now), 1), '00:00');

export function digestRows(cases: DigestCase[], now: Date, cal: Calendar): DigestRow[] {
  const end = endOfToday(now, cal).toISOString();
  const t = now.toISOString();
  const rows = cases
    .filter((c) => c.status === 'open')
    .map((c): DigestRow => {
      const deadlines = c.deadlines
        .filter((d) => d.status === 'open' && d.due < end)
        .sort((a, b) => missingFirst(a as DeadlineRecord, b as DeadlineRecord));
      const since = missingSince(c);
      const state: DigestState = since ? 'missing' : deadlines.some((d) => d.due < t) ? 'overdue' : 'due today';
      return {
        key: c.key,
        ref: c.ref,
        state,
        ...(c.lead ? { lead: c.lead.name ?? 'named' } : {}),
        ...(since ? { missingSince: since } : {}),
        deadlines,
      };
    })
    .filter((r) => r.state === 'missing' || r.deadlines.length > 0);
  const first = (r: DigestRow) => (r.state === 'missing' ? (r.missingSince ?? '') : (r.deadlines[0]?.due ?? ''));
  return rows.sort((a, b) => RANK[a.state] - RANK[b.state] || first(a).localeCompare(first(b)) || a.ref.localeCompare(b.ref));
}

export interface DigestOptions {
  /** All cases (a duty manager), or only those this channel follows. */
  scope: 'all' | 'channel';
  /** Posted on a schedule, later than planned (the bot was not running then). */
  lateFrom?: string;
}

const STATE_LABEL: Record<DigestState, string> = { missing: 'CHILD MISSING', overdue: 'OVERDUE', 'due today': 'Due today' };

export function digestMessage(rows: DigestRow[], now: Date, fmt: (d: Date) => string, o: DigestOptions): Message {
  const shown = rows.slice(0, DIGEST_MAX);
  const t = now.getTime();
  const blocks: Block[] = [];
  if (o.lateFrom) blocks.push(text(`Posted late: due at ${o.lateFrom}, when the bot was not running.`, 'subtle'));
  const counts = (s: DigestState) => rows.filter((r) => r.state === s).length;
  blocks.push(
    text(
      rows.length
        ? `${rows.length} case${rows.length === 1 ? '' : 's'}: ${counts('missing')} with a child missing, ${counts('overdue')} overdue, ${counts('due today')} due today.`
        : 'Nothing is due today or overdue.',
      rows.length ? 'default' : 'good',
    ),
  );
  if (rows.some((r) => r.state === 'missing')) blocks.push(text('A child is missing: if at immediate risk, call 999.', 'warning'));
  for (const r of shown) {
    blocks.push({ type: 'heading', text: `${r.ref}: ${STATE_LABEL[r.state]}` });
    blocks.push({
      type: 'facts',
      facts: [
        { label: 'Lead', value: r.lead ?? 'none named' },
        ...(r.missingSince ? [{ label: 'Missing since', value: fmt(new Date(r.missingSince)) }] : []),
      ],
    });
    if (r.deadlines.length)
      blocks.push({
        type: 'list',
        items: r.deadlines.map((d) => `${Date.parse(d.due) < t ? 'OVERDUE' : 'Due'} ${fmt(new Date(d.due))}: ${d.title} (${d.source})`),
      });
  }
  if (rows.length > shown.length)
    blocks.push(text(`And ${rows.length - shown.length} more cases: open them from their own channels.`, 'subtle'));
  if (o.scope === 'channel') blocks.push(text('Only the case this channel follows is shown: a duty manager sees every case.', 'subtle'));
  blocks.push(text(EMERGENCY_LINE, 'warning'));
  const buttons: Button[] = shown.map((r) => ({ label: `Open ${r.ref}`.slice(0, 75), action: { t: 'duty', a: 'case', v: r.key } }));
  return {
    title: `Duty digest: ${fmt(now).replace(/, \d{2}:\d{2}$/, '')}`,
    blocks,
    buttons,
    sources: ['Monitoring report §6.2', 'Monitoring report §7.3'],
  };
}
