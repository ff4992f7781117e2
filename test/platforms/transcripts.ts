// The shared expectations, as data: one list of transcripts walked on Teams, Slack and the playground alike.
// Expected fragments come from the procedure (PG47 in /work/shared/seeds/004_..., the product facts), not from
// what the bot prints today: a fact, a number, a timescale, a section. Buttons are found by what they say.
import { indicatorGroups } from '../../src/procedure/indicators.js';
import type { Selections } from '../support/drivers.js';

/** say: type it; click: press a button; choose: pick from a list (Slack answers at once, cards then press `click`). */
export type Step = { say: string } | { click: string | RegExp; selections?: Selections } | { choose: Selections; click: string | RegExp };

/** A fragment the final message must contain: a string (case-insensitive) or a pattern. */
export type Fragment = string | RegExp;

export interface Transcript {
  name: string;
  steps: Step[];
  /** Fragments the final message contains. */
  expect: Fragment[];
  /** Fragments it must not contain. */
  expectNot?: Fragment[];
  /** The final message is a control line (no phone number or section to compare across platforms). */
  controlLine?: true;
  /** Fragments that appear in this order (e.g. the verbal referral before the written one). */
  inOrder?: string[];
  /** Fragments the final message shows before "Show details" / "More" is pressed: what to do now. */
  firstScreen?: Fragment[];
}

/** Phone numbers the product knows (PG47 §13.2 and the current national lines). The shipped directory has no
 * borough numbers filled in, so any other number in an answer would be an invented one. */
export const KNOWN_NUMBERS = ['999', '101', '0800 043 4303', '0808 800 5000', '08000 121 700'];

// Two indicators from different groups of PG47 §10.1 (labels from the procedure module, not from a reply).
const goesMissing = indicatorGroups.find((g) => g.id === 'movement')!.items.find((i) => i.id === 'missing-periods')!;
const begs = indicatorGroups.find((g) => g.id === 'money-work')!.items.find((i) => i.id === 'begs')!;

/** The referral questions answered for a child who is plainly under 18, accompanied, not privately fostered. */
const referralTail = (role: RegExp, age: RegExp = /under 18/i): Step[] => [
  { click: role },
  { click: age },
  { click: /^No$/ }, // unaccompanied?
  { click: /^No$/ }, // privately fostered?
];

const HACKNEY = 'HCK';
const HILLINGDON = 'HIL';

