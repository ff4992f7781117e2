/*
 * heldout26.ts - BLIND held-out practitioner question set for the PG47 knowledge base.
 * Written by a blind question-writer helper session, started Tue Dec  8 03:13:42 UTC 2026.
 * Read only: /work/shared/seeds/000..004 (all five), /work/shared/docs/product.md,
 *   /tmp/blind26/labels.txt (entry ids and indicator ids, for labelling only),
 *   /tmp/blind26/fresh.ts (the Fresh type). No bot code, content, tests or other held-out sets.
 * Counts: in-scope 399, stories 144 (71 first-steps, 73 situation), direct/reworded 255, off-topic 40, dropped 9
 * Coverage findings (plausible practitioner questions dropped: no entry in labels.txt clearly answers them):
 *  1. "who should photograph a child at risk of going missing, and must it be done within 24 hours?" (monitoring report §7.2)
 *  2. "how do we transfer an unaccompanied child to another council under the National Transfer Scheme?" (PG47 Appendix 3)
 *  3. "how should we flag modern slavery cases on our case system so we can actually report the numbers?" (Southwark scrutiny session)
 *  4. "what support is there for a young victim before a safe house place and after it ends at about 90 days?" (Southwark scrutiny session)
 *  5. "should our council set up an Adult MASH, modern slavery champions or a task and finish group?" (Southwark scrutiny session)
 *  6. "is there a virtual support group of pilot boroughs we can ask about implementing the toolkit?" (monitoring report §10.3 rec 16)
 *  7. "how does an NRM referral affect the child's asylum claim and the Home Office guidance on children's asylum claims?" (PG47 Appendix 3; monitoring report §9.2)
 *  8. "should a gender or trafficking impact assessment be done on licensing applications for adult entertainment venues?" (evidence to Parliament 2010)
 *  9. "how do we agree with the police when to call a case 'not trafficking'?" (monitoring report §5.6)
 *
 * MEASURED ONCE (2026-12-08 04:05 UTC, at c3f825c, by the lead; after round 16, which learned from set 25 and
 * studied its misses; no one tuning had read this set; NOT learned from: it was the honest measure then):
 *   now:  top-1 358/399 = 89.7%; with "did you mean" 360/399 = 90.2%; stories top-1 114/144 = 79.2%;
 *         indicators named 129/185 = 69.7% (+35 not in the story); off-topic answered 0/40, offered buttons 4/40.
 *   the entries' own index alone (no examples.yaml): 85.5% / 86.5% / 75.0% / off-topic answered 1 of 40.
 *   before issue 11 (answerBefore): 70.7% / 74.9% / 34.7% / off-topic answered 6 of 40.
 *   with a word-vector voter (scripts/kb-embeddings.ts 26, the lead's separate work): 90.7% / 91.7% / off-topic 0.
 * LEARNED FROM in round 17 (2026-12-08; examples.yaml, NEWEST = heldout27) and its misses studied: its figures are now training figures, not a measure (left out of the examples, test/kb/loo.ts 26: 95.0 / 95.2, flatters).
 */
import type { Fresh } from './fresh.js';

