// The referral decision tree (product capability 1): one question at a time, then an ordered plan.
// Never asks for the child's name, date of birth or address.
import type { Flow, FlowContext, FlowError } from '../src/conversation/flow.js';
import type { Block, Input, LinkButton, Message } from '../src/conversation/model.js';
import { text } from '../src/conversation/model.js';
import { plainWords } from '../src/conversation/parse.js';
import { withCitations } from '../src/conversation/sources.js';
import type { PlanStep, Question, ReferralAnswers } from '../src/procedure/referral.js';
import { buildReferralPlan, isValidAnswer, nextQuestion, referralQuestions } from '../src/procedure/referral.js';
import type { AuthorityEntry, ContactsDirectory } from '../src/procedure/contacts.js';
import {
  authorityFacts,
  callLink,
  fallbackLinks,
  GOVUK_REPORT_TO_COUNCIL,
  hasMissingNumbers,
  ICTG_LINE,
} from '../src/procedure/contacts.js';
import { button, contactsOf, EMERGENCY_LINE, JUDGEMENT_LINE } from './common.js';

export interface ReferState {
  answers: ReferralAnswers;
}

const ID = 'refer';
const DANGER_NOW = 'Call 999 now. In an emergency the police can use their powers of protection (PG47 §13.3). Then carry on here.';

/** "Not sure" reads differently for a child living in London and for a port (which may be outside London). */
function unknownLabel(o: { value: string; label: string }, a: ReferralAnswers): string {
  if (o.value !== 'unknown') return o.label;
  return a.where === 'port' ? 'Not sure / port outside London' : 'Not sure which borough';
}

/** The answer just given, confirmed in one line ("Southwark: ..."). Only option labels and directory names: never typed text. */
function confirmation(a: ReferralAnswers, last: Question | undefined, directory: ContactsDirectory): string | undefined {
  if (!last) return undefined;
  const v = a[last.id];
  switch (last.id) {
    case 'danger':
      return v === 'yes' ? undefined : 'Not in immediate danger: noted.'; // "in danger" has its own 999 line
    case 'where':
      return v === 'london'
        ? 'Lives in a London borough: that borough’s Children’s Social Care takes the referral.'
        : v === 'port'
          ? 'At a port of entry: the Children’s Social Care serving the port takes the referral.'
          : 'Lives outside London: that council’s Children’s Social Care takes the referral.';
    case 'borough': {
      const la = v && v !== 'unknown' ? directory.get(v) : undefined;
      return la
        ? `${la.name}: ${la.name} Children’s Social Care takes the referral.`
        : 'Borough not known: the plan says how to find the right council.';
    }
    case 'role':
      return v === 'first-responder'
        ? 'First responder: you make the NRM referral.'
        : v === 'other'
          ? 'Not a first responder: Children’s Social Care makes the NRM referral.'
          : 'Not sure if you are a first responder: the plan covers both.';
    case 'age':
      return v === 'child' ? 'Under 18: noted.' : 'Age uncertain: treated as a child until verified.';
    case 'unaccompanied':
      return v === 'yes' ? 'Unaccompanied: noted.' : v === 'no' ? 'Not unaccompanied: noted.' : 'Not sure if unaccompanied: noted.';
    case 'fostering':
      return v === 'no'
        ? 'Living with parents or close relatives: noted.'
        : 'Possibly privately fostered: the plan says what to tell Children’s Social Care.';
    default:
      return undefined;
  }
}

/** The question answered last (the one before q in the order asked). */
function previousQuestion(q: Question | undefined, a: ReferralAnswers): Question | undefined {
  const asked = referralQuestions.filter((x) => !(x.id === 'borough' && a.where === 'elsewhere') && a[x.id] !== undefined);
  const before = q ? asked.filter((x) => referralQuestions.indexOf(x) < referralQuestions.indexOf(q)) : asked;
  return before.at(-1);
}

