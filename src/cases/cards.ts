// The case messages, platform-neutral: case card, event form, replies, checklist card, audit list.
import type { Block, Button, Mention, Message } from '../conversation/model.js';
import { text } from '../conversation/model.js';
import { EMERGENCY_LINE } from '../conversation/help.js';
import type { Checklist } from '../procedure/checklists.js';
import { findChecklist } from '../procedure/checklists.js';
import type { AuditEntry } from './audit.js';
import { WHAT_LABEL } from './audit.js';
import type { CaseChecklist, CaseEventRecord, CaseRecord, DeadlineRecord, Lead, WayId } from './service.js';
import { whoName } from './service.js';
import { EVENT_LABELS, MEETING_KINDS, MEETING_LABELS, MISSING_RULES, SIMPLE_EVENT_TYPES } from '../procedure/deadlines.js';
import type { EventType } from '../procedure/deadlines.js';
import { platformLabel } from '../platforms.js';

export type Fmt = (d: Date) => string;
const PRIVACY = 'Use a reference your team chooses, never a child’s name, date of birth or address.';

/** The event types a form offers (10 at most: one select on every platform). */
export const FORM_EVENT_TYPES: EventType[] = [...SIMPLE_EVENT_TYPES, 'meeting-booked', 'meeting-held'];
export const WAY_LABEL: Record<WayId, string> = {
  assessment: 'a) Assessment',
  s20: 'b) Accommodation under s.20',
  s47: 'c) Child protection enquiry (s.47)',
  nfa: 'd) No further action',
};

/** One line per event: what happened and when. */
export function eventLine(e: CaseEventRecord, fmt: Fmt): string {
  const when = fmt(new Date(e.at));
  if (e.type === 'way-forward') return `Way forward chosen: ${WAY_LABEL[e.way!] ?? e.way} (${when})`;
  if (e.type === 'meeting-booked') return `${MEETING_LABELS[e.meetingKind ?? 'other']} booked for ${fmt(new Date(e.meetingAt!))}`;
  if (e.type === 'meeting-held') return `${e.meetingKind ? MEETING_LABELS[e.meetingKind] : 'Meeting'} held: ${when}`;
  return `${EVENT_LABELS[e.type] ?? e.type}: ${when}`;
}

export const deadlineLine = (d: DeadlineRecord, fmt: Fmt) => `${d.title}: due ${fmt(new Date(d.due))} (${d.source})`;

export const leadLabel = (l: Lead): string => `${l.name ?? 'someone'} (${platformLabel(l.platform)}, since ${l.since.slice(0, 10)})`;

/** The lead to @mention on a message posted into the case's channels. */
export const leadMentions = (c: CaseRecord): Mention[] =>
  c.lead ? [{ platform: c.lead.platform, id: c.lead.mentionId, ...(c.lead.name ? { name: c.lead.name } : {}) }] : [];

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

export function notLinkedMessage(what = 'That'): Message {
  return {
    title: 'This channel does not follow a case',
    blocks: [
      text(`${what} needs a case. Link this channel to one: type case open and your team’s reference, e.g. case open REF-123.`),
      text(`${PRIVACY} A case can follow several channels, on any platform the bot is on; a channel follows one case.`, 'subtle'),
    ],
    personal: true,
  };
}

export const refusal = (reason: string): Message => ({ blocks: [text(reason, 'warning')], personal: true });

/** The case record could not be read (set aside in quarantine by the store): say so, and who to tell. */
export function unreadableCase(): Message {
  return {
    title: 'This case cannot be read just now',
    blocks: [
      text(
        'The stored record of this case could not be read, so nothing was shown or changed. It has been set aside safely, with its last good copy, for recovery.',
        'warning',
      ),
      text(
        'Tell the person who runs this bot for your organisation (your IT service desk) now, and keep working from your own records meanwhile. If a child is in immediate danger, call 999.',
      ),
    ],
    personal: true,
  };
}

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
  const ways = c.events.filter((e) => e.type === 'way-forward');
  const way = ways[ways.length - 1];
  blocks.push({
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
  });
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
