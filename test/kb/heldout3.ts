// THIRD, SMALL HELD-OUT SET: written on 2026-11-23 AFTER the second round of tuning was committed
// (commit 8d4ccec plus wording fixes), and measured ONCE, with nothing changed afterwards. The second
// held-out set (heldout2.ts) was seen while tuning, so its "after" figure flatters; this one is the
// honest figure for questions nobody has tuned on. Different writers again: a residential worker,
// an A&E doctor, a community police officer, a faith leader, a youth club volunteer, a virtual
// school head, an IRO, a duty social worker, a foster carer, a sports coach.
//
//   MEASURED ONCE (knowledge base as at commit 54c081f, 119 entries):
//     top-1 24/40 = 60.0%   top-3 30/40 = 75.0%   off-topic answered 4/15 ("return home interview"
//     -> repatriation, "trigger plan for the IRO" -> strategy-meeting-agenda, "whistleblowing
//     concern" -> community-public, "housing disrepair claim" -> housing)
//   The knowledge base BEFORE the second round (commit 0a0a065, 115 entries) scores 21/40 = 52.5%
//   top-1, 27/40 = 67.5% top-3, 3/15 off-topic on it: the round gained 7.5 points each way on
//   unseen questions and answered one more off-topic question ("housing disrepair claim", drawn
//   to the new housing entry).
//   So on questions nobody has tuned on, the base still gets about 6 in 10 right first time and
//   3 in 4 within the first three: the same order as the first round's fresh batches (69-70%).
//   With only 40 questions, each is 2.5 points. Misses: several with no answer (stories with one
//   sign and an unusual verb, "messaged on instagram", "man claiming to be her husband"), general
//   folds that did not catch ("send him back"), and a few labels that are arguable.
//   Seen afterwards: ONE general fold was then fixed ("send him back" -> repatriation), which moved
//   this set to 62.5% / 77.5% / 3 of 15; nothing else was changed for it. The floors in
//   heldout2.test.ts sit under the once-measured figure.

import type { HeldOut } from './heldout.js';

export const heldout3: HeldOut[] = [
  {
    q: 'Residential worker: one of our girls (15) comes back at 3am smelling of alcohol, has cash she cannot explain and a much older "friend" texts her constantly. What do we do tonight?',
    expect: 'what-to-do-first',
    also: 'risk-indicators',
  },
  {
    q: 'A&E doctor. Boy around 14, burns on his hands, says he works in a kitchen, came with a man who is not his father and insists on staying in the room. Should I be worried?',
    expect: 'what-to-do-first',
    also: 'risk-indicators',
  },
  {
    q: 'Faith leader here - a family in our congregation has a girl living with them who cooks and cleans all day and never comes to the youth group. They say she is a cousin from back home.',
    expect: 'what-to-do-first',
    also: 'private-fostering-concern',
  },
  {
    q: 'Sports coach: a lad in my under 16s has stopped coming, his mates say he is "working" in another town for some older guys',
    expect: 'county-lines',
    also: 'what-to-do-first',
  },
  { q: 'is it trafficking if nobody crossed a border', expect: 'internal-trafficking' },
  { q: 'can a trafficked child be treated as a criminal for dealing drugs', expect: 'cannabis-farm', also: 'county-lines' },
  {
    q: 'a boy told me men threatened to hurt his little sister back home if he tells',
    expect: 'control-methods',
    also: 'why-no-disclosure',
  },
  {
    q: 'IRO: the young person has gone missing four times this month from her placement, what should the plan include?',
    expect: 'preventing-missing',
    also: 'missing-child',
  },
  { q: 'what do I do if a child I am worried about goes missing from school today', expect: 'missing-child', also: 'missing-from-school' },
  { q: 'virtual school head - how do schools spot trafficked pupils at admission?', expect: 'schools' },
  {
    q: 'duty SW: referral from a hospital about a 16 year old with no documents and a man claiming to be her husband',
    expect: 'what-to-do-first',
    also: 'forced-marriage',
  },
  { q: 'foster carer: someone messaged the boy on instagram saying they know where he lives', expect: 'placement-safety' },
  { q: 'who makes the referral to the national referral mechanism, me or social care?', expect: 'nrm-who-refers' },
  { q: 'nrm form link', expect: 'nrm-how' },
  { q: 'do we still refer to the NRM if the young person says no', expect: 'nrm-consent' },
  { q: 'how long till the home office make the first NRM decision', expect: 'reasonable-grounds' },
  { q: 'positive conclusive grounds - what does it mean for the child', expect: 'conclusive-grounds' },
  { q: 'is there a devolved NRM panel in my borough', expect: 'devolved-panels' },
  { q: 'ictg assessment line', expect: 'ictg-number' },
  { q: 'what does a regional practice coordinator do', expect: 'ictg-roles' },
  { q: 'do we invite the ICTG to the LAC review', expect: 'ictg-meetings' },
  { q: 'what is the ICTG referral process for a child in Newham', expect: 'ictg-referral' },
  { q: 'when does social care accommodate a trafficked child voluntarily under s20', expect: 's20-accommodation' },
  { q: 'when do we hold an ICPC', expect: 'wt-timescales' },
  { q: 'who needs to be at the strategy meeting for a trafficked child?', expect: 'strategy-meeting-when', also: 'multi-agency-meetings' },
  { q: 'how do we check if the adults looking after her are legally allowed to be in the UK', expect: 'home-office-check' },
  { q: 'should we interview the child with the carers there', expect: 'interview-how' },
  { q: 'a cousin has offered to interpret at the assessment', expect: 'interpreters' },
  { q: 'what does the social worker need from me when I make the referral', expect: 'info-gathering' },
  { q: 'can we send him back to his family in Albania', expect: 'repatriation', also: 'contact-parents-abroad' },
  { q: 'no passport and says he is 17 - child or adult?', expect: 'age-uncertain' },
  { q: 'what is the asylum screening unit role of paladin', expect: 'police-paladin' },
  { q: 'what are the stages a trafficked child goes through from home to the UK', expect: 'trafficking-phases' },
  { q: 'can a child be trafficked by their own parents', expect: 'recruitment', also: 'child-consent' },
  { q: 'does trafficking affect a childs education', expect: 'impact-physical' },
  { q: 'why do trafficked children not trust professionals', expect: 'why-no-disclosure', also: 'building-trust' },
  { q: 'tips for building a relationship with a trafficked teenager', expect: 'building-trust' },
  { q: 'what training does the LSCP offer on exploitation', expect: 'training' },
  { q: 'is child trafficking a child protection or immigration issue', expect: 'cannabis-farm', also: 'nrm-and-child-protection' },
  {
    q: 'what is the Refugee Council panel and can they help a child in detention',
    expect: 'refugee-council-panel',
    also: 'detention-centres',
  },
];

export const heldout3OffTopic: string[] = [
  'how do I do a return home interview after a missing episode',
  'what is the trigger plan process for the IRO',
  'how do I book an interpreter through the council portal',
  'what is a section 31 care order',
  'how many hours of supervision do newly qualified social workers get',
  'how do I refer to the youth justice liaison and diversion service',
  'what is the procedure for a child death review',
  'can a 15 year old consent to contraception',
  'how do I raise a whistleblowing concern',
  'where is the nearest foodbank',
  'what is the ofsted rating of our childrens homes',
  'who do I speak to about a housing disrepair claim',
  'how do i change my email signature',
  'what time does the office close on christmas eve',
  'is there parking at the civic centre',
];
