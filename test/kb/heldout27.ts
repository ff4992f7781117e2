/*
 * heldout27.ts - BLIND held-out practitioner question set for the PG47 knowledge base.
 * Written by a blind question-writer helper session, started Tue Dec  8 04:06:49 UTC 2026.
 * Read only: /work/shared/seeds/000..004 (all five), /work/shared/docs/product.md,
 *   /tmp/blind27/labels.txt (entry ids and indicator ids, for labelling only),
 *   /tmp/blind27/fresh.ts (the Fresh type). No bot code, content, tests or other held-out sets.
 * Counts: in-scope 401, stories 146 (76 first-steps, 70 situation), direct/reworded 255, off-topic 40, dropped 9
 * Coverage findings (plausible practitioner questions dropped: no entry in labels.txt clearly answers them):
 *  1. "We're about to move an unaccompanied child under the National Transfer Scheme - does that change anything if we think they're trafficked?" (PG47 Appendix 3, National Transfer Scheme Protocol)
 *  2. "Should I tell the child's carers that I'm making a referral, or could that tip off the traffickers?" (PG47 §13.3, effect of any action on the outcome of an investigation)
 *  3. "Who arranges and pays for a DBS-checked interpreter, and can it be a phone interpreter?" (PG47 §13.3, §13.4, §16.1)
 *  4. "What does a council Modern Slavery SPOC or Modern Slavery Champion do, and how do I find ours?" (Southwark scrutiny session, 003)
 *  5. "How do we set up a child exploitation subgroup or a modern slavery task and finish group?" (Southwark scrutiny, 003; monitoring report §10.2 rec 11)
 *  6. "How does the risk matrix link to the CAF and the Framework for the Assessment of Children in Need?" (Evidence to Parliament 2010, 000)
 *  7. "What is the Harrow 'Guidance on good practice for trafficked children' and where can I get it?" (monitoring report §7.1-7.2)
 *  8. "Should the competent authority be invited to our strategy meeting or case conference after an NRM referral?" (monitoring report §10.1 recs 8-10)
 *  9. "Is there a virtual support group of experienced boroughs we can ask about using the toolkit?" (monitoring report §10.3 rec 16)
 *
 * MEASURED ONCE (2026-12-08 04:43 UTC, at 8a7aefe, by the lead; after round 17, which learned from set 26, and after
 * the word vectors joined (cc53ff6); no one tuning had read this set; NOT learned from: the honest measure as the
 * session ends):
 *   now:  top-1 350/401 = 87.3%; with "did you mean" 359/401 = 89.5%; stories top-1 125/146 = 85.6%;
 *         indicators named 113/151 = 74.8% (+37 not in the story); off-topic answered 1/40 ("how do I exploit pivot
 *         tables properly in excel" -> statistics), offered buttons 7/40.
 *   without the word vectors (scripts/kb-embeddings.ts 27): 86.8% / 88.3% / off 1 of 40.
 *   the entries' own index alone (no examples.yaml): 82.0% / 84.0% / 80.1% / 74.8% / 1 of 40.
 *   before issue 11 (answerBefore): 64.3% / 69.3% / 34.2% / none named / 5 of 40 answered.
 *   Issue 11's target (92% top-1, 98% with buttons, 0 off-topic answered): NOT met.
 * LEARNED FROM in round 18 (examples.yaml; its misses studied): its figures since are training figures, not measures;
 *   the once-measured figures above (at 8a7aefe, before it was learned) remain the honest measure.
 */
import type { Fresh } from './fresh.js';

