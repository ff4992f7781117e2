// Quick checklists a duty manager or practitioner walks through. Our own words; each cites its section.
// No item asks for a child's name, date of birth or address: those stay in the case record.
import { z } from 'zod';
import { ChecklistSchema, parseOrThrow } from './types.js';
import type { Checklist } from './types.js';

export type { Checklist, ChecklistItem } from './types.js';

const raw: Checklist[] = [
  {
    id: 'golden-hour',
    title: 'The golden hour',
    aliases: ['golden hour', 'first hour', 'golden', 'gh'],
    intro: 'The first hour after a child is identified matters: some children go missing within 24 hours.',
    source: 'Monitoring report §6–7',
    items: [
      { id: 'immediate-safety', text: 'Make sure the child is safe now (999 if in immediate danger)' },
      { id: 'safe-placement', text: 'Find a safe placement out of the traffickers’ reach' },
      { id: 'no-shared-home', text: 'No shared home without a foster carer (monitoring report §4.1)' },
      { id: 'location-secret', text: 'Do not tell any enquirer where the child is (PG47 §15)' },
      { id: 'photograph', text: 'Arrange a photograph of the child within 24 hours' },
      { id: 'missing-plan', text: 'Make a plan for the risk of going missing, shared with carers and police' },
      { id: 'carers-alert', text: 'Tell carers to watch for waiting cars and unusual phone calls (PG47 §15)' },
      { id: 'referrals', text: 'Start the referrals: Children’s Social Care, NRM and ICTG (PG47 §13.2)' },
      { id: 'strategy-meeting', text: 'Strategy meeting: 2 working days from looked after or arrival (PG47 §14)' },
    ],
  },
  {
    id: 'information-gathering',
    title: 'Information gathering',
    aliases: ['information gathering', 'information', 'info', 'gathering'],
    intro:
      'What the social worker gathers after a referral. Record identifying details in your case system, not in this chat: never type them here.',
    source: 'PG47 §13.1',
    items: [
      { id: 'referrer-details', text: 'Get all you can from the referrer; record it in your case system' },
      { id: 'origin-language', text: 'Country of origin, home language; does the child speak English?' },
      { id: 'verify-living', text: 'Check soon that the child lives where the referrer says' },
      { id: 'school-documents', text: 'Referral from a school: get the documents it had at admission' },
      { id: 'home-office-check', text: 'Complete a Home Office check on the status of the child and the adults' },
    ],
  },
  {
    id: 'documents',
    title: 'Documents to check',
    aliases: ['documents', 'docs', 'papers', 'paperwork', 'passport'],
    intro: 'Check every document the referrer and other agencies hold. The list is not exhaustive.',
    source: 'PG47 §13.3',
    items: [
      { id: 'passport', text: 'Passport: when was it issued and how long is the visa for?' },
      { id: 'photo-match', text: 'Does the photo look like the child?' },
      { id: 'parent-match', text: 'Does the passport match the claimed mother or father? If not, why not?' },
      { id: 'home-office-papers', text: 'Home Office papers' },
      { id: 'birth-certificate', text: 'Birth certificate' },
      { id: 'guardianship', text: 'Proof of guardianship' },
      { id: 'original', text: 'Do the documents look original? Take copies for further checks' },
      { id: 'concerns-in-writing', text: 'Go over the referrer’s concerns again; ask for them in writing' },
    ],
  },
  {
    id: 'interview',
    title: 'Interview',
    aliases: ['interview', 'interviews', 'joint interview'],
    intro:
      'Decide with your manager and the police whether to interview jointly (the Child Abuse Investigation Team, CAIT, or Immigration and Borough Police).',
    source: 'PG47 §13.4',
    items: [
      { id: 'joint-decision', text: 'Decide with your manager and the police whether to interview jointly' },
      { id: 'seen-alone', text: 'See the child alone, somewhere safe, with carers out of earshot' },
      { id: 'interpreter', text: 'Use a professional, DBS-checked interpreter, never a family member' },
      { id: 'questions', text: 'Ask: family, parents’ work, chores, time in UK, home, school, carers' },
      { id: 'adults-separately', text: 'Interview the adults separately with the same questions, and compare' },
      { id: 'see-documents', text: 'See and check all documents; "the passport is missing" is not acceptable' },
      { id: 'once-fully', text: 'Make it full, so the family is not intruded on for long' },
      { id: 'meeting-after', text: 'Hold a multi-agency meeting before any further action' },
    ],
  },
  {
    id: 'strategy-meeting',
    title: 'Strategy meeting',
    aliases: ['strategy meeting', 'strategy', 'meeting', 'agenda'],
    intro:
      'Convene within 2 working days of the child becoming looked after, or arriving in the borough when a s.47 enquiry (child protection enquiry) is appropriate. ICTG: the child’s Independent Child Trafficking Guardian.',
    source: 'PG47 §14',
    items: [
      { id: 'within-two-days', text: 'Convene it within 2 working days' },
      { id: 'invite', text: 'Invite immigration, police, social care and other professionals' },
      { id: 'invite-ictg', text: 'Invite the ICTG worker; papers at least 2 working days before (§13.2)' },
      { id: 'share-information', text: 'Share information' },
      { id: 'enquiry-strategy', text: 'Plan the enquiries, including whether to video interview' },
      { id: 'protection-plan', text: 'Plan the child’s immediate protection and how it is supervised' },
      { id: 'enquirers', text: 'Agree what enquirers may be told about the child' },
      { id: 'support', text: 'Agree what support the child needs' },
      { id: 'notes-to-ictg', text: 'Notes, actions, decisions to the ICTG within 2 working days (§13.2)' },
    ],
  },
  {
    id: 'looked-after',
    title: 'Looked-after safety',
    aliases: ['looked after', 'looked-after', 'lac', 'placement', 'safety'],
    intro: 'Keep the traffickers from regaining control of a looked-after child.',
    source: 'PG47 §15',
    items: [
      { id: 'needs-assessment', text: 'Assess needs at once with the carer: background, why they came' },
      { id: 'trafficker-risk', text: 'Assess the risk of the traffickers’ continuing influence' },
      { id: 'location-secret', text: 'Tell no enquirer where the child is until their identity is checked' },
      { id: 'carers-vigilant', text: 'Carers watch for anything unusual: waiting cars, phone enquiries' },
      { id: 'pass-to-police', text: 'Pass any information on risks to the police at once' },
      { id: 'contact-parents', text: 'Try to contact the parents abroad and verify the relationship' },
      { id: 'check-carers', text: 'Check anyone claiming to be family, with police and immigration' },
    ],
  },
  {
    id: 'support',
    title: 'Support for the child',
    aliases: ['support', 'services', 'recovery'],
    intro: 'Services a trafficked child is likely to need.',
    source: 'PG47 §16',
    items: [
      { id: 'interpreting', text: 'Properly trained interpreting' },
      { id: 'counselling', text: 'Counselling' },
      { id: 'camhs', text: 'Child and adolescent mental health services (CAMHS)' },
      { id: 'legal-advice', text: 'Independent legal advice on rights and immigration status' },
      { id: 'medical', text: 'Medical services, including for victims of torture' },
      { id: 'education', text: 'Education' },
      { id: 'trusted-adult', text: 'Someone who spends time with them to build trust' },
      { id: 'confidential', text: 'Whereabouts kept confidential; care when tracing family' },
      { id: 'return-risk', text: 'A risk assessment before any return home' },
    ],
  },
  {
    id: 'missing',
    title: 'Child missing from care',
    aliases: ['missing', 'missing from care', 'child missing', 'gone missing', 'went missing'],
    intro:
      'Trafficked children are pushed to go back to their traffickers, often within hours. Act now; every agency on the case does its part. If the child is at immediate risk, call 999.',
    source: 'PG47 §16.2',
    items: [
      { id: 'police', text: 'Report the child missing to police now: 999 at immediate risk, else 101' },
      { id: 'photo-description', text: 'Give police the recent photo and a description (never in this chat)' },
      { id: 'tell-ictg', text: 'Tell the ICTG worker (0800 043 4303) and the child’s social worker' },
      { id: 'address-confidential', text: 'Keep the placement confidential: tell no enquirer where it is (§15)' },
      { id: 'carers-watch', text: 'Carers pass waiting cars, callers and phone contacts to police (§15)' },
      { id: 'pass-information', text: 'Pass any new information on risk to the police at once (PG47 §15)' },
      { id: 'other-areas', text: 'Alert other areas: the child may be moved across boroughs (§6.1)' },
      { id: 'strategy-meeting', text: 'Hold or reconvene the strategy meeting about the child (PG47 §14)' },
      { id: 'on-return', text: 'On return: type case event found; return interview within 72 hours' },
    ],
  },
];

export const checklists: Checklist[] = parseOrThrow(
  z.array(ChecklistSchema).refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, 'duplicate checklist id'),
  raw,
  'checklists',
);

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Find a checklist by id, title or alias, forgivingly ('golden hour', 'Golden-Hour', 'strategy'). */
export function findChecklist(nameOrAlias: string): Checklist | undefined {
  const q = norm(nameOrAlias);
  if (!q) return undefined;
  const exact = checklists.find((c) => [c.id, c.title, ...c.aliases].some((n) => norm(n) === q));
  if (exact) return exact;
  const starts = checklists.filter((c) => [c.id, c.title, ...c.aliases].some((n) => norm(n).startsWith(q)));
  return starts.length === 1 ? starts[0] : undefined;
}
