// The case card, its buttons, the case help and the reply to case open.
import type { Block, Button, Message } from '../../conversation/model.js';
import { text } from '../../conversation/model.js';
import { EMERGENCY_LINE } from '../../conversation/help.js';
import type { CaseRecord } from '../service.js';
import { whoName } from '../service.js';
import { MEETING_KINDS, SIMPLE_EVENT_TYPES } from '../../procedure/deadlines.js';
import { platformLabel } from '../../platforms.js';
import type { Fmt } from './common.js';
import { PRIVACY, WAY_LABEL, eventLine, deadlineLine, leadLabel } from './common.js';
import { isMissingNow, missingEpisodes, duration, missingFirst } from './missing.js';

export function caseHelp(): Message {
  return {
    title: 'Case commands',
    blocks: [
      {
        type: 'list',
        items: [
          'case open REF-123: open a new case in this channel (use your team’s opaque reference). For a case that exists, it asks the channels that follow it: a duty manager there approves',
          'case requests: channels waiting to follow this case (duty managers approve or decline)',
          'case lead me, or case lead @person: the lead coordinator, shown on the card and @mentioned on reminders. case handover @person: hand over, with a summary of all that is open',
          'case: the case card (events, deadlines, checklists)',
          'case event verbal-referral today 10:00: record an event (or give a date, e.g. 2026-11-20 09:30). Events: ' +
            SIMPLE_EVENT_TYPES.join(', '),
          'case event missing (or the Child missing button): the child has gone missing: an alert and the missing-from-care checklist in every channel of the case. case event found when the child is back: the return interview is due within 72 hours',
          `case meeting strategy 2027-01-05 10:00: book a meeting; each agency answers on its card: attending, sending someone or sending written information. Meetings: ${MEETING_KINDS.join(', ')}`,
          'case meeting held today: a meeting held (or give its date, e.g. 2027-01-05)',
          'case way s47: the way forward chosen, one of assessment, s20, s47, nfa (PG47 §13.3)',
          'checklist golden hour: a shared checklist on the case (type checklist for the list)',
          'case audit: the last 20 actions on the case (duty managers)',
          'case close / case reopen (duty managers)',
        ],
      },
      text(PRIVACY, 'subtle'),
    ],
    personal: true,
  };
}

export function openedMessage(c: CaseRecord, kind: 'created' | 'already'): Message {
  const where = c.channels.map((l) => platformLabel(l.platform)).join(', ');
  const first = kind === 'created' ? `Case ${c.ref} opened and linked to this channel.` : `This channel already follows case ${c.ref}.`;
  return {
    title: `Case ${c.ref}`,
    blocks: [
      text(first, 'good'),
      text(`Reminders for its deadlines are posted into every channel that follows it (${c.channels.length}: ${where}).`),
      text('Record what happens with the buttons below or with case event ... (type case help).', 'subtle'),
    ],
    buttons: caseButtons(c),
  };
}

export function caseButtons(c: CaseRecord): Button[] {
  if (c.status === 'closed')
    return [
      { label: 'Reopen case', action: { t: 'case', a: 'reopen' } },
      { label: 'Audit log', action: { t: 'case', a: 'audit' } },
    ];
  return [
    isMissingNow(c)
      ? { label: 'Child found', action: { t: 'case', a: 'found' }, style: 'primary' }
      : { label: 'Child missing', action: { t: 'case', a: 'missing' }, style: 'danger' },
    { label: 'Record an event', action: { t: 'case', a: 'event-form' }, ...(isMissingNow(c) ? {} : { style: 'primary' as const }) },
    { label: 'Audit log', action: { t: 'case', a: 'audit' } },
    { label: 'Close case', action: { t: 'case', a: 'close' }, style: 'danger' },
  ];
}

