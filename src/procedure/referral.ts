// The referral decision tree (product capability 1) as data, and the plan it leads to.
// Pure: the dialog in dialogs/refer.ts asks the questions one at a time and renders the plan.
// It never asks for a child's name, date of birth or address.
import type { AuthorityEntry, ContactsDirectory } from './contacts.js';
import { authorityFacts, fallbackLines, hasMissingNumbers, ICTG_LINE } from './contacts.js';

export interface ReferralAnswers {
  danger?: 'yes' | 'no';
  where?: 'london' | 'port' | 'elsewhere';
  /** A London authority code, or 'unknown' (does not know the borough / port outside London). */
  borough?: string;
  role?: 'first-responder' | 'other' | 'unsure';
  age?: 'child' | 'uncertain';
  unaccompanied?: 'yes' | 'no' | 'unsure';
  fostering?: 'yes' | 'no' | 'unsure';
}
export type QuestionId = keyof ReferralAnswers;

export interface Question {
  id: QuestionId;
  text: string;
  help?: string;
  /** 'authority' questions are answered by picking or typing a London authority. */
  kind: 'buttons' | 'authority';
  options: Array<{ value: string; label: string }>;
  source: string;
}

export const referralQuestions: Question[] = [
  {
    id: 'danger',
    text: 'Is the child in immediate danger right now?',
    kind: 'buttons',
    options: [
      { value: 'yes', label: 'Yes, in danger now' },
      { value: 'no', label: 'No' },
    ],
    source: 'PG47 §13.3',
  },
  {
    id: 'where',
    text: 'Where is the child?',
    help: 'Children’s Social Care for the area where the child lives takes the referral (PG47 §13). At a port of entry, it is the one serving the port (PG47 §11, §14).',
    kind: 'buttons',
    options: [
      { value: 'london', label: 'Lives in a London borough' },
      { value: 'port', label: 'At a port of entry' },
      { value: 'elsewhere', label: 'Lives outside London' },
    ],
    source: 'PG47 §14',
  },
  {
    id: 'borough',
    text: 'Which London authority? Pick it from the list or type it (e.g. Tower Hamlets).',
    kind: 'authority',
    options: [{ value: 'unknown', label: 'Not sure / not in London' }],
    source: 'PG47 §13',
  },
  {
    id: 'role',
    text: 'Are you a first responder for the National Referral Mechanism (NRM)?',
    help: 'The NRM is the UK’s way of identifying and supporting victims of modern slavery. First responders include local authorities, the police, parts of the Home Office and named charities such as Barnardo’s and the NSPCC.',
    kind: 'buttons',
    options: [
      { value: 'first-responder', label: 'Yes, first responder' },
      { value: 'other', label: 'No' },
      { value: 'unsure', label: 'Not sure' },
    ],
    source: 'PG47 §13.2',
  },
  {
    id: 'age',
    text: 'Is it clear the young person is under 18?',
    kind: 'buttons',
    options: [
      { value: 'child', label: 'Yes, under 18' },
      { value: 'uncertain', label: 'Age uncertain or disputed' },
    ],
    source: 'Monitoring report §4.6',
  },
  {
    id: 'unaccompanied',
    text: 'Is the child unaccompanied (in the UK without a parent or anyone with parental responsibility)?',
    kind: 'buttons',
    options: [
      { value: 'yes', label: 'Yes, unaccompanied' },
      { value: 'no', label: 'No' },
      { value: 'unsure', label: 'Not sure' },
    ],
    source: 'Southwark scrutiny',
  },
  {
    id: 'fostering',
    text: 'Is the child living with adults who are not their parents or close relatives (possible private fostering)?',
    help: 'Private fostering: under 16 (under 18 if disabled), for more than 28 days, with someone who is not a close relative or guardian (PG47 §12.2).',
    kind: 'buttons',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'unsure', label: 'Not sure' },
    ],
    source: 'PG47 §12.2',
  },
];

/** The next unanswered question, or undefined when the plan can be shown. */
export function nextQuestion(a: ReferralAnswers): Question | undefined {
  return referralQuestions.find((q) => {
    if (q.id === 'borough' && a.where === 'elsewhere') return false;
    return a[q.id] === undefined;
  });
}

export function isValidAnswer(q: Question, value: string, directory?: ContactsDirectory): boolean {
  if (q.options.some((o) => o.value === value)) return true;
  return q.kind === 'authority' && Boolean(directory?.get(value));
}

export interface PlanStep {
  text: string;
  when?: string;
  contacts?: string[];
  source: string;
}

export interface ReferralPlan {
  urgent: boolean;
  steps: PlanStep[];
  notes: Array<{ text: string; source: string }>;
  sources: string[];
}

function socialCareStep(a: ReferralAnswers, la: AuthorityEntry | undefined): PlanStep {
  const contacts = la
    ? numbersFor(la)
    : [
        `Find the council’s Children’s Social Care line; if you cannot reach anyone and the child is at risk, call 999. ICTG advice line: ${ICTG_LINE}`,
      ];
  if (a.where === 'port') {
    const who = la ? `${la.name} Children’s Social Care (serving the port)` : 'the Children’s Social Care serving the port';
    return {
      text: `Phone ${who} without delay: a verbal referral. Tell them where the child plans to live, if known (PG47 §13).`,
      when: 'now',
      contacts,
      source: 'PG47 §14',
    };
  }
  if (a.where === 'elsewhere') {
    return {
      text: 'Phone Children’s Social Care of the council where the child lives: a verbal referral. (This directory covers the 33 London authorities only.)',
      when: 'now',
      contacts,
      source: 'PG47 §13',
    };
  }
  const who = la
    ? `${la.name} Children’s Social Care`
    : 'Children’s Social Care of the borough where the child lives (or where the child is now, if you do not know)';
  return { text: `Phone ${who}: a verbal referral.`, when: 'now', contacts, source: 'PG47 §13' };
}

