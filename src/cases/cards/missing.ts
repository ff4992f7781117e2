// A missing child: the episodes of a case, and the alert posted into every channel of the case.
import type { Message } from '../../conversation/model.js';
import { text } from '../../conversation/model.js';
import type { CaseEventRecord, CaseRecord, DeadlineRecord } from '../service.js';
import { whoName } from '../service.js';
import { MISSING_RULES } from '../../procedure/deadlines.js';
import type { Fmt } from './common.js';

/** A missing child comes first on every list of a case's deadlines; then by due time. */
export const missingFirst = (a: DeadlineRecord, b: DeadlineRecord): number =>
  Number(MISSING_RULES.has(b.rule)) - Number(MISSING_RULES.has(a.rule)) || a.due.localeCompare(b.due);

export interface MissingEpisode {
  from: string;
  to?: string;
}

/** The missing episodes of a case, from its events: each `missing` until the next `found` after it (or still open). */
export function missingEpisodes(c: CaseRecord): MissingEpisode[] {
  const evs = c.events.filter((e) => e.type === 'missing' || e.type === 'found').sort((a, b) => a.at.localeCompare(b.at));
  const out: MissingEpisode[] = [];
  for (const e of evs) {
    const last = out[out.length - 1];
    if (e.type === 'missing') {
      if (!last || last.to) out.push({ from: e.at });
    } else if (last && !last.to) last.to = e.at;
  }
  return out;
}

/** "2 days 3 hours", "5 hours", "40 minutes". */
export function duration(ms: number): string {
  const min = Math.max(0, Math.round(ms / 60_000));
  const d = Math.floor(min / 1440);
  const h = Math.floor((min % 1440) / 60);
  const m = min % 60;
  const part = (n: number, w: string) => (n ? [`${n} ${w}${n === 1 ? '' : 's'}`] : []);
  const parts = d
    ? [...part(d, 'day'), ...part(h, 'hour')]
    : h
      ? [...part(h, 'hour'), ...(h < 6 ? part(m, 'minute') : [])]
      : part(m, 'minute');
  return parts.join(' ') || 'under a minute';
}

export const isMissingNow = (c: CaseRecord): boolean => {
  const eps = missingEpisodes(c);
  return eps.length > 0 && !eps[eps.length - 1]!.to;
};

/** The alert posted at once into every channel that follows the case when the child goes missing. */
export function missingAlert(c: CaseRecord, e: CaseEventRecord, fmt: Fmt): Message {
  return {
    title: `CHILD MISSING: case ${c.ref}`,
    blocks: [
      text('If the child is at immediate risk, call 999 now.', 'warning'),
      text(`Missing since ${fmt(new Date(e.at))} (recorded by ${whoName(e.recordedBy)}). Act now:`),
      {
        type: 'list',
        ordered: true,
        items: [
          'Report the child missing to the police: 999 if at immediate risk, otherwise 101.',
          'Tell the ICTG worker (24/7 line 0800 043 4303) and the child’s social worker.',
          'Keep where the child was placed confidential: tell no enquirer (PG47 §15).',
          'Work through the missing-from-care checklist below with everyone on the case.',
        ],
      },
      text(
        'When the child is found, type case event found (with the date and time): the return interview is then due within 72 hours.',
        'subtle',
      ),
    ],
    buttons: [
      { label: 'Child found', action: { t: 'case', a: 'found' }, style: 'primary' },
      { label: 'Case card', action: { t: 'case', a: 'card' } },
    ],
    sources: ['PG47 §16.2', 'PG47 §15', 'Monitoring report §6.1', 'Monitoring report §7.3'],
  };
}
