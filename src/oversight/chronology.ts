// A case's story in time order, for the NRM referral form and the case conference (monitoring report §6.2: cases
// slipped when staff changed; PG47 §13.2: notes, actions and decisions to the ICTG). Pure: from the case record and
// its audit entries. It carries the case reference only: never a person's name (no child's, and no staff names
// either, since the file leaves the channel), never typed text.
import type { CaseRecord } from '../cases/service.js';
import type { AuditEntry } from '../cases/audit.js';
import { WAY_LABEL, duration } from '../cases/cards.js';
import { EVENT_LABELS, MEETING_LABELS } from '../procedure/deadlines.js';
import { findChecklist } from '../procedure/checklists.js';
import { agencyLabel } from '../cases/attendance.js';

const ANSWER: Record<string, string> = {
  attending: 'attending',
  sending: 'sending someone in their place',
  written: 'sending written information',
};

export type ChronologyKind = 'case' | 'event' | 'decision' | 'deadline' | 'meeting' | 'attendance' | 'checklist' | 'missing' | 'lead';

export const KIND_LABEL: Record<ChronologyKind, string> = {
  case: 'Case',
  event: 'Event',
  decision: 'Decision',
  deadline: 'Deadline',
  meeting: 'Meeting',
  attendance: 'Attendance',
  checklist: 'Checklist',
  missing: 'Missing',
  lead: 'Lead',
};

export interface ChronologyEntry {
  at: string;
  kind: ChronologyKind;
  what: string;
  /** Outcome or detail (e.g. "met late: done 3 hours after"), or ''. */
  detail: string;
  source?: string;
}

export type DeadlineOutcome = 'met on time' | 'met late' | 'open' | 'overdue';

const PLATFORM: Record<string, string> = { teams: 'Teams', slack: 'Slack', web: 'playground' };
const platformOf = (e: AuditEntry) => PLATFORM[e.where.split(':')[0] ?? ''] ?? 'the bot';

export function deadlineOutcome(d: { status: string; due: string; doneAt?: string }, now: Date): DeadlineOutcome {
  if (d.status === 'done') return d.doneAt && d.doneAt > d.due ? 'met late' : 'met on time';
  return d.due < now.toISOString() ? 'overdue' : 'open';
}

export function chronology(c: CaseRecord, audit: AuditEntry[], now: Date, fmt: (d: Date) => string): ChronologyEntry[] {
  const out: ChronologyEntry[] = [];
  const add = (at: string, kind: ChronologyKind, what: string, detail = '', source?: string) =>
    out.push({ at, kind, what, detail, ...(source ? { source } : {}) });
  add(c.openedAt, 'case', 'Case opened', `reference ${c.ref}`);
  addEvents(c, fmt, add);
  for (const d of c.deadlines) {
    const outcome = deadlineOutcome(d, now);
    const done = d.doneAt ? `: done ${fmt(new Date(d.doneAt))}` : '';
    const late = outcome === 'met late' ? `, ${duration(Date.parse(d.doneAt!) - Date.parse(d.due))} after the deadline` : '';
    add(d.due, 'deadline', d.title, `${outcome}${done}${late}`, d.source);
  }
  // Meeting attendance (monitoring report §6.3): each agency's answer on a booked meeting; never the colleague's name.
  for (const d of c.deadlines)
    for (const a of d.attendance ?? [])
      add(
        a.at,
        'attendance',
        `${agencyLabel(a.agency)}: ${ANSWER[a.answer] ?? a.answer}`,
        `for the meeting of ${fmt(new Date(d.due))}`,
        'Monitoring report §6.3',
      );
  for (const cl of c.checklists) {
    const list = findChecklist(cl.id);
    add(cl.startedAt, 'checklist', `${cl.title} started`, `${cl.total} items`, list?.source);
    const ticks = Object.entries(cl.ticks).sort(([, a], [, b]) => a.at.localeCompare(b.at));
    for (const [id, t] of ticks) add(t.at, 'checklist', `${cl.title}: ticked`, list?.items.find((i) => i.id === id)?.text ?? id);
    if (ticks.length >= cl.total && ticks.length)
      add(ticks.at(-1)![1].at, 'checklist', `${cl.title} complete`, `${cl.total} of ${cl.total}`);
  }
  for (const e of audit) {
    if (e.what === 'lead-named') add(e.when, 'lead', 'Lead coordinator named', `on ${platformOf(e)}`, 'Monitoring report §6.2');
    else if (e.what === 'lead-handover')
      add(e.when, 'lead', 'Handed over to a new lead coordinator', `on ${platformOf(e)}`, 'Monitoring report §6.2');
    else if (e.what === 'case-reopened') add(e.when, 'case', 'Case reopened');
  }
  if (c.closedAt) add(c.closedAt, 'case', 'Case closed');
  const order: ChronologyKind[] = ['case', 'event', 'decision', 'missing', 'meeting', 'attendance', 'checklist', 'lead', 'deadline'];
  return out.sort((a, b) => a.at.localeCompare(b.at) || order.indexOf(a.kind) - order.indexOf(b.kind));
}

type Add = (at: string, kind: ChronologyKind, what: string, detail?: string, source?: string) => void;

/** The case's events in time order; a return says how long the child was missing. */
function addEvents(c: CaseRecord, fmt: (d: Date) => string, add: Add): void {
  let missingFrom: string | undefined;
  for (const e of [...c.events].sort((a, b) => a.at.localeCompare(b.at))) {
    if (e.type === 'way-forward')
      add(e.at, 'decision', `Way forward: ${WAY_LABEL[e.way!] ?? e.way}`, 'tell the referrer which plan is in place', 'PG47 §13.3');
    else if (e.type === 'meeting-booked')
      add(e.at, 'meeting', `${MEETING_LABELS[e.meetingKind ?? 'other']} booked`, `for ${fmt(new Date(e.meetingAt!))}`, 'PG47 §13.2');
    else if (e.type === 'meeting-held')
      add(e.at, 'meeting', `${e.meetingKind ? MEETING_LABELS[e.meetingKind] : 'Meeting'} held`, '', 'PG47 §13.2');
    else if (e.type === 'missing') {
      add(e.at, 'missing', 'Child missing', 'reported to the police; ICTG worker told', 'PG47 §16.2');
      missingFrom ??= e.at;
    } else if (e.type === 'found') {
      add(
        e.at,
        'missing',
        'Child found or returned',
        missingFrom ? `missing for ${duration(Date.parse(e.at) - Date.parse(missingFrom))}` : '',
        'DfE 2014',
      );
      missingFrom = undefined;
    } else add(e.at, 'event', EVENT_LABELS[e.type] ?? e.type);
  }
}