function questionMessage(q: Question, a: ReferralAnswers, ctx: FlowContext): Message {
  const asked = referralQuestions.filter((x) => !(x.id === 'borough' && a.where === 'elsewhere'));
  const n = asked.findIndex((x) => x.id === q.id) + 1;
  const confirmed = confirmation(a, previousQuestion(q, a), contactsOf(ctx));
  const blocks: Block[] = [
    ...(confirmed ? [text(confirmed, 'good')] : []),
    text(`Question ${n} of ${asked.length}`, 'subtle'),
    {
      type: 'heading',
      text: q.id === 'borough' && a.where === 'port' ? 'Which London authority serves the port? Pick it or type it.' : q.text,
    },
  ];
  if (q.help) blocks.push(text(q.help, 'subtle'));
  if (q.kind === 'authority') {
    const options = contactsOf(ctx)
      .all()
      .map((e) => ({ value: e.code, label: e.name }));
    blocks.push({ type: 'input', input: { kind: 'choice', id: 'borough', label: 'London authority', options } });
    return {
      title: 'Referral',
      blocks,
      buttons: [
        { ...button(ID, 'answer', 'Continue', 'borough', 'primary'), submits: 'borough' },
        ...q.options.map((o) => button(ID, 'answer', unknownLabel(o, a), `${q.id}:${o.value}`)),
      ],
      sources: [q.source],
      personal: true,
    };
  }
  return {
    title: 'Referral',
    blocks,
    buttons: q.options.map((o) => button(ID, 'answer', o.label, `${q.id}:${o.value}`)),
    sources: [q.source],
    personal: true,
  };
}

const stepLine = (s: PlanStep) => withCitations(`${s.text} When: ${s.when ?? 'now'}. (${s.source})`);

/** The numbers for the social care step: filled-in ones as calls; a missing one said plainly, with where to find it. */
function callBlocks(la: AuthorityEntry | undefined): Block[] {
  const links: LinkButton[] = [];
  const blocks: Block[] = [];
  if (la?.contacts.cscInHours) links.push(callLink(`${la.name} CSC`, la.contacts.cscInHours));
  if (la?.contacts.cscOutOfHours) links.push(callLink(`${la.name} out of hours`, la.contacts.cscOutOfHours));
  if (la && hasMissingNumbers(la)) {
    const which =
      !la.contacts.cscInHours && !la.contacts.cscOutOfHours
        ? 'number'
        : !la.contacts.cscInHours
          ? 'office-hours number'
          : 'out-of-hours number';
    blocks.push(
      text(
        `The ${which} for ${la.name} Children’s Social Care is not filled in yet in this directory: GOV.UK finds it${la.contacts.url ? ', and so does the council’s website' : ''}. For advice on referring, call the ICTG 24/7 line ${ICTG_LINE}.`,
      ),
    );
    if (la.contacts.councilMain) links.push(callLink(`${la.name} Council`, la.contacts.councilMain));
    links.push(...fallbackLinks(la));
  } else if (!la) {
    blocks.push(
      text(`GOV.UK finds the council’s Children’s Social Care number. For advice on referring, call the ICTG 24/7 line ${ICTG_LINE}.`),
    );
    links.push({ label: 'GOV.UK: find the council to call', url: GOVUK_REPORT_TO_COUNCIL });
  }
  links.push(callLink('ICTG', ICTG_LINE));
  return [...blocks, { type: 'links', links }];
}

function resultMessage(a: ReferralAnswers, ctx: FlowContext): Message {
  const directory = contactsOf(ctx);
  const plan = buildReferralPlan(a, directory);
  const la = a.borough && a.borough !== 'unknown' ? directory.get(a.borough) : undefined;
  // The first screen: what to do now (999 first when in danger, then the call to Children's Social Care) and the number.
  const lead = plan.steps.findIndex((s) => /Children’s Social Care/.test(s.text)) + 1 || 1;
  const first = plan.steps.slice(0, lead);
  const rest = plan.steps.slice(lead);
  const facts = [
    ...(la ? authorityFacts(la).filter((f) => f.label !== 'Web') : []),
    { label: 'ICTG 24/7 assessment line', value: ICTG_LINE },
    { label: 'Police (emergency / non-emergency)', value: '999 / 101' },
    { label: 'Modern Slavery & Exploitation Helpline (24/7)', value: '08000 121 700' },
    { label: 'NSPCC helpline', value: '0808 800 5000' },
  ];
  const blocks: Block[] = [];
  const confirmed = confirmation(a, previousQuestion(undefined, a), directory);
  if (confirmed) blocks.push(text(confirmed, 'good'));
  if (plan.urgent) blocks.push(text('Call 999 first: the child is in immediate danger.', 'warning'));
  blocks.push({ type: 'heading', text: 'Do this now' }, { type: 'list', ordered: true, items: first.map(stepLine) }, ...callBlocks(la));
  // What the answers change (age uncertain: a child; unaccompanied: a potential victim) stays on the first screen.
  const [lasting, rest2] = [plan.notes.filter((n) => n.source !== 'PG47 §13.2'), plan.notes.filter((n) => n.source === 'PG47 §13.2')];
  for (const n of lasting) blocks.push(text(withCitations(`${n.text} (${n.source})`)));
  blocks.push(text(EMERGENCY_LINE, 'warning'));
  blocks.push({
    type: 'details',
    label: `Show the next ${rest.length} steps, contacts and notes`,
    blocks: [
      { type: 'heading', text: 'Then, in order' },
      { type: 'list', ordered: true, start: lead + 1, items: rest.map(stepLine) },
      ...rest2.map((n) => text(withCitations(`${n.text} (${n.source})`))),
      { type: 'heading', text: 'Contacts' },
      { type: 'facts', facts },
      text(JUDGEMENT_LINE, 'subtle'),
    ],
  });
  return {
    title: 'Referral: what to do now',
    blocks,
    buttons: [
      { label: 'Contacts', action: { t: 'contacts', a: 'start', ...(la ? { v: la.code } : {}) } },
      { label: 'Golden hour checklist', action: { t: 'checklist', a: 'start', v: 'golden-hour' } },
      { label: 'Risk indicators', action: { t: 'indicators', a: 'start' } },
    ],
    sources: plan.sources,
    personal: true,
  };
}

