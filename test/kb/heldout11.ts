// Held-out set 11 (issue 11): written by helper E ("writer") on 2026-12-03, between 10:49 and
// 11:10 UTC, blind, from the seeds only: the PG47 procedure (/work/shared/seeds/004_*), the
// London SCB pilot monitoring report (001_*), and the other seeds (000_*, 002_*, 003_*).
// It was written after helper D's tuning of the retriever began and before any measurement: the
// bot was never run on these questions, and neither the entries' answers and phrasings, the fold
// and sign tables, the retriever code nor the earlier held-out sets were opened.
//
// How it was made: all questions were written first (163 in-scope, 30 off-topic). Only then was
// the list of entry ids and entry questions printed (never phrasings or answers) to label them,
// together with the ids and labels of the PG47 §10.1 indicators in src/procedure/indicators.ts.
// `expect` is the entry that answers best; `also` a second entry that answers as well. For a
// story `expect` is 'what-to-do-first' unless the story plainly matches a situation entry (a child
// gone missing, a relative at the door, a port arrival, private fostering, an age dispute...).
// `signs` are the indicators the story plainly shows (empty when it shows none of them).
//
// Dropped while labelling (no entry answers them; a coverage finding): 9 questions, on
//   - whether parents' consent is needed to refer to Children's Social Care,
//   - why the social worker asks the referrer to put the concerns in writing,
//   - Operation Innerste,
//   - the National Transfer Scheme for UASC,
//   - what to do when the police will not act on suspicions (pilot report §5.6),
//   - the 45-day reflection period being too short to get the truth (pilot report §9.5.5),
//   - cross-borough cases with a local authority that knows little of trafficking (pilot §6.1),
//   - what should be recorded, in general,
//   - what information may be shared and with whom, in general.
// No replacements were written for them (the set stays above 110 in-scope without them). To keep
// at least a third of the set story-style, 8 further stories (the last 8 in the story block,
// marked "written after the id list") were written after the id/question list had been seen;
// they were written from PG47 §10.1, not aimed at any entry, and are all labelled
// 'what-to-do-first' except one (a pupil who keeps moving school and is gone again).
//
// MEASURED ONCE (2026-12-03 11:50 UTC, retriever and content as at commit 213baaa, after helper D's
// follow-up tuning; measureFresh.ts): the honest figure for unseen questions.
//   now:             top-1 133/162 = 82.1%; with "did you mean" 138/162 = 85.2%; stories top-1 43/55 =
//                    78.2%; indicators named 51/92 = 55.4% (+12 not in the story); off-topic answered
//                    2/30 ("refer a colleague for the cycle to work scheme" -> lado, "missing parcel from
//                    amazon" -> what-to-do-first), offered buttons 1/30.
//   blind part only (without the 8 late stories): 81.8% / 85.1% / stories 76.6% / 59.2% (+11) / 2/30.
//   before issue 11 (answerBefore, same content): 71.6% / 74.1% / 47.3% / none named / 6/30.
//   The target (92% top-1, 98% with buttons, 0 off-topic answered) is NOT met.
// THEN TUNED ON (helper D2, second follow-up): development data since; see heldout-fresh.test.ts.
import type { Fresh } from './fresh.js';

