// Questions as busy practitioners type them (teachers, nurses, police, social workers, volunteers),
// worded apart from the entries, typos and shorthand included, each with the entry that answers it.
// Used to measure retrieval honestly: tune synonyms, fields and thresholds, never these questions.

export interface Labelled {
  q: string;
  expect: string;
  /** Another entry that answers the question just as well (used sparingly, for genuinely two-sided questions). */
  also?: string;
}

export const labelled: Labelled[] = [
  // first steps
  { q: 'year 9 girl told me an older man collects her after school and she has a new iphone, what should i do', expect: 'what-to-do-first', also: 'risk-indicators' },
  { q: 'think one of my patients has been trafficked - whats the process', expect: 'what-to-do-first' },
  { q: 'Child may be at risk from traffickers tonight, he is scared to go home', expect: 'immediate-danger' },
  { q: 'which borough do i refer to if the kid lives in Lambeth but goes to school in Southwark', expect: 'who-to-refer-to' },
  { q: 'do i need to follow up my phone referral in writing? how long have i got', expect: 'how-to-refer' },
  { q: 'its saturday night who do i ring about a child protection concern', expect: 'out-of-hours' },
  { q: 'nspcc helpline no?', expect: 'national-lines' },
  { q: 'Modern slavery helpline number please', expect: 'national-lines' },
  { q: 'the boy hasnt said anything has happened, can I still refer or do I wait for a disclosure', expect: 'no-disclosure-needed' },
  { q: 'why do they all give the same rehearsed story and refuse to say more', expect: 'why-no-disclosure' },

  // definitions
  { q: 'definition of child trafficking?', expect: 'what-is-trafficking' },
  { q: 'smuggling vs trafficking whats the difference', expect: 'trafficking-vs-smuggling' },
  { q: 'his family paid an agent to get him here, is that smuggling or trafficking', expect: 'trafficking-vs-smuggling' },
  { q: 'she is 15 and says she wanted to come and do the work, doesnt that mean she consented', expect: 'child-consent' },
  { q: 'can uk born children be victims of trafficking', expect: 'internal-trafficking' },
  { q: 'what does county lines mean', expect: 'county-lines' },
  { q: 'lad from our estate keeps getting sent to Margate to deal, is this countylines', expect: 'county-lines' },
  { q: 'is CCE the same as trafficking? and CSE?', expect: 'cse-cce' },
  { q: 'police found a 16 yo vietnamese boy tending plants in a cannabis grow, do we treat him as a suspect', expect: 'cannabis-farm' },

  // how it happens
  { q: 'how do traffickers get hold of kids in the first place', expect: 'recruitment' },
  { q: 'what kinds of exploitation are trafficked children used for', expect: 'forms-of-exploitation' },
  { q: 'are little ones trafficked for different things than teens', expect: 'exploitation-by-age' },
  { q: 'worried a pupil is being taken abroad to be married, is that trafficking', expect: 'forced-marriage' },
  { q: 'why are some children more vulnerable to being trafficked from their country', expect: 'vulnerability-factors' },
  { q: 'what routes do traffickers use to get children into london', expect: 'arrival-routes' },
  { q: 'what are the 3 stages of the trafficking process', expect: 'trafficking-phases' },
  { q: 'what is the section 55 duty', expect: 'home-office-s55' },
  { q: 'she says she will die if she talks because of a ritual, and she owes them thousands', expect: 'control-methods' },

  // impact
  { q: 'what health problems might a trafficked teenager have', expect: 'impact-physical' },
  { q: 'emotional and psychological effects of being trafficked?', expect: 'impact-psychological' },

  // identifying
  { q: 'im a volunteer at a youth club, is it my responsibilty to notice this stuff', expect: 'whose-job-to-identify' },
  { q: 'signs of trafficking in children', expect: 'risk-indicators' },
  { q: 'what are the red flags i should look for', expect: 'risk-indicators' },
  { q: 'the man who sponsors her visa has sponsored lots of other children, is that a concern', expect: 'adult-indicators' },
  { q: 'only ticked one indicator, is that enough to ring social care', expect: 'one-indicator-enough' },
  { q: 'is there a score I have to reach before referring?', expect: 'one-indicator-enough' },
  { q: 'do the indicators apply to a 6 year old', expect: 'indicators-under-ten' },
  { q: 'what is the trafficking risk matrix and where do i find it', expect: 'risk-matrix' },

  // ports, community, private fostering
  { q: 'border force have a child at heathrow with a man who isnt his dad, who do they call', expect: 'port-of-entry' },
  { q: 'how can neighbours help spot trafficked kids', expect: 'community-public' },
  { q: 'what counts as private fostering', expect: 'private-fostering' },
  { q: 'child has been staying with an aunt for 2 months, is she privately fostered?', expect: 'private-fostering' },
  { q: 'when does a private foster carer have to notify the LA', expect: 'private-fostering-notify' },
  { q: 'pupil living with family friend, I think shes being made to work - private fostering, what happens', expect: 'private-fostering-concern' },
  { q: 'a boy turned up alone at our drop in, not known to CSC, what do i do', expect: 'unaccompanied-not-known' },
  { q: 'what are childrens social care responsible for in trafficking cases', expect: 'csc-role' },

  // agencies
  { q: 'i work on reception in A&E, what should i watch for', expect: 'health-services' },
  { q: 'why does it matter if lots of different children are registered at the same address', expect: 'holiday-addresses' },
  { q: 'as a teacher what signs of trafficking should I be aware of at admissions', expect: 'schools' },
  { q: 'pupil removed from roll with no forwarding school, family gone, could she have been trafficked', expect: 'missing-from-school' },
  { q: 'role of the council asylum team?', expect: 'asylum-team' },
  { q: 'what is paladin', expect: 'police-paladin' },
  { q: 'what is the LSCP expected to do about trafficking', expect: 'lscp' },
  { q: 'any courses on trafficking for our staff?', expect: 'training' },
  { q: 'what is the refugee council childrens panel', expect: 'refugee-council-panel' },

  // referral and information gathering
  { q: 'what info will the social worker ask me for when i refer', expect: 'info-gathering' },
  { q: 'how do we check the carers immigration status', expect: 'home-office-check' },

  // NRM
  { q: 'what is the NRM', expect: 'nrm-what' },
  { q: 'can i as a teacher do the nrm referral myself', expect: 'nrm-who-refers' },
  { q: 'who counts as a first responder', expect: 'nrm-who-refers' },
  { q: 'do we need consent from the young person before making an NRM?', expect: 'nrm-consent' },
  { q: 'child doesnt want to be referred to the national referal mechanism, do i need her permision', expect: 'nrm-consent' },
  { q: 'how much proof do we need before an nrm', expect: 'nrm-threshold' },
  { q: 'where do i fill in the nrm form', expect: 'nrm-how' },
  { q: 'weve done the NRM so do we still need to do child protection', expect: 'nrm-and-child-protection' },
  { q: 'does the nrm count as our duty to notify', expect: 'duty-to-notify' },
  { q: 'what is the SCA', expect: 'sca' },
  { q: 'how long does a reasonable grounds decision take', expect: 'reasonable-grounds' },
  { q: 'when do we get the conclusive grounds decision', expect: 'conclusive-grounds' },
  { q: 'is the reflection period still 45 days', expect: 'recovery-period' },
  { q: 'does southwark have its own panel for child nrm decisions', expect: 'devolved-panels' },
  { q: 'NRM came back negative, now what', expect: 'negative-decision' },
  { q: 'no response from the competent authority for weeks after our referral', expect: 'chasing-feedback' },

  // ICTG
  { q: 'what does an ictg do', expect: 'ictg-what' },
  { q: 'ICTG phone no', expect: 'ictg-number' },
  { q: 'number for the child trafficking guardian service?', expect: 'ictg-number' },
  { q: 'how do I refer to the guardians, is london covered', expect: 'ictg-referral' },
  { q: 'difference between ictg direct worker and regional practice coordinator', expect: 'ictg-roles' },
  { q: 'do we have to send the ictg the meeting papers and how far in advance', expect: 'ictg-meetings' },
  { q: 'can we share the case file with the ictg', expect: 'ictg-information' },

  // ways forward
  { q: 'what are the options once info gathering is done', expect: 'four-ways-forward' },
  { q: 'what is the assessment meant to decide', expect: 'assessment-purpose' },
  { q: 'criteria for s.20 accommodation?', expect: 's20-accommodation' },
  { q: 'when can we get an emergency protection order', expect: 'epo-police-protection' },
  { q: 'can we close it as NFA', expect: 'no-further-action' },
  { q: 'made a referral last week, will social care let me know the outcome', expect: 'told-outcome' },
  { q: 'what should we look at when checking her passport and visa', expect: 'checking-documents' },

  // interview
  { q: 'who decides if the police do a joint interview', expect: 'interview-decision' },
  { q: 'tips for interviewing a child we think is trafficked', expect: 'interview-how' },
  { q: 'his uncle speaks english, can he translate for us', expect: 'interpreters' },
  { q: 'the child has been interviewed by police, home office and us, is that ok', expect: 'single-interview' },
  { q: 'what happens once the assessment interviews are finished', expect: 'after-interview' },
  { q: 'who prosecutes the adults for illegal entry or benefit fraud', expect: 'who-prosecutes' },

  // s.47, strategy, looked after
  { q: 'when do we start a s47', expect: 's47-when' },
  { q: 'deadline for the strat meeting after she became LAC?', expect: 'strategy-meeting-when' },
  { q: 'agenda for a strategy meeting about a trafficked child', expect: 'strategy-meeting-agenda' },
  { q: 'what timescales does working together 2023 set', expect: 'wt-timescales' },
  { q: 'how many working days until the ICPC', expect: 'wt-timescales' },
  { q: 'home office never come to our meetings, what should we expect from them', expect: 'multi-agency-meetings' },
  { q: 'what should we assess when the child first comes into care', expect: 'looked-after-assessment' },
  { q: 'foster carer noticed a car waiting outside the house every evening', expect: 'placement-safety' },
  { q: 'a man turned up saying hes her cousin and wants to take her home', expect: 'relative-claims' },
  { q: 'should we try and trace his parents back home', expect: 'contact-parents-abroad' },
  { q: 'someone phoned asking where the girl is staying, what can we say', expect: 'enquirers' },

  // support
  { q: 'what services should a trafficked child be offered', expect: 'support-services' },
  { q: 'she doesnt trust any adults, how do i get her to open up', expect: 'building-trust' },
  { q: 'can he get a solicitor for his immigration case', expect: 'legal-advice' },
  { q: 'child has gone missing from foster placement overnight', expect: 'missing-child' },
  { q: 'how fast do they usually disappear after being found', expect: 'going-missing-24h' },
  { q: 'whats the golden hour', expect: 'golden-hour' },
  { q: 'what can we do to stop him absconding from the placement', expect: 'preventing-missing' },
  { q: 'will she need to testify against them in court', expect: 'prosecution' },
  { q: 'is he going to be deported back home', expect: 'repatriation' },

  // age, unaccompanied, leads
  { q: 'he looks over 18 but says hes 16, how do we treat him', expect: 'age-uncertain' },
  { q: 'how do age assessments work', expect: 'age-assessment' },
  { q: 'how quickly should the initial assessment happen', expect: 'initial-assessment-7-days' },
  { q: 'should all UASC be treated as potential trafficking victims', expect: 'unaccompanied-potential-victim' },
  { q: 'who supports unaccompanied asylum seeking kids', expect: 'uasc' },
  { q: 'should we have a trafficking SPOC in the borough', expect: 'lead-coordinator' },
  { q: 'my concern is about a youth worker who works with the child', expect: 'lado' },
  { q: 'where can I read the full statutory guidance', expect: 'further-guidance' },
];

/** Questions the knowledge base must not pretend to answer. */
export const offTopic: string[] = [
  "what's the weather",
  'how do I book annual leave',
  'best pizza in Camden',
  'reset my password',
  'when is the office christmas party',
  'how do i claim travel expenses',
  'the printer on floor 3 is jammed',
  'who won the football last night',
  'can you recommend a good novel',
  'how do I change my email signature in outlook',
  'what is the capital of france',
  'how do I set up a team meeting in outlook',
  'where can I park my car at the civic centre',
  'what time does the canteen close',
  'tell me a joke',
];
