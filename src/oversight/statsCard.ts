// The partnership figures as a chat card (`stats`). Anonymised: no reference, and "fewer than 5" in place of any
// figure for a smaller group.
import type { Block, Message } from '../conversation/model.js';
import { text } from '../conversation/model.js';
import { MIN_GROUP, type Figures, type Shown, type Timing } from './figures.js';

export const HIDDEN = `not shown (fewer than ${MIN_GROUP} cases)`;

/** "36 hours", "4.5 days". */
export const hoursText = (h: number): string => (h < 48 ? `${h} hours` : `${Math.round((h / 24) * 10) / 10} days`);

export const timingText = (t: Shown<Timing>): string =>
  t.shown ? `median ${hoursText(t.value.medianHours)}, 90% within ${hoursText(t.value.p90Hours)} (${t.n} cases)` : HIDDEN;

export const periodText = (f: Figures, fmtDay: (d: Date) => string): string =>
  `${fmtDay(new Date(f.from))} to ${fmtDay(new Date(Date.parse(f.to) - 1))}`;

export function statsMessage(f: Figures, fmtDay: (d: Date) => string): Message {
  const blocks: Block[] = [
    text(`Cases opened ${periodText(f, fmtDay)}: ${f.cases < MIN_GROUP && f.cases > 0 ? `fewer than ${MIN_GROUP}` : f.cases}.`),
  ];
  if (f.cases < MIN_GROUP) {
    blocks.push(text(`No figures are shown for fewer than ${MIN_GROUP} cases, so that no child can be recognised from them.`, 'subtle'));
    return { title: 'Partnership figures', blocks, sources: ['Evidence to Parliament 2010'] };
  }
  const months = f.perMonth.map((m) => `${m.month}: ${m.cases === null ? `fewer than ${MIN_GROUP}` : m.cases}`);
  blocks.push({ type: 'heading', text: 'Cases opened per month' }, text(months.join('; ')));
  blocks.push({ type: 'heading', text: 'Time from identification' });
  blocks.push({
    type: 'facts',
    facts: [
      { label: 'To the NRM referral', value: timingText(f.toNrm) },
      { label: 'To the strategy meeting', value: timingText(f.toStrategy) },
    ],
  });
  blocks.push({ type: 'heading', text: 'Deadlines met on time' });
  blocks.push({
    type: 'list',
    items: f.rules.map((r) =>
      r.shown
        ? `${r.title}: ${r.value.share}% (${r.value.onTime} of ${r.value.deadlines}; ${r.value.late} late, ${r.value.overdue} overdue)`
        : `${r.title}: ${HIDDEN}`,
    ),
  });
  const m = f.missing;
  const rg = f.reasonableGrounds;
  blocks.push({
    type: 'facts',
    facts: [
      {
        label: 'Missing episodes',
        value: m.shown
          ? `${m.value.episodes} in ${m.value.cases} cases${m.value.medianHours !== null ? `, median ${hoursText(m.value.medianHours)} missing` : ''}`
          : m.n
            ? HIDDEN
            : 'none',
      },
      {
        label: 'Reasonable grounds decisions chased',
        value: rg.shown
          ? `${rg.value.chased} of ${rg.value.due} due (${rg.value.chasedOnTime} on time; ${rg.value.notChased} not yet)`
          : rg.n
            ? HIDDEN
            : 'none due',
      },
    ],
  });
  blocks.push(
    text(
      `Anonymised: no case reference, and no figure for a group of fewer than ${MIN_GROUP} cases. For the board report: npm run report.`,
      'subtle',
    ),
  );
  return { title: 'Partnership figures', blocks, sources: ['Evidence to Parliament 2010', 'Monitoring report §6.2'] };
}
