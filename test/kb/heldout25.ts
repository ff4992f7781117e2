/*
 * heldout25.ts - BLIND held-out practitioner question set for the PG47 knowledge base.
 * Written by a blind question-writer helper session, started Tue Dec  8 02:25:34 UTC 2026.
 * Read only: /work/shared/seeds/000..004 (all five), /work/shared/docs/product.md,
 *   /tmp/blind25/labels.txt (entry ids and indicator ids, for labelling only),
 *   /work/main/test/kb/fresh.ts (the Fresh type). No bot code, content, tests or other held-out sets.
 * Counts: in-scope 409, stories 145 (72 first-steps, 73 situation), direct/reworded 264, off-topic 40, dropped 9
 * Coverage findings (plausible practitioner questions dropped: no entry in labels.txt clearly answers them):
 *  1. "whats the difference between UKVI and Immigration Enforcement, who do i ring about a kid's status" (PG47 §7.1)
 *  2. "how do we transfer a uasc to another council under the national transfer scheme" (PG47 Appendix 3, NTS protocol)
 *  3. "how will the home office deal with the child's asylum claim, what leave do they usually get (till 17.5?)" (PG47 Appendix 3; monitoring report §9.2.2)
 *  4. "what funding is there for care leavers who came as uasc once they turn 18" (PG47 Appendix 3, UASC leaving care funding instructions)
 *  5. "can we ring the competent authority before we submit the nrm / should we hold a pre-referral multi-agency meeting first" (monitoring report §9.4.2, recs 7 and 9)
 *  6. "does our council have a modern slavery SPOC or modern slavery champion i can talk to" (Southwark scrutiny report)
 *  7. "what is CEOP and what does it do" (monitoring report §1.1.3, §4.1.2, rec 1)
 *  8. "child charged with an offence he was forced to commit, is there a legal defence under the modern slavery act" (PG47 Appendix 3, CPS guidance)
 *  9. "should we set up an adult MASH / task and finish group on modern slavery" (Southwark scrutiny report)
 *
 * MEASURED ONCE (2026-12-08 02:37 UTC, at 46956d2, by the lead; after the fifteenth round, which learned from set 24 and
 * studied its misses; no one tuning had read this set; NOT learned from: it is the honest measure as the session ends):
 *   now:  top-1 371/409 = 90.7%; with "did you mean" 377/409 = 92.2%; stories top-1 118/145 = 81.4%;
 *         indicators named 147/224 = 65.6% (+34 not in the story); off-topic answered 0/40, offered buttons 5/40.
 *   the entries' own index alone (no examples.yaml): 85.3% / 86.8% / 77.9% / 65.6% / 0 of 40.
 *   before issue 11 (answerBefore): 74.3% / 77.8% / 47.6% / none named / 8 of 40 answered.
 *   Issue 11's target (92% top-1, 98% with buttons, 0 off-topic answered): off-topic met; top-1 and buttons NOT met.
 * LEARNED FROM in round 16 (2026-12-08; examples.yaml, NEWEST = heldout26) and its misses studied: its figures are now training figures, not a measure (left out of the examples, test/kb/loo.ts 25: 96.8 / 98.0, flatters).
 */
import type { Fresh } from './fresh.js';