function numbersFor(la: AuthorityEntry): string[] {
  const lines = authorityFacts(la).map((f) => `${f.label}: ${f.value}`);
  if (hasMissingNumbers(la)) lines.push(...fallbackLines(la).map((l) => `Fallback: ${l}`));
  return lines;
}

function nrmStep(a: ReferralAnswers): PlanStep {
  const source = 'PG47 §13.2';
  if (a.role === 'first-responder') {
    return {
      text: 'Make the NRM referral online (Report Modern Slavery, first responder form). A child’s consent is not needed; tell the child honestly why you are referring. This referral also meets the Duty to Notify: never use the anonymous Duty to Notify route for a child.',
      when: 'at once, in parallel with the ICTG referral',
      source,
    };
  }
  if (a.role === 'other') {
    return {
      text: 'Tell Children’s Social Care you think the child may be trafficked. The local authority is a first responder and makes the NRM referral (no consent needed for a child). You do not refer to the NRM yourself.',
      when: 'during the call',
      source,
    };
  }
  return {
    text: 'If you are a first responder (local authority, police, parts of the Home Office, named charities such as Barnardo’s or the NSPCC), make the NRM referral online: no consent needed for a child, and it meets the Duty to Notify (never the anonymous route for a child). If not, the local authority makes it: tell them your concern.',
    when: 'at once',
    source,
  };
}

const ICTG_NAME = 'Independent Child Trafficking Guardians';

function ictgStep(a: ReferralAnswers, inLondon: boolean): PlanStep {
  const source = 'PG47 §13.2';
  const contacts = [`ICTG 24/7 assessment line: ${ICTG_LINE} (advice on referring)`];
  if (!inLondon) {
    return {
      text: `If the child’s area has the ICTG service (${ICTG_NAME}; see Barnardo’s website), the first responder also refers the child to it, in parallel with the NRM.`,
      when: 'in parallel with the NRM referral',
      contacts,
      source,
    };
  }
  const text =
    a.role === 'first-responder'
      ? `Refer the child to the ICTG service (${ICTG_NAME}) too, with the online referral form: all of London is an ICTG area.`
      : a.role === 'other'
        ? `Children’s Social Care (the first responder) also refers the child to the ICTG service (${ICTG_NAME}): all of London is an ICTG area. You can call the ICTG line for advice.`
        : `Whoever makes the NRM referral (you, if you are a first responder; otherwise Children’s Social Care) also refers the child to the ICTG service (${ICTG_NAME}): all of London is an ICTG area.`;
  return { text, when: 'in parallel with the NRM referral', contacts, source };
}

/** The ordered plan for these answers: what to do now, with deadlines, contacts and sources. */
export function buildReferralPlan(a: ReferralAnswers, directory?: ContactsDirectory): ReferralPlan {
  const la = a.borough && a.borough !== 'unknown' ? directory?.get(a.borough) : undefined;
  const inLondon = a.where === 'london' || (a.where === 'port' && Boolean(la));
  const steps: PlanStep[] = [];
  if (a.danger === 'yes') {
    steps.push({
      text: 'Call 999 now. In an emergency the police can use their powers of protection to keep the child safe.',
      when: 'now, before anything else',
      source: 'PG47 §13.3 b',
    });
  }
  steps.push(socialCareStep(a, la));
  steps.push({
    text: 'Until Children’s Social Care or the police take over, help keep the child safe and with someone they trust: some children go missing within 24 hours. Tell no one who asks where the child is (PG47 §15).',
    when: 'the first hour',
    source: 'Monitoring report §6.1',
  });
  steps.push({
    text: 'Follow the call with a written referral to the same Children’s Social Care.',
    when: 'within 48 hours of the call',
    source: 'PG47 §14',
  });
  steps.push(nrmStep(a));
  steps.push(ictgStep(a, inLondon));
  if (a.fostering === 'yes' || a.fostering === 'unsure') {
    steps.push({
      text: 'Tell Children’s Social Care the child may be privately fostered: they can investigate under their private fostering duties. Parents and carers must tell the council before, or at the latest within 48 hours of, the child arriving to stay.',
      when: 'during the call',
      source: 'PG47 §12.2',
    });
  }

  const notes: ReferralPlan['notes'] = [];
  if (a.age === 'uncertain')
    notes.push({ text: 'Age uncertain: treat the young person as a child until their age is verified.', source: 'Monitoring report §4.6' });
  if (a.unaccompanied === 'yes')
    notes.push({ text: 'Unaccompanied: treat the child as a potential victim of trafficking.', source: 'Southwark scrutiny' });
  if (a.unaccompanied === 'unsure')
    notes.push({
      text: 'The child may be unaccompanied: until you know, treat them as a potential victim of trafficking.',
      source: 'Southwark scrutiny',
    });
  notes.push({ text: 'The NRM does not replace child protection procedures: follow both.', source: 'PG47 §13.2' });

  const sources = [...new Set([...steps.map((s) => s.source), ...notes.map((n) => n.source)])];
  return { urgent: a.danger === 'yes', steps, notes, sources };
}
