// The handover summary a new lead coordinator gets.
import type { Block, Message } from '../../conversation/model.js';
import { text } from '../../conversation/model.js';
import type { CaseRecord, Lead } from '../service.js';
import type { Fmt } from './common.js';
import { eventLine, deadlineLine, leadMentions } from './common.js';
import { isMissingNow, missingFirst } from './missing.js';

/** What a new lead takes over: everything open on the case, so a transfer loses nothing (monitoring report §6.2). */
export function handoverSummary(c: CaseRecord, now: Date, fmt: Fmt, before?: Lead): Message {
  const open = c.deadlines.filter((d) => d.status === 'open').sort(missingFirst);
  const lists = c.checklists.filter((cl) => Object.keys(cl.ticks).length < cl.total);
  const blocks: Block[] = [
    text(
      `${c.lead?.name ?? 'The new lead'} is now the lead coordinator of case ${c.ref}${before ? `, taking over from ${before.name ?? 'the previous lead'}` : ''}.`,
      'good',
    ),
  ];
  if (isMissingNow(c)) blocks.push(text('The child is recorded as MISSING. If at immediate risk, call 999.', 'warning'));
  blocks.push({ type: 'heading', text: `Open deadlines (${open.length})` });
  blocks.push(
    open.length
      ? { type: 'list', items: open.map((d) => `${Date.parse(d.due) < now.getTime() ? 'OVERDUE: ' : ''}${deadlineLine(d, fmt)}`) }
      : text('None open.', 'subtle'),
  );
  if (lists.length) {
    blocks.push({ type: 'heading', text: 'Checklists not finished' });
    blocks.push({ type: 'list', items: lists.map((cl) => `${cl.title}: ${Object.keys(cl.ticks).length} of ${cl.total} done`) });
  }
  const last = c.events.slice(-5);
  if (last.length) {
    blocks.push({ type: 'heading', text: 'Latest events' });
    blocks.push({ type: 'list', items: last.map((e) => eventLine(e, fmt)) });
  }
  return {
    title: `Case ${c.ref}: handover`,
    blocks,
    mentions: leadMentions(c),
    buttons: [{ label: 'Case card', action: { t: 'case', a: 'card' } }],
    sources: ['Monitoring report §6.2'],
  };
}
