// The event form, the reply to a recorded event, the close confirmation, the audit list and the checklist card.
import type { Block, Message } from '../../conversation/model.js';
import { text } from '../../conversation/model.js';
import { EMERGENCY_LINE } from '../../conversation/help.js';
import type { Checklist } from '../../procedure/checklists.js';
import { findChecklist } from '../../procedure/checklists.js';
import type { AuditEntry } from '../audit.js';
import { WHAT_LABEL } from '../audit.js';
import type { CaseChecklist, CaseEventRecord, CaseRecord, DeadlineRecord, WayId } from '../service.js';
import { whoName } from '../service.js';
import { EVENT_LABELS, MEETING_KINDS, MEETING_LABELS } from '../../procedure/deadlines.js';
import { platformLabel } from '../../platforms.js';
import type { Fmt } from './common.js';
import { WAY_LABEL, eventLine, deadlineLine, FORM_EVENT_TYPES } from './common.js';
import { missingFirst } from './missing.js';

export function eventForm(c: CaseRecord, formId: string, today: string, nowTime: string): Message {
  return {
    title: `Record an event on case ${c.ref}`,
    blocks: [
      {
        type: 'input',
        input: {
          kind: 'choice',
          id: 'type',
          label: 'What happened',
          options: FORM_EVENT_TYPES.map((t) => ({ value: t, label: EVENT_LABELS[t].slice(0, 75) })),
          required: true,
        },
      },
      {
        type: 'input',
        input: {
          kind: 'choice',
          id: 'meeting',
          label: 'Which meeting (for a meeting booked or held)',
          options: MEETING_KINDS.map((k) => ({ value: k, label: MEETING_LABELS[k] })),
          value: 'strategy',
        },
      },
      { type: 'input', input: { kind: 'date', id: 'date', label: 'Date', value: today, required: true } },
      { type: 'input', input: { kind: 'time', id: 'time', label: 'Time (London)', value: nowTime, required: true } },
      text('For a meeting booked, give the date and time of the meeting.', 'subtle'),
    ],
    buttons: [
      { label: 'Record', action: { t: 'case', a: 'record-event', v: formId }, style: 'primary' },
      { label: 'Cancel', action: { t: 'case', a: 'card' } },
    ],
  };
}

export function recordedMessage(
  c: CaseRecord,
  e: CaseEventRecord,
  deadlines: DeadlineRecord[],
  fmt: Fmt,
  duplicate: boolean,
  extra: string[] = [],
): Message {
  const blocks: Block[] = [];
  if (duplicate) blocks.push(text('This was recorded already: nothing changed.', 'subtle'));
  blocks.push(text(`${eventLine(e, fmt)}. Recorded by ${whoName(e.recordedBy)}.`, 'good'));
  if (deadlines.length) {
    const heading = duplicate ? 'Its deadline' : 'New deadline';
    blocks.push({ type: 'heading', text: deadlines.length === 1 ? heading : `${heading}s (${deadlines.length})` });
    const late = (d: DeadlineRecord) => Date.parse(d.due) <= Date.parse(e.recordedAt);
    blocks.push({
      type: 'list',
      items: [...deadlines].sort(missingFirst).map((d) => (late(d) ? `OVERDUE, do it now: ${deadlineLine(d, fmt)}` : deadlineLine(d, fmt))),
    });
    blocks.push(
      text(
        'Reminders will be posted into every channel that follows this case before each deadline, at it, and while it is overdue.',
        'subtle',
      ),
    );
  } else blocks.push(text('No deadline follows from this event.', 'subtle'));
  for (const x of extra) blocks.push(text(x));
  blocks.push(text(EMERGENCY_LINE, 'warning'));
  return {
    title: `Case ${c.ref}: recorded`,
    blocks,
    buttons: [{ label: 'Case card', action: { t: 'case', a: 'card' } }],
    sources: [...new Set(deadlines.map((d) => d.source))],
  };
}

export function closeConfirm(c: CaseRecord, retentionDays: number): Message {
  return {
    title: `Close case ${c.ref}?`,
    blocks: [text(`Its reminders stop. A closed case is deleted after ${retentionDays} days unless it is reopened.`, 'warning')],
    buttons: [
      { label: 'Yes, close the case', action: { t: 'case', a: 'close-confirm', v: c.key }, style: 'danger' },
      { label: 'No, keep it open', action: { t: 'case', a: 'card' } },
    ],
  };
}

export function auditMessage(c: CaseRecord, entries: AuditEntry[], fmt: Fmt): Message {
  const items = entries.map((e) => {
    const d = (e.detail ?? {}) as Record<string, unknown>;
    const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
    // Readable names where the case still knows them: the checklist item's words, the deadline's title, the way.
    const list = str(d.checklist) ? findChecklist(str(d.checklist)!) : undefined;
    const itemText = list?.items.find((i) => i.id === d.item)?.text;
    const deadline = c.deadlines.find((x) => x.id === d.deadline);
    const way = str(d.way) as WayId | undefined;
    const extra =
      d.item !== undefined
        ? ` "${itemText ?? String(d.item)}" (${list?.title ?? String(d.checklist)})`
        : e.what === 'way-recorded' && way && WAY_LABEL[way]
          ? `: ${WAY_LABEL[way]}`
          : d.type
            ? ` ${String(d.type)}`
            : deadline
              ? `: ${deadline.title}`
              : d.rule
                ? ` ${String(d.rule)}`
                : d.checklist
                  ? ` ${list?.title ?? String(d.checklist)}`
                  : '';
    const where = e.where.split(':')[0];
    return `${fmt(new Date(e.when))}: ${e.who} ${WHAT_LABEL[e.what] ?? e.what}${extra} (${platformLabel(where)})`;
  });
  return {
    title: `Case ${c.ref}: audit log (last ${entries.length})`,
    blocks: items.length ? [{ type: 'list', items }] : [text('Nothing recorded yet.', 'subtle')],
    personal: true,
  };
}

export function checklistCard(c: CaseRecord, cl: CaseChecklist, list: Checklist): Message {
  const done = Object.keys(cl.ticks).length;
  const ticked = list.items.filter((i) => cl.ticks[i.id]).map((i) => i.id);
  const blocks: Block[] = [text(list.intro), { type: 'progress', done, total: list.items.length }];
  // A checkbox group holds at most 10 options on some platforms: split longer lists.
  for (let i = 0; i < list.items.length; i += 10) {
    const part = list.items.slice(i, i + 10);
    blocks.push({
      type: 'input',
      input: {
        kind: 'choice',
        id: `tick-${i / 10}`,
        label: i === 0 ? 'Tick what is done' : 'More',
        multi: true,
        options: part.map((it) => ({ value: it.id, label: it.text.length > 75 ? it.text.slice(0, 72) + '...' : it.text })),
        value: part.filter((it) => ticked.includes(it.id)).map((it) => it.id),
      },
    });
  }
  const last = Object.values(cl.ticks)
    .sort((a, b) => a.at.localeCompare(b.at))
    .pop();
  if (last) blocks.push(text(`Last ticked by ${whoName(last.by)}. Who ticked what is in the case audit log.`, 'subtle'));
  return {
    title: `${list.title} (case ${c.ref}): ${done} of ${list.items.length}`,
    blocks,
    buttons: [{ label: 'Save ticks', action: { t: 'case', a: 'ticks', v: `${list.id}:${cl.version}` }, style: 'primary' }],
    sources: [list.source],
  };
}