export const heldout25: Fresh[] = [
  // ---- direct / reworded questions ----
  // what-to-do-first
  { q: "worried a kid i work with has been trafficked, what are my first steps", expect: "what-to-do-first" },
  { q: "suspect trafficking - what do i actually do right now??", expect: "what-to-do-first" },
  { q: "Good afternoon, I am a newly qualified teacher and I have a concern that one of my pupils may have been brought to the UK to be exploited. Could you please set out what I should do, in order?", expect: "what-to-do-first" },
  { q: "think this yp might be a trafficking victim, steps pls", expect: "what-to-do-first" },
  { q: "possible child trafficking case just landed on my desk where do i start", expect: "what-to-do-first" },
  { q: "quick one - concerned a child is being exploited by the adults she lives with, what's the process", expect: "what-to-do-first" },
  // immediate-danger
  { q: "what if the kid is at risk right this minute", expect: "immediate-danger" },
  { q: "child in danger now who do i call", expect: "immediate-danger" },
  // who-to-refer-to
  { q: "which council do i refer to, the one where the school is or where the child lives?", expect: "who-to-refer-to" },
  { q: "yp goes to school in lambeth but lives in croydon, which LA gets the referral", expect: "who-to-refer-to" },
  { q: "Which borough's children's services should receive a trafficking referral?", expect: "who-to-refer-to" },
  { q: "which local authority is responsible for a referral made by an immigration officer at the airport", expect: "who-to-refer-to", also: "port-of-entry" },
  // how-to-refer
  { q: "how do i refer to csc", expect: "how-to-refer" },
  { q: "do i phone social care first or send the form? and how long have i got to send it in writing", expect: "how-to-refer" },
  { q: "rang the front door this morning with my concerns, do I still need to put it in writing", expect: "how-to-refer" },
  { q: "whats the deadline for the written referral after a phone referral", expect: "how-to-refer" },
  // out-of-hours
  { q: "its saturday night who do i ring", expect: "out-of-hours" },
  { q: "out of hours number for social care?", expect: "out-of-hours" },
  { q: "emergency duty team - how do i reach them after 5pm", expect: "out-of-hours" },
  { q: "bank holiday monday and i have a worry about a child, social care offices are shut. who do i contact", expect: "out-of-hours" },
  // national-lines
  { q: "nspcc helpline number", expect: "national-lines" },
  { q: "modern slavery helpline no. pls", expect: "national-lines" },
  { q: "what national numbers can I give to staff - police non emergency, nspcc, modern slavery line?", expect: "national-lines" },
  { q: "is there a 24 hr national line for reporting exploitation", expect: "national-lines" },
  // no-disclosure-needed
  { q: "should I hold off until the girl actually tells me something?", expect: "no-disclosure-needed" },
  { q: "she hasnt said anything is happening, do i still refer", expect: "no-disclosure-needed" },
  { q: "Do we need a disclosure from the young person before we can act on trafficking concerns?", expect: "no-disclosure-needed" },
  // why-no-disclosure
  { q: "why do trafficked kids keep telling the same rehearsed story", expect: "why-no-disclosure" },
  { q: "why wont he open up to us about how he got here", expect: "why-no-disclosure" },
  // what-is-trafficking
  { q: "what actually counts as trafficking a child", expect: "what-is-trafficking" },
  { q: "can someone explain in plain english what trafficking is, for a staff briefing", expect: "what-is-trafficking" },
  // who-is-a-child
  { q: "does this guidance cover 17 year olds", expect: "who-is-a-child" },
  { q: "is a 16yo still a child for trafficking purposes", expect: "who-is-a-child" },
  // trafficking-vs-smuggling
  { q: "trafficking vs smuggling?", expect: "trafficking-vs-smuggling" },
  { q: "he paid someone to get him into the country on a lorry - is that smuggling or trafficking", expect: "trafficking-vs-smuggling" },
  { q: "how do you tell smuggled from trafficked", expect: "trafficking-vs-smuggling" },
  // child-consent
  { q: "she says she chose to come and wanted to work, does that mean its not trafficking", expect: "child-consent" },
  { q: "can a minor consent to being exploited", expect: "child-consent" },
  // internal-trafficking
  { q: "can a uk born kid be trafficked, he's never left the country", expect: "internal-trafficking" },
  { q: "does trafficking have to involve crossing a border", expect: "internal-trafficking" },
  { q: "british girl moved between manchester and london for sex - trafficking?", expect: "internal-trafficking" },
  // county-lines
  { q: "what does county lines mean", expect: "county-lines" },
  // cse-cce
  { q: "whats the link between cse and trafficking", expect: "cse-cce" },
  { q: "what is child criminal exploitation and does it overlap with trafficking", expect: "cse-cce" },
  // cannabis-farm
  { q: "is a kid found working in a cannabis grow a victim or a criminal", expect: "cannabis-farm" },
  // recruitment
  { q: "how do traffickers get hold of children in the first place", expect: "recruitment" },
  // forms-of-exploitation
  { q: "is benefit fraud or pickpocketing a type of trafficking exploitation", expect: "forms-of-exploitation" },
  // exploitation-by-age
  { q: "are little ones used for different things than teenagers", expect: "exploitation-by-age" },
  // forced-marriage
  { q: "does forced marriage count as trafficking", expect: "forced-marriage" },
  // vulnerability-factors
  { q: "what puts children at risk of being trafficked in their own countries", expect: "vulnerability-factors" },
  // arrival-routes
  { q: "how do trafficked kids get into the uk, which ports", expect: "arrival-routes" },
  // trafficking-phases
  { q: "what are the phases of a trafficking operation", expect: "trafficking-phases" },
  // home-office-s55
  { q: "does the home office have a safeguarding duty to kids? section 55?", expect: "home-office-s55" },
  // control-methods
  { q: "how do traffickers stop kids from running away or telling", expect: "control-methods" },
  { q: "she's scared of a juju oath - is that a known control tactic", expect: "control-methods" },
  // impact-physical
  { q: "what health problems do trafficked kids typically have", expect: "impact-physical" },
  // impact-psychological
  { q: "he has nightmares flashbacks and is angry all the time, is this typical after trafficking", expect: "impact-psychological" },
  // whose-job-to-identify
  { q: "is it my job as a housing officer to spot trafficking or is that for social workers", expect: "whose-job-to-identify" },
  // risk-indicators
  { q: "list of trafficking indicators pls", expect: "risk-indicators" },
  { q: "what signs should i be looking for", expect: "risk-indicators" },
  { q: "What indicators does PG47 list for a child who may have been trafficked?", expect: "risk-indicators" },
  // adult-indicators
  { q: "what about the adults - anything about them that should ring alarm bells", expect: "adult-indicators" },
  { q: "sponsor has vouched for loads of visa applications - is that an indicator", expect: "adult-indicators" },
  // one-indicator-enough
  { q: "i've only got one thing that worries me, is that enough to ring csc", expect: "one-indicator-enough" },
  { q: "how many signs before i refer", expect: "one-indicator-enough" },
  { q: "is there a score or threshold on the indicators", expect: "one-indicator-enough" },
  // indicators-under-ten
  { q: "do the indicators work for a 6 year old", expect: "indicators-under-ten" },
  // risk-matrix
  { q: "what is the risk assessment matrix for trafficked children", expect: "risk-matrix" },
  { q: "the trafficking risk matrix - what is it used for", expect: "risk-matrix" },
  // port-of-entry
  { q: "what's the process if border force have concerns at heathrow", expect: "port-of-entry" },
  // community-public
  { q: "what can members of the public do if they suspect a child is trafficked", expect: "community-public" },
  // private-fostering
  { q: "what counts as private fostering", expect: "private-fostering" },
  { q: "is a child living with a family friend for 2 months privately fostered", expect: "private-fostering" },
  { q: "does living with a grandparent count as private fostering", expect: "private-fostering" },
  // private-fostering-notify
  { q: "who has to notify the council of a private fostering arrangement", expect: "private-fostering-notify" },
  { q: "how long do carers have to tell the la about private fostering", expect: "private-fostering-notify" },
  { q: "pf notification 48 hours - is that right?", expect: "private-fostering-notify" },
  // private-fostering-concern
  { q: "what do I do if i think a privately fostered kid is being trafficked", expect: "private-fostering-concern" },
  // unaccompanied-not-known
  { q: "what do i do with an unaccompanied minor that social care dont know about", expect: "unaccompanied-not-known" },
  // csc-role
  { q: "what are childrens social care responsible for with migrant kids", expect: "csc-role" },
  // health-services
  { q: "what should a&e reception look out for", expect: "health-services" },
  // holiday-addresses
  { q: "walk in centre - patient says they live abroad, what address do we take", expect: "holiday-addresses" },
  // schools
  { q: "are there any patterns of enrolment that schools should watch for", expect: "schools" },
  // missing-from-school
  { q: "kid stopped attending, could that be trafficking", expect: "missing-from-school" },
  // asylum-team
  { q: "should this go to the asylum team or the cp team", expect: "asylum-team" },
  // police-paladin
  { q: "what is paladin", expect: "police-paladin" },
  // lscp
  { q: "what should our safeguarding partnership be doing on trafficking", expect: "lscp" },
  // training
  { q: "any trafficking training available", expect: "training" },
  // refugee-council-panel
  { q: "can the refugee council go with a uasc to their asylum interview", expect: "refugee-council-panel" },
  // info-gathering
  { q: "what info will the social worker want from me after i refer", expect: "info-gathering" },
  // home-office-check
  { q: "how do we check the immigration status of the child and the carers", expect: "home-office-check" },
  // nrm-what
  { q: "whats the nrm", expect: "nrm-what" },
  { q: "nrm?", expect: "nrm-what" },
  { q: "can someone explain the NRM to me, first time i've come across it", expect: "nrm-what" },
  // nrm-who-refers
  { q: "can a teacher make an nrm referral", expect: "nrm-who-refers" },
  { q: "who counts as a first responder", expect: "nrm-who-refers" },
  // nrm-consent
  { q: "do we need consent for nrm", expect: "nrm-consent" },
  { q: "child doesnt want to be referred to the nrm, can we still", expect: "nrm-consent" },
  { q: "parent refuses nrm - does the child or parent have to agree", expect: "nrm-consent" },
  // nrm-threshold
  { q: "how sure do i have to be before doing an nrm", expect: "nrm-threshold" },
  { q: "is there a minimum level of evidence for nrm", expect: "nrm-threshold" },
  { q: "we dont have proof, just suspicions - can we still refer to the nrm", expect: "nrm-threshold" },
  // nrm-how
  { q: "where is the nrm form", expect: "nrm-how" },
  { q: "how do i do an nrm referral online", expect: "nrm-how" },
  // nrm-and-child-protection
  { q: "if we do an nrm do we still need to follow cp procedures", expect: "nrm-and-child-protection" },
  { q: "does the nrm take over from the s47", expect: "nrm-and-child-protection" },
  // duty-to-notify
  { q: "what is the duty to notify", expect: "duty-to-notify" },
  { q: "do we need to send a separate dtn form for a child", expect: "duty-to-notify" },
  { q: "can i do the anonymous duty to notify instead of an nrm for a 15yo", expect: "duty-to-notify" },
  // sca
  { q: "who decides nrm cases", expect: "sca" },
  // reasonable-grounds
  { q: "how long does the reasonable grounds decision take", expect: "reasonable-grounds" },
  { q: "nrm submitted tuesday, when do we get the first decision", expect: "reasonable-grounds" },
  // conclusive-grounds
  { q: "when does the conclusive grounds decision come", expect: "conclusive-grounds" },
  // recovery-period
  { q: "how long is the recovery period", expect: "recovery-period" },
  { q: "is it 45 days or 30 days reflection now", expect: "recovery-period" },
  { q: "minimum recovery and reflection period for a potential victim?", expect: "recovery-period" },
  // devolved-panels
  { q: "does our borough decide nrm cases locally through a panel", expect: "devolved-panels" },
  // negative-decision
  { q: "we got a negative rg, now what", expect: "negative-decision" },
  { q: "nrm says not a victim but we think he is, does cp stop", expect: "negative-decision" },
  // decision-makers-ignore-la
  { q: "the home office didn't seem to read our assessment when they made the decision, what can we do", expect: "decision-makers-ignore-la" },
  // chasing-feedback
  { q: "no response from the sca for weeks, how do we chase", expect: "chasing-feedback" },
  // nrm-new-information
  { q: "child has now disclosed more, can we add to the nrm", expect: "nrm-new-information" },
  // ictg-what
  { q: "what is an ictg", expect: "ictg-what" },
  { q: "independent child trafficking guardian - what do they do", expect: "ictg-what" },
  { q: "is an ICTA the same as an ICTG", expect: "ictg-what" },
  // ictg-number
  { q: "ictg number", expect: "ictg-number" },
  { q: "phone no for the ictg service?", expect: "ictg-number" },
  { q: "is there a 24/7 line for the guardians service", expect: "ictg-number" },
  { q: "need the barnardos ictg advice line asap", expect: "ictg-number" },
  // ictg-referral
  { q: "how do i refer to ictg", expect: "ictg-referral" },
  { q: "do we refer to ictg before or after the nrm", expect: "ictg-referral" },
  { q: "is london an ictg area, do i need to refer", expect: "ictg-referral" },
  { q: "ictg referral form?", expect: "ictg-referral" },
  // ictg-roles
  { q: "difference between ictg direct worker and regional practice coordinator", expect: "ictg-roles" },
  { q: "child lives with mum - will they get a direct worker or an rpc", expect: "ictg-roles" },
  // ictg-meetings
  { q: "do we have to invite the ictg to the strategy meeting", expect: "ictg-meetings" },
  { q: "how many days before the meeting do the papers need to go to the guardian", expect: "ictg-meetings" },
  { q: "ictg cant attend the cp conference, what happens", expect: "ictg-meetings" },
  // ictg-information
  { q: "is the guardian allowed to see the case file", expect: "ictg-information" },
  // four-ways-forward
  { q: "what are the options after information gathering", expect: "four-ways-forward" },
  { q: "four ways forward?", expect: "four-ways-forward" },
  { q: "manager and i have finished the info gathering - what decisions can we make now", expect: "four-ways-forward" },
  // assessment-purpose
  { q: "what is the assessment meant to decide", expect: "assessment-purpose" },
  // s20-accommodation
  { q: "when do we accommodate under s20", expect: "s20-accommodation" },
  { q: "criteria for section 20 for a trafficked child", expect: "s20-accommodation" },
  // epo-police-protection
  { q: "can the police use powers of protection in a trafficking case", expect: "epo-police-protection" },
  // no-further-action
  { q: "when is nfa appropriate", expect: "no-further-action" },
  // told-outcome
  { q: "will social care let me know what happened after my referral", expect: "told-outcome" },
  { q: "referred last week and heard nothing, will i be told the outcome", expect: "told-outcome" },
  // checking-documents
  { q: "how do i check a passport properly", expect: "checking-documents" },
  { q: "what documents should the sw look at", expect: "checking-documents" },
  { q: "carer says the passport is lost, is that acceptable", expect: "checking-documents" },
  // interview-decision
  { q: "who decides on a joint interview with police", expect: "interview-decision" },
  // interview-how
  { q: "how should we interview a possible trafficked child", expect: "interview-how" },
  { q: "what questions do i ask the child and the carers", expect: "interview-how" },
  { q: "should the carers be in the room when we speak to the child", expect: "interview-how" },
  // interpreters
  { q: "can the uncle interpret", expect: "interpreters" },
  { q: "is it ok to use her older sister as interpreter", expect: "interpreters" },
  { q: "do interpreters need to be dbs checked", expect: "interpreters" },
  { q: "can the carer translate for the kid during the visit, no interpreter available", expect: "interpreters" },
  // single-interview
  { q: "do police, home office and us all need to interview him separately", expect: "single-interview" },
  { q: "how do we avoid the child being interviewed over and over", expect: "single-interview" },
  // after-interview
  { q: "what happens after the interviews", expect: "after-interview" },
  // who-prosecutes
  { q: "who deals with the illegal entry side", expect: "who-prosecutes" },
  { q: "is it social care's job to investigate the visa fraud", expect: "who-prosecutes" },
  // s47-when
  { q: "when do we need a s47", expect: "s47-when" },
  { q: "s.47 threshold for a trafficked kid?", expect: "s47-when" },
  { q: "does every unaccompanied child need a section 47", expect: "s47-when", also: "unaccompanied-potential-victim" },
  { q: "at what point does a trafficking case become a child protection enquiry", expect: "s47-when" },
  // strategy-meeting-when
  { q: "how fast does the strategy meeting have to happen", expect: "strategy-meeting-when" },
  { q: "strategy meeting timescale", expect: "strategy-meeting-when" },
  { q: "child became looked after yesterday - when do we need the strat", expect: "strategy-meeting-when" },
  { q: "is it 2 working days for the strategy meeting after they arrive in the borough", expect: "strategy-meeting-when" },
  // strategy-meeting-agenda
  { q: "what should be on the strategy meeting agenda", expect: "strategy-meeting-agenda" },
  { q: "strategy meeting checklist trafficking", expect: "strategy-meeting-agenda" },
  { q: "what has to be agreed at the strat meeting", expect: "strategy-meeting-agenda" },
  // wt-timescales
  { q: "working together 2023 timescales", expect: "wt-timescales" },
  { q: "how long do we have to complete the assessment - 45 working days?", expect: "wt-timescales" },
  { q: "when must the icpc be held after the strategy discussion", expect: "wt-timescales" },
  // multi-agency-meetings
  { q: "who should attend the multi agency meeting", expect: "multi-agency-meetings" },
  { q: "border force cant make the meeting, what should they do", expect: "multi-agency-meetings" },
  // looked-after-assessment
  { q: "what assessment do we do when a trafficked child comes into care", expect: "looked-after-assessment" },
  { q: "trafficked yp just become lac, what needs assessing straight away", expect: "looked-after-assessment" },
  // placement-safety
  { q: "how do we keep the placement safe from the traffickers", expect: "placement-safety" },
  // relative-claims
  { q: "man says hes the childs uncle and wants to take her home, can he", expect: "relative-claims" },
  { q: "what checks before releasing a child to a family member who's turned up", expect: "relative-claims" },
  { q: "a woman claiming to be his cousin wants him to live with her - what's the process", expect: "relative-claims" },
  // contact-parents-abroad
  { q: "should we try to get hold of the parents back home", expect: "contact-parents-abroad" },
  { q: "do we contact the family in the country of origin", expect: "contact-parents-abroad" },
  // enquirers
  { q: "what can we say to people ringing up about the child", expect: "enquirers" },
  // support-services
  { q: "what support does a trafficked child need", expect: "support-services" },
  { q: "services to put in place for a trafficked yp", expect: "support-services" },
  // building-trust
  { q: "how do i get him to trust me", expect: "building-trust" },
  // legal-advice
  { q: "does a trafficked kid get independent legal advice about immigration", expect: "legal-advice" },
  // missing-child
  { q: "trafficked child gone missing what do i do", expect: "missing-child" },
  { q: "uasc hasnt come back to placement tonight", expect: "missing-child" },
  { q: "return home interview - how soon after they come back", expect: "missing-child" },
  { q: "she went missing from care overnight and is back now, what happens next", expect: "missing-child" },
  // going-missing-24h
  { q: "how soon do trafficked kids usually disappear", expect: "going-missing-24h" },
  { q: "is it true they can go missing within a day", expect: "going-missing-24h" },
  // golden-hour
  { q: "what's the golden hour", expect: "golden-hour" },
  { q: "golden hour checklist", expect: "golden-hour" },
  { q: "what should we do in the first hour after we identify a trafficked child", expect: "golden-hour" },
  // what-counts-as-missing
  { q: "is a kid not back by 10pm counted as missing", expect: "what-counts-as-missing" },
  // preventing-missing
  { q: "how do we stop him running back to the traffickers", expect: "preventing-missing" },
  { q: "ways to reduce risk of a trafficked child absconding", expect: "preventing-missing" },
  { q: "should we take a photo of the child in case they go missing", expect: "preventing-missing", also: "golden-hour" },
  // prosecution
  { q: "will she have to go to court against them", expect: "prosecution" },
  { q: "why are kids reluctant to give evidence against traffickers", expect: "prosecution" },
  // repatriation
  { q: "can a trafficked child be returned home", expect: "repatriation" },
  { q: "what needs doing before a child is sent back to their country", expect: "repatriation" },
  // age-uncertain
  { q: "we're not sure if hes over 18 what do we do", expect: "age-uncertain" },
  { q: "age disputed yp - treat as a child or adult", expect: "age-uncertain" },
  // age-assessment
  { q: "how do you do an age assessment", expect: "age-assessment" },
  { q: "is there basw guidance on age assessment", expect: "age-assessment" },
  // initial-assessment-7-days
  { q: "how quickly should the age assessment happen", expect: "initial-assessment-7-days" },
  { q: "7 day timescale for initial assessment - is that right", expect: "initial-assessment-7-days" },
  // unaccompanied-potential-victim
  { q: "should all unaccompanied kids be seen as potentially trafficked", expect: "unaccompanied-potential-victim" },
  { q: "do we treat every uasc as a potential trafficking victim", expect: "unaccompanied-potential-victim" },
  { q: "is it best practice to assume an unaccompanied child might be a victim of slavery", expect: "unaccompanied-potential-victim" },
  // uasc
  { q: "who is responsible for looking after uasc", expect: "uasc" },
  { q: "which team takes an unaccompanied asylum-seeking child", expect: "uasc" },
  // lead-coordinator
  { q: "should one person coordinate all our trafficking cases", expect: "lead-coordinator" },
  // lado
  { q: "what if the concern is about one of our staff", expect: "lado" },
  // further-guidance
  { q: "where can i read the full pg47 procedure", expect: "further-guidance" },
  // trafficking-assessment
  { q: "do we have to complete every section of the trafficking assessment form", expect: "trafficking-assessment" },
  { q: "what is the trafficking assessment", expect: "trafficking-assessment" },
  // nruc
  { q: "can we check the nruc database", expect: "nruc" },
  // embassies
  { q: "where can i find embassy contacts", expect: "embassies" },
  { q: "consulate contact details for the child's country?", expect: "embassies" },
  // later-suspicion
  { q: "what if suspicions only come up after the child has been in care for ages", expect: "later-suspicion" },
  // detention-centres
  { q: "who safeguards children in immigration removal centres", expect: "detention-centres" },
  // legislation
  { q: "what laws protect trafficked children", expect: "legislation" },
  { q: "what is the palermo protocol", expect: "legislation" },
  // statistics
  { q: "how many children are trafficked in the uk", expect: "statistics" },
  // housing
  { q: "signs of trafficking for environmental health visits to hmos", expect: "housing" },
  // ecpat
  { q: "who are ecpat", expect: "ecpat" },
  // what-to-record
  { q: "what should i write down", expect: "what-to-record" },
  // information-sharing
  { q: "can i share info without consent", expect: "information-sharing" },
  { q: "what can i tell the police about the child", expect: "information-sharing" },
  { q: "gdpr worries - can school share with social care", expect: "information-sharing" },
  { q: "who can we share the childs details with", expect: "information-sharing" },
  // police-not-acting
  { q: "police wont take it seriously, what now", expect: "police-not-acting" },
  { q: "cait say its not a crime matter, we think its trafficking", expect: "police-not-acting" },
  // reflection-period-too-short
  { q: "is the reflection period long enough for a child to tell the truth", expect: "reflection-period-too-short" },
  // operation-innerste
  { q: "what is operation innerste", expect: "operation-innerste" },
  // hague-convention
  { q: "1996 hague convention guidance", expect: "hague-convention" },
  // funding-placements
  { q: "is there money for a secure or specialist placement", expect: "funding-placements" },
  // ics-recording
  { q: "how do i put the trafficking assessment onto ICS", expect: "ics-recording" },
  // trafficking-profiles
  { q: "where can i find the latest trafficking trends", expect: "trafficking-profiles" },
  // leave-to-remain-nrm
  { q: "he already has leave to remain, is there any point doing an nrm", expect: "leave-to-remain-nrm" },
  // licensing-venues
  { q: "licensing officer here - what should i look for when visiting clubs", expect: "licensing-venues" },
  // major-events
  { q: "does trafficking go up around big sporting events", expect: "major-events" },
  // young-adult-victim
  { q: "what support is there once they turn 18", expect: "young-adult-victim" },
  { q: "care leaver who was trafficked as a child, now 19 - what support", expect: "young-adult-victim" },
  // cross-boundary
  { q: "child moved between boroughs, who leads", expect: "cross-boundary" },
  // child-information-languages
  { q: "any leaflets for the child in their language", expect: "child-information-languages" },
  // pause-assessment
  { q: "child gets upset during assessment, can we stop", expect: "pause-assessment" },
  // glaa
  { q: "what is the glaa", expect: "glaa" },
  // newcomers-drop-in
  { q: "any drop in for newly arrived young people", expect: "newcomers-drop-in" },
  // health-professional-guidance
  { q: "guidance for midwives on modern slavery", expect: "health-professional-guidance" },
  // adult-victim
  { q: "mum looks like she's being exploited too, what do we do", expect: "adult-victim" },
  { q: "the child's father seems to be in forced labour as well", expect: "adult-victim" },
  // nca-ukhtc
  { q: "what does the uk human trafficking centre do", expect: "nca-ukhtc" },

  // ---- stories ----
  // first steps
  { q: "yr9 girl keeps getting picked up after school by a guy in his late 20s in a black bmw, says hes her boyfriend. she has a brand new iphone but never has dinner money and shes gone really quiet in class. what do i do", expect: "what-to-do-first", story: true, signs: ["driven-around", "phone-no-money", "withdrawn"] },
  { q: "A&E - 15yo brought in with abdo pain, tested positive for chlamydia. man with her said he was a family friend and answered every question for her. she barely spoke. next steps?", expect: "what-to-do-first", story: true, signs: ["abuse-signs", "withdrawn"] },
  { q: "housing officer. inspected an hmo this morning, found a boy about 14 sleeping in the kitchen. he told me he works at a car wash in the day and a takeaway at night and the landlord keeps his wages for 'rent and the trip over'. who do i tell", expect: "what-to-do-first", story: true, signs: ["works-various-places", "hands-over-earnings", "debt"] },
  { q: "pcso - same girl maybe 10 years old begging outside the station every day, a woman drops her off at 7am and comes and takes the money off her at 6. is this trafficking?", expect: "what-to-do-first", story: true, signs: ["begs", "hands-over-earnings"] },
  { q: "youth worker. 17yo lad at the centre told me he owes 'the man who arranged his journey' about 8k, he cant keep any of his money until its paid off and hes terrified of being sent back. lives with his dad who seems to go along with it. pls advise", expect: "what-to-do-first", story: true, signs: ["debt", "journey-arranged", "afraid-deported"] },
  { q: "new yr 8 joined in sept, this is her 4th school in 2 years in 3 different cities, mum cant really explain why they keep moving and says the 'uncle' keeps all their passports. worried, what now", expect: "what-to-do-first", story: true, signs: ["unexplained-moves", "no-own-documents"] },
  { q: "dentist here, girl about 9 in today with really bad untreated decay and bruising on her upper arms, the adult with her said she's not with any gp and gave an address that doesnt seem to exist. what should i do", expect: "what-to-do-first", story: true, signs: ["abuse-signs", "no-gp"] },
  { q: "midwife. booking appt for a 16yo, her partner is in his 30s and holds her passport, did all the talking. when he left the room she whispered that she has to pay back the flights before she can keep anything she earns. what do i do first", expect: "what-to-do-first", story: true, signs: ["no-own-documents", "debt"] },
  { q: "bus co safeguarding lead. driver keeps seeing the same 3 boys about 13 riding the night routes getting off at different stops, all with new phones but never any money for the fare, one told him they were 'at work'. what's our process", expect: "what-to-do-first", story: true, signs: ["phone-no-money", "works-various-places"] },
  { q: "library assistant - a girl around 15 is in here most school days, said she isnt enrolled anywhere and cleans for a family in the evenings, she said they keep her pay. she lives with her mum who works for the same family. is this something", expect: "what-to-do-first", story: true, signs: ["no-school", "hands-over-earnings"] },
  { q: "traffic stop last night, 14yo girl in the back of a car with two older men, couldnt tell us where she was going or whose car it was, had a phone but no cash no id. she went home to mum. do i need to do anything more?", expect: "what-to-do-first", story: true, signs: ["driven-around", "phone-no-money"] },
  { q: "sexual health nurse: 13 yo girl, third sti screen this year, uses a lot of sexual language that isnt age appropriate and mentions older 'mates' who drive her about. what do i do", expect: "what-to-do-first", story: true, signs: ["abuse-signs", "sexualised", "driven-around"] },
  { q: "dsl - yr10 boy exhausted every day, eventually told me he goes out most nights and has to bring back a hundred quid every night or there's trouble. lives at home with parents. trafficking? what should i do", expect: "what-to-do-first", story: true, signs: ["minimum-earnings"] },
  { q: "environmental health - saw a girl who looked about 15 doing nails at a salon on monday, then at a different branch across town on tuesday. the manager answered for her and said her documents are kept 'at head office'. advice pls", expect: "what-to-do-first", story: true, signs: ["works-various-places", "no-own-documents"] },
  { q: "gp receptionist. a woman registering herself brought a boy of about 11 who she says is her son, he isnt registered with any gp or school and he spoke about working in a restaurant every night. she wouldnt let him answer questions. worried", expect: "what-to-do-first", story: true, signs: ["no-gp", "no-school"] },
  { q: "school nurse. 14yo girl disclosed she was 'given' to her boyfriend's friends at a party, she has marks on her wrists. she lives with mum and stepdad. what are my steps", expect: "what-to-do-first", story: true, signs: ["abuse-signs"] },
  { q: "social worker in a cin team, 15yo boy with an open cin plan, keeps disappearing for 3-4 days at a time and comes back with new trainers and 2 phones, mum says she has no idea where he goes. does this sound like trafficking and what should i do next", expect: "what-to-do-first", story: true, signs: ["missing-periods", "phone-no-money"] },
  { q: "foster carer's friend (not a carer herself) told me a girl next door, maybe 12, never leaves the house except to take the rubbish out, is never at school and the parents seem really strict. concerned neighbour - what should she do", expect: "what-to-do-first", story: true, signs: ["limited-freedom", "no-school"] },
  { q: "hi, i run a football club. one of our u15s told the coach he had to give his dad's 'boss' most of the money he makes washing cars at weekends and that the boss paid for them to come to the uk. dad seems scared of the guy too. not sure what to do", expect: "what-to-do-first", story: true, signs: ["hands-over-earnings", "journey-arranged"] },
  { q: "yot worker. 16yo on my caseload arrested for shoplifting again, same pattern every time, older lads drive him to different shopping centres and he has to hand over what he steals. he's very flat, wont say much. is this exploitation / trafficking and what do i do", expect: "what-to-do-first", story: true, signs: ["driven-around", "works-various-places", "withdrawn"] },
  { q: "Dear duty team, I am a health visitor. At a new birth visit I noticed that the address has had at least six different children staying there over the past year, none of them registered with a GP. The current girl, about 8, was doing all the childcare. The mother of the newborn said she is 'a helper from back home'. Please advise on what I should do.", expect: "what-to-do-first", story: true, signs: ["no-gp", "unexplained-moves"] },
  { q: "teacher, yr11 girl said her mum's boyfriend took her passport 'for safe keeping' and now she's not allowed out at weekends except to work in his shop, which she says pays off what they owe him. is this a referral", expect: "what-to-do-first", story: true, signs: ["no-own-documents", "limited-freedom", "debt"] },
  { q: "A&E nurse, 16 yo girl came in at 3am with a head injury, brought by a man who left as soon as she was booked in. gave 3 different addresses and couldn't give any next of kin. she has a phone that keeps ringing. what do i do", expect: "what-to-do-first", story: true, signs: [] },
  { q: "council cleaner found a young teenager sleeping in the stairwell of our block, he said he's from Romania and works on a building site for a man who collects him in a van each morning, and he sends all his money to the man. he said his aunt lives on the 3rd floor. what do i do", expect: "what-to-do-first", story: true, signs: ["driven-around", "hands-over-earnings"] },
  { q: "pharmacist - 15yo girl came in to buy the morning after pill for the 3rd time this month, older woman waited outside and took her change and her phone off her when she left. should I report this", expect: "what-to-do-first", story: true, signs: [] },
  { q: "hi im a TA. 7yo in reception class talks about 'going to work with auntie' at the market, often falls asleep in class and is hungry. mum is at home but seems frightened of auntie. what should i do, does trafficking even apply to this age", expect: "what-to-do-first", story: true, signs: [] },
  { q: "police officer. called to a disturbance at a flat, found 2 girls about 15 who said they'd come from Albania 'to work' and a man had sorted their visas. they were very scared of immigration. an adult woman there says she is their mother. what next", expect: "what-to-do-first", story: true, signs: ["journey-arranged", "afraid-deported"] },
  { q: "school admin, girl's admission docs look dodgy - passport photo doesnt look like her and the name is different from the mum's. mum says the passport belongs to a relative. she's been here a term. what should i do", expect: "what-to-do-first", story: true, signs: ["false-papers"] },
  { q: "community nurse, visited a family where a 13 yo boy is clearly working as a domestic - cooking cleaning for everyone, not in school, sleeps on the floor. the family say he's their son but he looks nothing like them and barely talks. help", expect: "what-to-do-first", story: true, signs: ["no-school", "withdrawn"] },
  { q: "yp at our youth project told me her 'boyfriend' (21) posts pics of her online and makes her meet men he arranges, he picks her up every friday in his car. she's 15, lives with grandma. what do i do", expect: "what-to-do-first", story: true, signs: ["driven-around", "sexualised"] },
  { q: "teacher, a quiet yr7 boy has started turning up with cash and a second phone, someone older drops him off at school. his attendance is ok. not sure if im overthinking, what do i do", expect: "what-to-do-first", story: true, signs: ["driven-around"] },
  { q: "Hello, I volunteer at a food bank. A family of four come every week. The eldest girl, 14, told me she was brought over on someone else's papers and the man who did it takes most of what her mum earns. She is not at school. Who should I contact?", expect: "what-to-do-first", story: true, signs: ["false-papers", "no-school", "hands-over-earnings"] },
  { q: "walk in centre - 12 yo girl with infected burns to her hands, mum says she got them cooking at the family restaurant where she works evenings. child not at school since they arrived 6 months ago. is this trafficking? what should i do", expect: "what-to-do-first", story: true, signs: ["abuse-signs", "no-school"] },
  { q: "parking warden here, not sure if this is the right place. keep seeing a lad about 14 selling roses table to table in restaurants late at night, different street every night, a man in a car watches him. who do i tell", expect: "what-to-do-first", story: true, signs: ["works-various-places", "begs"] },
  { q: "sw - referral from school re 16yo whose family moved here from Nigeria, she says she has to earn £50 a day braiding hair or her dad's friend gets angry, she hands him the cash. dad at home. is this trafficking, what do i need to do", expect: "what-to-do-first", story: true, signs: ["minimum-earnings", "hands-over-earnings"] },
  { q: "residential cleaner at a hotel, found a girl maybe 15 in a room booked by a man, she had no bag no id, just a phone, looked really scared and wouldnt talk. man came back and took her out. what should i have done / do now", expect: "what-to-do-first", story: true, signs: ["phone-no-money", "withdrawn", "no-own-documents"] },
  { q: "tutor - student 15 told me she has been moved between 'family friends' in birmingham, leeds and london in the last year, and now lives back with her mum. she cant say why. mum gets defensive. is this a concern", expect: "what-to-do-first", story: true, signs: ["unexplained-moves"] },
  { q: "gp - 14yo boy brought in with back pain and skin infections, says he works long hours on a farm with his father's employer, isn't in school, has never seen a doctor here. dad says they owe the employer for their travel. next steps?", expect: "what-to-do-first", story: true, signs: ["abuse-signs", "no-school", "no-gp", "debt"] },
  { q: "teacher: boy in yr 9 constantly talks about being scared of deportation, asks me if police will send him back, says a man who 'helped' his mum get visas for lots of people is always at their house. what do i do", expect: "what-to-do-first", story: true, signs: ["afraid-deported", "adult-many-visas"] },
  { q: "immigration enforcement caseworker, inland. 11 yo girl lives with her mum at an address owned by a man who has guaranteed dozens of visitor visas, and several of those visitors never went home. mum seems scared of him. what should we do to protect the girl", expect: "what-to-do-first", story: true, signs: ["adult-many-visas", "adult-visitors-stayed"] },
  { q: "nursery manager. mum drops her 3 yo off but she gets collected by different men every week who dont seem to know her, mum is very vague about who they are. the child flinches when touched. im really worried", expect: "what-to-do-first", story: true, signs: ["abuse-signs"] },
  { q: "pcso. shop owner says 2 girls maybe 13 keep coming in to buy phone top ups with someone else's card, they are picked up after by an older man in a van. trafficking or just fraud? what do i do", expect: "what-to-do-first", story: true, signs: ["driven-around"] },
  { q: "cin social worker. teen girl i work with went quiet, wont speak in sessions anymore, has started using very sexualised language and has a new older 'bf' who collects her in his car. she was always chatty. trafficking indicators? what steps", expect: "what-to-do-first", story: true, signs: ["withdrawn", "sexualised", "driven-around"] },
  { q: "Good morning. I am the DSL at a secondary school. A year 10 pupil told her form tutor that she was brought to the UK by a woman who is not her mother, on a passport in another name, and that she has to hand over her wages from a weekend job. She lives with her mother now, who arrived later. I would be grateful for advice on next steps.", expect: "what-to-do-first", story: true, signs: ["false-papers", "journey-arranged", "hands-over-earnings"] },
  { q: "housing - family in temp accommodation, 15yo son out every night til 4am, comes back with money he gives to his older 'cousin' who isnt living there, mum says she has no control over him. what should i do", expect: "what-to-do-first", story: true, signs: ["missing-periods", "hands-over-earnings"] },
  { q: "optician here. lad of about 13 came in with his dad, dad kept the boy's passport in his pocket and said they'd only been here a month and the boy 'helps in the business' and doesnt go to school yet. something felt off. what do i do?", expect: "what-to-do-first", story: true, signs: ["no-school"] },
  { q: "charity outreach worker, came across a 16yo girl begging at marble arch, she said she's from Romania and a man brings her every day and she has to get 40 quid before she can go back. her mum is with the same group. is this trafficking?", expect: "what-to-do-first", story: true, signs: ["begs", "minimum-earnings"] },
  { q: "school nurse again - same girl i mentioned, now has bruises and says she's 'not allowed to go anywhere' except school and home, her phone gets checked by her dad's friend. she lives with dad. does this change anything / what now", expect: "what-to-do-first", story: true, signs: ["abuse-signs", "limited-freedom"] },
  { q: "hi, im a teacher, one of my students said her journey to the uk was 'paid for by a lady' who now wants her to work in her house at weekends to pay it back. she lives with her mum who is also working for the lady. how do i handle this", expect: "what-to-do-first", story: true, signs: ["journey-arranged", "debt"] },
  { q: "police control room. caller says a girl about 14 is working behind the bar at a shisha lounge until 3am most nights and is driven there and back by the owner. no immediate danger. what should the response be", expect: "what-to-do-first", story: true, signs: ["driven-around"] },
  { q: "Speech and language therapist. 8 year old with no school place, family moved 5 times in a year between London boroughs, no GP records, dad is vague about where they were before. Is this a trafficking concern and what do I do?", expect: "what-to-do-first", story: true, signs: ["unexplained-moves", "no-school", "no-gp"] },
  { q: "im a sw, 16yo refers herself saying her step-mum makes her work in a factory for cash which goes straight to the step-mum, she's never had her own passport and isnt registered at school or gp. lives with dad and step-mum. what's the first thing i do", expect: "what-to-do-first", story: true, signs: ["hands-over-earnings", "no-own-documents", "no-school", "no-gp"] },
  { q: "A&E paeds - 6 yo with old fractures at different stages of healing, family gave us an address in the uk and one in ghana and keep changing the story about who looks after him. mum present. what should i do", expect: "what-to-do-first", story: true, signs: ["abuse-signs"] },
  { q: "careers adviser. 17 yo boy keeps missing appointments because he is driven to 'jobs' all over london by a man he calls his boss, he says he cant leave til he's paid back his travel. lives with his mum. who do i report to", expect: "what-to-do-first", story: true, signs: ["driven-around", "works-various-places", "debt"] },
  { q: "hey - nail bar visit today with trading standards. two girls look maybe 14-15, said they're 'visiting' but have been working here for months, owner holds their passports, they said their trip was arranged by him. they live with the owner's sister. what do we do", expect: "what-to-do-first", story: true, signs: ["no-own-documents", "journey-arranged"] },
  { q: "sw - 13 yo boy on cp plan for neglect keeps going missing for a night or two, police found him last time in a flat with older men, he now has a phone but no money for food. i think he is being exploited. what should i do now", expect: "what-to-do-first", story: true, signs: ["missing-periods", "phone-no-money"] },
  { q: "mosque madrassah teacher, a girl of 11 told me she's not allowed to go to school because she has to look after the house, and that she was brought here on a passport with a different name. she lives with her father. what should i do", expect: "what-to-do-first", story: true, signs: ["no-school", "false-papers"] },
  { q: "school attendance officer, not a missing case - she attends, but she's always collected by a different man in a different car, she looks exhausted and has marks on her neck. any advice?", expect: "what-to-do-first", story: true, signs: ["driven-around", "abuse-signs"] },
  { q: "gp - 15 yo girl says she was brought into the country hidden in a lorry by people her dad paid. now lives with dad, works in his friend's shop for nothing, scared the police will deport her. what are the next steps", expect: "what-to-do-first", story: true, signs: ["entered-illegally", "afraid-deported"] },
  { q: "teacher. 14 yo boy said 'my uncle's friend has my passport and says I owe him for bringing me'. his mum is here with him. i dont know what to do", expect: "what-to-do-first", story: true, signs: ["no-own-documents", "debt"] },
  { q: "hospital play specialist - 10 yo on ward says she sells things on the street for a lady and has to bring back a set amount each day, otherwise she doesnt eat. mum visiting daily. what's my role", expect: "what-to-do-first", story: true, signs: ["minimum-earnings"] },
  { q: "community safety officer: we got intel that a girl of about 15 is being taken to different addresses across east london by older men at weekends. she lives at home. parents unaware. is this trafficking and what's the process", expect: "what-to-do-first", story: true, signs: ["driven-around", "works-various-places"] },
  { q: "early help worker. family of 5, mum says 'the man who brought us' still has all their documents and they have to work off the debt. 12yo son helps on the market stall, not in school yet. how do i escalate", expect: "what-to-do-first", story: true, signs: ["no-own-documents", "debt", "no-school"] },
  { q: "sw: 15yo boy, matches the profile in the last police bulletin - albanian lad, recently arrived with his dad, very anxious about immigration, dad says a 'friend' arranged the visa. concerned. what's the first step", expect: "what-to-do-first", story: true, signs: ["fits-profile", "afraid-deported", "journey-arranged"] },
  { q: "hi, im a dance teacher. a 14 yo student keeps saying she cant come to class because she has to 'work' for her mum's friend, who picks her up, and she is never allowed out on her own. what should i do?", expect: "what-to-do-first", story: true, signs: ["limited-freedom", "driven-around"] },
  { q: "A&E receptionist. teenage boy brought in with stab wound, the men who brought him drove off. he had 3 phones and no money, wouldnt give an address, said he lives 'with family'. police called. do i need to do a referral too", expect: "what-to-do-first", story: true, signs: ["phone-no-money", "withdrawn"] },
  { q: "school - girl 13 tells friend she is being made to have sex with men her 'uncle' brings to the house. lives with mum and uncle. DSL off sick. what do i do", expect: "what-to-do-first", story: true, signs: ["abuse-signs"] },
  { q: "taxi licensing team, a driver reported regularly taking a 14ish girl from a hotel to different flats at night, an adult man pays. she never speaks. what should we do", expect: "what-to-do-first", story: true, signs: ["driven-around", "withdrawn"] },
  { q: "hi im a family support worker. kid (11) has been in 3 countries and 4 uk towns in 2 years, family keep leaving in a hurry, adults arent clear who's actually in charge of him and mum is rarely there. is this a trafficking thing", expect: "what-to-do-first", story: true, signs: ["unexplained-moves", "no-responsible-adult"] },
  { q: "police - domestic call, found a 15 yo girl who says she was brought over from vietnam by 'the boss', has false passport the boss gave her, she has to work in a nail bar to pay back the trip. she lives with her older brother. what are the next steps for us", expect: "what-to-do-first", story: true, signs: ["false-papers", "journey-arranged", "debt"] },
  { q: "youth worker: 16 yo girl, self reports she is given cocaine by the older guys she 'hangs with' and then has to do what they want. has STI. lives with mum in our borough. what now", expect: "what-to-do-first", story: true, signs: ["abuse-signs"] },
  { q: "sw, initial visit - 14 yo lives with mum, mum works 'for a man' who holds both their papers, kid cooks and cleans for the man's family every evening and isnt allowed to go out. im not sure if its trafficking or just poverty", expect: "what-to-do-first", story: true, signs: ["no-own-documents", "limited-freedom"] },

  // immediate-danger
  { q: "there's a man outside the school gates right now trying to get a yr8 girl into his car, she's crying, what do i do", expect: "immediate-danger", story: true, signs: ["driven-around"] },
  { q: "a 14yo just texted me she's locked in a flat in ilford and the man is coming back tonight, she doesnt know the address", expect: "immediate-danger", story: true, signs: ["limited-freedom"] },
  { q: "urgent - boy at our centre says the men he works for are waiting round the corner and will hurt him if he doesnt come out in the next 10 mins", expect: "immediate-danger", story: true, signs: [] },
  { q: "girl ran into the pharmacy saying a man is chasing her and she's been kept in a house, shes about 15, bleeding from her lip. help", expect: "immediate-danger", story: true, signs: ["limited-freedom", "abuse-signs"] },
  { q: "youth worker - 13 yo just phoned from a car saying she's being driven somewhere by men she doesnt know and is scared, line went dead. what do i do", expect: "immediate-danger", story: true, signs: ["driven-around"] },
  { q: "ward staff - dad has turned up on the children's ward threatening to take the girl away tonight, we think he's the one exploiting her. she is 12", expect: "immediate-danger", story: true, signs: [] },

  // county-lines
  { q: "police in kent picked up a 15yo from lewisham in a trap house with 40 wraps and 2 phones, hes been reported missing 3 times this month. what do we do", expect: "county-lines", story: true, signs: ["missing-periods", "phone-no-money"] },
  { q: "yot worker - my 16yo keeps getting arrested in seaside towns 100 miles away with drugs on him, he says he has to pay off a debt to 'his elders' who lost a package. trafficking?", expect: "county-lines", story: true, signs: ["debt", "works-various-places"] },
  { q: "dsl - year 9 boy missing from school for days at a time, comes back with train tickets to norwich and swindon in his bag and a burner phone, never has lunch money. how do i handle this", expect: "county-lines", story: true, signs: ["missing-periods", "phone-no-money", "works-various-places"] },
  { q: "mum rang school in a state, her 14 yo son went missing friday, turned up in a flat in margate with older men selling drugs. he now says he owes them for drugs that got seized. what do we do", expect: "county-lines", story: true, signs: ["missing-periods", "debt"] },
  { q: "residential care worker, 15yo lad keeps going missing and coming back from hertfordshire with cash and a cheap nokia, police found him dealing out of a vulnerable adult's flat there", expect: "county-lines", story: true, signs: ["missing-periods", "phone-no-money"] },
  { q: "bus company - driver says teenagers keep travelling from london to rural stops with bags that look like drugs and get met by older men who take the cash off them. one looked 13", expect: "county-lines", story: true, signs: ["hands-over-earnings"] },

  // cannabis-farm
  { q: "police raided a house in croydon, found a vietnamese boy about 15 locked in with hundreds of cannabis plants, says he was brought over in a lorry and has to pay off his travel. custody want to charge him", expect: "cannabis-farm", story: true, signs: ["limited-freedom", "entered-illegally", "debt"] },
  { q: "custody nurse - 16 yo arrested at a grow house, he's terrified, keeps saying he'll be deported, had no papers on him. is he an offender or a victim here", expect: "cannabis-farm", story: true, signs: ["afraid-deported", "no-own-documents"] },
  { q: "we got a call from police, a 14 yo found 'gardening' in a cannabis factory above a shop, he couldnt leave, doors padlocked from outside. what should csc do", expect: "cannabis-farm", story: true, signs: ["limited-freedom"] },
  { q: "yot - lad charged with cultivation after a raid, he says he was sent to different houses to water plants and never got paid, the bosses have his passport", expect: "cannabis-farm", story: true, signs: ["works-various-places", "no-own-documents"] },
  { q: "housing officer: found what looks like a cannabis farm in a council flat, a teenager was living there alone watering plants, said someone pays for his phone but he has no money for food", expect: "cannabis-farm", story: true, signs: ["phone-no-money"] },

  // forced-marriage
  { q: "yr 11 girl told me her parents are taking her to pakistan this summer to marry her cousin and she doesnt want to. she's not allowed out after school. what do i do", expect: "forced-marriage", story: true, signs: ["limited-freedom"] },
  { q: "16 yo girl said her family have 'sold' her to an older man abroad as a wife and she's being sent next month, her passport has been taken by her dad", expect: "forced-marriage", story: true, signs: ["no-own-documents"] },
  { q: "school nurse - 15 yo boy says he is being made to marry a girl in bangladesh over half term, parents have booked tickets, he's scared", expect: "forced-marriage", story: true, signs: [] },
  { q: "gp - 17 yo patient came in with her 'husband', she says she was married at 15 back home and brought here by him and his family, she isnt allowed out alone", expect: "forced-marriage", story: true, signs: ["limited-freedom"] },
  { q: "teacher: girl in yr10 says she overheard her parents arranging her wedding to a man in his 40s abroad next year, and that an engagement has been agreed without asking her", expect: "forced-marriage", story: true, signs: [] },

  // port-of-entry
  { q: "border force at stansted. 12yo girl arrived with a woman who says she's her aunt, the woman holds the girl's passport and the visa was arranged by a 'travel agent', neither story matches. what now", expect: "port-of-entry", story: true, signs: ["no-own-documents", "journey-arranged"] },
  { q: "immigration officer at gatwick, boy about 14 travelling with a man whose passport shows he's sponsored lots of other kids' visas, boy doesnt know the man's surname. concerns", expect: "port-of-entry", story: true, signs: ["adult-many-visas", "no-responsible-adult"] },
  { q: "dover - lorry search found a girl about 15 hidden in the back, says she paid nobody, men put her in, she has to work for them in london. what's our process", expect: "port-of-entry", story: true, signs: ["entered-illegally", "journey-arranged"] },
  { q: "eurostar terminal - 13yo arrived with an adult whose documents look forged, the child's passport photo doesnt match her", expect: "port-of-entry", story: true, signs: ["false-papers"] },
  { q: "airport chaplain, a young girl on her own in arrivals at luton crying, said someone was meant to meet her, she has no passport, a man took it off her on the plane. what should happen", expect: "port-of-entry", story: true, signs: ["no-own-documents", "no-responsible-adult"] },
  { q: "heathrow - 16 yo boy, adult escort disappeared after landing, child says his visa was sorted by a 'friend of the family' who he has never met, address he's going to is a shop", expect: "port-of-entry", story: true, signs: ["journey-arranged", "no-responsible-adult"] },

  // private-fostering-concern
  { q: "teacher: 10yo girl has lived with a 'family friend' since march, mum is back in ghana, the friend makes her do all the housework and the child isnt registered with a gp. they barely speak to each other. what do i do", expect: "private-fostering-concern", story: true, signs: ["not-with-parents", "no-gp"] },
  { q: "church volunteer - family in our congregation has a girl of 12 they say is a relative from nigeria, she calls them aunty, does all the cooking and cleaning, isnt in school and looks frightened of them. not a close relative as far as i know. concerned", expect: "private-fostering-concern", story: true, signs: ["not-with-parents", "no-school"] },
  { q: "health visitor - 14 yo boy staying with his dad's friend for 6 months, the council doesnt know, he works in the friend's shop and the friend keeps his passport. trafficking?", expect: "private-fostering-concern", story: true, signs: ["not-with-parents", "no-own-documents"] },
  { q: "school admissions - 13yo registered by a woman who is not a relative, says parents are abroad and she's looking after him 'long term', the relationship seems cold and the boy is scared of her", expect: "private-fostering-concern", story: true, signs: ["not-with-parents"] },
  { q: "gp surgery: 11 yo girl brought by a family acquaintance who has had her for 3 months, no pf notification made, child is very withdrawn and has bruises", expect: "private-fostering-concern", story: true, signs: ["not-with-parents", "withdrawn", "abuse-signs"] },
  { q: "neighbour of a family says a 9 yo girl arrived from Sierra Leone to live with non-relatives last year, never goes to school, gets shouted at a lot and does the childcare for their kids", expect: "private-fostering-concern", story: true, signs: ["not-with-parents", "no-school"] },

  // unaccompanied-not-known
  { q: "youth club - a 15 yo eritrean boy turned up on his own, arrived last week, sleeping at a mosque, no adults with him and social care dont know about him", expect: "unaccompanied-not-known", story: true, signs: ["entered-illegally", "no-responsible-adult"] },
  { q: "police - found a lad of about 16 sleeping rough near victoria, just arrived from sudan in a lorry, no family here, not known to any la", expect: "unaccompanied-not-known", story: true, signs: ["entered-illegally", "no-responsible-adult"] },
  { q: "charity caseworker, 14 yo afghan girl came to our drop in alone, says the people who brought her 'left her', no one is looking after her and she's not known to csc", expect: "unaccompanied-not-known", story: true, signs: ["no-responsible-adult"] },
  { q: "library staff: teenage boy comes in every day alone, says he's 15 and arrived in the uk on his own two months ago, not in school, sleeps at different friends' places, no social worker", expect: "unaccompanied-not-known", story: true, signs: ["no-school", "no-responsible-adult"] },
  { q: "a&e - unaccompanied 13 yo from albania brought in by a member of the public, he has no documents, no adult, doesnt speak english. no social care involvement", expect: "unaccompanied-not-known", story: true, signs: ["no-own-documents", "no-responsible-adult"] },

  // missing-from-school
  { q: "attendance officer - yr7 girl enrolled in september, hasnt been in for 3 weeks, home visit found the flat empty and neighbours say the family left overnight. she only arrived from abroad in the summer", expect: "missing-from-school", story: true, signs: ["unexplained-moves"] },
  { q: "head of year: 14 yo boy registered for one term then just stopped coming, phone numbers dont work, address given turns out to be a shop", expect: "missing-from-school", story: true, signs: [] },
  { q: "primary school - 8 yo hasn't been in for 2 weeks, the 'aunt' who enrolled her has moved out, no forwarding address. the documents at admission were photocopies only", expect: "missing-from-school", story: true, signs: ["unexplained-moves"] },
  { q: "dsl - yr9 girl just vanished off roll, last seen being collected by a man in a car, family say she's 'gone back home' but cant say where", expect: "missing-from-school", story: true, signs: ["driven-around"] },
  { q: "school near the port - 3rd child this year from the same address enrols for a term and then disappears, latest is a 12 yo boy who hasn't been seen for 10 days", expect: "missing-from-school", story: true, signs: ["unexplained-moves"] },

  // placement-safety
  { q: "foster carer - same car has been parked outside our house 3 nights running since the girl came to us, and someone keeps ringing the landline asking for her by name", expect: "placement-safety", story: true, signs: [] },
  { q: "residential worker: new placement of a trafficked 15 yo, we've seen men hanging round the gates and she's getting messages from unknown numbers. how do we keep her safe", expect: "placement-safety", story: true, signs: [] },
  { q: "foster carer. the young person placed with me last week keeps getting called on a phone i didnt know she had, and a man followed us home from the shops", expect: "placement-safety", story: true, signs: [] },
  { q: "children's home manager, uasc boy placed with us yesterday after being found in a nail bar, a taxi has come twice asking for him. he looks terrified", expect: "placement-safety", story: true, signs: [] },
  { q: "supported lodgings host - the 16 yo with me is a suspected trafficking victim, his 'friends' keep turning up at the door and asking when he can come out. what should I be doing", expect: "placement-safety", story: true, signs: [] },

  // enquirers
  { q: "duty sw - a man has rung 4 times saying he's the child's 'sponsor' and wants to know where she's been placed. what can i tell him", expect: "enquirers", story: true, signs: [] },
  { q: "school reception: a woman came in asking which foster family our new looked-after pupil is living with, says she's a family friend. what am i allowed to say", expect: "enquirers", story: true, signs: [] },
  { q: "social worker - a solicitor we've never heard of emailed asking for the address of a trafficked girl in our care, claims to act for her family", expect: "enquirers", story: true, signs: [] },
  { q: "foster carer: someone from the boy's 'community' phoned the office asking which borough he's in and if they can visit. what info can the office give", expect: "enquirers", story: true, signs: [] },
  { q: "gp practice - a man called claiming to be a 14 yo patient's brother, wanted her new address and details of her social worker. she is looked after. do we tell him anything", expect: "enquirers", story: true, signs: [] },

  // age-uncertain
  { q: "yp says he's 16 but looks well over 20, has no papers. the asylum team want to treat him as an adult. what do we do meanwhile", expect: "age-uncertain", story: true, signs: [] },
  { q: "police - girl found in a brothel raid, says she's 19 and shows a passport but looks about 14, the passport looks fake. how do we treat her", expect: "age-uncertain", story: true, signs: ["false-papers"] },
  { q: "housing officer - young man in adult hostel says he's actually 17, arrived alone from vietnam, hostel staff dont believe him", expect: "age-uncertain", story: true, signs: [] },
  { q: "border force: boy with documents saying he's 18 but he says he's 15, a man arranged the papers for him. which route", expect: "age-uncertain", story: true, signs: ["false-papers", "journey-arranged"] },
  { q: "adult social care - woman referred to us as a potential victim of labour exploitation, but she looks and acts like a teenager and gave two different dates of birth", expect: "age-uncertain", story: true, signs: [] },

  // lado
  { q: "head teacher - one of our TAs has been seen driving a year 10 girl around after school and she has a new phone he bought her. i think he might be involved in exploiting her", expect: "lado", story: true, signs: ["driven-around"] },
  { q: "youth club - a volunteer keeps offering lifts to some of the 14 yo boys and they come back with cash, one said he 'works' for him", expect: "lado", story: true, signs: ["driven-around"] },
  { q: "residential manager, night staff member has been passing a resident's whereabouts to men who keep turning up. she is a suspected trafficking victim", expect: "lado", story: true, signs: [] },
  { q: "foster carer's partner seems to be taking the 15 yo placed with them to 'work' at different addresses at weekends, the girl says she hands the money over to him", expect: "lado", story: true, signs: ["works-various-places", "hands-over-earnings"] },
  { q: "football coach at our club arranges for lads to travel to 'trials' abroad and back and one of the boys said he had to carry a package. concerned about the coach", expect: "lado", story: true, signs: [] },

  // later-suspicion
  { q: "uasc boy in our care for 8 months, just told his key worker he still owes money to the agent who brought him and has been going out at night to work it off. no nrm was ever done", expect: "later-suspicion", story: true, signs: ["debt", "missing-periods"] },
  { q: "lac review coming up - 16 yo girl placed 10 months ago as an asylum seeker, we've now found out a man has been collecting her from the placement and taking her money", expect: "later-suspicion", story: true, signs: ["driven-around", "hands-over-earnings"] },
  { q: "leaving care pa - 17 yo in semi independent, been with us a year, only now disclosed she was brought here to work in a house and is still scared of that family. what do we do now", expect: "later-suspicion", story: true, signs: [] },
  { q: "iro - child looked after for nearly a year for neglect, new info from police suggests she was brought in by traffickers and the 'mother' isnt her mother", expect: "later-suspicion", story: true, signs: [] },
  { q: "foster carer: boy has been with me 6 months, started going missing on sundays, now has a phone and new clothes, i found a train ticket to birmingham. nobody thought about trafficking when he came", expect: "later-suspicion", story: true, signs: ["missing-periods", "phone-no-money"] },

  // detention-centres
  { q: "we've been told a 15 yo is being held at an immigration removal centre with his mother, the family say they were brought here by a man who took their passports. who safeguards him", expect: "detention-centres", story: true, signs: ["no-own-documents"] },
  { q: "visitor group volunteer at a detention centre: met a young lad who says he's 16 and is being held with adults, he says the men who brought him made him work", expect: "detention-centres", story: true, signs: [] },
  { q: "lscp business manager - there's a removal centre in our borough and a detained family has a 12 yo who seems to have been trafficked. who is responsible for safeguarding her", expect: "detention-centres", story: true, signs: [] },
  { q: "solicitor - my client's 14 yo daughter is detained with her at a short term holding facility, she has disclosed being exploited by the people who arranged their journey", expect: "detention-centres", story: true, signs: ["journey-arranged"] },
];