export const heldout11: Fresh[] = [
  // ---- Direct and reworded questions ----
  // definitions
  { q: 'whats the diff between trafficking and smuggling', expect: 'trafficking-vs-smuggling' },
  { q: 'yp paid an agent to get him into the uk, is that smuggling or traffiking', expect: 'trafficking-vs-smuggling' },
  { q: 'does the child have to of been tricked for it to count as trafficking', expect: 'what-is-trafficking', also: 'child-consent' },
  { q: 'can a 16 yo consent to being brought here to work', expect: 'child-consent' },
  { q: 'palermo protocol definition child trafficking?', expect: 'what-is-trafficking', also: 'legislation' },
  { q: 'what types of exploitation are kids trafficked for', expect: 'forms-of-exploitation' },
  { q: 'can a british child be trafficked or is it only kids from abroad', expect: 'internal-trafficking' },
  { q: 'is county lines classed as trafficking', expect: 'county-lines', also: 'internal-trafficking' },
  // how trafficking happens, impact
  { q: 'how do traffickers get hold of kids in the first place', expect: 'recruitment' },
  { q: 'how do trafficked children actually get into the uk', expect: 'arrival-routes' },
  { q: 'what do traffickers do to kids before they travel to keep control of them', expect: 'control-methods' },
  { q: 'why would a trafficked kid not tell us anything', expect: 'why-no-disclosure' },
  { q: 'what effect does being trafficked have on a childs mental health', expect: 'impact-psychological' },
  { q: 'what makes kids in their home country vulnerable to being trafficked', expect: 'vulnerability-factors' },
  // indicators
  { q: 'signs a child has been trafficked', expect: 'risk-indicators' },
  { q: 'list the pg47 risk indicators pls', expect: 'risk-indicators' },
  { q: 'is just one indicator enough to ring csc', expect: 'one-indicator-enough' },
  { q: 'what should a&e reception staff look out for', expect: 'health-services' },
  { q: 'what should schools watch for re trafficking', expect: 'schools' },
  { q: 'what are the indicators about the adult whos sponsoring the visa', expect: 'adult-indicators' },
  { q: 'do the risk indicators work for younger kids like under 10s', expect: 'indicators-under-ten' },
  { q: 'do i have to wait for the child to disclose before reffering', expect: 'no-disclosure-needed' },
  // referral
  { q: 'who do i refer to if i think a kid has been trafficked', expect: 'who-to-refer-to', also: 'how-to-refer' },
  { q: 'child lives in one borough goes to school in another, which LA do i refer to', expect: 'who-to-refer-to' },
  { q: 'i made a verbal referral to csc, how long til the written one', expect: 'how-to-refer' },
  { q: 'what info will the duty sw want from me when i ring', expect: 'info-gathering', also: 'how-to-refer' },
  { q: 'concern at the port, which local authority gets the referral', expect: 'who-to-refer-to', also: 'port-of-entry' },
  { q: 'what happens after i refer, what does the sw do', expect: 'info-gathering', also: 'four-ways-forward' },
  { q: 'will csc tell me what theyve decided', expect: 'told-outcome' },
  // NRM
  { q: 'what is the nrm', expect: 'nrm-what' },
  { q: 'who can make an NRM referral can a school do it', expect: 'nrm-who-refers' },
  { q: 'does the yp have to agree to an nrm referral', expect: 'nrm-consent' },
  { q: 'how much evidence do i need before an nrm', expect: 'nrm-threshold' },
  { q: 'duty to notify home office what is it', expect: 'duty-to-notify' },
  { q: 'who actually decides if a child is a victim of trafficking', expect: 'sca' },
  { q: 'diff between reasonable grounds and conclusive grounds', expect: 'reasonable-grounds', also: 'conclusive-grounds' },
  { q: 'how long is the reflection period', expect: 'recovery-period' },
  { q: 'does nrm replace the child protection process', expect: 'nrm-and-child-protection' },
  { q: 'yp got a negative reasonable grounds decision do we close the case', expect: 'negative-decision' },
  { q: 'should i tell the young person im doing an nrm referral', expect: 'nrm-consent' },
  { q: 'where is the nrm form', expect: 'nrm-how' },
  { q: 'devolved decision making pilot for child nrm what is it', expect: 'devolved-panels' },
  // ICTG
  { q: 'what is an ictg', expect: 'ictg-what' },
  { q: 'number for the ictg service', expect: 'ictg-number' },
  { q: 'nrm and ictg referral at the same time or one after the other', expect: 'ictg-referral' },
  { q: 'ictg direct worker vs regional practice coordinator whats the difference', expect: 'ictg-roles' },
  { q: 'does the ictg have to be invited to strat meetings', expect: 'ictg-meetings' },
  { q: 'how many days before a meeting do the papers go to the ictg', expect: 'ictg-meetings' },
  { q: 'ictg cant make the meeting what happens', expect: 'ictg-meetings' },
  { q: 'can the ictg get the child a solicitor', expect: 'ictg-what', also: 'legal-advice' },
  { q: 'are ictgs the same as the old child trafficking advocates', expect: 'ictg-what' },
  // ways forward, documents
  { q: 'what are the 4 options after the info gathering', expect: 'four-ways-forward' },
  { q: 'when do we accommodate under s20', expect: 's20-accommodation' },
  { q: 'when would we go for an EPO', expect: 'epo-police-protection' },
  { q: 'does the manager have to sign off the decision', expect: 'four-ways-forward' },
  { q: 'can the outcome be NFA', expect: 'no-further-action' },
  { q: 'what documents should the sw check', expect: 'checking-documents' },
  { q: 'what to look for on the passport', expect: 'checking-documents' },
  { q: 'family says the passport is lost and cant find the paperwork', expect: 'checking-documents', also: 'interview-how' },
  // interviews, interpreters
  { q: 'should the child be seen on their own', expect: 'interview-how' },
  { q: 'can the uncle interpret for her he speaks english', expect: 'interpreters' },
  { q: 'does the interpretor need a dbs', expect: 'interpreters' },
  { q: 'what questions do we ask on the home visit', expect: 'interview-how' },
  { q: 'should the adults be interviewed seperately', expect: 'interview-how' },
  { q: 'who decides on a joint interview with police', expect: 'interview-decision' },
  { q: 'can we speak to her at school instead of at home', expect: 'interview-how' },
  { q: 'can i contact the yp by text', expect: 'interview-how', also: 'building-trust' },
  { q: "she's been interviewed by police, home office and us, she's fed up, can we do one interview", expect: 'single-interview' },
  // strategy meetings, s47
  { q: 'strategy meeting timescale trafficking', expect: 'strategy-meeting-when' },
  { q: 'what has the strategy meeting got to cover', expect: 'strategy-meeting-agenda' },
  { q: 'who should be at the strategy meeting', expect: 'multi-agency-meetings', also: 'strategy-meeting-agenda' },
  { q: 'ukba never come to our strategy meetings what can we do', expect: 'multi-agency-meetings' },
  { q: 'when is it a s47', expect: 's47-when' },
  { q: 'should every uasc get a s47', expect: 'unaccompanied-potential-victim', also: 's47-when' },
  // looked-after children
  { q: 'what assessment is needed when a trafficked child becomes looked after', expect: 'looked-after-assessment' },
  { q: 'someone rang the foster carer asking where the child lives what do we say', expect: 'enquirers' },
  { q: 'what should foster carers be looking out for', expect: 'placement-safety' },
  { q: 'man claiming to be her uncle wants to take her home can he', expect: 'relative-claims' },
  { q: 'do we have to contact the parents back home', expect: 'contact-parents-abroad' },
  { q: 'where do i find embassy contacts', expect: 'embassies' },
  { q: 'yp told carer something about the traffickers in placement who do we tell', expect: 'placement-safety', also: 'looked-after-assessment' },
  { q: 'why does safe accommodation matter so much', expect: 'preventing-missing', also: 'placement-safety' },
  // missing
  { q: 'trafficked child missing from care what now', expect: 'missing-child' },
  { q: 'what is the golden hour', expect: 'golden-hour' },
  { q: 'do we need a photo of the child', expect: 'preventing-missing' },
  { q: 'pupil missing from school could they be trafficked', expect: 'missing-from-school' },
  // age
  { q: 'age disputed yp do we treat as a child', expect: 'age-uncertain' },
  { q: 'who does the age assessment', expect: 'age-assessment' },
  { q: 'yp has docs that might be false to make him look older', expect: 'age-uncertain', also: 'age-assessment' },
  // private fostering
  { q: 'what is private fostering', expect: 'private-fostering' },
  { q: 'privat fostering how long to notify', expect: 'private-fostering-notify' },
  { q: 'is a cousin a close relative for private fostering', expect: 'private-fostering' },
  { q: 'what are the LA duties on private fostering', expect: 'private-fostering-concern', also: 'private-fostering' },
  // ports, immigration
  { q: 'what is the paladin team', expect: 'police-paladin' },
  { q: 'ukvi vs immigration enforcement', expect: 'home-office-s55' },
  { q: 'what is section 55', expect: 'home-office-s55' },
  { q: 'home office check on immigration status who does it', expect: 'home-office-check' },
  // support
  { q: 'what support do trafficked kids need', expect: 'support-services' },
  { q: 'refugee council childrens panel what do they do', expect: 'refugee-council-panel' },
  { q: 'who are ecpat', expect: 'ecpat' },
  { q: 'risk assessment before repatriation', expect: 'repatriation' },
  { q: 'child too scared to give evidence against the trafficker', expect: 'prosecution' },
  // agencies, leads
  { q: 'what does the LA asylum team do', expect: 'asylum-team' },
  { q: 'what does the LSCP do about trafficking', expect: 'lscp' },
  { q: 'who takes legal action for the trafficking police or us', expect: 'who-prosecutes' },
  { q: 'who deals with the benefit fraud side', expect: 'who-prosecutes' },
  { q: 'should we have a trafficking lead', expect: 'lead-coordinator' },

  // ---- Stories ----
  {
    q: 'yr10 girl at our school 15, new iphone every few weeks but never has money for lunch, older guy in a bmw picks her up after school says hes her boyfriend, shes gone really quiet in class. is this trafficking or am i overthinking',
    expect: 'what-to-do-first', story: true, signs: ['phone-no-money', 'driven-around', 'withdrawn'],
  },
  {
    q: 'gp receptionist here, woman brought in a 12yo she says is her niece, couldnt give the girls dob or next of kin, vague about the address, girl isnt registered anywhere and didnt say a word',
    expect: 'what-to-do-first', also: 'health-services', story: true, signs: ['not-with-parents', 'no-gp', 'withdrawn'],
  },
  {
    q: 'housing officer, did an inspection on a 3 bed flat, 11 mattresses, couple of teenage lads said they work at the car wash every day and hand the money to the landlord, they looked about 15',
    expect: 'what-to-do-first', also: 'housing', story: true, signs: ['hands-over-earnings'],
  },
  {
    q: 'uasc 16 from vietnam in our foster placement keeps getting calls from a withheld number and theres a car parked outside most nights, hes terrified of being deported, what do i do',
    expect: 'placement-safety', also: 'what-to-do-first', story: true, signs: ['afraid-deported'],
  },
  {
    q: '14 yo albanian boy arrived last week went missing from his placement last night, we think the people who brought him have picked him up',
    expect: 'missing-child', story: true, signs: ['missing-periods'],
  },
  {
    q: '10 yo boy begging outside tesco every day with a woman who isnt his mum, dont think hes in any school',
    expect: 'what-to-do-first', story: true, signs: ['begs', 'not-with-parents', 'no-school'],
  },
  {
    q: 'school nurse, 13yo girl told me she lives with a family friend since she came from nigeria 6 months ago, does all the cooking cleaning and childcare before school, sleeps on the floor, parents are back home',
    expect: 'what-to-do-first', also: 'private-fostering-concern', story: true, signs: ['not-with-parents'],
  },
  {
    q: 'a&e nurse, 16 yo girl in with an sti, says shes 19, older man with her answers all the questions, she has no id and he has her passport',
    expect: 'what-to-do-first', also: 'health-services', story: true, signs: ['abuse-signs', 'no-own-documents'],
  },
  {
    q: 'police found 3 boys in a cannabis factory raid, say theyre 17 but look younger, no papers, one says he owes 20k for the journey',
    expect: 'cannabis-farm', also: 'what-to-do-first', story: true, signs: ['debt', 'no-own-documents'],
  },
  {
    q: 'youth worker, lad 15 always got cash and two phones, goes missing for days, turns up in other towns, says hes working for some older boys and owes them',
    expect: 'what-to-do-first', also: 'county-lines', story: true, signs: ['missing-periods', 'debt'],
  },
  {
    q: "new pupil no previous school records, family keep changing address, woman collecting her isnt the mum on the form and the admission docs looked dodgy, girl says she doesnt know who'll be looking after her next month",
    expect: 'what-to-do-first', also: 'schools', story: true, signs: ['unexplained-moves', 'not-with-parents', 'no-responsible-adult', 'false-papers'],
  },
  {
    q: '14 yo girl arrived at stansted with a man who says hes dad, names on passport dont match, visa was arranged by a friend of his, says theyll live in croydon',
    expect: 'port-of-entry', also: 'what-to-do-first', story: true, signs: ['journey-arranged'],
  },
  {
    q: 'the same man has guaranteed visas for loads of kids that never went back, one of them is now on our roll',
    expect: 'what-to-do-first', also: 'adult-indicators', story: true, signs: ['adult-many-visas', 'adult-visitors-stayed'],
  },
  {
    q: 'licensing visit to a nail bar, girl maybe 15 working there, no english, boss says shes his cousin, she gets no pay and sleeps upstairs',
    expect: 'what-to-do-first', also: 'housing', story: true, signs: ['not-with-parents'],
  },
  {
    q: 'yp 15 says she owes the family that brought her for the flight and has to work it off, hands over all her babysitting money to them',
    expect: 'what-to-do-first', story: true, signs: ['debt', 'hands-over-earnings'],
  },
  {
    q: 'girl in yr9 told her friend a man makes her meet other men, her language has got really sexual lately and shes missing afternoons',
    expect: 'what-to-do-first', also: 'cse-cce', story: true, signs: ['sexualised', 'missing-periods'],
  },
  {
    q: 'boy 12 from ghana living with an auntie whos not actually related for 3 months, nobody notified us, he seems unhappy and they dont get on',
    expect: 'private-fostering-concern', also: 'private-fostering-notify', story: true, signs: ['not-with-parents'],
  },
  {
    q: 'kid says hes 16 the docs say 19 he looks about 14, age is disputed, what do we do in the meantime',
    expect: 'age-uncertain', also: 'age-assessment', story: true, signs: [],
  },
  {
    q: "man rang the childrens home saying hes the uncle and asked which placement she's in",
    expect: 'enquirers', also: 'relative-claims', story: true, signs: [],
  },
  {
    q: 'looked after yp told her carer the traffickers threatened her family back home if she talks',
    expect: 'placement-safety', also: 'looked-after-assessment', story: true, signs: [],
  },
  {
    q: '14 yo keeps going missing comes back with new clothes older boyfriend',
    expect: 'what-to-do-first', also: 'missing-child', story: true, signs: ['missing-periods'],
  },
  {
    q: '12yo not in school not with a gp living with adults who arent her parents',
    expect: 'what-to-do-first', story: true, signs: ['no-school', 'no-gp', 'not-with-parents'],
  },
  {
    q: 'volunteer from the mosque rang, 13 yo girl kept in the house, not allowed out, cooks for the whole family, never been to school here',
    expect: 'what-to-do-first', also: 'community-public', story: true, signs: ['limited-freedom', 'no-school'],
  },
  {
    q: 'health visitor, same flat every few months a different lot of kids registered at it, all say theyre here on holiday',
    expect: 'holiday-addresses', also: 'health-services', story: true, signs: [],
  },
  {
    q: '3 siblings joined in sept left in dec without a word, no trace of them at the home address, heard the family moved abroad',
    expect: 'missing-from-school', also: 'schools', story: true, signs: ['unexplained-moves'],
  },
  {
    q: '16 yo uasc arrived last week scared and silent, the adult who said he was his cousin has vanished, nobody will say whos responsible for him now',
    expect: 'what-to-do-first', also: 'unaccompanied-not-known', story: true, signs: ['withdrawn', 'no-responsible-adult'],
  },
  {
    q: 'yot worker, 15 yo arrested for dealing in another county says a london gang sent him there and he has to make a set amount every day',
    expect: 'what-to-do-first', also: 'county-lines', story: true, signs: ['minimum-earnings'],
  },
  {
    q: '14 yo girl brought into a&e with bruising says she fell down the stairs, adult with her isnt a parent and shes pregnant',
    expect: 'what-to-do-first', also: 'health-services', story: true, signs: ['abuse-signs', 'not-with-parents'],
  },
  {
    q: "17 yo girl at our drop in says she came for a nanny job but they took her passport, works 7 days no pay, scared theyll report her to immigration",
    expect: 'what-to-do-first', story: true, signs: ['no-own-documents', 'afraid-deported'],
  },
  {
    q: '15yo at the police station found in a car with a 40 yo man, she has false papers he gave her',
    expect: 'what-to-do-first', story: true, signs: ['false-papers', 'driven-around'],
  },
  {
    q: 'foster carer says yp is withdrawn wont talk, flashbacks and nightmares, told her juju will kill her family if she tells anyone',
    expect: 'what-to-do-first', also: 'control-methods', story: true, signs: ['withdrawn'],
  },
  {
    q: '15 yo uasc came in a lorry via dover, family paid the smugglers, now placed with us, phone keeps ringing with a number he wont answer and he wont say why',
    expect: 'what-to-do-first', also: 'placement-safety', story: true, signs: ['entered-illegally'],
  },
  {
    q: '8 yo boy comes to after school club with a different man each week none of them dad, not registered with gp, has what look like cigarette burns',
    expect: 'what-to-do-first', story: true, signs: ['not-with-parents', 'no-gp', 'abuse-signs'],
  },
  {
    q: 'girl 14 told me shes going home in summer to get married, dad arranged it, shes terrified',
    expect: 'forced-marriage', also: 'what-to-do-first', story: true, signs: [],
  },
  {
    q: 'council cleaner saw kids sleeping in the back of a restaurant kitchen, they work till late every night',
    expect: 'what-to-do-first', also: 'community-public', story: true, signs: [],
  },
  {
    q: 'placed a yp last week and her brother turned up at the placement wanting to take her out for the day',
    expect: 'relative-claims', also: 'enquirers', story: true, signs: [],
  },
  {
    q: 'pupil says she works after school in different shops for her uncle and he keeps her wages, she never has money for trips',
    expect: 'what-to-do-first', story: true, signs: ['works-various-places', 'hands-over-earnings'],
  },
  {
    q: 'yp came to the walk in centre with an adult who gave an address abroad said theyre on holiday, she has burns and is very quiet',
    expect: 'what-to-do-first', also: 'health-services', story: true, signs: ['abuse-signs', 'withdrawn'],
  },
  {
    q: '15 yo boy from eritrea no parents in the uk living with adults he met in calais, sleeping on a sofa, not in school not at a gp',
    expect: 'unaccompanied-not-known', also: 'what-to-do-first', story: true, signs: ['not-with-parents', 'no-school', 'no-gp'],
  },
  {
    q: 'btp picked up a yp at euston with a ticket someone else bought him, no credit on his phone, doesnt know where hes going, says hes 16',
    expect: 'what-to-do-first', story: true, signs: ['journey-arranged', 'no-responsible-adult'],
  },
  {
    q: 'girl always has a new phone never any money older bloke drives her',
    expect: 'what-to-do-first', story: true, signs: ['phone-no-money', 'driven-around'],
  },
  {
    q: 'girl scared of deportation, wont give her name or how she got here, got nothing, adults picked her up from school yesterday and she hasnt been back',
    expect: 'missing-child', also: 'what-to-do-first', story: true, signs: ['afraid-deported', 'withdrawn', 'missing-periods'],
  },
  {
    q: '16 yo in supported accom got a negative reasonable grounds but we still think the man she calls her boyfriend who drives her to parties is exploiting her',
    expect: 'negative-decision', also: 'what-to-do-first', story: true, signs: ['driven-around'],
  },
  {
    q: 'yp has lived at 5 addresses in 2 years in different cities and nobody can explain the gaps',
    expect: 'what-to-do-first', story: true, signs: ['unexplained-moves'],
  },
  {
    q: 'boy about 13 working in a cafe kitchen every day from 6am, lives above the shop, owner has his passport',
    expect: 'what-to-do-first', story: true, signs: ['no-own-documents'],
  },
  {
    q: 'port worker, child arrived alone at heathrow, claimed asylum, says someone is coming to meet him but doesnt know who',
    expect: 'port-of-entry', also: 'what-to-do-first', story: true, signs: ['no-responsible-adult'],
  },
  {
    q: "mum rang saying her 15 yo's new boyfriend is 28 and buys her stuff, shes out all night",
    expect: 'what-to-do-first', also: 'cse-cce', story: true, signs: [],
  },
  // written after the id list (see the header): 8 stories from PG47 §10.1, to keep a third story-style
  {
    q: 'girl about 11 selling tissues at the station most days, her mums "friend" waits across the road and takes the cash off her, no coat in this weather',
    expect: 'what-to-do-first', story: true, signs: ['begs', 'hands-over-earnings', 'not-with-parents'],
  },
  {
    q: 'sw here 15 yo boy came in the back of a van no passport, says the men who brought him told him hes got to earn 50 quid a day or they hurt his mum',
    expect: 'what-to-do-first', story: true, signs: ['entered-illegally', 'minimum-earnings', 'no-own-documents'],
  },
  {
    q: 'yr 11 girl never allowed anywhere after school, her aunt walks her to and from the gate and takes her phone off her, not registered with a doctor',
    expect: 'what-to-do-first', story: true, signs: ['limited-freedom', 'no-gp', 'not-with-parents'],
  },
  {
    q: 'dental nurse, 9 yo boy came in with a man who couldnt give his dob and says hes not the dad, boy looked scared, never seen a dentist or a gp',
    expect: 'what-to-do-first', story: true, signs: ['not-with-parents', 'no-gp'],
  },
  {
    q: 'learning mentor - yr8 boy sells stuff for older lads on different estates every night, always broke but got a nice phone, keeps saying hell get deported if he talks',
    expect: 'what-to-do-first', story: true, signs: ['works-various-places', 'phone-no-money', 'afraid-deported'],
  },
  {
    q: 'vietnamese girl 15 found in a nail bar in a police raid cant say who looks after her no papers says a man arranged the trip',
    expect: 'what-to-do-first', story: true, signs: ['no-responsible-adult', 'no-own-documents', 'journey-arranged'],
  },
  {
    q: 'hi um, 13 yo at my school keeps disappearing for a few days at a time and when shes back she talks about adult sexual stuff, i think shes got an sti',
    expect: 'what-to-do-first', story: true, signs: ['missing-periods', 'sexualised', 'abuse-signs'],
  },
  {
    q: 'kid in my class been at 3 other schools in a year, mum says they move for work, now hes off again and the house is empty',
    expect: 'missing-from-school', also: 'what-to-do-first', story: true, signs: ['unexplained-moves'],
  },
];

