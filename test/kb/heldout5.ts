// FIFTH HELD-OUT SET (small): 30 questions and 10 off-topic, written on 2026-11-23 AFTER the third
// round's tuning was committed and BEFORE anything was measured on them, by someone who had read
// every earlier set only to avoid repeating them. Purpose: an honest before/after for the third
// round, since heldout4's baseline misses were seen while tuning (see heldout4.ts). Measured once
// on the knowledge base before the round (commit 49fb23d) and once after it (commit ac12b4e); never
// tuned on.
//
// Figures (top-1 / top-3 / off-topic answered; see measure.ts):
//   BEFORE (49fb23d): top-1 15/30 = 50.0%   top-3 16/30 = 53.3%   off-topic 5/10
//   AFTER  (ac12b4e): top-1 14/30 = 46.7%   top-3 16/30 = 53.3%   off-topic 5/10
// The one change: "what if the child does not want a guardian" now goes to NRM consent (a refusal
// reads as consent since this round) instead of the ICTG entry. Misses on both sides: stories told
// with signs the base has no word for (asleep in class, works nights, answers the door, a knife),
// "what do I say / is it ok to ask" questions about talking to the child, and off-topic council
// questions drawn to an entry by one shared word (complaint, records, register, transport). So on
// questions nobody has seen, the base answers about half right first time; the third round's
// folds did not move that. Off-topic honesty on unseen council questions is weak (half answered).

import type { HeldOut } from './heldout.js';

export const heldout5: HeldOut[] = [
  {
    q: "School nurse: a 14 year old boy keeps falling asleep in class, says he works nights at his uncle's chicken shop and gives the money to a man he calls boss",
    expect: 'what-to-do-first',
    also: 'risk-indicators',
  },
  {
    q: 'paramedic here - called to a flat, a girl of about 13 answers the door, says she is the cleaner and there are no adults home',
    expect: 'what-to-do-first',
    also: 'risk-indicators',
  },
  {
    q: 'Youth offending worker: the lad on my caseload was picked up by police in Norfolk with a knife and a burner phone, he lives in Hackney',
    expect: 'county-lines',
    also: 'what-to-do-first',
  },
  { q: 'what do I say to the child when I ring social care in front of them?', expect: 'building-trust', also: 'how-to-refer' },
  { q: 'can a trafficked child claim asylum', expect: 'legal-advice', also: 'uasc' },
  { q: 'who pays for the child’s placement if they came from another borough', expect: 'who-to-refer-to' },
  { q: 'is a 16 year old working in a nail bar always trafficked?', expect: 'risk-indicators', also: 'one-indicator-enough' },
  { q: 'nrm for a british child?', expect: 'internal-trafficking', also: 'nrm-who-refers' },
  { q: 'ictg referral form', expect: 'ictg-referral' },
  { q: 'reflection period', expect: 'recovery-period' },
  { q: 'what happens to the NRM if the child turns 18 before the decision', expect: 'conclusive-grounds', also: 'recovery-period' },
  { q: 'what if the child does not want a guardian', expect: 'ictg-what', also: 'ictg-referral' },
  { q: 'we lost contact with the child yesterday and the foster carer thinks he was collected by a car', expect: 'missing-child' },
  { q: 'can we put a tracker on her phone to stop her going missing', expect: 'preventing-missing' },
  { q: 'how often should the child be reviewed once they are looked after', expect: 'looked-after-assessment', also: 'wt-timescales' },
  { q: 'what questions should I ask the adult who brought the child to the clinic', expect: 'adult-indicators', also: 'health-services' },
  { q: 'is it ok to ask the child directly if they are being made to work', expect: 'interview-how', also: 'building-trust' },
  { q: 'the child speaks Tigrinya and we have no interpreter today', expect: 'interpreters' },
  { q: 'his birth certificate looks fake', expect: 'checking-documents' },
  { q: 'we think the sponsor on her visa is the trafficker', expect: 'adult-indicators', also: 'home-office-check' },
  { q: 'does the local authority have to accommodate a child found at the airport', expect: 'port-of-entry', also: 's20-accommodation' },
  { q: 'can social care refuse my referral', expect: 'no-further-action', also: 'told-outcome' },
  { q: 'how do traffickers use debts to control kids', expect: 'control-methods' },
  { q: 'do trafficked children have flashbacks or nightmares', expect: 'impact-psychological' },
  { q: 'is begging a form of trafficking', expect: 'forms-of-exploitation' },
  { q: 'are girls more likely to be trafficked for sex and boys for labour', expect: 'exploitation-by-age', also: 'forms-of-exploitation' },
  { q: 'what should the police do at a brothel raid if they find a teenager', expect: 'what-to-do-first', also: 'immediate-danger' },
  { q: 'a relative in Albania keeps calling the foster home demanding to speak to the boy', expect: 'enquirers', also: 'placement-safety' },
  { q: 'what laws cover modern slavery in england', expect: 'legislation' },
  { q: 'how many child victims are referred to the NRM each year', expect: 'statistics' },
];

export const heldout5OffTopic: string[] = [
  'how do I claim back expenses for a train ticket',
  'what is the process for a complaint against a social worker',
  'how do I apply for a school transport pass',
  'how long do we keep case records before deleting them',
  'who do I call about a gas leak at the office',
  'what is the procedure when a looked after child wants a tattoo',
  'how do I register a birth',
  "can a child in care have a sleepover at a friend's house",
  'when is the next team meeting',
  'how do I refer someone to the job centre',
];
