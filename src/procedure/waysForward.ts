// PG47 §13.3: after information gathering, the social worker and their manager agree one of four ways forward.
import { z } from 'zod';
import { WayForwardSchema, parseOrThrow, WAY_IDS } from './types.js';
import type { WayForward, WayId } from './types.js';

export type { WayId } from './types.js';
export { WAY_IDS } from './types.js';

/** PG47 §13.3: the referrer must be told which plan is in place. */
export const TELL_REFERRER = 'Tell the referrer which plan is in place (PG47 §13.3).';

/** PG47 §13.3: the manager records the discussion, the tasks and signs it off. */
export const RECORD_DECISION = 'Record the discussion with your manager and the tasks agreed; your manager signs it off (PG47 §13.3).';

const raw: WayForward[] = [
  {
    id: 'assessment',
    letter: 'a',
    title: 'Assessment',
    summary: 'Assess the child to decide what is needed.',
    conditions: [
      'Have the parents made suitable arrangements for the child?',
      'Are there grounds to accommodate the child?',
      'Does the child need protection at once?',
      'Should a child protection enquiry under s.47 Children Act 1989 (a s.47 enquiry) start?',
    ],
    whatFollows: [
      'Carry out the assessment with a suitable interpreter (PG47 §13.3).',
      'Meet the referrer and check all documents held by them and other agencies (PG47 §13.3).',
      'Under Working Together 2023, an assessment takes no longer than 45 working days from referral.',
      'If the assessment shows significant harm or its likelihood, move to a s.47 enquiry (PG47 §14).',
    ],
    source: 'PG47 §13.3 a',
    sources: ['PG47 §13.3', 'Working Together 2023'],
  },
  {
    id: 's20',
    letter: 'b',
    title: 'Accommodate under s.20 Children Act 1989',
    summary: 'There may already be enough information to accommodate the child.',
    conditions: [
      'The child is lost or abandoned; or',
      'No one has parental responsibility for the child; or',
      'The person who has been looking after the child cannot, for whatever reason, provide suitable accommodation or care.',
    ],
    whatFollows: [
      'The child becomes looked after: a strategy meeting is due within 2 working days (PG47 §14).',
      'Assess the child’s needs at once with the carer, including the risk of the traffickers regaining control (PG47 §15).',
      'Do not tell any enquirer where the child is until a social worker has checked who they are (PG47 §15).',
      'Plan for the risk of going missing in the first 24 hours (monitoring report §6.1).',
    ],
    warning:
      'If there is reasonable cause to believe the child is suffering, or likely to suffer, significant harm: seek an Emergency Protection Order, and in an emergency consider police powers of protection (PG47 §13.3 b).',
    source: 'PG47 §13.3 b',
    sources: ['PG47 §13.3', 'PG47 §14', 'PG47 §15', 'Monitoring report §6.1'],
  },
  {
    id: 's47',
    letter: 'c',
    title: 'Child protection enquiry (s.47)',
    summary: 'Start a child protection enquiry and assessment of need under s.47 Children Act 1989.',
    conditions: ['There is reasonable cause to suspect the child is suffering, or likely to suffer, significant harm.'],
    whatFollows: [
      'Convene a strategy meeting within 2 working days of the child becoming looked after, or of their arrival in the borough where they intend to live (PG47 §14).',
      'Invite immigration, police, Children’s Social Care, the child’s Independent Child Trafficking Guardian (ICTG) worker and other professionals; send papers to the ICTG worker at least 2 working days before (PG47 §13.2, §14).',
      'The meeting shares information, plans the enquiry (consider a video interview), plans the child’s immediate protection, agrees what enquirers may be told and what support the child needs (PG47 §14).',
      'Under Working Together 2023, an initial child protection conference is held within 15 working days of the strategy discussion.',
    ],
    source: 'PG47 §13.3 c',
    sources: ['PG47 §13.3', 'PG47 §14', 'PG47 §13.2', 'Working Together 2023'],
  },
  {
    id: 'nfa',
    letter: 'd',
    title: 'No further action',
    summary: 'Only when no concerns are identified.',
    conditions: ['No concerns have been identified after the information gathering.'],
    whatFollows: [
      'Record why no concerns were found and have your manager sign it off (PG47 §13.3).',
      'If new concerns arise later, make a new referral to Children’s Social Care (PG47 §14).',
    ],
    source: 'PG47 §13.3 d',
    sources: ['PG47 §13.3', 'PG47 §14'],
  },
];

export const waysForward: WayForward[] = parseOrThrow(z.array(WayForwardSchema).length(4), raw, 'ways forward (PG47 §13.3)');

export const isWayId = (v: unknown): v is WayId => typeof v === 'string' && (WAY_IDS as readonly string[]).includes(v);

export function findWay(idOrLetter: string): WayForward | undefined {
  const k = idOrLetter.trim().toLowerCase().replace(/[).]$/, '');
  const compact = k.replace(/^section\s*/, 's').replace(/[\s.]/g, ''); // 's.47', 's 47', 'section 47' -> 's47'
  return waysForward.find((w) => w.id === k || w.letter === k || w.id === compact);
}