export const heldout26: Fresh[] = [
  // ---- direct / reworded questions ----
  // what-to-do-first
  { q: "think a yp in my class might have been trafficked what now", expect: "what-to-do-first" },
  { q: "first steps if you suspect child trafficking?", expect: "what-to-do-first" },
  { q: "I volunteer at a church youth club, I'm not a professional. If I'm worried a kid has been brought here to work, what am I actually meant to do?", expect: "what-to-do-first" },
  { q: "suspected trafficking - step by step pls", expect: "what-to-do-first" },
  { q: "what's the very first thing I should do when I'm worried a child is being exploited by the adults who brought them here", expect: "what-to-do-first" },
  // immediate-danger
  { q: "child at risk right now - do i ring 999 or social care first?", expect: "immediate-danger" },
  { q: "what if the people controlling the child are outside the building right now", expect: "immediate-danger" },
  // who-to-refer-to
  { q: "which borough do i refer to, where the child goes to school or where they live?", expect: "who-to-refer-to" },
  { q: "the child lives in lambeth but comes to our school in southwark - whose csc gets the referral", expect: "who-to-refer-to" },
  { q: "immigration officer here, a child at the port says she'll be staying with a cousin in croydon. which local authority do I contact?", expect: "who-to-refer-to", also: "port-of-entry" },
  // how-to-refer
  { q: "how do i refer to childrens social care, phone or in writing?", expect: "how-to-refer" },
  { q: "made a verbal referral to the mash this morning. do i have to follow it up in writing and by when?", expect: "how-to-refer" },
  { q: "what do i need to have in front of me before i phone csc about a suspected trafficked child", expect: "how-to-refer", also: "info-gathering" },
  // out-of-hours
  { q: "its 11pm on a saturday, who do i call about a child i think is being exploited", expect: "out-of-hours" },
  { q: "edt number?", expect: "out-of-hours" },
  { q: "bank holiday monday and the mash is shut, who takes a referral", expect: "out-of-hours" },
  // national-lines
  { q: "modern slavery helpline number", expect: "national-lines" },
  { q: "nspcc helpline no.", expect: "national-lines" },
  { q: "police non emergency number?", expect: "national-lines" },
  // no-disclosure-needed
  { q: "the girl hasnt said anything is wrong, should i wait until she tells me", expect: "no-disclosure-needed" },
  { q: "do i need a disclosure from the child before referring", expect: "no-disclosure-needed" },
  { q: "no disclosure at all, just things that don't add up - is that enough to refer?", expect: "no-disclosure-needed", also: "one-indicator-enough" },
  // why-no-disclosure
  { q: "why do trafficked kids stick to exactly the same story", expect: "why-no-disclosure" },
  { q: "the boy keeps repeating what sounds like a rehearsed account word for word, is that common", expect: "why-no-disclosure" },
  // what-is-trafficking
  { q: "definition of child trafficking", expect: "what-is-trafficking" },
  { q: "palermo protocol definition?", expect: "what-is-trafficking" },
  // who-is-a-child
  { q: "does pg47 apply to a 17 yr old", expect: "who-is-a-child" },
  { q: "she's 16 and married - is she still a child for the purposes of this procedure?", expect: "who-is-a-child" },
  // trafficking-vs-smuggling
  { q: "smuggled or trafficked - how do i tell the difference", expect: "trafficking-vs-smuggling" },
  { q: "he paid an agent himself to get him into the uk, doesn't that make it smuggling rather than trafficking?", expect: "trafficking-vs-smuggling" },
  { q: "trafficking v smuggling", expect: "trafficking-vs-smuggling" },
  // child-consent
  { q: "she says she came willingly and agreed to the work, so it's not trafficking is it", expect: "child-consent" },
  { q: "can a 15yo consent to being moved for work", expect: "child-consent" },
  // internal-trafficking
  { q: "can a child born in london be trafficked without ever leaving the country", expect: "internal-trafficking" },
  { q: "british teenager moved between cities for sex - does that count as trafficking", expect: "internal-trafficking" },
  // county-lines
  { q: "what is county lines", expect: "county-lines" },
  { q: "is a kid running drugs out of london for a gang a trafficking victim", expect: "county-lines" },
  // cse-cce
  { q: "difference between cse and cce", expect: "cse-cce" },
  { q: "is criminal exploitation the same thing as trafficking", expect: "cse-cce" },
  // cannabis-farm
  { q: "should a child found in a cannabis factory be arrested", expect: "cannabis-farm" },
  { q: "vietnamese teenager found as a 'gardener' in a grow house - victim or criminal?", expect: "cannabis-farm" },
  // recruitment
  { q: "how do traffickers get hold of children in the first place", expect: "recruitment" },
  // forms-of-exploitation
  { q: "what kinds of exploitation are trafficked children used for", expect: "forms-of-exploitation" },
  { q: "adults using children to claim benefits - is that a form of trafficking?", expect: "forms-of-exploitation" },
  // exploitation-by-age
  { q: "are little kids used for different things than teenagers", expect: "exploitation-by-age" },
  // forced-marriage
  { q: "does forced marriage count as trafficking", expect: "forced-marriage" },
  { q: "can boys be victims of forced marriage too", expect: "forced-marriage" },
  // vulnerability-factors
  { q: "push factors in the country of origin that make kids vulnerable to traffickers", expect: "vulnerability-factors" },
  { q: "why are girls more at risk of being trafficked in some cultures", expect: "vulnerability-factors" },
  // arrival-routes
  { q: "which airports and ports do traffickers use to bring children into london", expect: "arrival-routes" },
  { q: "accompanied vs unaccompanied - how do trafficked children get into the uk", expect: "arrival-routes" },
  // trafficking-phases
  { q: "recruitment, transit, destination - what are these phases", expect: "trafficking-phases" },
  // home-office-s55
  { q: "section 55 borders citizenship and immigration act 2009 - what does it require", expect: "home-office-s55" },
  { q: "does immigration enforcement have any safeguarding duty to children", expect: "home-office-s55" },
  // control-methods
  { q: "juju / voodoo oath - what is it and why does it stop girls talking", expect: "control-methods" },
  { q: "how do traffickers stop children from running away or telling anyone", expect: "control-methods" },
  // impact-physical
  { q: "physical health effects of being trafficked", expect: "impact-physical" },
  { q: "why might a trafficked teenager be dependent on drugs or alcohol", expect: "impact-physical" },
  // impact-psychological
  { q: "trauma symptoms in trafficked kids", expect: "impact-psychological" },
  { q: "she swings between aggressive and terrified, has nightmares - is that typical after exploitation", expect: "impact-psychological" },
  // whose-job-to-identify
  { q: "is spotting trafficking only a job for social workers", expect: "whose-job-to-identify" },
  // risk-indicators
  { q: "list of trafficking indicators", expect: "risk-indicators" },
  { q: "what signs should make me suspect a child has been trafficked into the uk", expect: "risk-indicators" },
  { q: "pg47 10.1?", expect: "risk-indicators" },
  // adult-indicators
  { q: "warning signs in the adult who is looking after the child", expect: "adult-indicators" },
  { q: "the sponsor has guaranteed loads of other visa applications - is that a red flag?", expect: "adult-indicators" },
  // one-indicator-enough
  { q: "how many risk indicators before i contact social care", expect: "one-indicator-enough" },
  { q: "only one sign - is that enough to do anything", expect: "one-indicator-enough" },
  { q: "is there a score or a threshold on the indicators", expect: "one-indicator-enough" },
  // indicators-under-ten
  { q: "do the indicators work for a 6 year old", expect: "indicators-under-ten" },
  { q: "trafficking signs in young children under 10?", expect: "indicators-under-ten" },
  // risk-matrix
  { q: "whats the risk assessment matrix in the london toolkit", expect: "risk-matrix" },
  { q: "how is the risk matrix used and who uses it", expect: "risk-matrix" },
  // port-of-entry
  { q: "what happens if border force suspect a child is being trafficked at heathrow", expect: "port-of-entry" },
  { q: "role of immigration officers at ports when a child might be trafficked", expect: "port-of-entry" },
  // community-public
  { q: "what can members of the public do if they think a neighbour's child is trafficked", expect: "community-public" },
  // private-fostering
  { q: "how many days does a child have to stay before it counts as private fostering", expect: "private-fostering" },
  { q: "is a child living with her aunt privately fostered?", expect: "private-fostering" },
  { q: "disabled 17 year old living with a family friend, is that private fostering", expect: "private-fostering" },
  // private-fostering-notify
  { q: "private fostering notification - within 48 hours of what?", expect: "private-fostering-notify" },
  { q: "who has to tell the council about a private fostering arrangement", expect: "private-fostering-notify" },
  // private-fostering-concern
  { q: "privately fostered child could be trafficked - what can csc do under their private fostering duties", expect: "private-fostering-concern" },
  // unaccompanied-not-known
  { q: "unaccompanied minor not known to social services - what do I do", expect: "unaccompanied-not-known" },
  // csc-role
  { q: "what are childrens social care responsible for with migrant children", expect: "csc-role" },
  // health-services
  { q: "what should a&e staff look out for re trafficking", expect: "health-services" },
  { q: "gum clinic nurse - trafficking warning signs?", expect: "health-services" },
  // holiday-addresses
  { q: "why record the holiday address and the overseas home address", expect: "holiday-addresses" },
  { q: "lots of different children giving the same local address at our walk-in centre - what should we do", expect: "holiday-addresses", also: "health-services" },
  // schools
  { q: "school admissions - what trafficking warning signs should we look for", expect: "schools" },
  { q: "pupils who register for a term then leave - is that a known trafficking pattern", expect: "schools" },
  // missing-from-school
  { q: "child missing education - could it be trafficking", expect: "missing-from-school" },
  // asylum-team
  { q: "should trafficking cases just go to the asylum team", expect: "asylum-team" },
  // police-paladin
  { q: "paladin team?", expect: "police-paladin" },
  // lscp
  { q: "what should our safeguarding partnership be doing about trafficking", expect: "lscp" },
  // training
  { q: "where can i get child trafficking training", expect: "training" },
  { q: "does ecpat run trafficking training for frontline staff", expect: "training", also: "ecpat" },
  // refugee-council-panel
  { q: "refugee council childrens panel what do they do", expect: "refugee-council-panel" },
  // info-gathering
  { q: "what does the sw need from the referrer after a trafficking referral", expect: "info-gathering" },
  { q: "information gathering checklist after referral", expect: "info-gathering" },
  // home-office-check
  { q: "whats a home office check and who does it", expect: "home-office-check" },
  // nrm-what
  { q: "what is the nrm", expect: "nrm-what" },
  { q: "nrm?", expect: "nrm-what" },
  // nrm-who-refers
  { q: "can a teacher make an nrm referral", expect: "nrm-who-refers" },
  { q: "who counts as a first responder", expect: "nrm-who-refers" },
  // nrm-consent
  { q: "do i need consent for an nrm for a 15 year old", expect: "nrm-consent" },
  { q: "child doesn't want the nrm referral - can we still do it?", expect: "nrm-consent" },
  { q: "nrm consent u18", expect: "nrm-consent" },
  // nrm-threshold
  { q: "minimum evidence for nrm?", expect: "nrm-threshold" },
  { q: "how sure do we need to be before we make an nrm referral", expect: "nrm-threshold" },
  // nrm-how
  { q: "how to submit an nrm referral", expect: "nrm-how" },
  { q: "link to the nrm digital form?", expect: "nrm-how" },
  { q: "where's the nrm form and where do i send it", expect: "nrm-how" },
  // nrm-and-child-protection
  { q: "if we've done an nrm do we still need to follow child protection procedures", expect: "nrm-and-child-protection" },
  { q: "nrm instead of s47?", expect: "nrm-and-child-protection" },
  // duty-to-notify
  { q: "duty to notify for children - do we use the anonymous form?", expect: "duty-to-notify" },
  { q: "does the nrm referral satisfy our duty to notify the home office", expect: "duty-to-notify" },
  { q: "dtn", expect: "duty-to-notify" },
  // sca
  { q: "who is the single competent authority", expect: "sca" },
  // reasonable-grounds
  { q: "reasonable grounds decision timescale", expect: "reasonable-grounds" },
  { q: "how long for an RG decision", expect: "reasonable-grounds" },
  { q: "what does a positive reasonable grounds decision mean for the child", expect: "reasonable-grounds" },
  // conclusive-grounds
  { q: "cg decision when?", expect: "conclusive-grounds" },
  { q: "how long after reasonable grounds does the conclusive grounds decision come", expect: "conclusive-grounds" },
  // recovery-period
  { q: "nrm recovery period 30 or 45 days", expect: "recovery-period" },
  { q: "how long is the reflection period now", expect: "recovery-period" },
  // devolved-panels
  { q: "devolved decision making pilot for child victims - what is it", expect: "devolved-panels" },
  // negative-decision
  { q: "negative rg decision - do we close the case?", expect: "negative-decision" },
  { q: "nrm came back no but we still think she was trafficked, what now", expect: "negative-decision" },
  // decision-makers-ignore-la
  { q: "the sca seems to have ignored our whole social work report", expect: "decision-makers-ignore-la" },
  // chasing-feedback
  { q: "no response from the home office on our nrm after weeks", expect: "chasing-feedback" },
  { q: "how do i chase the competent authority for an update", expect: "chasing-feedback" },
  // nrm-new-information
  { q: "child disclosed a lot more after the nrm went in, can we add it", expect: "nrm-new-information" },
  { q: "new disclosure months after the referral - do we update the nrm", expect: "nrm-new-information" },
  // ictg-what
  { q: "what is an ictg", expect: "ictg-what" },
  { q: "independent child trafficking advocate - is that the same as a guardian?", expect: "ictg-what" },
  // ictg-number
  { q: "ictg phone number", expect: "ictg-number" },
  { q: "barnardos ictg advice line", expect: "ictg-number" },
  { q: "ictg 24/7 line?", expect: "ictg-number" },
  // ictg-referral
  { q: "do we refer to the ictg as well as the nrm", expect: "ictg-referral" },
  { q: "how do i refer a child to the ictg service", expect: "ictg-referral" },
  { q: "is london an ictg area", expect: "ictg-referral" },
  // ictg-roles
  { q: "ictg direct worker vs regional practice coordinator", expect: "ictg-roles" },
  { q: "the child's mum is here in the uk - which part of the ictg service would they get", expect: "ictg-roles" },
  // ictg-meetings
  { q: "do i have to invite the ictg to the strategy meeting", expect: "ictg-meetings" },
  { q: "ictg papers how many days before the meeting", expect: "ictg-meetings" },
  { q: "the ictg worker can't make the meeting - what happens", expect: "ictg-meetings" },
  { q: "deadline for sending notes and actions to the ictg after a meeting", expect: "ictg-meetings" },
  // ictg-information
  { q: "can we share the case file with the ictg worker", expect: "ictg-information" },
  // four-ways-forward
  { q: "options after information gathering", expect: "four-ways-forward" },
  // assessment-purpose
  { q: "what is the assessment under option a actually trying to decide", expect: "assessment-purpose" },
  // s20-accommodation
  { q: "s20 criteria for a trafficked child", expect: "s20-accommodation" },
  { q: "when can we accommodate under section 20 children act", expect: "s20-accommodation" },
  // epo-police-protection
  { q: "epo or police protection - when?", expect: "epo-police-protection" },
  { q: "significant harm and no time to get to court, can police use their powers?", expect: "epo-police-protection" },
  // no-further-action
  { q: "when can we close a trafficking referral with nfa", expect: "no-further-action" },
  // told-outcome
  { q: "will the school hear back after i make a referral", expect: "told-outcome" },
  // checking-documents
  { q: "what should i check on a passport", expect: "checking-documents" },
  { q: "the passport photo doesnt look like the child - what else should i be checking", expect: "checking-documents" },
  // interview-decision
  { q: "who decides on a joint interview with the police cait", expect: "interview-decision" },
  // interview-how
  { q: "how to interview a child suspected of being trafficked", expect: "interview-how" },
  { q: "should the carers be in the room when i talk to the child", expect: "interview-how" },
  { q: "do we interview the adults separately and compare their answers with the child's", expect: "interview-how" },
  // interpreters
  { q: "can the uncle interpret for her", expect: "interpreters" },
  { q: "do interpreters need to be dbs checked", expect: "interpreters" },
  // single-interview
  { q: "the child has been interviewed by police, home office and us separately - is that too many?", expect: "single-interview" },
  { q: "single holistic interview - what is it", expect: "single-interview" },
  // after-interview
  { q: "what happens after the interviews are done", expect: "after-interview" },
  // who-prosecutes
  { q: "who prosecutes illegal entry and false documents", expect: "who-prosecutes" },
  // s47-when
  { q: "does every trafficking case need a s47", expect: "s47-when" },
  { q: "s47 threshold for a trafficked child", expect: "s47-when" },
  { q: "should all unaccompanied children have a section 47 done?", expect: "s47-when", also: "unaccompanied-potential-victim" },
  // strategy-meeting-when
  { q: "strategy meeting within how many days for a trafficked child", expect: "strategy-meeting-when" },
  { q: "when does the 2 working day clock start for the strategy meeting", expect: "strategy-meeting-when" },
  { q: "child became lac friday afternoon - strat meeting by when", expect: "strategy-meeting-when" },
  // strategy-meeting-agenda
  { q: "what should be on the strategy meeting agenda", expect: "strategy-meeting-agenda" },
  { q: "strat meeting checklist for trafficking", expect: "strategy-meeting-agenda" },
  // wt-timescales
  { q: "working together 2023 assessment timescale", expect: "wt-timescales" },
  { q: "icpc within how many days", expect: "wt-timescales" },
  // multi-agency-meetings
  { q: "home office won't attend the strategy meeting, what then", expect: "multi-agency-meetings" },
  { q: "who should attend a trafficking strategy meeting", expect: "multi-agency-meetings" },
  // looked-after-assessment
  { q: "child is now lac - what assessment do we have to do", expect: "looked-after-assessment" },
  // placement-safety
  { q: "how do we keep a trafficked child's placement safe", expect: "placement-safety" },
  { q: "is it ok to place a child at risk of trafficking in shared housing without a foster carer", expect: "placement-safety" },
  // relative-claims
  { q: "a man says he's her uncle and wants to take her home with him", expect: "relative-claims" },
  { q: "checks before releasing a child to a claimed relative", expect: "relative-claims" },
  // contact-parents-abroad
  { q: "should the sw try to contact the parents in the country of origin", expect: "contact-parents-abroad" },
  // enquirers
  { q: "what can we tell people phoning up about the child", expect: "enquirers" },
  // support-services
  { q: "what services does a trafficked child need", expect: "support-services" },
  { q: "camhs and counselling for a trafficked child", expect: "support-services" },
  // building-trust
  { q: "how to build trust with a trafficked child", expect: "building-trust" },
  { q: "she won't speak to me at all - any tips for getting her to open up", expect: "building-trust" },
  // legal-advice
  { q: "legal advice for a trafficked child about immigration status", expect: "legal-advice" },
  // missing-child
  { q: "trafficked child missing from foster placement", expect: "missing-child" },
  { q: "return interview within 72 hours?", expect: "missing-child" },
  { q: "what do i do if a yp goes missing from placement", expect: "missing-child" },
  // going-missing-24h
  { q: "how fast do trafficked kids go missing after they're identified", expect: "going-missing-24h" },
  { q: "why do they disappear so quickly after we find them", expect: "going-missing-24h" },
  // golden-hour
  { q: "golden hour", expect: "golden-hour" },
  { q: "what should happen in the first hour after we identify a trafficked child", expect: "golden-hour" },
  // what-counts-as-missing
  { q: "does not coming home by 10pm count as missing", expect: "what-counts-as-missing" },
  { q: "definition of a missing child", expect: "what-counts-as-missing" },
  // preventing-missing
  { q: "how to stop a trafficked child going missing", expect: "preventing-missing" },
  { q: "reducing the risk of a child running back to their traffickers", expect: "preventing-missing" },
  // prosecution
  { q: "will the child have to testify", expect: "prosecution" },
  // repatriation
  { q: "can a trafficked child be deported", expect: "repatriation" },
  // age-uncertain
  { q: "if we dont know if shes under 18 do we treat her as a child", expect: "age-uncertain" },
  { q: "benefit of the doubt on age?", expect: "age-uncertain" },
  // age-assessment
  { q: "how are age assessments done", expect: "age-assessment" },
  { q: "basw age assessment guidance - where is it and what does it say", expect: "age-assessment" },
  // initial-assessment-7-days
  { q: "how quickly should the initial and age assessments be done", expect: "initial-assessment-7-days" },
  { q: "7 days for age assessment?", expect: "initial-assessment-7-days" },
  // unaccompanied-potential-victim
  { q: "should we treat all uasc as potentially trafficked?", expect: "unaccompanied-potential-victim" },
  { q: "is every unaccompanied child a potential victim of modern slavery", expect: "unaccompanied-potential-victim" },
  // uasc
  { q: "who is responsible for unaccompanied asylum seeking children", expect: "uasc" },
  { q: "uasc - who looks after them", expect: "uasc" },
  // lead-coordinator
  { q: "do we need a named trafficking lead in the council", expect: "lead-coordinator" },
  { q: "modern slavery spoc - should we have one", expect: "lead-coordinator" },
  // lado
  { q: "concern about a volunteer being involved in trafficking", expect: "lado" },
  { q: "member of staff might be exploiting a child - who do i tell", expect: "lado" },
  // further-guidance
  { q: "where's the full pg47 procedure", expect: "further-guidance" },
  // trafficking-assessment
  { q: "do we have to fill in the whole trafficking assessment form", expect: "trafficking-assessment" },
  { q: "can we just use the risk matrix instead of doing the full trafficking assessment", expect: "trafficking-assessment", also: "risk-matrix" },
  // nruc
  { q: "nruc database?", expect: "nruc" },
  // embassies
  { q: "embassy contact list", expect: "embassies" },
  // later-suspicion
  { q: "child has been lac for a year, now we suspect trafficking - what do we do", expect: "later-suspicion" },
  // detention-centres
  { q: "children in immigration detention - who safeguards them", expect: "detention-centres" },
  // legislation
  { q: "what laws apply to child trafficking", expect: "legislation" },
  { q: "modern slavery act 2015 - relevance to children?", expect: "legislation" },
  // statistics
  { q: "how many child victims go through the nrm each year", expect: "statistics" },
  // housing
  { q: "housing officer - what signs of trafficking should i look for on visits", expect: "housing" },
  // ecpat
  { q: "who are ecpat", expect: "ecpat" },
  // what-to-record
  { q: "what should i write down about my concerns", expect: "what-to-record" },
  { q: "recording the discussion between the sw and manager after info gathering", expect: "what-to-record" },
  // information-sharing
  { q: "can i share information with the police without the carer's consent", expect: "information-sharing" },
  { q: "gdpr worries - what can i share about a suspected trafficked child and with who", expect: "information-sharing" },
  // police-not-acting
  { q: "police wont investigate even though we used the matrix", expect: "police-not-acting" },
  { q: "cait says it's not a police matter, it's immigration - what do we do", expect: "police-not-acting" },
  // reflection-period-too-short
  { q: "45 day reflection period isn't long enough to get the truth from a coached child", expect: "reflection-period-too-short" },
  // operation-innerste
  { q: "operation innerste?", expect: "operation-innerste" },
  // hague-convention
  { q: "1996 hague convention cross border child protection", expect: "hague-convention" },
  // funding-placements
  { q: "funding for a secure placement for a trafficked child", expect: "funding-placements" },
  // ics-recording
  { q: "how do we put the trafficking assessment onto ICS / our case management system", expect: "ics-recording" },
  // trafficking-profiles
  { q: "current trafficking trends", expect: "trafficking-profiles" },
  // leave-to-remain-nrm
  { q: "yp already has leave to remain - still do an nrm?", expect: "leave-to-remain-nrm" },
  // licensing-venues
  { q: "licensing officers visiting nail bars and car washes - what should we look for", expect: "licensing-venues" },
  // major-events
  { q: "will trafficking go up around a big sporting event in london", expect: "major-events" },
  // young-adult-victim
  { q: "care leaver turned 18, trafficking victim - what support is there", expect: "young-adult-victim" },
  // cross-boundary
  { q: "child trafficked between two boroughs - who leads", expect: "cross-boundary" },
  // child-information-languages
  { q: "leaflet for the child in albanian or vietnamese explaining the support", expect: "child-information-languages" },
  // pause-assessment
  { q: "child is getting really distressed during the trafficking assessment, can we stop", expect: "pause-assessment" },
  // glaa
  { q: "gangmasters and labour abuse authority", expect: "glaa" },
  // newcomers-drop-in
  { q: "drop in centre for newly arrived young people?", expect: "newcomers-drop-in" },
  // health-professional-guidance
  { q: "rcn guide on modern slavery for nurses", expect: "health-professional-guidance" },
  // adult-victim
  { q: "mum also seems to be being exploited - what do we do about her", expect: "adult-victim" },
  // nca-ukhtc
  { q: "what do the nca and ukhtc do", expect: "nca-ukhtc" },

  // ---- stories ----
  // first steps
  { q: "a&e nurse here. 15yo girl came in with an older man she called her boyfriend, he did all the talking and gave an address then changed it. she has a brand new iphone but said she had no money for the bus home. bruising on both arms she won't explain. is this trafficking?", expect: "what-to-do-first", story: true, signs: ["phone-no-money", "abuse-signs"] },
  { q: "GP receptionist. A woman came in to register a boy of about 10, no proof of anything. He's been in the UK 2 years, never seen a doctor here and she couldn't name any school he goes to. What should I do?", expect: "what-to-do-first", story: true, signs: ["no-gp", "no-school"] },
  { q: "youth worker. a yr10 girl who comes to our club gets picked up in his car every week by a man in his 30s, she's started using really sexual language with the younger ones and goes missing for a night or two at a time. what do i do", expect: "what-to-do-first", story: true, signs: ["driven-around", "sexualised", "missing-periods"] },
  { q: "night manager at a hotel. a man in his 50s has booked a room the last three weekends and each time a different teenage girl goes up with him, one was in school uniform under her coat. they've gone now. not sure what i should do", expect: "what-to-do-first", story: true, signs: [] },
  { q: "licensing officer - on a visit to a nail bar a girl who looked about 15 was doing nails, didnt speak english, said she works at the owner's other salons too and sleeps in the back room. is this trafficking", expect: "what-to-do-first", story: true, signs: ["works-various-places"] },
  { q: "environmental health. visited a hand car wash, two boys maybe 15 or 16 working, they sleep in a caravan on site, the boss keeps their passports and they said they are 'paying off the journey'. what do i do with this", expect: "what-to-do-first", story: true, signs: ["no-own-documents", "debt"] },
  { q: "school nurse. yr9 girl came to me with an sti. she mentioned a 'boyfriend' who is 25 and drives her to parties where she meets his mates. I'm worried, what are my next steps?", expect: "what-to-do-first", story: true, signs: ["abuse-signs", "driven-around"] },
  { q: "my yr3 pupil told me he and his little sister go with an 'aunty' to the high street after school to ask people for money and they have to bring back £20 or they get no dinner. is this trafficking or just poverty?", expect: "what-to-do-first", story: true, signs: ["begs", "minimum-earnings"] },
  { q: "housing officer, inspecting an hmo - 11 people in a 3 bed, three teenagers who said they dont go to school and work 'wherever the boss sends us'. landlord holds all their ids. what now", expect: "what-to-do-first", story: true, signs: ["no-school", "works-various-places", "no-own-documents"] },
  { q: "response officer. picked up a 14yo begging outside a tube station, she says she has to hand what she makes to a woman who watches her from across the road. next steps?", expect: "what-to-do-first", story: true, signs: ["begs", "hands-over-earnings"] },
  { q: "Midwife here. Booking appointment for a pregnant 16 year old who came from abroad 6 months ago. Her partner is much older, won't let her be seen alone, and she says he 'keeps her passport safe'. She isn't allowed out without him. What should I be doing?", expect: "what-to-do-first", story: true, signs: ["no-own-documents", "limited-freedom"] },
  { q: "pharmacist. a very young girl keeps coming in for emergency contraception, each time with a different older man who pays. she's withdrawn and won't say a word to me. could this be trafficking", expect: "what-to-do-first", story: true, signs: ["withdrawn"] },
  { q: "dental receptionist - a man paid cash for a girl's treatment, she's never been registered with a gp and he said she 'doesn't go to school yet' though she looks about 11. who do i tell", expect: "what-to-do-first", story: true, signs: ["no-gp", "no-school"] },
  { q: "council cctv operator. same two boys begging at different stations across the borough every day, dropped off by a van at 7am and collected at night. is this something i should report and to who", expect: "what-to-do-first", story: true, signs: ["begs", "works-various-places"] },
  { q: "duty sw, referral from a school: 12yo girl, says her visa was 'sorted by a man in Lagos', she works in a hair salon at weekends and hands all her wages to him when he visits. where do i start", expect: "what-to-do-first", story: true, signs: ["journey-arranged", "hands-over-earnings"] },
  { q: "library assistant. girl about 13 comes in most days in school hours, says she doesnt go to school because she looks after her boss's kids and she's not allowed out except to come here. what should i do?", expect: "what-to-do-first", story: true, signs: ["no-school", "limited-freedom"] },
  { q: "trading standards. found a boy of about 14 washing dishes at 11pm in a restaurant kitchen, he said he works there and at the owner's other place, and the owner keeps his money to pay for his flight. is this trafficking?", expect: "what-to-do-first", story: true, signs: ["works-various-places", "debt"] },
  { q: "sexual health nurse. 15yo with her second sti this year, vague about her address, always comes with an older 'cousin' who pays and waits outside. she has bruises she won't explain. what do I do", expect: "what-to-do-first", story: true, signs: ["abuse-signs"] },
  { q: "education welfare officer. home visit for a child missing education, found a 12yo at home minding 3 toddlers. adults said she's 'a relative from back home'. she's not registered at any school or gp. what now", expect: "what-to-do-first", story: true, signs: ["no-school", "no-gp"] },
  { q: "health visitor doing a new birth visit. there's a teenage girl in the house who does all the childcare and housework, the family call her their 'helper', she never goes out and looked frightened when i spoke to her. is this trafficking?", expect: "what-to-do-first", story: true, signs: ["limited-freedom"] },
  { q: "form tutor. yr 10 lad falls asleep in class every day, told me he works nights in a warehouse and at a restaurant at weekends and gives the money to the man he lives with to pay off what he owes for getting here. what should I do", expect: "what-to-do-first", story: true, signs: ["works-various-places", "hands-over-earnings", "debt"] },
  { q: "a&e receptionist. man brought in a girl with a burn, couldn't give next of kin names or numbers, said they're on holiday from abroad and gave a local address. it's the third child from that same address this month. do i do anything?", expect: "what-to-do-first", story: true, signs: [] },
  { q: "childrens ward nurse. 11yo admitted with pneumonia. the woman with him says she is his mum but he told me his real mum is back home and this lady 'paid for him'. he doesn't go to school here. what should I do?", expect: "what-to-do-first", story: true, signs: ["not-with-parents", "no-school"] },
  { q: "detached youth worker. girl, maybe 15, hanging about the high street late at night. an older man in a black car picks her up and drops her back. she has an expensive phone but asked me for money for food. is this trafficking", expect: "what-to-do-first", story: true, signs: ["driven-around", "phone-no-money"] },
  { q: "probation officer. my client (adult) lives with several teenage boys who aren't his kids. he's guaranteed visas for loads of 'nephews' over the years and none of them went home when the visas ran out. who should i contact about the boys?", expect: "what-to-do-first", story: true, signs: ["adult-many-visas", "adult-visitors-stayed", "not-with-parents"] },
  { q: "caseworker at an immigration advice charity - a 15yo client's visa was arranged by a 'sponsor' who has sponsored lots of other children, and he holds the boy's passport. what's my first step?", expect: "what-to-do-first", story: true, signs: ["journey-arranged", "adult-many-visas", "no-own-documents"] },
  { q: "school receptionist. the man enrolling two girls brought passports that look doctored, the photos don't look like them, and he said he 'got the papers sorted for them'. should i raise this?", expect: "what-to-do-first", story: true, signs: ["false-papers"] },
  { q: "night shelter volunteer. a boy who says he's 15 came in tonight, says he ran away from a family he was 'given to', worked for them with no pay and wasn't allowed to leave the house. he's safe with us now. what do i do", expect: "what-to-do-first", story: true, signs: ["limited-freedom"] },
  { q: "r&a social worker. 14yo referred after being caught shoplifting in 4 different boroughs in one week, each time an adult man drove him there and waited. could this be trafficking and what do i do first", expect: "what-to-do-first", story: true, signs: ["driven-around", "works-various-places"] },
  { q: "btp officer. two kids, about 8 and 10, pickpocketing on the tube, an adult woman was watching and took the wallets off them straight away. is this trafficking?", expect: "what-to-do-first", story: true, signs: ["hands-over-earnings"] },
  { q: "benefits visiting officer. a woman claims child benefit for 6 children but every visit there are different kids in the flat, none of them in school. something's off - who do i tell?", expect: "what-to-do-first", story: true, signs: ["no-school"] },
  { q: "careers adviser. yr11 boy says he can't apply to college because the man who brought him over says he has to work until his debt is paid, and he's terrified of being deported if he tells anyone. what do i do", expect: "what-to-do-first", story: true, signs: ["debt", "afraid-deported", "journey-arranged"] },
  { q: "school counsellor. 13yo girl has started talking about sex in a really adult way, drawing explicit pictures, and she goes missing most weekends. is this exploitation? what are my steps", expect: "what-to-do-first", story: true, signs: ["sexualised", "missing-periods"] },
  { q: "paramedic. call to a flat, teenage girl with injuries, six other girls there, none speak english, a man said they are all his daughters. we took her to hospital. what should I do about the others?", expect: "what-to-do-first", story: true, signs: ["abuse-signs"] },
  { q: "senco. yr4 boy joined with no school records at all, the admissions form shows 5 addresses in 2 years and nobody can explain the moves. is this a trafficking concern?", expect: "what-to-do-first", story: true, signs: ["unexplained-moves"] },
  { q: "pcso. young lad sleeping in a car behind a car wash, looks 16, says he works 7 days a week and the boss takes most of his pay. what do i do with this", expect: "what-to-do-first", story: true, signs: ["hands-over-earnings"] },
  { q: "after school club lead. a 9 yr old keeps saying he has to 'do jobs' for a man at weekends, he always has a phone on him but never any money for snacks. is there anything I should do?", expect: "what-to-do-first", story: true, signs: ["phone-no-money"] },
  { q: "sarc worker. 16yo girl disclosed being taken from city to city by a man and sold to other men in hotels. she's with us now. what happens next - is this trafficking even though she's british?", expect: "what-to-do-first", story: true, signs: ["abuse-signs"], also: "internal-trafficking" },
  { q: "faith leader. a family in our congregation keep bringing different boys over from 'back home', the father sponsors all their visas and none of them ever went back. i'm uneasy. is this trafficking?", expect: "what-to-do-first", story: true, signs: ["adult-many-visas", "adult-visitors-stayed"] },
  { q: "children's centre worker. a mum told me her neighbour has a 'house girl' of about 12 who never goes to school and gets beaten if the housework isn't finished. what do i do with that", expect: "what-to-do-first", story: true, signs: ["no-school", "abuse-signs"] },
  { q: "sexual health outreach. 14yo boy selling sex in a park, says he has to make £50 a night for the man he stays with. I need to know what to do", expect: "what-to-do-first", story: true, signs: ["minimum-earnings"] },
  { q: "coach station staff at victoria. teen girl came off an overnight coach from europe, met by a man with a sign that had a different name on it, he was holding her passport. they've left now. should I report?", expect: "what-to-do-first", story: true, signs: ["no-own-documents"] },
  { q: "foster carer (respite only). the girl i had at the weekend is picked up by an older guy in a car, comes back with gifts and a new phone but never has any money. she's not placed as a trafficked child. is this exploitation and what do i do?", expect: "what-to-do-first", story: true, signs: ["driven-around", "phone-no-money"] },
  { q: "yot worker. 16yo arrested for credit card fraud says a man made him do it to pay back what his flight cost. is he a victim?", expect: "what-to-do-first", story: true, signs: ["debt"] },
  { q: "school business manager. an adult who is guarantor on a lot of visa applications has just enrolled a fourth child with us this year. the previous three all left without notice. what should we do?", expect: "what-to-do-first", story: true, signs: ["adult-many-visas"] },
  { q: "dentist. teenage girl with facial injuries brought in by her 'employer', she works in his restaurant and says she's not allowed to go out on her own. what are my obligations", expect: "what-to-do-first", story: true, signs: ["abuse-signs", "limited-freedom"] },
  { q: "fire safety inspection yesterday above a shop - teenagers sleeping on the floor of a room locked from outside, one said they work downstairs and are never let out. i left. what should i do now", expect: "what-to-do-first", story: true, signs: ["limited-freedom"] },
  { q: "homelessness prevention officer. 17 yr old girl presenting alone, says a woman brought her to the uk promising a nanny job then made her work in a house and took her passport. she got out last night. what do I do first", expect: "what-to-do-first", story: true, signs: ["journey-arranged", "no-own-documents"] },
  { q: "is it trafficking if a 16yo came over on a small boat, paid the smugglers, and now works in a car wash to pay back £6000 he owes them?", expect: "what-to-do-first", story: true, signs: ["entered-illegally", "debt"], also: "trafficking-vs-smuggling" },
  { q: "yr9 girl has moved from london to birmingham to leeds and back in 6 months, school records are all over the place and she's withdrawn, won't talk to anyone. is this something?", expect: "what-to-do-first", story: true, signs: ["unexplained-moves", "withdrawn"] },
  { q: "asylum team sw. a boy i work with gets collected by a man after college, the man holds his bank card and all the wages from his kitchen job go into that account. what's my first step", expect: "what-to-do-first", story: true, signs: ["hands-over-earnings"] },
  { q: "urgent treatment centre receptionist. brothers aged 10 and 12 brought in by a man who says he's 'their employer's friend', hand injuries from work, not registered with a gp and not at school. what should i do", expect: "what-to-do-first", story: true, signs: ["no-gp", "no-school"] },
  { q: "pcso here, a 13yo girl selling roses in pubs late at night across three boroughs, told me she must bring back £40 every night. do I refer?", expect: "what-to-do-first", story: true, signs: ["minimum-earnings", "works-various-places"] },
  { q: "children's centre. a mum told me her 16yo nephew came to stay and now works for her husband for no pay, he's scared stiff of being deported. she seems worried too. what should i do", expect: "what-to-do-first", story: true, signs: ["afraid-deported"] },
  { q: "refugee charity caseworker - 15yo has a false passport her agent gave her, and her 'sponsor' here is now demanding she repay her travel. is this trafficking?", expect: "what-to-do-first", story: true, signs: ["false-papers", "debt", "journey-arranged"] },
  { q: "hi, im the DSL at a primary. a yr6 boy told his TA he came to england in the back of a lorry with his 'uncle' and that he's not allowed to tell anyone or they'll send him back. what do i do?", expect: "what-to-do-first", story: true, signs: ["entered-illegally", "afraid-deported"] },
  { q: "youth worker again - lad, 15, says he's told to be at a different market every day to sell stuff and must bring back £60 or he gets hit. he has marks on his face", expect: "what-to-do-first", story: true, signs: ["works-various-places", "minimum-earnings", "abuse-signs"] },
  { q: "social prescriber at a gp surgery. a young woman came with a teenager who she said was her daughter but the girl called her 'madam' and said she came here on a visa the madam's friend organised. the girl isn't at school", expect: "what-to-do-first", story: true, signs: ["journey-arranged", "no-school"] },
  { q: "school nurse. 14 yr old boy with cigarette burns, he's very withdrawn and won't talk, and he's gone missing from home for a week at a time twice this term", expect: "what-to-do-first", story: true, signs: ["abuse-signs", "withdrawn", "missing-periods"] },
  { q: "im a teaching assistant and a yr 8 girl in my group has a really expensive phone but never has money for lunch, and she says her 'boyfriend' who's 22 takes her to his friends' houses. should I tell someone?", expect: "what-to-do-first", story: true, signs: ["phone-no-money"] },
  { q: "housing association officer. a tenant has had at least a dozen different children staying with her this year, all from abroad, none at school and none with a gp. she says she helps families out", expect: "what-to-do-first", story: true, signs: ["no-school", "no-gp"] },
  { q: "Dear colleague, I am a practice nurse. A 13-year-old attended today with a man who said he was her father but could not tell me her date of birth. She has a sexually transmitted infection and became very distressed when I suggested speaking to her alone. I would be grateful for advice on the correct procedure.", expect: "what-to-do-first", story: true, signs: ["abuse-signs"] },
  { q: "is this trafficking? 12yo boy at our mosque class says he sleeps at the restaurant he works in, doesn't go to school and he's never been to a doctor", expect: "what-to-do-first", story: true, signs: ["no-school", "no-gp"] },
  { q: "sports centre receptionist. a girl maybe 14 is dropped off by different older men at the same changing room every week and told one of our staff she 'has to earn' £100 a day. what should we do", expect: "what-to-do-first", story: true, signs: ["minimum-earnings"] },
  { q: "social worker, adoption team, but this is about a neighbour: 10yo next door is out begging every weekend with an adult who isn't her parent and takes the coins off her. what do i do as a member of the public?", expect: "what-to-do-first", story: true, signs: ["begs", "hands-over-earnings"] },
  { q: "police officer (CAIT). girl of 15 found in a flat on a welfare check, she says she was brought from another city by a man, moved between flats every few days and can't say which adult is responsible for her", expect: "what-to-do-first", story: true, signs: ["unexplained-moves", "no-responsible-adult"] },
  { q: "college safeguarding lead. 17yo student from abroad keeps missing days, says she has to work at 'her uncle's shops' in different parts of london, hands her pay over and is afraid of being deported if she stops", expect: "what-to-do-first", story: true, signs: ["works-various-places", "hands-over-earnings", "afraid-deported"] },
  { q: "nhs 111 clinician - caller was a teenager ringing from a stranger's phone, said she's kept in a house and made to work, didn't know the address, then hung up. what are my steps?", expect: "what-to-do-first", story: true, signs: ["limited-freedom"] },
  { q: "yr 7 pupil keeps telling friends she 'owes' the man who brought her here and has to work weekends to pay it off. she's always exhausted. tired teacher here, what do i do tomorrow morning", expect: "what-to-do-first", story: true, signs: ["debt"] },
  { q: "foodbank volunteer. a boy of 13 or 14 comes in alone asking for food for 'the house', says 8 people live there and he does the shopping and cooking and isn't allowed to go to school. is that trafficking", expect: "what-to-do-first", story: true, signs: ["no-school"] },
  { q: "hotel housekeeping supervisor. we keep finding a young girl alone in the same room, different men coming and going, she has nothing with her, no bag no passport, and she looked terrified when I knocked", expect: "what-to-do-first", story: true, signs: [] },

  // situation: immediate-danger
  { q: "hotel manager, there is a girl maybe 14 in one of our rooms with three men right now, staff heard screaming and she looked drugged when she came through reception. what do i do right now", expect: "immediate-danger", story: true, signs: [] },
  { q: "school nurse. a yr8 girl just told me her 'uncle' is outside in the car waiting to take her to a man's flat tonight and she's scared. she's got marks on her wrists. what do i do this minute?", expect: "immediate-danger", story: true, signs: ["abuse-signs"] },
  { q: "housing officer, on a visit now. found 4 kids aged about 8-12 locked in a back room of a flat, no adults here, door padlocked from outside. what now", expect: "immediate-danger", story: true, signs: ["limited-freedom"] },
  { q: "outreach worker at a bus station - boy says the men he works for will be here in 10 minutes to get him and will hurt him if he doesn't go, he owes them for the trip over", expect: "immediate-danger", story: true, signs: ["debt"] },
  { q: "foster carer, its 2am. our 16yo has just texted that she's in a car with men she doesn't know heading out of london and they've taken her phone off her before it cut out", expect: "immediate-danger", story: true, signs: [] },
  { q: "hotel cleaner - found a girl about 13 alone in a room full of phones and condoms, she said 'the man will be back soon' and she's shaking. i'm in the corridor now", expect: "immediate-danger", story: true, signs: [] },

  // situation: county-lines
  { q: "teacher. yr9 boy keeps coming in with two phones, says he's been in margate or southend at weekends 'seeing cousins', had a stab wound patched up last month and told a friend he owes someone for drugs the police took off him", expect: "county-lines", story: true, signs: ["debt"] },
  { q: "yot officer. 15yo from croydon arrested in a kent town with class A on him, says he was sent there and had to stay in a flat for a week selling and couldn't leave. victim or offender?", expect: "county-lines", story: true, signs: ["limited-freedom"] },
  { q: "sw. 16yo on my caseload goes missing 3-4 days at a time, comes back exhausted with train tickets to norwich in his pocket and a 'deal line' phone. mum says older boys from the estate run him", expect: "county-lines", story: true, signs: ["missing-periods"] },
  { q: "police officer - on a warrant at a trap house in a seaside town we found a 14yo girl from lewisham who was reported missing 5 days ago. adults there were dealing crack. how do we treat her", expect: "county-lines", story: true, signs: ["missing-periods"] },
  { q: "dsl at a secondary. yr8 keeps being collected at the gate by older lads in a car, had £400 cash last week he said he had to hand over to someone by 6pm. he's running drugs isn't he. is this trafficking", expect: "county-lines", story: true, signs: ["driven-around", "hands-over-earnings"] },

  // situation: cannabis-farm
  { q: "police officer. raid this morning, cannabis grow in every room, found a vietnamese lad who says he's 15, sleeping on a mattress by the lamps, says he can't leave until he's paid off his journey. we've arrested him for production, is that right?", expect: "cannabis-farm", story: true, signs: ["debt", "limited-freedom"] },
  { q: "custody nurse - 16 year old in the cells after a cannabis factory raid, no english, no passport or papers of his own, frightened he'll be deported, and the officer wants him charged", expect: "cannabis-farm", story: true, signs: ["afraid-deported", "no-own-documents"] },
  { q: "youth justice worker. boy on my caseload charged with cultivation after being found locked in a flat above a takeaway looking after the plants. says men brought him over from france hidden in a lorry", expect: "cannabis-farm", story: true, signs: ["limited-freedom", "entered-illegally", "journey-arranged"] },
  { q: "social worker. a 17yo albanian boy was found tending plants in a grow house. police are treating him as an offender. what does the guidance say about kids found in cannabis farms?", expect: "cannabis-farm", story: true, signs: [] },
  { q: "electrician for the council went into a flat with a cannabis farm, a kid of about 14 was inside who said the 'boss' only brings food twice a week and locks the door", expect: "cannabis-farm", story: true, signs: ["limited-freedom"] },

  // situation: forced-marriage
  { q: "teacher. yr11 girl told me her family are taking her abroad in the summer to marry a man she's never met, she doesn't want to, and her dad has taken her passport", expect: "forced-marriage", story: true, signs: ["no-own-documents"] },
  { q: "school nurse. 15yo boy says he's being sent abroad next month to marry his cousin, he's withdrawn and barely talks. do boys count, is it trafficking?", expect: "forced-marriage", story: true, signs: ["withdrawn"] },
  { q: "college tutor. 16 yr old student says her parents have arranged for her to marry a man in another country and she'll be flown out at half term. she begged me not to tell anyone", expect: "forced-marriage", story: true, signs: [] },
  { q: "gp. 17yo patient registered with her much older 'husband' who answers every question for her. she says the wedding abroad wasn't her choice and she's not allowed out alone", expect: "forced-marriage", story: true, signs: ["limited-freedom"] },
  { q: "a sixth former told me her uncle has been paid money by a man's family and she's going to be married to him over the holidays whether she wants it or not. what do I do", expect: "forced-marriage", story: true, signs: [] },

  // situation: port-of-entry
  { q: "border force officer at stansted. 13yo girl arrived with a man who says he is her uncle, her passport is in his pocket, the visa was arranged by a travel agent he knows, and he's been a sponsor for several other kids this year", expect: "port-of-entry", story: true, signs: ["no-own-documents", "journey-arranged", "adult-many-visas"] },
  { q: "cabin crew on a flight into luton. boy about 12 travelling with a woman who didn't seem to know his name, she's holding both passports. we land in 40 mins, what should happen at the airport", expect: "port-of-entry", story: true, signs: ["no-own-documents"] },
  { q: "immigration officer at heathrow. unaccompanied 16yo at the desk claiming asylum, says an agent gave him the fake passport and told him what to say", expect: "port-of-entry", story: true, signs: ["false-papers", "journey-arranged"] },
  { q: "eurostar staff at the international terminal: teenage girl travelling alone says she's meeting her mum, the number she gave doesn't connect and the adult who dropped her at the train in paris had her tickets", expect: "port-of-entry", story: true, signs: ["journey-arranged"] },
  { q: "port worker at dover. two teenagers found in the back of a lorry, no english, one says he's 14. immigration are here. who is responsible for them?", expect: "port-of-entry", story: true, signs: ["entered-illegally"] },

  // situation: private-fostering-concern
  { q: "health visitor. visiting a flat where a 9yo has been living with a 'family friend' for 4 months, no parents in the uk, the girl does all the cooking and cleaning and isn't at school. woman says the mum back home asked her to have her", expect: "private-fostering-concern", story: true, signs: ["not-with-parents", "no-school"] },
  { q: "teacher. yr7 boy has lived since last summer with a family who aren't related to him. he can never come to after school club because he has to clean and mind their babies, and they're cold and short with him", expect: "private-fostering-concern", story: true, signs: ["not-with-parents"] },
  { q: "church youth leader. a 12yo came from abroad to live with a couple who aren't her family 'for her education' but she isn't enrolled anywhere and does all their housework", expect: "private-fostering-concern", story: true, signs: ["not-with-parents", "no-school"] },
  { q: "sw, just had a private fostering notification for a 14yo living with 'a friend of his cousin'. turns out the carer has sponsored visas for lots of other children who've stayed with him. trafficking?", expect: "private-fostering-concern", story: true, signs: ["not-with-parents", "adult-many-visas"] },
  { q: "gp. 10yo brought in by a woman who isn't her mum and isn't related, says she's been 'looking after her a few months', the child has never seen a gp here and seems scared of her", expect: "private-fostering-concern", story: true, signs: ["not-with-parents", "no-gp"] },
  { q: "school nurse. yr7 girl has cigarette burns on her arms, she lives with her dad's friend and says he does it when she doesn't earn enough at his salon. her parents are abroad", expect: "private-fostering-concern", story: true, signs: ["abuse-signs", "not-with-parents", "minimum-earnings"] },

  // situation: unaccompanied-not-known
  { q: "youth worker at a drop in. 16yo afghan lad says he arrived in a lorry last week, sleeping at a mate's, no one responsible for him, hasn't been to social services or the home office", expect: "unaccompanied-not-known", story: true, signs: ["entered-illegally", "no-responsible-adult"] },
  { q: "librarian. teenage girl comes in every day alone, says she arrived from eritrea a month ago, doesn't know who is looking after her and isn't at school. nobody official knows about her I think", expect: "unaccompanied-not-known", story: true, signs: ["no-responsible-adult", "no-school"] },
  { q: "mosque volunteer. boy about 15 came here alone, no family in the uk, no passport or papers, a man from the community is putting him up. the council doesn't know he exists", expect: "unaccompanied-not-known", story: true, signs: ["no-own-documents"] },
  { q: "food bank. a 17 yr old says he came over alone, hasn't claimed asylum, sleeping in the park, terrified of being deported. he's not in touch with any services", expect: "unaccompanied-not-known", story: true, signs: ["afraid-deported"] },
  { q: "football coach. new lad at training is about 14, says he came to london by himself, stays with 'friends' he met here, not in school, never met a social worker", expect: "unaccompanied-not-known", story: true, signs: ["no-school"] },

  // situation: missing-from-school
  { q: "head of year. a yr9 girl hasn't been in for 3 weeks, all phone numbers dead, ewo went round and the flat was empty, neighbours said lots of different kids had lived there", expect: "missing-from-school", story: true, signs: [] },
  { q: "primary attendance officer. siblings enrolled in september, gone since half term, no new school has asked for records. they'd been through three schools in a year before us with no reason given", expect: "missing-from-school", story: true, signs: ["unexplained-moves"] },
  { q: "school admin near the port - we get kids who register for a term and then vanish, just had another. could this be trafficking and what do we do about this one", expect: "missing-from-school", story: true, signs: [] },
  { q: "dsl, secondary. yr10 boy stopped coming in. his mate says he's working at a car wash every day now to pay back his uncle for bringing him over", expect: "missing-from-school", story: true, signs: ["debt"] },
  { q: "teacher. yr8 girl left without notice, her 'aunt' told us she'd gone home but a friend got a message from her saying she's somewhere in italy and doesn't know where she is", expect: "missing-from-school", story: true, signs: [] },

  // situation: placement-safety
  { q: "foster carer. 15yo placed with us last week after being trafficked. there's been a car with two men in it parked outside three nights running and someone rang the landline asking for her by name", expect: "placement-safety", story: true, signs: [] },
  { q: "residential worker. boy in our unit keeps getting calls on a second phone and a man hangs around the bus stop opposite. he was placed here after being found in a cannabis farm", expect: "placement-safety", story: true, signs: [] },
  { q: "semi independent provider. 16yo trafficked girl with us, her ex 'boyfriend' has been messaging her on insta saying he knows where she lives", expect: "placement-safety", story: true, signs: [] },
  { q: "foster carer. the lad we look after was trafficked. tonight a taxi turned up saying it was booked to collect him. we didn't book it and he says he doesn't know who did", expect: "placement-safety", story: true, signs: [] },
  { q: "supervising social worker. carers of a trafficked 14yo say strangers keep walking past slowly and photographing the house. what should they and we be doing", expect: "placement-safety", story: true, signs: [] },

  // situation: enquirers
  { q: "duty sw. a man rang reception claiming to be the girl's brother and wants to know which foster home she's in so he can visit", expect: "enquirers", also: "relative-claims", story: true, signs: [] },
  { q: "school office. someone phoned saying they are from the boy's 'solicitor' and asked for the address of the pupil who went into care last week. what can I tell them?", expect: "enquirers", story: true, signs: [] },
  { q: "children's centre receptionist. a woman came in asking whether the boy who was placed nearby is okay and where he's living now, says she's a family friend", expect: "enquirers", story: true, signs: [] },
  { q: "foster carer. people from the community keep asking me where the girl came from and who she's with, what am I allowed to say", expect: "enquirers", story: true, signs: [] },
  { q: "residential unit manager - a man claiming to be from an embassy phoned asking us to confirm the girl is staying here", expect: "enquirers", story: true, signs: [] },

  // situation: age-uncertain
  { q: "sw at the front desk. lad says he's 16, home office reckon he's 25 because of his beard, he has no documents, says the agent took his passport", expect: "age-uncertain", story: true, signs: ["no-own-documents"] },
  { q: "hostel manager (adult hostel). girl placed with us as an adult told staff she's actually 17 and came over to work for a man who keeps her wages", expect: "age-uncertain", story: true, signs: ["hands-over-earnings"] },
  { q: "police. found a group of young lads at a car wash, one has id saying 19 but he looks about 15 and says the boss gave him the id", expect: "age-uncertain", story: true, signs: ["false-papers"] },
  { q: "gum clinic nurse. girl gives an adult date of birth but looks very young, vague about her address, came with an older man who paid. she won't engage", expect: "age-uncertain", story: true, signs: [] },
  { q: "housing options officer. someone presenting as homeless says he's 18 but he's tiny and says his passport, which his 'uncle' arranged, has a made up date of birth", expect: "age-uncertain", story: true, signs: ["false-papers"] },
  { q: "cid officer. brothel warrant, found a girl who insists she's 18 but looks about 15, the passport she has clearly isn't hers and she says the men gave it to her", expect: "age-uncertain", story: true, signs: ["false-papers"] },

  // situation: lado
  { q: "headteacher. one of our teaching assistants has been seen several times picking up a yr10 girl who isn't related to her and taking her to 'work' at a salon. the girl seems exhausted. i'm worried the ta is involved", expect: "lado", story: true, signs: [] },
  { q: "football club welfare officer. one volunteer coach keeps bringing 'nephews' from abroad to stay with him, different boys each season, none of them in school", expect: "lado", story: true, signs: ["no-school"] },
  { q: "fostering agency. worried one of our approved foster carers is making the trafficked child in placement work in his shop for no pay", expect: "lado", story: true, signs: [] },
  { q: "nursery manager. a staff member keeps asking questions about one child's immigration status and has been seen outside with the man we're worried about", expect: "lado", story: true, signs: [] },
  { q: "youth worker. a male colleague in his 40s at our project gives a 15yo girl lifts late at night and she's said he 'introduces her to his friends'", expect: "lado", story: true, signs: ["driven-around"] },

  // situation: later-suspicion
  { q: "sw. 16yo uasc i've had for 8 months just told his foster carer the 'agent' who brought him still texts saying he owes £8000 and his family will suffer. nobody considered trafficking at the start", expect: "later-suspicion", story: true, signs: ["debt", "journey-arranged"] },
  { q: "leaving care pa. girl in care since last year keeps vanishing for nights, came in as an unaccompanied child and nobody ever thought about trafficking. now I'm wondering", expect: "later-suspicion", story: true, signs: ["missing-periods"] },
  { q: "iro. reviewing a lac case, child has been with us 10 months, new disclosures about being sold to work in a restaurant before care. what do we do this late?", expect: "later-suspicion", story: true, signs: [] },
  { q: "foster carer. the boy we've had since spring finally told me last night he was made to work in a nail bar and hand all the money to a woman. it's been 6 months. what happens now", expect: "later-suspicion", story: true, signs: ["hands-over-earnings"] },
  { q: "residential manager. after a year in care a girl's story has completely changed, she now says the 'mum' who brought her isn't her mum and was paid to bring her", expect: "later-suspicion", story: true, signs: ["journey-arranged", "not-with-parents"] },

  // situation: detention-centres
  { q: "healthcare nurse in an immigration removal centre. a young person detained as an adult says he's 16 and was brought over to work. who safeguards him", expect: "detention-centres", also: "age-uncertain", story: true, signs: [] },
  { q: "lscp manager. there's an immigration detention centre in our borough and families with children pass through. whose job is safeguarding those kids?", expect: "detention-centres", story: true, signs: [] },
  { q: "charity visitor at a detention centre. family with a 13yo girl, she told me quietly the adults she's with aren't her parents and she's scared of them", expect: "detention-centres", story: true, signs: ["not-with-parents"] },
  { q: "sw. been asked to see a child held at a short term holding facility near the airport, concerns she was trafficked. what's my role there", expect: "detention-centres", story: true, signs: [] },
  { q: "detention centre chaplain. a teenager in the family unit is withdrawn and won't talk to anyone and is terrified of being sent back", expect: "detention-centres", story: true, signs: ["withdrawn", "afraid-deported"] },
];

