// HELD-OUT questions: written on 2026-11-23 before any of that day's tuning of synonyms, fields,
// thresholds or entries, by someone who had not looked at labelled.ts's wording, as teachers, nurses,
// GPs, police, housing officers, youth workers, charity volunteers, social workers and duty managers
// would type them in Teams or Slack. They are used to MEASURE, never to tune: a failure here is not
// fixed by adding its words to an entry.
//
// `gap: true` marks questions on topics the seeds cover but the knowledge base had no entry for when
// this file was written; their expected ids name the entries planned at that moment (from reading
// the seeds, listed before measuring). They count as misses in the baseline.
//
// Figures (top-1: the answer shown is the expected entry, or `also`; top-3: it is the answer or one
// of the first two follow-up buttons; off-topic: questions answered that should get "I don't know"):
//
//   BASELINE (before tuning; knowledge base as at commit 4a678c0, 116 entries):
//     all 144:            top-1 100/144 = 69.4%   top-3 113/144 = 78.5%
//     excluding 5 gap:    top-1 100/139 = 71.9%   top-3 113/139 = 81.3%
//     off-topic answered: 9/40 (payslip, DoLS, care home, EHCP, young carers, adoption,
//                         council tax, early help threshold, school trip abroad)
//
//   AFTER (measured once, after tuning on the dev questions in labelled.ts; NOT re-tuned on these
//   failures; knowledge base as at commit 2b4bd64, 121 entries):
//     all 144:            top-1 117/144 = 81.3%   top-3 128/144 = 88.9%
//     excluding 5 gap:    top-1 112/139 = 80.6%   top-3 123/139 = 88.5%
//     off-topic answered: 2/40 ("young carers assessment referral", "school trip abroad")
//     18 baseline misses fixed, 2 baseline hits lost ("a man phoned reception saying he is her
//     uncle...", "who prosecutes the traffickers").
//     Of the 8 on-topic questions now left unanswered, 7 get the expected entry among the
//     "closest questions" buttons of the "I don't know" reply (kb.suggest).
//   Caveats, honestly: the 5 gap entries were written knowing these 5 questions (they pass, as
//   expected); the baseline's off-topic failures (DoLS, EHCP, adoption, care home, council tax...)
//   were seen before the out-of-scope list in synonyms.ts was written, so 2/40 flatters it. The
//   on-topic failures were seen too, but nothing was changed for them: new fixes came from three
//   dev batches written afterwards (labelled.ts), which generalised from 69–70% fresh to 95%+.
//   heldout.test.ts holds the floor below these figures (see there).

export interface HeldOut {
  q: string;
  expect: string;
  also?: string;
  gap?: true;
}