export const heldout25OffTopic: string[] = [
  "is it going to rain tomorrow in croydon",
  "how do i reset my outlook password",
  "whats the best way to get from stratford to heathrow",
  "when is payday this month",
  "how many days annual leave do i have left",
  "can someone fix the printer on the 3rd floor",
  "where do i park at the civic centre",
  "my dog has been sick all night, which vet is open sunday",
  "how do i book a meeting room in teams",
  "my daughter's school is closed tomorrow, can i work from home",
  "how do i claim mileage",
  "when does the council collect bulky waste",
  "can you recommend a good lunch place near the office",
  "how do i report a pothole",
  "what's the wifi password for visitors",
  "is the canteen open on fridays",
  "how do i change my bank details for payroll",
  "my back hurts from my desk chair, who do i ask for a DSE assessment",
  "tips for a job interview next week",
  "how do i renew my parking permit",
  "how do i set my out of office",
  "what time is the christmas party",
  "traffic on the a406 is awful today, any alternative routes",
  "how do i report a smuggling of contraband cigarettes from a corner shop to trading standards",
  "my cat went missing yesterday, how do I report a lost pet",
  "how do i make a referral to occupational health for myself",
  "do we have a spanish interpreter for the council tax appeal meeting",
  "can you draft an agenda for our team strategy meeting on the new IT rollout",
  "how long is the recovery after a knee operation",
  "my passport expires next month, how do i renew it quickly",
  "who is on duty for the IT helpdesk this weekend",
  "what visa do i need for a holiday in the usa",
  "is there a fix for the exploitation of the log4j vulnerability in our software",
  "i want to foster a rescue dog, any charities you recommend",
  "how do I apply for a traffic management order for our street party",
  "my mother is in hospital, how do i request compassionate leave",
  "is the recovery mode on my laptop going to delete my files",
  "how do i get a missing parcel refunded from royal mail",
  "can my elderly neighbour get a blue badge",
  "how do i apply for the housing officer vacancy advertised internally",
];
