// What every case message shares: the date format, the labels of events, ways forward and leads, the refusals.
import type { Mention, Message } from '../../conversation/model.js';
import { text } from '../../conversation/model.js';
import type { CaseEventRecord, CaseRecord, DeadlineRecord, Lead, WayId } from '../service.js';
import { EVENT_LABELS, MEETING_LABELS, SIMPLE_EVENT_TYPES } from '../../procedure/deadlines.js';
import type { EventType } from '../../procedure/deadlines.js';
import { platformLabel } from '../../platforms.js';

export type Fmt = (d: Date) => string;
export const PRIVACY = 'Use a reference your team chooses, never a child’s name, date of birth or address.';

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
