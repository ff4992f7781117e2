// Meeting attendance (monitoring report §6.3): agencies found it hard to attend meetings at short notice, and should
// attend, nominate a replacement or send written information. Each member answers for their agency on the meeting's
// card; the answers show on every posted copy; the working day before, a reminder names the agencies with no answer.
// Staff only: the name of the person sent is a colleague's, never the child's (personal data is refused).
import type { Block, Button, Option } from '../conversation/model.js';

/** A colleague, as a case records them (the same shape as the case's Who). */
interface Who {
  id: string;
  name?: string;
}
/** What attendance reads of a deadline (structurally a DeadlineRecord: no import of the service, no cycle). */
interface MeetingDeadline {
  rule: string;
  attendance?: AttendanceRecord[];
}

export type AttendanceAnswer = 'attending' | 'sending' | 'written';

export interface AttendanceRecord {
  agency: AgencyId;
  answer: AttendanceAnswer;
  /** Sending someone: who (a colleague's name and role, as typed; checked, capped). */
  deputy?: string;
  by: Who;
  at: string;
}

/**
 * The agencies a meeting about a trafficked child expects: PG47 §14 (the strategy meeting shares information with
 * Immigration, the Police and Children's Social Care), PG47 §13.2 (the ICTG worker is invited to every meeting), and
 * the monitoring report §6.3 (UKBA, now the Home Office, and police attendance is critical). Others may answer too.
 */
export const AGENCIES = [
  { id: 'csc', label: 'Children’s Social Care', expected: true },
  { id: 'police', label: 'Police', expected: true },
  { id: 'immigration', label: 'Immigration (Home Office)', expected: true },
  { id: 'ictg', label: 'ICTG service', expected: true },
  { id: 'health', label: 'Health', expected: false },
  { id: 'education', label: 'Education', expected: false },
  { id: 'other', label: 'Another agency', expected: false },
] as const;
export type AgencyId = (typeof AGENCIES)[number]['id'];

export const agencyLabel = (id: string): string => AGENCIES.find((a) => a.id === id)?.label ?? id;
export const isAgency = (id: unknown): id is AgencyId => typeof id === 'string' && AGENCIES.some((a) => a.id === id);

export const ATTENDANCE_ACTIONS: Record<string, AttendanceAnswer> = {
  'dl-att-attending': 'attending',
  'dl-att-sending': 'sending',
  'dl-att-written': 'written',
};

/** The longest name and role of a colleague sent in someone's place. */
export const DEPUTY_MAX = 80;

const ANSWER_TEXT: Record<AttendanceAnswer, string> = {
  attending: 'attending',
  sending: 'sending someone',
  written: 'sending written information',
};

export const isAttendanceDeadline = (d: MeetingDeadline): boolean => d.rule === 'meeting';

/** The agencies expected at every meeting that have not answered yet. */
export function unanswered(d: MeetingDeadline): string[] {
  const answered = new Set((d.attendance ?? []).map((a) => a.agency));
  return AGENCIES.filter((a) => a.expected && !answered.has(a.id)).map((a) => a.label);
}

/** One line per answer, in the agencies' order. */
export function answerLines(d: MeetingDeadline): string[] {
  const byAgency = new Map((d.attendance ?? []).map((a) => [a.agency, a]));
  return AGENCIES.flatMap((ag) => {
    const a = byAgency.get(ag.id);
    if (!a) return [];
    const what = a.answer === 'sending' && a.deputy ? `sending ${a.deputy}` : ANSWER_TEXT[a.answer];
    return [`${ag.label}: ${what} (${a.by.name ?? 'someone'})`];
  });
}

/** The attendance part of a meeting's card: the answers so far, who has not answered, and how to answer. */
export function attendanceBlocks(d: MeetingDeadline, open: boolean): Block[] {
  const lines = answerLines(d);
  const missing = unanswered(d);
  const blocks: Block[] = [{ type: 'heading', text: 'Attendance' }];
  blocks.push(lines.length ? { type: 'list', items: lines } : { type: 'text', text: 'No agency has answered yet.', tone: 'subtle' });
  if (missing.length) blocks.push({ type: 'text', text: `No answer yet from: ${missing.join(', ')}.`, tone: 'subtle' });
  if (!open) return blocks;
  blocks.push({
    type: 'text',
    text: 'Can your agency attend? If not, send someone in your place or send written information (monitoring report §6.3).',
  });
  const options: Option[] = AGENCIES.map((a) => ({ value: a.id, label: a.label }));
  blocks.push({ type: 'input', input: { kind: 'choice', id: 'agency', label: 'Your agency', options } });
  blocks.push({
    type: 'input',
    input: {
      kind: 'text',
      id: 'deputy',
      label: 'Sending someone: their name and role',
      placeholder: 'e.g. DC Patel, CSE team',
      maxLength: DEPUTY_MAX,
    },
  });
  return blocks;
}

export function attendanceButtons(v: string): Button[] {
  return [
    { label: 'Attending', action: { t: 'case', a: 'dl-att-attending', v }, style: 'primary' },
    { label: 'Sending someone', action: { t: 'case', a: 'dl-att-sending', v } },
    { label: 'Sending written information', action: { t: 'case', a: 'dl-att-written', v } },
  ];
}

/** The reminder the working day before: who has not answered. */
export function noAnswerNote(d: MeetingDeadline): string {
  const missing = unanswered(d);
  return missing.length
    ? `The meeting is soon and these agencies have not answered: ${missing.join(', ')}. Ask them to attend, send someone or send written information.`
    : 'Every agency expected has answered.';
}