export const heldout27: Fresh[] = [
  // ---- direct / reworded questions ----
  // what-to-do-first
  { q: "im worried a kid in my class might of been trafficked, whats the first thing i actually do", expect: "what-to-do-first" },
  { q: "Suspected child trafficking - what are the steps, in order?", expect: "what-to-do-first" },
  { q: "what do you do when you have a gut feeling a child is being exploited by the people she lives with", expect: "what-to-do-first" },
  // immediate-danger
  { q: "child at risk right now and the traffickers are outside, who do i ring", expect: "immediate-danger" },
  { q: "if the yp is in danger this minute do i still go through the mash", expect: "immediate-danger" },
  // who-to-refer-to
  { q: "which borough do i refer to, the yp goes to school in lambeth but lives in southwark", expect: "who-to-refer-to" },
  { q: "Immigration officer at Luton here - the child says she will be staying at an address in Croydon. Which council's children's social care gets the referral?", expect: "who-to-refer-to", also: "port-of-entry" },
  // how-to-refer
  { q: "after ringing the front door do I need to send something in writing, and by when", expect: "how-to-refer" },
  { q: "is a verbal referral enough or do i have to follow it up in writing within 48 hrs", expect: "how-to-refer" },
  // out-of-hours
  { q: "its 11pm on a saturday, who do i contact about a child trafficking concern", expect: "out-of-hours" },
  { q: "edt number for a trafficking concern overnight?", expect: "out-of-hours" },
  // national-lines
  { q: "modern slavery helpline number", expect: "national-lines" },
  { q: "nspcc helpline number please", expect: "national-lines" },
  // no-disclosure-needed
  { q: "the boy hasn't told me anything himself, do I still refer?", expect: "no-disclosure-needed" },
  { q: "do i need proof or a disclosure before phoning social care", expect: "no-disclosure-needed" },
  // why-no-disclosure
  { q: "why do trafficked kids stick to the same rehearsed story", expect: "why-no-disclosure" },
  { q: "he keeps saying hes fine and his uncle is good to him, why would a victim deny it", expect: "why-no-disclosure" },
  // what-is-trafficking
  { q: "definition of child trafficking?", expect: "what-is-trafficking" },
  { q: "what does the palermo protocol say counts as trafficking a child", expect: "what-is-trafficking" },
  // who-is-a-child
  { q: "does PG47 cover a 17 yr old?", expect: "who-is-a-child" },
  // trafficking-vs-smuggling
  { q: "trafficking vs smuggling, whats the difference", expect: "trafficking-vs-smuggling" },
  { q: "she paid an agent to get her into the uk and the agent has gone - smuggled or trafficked?", expect: "trafficking-vs-smuggling" },
  // child-consent
  { q: "he says he agreed to come and work here, does that mean it isn't trafficking?", expect: "child-consent" },
  { q: "the girl's parents agreed to send her over here to work, is it still trafficking if she went along with it", expect: "child-consent" },
  // internal-trafficking
  { q: "can british kids be trafficked, or is it only foreign nationals", expect: "internal-trafficking" },
  { q: "a girl from croydon is taken to hotels in other cities for sex, is that trafficking when she never left the UK", expect: "internal-trafficking", also: "cse-cce" },
  // county-lines
  { q: "why do people call going country drug running a form of trafficking", expect: "county-lines" },
  // cse-cce
  { q: "whats the difference between CSE and CCE", expect: "cse-cce" },
  { q: "is child criminal exploitation the same as trafficking or separate", expect: "cse-cce" },
  // cannabis-farm
  { q: "are kids found in cannabis factories victims or criminals", expect: "cannabis-farm" },
  { q: "the vietnamese 'gardener' arrested at the grow house is 15, should he be treated as a suspect", expect: "cannabis-farm" },
  // recruitment
  { q: "how are children recruited by traffickers", expect: "recruitment" },
  { q: "do traffickers trick families by promising the child an education or a good job", expect: "recruitment" },
  // forms-of-exploitation
  { q: "can children be trafficked for benefit fraud or organ harvesting", expect: "forms-of-exploitation" },
  { q: "domestic servitude, pickpocketing, credit card fraud - are those all kinds of child trafficking?", expect: "forms-of-exploitation" },
  // exploitation-by-age
  { q: "are little kids used for different things than teenagers", expect: "exploitation-by-age" },
  // forced-marriage
  { q: "is forced marriage trafficking", expect: "forced-marriage" },
  { q: "how many forced marriage cases were there and how many involved boys", expect: "forced-marriage" },
  // vulnerability-factors
  { q: "role of poverty, caste, conflict and discrimination in child trafficking", expect: "vulnerability-factors" },
  // arrival-routes
  { q: "are accompanied children trafficked too or just unaccompanied ones", expect: "arrival-routes" },
  { q: "why are traffickers moving to smaller airports like stansted and luton", expect: "arrival-routes" },
  // trafficking-phases
  { q: "what are the three phases of trafficking", expect: "trafficking-phases" },
  // home-office-s55
  { q: "section 55 borders citizenship and immigration act 2009 duty?", expect: "home-office-s55" },
  { q: "UKVI vs Immigration Enforcement, which part of the home office does what", expect: "home-office-s55" },
  // control-methods
  { q: "how do traffickers control children - juju, debt, threats?", expect: "control-methods" },
  { q: "what is the voodoo oath thing and why are the girls so scared of it", expect: "control-methods" },
  // impact-physical
  { q: "trafficked child health problems - STIs, drug dependency, skin disease?", expect: "impact-physical" },
  // impact-psychological
  { q: "nightmares, flashbacks, aggression in a trafficked yp - is that expected", expect: "impact-psychological" },
  { q: "why would a trafficked girl be afraid to go home even once shes safe", expect: "impact-psychological" },
  // whose-job-to-identify
  { q: "is spotting trafficking my job as a receptionist or is that for social services", expect: "whose-job-to-identify" },
  // risk-indicators
  { q: "list of trafficking indicators pg47 10.1", expect: "risk-indicators" },
  { q: "red flags for child trafficking?", expect: "risk-indicators" },
  { q: "what behaviours or circumstances might show a child is still under the control of traffickers", expect: "risk-indicators" },
  // adult-indicators
  { q: "what about the adult - a sponsor who has guaranteed lots of visas, is that a warning sign", expect: "adult-indicators" },
  // one-indicator-enough
  { q: "how many red flags before i call csc", expect: "one-indicator-enough" },
  { q: "is there a score on the matrix i need to reach before referring", expect: "one-indicator-enough" },
  // indicators-under-ten
  { q: "does the risk matrix work for a 6 yr old", expect: "indicators-under-ten" },
  // risk-matrix
  { q: "which tool did the pilot boroughs rate most useful", expect: "risk-matrix" },
  { q: "where do I find the trafficking risk matrix and who is meant to use it", expect: "risk-matrix" },
  // port-of-entry
  { q: "what should border force do when they have concerns about a child at heathrow", expect: "port-of-entry" },
  // community-public
  { q: "role of faith groups and community organisations in spotting trafficking", expect: "community-public" },
  // private-fostering
  { q: "does 28 days staying with a family friend count as private fostering", expect: "private-fostering" },
  { q: "is a child living with her aunt privately fostered", expect: "private-fostering" },
  // private-fostering-notify
  { q: "who has to notify the LA about a private fostering arrangement and what's the deadline", expect: "private-fostering-notify" },
  { q: "private fostering notification 48 hours?", expect: "private-fostering-notify" },
  // private-fostering-concern
  { q: "concerns a privately fostered child is being exploited - what can CSC do under their private fostering duties?", expect: "private-fostering-concern" },
  // unaccompanied-not-known
  { q: "an unaccompanied kid who isnt known to social services came to our drop in, what now", expect: "unaccompanied-not-known" },
  // csc-role
  { q: "what are children's social care's duties for unaccompanied children and migrant families", expect: "csc-role" },
  // health-services
  { q: "what should A&E reception look out for with trafficking", expect: "health-services" },
  { q: "health visitor here - any specific trafficking things i should notice on home visits", expect: "health-services" },
  // holiday-addresses
  { q: "lots of different kids registered at the same local address over a few months, why does that matter", expect: "holiday-addresses" },
  // schools
  { q: "pupils who register for a term and then deregister - why is that a concern", expect: "schools" },
  { q: "we're a school near dover, is there a pattern we should be alert to", expect: "schools" },
  // missing-from-school
  { q: "child missing from education - could it be trafficking, what should the school do?", expect: "missing-from-school" },
  // asylum-team
  { q: "does the asylum team pick up trafficking cases or is it the cp team", expect: "asylum-team" },
  // police-paladin
  { q: "what is paladin", expect: "police-paladin" },
  // lscp
  { q: "what is the lscp supposed to do about trafficking", expect: "lscp" },
  { q: "our partnership has a removal centre in the borough, what should we be doing", expect: "lscp", also: "detention-centres" },
  // training
  { q: "is there multi agency child trafficking training for frontline staff", expect: "training" },
  { q: "our duty team have had no trafficking training, who provides it", expect: "training" },
  // refugee-council-panel
  { q: "can a refugee council adviser come with the child to their asylum interview", expect: "refugee-council-panel" },
  // info-gathering
  { q: "what info will the social worker want from me when i refer", expect: "info-gathering" },
  { q: "school referral - will they want the admission documents we hold?", expect: "info-gathering" },
  // home-office-check
  { q: "how do we check the immigration status of a child and the adults caring for them", expect: "home-office-check" },
  // nrm-what
  { q: "what is the nrm", expect: "nrm-what" },
  { q: "what does going into the nrm actually give the child", expect: "nrm-what" },
  // nrm-who-refers
  { q: "can a teacher submit an nrm referral or does it have to be a first responder", expect: "nrm-who-refers" },
  { q: "Im a youth worker at a small charity, are we allowed to refer into the NRM ourselves?", expect: "nrm-who-refers" },
  // nrm-consent
  { q: "consent for nrm under 18?", expect: "nrm-consent" },
  { q: "the young person doesn't want to go into the nrm, can we refer anyway", expect: "nrm-consent" },
  { q: "do we tell the child we're making an nrm referral", expect: "nrm-consent" },
  // nrm-threshold
  { q: "how sure do i need to be before submitting an nrm", expect: "nrm-threshold" },
  { q: "we only have suspicions, not evidence. can the nrm still go in?", expect: "nrm-threshold" },
  // nrm-how
  { q: "where is the nrm digital referral form", expect: "nrm-how" },
  { q: "report modern slavery online form link", expect: "nrm-how" },
  // nrm-and-child-protection
  { q: "does the nrm replace child protection", expect: "nrm-and-child-protection" },
  { q: "we've done the nrm, do we still need a strategy meeting and s47?", expect: "nrm-and-child-protection" },
  // duty-to-notify
  { q: "do i need a separate duty to notify form as well as the nrm", expect: "duty-to-notify" },
  { q: "can we notify the home office anonymously about a 15 year old", expect: "duty-to-notify" },
  // sca
  { q: "who actually decides nrm cases", expect: "sca" },
  // reasonable-grounds
  { q: "rg decision timescale", expect: "reasonable-grounds" },
  { q: "nrm timescale?", expect: "reasonable-grounds" },
  // conclusive-grounds
  { q: "cg decision how long after rg", expect: "conclusive-grounds" },
  // recovery-period
  { q: "how long is the recovery period now, is it still 45 days?", expect: "recovery-period" },
  { q: "nrm recovery period 30 days?", expect: "recovery-period" },
  // devolved-panels
  { q: "southwark and bexley run their own nrm panel for children?", expect: "devolved-panels" },
  // negative-decision
  { q: "negative reasonable grounds decision - does child protection work stop?", expect: "negative-decision" },
  { q: "csc thinks she was trafficked but the nrm said negative, what now", expect: "negative-decision" },
  // decision-makers-ignore-la
  { q: "home office ignored our LA evidence and relied on the asylum interview, what can we do", expect: "decision-makers-ignore-la" },
  // chasing-feedback
  { q: "no response from the home office on our nrm referral for weeks", expect: "chasing-feedback" },
  // nrm-new-information
  { q: "child disclosed much more after the nrm was submitted, can we add it", expect: "nrm-new-information" },
  // nrm-pre-referral
  { q: "should we speak to the competent authority before submitting", expect: "nrm-pre-referral" },
  // ictg-what
  { q: "what is an ictg", expect: "ictg-what" },
  { q: "are ictgs the same as the old independent child trafficking advocates", expect: "ictg-what" },
  // ictg-number
  { q: "barnardos ictg 24/7 assessment line", expect: "ictg-number" },
  { q: "number to ring for advice on referring to the guardian service", expect: "ictg-number" },
  // ictg-referral
  { q: "how do i refer to ictg and is it at the same time as the nrm", expect: "ictg-referral" },
  { q: "is london an ictg area", expect: "ictg-referral" },
  // ictg-roles
  { q: "the child lives with his mum, will he get an ICTG direct worker or an RPC", expect: "ictg-roles" },
  // ictg-meetings
  { q: "do we have to invite the ictg to the strategy meeting", expect: "ictg-meetings" },
  { q: "ictg cant make the meeting - what happens", expect: "ictg-meetings" },
  { q: "deadline for sending meeting notes to the ictg?", expect: "ictg-meetings" },
  // ictg-information
  { q: "will the ictg share what the child tells them with us", expect: "ictg-information" },
  // four-ways-forward
  { q: "manager and sw deciding next steps after info gathering - what are the choices?", expect: "four-ways-forward" },
  { q: "13.3 a to d?", expect: "four-ways-forward" },
  // assessment-purpose
  { q: "what is the assessment meant to establish about the parents' arrangements", expect: "assessment-purpose" },
  // s20-accommodation
  { q: "criteria for section 20 for an unaccompanied trafficked kid", expect: "s20-accommodation" },
  // epo-police-protection
  { q: "police powers of protection - when?", expect: "epo-police-protection" },
  // no-further-action
  { q: "can csc just close a trafficking referral with no action", expect: "no-further-action" },
  // told-outcome
  { q: "referrer feedback - do they have to tell me which plan is in place", expect: "told-outcome" },
  // checking-documents
  { q: "which documents do we check - birth cert, home office papers, proof of guardianship?", expect: "checking-documents" },
  { q: "carer says 'the passport is missing', is that acceptable", expect: "checking-documents" },
  // interview-decision
  { q: "joint interview with CAIT or immigration - whose call", expect: "interview-decision" },
  // interview-how
  { q: "should the child be seen alone, and what questions do we ask", expect: "interview-how" },
  { q: "interviewing the adults in the household, separately or together?", expect: "interview-how" },
  // interpreters
  { q: "can the uncle interpret for her", expect: "interpreters" },
  { q: "is it ok to use the childs cousin to translate in the visit", expect: "interpreters" },
  // single-interview
  { q: "should police, home office and social care each interview the child separately", expect: "single-interview" },
  // after-interview
  { q: "can we take action straight after the assessment or is there a meeting first", expect: "after-interview" },
  // who-prosecutes
  { q: "who deals with benefit fraud in trafficking cases", expect: "who-prosecutes" },
  // s47-when
  { q: "when does a trafficking concern need a section 47", expect: "s47-when" },
  { q: "should all uasc get a s47", expect: "s47-when", also: "unaccompanied-potential-victim" },
  // strategy-meeting-when
  { q: "child became looked after yesterday, when does the strat meeting have to happen", expect: "strategy-meeting-when" },
  { q: "2 working days for the strategy meeting - from when exactly?", expect: "strategy-meeting-when" },
  // strategy-meeting-agenda
  { q: "what does the strategy meeting have to cover", expect: "strategy-meeting-agenda" },
  { q: "do we consider a video interview at the strategy meeting", expect: "strategy-meeting-agenda" },
  // wt-timescales
  { q: "how long do we have for an assessment - 45 working days?", expect: "wt-timescales" },
  { q: "icpc within 15 days of the strat?", expect: "wt-timescales" },
  // multi-agency-meetings
  { q: "home office can't attend the strategy meeting, what should they do", expect: "multi-agency-meetings" },
  { q: "police keep not turning up to our trafficking meetings at short notice", expect: "multi-agency-meetings" },
  // looked-after-assessment
  { q: "sw and residential worker assessment of a newly looked after trafficked yp - what does it include", expect: "looked-after-assessment" },
  // placement-safety
  { q: "what should foster carers watch for when a trafficked child is placed with them", expect: "placement-safety" },
  // relative-claims
  { q: "a man turned up saying he's her uncle, can she go with him", expect: "relative-claims" },
  { q: "who signs off a child moving to a friend of the family who came forward", expect: "relative-claims" },
  // contact-parents-abroad
  { q: "how do we verify that the people abroad really are her parents", expect: "contact-parents-abroad" },
  // enquirers
  { q: "what are we allowed to tell people asking about a looked after trafficked child", expect: "enquirers" },
  // support-services
  { q: "camhs, counselling and education for trafficked children - what should be in place", expect: "support-services" },
  { q: "does a trafficked yp need a safe house", expect: "support-services" },
  // building-trust
  { q: "tips for getting a trafficked child to talk, would texting work better?", expect: "building-trust" },
  // legal-advice
  { q: "where can a trafficked child get immigration legal advice", expect: "legal-advice" },
  { q: "can the guardian service instruct a lawyer for the child", expect: "legal-advice", also: "ictg-what" },
  // missing-child
  { q: "return interview after missing, how soon", expect: "missing-child" },
  { q: "our nrm child didnt come back from college, steps?", expect: "missing-child" },
  // going-missing-24h
  { q: "is it true a lot of them go missing within a day of being found", expect: "going-missing-24h" },
  // golden-hour
  { q: "golden hour checklist", expect: "golden-hour" },
  { q: "why is the first hour after identification so important", expect: "golden-hour" },
  // what-counts-as-missing
  { q: "is a yp not back by 10pm classed as missing", expect: "what-counts-as-missing" },
  // preventing-missing
  { q: "how do we stop them running back to the traffickers", expect: "preventing-missing" },
  { q: "should we take a photo of the child straight away in case they go missing", expect: "preventing-missing", also: "golden-hour" },
  // prosecution
  { q: "why are trafficked children reluctant to give evidence", expect: "prosecution" },
  // repatriation
  { q: "can she be sent home", expect: "repatriation" },
  // age-uncertain
  { q: "we don't know if he's 17 or 19, what do we do in the meantime", expect: "age-uncertain" },
  { q: "benefit of the doubt on age?", expect: "age-uncertain" },
  // age-assessment
  { q: "basw age assessment guidance?", expect: "age-assessment" },
  { q: "should every trafficked yp have an age assessment", expect: "age-assessment" },
  // initial-assessment-7-days
  { q: "should trafficking questions go into the initial assessment done within 7 days", expect: "initial-assessment-7-days" },
  // unaccompanied-potential-victim
  { q: "are all separated children possible trafficking victims until shown otherwise", expect: "unaccompanied-potential-victim" },
  // uasc
  { q: "which team looks after unaccompanied asylum seeking kids in the council", expect: "uasc" },
  // lead-coordinator
  { q: "our case keeps changing social worker and things slip, what does the report recommend", expect: "lead-coordinator" },
  { q: "child trafficking coordinator role - worth it?", expect: "lead-coordinator" },
  // lado
  { q: "concern about a volunteer at our club who may be trafficking kids - who do i tell", expect: "lado" },
  // further-guidance
  { q: "where is the statutory guidance modern slavery how to identify and support victims", expect: "further-guidance" },
  { q: "care of unaccompanied migrant children statutory guidance 2017 - where?", expect: "further-guidance" },
  // trafficking-assessment
  { q: "trafficking assessment is too long and repetitive, can we just use parts", expect: "trafficking-assessment" },
  { q: "can we use the matrix instead of the full trafficking assessment", expect: "trafficking-assessment" },
  // nruc
  { q: "is the national register for unaccompanied children still running", expect: "nruc" },
  // embassies
  { q: "appendix 2 consulates list?", expect: "embassies" },
  // later-suspicion
  { q: "what if we only start to suspect trafficking long after the child came into care", expect: "later-suspicion" },
  // detention-centres
  { q: "who safeguards kids in immigration removal centres", expect: "detention-centres" },
  // legislation
  { q: "modern slavery act 2015 and the uncrc - how do they apply", expect: "legislation" },
  { q: "council of europe trafficking convention - is the uk bound by it", expect: "legislation" },
  // statistics
  { q: "what proportion of nrm referrals are children", expect: "statistics" },
  { q: "what percentage of trafficked children in care go missing", expect: "statistics" },
  // housing
  { q: "overcrowded hmo with children - trafficking signs for housing staff?", expect: "housing" },
  // ecpat
  { q: "every child protected against trafficking charity - what do they offer", expect: "ecpat" },
  // operation-innerste
  { q: "unaccompanied child found inland by police - innerste process?", expect: "operation-innerste" },
  // hague-convention
  { q: "cross border child protection case with another country - which guidance", expect: "hague-convention" },
  // funding-placements
  { q: "uasc leaving care funding instructions?", expect: "funding-placements", also: "further-guidance" },
  // ics-recording
  { q: "our case recording system doesn't have a trafficking form, how do we record it", expect: "ics-recording" },
  // trafficking-profiles
  { q: "ceop threat assessment on child trafficking", expect: "trafficking-profiles" },
  // leave-to-remain-nrm
  { q: "whats the point of the nrm when the uasc has leave until 17 and a half anyway", expect: "leave-to-remain-nrm" },
  // licensing-venues
  { q: "nail bars and car washes, what should regulatory services look for", expect: "licensing-venues", also: "housing" },
  // major-events
  { q: "does trafficking go up around big sporting events", expect: "major-events" },
  // young-adult-victim
  { q: "care leaver who was trafficked - what support after 18", expect: "young-adult-victim" },
  // cross-boundary
  { q: "other LA has no trafficking expertise, how do we manage a cross border case", expect: "cross-boundary" },
  // child-information-languages
  { q: "is there something in albanian or vietnamese explaining support for victims", expect: "child-information-languages" },
  // pause-assessment
  { q: "who decides to halt the trafficking assessment when the yp breaks down", expect: "pause-assessment" },
  // glaa
  { q: "gangmasters labour abuse authority - relevant to kids?", expect: "glaa" },
  // newcomers-drop-in
  { q: "is there somewhere new arrivals can meet young people from their own community", expect: "newcomers-drop-in" },
  // health-professional-guidance
  { q: "rcpch guidance for paediatricians on refugee children", expect: "health-professional-guidance" },
  // adult-victim
  { q: "the parent looks like a trafficking victim as well - adult safeguarding?", expect: "adult-victim" },
  // nca-ukhtc
  { q: "what does the NCA do for trafficking", expect: "nca-ukhtc" },
  // what-to-record
  { q: "what do i write down", expect: "what-to-record" },
  { q: "does the supervision discussion about next steps need to be recorded and signed off", expect: "what-to-record" },
  // information-sharing
  { q: "gdpr - can we share with police about a possibly trafficked child", expect: "information-sharing" },
  { q: "info sharing protocol with the home office?", expect: "information-sharing" },
  // police-not-acting
  { q: "police say domestic servitude isnt a crime they can pursue, what now", expect: "police-not-acting" },
  // reflection-period-too-short
  { q: "the child is still telling the traffickers' story, is the reflection period really enough time", expect: "reflection-period-too-short" },
  // longer, formal, two-part and varied phrasing
  { q: "Dear colleagues, I am the designated safeguarding lead at a secondary academy. We have a Year 10 student whose attendance has collapsed and whom we believe may be exploited. Could you confirm whether we are expected to make the NRM referral ourselves or whether that falls to the local authority?", expect: "nrm-who-refers" },
  { q: "Good afternoon. As a newly qualified social worker I would be grateful for clarification on the statutory timescale for convening a strategy meeting once an unaccompanied child becomes looked after, and who must attend.", expect: "strategy-meeting-when", also: "multi-agency-meetings" },
  { q: "Hello, I manage a GP practice. When a family registers giving an overseas home address, what exactly should my reception team write down and why?", expect: "holiday-addresses" },
  { q: "two questions: do I need the child's consent for the NRM, and do I also need to do a duty to notify?", expect: "nrm-consent", also: "duty-to-notify" },
  { q: "ok so nrm and ictg - which one first or both together", expect: "ictg-referral" },
  { q: "tired sw here, 3am, what is the actual difference between rg and cg", expect: "conclusive-grounds", also: "reasonable-grounds" },
  { q: "pls remind me the 4 ways forward and which one triggers the strat meeting", expect: "four-ways-forward" },
  { q: "what do you do when the carers keep saying they cant find the paperwork", expect: "checking-documents" },
  { q: "Please can I have a summary of what Children's Social Care must do once they accept a trafficking referral?", expect: "info-gathering" },
  { q: "hello, english not my first language. the child she is 17, she is child still for you?", expect: "who-is-a-child" },
  { q: "sorry my english. i must ask child permission before send him to nrm?", expect: "nrm-consent" },
  { q: "please what is mean 'first responder'?", expect: "nrm-who-refers" },
  { q: "in my country we don't have this, what is social care duty to children who come alone?", expect: "csc-role" },
  { q: "whats the number for the guardians again, the barnardos one", expect: "ictg-number" },
  { q: "quick one - how many working days notice for ictg papers", expect: "ictg-meetings" },
  { q: "do i have to tell the referrer what we decided?", expect: "told-outcome" },
  { q: "the child is 9 and nothing on the checklist really fits, does that mean she's fine?", expect: "indicators-under-ten" },
  { q: "mash manager asking: is a single tick on the indicator list grounds for a referral to us", expect: "one-indicator-enough" },
  { q: "Could you explain, for a briefing to councillors, how children end up being trafficked into London in the first place?", expect: "arrival-routes", also: "recruitment" },
  { q: "does the sca still have to decide within 5 working days", expect: "reasonable-grounds" },
  { q: "nrm outcome hasn't come and its been 2 months, who do we escalate to", expect: "chasing-feedback" },
  { q: "are children who sell drugs in another town victims of trafficking?", expect: "county-lines" },
  { q: "what's a csc s20 vs an epo in simple words", expect: "s20-accommodation", also: "epo-police-protection" },
  { q: "can we move him 100 miles away to a specialist placement, who pays", expect: "funding-placements" },
  { q: "how do i make sure the traffickers dont find out which foster home she is in", expect: "placement-safety" },
  { q: "wat do i do if i think a child is being sold for work", expect: "what-to-do-first" },
  { q: "can an 'auntie' who isnt actually related look after a kid for months without telling anyone", expect: "private-fostering-notify" },
  { q: "our borough has no single person tracking trafficking cases from identification to nrm, should it?", expect: "lead-coordinator" },
  { q: "duty manager: yp just identified as a potential victim, what safeguards go in during the first hour", expect: "golden-hour" },
  { q: "would a kid made to do pickpocketing for a gang count as trafficked", expect: "forms-of-exploitation" },
  { q: "the boy gives a different story to every agency, are all these interviews making it worse?", expect: "single-interview" },
  { q: "uasc at risk placed in a shared house with no carer - is that ok given the risk of him going missing", expect: "preventing-missing" },
  { q: "cps guidance on modern slavery, trafficking and smuggling - where is it", expect: "further-guidance" },
  { q: "whats an rpc", expect: "ictg-roles" },
  { q: "wt23: how quickly must csc decide what to do with a referral", expect: "wt-timescales" },
  { q: "mental health support for a trafficked teen - camhs?", expect: "support-services" },
  { q: "who at the met specialises in child trafficking at the eurostar terminal and heathrow", expect: "police-paladin" },
  // ---- stories ----
  // stories: first steps (what-to-do-first)
  { q: "teacher here. a yr7 girl arrived midyear and lives with an 'aunt' who isnt really her aunt. she is always exhausted, says she does all the cooking and cleaning and isnt allowed out except for school. is this trafficking?", expect: "what-to-do-first", story: true, signs: ["not-with-parents", "limited-freedom"] },
  { q: "GP receptionist - a woman has registered 3 different children this month, none of them had ever had a GP before and she couldn't tell me any of their birthdays. what should i do", expect: "what-to-do-first", story: true, signs: ["no-gp"] },
  { q: "school nurse here, 14yo girl told me her 'boyfriend' is 26 and picks her up from school in his car and takes her to parties. she has just tested positive for an STI. what do i do", expect: "what-to-do-first", story: true, signs: ["driven-around", "abuse-signs"] },
  { q: "Housing officer. Inspected an overcrowded HMO today and found 3 teenagers sleeping on mattresses in the basement. They said they work in a restaurant and a man keeps all their passports. What now?", expect: "what-to-do-first", story: true, signs: ["no-own-documents"] },
  { q: "youth worker. 15 yo boy is always at the centre with an expensive phone but never has money for food, and yesterday he said he has to 'make £200 a day' for someone. worried", expect: "what-to-do-first", story: true, signs: ["phone-no-money", "minimum-earnings"] },
  { q: "bus driver. same 3 kids get on my bus every morning with a man who drops them off at different stops, in the evening they come back with cups of coins and he takes it all off them. is that trafficking?", expect: "what-to-do-first", story: true, signs: ["hands-over-earnings", "works-various-places"] },
  { q: "I manage a shop at a station. a girl of about 11 begs outside every day and a grown woman sits across the road watching her and takes the money at the end of the day", expect: "what-to-do-first", story: true, signs: ["begs", "hands-over-earnings"] },
  { q: "dentist. 13 yo boy came in with a man who couldnt give any medical history, just said he 'recently arrived'. the boy would not say a single word to us the whole appointment, just shook his head", expect: "what-to-do-first", story: true, signs: ["withdrawn"] },
  { q: "A&E nurse: 15 yo girl, injuries to her arm, gave a different address from her visit two weeks ago. the man with her answered every question and kept hold of her ID and passport", expect: "what-to-do-first", story: true, signs: ["no-own-documents"] },
  { q: "hi im a librarian, two girls about 10 come in during school hours most days. they told me they dont go to school and a lady 'brought them over from romania' to live with her", expect: "what-to-do-first", story: true, signs: ["no-school", "journey-arranged"] },
  { q: "hotel manager. a man checks in most weeks with a different teenage girl each time, pays cash, the girls look scared and never speak. not sure if i'm overreacting", expect: "what-to-do-first", story: true, signs: [] },
  { q: "environmental health officer: at a car wash inspection there was a boy who looked about 15, sleeps in the back room, says he owes the boss for his journey from albania and cant leave till its paid", expect: "what-to-do-first", story: true, signs: ["debt"] },
  { q: "licensing visit to a nail bar, two girls who looked 15 or 16 told me they work at a different salon every day and the owner keeps their money for them", expect: "what-to-do-first", story: true, signs: ["works-various-places", "hands-over-earnings"] },
  { q: "my foster son's friend (14) told us he sends all his wages to the man who got him into the country and is petrified of being sent back. what do we do with that", expect: "what-to-do-first", story: true, signs: ["hands-over-earnings", "afraid-deported", "journey-arranged"] },
  { q: "PCSO on oxford st. same few kids pickpocketing every day, when we caught one he said 'I must bring 100 pound or he beats me'", expect: "what-to-do-first", story: true, signs: ["minimum-earnings"] },
  { q: "health visitor: toddler living with a couple who say they're the parents, but the mum's story about the birth keeps changing and the little one has never been registered with a GP", expect: "what-to-do-first", story: true, signs: ["no-gp"] },
  { q: "midwife - 16 yo pregnant girl attended with an older woman who holds her passport, girl could not tell us where she lives and has very little english", expect: "what-to-do-first", story: true, signs: ["no-own-documents"] },
  { q: "school admissions: a man enrolled a 12 yr old boy as his son, the birth certificate looks forged and the name on it doesnt match the passport he gave us. what do we do?", expect: "what-to-do-first", story: true, signs: ["false-papers"] },
  { q: "TA in year 6. a boy told me he and his sister have to pay back the money for their plane tickets by selling flowers in pubs at night", expect: "what-to-do-first", story: true, signs: ["debt"] },
  { q: "football coach, one of my 13yos says he isnt allowed anywhere except school and training, his 'guardian' keeps his passport and he's terrified of being deported. please advise", expect: "what-to-do-first", story: true, signs: ["limited-freedom", "no-own-documents", "afraid-deported"] },
  { q: "duty sw: referral from a school about a 10 year old, no GP, no school records before september, lives with an 'uncle', four different addresses in the last year and nobody can explain why", expect: "what-to-do-first", story: true, signs: ["no-gp", "unexplained-moves"] },
  { q: "pharmacist. teenage girl comes in for the morning after pill nearly every week, always brought by an older man who drives her here and waits in the car", expect: "what-to-do-first", story: true, signs: ["driven-around"] },
  { q: "housing benefit assessor. claim lists six children at a 2 bed flat, none share the claimant's surname, and there are different kids there every time we visit", expect: "what-to-do-first", story: true, signs: [] },
  { q: "ESOL teacher at college: 16 yo in my class has a smartphone but never money for lunch, gets collected by a different man each day and disappears for a week or two at a time", expect: "what-to-do-first", story: true, signs: ["phone-no-money", "missing-periods"] },
  { q: "school receptionist - a yr9 boy's emergency contacts are all the same man, and the boy told his friend he works in a warehouse every night to pay off what he owes him", expect: "what-to-do-first", story: true, signs: ["debt"] },
  { q: "charity caseworker: a 17 yr old albanian lad told me a man arranged his visa and travel and now takes most of his pay from the car wash. is this trafficking or just bad employment?", expect: "what-to-do-first", story: true, signs: ["journey-arranged", "hands-over-earnings"] },
  { q: "traffic officer: stopped a van, adult driver and 4 kids in the back, none of the kids had any ID, the driver said he drives them round to 'work' every day", expect: "what-to-do-first", story: true, signs: ["driven-around"] },
  { q: "residential worker: a girl who arrived last week uses sexual language way beyond her age and talks about 'clients'. i'm really concerned", expect: "what-to-do-first", story: true, signs: ["sexualised"] },
  { q: "school counsellor, yr8 girl refuses to speak at all in sessions, completely shut down, arrived from abroad last year and lives with people she says are 'not family'", expect: "what-to-do-first", story: true, signs: ["withdrawn"] },
  { q: "GP: saw a 15 yo boy today who has never been registered anywhere, back pain and a skin infection, says he works in a kitchen 14 hours a day. should i be worried about trafficking", expect: "what-to-do-first", story: true, signs: ["no-gp"] },
  { q: "job centre adviser: a woman claims benefits for 4 children but a neighbour rang to say the kids are never there and she 'lends them out' to other women", expect: "what-to-do-first", story: true, signs: [] },
  { q: "I'm a parish priest. a girl of about 14 comes to mass with an older man who won't let her talk to anyone, she looks frightened of him. he says he's her guardian", expect: "what-to-do-first", story: true, signs: ["not-with-parents", "limited-freedom"] },
  { q: "after school club lead: an 8 year old told us her 'mum' is not her real mum and she was given a new name when she came here", expect: "what-to-do-first", story: true, signs: [] },
  { q: "housing officer on a tenancy visit, a 12 yr old answered the door at 11am on a school day, said she doesn't go to school and looks after the landlord's kids", expect: "what-to-do-first", story: true, signs: ["no-school"] },
  { q: "street outreach worker. teenage boy begs at the station every day, says he has to bring back £50 or he isnt allowed to sleep inside", expect: "what-to-do-first", story: true, signs: ["begs", "minimum-earnings"] },
  { q: "college safeguarding lead: a 17 year old student's passport is held by her employer, she works shifts at 3 different restaurants and says she doesnt get paid", expect: "what-to-do-first", story: true, signs: ["no-own-documents", "works-various-places"] },
  { q: "nursery manager. a 3 year old is dropped off by a different adult every day, none are the parents, and when i asked nobody could tell me who is actually responsible for him", expect: "what-to-do-first", story: true, signs: ["no-responsible-adult"] },
  { q: "immigration solicitor - my 15 yo client is terrified of deportation, says if he's sent back the people he owes for the journey will kill his family", expect: "what-to-do-first", story: true, signs: ["afraid-deported", "debt"] },
  { q: "swimming instructor. 10 yr old in my class has bruises and what look like cigarette burns, she lives with 'family friends' and never seems to have anything of her own", expect: "what-to-do-first", story: true, signs: ["abuse-signs"] },
  { q: "camhs nurse: 16 yo referred for PTSD, flashbacks and nightmares, came to the uk through an 'agent' who arranged all the travel and the visa", expect: "what-to-do-first", story: true, signs: ["journey-arranged"] },
  { q: "sexual health clinic. 14yo girl with chlamydia, says her boyfriend is 30 and drives her round to meet his friends at weekends", expect: "what-to-do-first", story: true, signs: ["abuse-signs", "driven-around"] },
  { q: "yot worker: 15 yo arrested for shoplifting in four different boroughs this month, says he does it for a man who takes everything he steals", expect: "what-to-do-first", story: true, signs: ["works-various-places"] },
  { q: "teacher: the boy told me the man he lives with has 'done visas' for lots of other boys he calls nephews", expect: "what-to-do-first", story: true, signs: ["adult-many-visas"] },
  { q: "home office caseworker: the sponsor on this 13 yr old's visit visa has sponsored 5 other children before and none of them went home when their visas ran out", expect: "what-to-do-first", story: true, signs: ["adult-many-visas", "adult-visitors-stayed"] },
  { q: "childminder. a mum i know dropped off her friend's girl who arrived from abroad yesterday, the girl has no papers and cant tell me which adult is supposed to be looking after her", expect: "what-to-do-first", story: true, signs: ["no-responsible-adult"] },
  { q: "church youth leader, a 15 yo girl's instagram shows her in hotel rooms in different cities every week, she says she 'models' and sends the money to her manager", expect: "what-to-do-first", story: true, signs: ["hands-over-earnings", "works-various-places"] },
  { q: "attendance officer: a girl goes missing for 2-3 days every few weeks and comes back with new clothes and her nails done, won't say where she was", expect: "what-to-do-first", story: true, signs: ["missing-periods"] },
  { q: "A&E doctor. 16 yr old boy with a knife wound, gave a false name, had 3 phones on him but not a penny", expect: "what-to-do-first", story: true, signs: ["phone-no-money"] },
  { q: "shopping centre security: little boy maybe 7 begs by the entrance every day while a woman sits on a bench watching", expect: "what-to-do-first", story: true, signs: ["begs"] },
  { q: "ESOL volunteer - a teenage girl said she came here to study but the family she stays with took her passport, she cleans their house all day and is never allowed out", expect: "what-to-do-first", story: true, signs: ["no-own-documents", "limited-freedom"] },
  { q: "police: found two vietnamese girls, 15 and 16, working in a nail bar and living upstairs, they say they cant leave until they've paid off the cost of the journey", expect: "what-to-do-first", story: true, signs: ["limited-freedom", "debt"] },
  { q: "gym receptionist. a teenage lad cleans here for cash every night, says he's 'paying off his uncle' and sleeps in the changing rooms", expect: "what-to-do-first", story: true, signs: ["debt"] },
  { q: "I am teacher of year 4. One girl tell me she never go to doctor and the lady she live with is not her mother, the lady is shouting on her always. What I must do?", expect: "what-to-do-first", story: true, signs: ["no-gp", "not-with-parents"] },
  { q: "hello, i work in kitchen of restaurant. there is boy maybe 14 working every day with us, boss keep his passport and not pay him, he say he must pay back the travel. this is trafficking?", expect: "what-to-do-first", story: true, signs: ["no-own-documents", "debt"] },
  { q: "probation officer: my adult client has a 13 yr old 'niece' living with him who came from abroad last month, she isnt in school and he got cagey when i asked about her papers", expect: "what-to-do-first", story: true, signs: ["no-school"] },
  { q: "parking warden, i keep seeing a man drop groups of boys off on different streets each morning with charity collection tins and pick them up at night", expect: "what-to-do-first", story: true, signs: ["driven-around", "works-various-places"] },
  { q: "play specialist on a childrens ward: a 6 year old told me she was 'bought' and that she gets sent to ask people in the street for money", expect: "what-to-do-first", story: true, signs: ["begs"] },
  { q: "sw here - new referral, 15 yo girl, her visa was arranged by a man who is not family, she lives with him and he holds her passport. where do i start?", expect: "what-to-do-first", story: true, signs: ["journey-arranged", "no-own-documents"] },
  { q: "youth worker: a girl told me she's scared of being deported because the people she stays with say the police will send her back if she talks to anyone", expect: "what-to-do-first", story: true, signs: ["afraid-deported"] },
  { q: "police, arrested a 16 yo boy for card fraud. he says he was brought over from romania to do it and gives all the money to his 'boss'", expect: "what-to-do-first", story: true, signs: ["journey-arranged", "hands-over-earnings"] },
  { q: "hotel housekeeping supervisor: a boy of about 13 is cleaning rooms with the agency crew, he told me he doesnt go to school and lives with the agency boss", expect: "what-to-do-first", story: true, signs: ["no-school"] },
  { q: "practice manager at a surgery: a 12 yr old patient has never actually been seen, the carer cancels every appointment, and the school say she is away for weeks at a time", expect: "what-to-do-first", story: true, signs: ["missing-periods"] },
  { q: "councillor's caseworker: resident reports a house where children are dropped off in a van late at night and collected at dawn, curtains always shut. is that something for us?", expect: "what-to-do-first", story: true, signs: [] },
  { q: "paramedic. called to a flat with 10 mattresses on the floor, teenage girl with a head injury, nobody there could or would say who is responsible for her", expect: "what-to-do-first", story: true, signs: ["no-responsible-adult"] },
  { q: "PRU teacher: 14yo boy said the men he works for send him to sell DVDs at a different market every day and he has to hand over everything he makes", expect: "what-to-do-first", story: true, signs: ["works-various-places", "hands-over-earnings"] },
  { q: "15 yo girl told her form tutor about a ceremony with blood and hair before she left nigeria, says she will die if she talks about the woman who brought her here", expect: "what-to-do-first", story: true, signs: ["journey-arranged"] },
  { q: "im the DSL at a primary, a yr2 boy keeps saying he 'sleeps at different houses' and his 'auntie' changes every few weeks. nobody can tell us who has parental responsibility", expect: "what-to-do-first", story: true, signs: ["unexplained-moves", "no-responsible-adult"] },
  { q: "CIN social worker: 16 yo living in an HMO, rent paid by his 'employer', works 70 hour weeks in a warehouse, has to hand his wages over, has a phone but no money", expect: "what-to-do-first", story: true, signs: ["hands-over-earnings", "phone-no-money"] },
  { q: "academy welfare officer: a 15 yo player was brought over by an agent for trials, he wasn't signed, the agent vanished with his passport and now he's living with strangers", expect: "what-to-do-first", story: true, signs: ["journey-arranged", "no-own-documents"] },
  { q: "its 2am im a night nurse, a 15yo girl was brought in drunk by a much older 'boyfriend' who then left, she has bruising on her inner thighs and wont say a word to us", expect: "what-to-do-first", story: true, signs: ["abuse-signs", "withdrawn"] },
  { q: "tenancy relations officer: landlord says a family's 'daughter', about 14, doesnt go to school and works in their shop from open to close every day", expect: "what-to-do-first", story: true, signs: ["no-school"] },
  { q: "dinner lady here, a little yr1 boy is always starving and in the same clothes, said 'the lady' isnt his mum and he sleeps on the floor", expect: "what-to-do-first", story: true, signs: [] },
  { q: "housing options officer. a 16 yr old presented as homeless, says he came from sudan with a man who took his documents, he has been moved between 4 flats in 2 months and doesnt know why", expect: "what-to-do-first", story: true, signs: ["no-own-documents", "unexplained-moves"] },
  { q: "taxi firm controller: our drivers keep being booked to take the same young girl between hotels late at night, always booked by the same older man who rides with her", expect: "what-to-do-first", story: true, signs: [] },
  { q: "librarian again - a boy of 12ish uses our wifi to message someone who tells him where to go and beg each day, he has a phone but no money for the bus", expect: "what-to-do-first", story: true, signs: ["begs", "phone-no-money"] },
  { q: "social worker, a 14 year old told me she has to earn a set amount every night before the woman lets her eat", expect: "what-to-do-first", story: true, signs: ["minimum-earnings"] },
  // stories: situation entries
  // immediate-danger
  { q: "im a bus driver, a teenage girl on my bus just whispered that the man next to her is taking her to a flat and she's scared he'll hurt her. he's still on the bus. what do i do right now", expect: "immediate-danger", story: true, signs: [] },
  { q: "Hotel night manager. Room booked by an older man, a girl of maybe 14 keeps being taken up by different men tonight and I can hear her crying right now. What do I do?", expect: "immediate-danger", story: true, signs: [] },
  { q: "youth worker: a 15yo just told me the men he sells for said theyll stab him tonight, they're sitting in a car across the road from the centre waiting for him now", expect: "immediate-danger", story: true, signs: [] },
  { q: "A&E nurse. 13 yr old brought in by a man who isnt her dad, bruises all over and an STI, she is terrified of him and he is demanding to take her home now. can I stop him leaving with her?", expect: "immediate-danger", story: true, signs: ["abuse-signs", "not-with-parents"] },
  { q: "neighbour here, i can hear a child screaming in the flat next door. men come and go all day and the kid is never let out. it's really bad right now", expect: "immediate-danger", story: true, signs: ["limited-freedom"] },
  // county-lines
  { q: "yr10 boy keeps turning up with new trainers and two phones, been found in margate twice by the police, says he was 'visiting cousins'. mum says he vanishes for days at a time. county lines?", expect: "county-lines", story: true, signs: ["missing-periods"] },
  { q: "sports coach: one of my u16s got picked up after training by older lads in a car every week, now he's stopped coming altogether and someone said he's 'gone country'", expect: "county-lines", story: true, signs: ["driven-around"] },
  { q: "school nurse - a 14 yr old girl was found by police at a station in norfolk with drugs hidden on her and a london number, she says she owes the dealers money", expect: "county-lines", story: true, signs: ["debt"] },
  { q: "police officer: found a 15yo from lewisham in a trap house in hastings with wraps of crack and a burner phone, no money on him", expect: "county-lines", story: true, signs: ["phone-no-money"] },
  { q: "foster carer: my lac teen keeps going missing overnight and comes back with cash and train tickets to southend, gets calls at all hours on a phone i didnt give him", expect: "county-lines", story: true, signs: ["missing-periods"] },
  // cannabis-farm
  { q: "Police raid on a house in Bromley, cannabis grow in every room, a vietnamese boy who says he's 19 but looks about 15 was locked in, no passport. custody want to charge him with production", expect: "cannabis-farm", story: true, signs: ["limited-freedom", "no-own-documents"] },
  { q: "custody nurse. lad brought in from a cannabis factory, no english, through the interpreter he says he owes $20,000 for his journey and has to keep working the plants till it's paid", expect: "cannabis-farm", story: true, signs: ["debt"] },
  { q: "fire service: found a teenager living in a loft cannabis farm after an electrical fire. never been to school here, no GP, a 'boss' dropped food off once a week and locked the door", expect: "cannabis-farm", story: true, signs: ["no-school", "no-gp", "limited-freedom"] },
  { q: "cannabis grow found in a flat above a shop, a 16yo 'gardener' living there says he came into the country in the back of a lorry", expect: "cannabis-farm", story: true, signs: ["entered-illegally"] },
  { q: "yot worker: my 16 yo client is charged with cannabis cultivation. he says the men who brought him from albania keep his passport and have threatened his family. victim or offender?", expect: "cannabis-farm", story: true, signs: ["no-own-documents", "journey-arranged"] },
  // forced-marriage
  { q: "yr11 girl told me she's being taken abroad in the summer holidays to marry a cousin she's never met and she doesnt want to. is that trafficking and what do i do", expect: "forced-marriage", story: true, signs: [] },
  { q: "GP receptionist, a 16 yo came in with a 'husband' who's much older, he answered every question for her. she's pregnant and has never been registered with a GP", expect: "forced-marriage", story: true, signs: ["no-gp"] },
  { q: "youth worker: a 15yo boy says his family are arranging his wedding back home and told him he can't come back to the uk unless he agrees to it", expect: "forced-marriage", story: true, signs: [] },
  { q: "teacher, a girl in yr9 asked me what happens if she refuses to marry the man her dad has chosen. her uncle has taken her passport", expect: "forced-marriage", story: true, signs: ["no-own-documents"] },
  { q: "faith leader: a family want me to conduct a nikah for their 16 yr old daughter who was brought over from abroad last month. she looks terrified and wouldn't look at the groom", expect: "forced-marriage", story: true, signs: [] },
  // port-of-entry
  { q: "border force officer at stansted. 12yo travelling with a man who says he's her uncle, the passport photo doesnt look like her and the surname is different. what now", expect: "port-of-entry", story: true, signs: ["false-papers"] },
  { q: "Eurostar staff at St Pancras: a boy about 14 came off the train alone, says a man is meeting him, he has no passport on him because 'the man has it'", expect: "port-of-entry", story: true, signs: ["no-own-documents"] },
  { q: "cabin crew on a flight into gatwick, a teenage girl sat next to a man who held both their passports and kept answering for her. we land in an hour", expect: "port-of-entry", story: true, signs: ["no-own-documents"] },
  { q: "immigration officer at dover: a 15 yo boy found hidden in a lorry says an agent arranged everything and he has to work to pay the agent back", expect: "port-of-entry", story: true, signs: ["entered-illegally", "journey-arranged", "debt"] },
  { q: "heathrow border force: a 10 year old arrived with a woman who isnt her mother, and the visa sponsor has sponsored loads of other kids. who do we call", expect: "port-of-entry", story: true, signs: ["adult-many-visas"] },
  // private-fostering-concern
  { q: "school admissions: a 9 year old has been living with a 'family friend' for 3 months while mum is abroad. she does all the housework, looks worn out and is scared of the friend. we don't think anyone notified the council", expect: "private-fostering-concern", story: true, signs: ["not-with-parents"] },
  { q: "health visitor. a 7 yr old boy has been living with an unrelated woman since the spring, she cant tell me his date of birth and he's not registered with a GP", expect: "private-fostering-concern", story: true, signs: ["no-gp"] },
  { q: "dentist: a girl brought in by a lady who says she's been 'looking after her for a couple of months', doesnt know any of her medical history, the child seemed scared stiff of her", expect: "private-fostering-concern", story: true, signs: ["not-with-parents"] },
  { q: "childminder: a family friend's 'niece' (not actually related) arrived from ghana 6 weeks ago to live with them, she isnt at school and minds their baby all day", expect: "private-fostering-concern", story: true, signs: ["no-school"] },
  { q: "church volunteer: a 13 yr old has been staying with a couple from our congregation since the summer, they say her parents sent her over for education but she isn't at any school and cleans for them", expect: "private-fostering-concern", story: true, signs: ["no-school"] },
  // unaccompanied-not-known
  { q: "I run a homeless drop-in, a lad says he's 16 from eritrea, got here a week ago, sleeping in the park, has never spoken to social services", expect: "unaccompanied-not-known", story: true, signs: [] },
  { q: "librarian: a teenage boy comes in every day to use the computers, told me he came alone from afghanistan, lives with 'some men' and isnt in school, no social worker", expect: "unaccompanied-not-known", story: true, signs: ["no-school"] },
  { q: "mosque volunteer, 2 brothers aged 14 and 12 turned up alone asking for food, no adult with them, no idea who will look after them, council doesnt know about them", expect: "unaccompanied-not-known", story: true, signs: ["no-responsible-adult"] },
  { q: "receptionist at a law centre: a girl walked in alone asking how to claim asylum, she says she's 15 and nobody at the council knows she exists", expect: "unaccompanied-not-known", story: true, signs: [] },
  { q: "football club volunteer: a 15yo sudanese boy has been training with us for a month, says he lives with friends, no parents in the uk, no social worker. what should the club do", expect: "unaccompanied-not-known", story: true, signs: [] },
  // missing-from-school
  { q: "DSL at a secondary: a yr8 boy from abroad started in september, hasnt been in for 3 weeks, phone number is dead and neighbours say the family moved out overnight. could this be trafficking", expect: "missing-from-school", story: true, signs: ["unexplained-moves"] },
  { q: "primary head: third child this year from the same address who registered for one term then left with no forwarding school. what should we be doing", expect: "missing-from-school", story: true, signs: ["unexplained-moves"] },
  { q: "attendance officer, a 13 yo girl is off every monday and tuesday and has now stopped coming altogether, last time she said she helps at her 'aunt's' restaurant", expect: "missing-from-school", story: true, signs: [] },
  { q: "EWO: child missing education for a month, the 'family' say she has 'gone back home' but nobody can give us an address abroad or a school there", expect: "missing-from-school", story: true, signs: [] },
  { q: "school office manager: a yr5 girl didnt come back after half term, the woman who enrolled her never came to any meetings and now her phone is off", expect: "missing-from-school", story: true, signs: [] },
  // placement-safety
  { q: "foster carer: since the boy was placed with me on tuesday the same car has been parked outside every night and someone keeps ringing the landline asking for him", expect: "placement-safety", story: true, signs: [] },
  { q: "residential worker: the 15 yo girl in our home (nrm referred) got an instagram message from someone who clearly knows our address", expect: "placement-safety", story: true, signs: [] },
  { q: "supported lodgings provider, the lad placed with us keeps getting calls from a man who says he'll pick him up from college on friday", expect: "placement-safety", story: true, signs: [] },
  { q: "foster carer here. girl placed with me is on her phone all night, and she told me 'they' know what school she goes to. how do i keep her safe", expect: "placement-safety", story: true, signs: [] },
  { q: "key worker at a childrens home, two men hang round the gates every evening asking the new vietnamese boy to come for a drive. he's only been here 2 days", expect: "placement-safety", story: true, signs: [] },
  // enquirers
  { q: "children's home reception: a woman rang saying she's the boy's sister and asked which home he's in and when she can visit. what am i allowed to say", expect: "enquirers", story: true, signs: [] },
  { q: "school office, a man came to reception asking if the new girl is in today and what time she finishes, says he's a family friend. she's a looked after child", expect: "enquirers", story: true, signs: [] },
  { q: "ward clerk: a 'cousin' keeps phoning to ask which ward the 14 yo is on and when she'll be discharged. she came in with the police", expect: "enquirers", story: true, signs: [] },
  { q: "a solicitor I've never heard of has emailed our team asking for the placement address of a trafficked child we look after, saying the family wants to send her things", expect: "enquirers", story: true, signs: [] },
  { q: "GP surgery: someone rang asking us to confirm the address of one of our patients, a 15 yo boy in foster care, so they can 'post him his stuff'", expect: "enquirers", story: true, signs: [] },
  // age-uncertain
  { q: "police custody: a boy picked up from a car wash says he's 18 and his ID says 21 but he looks about 15 and keeps crying for his mum", expect: "age-uncertain", story: true, signs: [] },
  { q: "hostel manager, one of our 'adult' residents looks and acts about 16, she says the man who brought her here changed her date of birth on the papers", expect: "age-uncertain", story: true, signs: ["false-papers", "journey-arranged"] },
  { q: "adult social care: we've had a referral for a 'young man' sleeping at a factory but from the description he may well be a child. what do we do while nobody knows his age?", expect: "age-uncertain", story: true, signs: [] },
  { q: "the home office have put this boy down as 23 but our sw thinks he's 16. he is extremely afraid of being deported. what do we do in the meantime", expect: "age-uncertain", story: true, signs: ["afraid-deported"] },
  { q: "inspected a nail bar, a girl doing nails says she's 18 but looks much younger, has no documents of her own because the owner 'keeps them safe'", expect: "age-uncertain", story: true, signs: ["no-own-documents"] },
  // lado
  { q: "head of year: a parent told me one of our teaching assistants has been driving a yr9 girl to 'parties' at weekends", expect: "lado", story: true, signs: ["driven-around"] },
  { q: "youth club manager: one of our volunteers was seen giving a 14yo boy a phone and cash and asking him to 'drop off' a bag", expect: "lado", story: true, signs: [] },
  { q: "fostering team: one of our approved foster carers has a 'nephew' staying who isn't in school and is working in their shop all day", expect: "lado", story: true, signs: ["no-school"] },
  { q: "a coach at our football academy keeps arranging 'trials abroad' for boys and is asking parents to hand over their passports to him", expect: "lado", story: true, signs: [] },
  { q: "care home manager: I think one of my night staff is introducing one of our girls to older men. what's the process when it's staff", expect: "lado", story: true, signs: [] },
  // later-suspicion
  { q: "the uasc boy has been in our care 9 months, and only now he's told his keyworker he's still paying back money for his journey and works weekends in a kitchen", expect: "later-suspicion", story: true, signs: ["debt"] },
  { q: "LAC review: girl placed 6 months ago, recently keeps going missing and came back with a new phone. her sw now wonders if she was trafficked in the first place", expect: "later-suspicion", story: true, signs: ["missing-periods"] },
  { q: "IRO here: yp has been looked after for over a year as an unaccompanied asylum seeker, new police intel links his 'uncle' to a trafficking network", expect: "later-suspicion", story: true, signs: [] },
  { q: "leaving care PA: my 17yo client has been in care since 14, now he says the woman who brought him used to make him work and took all his pay", expect: "later-suspicion", story: true, signs: ["hands-over-earnings"] },
  { q: "we did the initial assessment months ago with no trafficking concerns, but now the girl has an STI and talks about 'working for' someone", expect: "later-suspicion", story: true, signs: ["abuse-signs"] },
  // detention-centres
  { q: "chaplain at an immigration removal centre, there's a family in here with a 12 year old and I'm worried about him. who is responsible for safeguarding kids inside", expect: "detention-centres", story: true, signs: [] },
  { q: "detention visitor volunteer: a young man being held as an adult told me he's actually 16 and his papers were made for him by the agent", expect: "detention-centres", story: true, signs: ["false-papers"] },
  { q: "healthcare staff at an IRC: a detained mum and her two kids, the mum says the man who brought them over is still controlling them from outside", expect: "detention-centres", story: true, signs: ["journey-arranged"] },
  { q: "I volunteer with a visitors group at a detention centre. an unaccompanied 15yo is being held there, who do I raise this with?", expect: "detention-centres", story: true, signs: [] },
  { q: "nurse at a short term holding facility: children are being kept overnight with adults they don't seem to know. whose job is it to safeguard them here", expect: "detention-centres", story: true, signs: [] },
];