export const heldout: HeldOut[] = [
  // situations, told as stories
  { q: 'a 15 year old at my school says her uncle keeps her wages, what now?', expect: 'what-to-do-first', also: 'risk-indicators' },
  {
    q: 'Hi all, youth worker here. One of our lads (14) has started turning up with new trainers and two phones, disappears for a few days at a time and came back from Southend last week with a bag he would not let anyone touch. Is this county lines and what do I do?',
    expect: 'county-lines',
    also: 'what-to-do-first',
  },
  { q: 'boy arrived alone at heathrow, no adult with him - who picks this up', expect: 'port-of-entry', also: 'uasc' },
  { q: 'she says she is 18 but looks about 14, do we treat her as an adult?', expect: 'age-uncertain' },
  { q: 'someone else is holding the boys passport, is that a red flag', expect: 'risk-indicators', also: 'control-methods' },
  {
    q: 'girl in yr 10 gets picked up from the gates every day by an older boyfriend in a car',
    expect: 'risk-indicators',
    also: 'what-to-do-first',
  },
  {
    q: 'Duty manager at a hotel: its 2am and a young girl has been brought up to a room by different men three times tonight. What do I do?',
    expect: 'immediate-danger',
    also: 'what-to-do-first',
  },
  {
    q: "I'm a housing officer and lots of different children seem to move in and out of one flat, the adults are vague about who they are. should I report it",
    expect: 'what-to-do-first',
    also: 'holiday-addresses',
  },
  {
    q: 'he says he has to pay back a huge debt for his journey before he can keep any of his money',
    expect: 'risk-indicators',
    also: 'control-methods',
  },
  {
    q: 'A 14 yr old is doing all the cleaning and childcare for a family she is not related to and isnt in school - what next',
    expect: 'what-to-do-first',
    also: 'risk-indicators',
  },
  {
    q: 'volunteer at a food bank - an adult always answers for the girl and she never speaks, I am worried',
    expect: 'what-to-do-first',
    also: 'risk-indicators',
  },
  { q: 'kid keeps going missing for days and comes back with cash and new clothes', expect: 'risk-indicators', also: 'missing-child' },
  { q: 'the foster carer just rang, the boy we placed yesterday has not come back tonight', expect: 'missing-child' },
  { q: 'there is a car parked outside the childrens home every evening watching, should we do something', expect: 'placement-safety' },
  { q: 'a man phoned reception saying he is her uncle and wants to collect her today', expect: 'relative-claims' },
  { q: 'someone rang the school asking which foster home the boy is living in now', expect: 'enquirers', also: 'placement-safety' },
  { q: 'police found a 16 year old albanian lad working in a cannabis grow house, do we treat him as a criminal', expect: 'cannabis-farm' },
  { q: 'family paid smugglers to get him to the uk - is he trafficked or not', expect: 'trafficking-vs-smuggling' },
  { q: "she says she chose to come here and work so it's not trafficking is it", expect: 'child-consent' },
  {
    q: 'the girl is terrified that a curse will kill her family if she tells us anything',
    expect: 'control-methods',
    also: 'why-no-disclosure',
  },
  { q: 'patient at the walk in centre gives a vague address and cant name her next of kin', expect: 'health-services' },
  {
    q: 'gp receptionist here, loads of different kids registered at the same address over the year',
    expect: 'holiday-addresses',
    also: 'health-services',
  },
  {
    q: 'pupil joined us in september, left at christmas, nobody at the address now - could this be trafficking',
    expect: 'missing-from-school',
    also: 'schools',
  },
  { q: 'child living with a family friend for 2 months while parents are abroad, is that private fostering', expect: 'private-fostering' },
  { q: 'worried a privately fostered girl is basically being used as a maid', expect: 'private-fostering-concern' },
  {
    q: 'met a young person at our drop in who came to the uk on his own and social services dont know about him',
    expect: 'unaccompanied-not-known',
  },
  { q: 'the man who brought her over has sponsored visas for loads of other kids who never went home', expect: 'adult-indicators' },
  { q: 'carer says the passport is lost and she cant find the paperwork', expect: 'checking-documents' },
  { q: 'his uncle offered to translate for him at the meeting, is that ok', expect: 'interpreters' },
  { q: 'police, home office and his solicitor all want to interview her separately - is that ok', expect: 'single-interview' },
  { q: 'my concern is about one of our volunteers at the youth club, not a family', expect: 'lado' },
  { q: 'social care said NFA on my referral but I am still worried', expect: 'no-further-action' },
  { q: 'its 8pm friday, children social care closed, who do i ring', expect: 'out-of-hours' },
  { q: 'child lives in croydon but goes to school in lambeth, which council gets the referral', expect: 'who-to-refer-to' },
  { q: "the boy hasn't actually told me anything, can I still refer?", expect: 'no-disclosure-needed' },
  { q: 'he repeats exactly the same story every time, word for word', expect: 'why-no-disclosure' },
  { q: 'NRM came back negative - can we close the case now?', expect: 'negative-decision' },
  { q: 'been 3 weeks since our nrm referral and heard nothing from the home office', expect: 'chasing-feedback' },
  { q: 'we referred to NRM, do we still need to do a strategy meeting and s47?', expect: 'nrm-and-child-protection' },
  { q: 'police cant make the strategy meeting tomorrow, what should happen', expect: 'multi-agency-meetings' },
  {
    q: 'child just came into care last night after being found at a car wash - what assessment do we do',
    expect: 'looked-after-assessment',
  },

  // short keyword queries
  { q: 'ictg number', expect: 'ictg-number' },
  { q: 'nrm consent', expect: 'nrm-consent' },
  { q: '48 hours', expect: 'how-to-refer', also: 'private-fostering-notify' },
  { q: 'nspcc no.', expect: 'national-lines' },
  { q: 'modern slavery helpline', expect: 'national-lines' },
  { q: 'police non emergency number', expect: 'national-lines' },
  { q: 'palermo protocol', expect: 'what-is-trafficking' },
  { q: 'paladin', expect: 'police-paladin' },
  { q: 'risk matrix', expect: 'risk-matrix' },
  { q: 'golden hour?', expect: 'golden-hour' },
  { q: 'EPO', expect: 'epo-police-protection' },
  { q: 'section 55', expect: 'home-office-s55' },
  { q: 'RG decision timescale', expect: 'reasonable-grounds' },
  { q: 'conclusive grounds', expect: 'conclusive-grounds' },
  { q: 'recovery period', expect: 'recovery-period' },
  { q: 'duty to notify', expect: 'duty-to-notify' },
  { q: 'SCA', expect: 'sca' },
  { q: 'devolved panel southwark', expect: 'devolved-panels' },
  { q: 'icpc timescale', expect: 'wt-timescales' },
  { q: 'refugee council', expect: 'refugee-council-panel' },
  { q: 'uasc', expect: 'uasc' },
  { q: 'forced marriage', expect: 'forced-marriage' },
  { q: 'age assessment', expect: 'age-assessment' },
  { q: 'LADO', expect: 'lado' },
  { q: 'home office check', expect: 'home-office-check' },
  { q: 'signs of trafficking', expect: 'risk-indicators' },
  { q: 'stages of trafficking', expect: 'trafficking-phases' },
  { q: 's20', expect: 's20-accommodation' },

  // plainly put questions, varied wording and typos
  { q: 'who is allowed to make an nrm referral? im a teacher', expect: 'nrm-who-refers' },
  { q: 'can a charity refer to the NRM', expect: 'nrm-who-refers' },
  { q: 'how do i do an nrm referal', expect: 'nrm-how' },
  { q: 'where is the online form for the national referal mechanism', expect: 'nrm-how' },
  { q: 'does the child have to agree to being referred to the national referral mechanism', expect: 'nrm-consent' },
  { q: 'how sure do i need to be before i refer to the nrm', expect: 'nrm-threshold' },
  { q: 'do we report children through duty to notify or the full nrm?', expect: 'duty-to-notify' },
  { q: 'who actually decides if the child is a victim', expect: 'sca' },
  { q: 'how many days till the conclusive grounds decision', expect: 'conclusive-grounds' },
  { q: 'is the reflection period still 45 days?', expect: 'recovery-period' },
  { q: 'what does an ictg actually do', expect: 'ictg-what' },
  { q: 'independant child trafficking guardian phone', expect: 'ictg-number' },
  { q: 'do i refer to the guardian service as well as the nrm?', expect: 'ictg-referral' },
  { q: 'regional practice coordinator vs direct worker?', expect: 'ictg-roles' },
  { q: 'do we have to invite the ictg to the strategy discussion', expect: 'ictg-meetings' },
  { q: 'how many days before a meeting should the guardian get the papers', expect: 'ictg-meetings' },
  { q: 'can i share our case notes with the ictg or is that a data protection problem', expect: 'ictg-information' },
  { q: 'whats the legal definition of child trafficking', expect: 'what-is-trafficking' },
  { q: 'can a british kid be trafficked if they never left the country', expect: 'internal-trafficking' },
  { q: 'is county lines classed as trafficking', expect: 'county-lines' },
  { q: 'child sexual exploitation and trafficking, same thing?', expect: 'cse-cce' },
  { q: 'how do traffickers get hold of children in the first place', expect: 'recruitment' },
  { q: 'what are kids trafficked for', expect: 'forms-of-exploitation' },
  { q: 'are little ones used differently from teenagers', expect: 'exploitation-by-age' },
  { q: 'why are some children abroad more at risk of being trafficked', expect: 'vulnerability-factors' },
  { q: 'how do trafficked children get into the uk', expect: 'arrival-routes' },
  { q: 'what is the home office duty to children under the borders act', expect: 'home-office-s55' },
  { q: 'what effect does trafficking have on a childs health', expect: 'impact-physical', also: 'impact-psychological' },
  { q: 'she has nightmares and flashbacks and wont trust any adult', expect: 'impact-psychological' },
  { q: 'is it my job as a youth worker to spot trafficking?', expect: 'whose-job-to-identify' },
  { q: 'red flags that a kid has been trafficked', expect: 'risk-indicators' },
  { q: 'i have only noticed one sign, is that enough to refer', expect: 'one-indicator-enough' },
  { q: 'do the indicators work for a 6 year old', expect: 'indicators-under-ten' },
  { q: 'what can neighbours do if they suspect a child next door is trafficked', expect: 'community-public' },
  { q: 'do private foster carers have to tell the council?', expect: 'private-fostering-notify' },
  { q: 'what does childrens social care do with a trafficking referral', expect: 'csc-role' },
  { q: 'what should A&E nurses look out for', expect: 'health-services' },
  { q: 'what should teachers watch for', expect: 'schools' },
  { q: 'what does the asylum team do', expect: 'asylum-team' },
  { q: "what is the LSCP's job on trafficking", expect: 'lscp' },
  { q: 'where can I get trafficking training for my team', expect: 'training' },
  { q: 'what info will the MASH ask me for when I ring', expect: 'info-gathering' },
  { q: 'what are the options for social care after my referral', expect: 'four-ways-forward' },
  { q: 'when will social services accommodate a child voluntarily', expect: 's20-accommodation' },
  { q: 'can the police just remove a child to somewhere safe', expect: 'epo-police-protection' },
  { q: 'will social services let me know what happened with my referral', expect: 'told-outcome' },
  { q: 'how do you check a passport is genuine', expect: 'checking-documents' },
  { q: 'who decides whether police do a joint interview', expect: 'interview-decision' },
  { q: 'how should the child be spoken to, should carers be in the room', expect: 'interview-how' },
  { q: 'does the interpreter need to be dbs checked', expect: 'interpreters' },
  { q: 'what happens once the interviews are done', expect: 'after-interview' },
  { q: 'who prosecutes the traffickers', expect: 'who-prosecutes' },
  { q: 'when do we need a section 47', expect: 's47-when' },
  { q: 'strategy meeting within how many days?', expect: 'strategy-meeting-when' },
  { q: 'what goes on the agenda for the strategy meeting', expect: 'strategy-meeting-agenda' },
  { q: 'how long does social care have to finish the assessment', expect: 'wt-timescales' },
  { q: 'should we contact his parents back in nigeria', expect: 'contact-parents-abroad' },
  { q: 'what support does a trafficked young person need', expect: 'support-services' },
  { q: 'how do I get her to trust me', expect: 'building-trust' },
  { q: 'does he get a solicitor', expect: 'legal-advice' },
  { q: 'how soon after being found do they usually disappear', expect: 'going-missing-24h' },
  { q: 'how do we stop him running off from the placement', expect: 'preventing-missing' },
  { q: 'will she have to go to court against the people who trafficked her', expect: 'prosecution' },
  { q: 'can he be deported back home', expect: 'repatriation' },
  { q: 'no id and we are not sure he is under 18', expect: 'age-uncertain' },
  { q: 'how quickly should the age assessment be done', expect: 'initial-assessment-7-days' },
  { q: 'should all unaccompanied minors be treated as possible trafficking victims', expect: 'unaccompanied-potential-victim' },
  { q: 'should our borough have a named trafficking lead', expect: 'lead-coordinator' },
  { q: 'link to the full pg47 procedure', expect: 'further-guidance' },
  { q: 'do i have to put the referral in writing?', expect: 'how-to-refer' },

  // gap topics: covered by the seeds, no entry when this file was written (planned entries named)
  { q: 'what is the trafficking assessment form and do we have to fill in all of it', expect: 'trafficking-assessment', gap: true },
  { q: 'what is the NRUC database', expect: 'nruc', gap: true },
  { q: 'where do i find embassy contact details to trace a childs family', expect: 'embassies', gap: true },
  { q: 'we have had the child in care for months and only now suspect trafficking, what then', expect: 'later-suspicion', gap: true },
  { q: 'children in an immigration detention centre - whose job is their welfare', expect: 'detention-centres', gap: true },
];