export const transcripts: Transcript[] = [
  {
    name: 'referral: a London child, by a first responder',
    steps: [
      { say: 'refer' },
      { click: /^No$/ }, // not in immediate danger
      { click: /London borough/i },
      { choose: { borough: HACKNEY }, click: 'Continue' },
      ...referralTail(/first responder/i),
    ],
    expect: [
      "Hackney Children's Social Care", // PG47 §14: the authority where the child lives
      /not filled in/i, // its numbers are not in the shipped directory: said plainly, never made up
      'verbal referral',
      'written referral',
      '48 hours', // PG47 §14: written referral within 48 hours of the verbal one
      'NRM',
      /consent (is )?not (needed|required)/i, // PG47 §13.2: consent is not required for children
      'Duty to Notify', // met by the NRM referral itself (product facts)
      'ICTG',
      'in parallel', // PG47 §13.2: NRM and ICTG referrals in parallel
      '0800 043 4303', // ICTG 24/7 assessment line
      'If a child is in immediate danger, call 999',
      'PG47 §14',
      'PG47 §13.2',
    ],
    inOrder: ['verbal referral', 'written referral'],
    // The first step and where its number is: on the first screen, before "Show details".
    firstScreen: ["Phone Hackney Children's Social Care", 'verbal referral', /not filled in/i, 'GOV.UK', '0800 043 4303', 'call 999'],
  },
  {
    name: 'referral: immediate danger puts 999 first',
    steps: [
      { say: 'refer' },
      { click: /danger now/i },
      { click: /London borough/i },
      { choose: { borough: HACKNEY }, click: 'Continue' },
      ...referralTail(/first responder/i),
    ],
    expect: ['999', 'powers of protection', 'PG47 §13.3', "Children's Social Care", '0800 043 4303'],
    // 999 comes before everything else the plan asks for.
    inOrder: ['999', "Children's Social Care", 'written referral', 'NRM'],
    firstScreen: ['Call 999 now', "Phone Hackney Children's Social Care", '0800 043 4303'],
  },
  {
    name: 'referral: a child at a port of entry',
    steps: [{ say: 'refer' }, { click: /^No$/ }, { click: /port of entry/i }, { say: 'Hillingdon' }, ...referralTail(/first responder/i)],
    expect: [
      "Hillingdon Children's Social Care", // PG47 §14: the authority serving the port
      'port',
      'verbal referral',
      '48 hours',
      'NRM',
      '0800 043 4303',
      'If a child is in immediate danger, call 999',
      'PG47 §14',
    ],
  },
  {
    name: 'referral: age uncertain is treated as a child',
    steps: [
      { say: 'refer' },
      { click: /^No$/ },
      { click: /London borough/i },
      { choose: { borough: HILLINGDON }, click: 'Continue' },
      ...referralTail(/^No$/, /uncertain/i),
    ],
    expect: [/treat(ed)? .{0,40}as a child/i, 'Monitoring report §4.6', 'NRM', "Children's Social Care", '0800 043 4303', '999'],
  },
  {
    name: 'risk indicators: two ticked in different groups',
    steps: [{ say: 'indicators' }, { click: /submit/i, selections: { movement: [goesMissing.id], 'money-work': [begs.id] } }],
    expect: [
      goesMissing.label,
      begs.label,
      /one indicator is enough/i, // a single indicator is enough to talk to Children's Social Care
      "Children's Social Care",
      'PG47 §10.1',
      'If a child is in immediate danger, call 999',
    ],
    // The procedure has no score or threshold; nothing may invent one.
    expectNot: [/\bscore\b/i, /\bpoints?\b/i, /\d+ ?%/, /\d+ ?\/ ?\d+/, /risk level/i],
    firstScreen: ['You ticked 2 indicators', "talk to Children's Social Care", /one indicator is enough/i, 'call 999'],
  },
  {
    name: 'ways forward: s.47 leads to a strategy meeting within 2 working days',
    steps: [{ say: 'ways forward' }, { click: /s\.47/ }],
    expect: [
      's.47',
      'strategy meeting',
      '2 working days', // PG47 §14
      'PG47 §14',
      /referrer/i, // the referrer is told which plan is in place (PG47 §13.3)
      'If a child is in immediate danger, call 999',
    ],
    firstScreen: ['You chose c) Child protection enquiry (s.47)', 'strategy meeting within 2 working days', /referrer/i],
  },
  {
    name: 'contacts: a borough whose numbers are not filled in',
    steps: [{ say: 'contacts' }, { choose: { borough: HACKNEY }, click: /show numbers/i }],
    expect: ['Hackney', /not filled in/i, '999', '0800 043 4303'],
  },
  {
    name: 'a question: consent for the NRM',
    steps: [{ say: 'do I need consent for the NRM?' }],
    expect: [/consent/i, /not (needed|required)/i, 'PG47 §13.2'],
  },
  {
    name: 'an off-topic question: "I don\'t know" and who to ask',
    steps: [{ say: 'what is the best recipe for banana bread?' }],
    expect: ["I don't know", 'safeguarding lead', "Children's Social Care", '0800 043 4303', '999'],
    expectNot: ['banana'], // the question is never repeated back
  },
  // ---- A flow ends when its result is shown; inside an unfinished one, one line says how to go back or leave ----
  {
    name: 'a flow ends with its result: a question after contacts is answered with no "go back" line',
    steps: [{ say: 'contacts Hackney' }, { say: 'do I need consent for the NRM?' }],
    expect: [/not (needed|required)/i, 'PG47 §13.2'],
    expectNot: [/go back to/i, /still in/i, /Contacts/],
  },
  {
    name: 'a flow ends with its result: a question after the ways forward is answered with no "go back" line',
    steps: [{ say: 'ways forward' }, { click: /s\.?47/i }, { say: 'do I need consent for the NRM?' }],
    expect: [/not (needed|required)/i],
    expectNot: [/go back to/i, /still in/i],
  },
  {
    name: 'inside an unfinished referral, a question is answered and one line says how to go back or leave',
    steps: [{ say: 'refer' }, { say: 'do I need consent for the NRM?' }],
    expect: ['To go back to "Make a referral", type continue. To leave it, type cancel.'],
    controlLine: true,
  },
  {
    name: 'a greeting gets hello and the menu, not an "I don\'t know"',
    steps: [{ say: 'Hi' }],
    expect: ['Hello', /refer: what to do/, /call 999/i],
    expectNot: [/don.t know/i, /couldn.t find/i],
    controlLine: true,
  },
  {
    name: 'thanks gets a short reply, not an "I don\'t know"',
    steps: [{ say: 'ask what is the nrm' }, { say: 'thanks!' }],
    expect: [/welcome/i],
    expectNot: [/don.t know/i, /couldn.t find/i],
    controlLine: true,
  },
  {
    name: '"start" typed inside a walk shows the menu and the way back, and leaves the walk as it was',
    steps: [{ say: 'refer' }, { click: /^No$/ }, { say: 'start' }, { say: 'continue' }],
    expect: [/Where is the child/i],
    controlLine: true,
  },
  {
    name: '"yeah" answers a Yes button',
    steps: [{ say: 'refer' }, { say: 'yeah' }],
    expect: [/Call 999 now/i, /Where is the child/i],
    controlLine: true,
  },
  {
    name: 'a port named (Heathrow) answers which London authority serves it',
    steps: [{ say: 'refer' }, { click: /^No$/ }, { click: /port of entry/i }, { say: 'heathrow' }],
    expect: [/Hillingdon/],
    expectNot: [/could not find/i],
    controlLine: true,
  },
  {
    name: 'back typed after a question inside a walk returns to the step, it does not undo the answer before',
    steps: [{ say: 'refer' }, { click: /^No$/ }, { say: 'what is the national referral mechanism?' }, { say: 'back' }],
    expect: [/Where is the child/i, /Not in immediate danger: noted/i],
    controlLine: true,
  },
  {
    name: 'a question about whom to call in a named borough offers that borough\'s contacts first',
    steps: [{ say: 'out of hours csc number for croydon?' }, { click: /^Croydon contacts$/ }],
    expect: [/Croydon Children.s Social Care/, '0800 043 4303', /not filled in|out of hours/i],
  },
  {
    name: 'a job typed at the first-responder question, and an age at the age question, answer them',
    steps: [
      { say: 'refer' },
      { click: /^No$/ },
      { click: /London borough/i },
      { choose: { borough: HACKNEY }, click: 'Continue' },
      { say: 'im the school nurse' }, // not a first responder (product facts: LAs, police, Home Office, named charities)
      { say: 'she says 15' },
    ],
    expect: [/Under 18: noted/i, /unaccompanied/i],
    controlLine: true,
  },
  {
    name: 'continue shows the step again after a question',
    steps: [{ say: 'refer' }, { say: 'do I need consent for the NRM?' }, { say: 'continue' }],
    expect: [/immediate danger/i],
    expectNot: [/go back to/i],
    controlLine: true,
  },
  {
    name: 'exit leaves the referral; what is typed next is a question, with no "go back" line',
    steps: [{ say: 'refer' }, { say: 'exit' }, { say: 'do I need consent for the NRM?' }],
    expect: [/not (needed|required)/i],
    expectNot: [/go back to/i, /still in/i],
  },
  {
    name: 'menu leaves the referral and shows what the bot can do',
    steps: [{ say: 'refer' }, { say: 'menu' }],
    expect: ['Left "Make a referral"', 'what I can do', /cancel/i],
  },
];

// ---- Reading a final text ----

/** Phone numbers in a text: 999 / 101 and UK numbers written with spaces (e.g. 0800 043 4303). */
export function phoneNumbers(text: string): string[] {
  const found = text.match(/\b0\d{3,4}(?: \d{3,4}){1,2}\b|\b0\d{9,10}\b|\b(?:999|101)\b/g) ?? [];
  return [...new Set(found)].sort();
}

/** Section citations written in full: "PG47 §13.2", "Monitoring report §4.6". */
export function citations(text: string): string[] {
  const found = text.match(/(?:PG47|Monitoring report) §\d+(?:\.\d+)*/gi) ?? [];
  return [...new Set(found.map((c) => c.replace(/^monitoring report/i, 'Monitoring report')))].sort();
}

export function has(text: string, f: Fragment): boolean {
  return typeof f === 'string' ? text.toLowerCase().includes(f.toLowerCase()) : f.test(text);
}