// ---- off-topic ----
export const heldout27OffTopic: string[] = [
  "whats the weather going to be like in croydon tomorrow",
  "how do i book annual leave in the hr portal",
  "my laptop wont connect to the vpn again",
  "printer on the 3rd floor keeps jamming, who do i call",
  "when is my bin collection day",
  "how do I pay a parking fine online",
  "council tax single person discount - how do i apply",
  "I've got a missing parcel from amazon, how do I chase it",
  "how do I get a GP referral for physio on my knee",
  "how long does a passport renewal take at the moment",
  "is there much traffic on the A23 this morning?",
  "how much do i need to pay for my son's school trip to the science museum",
  "we're thinking of fostering a kitten from the rspca, any tips",
  "recipe for a quick vegetarian lasagne",
  "who won the arsenal game last night",
  "how do I claim mileage expenses",
  "when is payday this month",
  "how do i reset my teams password",
  "my dog has been sick all night, should I take him to the vet",
  "is there a strike on the northern line tomorrow",
  "do i need a visa or an esta to visit the usa on holiday",
  "can you find me a polish interpreter for my mum's hospital appointment",
  "how do I complain about the police towing my car",
  "where on the home office website is the form for my husband's settlement application",
  "what date does my daughter's school break up for christmas",
  "how do I exploit pivot tables properly in excel",
  "quickest way to get from victoria to gatwick airport",
  "is it worth buying travel insurance for my kids' ski trip",
  "how many days off sick before i need a fit note",
  "can i carry over unused annual leave into next year",
  "what's the wifi password for the visitor network",
  "easy birthday cake recipe for a child's party",
  "can i bring my child into the office during half term",
  "how do i report a pothole on my road",
  "the lift in our building is broken again, who do i tell",
  "how do I apply for a school uniform grant for my son",
  "our team's stapler has gone missing, who orders stationery",
  "how do I make a self-referral to occupational health for my back",
  "is the congestion charge still 15 pounds",
  "what are the rules for working from home on fridays",
];