/** Questions the procedure does not answer: office admin, IT, HR, and safeguarding topics outside PG47. */
export const heldoutOffTopic: string[] = [
  // IT
  'teams keeps crashing when i share my screen',
  'vpn not connecting from home',
  'how do I add a shared mailbox in outlook',
  'my laptop battery wont charge',
  'how do i create a slack channel',
  'forgot my citrix password',
  // HR / admin
  'how much maternity leave do I get',
  'can I carry over my flexi time',
  'my payslip is wrong who do I contact',
  'how do I opt out of the pension scheme',
  'where do i send my mileage claim form',
  'who is the first aider on the second floor',
  'how do I book the big meeting room for thursday',
  'when is the next fire drill',
  'how do I get a new ID badge',
  'what is the process for a flexible working request',
  'how long does a DBS check take for a new starter',
  'how do i apply for the team manager job',
  // safeguarding and services outside PG47
  'how do I make a Prevent referral for radicalisation',
  'what is the mandatory reporting duty for FGM',
  'how do I apply for a DoLS for an adult with dementia',
  'concern about an elderly resident being neglected in a care home',
  'how do I refer to MARAC for domestic abuse',
  'what is Clares law',
  'what are the timescales for an EHCP needs assessment',
  'how do I appeal a permanent exclusion',
  'free school meals eligibility',
  'young carers assessment referral',
  'how much is the fostering allowance per week',
  'how long does adoption take',
  'universal credit sanction appeal',
  'how do I report a pothole',
  'council tax reduction for single person',
  'how do i report online bullying on tiktok',
  'what is the threshold for an early help assessment',
  'anti social behaviour on my estate, who do I tell',
  'what is the new ofsted framework',
  'how do i get a blue badge',
  'can you summarise this email for me',
  'what are the rules on taking children on a school trip abroad',
];