function answer(state: ReferState, q: Question, value: string, ctx: FlowContext): ReferState | FlowError {
  if (!isValidAnswer(q, value, contactsOf(ctx))) return { error: 'That answer does not fit this question: pick one of the options.' };
  return { answers: { ...state.answers, [q.id]: value } };
}

function onText(state: ReferState, q: Question, raw: string, ctx: FlowContext): ReferState | FlowError {
  if (q.id === 'where') {
    // The words people type for the three answers ("london" is the London answer, not the City of London).
    const said = raw
      .toLowerCase()
      .replace(/[^a-z\s]/g, ' ')
      .replace(/\b(the|child|lives|living|is|in|a|an|at|she|he|they|live)\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const where = WHERE_WORDS.find(([re]) => re.test(said))?.[1];
    if (where) return answer(state, q, where, ctx);
    // Typing a London authority here answers both questions: the child lives in that borough.
    const la = contactsOf(ctx).find(raw);
    if (la) return { answers: { ...state.answers, where: 'london', borough: la.code } };
  }
  // "not sure", "don't know", "unsure": the question's not-sure answer (for the age question: age uncertain).
  const unsure = /^(not sure|unsure|don ?t know|do not know|dunno|no idea|unknown|maybe|not certain|uncertain|disputed|not clear|unclear)$/;
  const typed = plainWords(raw);
  if (q.kind !== 'authority' && unsure.test(typed)) {
    const value = q.id === 'age' ? 'uncertain' : q.options.find((o) => o.value === 'unsure')?.value;
    if (value) return answer(state, q, value, ctx);
  }
  // The role question, answered with a job: first responders are local authorities, the police, parts of the Home
  // Office and named charities (product facts); schools, health and carers are not (the plan says who refers).
  const job = q.id === 'role' && saysWhoIAm(raw, typed);
  if (job && FIRST_RESPONDER.test(typed)) return answer(state, q, 'first-responder', ctx);
  if (job && NOT_FIRST_RESPONDER.test(typed)) return answer(state, q, 'other', ctx);
  // The age question answered with an age: under 18 is a child; 18 or more stays uncertain (treated as a child
  // until it is verified, monitoring report §4.6).
  const age = q.id === 'age' && !raw.includes('?') ? AGE.exec(plainWords(raw, true)) : null;
  if (age) return answer(state, q, Number(age[1]) < 18 ? 'child' : 'uncertain', ctx);
  // The age question: "no" (not clearly under 18) is age uncertain: treat as a child until verified (monitoring report §4.6).
  if (q.id === 'age' && /^(no|not clearly|not sure theyre under 18)$/.test(typed)) return answer(state, q, 'uncertain', ctx);
  if (q.id === 'age' && /^(under 18|a child|child|yes)$/.test(plainWords(raw, true))) return answer(state, q, 'child', ctx);
  if (q.kind !== 'authority') return { error: `Please pick one of: ${q.options.map((o) => o.label).join(', ')}.` };
  // A port named instead of its borough: the authority serving it (PG47 §11, §14), or "not in London" for one outside.
  const port = state.answers.where === 'port' ? PORTS.find(([re]) => re.test(typed)) : undefined;
  if (port) return answer(state, q, port[1] ?? 'unknown', ctx);
  const found = contactsOf(ctx).search(raw);
  if (found.length === 1) return answer(state, q, found[0]!.code, ctx);
  if (found.length > 1) return { error: `That could be ${found.map((f) => f.name).join(', ')}. Which one?` };
  return {
    error: `I could not find that London authority. Pick one from the list, or choose "${unknownLabel(q.options[0]!, state.answers)}".`,
  };
}

/**
 * Ports people name at "Which London authority serves the port?": the London authority each lies in (geography, not
 * procedure), or undefined for a port outside London (Gatwick, Stansted, Luton, Dover: PG47 §7 names them), whose
 * council GOV.UK finds.
 */
const PORTS: Array<[RegExp, string | undefined]> = [
  [/\b(heathrow|lhr)\b/, 'HIL'],
  [/\b(london )?city airport\b|\blcy\b/, 'NWM'],
  [/\b(st )?pancras\b|\beurostar\b/, 'CMD'],
  [/\bwaterloo\b/, 'LBH'],
  [/\bvictoria coach station\b/, 'WSM'],
  [/\b(gatwick|stansted|luton|dover|southend|tilbury|harwich|folkestone|ebbsfleet|ashford)\b/, undefined],
];

/** An age typed at "Is it clear the young person is under 18?" ("15", "she says 16", "about 17 yo"). */
const AGE =
  /^(?:(?:she|he|they|shes|hes|is|are|theyre|about|around|maybe|says|said|aged?|looks|claims)\s)*(\d{1,2})(?:\s?(?:yo|y o|years?(?: old)?|yrs?(?: old)?))?$/;

/** A short statement, not a question: "im a social worker", "police", "school nurse" (not "do police count?"). */
function saysWhoIAm(raw: string, typed: string): boolean {
  const words = typed.split(' ');
  return (
    !raw.includes('?') &&
    words.length <= 6 &&
    !/^(what|who|which|how|why|when|where|do|does|can|is|are|should|would|could)$/.test(words[0]!)
  );
}

/** A job typed at "Are you a first responder?" ("im a social worker", "police"). */
const FIRST_RESPONDER =
  /\b(police|pc|ds|dc|officer|social worker|sw|local authority|la|council|csc|childrens social care|mash|border force|ukvi|immigration|home office|barnardos|nspcc|salvation army)\b/;
const NOT_FIRST_RESPONDER =
  /\b(teacher|school|dsl|head|nurse|doctor|gp|midwife|health visitor|paramedic|nhs|hospital|health|foster carer|carer|youth worker|volunteer|receptionist|parent)\b/;

/** Typed answers to "Where is the child?" that name no borough. */
const WHERE_WORDS: Array<[RegExp, string]> = [
  [/^(london|london borough|a london borough|greater london)$/, 'london'],
  [/^(port|port of entry|airport|seaport|ferry port|border)$/, 'port'],
  [/^(outside( of)? london|out of london|not london|elsewhere|outside|outside the city)$/, 'elsewhere'],
];

export const referFlow: Flow<ReferState> = {
  id: ID,
  version: 1,
  title: 'Make a referral',
  commands: ['refer', 'referral'],
  acceptsArg: () => false,
  summary: 'what to do if you think a child may be trafficked, step by step (PG47 §13–14)',
  start: () => ({ answers: {} }),
  ended: (state) => !nextQuestion(state.answers),
  render(state, ctx) {
    const q = nextQuestion(state.answers);
    if (!q) return [resultMessage(state.answers, ctx)];
    const m = questionMessage(q, state.answers, ctx);
    // Immediate danger: 999 stays at the top of every question that follows.
    return [state.answers.danger === 'yes' ? { ...m, blocks: [text(DANGER_NOW, 'warning'), ...m.blocks] } : m];
  },
  next(state, input: Input, ctx) {
    const q = nextQuestion(state.answers);
    if (!q) return { error: 'The referral plan is ready above. Type restart to begin again, or help.' };
    if (input.kind === 'text') return onText(state, q, input.text, ctx);
    if (input.action.a !== 'answer' || !input.action.v) return { error: 'Please pick one of the options.' };
    if (input.action.v === 'borough') {
      const picked = input.values?.['borough'];
      const code = Array.isArray(picked) ? picked[0] : picked;
      if (q.id !== 'borough' || !code) return { error: 'Pick a London authority from the list first, or type it (e.g. Hackney).' };
      return answer(state, q, code, ctx);
    }
    const [qid, value] = input.action.v.split(':');
    if (qid !== q.id || !value) return { error: 'That button belongs to another question. Please answer the question shown.' };
    return answer(state, q, value, ctx);
  },
};