// Everyday questions a council, NHS or school worker might type into a work chat bot. None of
// them is about child protection; a few share words with the procedure (refer, missing, meeting,
// school, leave).
export const heldout11OffTopic: string[] = [
  'whats the weather like tomorrow in lewisham',
  'is it gonna rain sat',
  'quickest way from stratford to heathrow',
  'are the trains running to gatwick today',
  'outlook keeps crashing how do i fix it',
  'forgot my laptop password how do i reset',
  'teams wont let me share my screen',
  'how do i book annual leave',
  'when do we get paid this month',
  'my payslip is wrong who do i speak to',
  'how do i refer a colleague for the cycle to work scheme',
  'when is my green bin collected',
  'how do i pay council tax online',
  'how do i get a residents parking permit',
  'missing parcel from amazon what do i do',
  'where is the meeting room for the team meeting',
  'can you help me write an email to my manager asking for flexible working',
  'whats good for lunch near the civic centre',
  'hi how r u',
  'tell me a joke',
  'how many days off sick before i need a fit note',
  'how do i claim mileage',
  'the printer on 2nd floor is jammed again',
  'how do i report a pothole',
  'whats the guest wifi password',
  'how do i book a desk for tomorrow',
  'deadline for secondary school applications',
  'how do i apply for a blue badge for my mum',
  'can i carry over leave into next year',
  'lost my id badge who do i tell',
];