export function caseCard(c: CaseRecord, now: Date, fmt: Fmt): Message {
  const blocks: Block[] = [];
  const episodes = missingEpisodes(c);
  const current = episodes.at(-1);
  if (current && !current.to)
    blocks.push(
      text(
        `CHILD MISSING since ${fmt(new Date(current.from))} (${duration(now.getTime() - Date.parse(current.from))}). If at immediate risk, call 999.`,
        'warning',
      ),
    );
  blocks.push(factsBlock(c, now, fmt, episodes));
  blocks.push(...deadlineBlocks(c, now, fmt));
  blocks.push({ type: 'heading', text: 'Events' });
  if (!c.events.length) blocks.push(text('No events recorded yet.', 'subtle'));
  else blocks.push({ type: 'list', items: c.events.slice(-10).map((e) => `${eventLine(e, fmt)} (recorded by ${whoName(e.recordedBy)})`) });
  const openLists = c.checklists.filter((cl) => Object.keys(cl.ticks).length < cl.total);
  if (c.checklists.length) {
    blocks.push({ type: 'heading', text: 'Checklists' });
    blocks.push({
      type: 'list',
      items: c.checklists.map(
        (cl) => `${cl.title}: ${Object.keys(cl.ticks).length} of ${cl.total}${openLists.includes(cl) ? '' : ' (complete)'}`,
      ),
    });
  }
  blocks.push(text(EMERGENCY_LINE, 'warning'));
  return { title: `Case ${c.ref}${c.status === 'closed' ? ' (closed)' : ''}`, blocks, buttons: caseButtons(c) };
}

/** The case's facts: status, channels, who opened it, its lead, the way forward, its missing episodes. */
function factsBlock(c: CaseRecord, now: Date, fmt: Fmt, episodes: ReturnType<typeof missingEpisodes>): Block {
  const ways = c.events.filter((e) => e.type === 'way-forward');
  const way = ways[ways.length - 1];
  return {
    type: 'facts',
    facts: [
      { label: 'Status', value: c.status === 'open' ? 'Open' : `Closed ${fmt(new Date(c.closedAt!))} by ${whoName(c.closedBy)}` },
      { label: 'Channels', value: c.channels.map((l) => platformLabel(l.platform)).join(', ') },
      { label: 'Opened', value: `${fmt(new Date(c.openedAt))} by ${whoName(c.openedBy)}` },
      { label: 'Lead', value: c.lead ? leadLabel(c.lead) : 'none yet: type case lead me' },
      ...(way ? [{ label: 'Way forward', value: `${WAY_LABEL[way.way!]} (${whoName(way.recordedBy)})` }] : []),
      ...(episodes.length
        ? [
            {
              label: 'Missing episodes',
              value: `${episodes.length}: ${episodes
                .map((x) =>
                  x.to ? duration(Date.parse(x.to) - Date.parse(x.from)) : `missing now, ${duration(now.getTime() - Date.parse(x.from))}`,
                )
                .join('; ')}`,
            },
          ]
        : []),
    ],
  };
}

/** The case's deadlines: overdue, due, the last 10 done. */
function deadlineBlocks(c: CaseRecord, now: Date, fmt: Fmt): Block[] {
  const blocks: Block[] = [];
  const open = c.deadlines.filter((d) => d.status === 'open').sort(missingFirst);
  const overdue = open.filter((d) => Date.parse(d.due) < now.getTime());
  const due = open.filter((d) => Date.parse(d.due) >= now.getTime());
  const done = c.deadlines.filter((d) => d.status === 'done');
  blocks.push({ type: 'heading', text: 'Deadlines' });
  if (!c.deadlines.length) blocks.push(text('None yet: record an event and its deadlines appear here.', 'subtle'));
  if (overdue.length) {
    blocks.push(text(`Overdue (${overdue.length})`, 'warning'));
    blocks.push({ type: 'list', items: overdue.map((d) => deadlineLine(d, fmt)) });
  }
  if (due.length) {
    blocks.push(text(`Due (${due.length})`));
    blocks.push({ type: 'list', items: due.map((d) => deadlineLine(d, fmt)) });
  }
  if (done.length) {
    blocks.push(text(`Done (${done.length})`, 'good'));
    blocks.push({
      type: 'list',
      items: done.slice(-10).map((d) => `${d.title}: done ${fmt(new Date(d.doneAt!))} by ${whoName(d.doneBy)}`),
    });
  }
  return blocks;
}