export const heldout26OffTopic: string[] = [
  // ---- off-topic ----
  "what's the weather doing in croydon tomorrow",
  "how do i book annual leave in the hr system",
  "when is payday this month",
  "my bin wasn't collected on tuesday, who do i report it to",
  "how do i get a resident parking permit",
  "council tax single person discount how do i apply",
  "printer on floor 3 says paper jam but there's nothing stuck",
  "how do i claim mileage expenses",
  "quick veggie lasagne recipe for tonight",
  "who won the arsenal game last night",
  "my amazon parcel is missing, tracking says delivered",
  "how do i get a gp referral to physio for my own knee",
  "how long does it take to renew my passport, i'm going to spain in july",
  "do i need a visa to go to the usa for a conference",
  "how do i book a bsl interpreter for our team away day",
  "traffic on the a23 this morning is awful, any roadworks?",
  "someone found a bug you can exploit in the expenses form to submit a claim twice, who do i tell in IT",
  "we're thinking of fostering a kitten from a rescue centre, what do we need",
  "how do i report my stolen bike to the police",
  "how long does a spouse visa renewal with the home office take for my husband",
  "my dog is missing, got out of the garden last night, who do i call",
  "teams keeps crashing when i share my screen",
  "how do i reset my nhs smartcard pin",
  "can i carry over annual leave into next year",
  "dress code for the christmas party?",
  "how do i request a new laptop charger",
  "how much is maternity pay",
  "best route from waterloo to stratford",
  "what time does the staff canteen close",
  "deadline for applying for my son's secondary school place",
  "how do i add a signature in outlook",
  "are there train strikes on southern this week",
  "how do i appeal a parking fine",
  "lift at the civic centre is broken again, who do i contact",
  "can i refer a friend for the finance job vacancy",
  "manager wants to refer me to occupational health for my back, what happens",
  "the traffic light outside the office is broken, who reports that",
  "my passport photo got rejected online, why",
  "is there a cycle to work scheme",
  "lost the receipt for my train ticket, can i still claim it back",
];
