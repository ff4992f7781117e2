/*
 * heldout21.ts - BLIND held-out practitioner question set for the PG47 knowledge base.
 * Written by a blind question-writer helper session, started Fri Dec  4 20:27 UTC 2026 (`date -u`).
 * Read only: /work/shared/seeds/000..004 (PG47 procedure 004, pilot monitoring report 001,
 * evidence to Parliament 000, press release 002, Southwark scrutiny 003), /work/shared/docs/product.md,
 * /tmp/blind21/labels.txt (entry ids and §10.1 indicator ids, used for labels only) and
 * /work/main/test/kb/fresh.ts (the item type). No code, content, tests or other sets were read;
 * the bot was not run. Wording is my own, written as frontline practitioners type.
 * Counts: in-scope 412, stories 140 (70 first-steps, 70 situation), direct/reworded 272, off-topic 40, dropped 14
 * Coverage findings (plausible practitioner questions dropped: no entry in labels.txt clearly answers them):
 *  1. "Is there a return interview when a missing trafficked child comes back, and within how long (72h)?" (product.md national facts; PG47 §16.2; not sure missing-child covers it)
 *  2. "Should we photograph an at-risk child in the first 24 hours, and who does it?" (monitoring report §7.2)
 *  3. "How does the National Transfer Scheme work for a UASC who arrives in our borough?" (PG47 Appendix 3)
 *  4. "Where do we find a safe house for a child trafficked by an organised network?" (PG47 §16.1)
 *  5. "Can I talk to the yp by phone, text or email, or interview them at school instead?" (PG47 §16.1)
 *  6. "Does our council need a modern slavery SPOC / single point of contact, who is it?" (Southwark scrutiny 003)
 *  7. "What does significant harm mean, what is the threshold?" (PG47 §13.3, §14: term used, not defined)
 *  8. "How does a child's asylum claim get decided, what are the outcomes?" (PG47 Appendix 3, Guidance on Processing Children's Asylum Claims)
 *  9. "What leaving care funding is there for former UASC?" (PG47 Appendix 3 UASC leaving care funding instructions)
 * 10. "How do police and social care agree that a case is NOT trafficking?" (monitoring report §5.6)
 * 11. "What happens when the safe-house support ends after 90 days?" (Southwark scrutiny 003)
 * 12. "What questions should the carers be asked, and should their answers be compared with the child's?" (PG47 §13.4; unsure if interview-how covers the adults' interview)
 * 13. "Is there an adult MASH / adult safeguarding route for modern slavery?" (Southwark scrutiny 003)
 * 14. "Should we trace the child's family, how carefully?" (PG47 §16.1 discretion in tracing families; could be contact-parents-abroad but not sure)
 *
 * MEASURED ONCE (2026-12-04 20:47 UTC, at 58e9b77, by the lead; after the twelfth round, which tuned on set 20's
 * left-out misses; no one tuning had read this set; not learned from at the time):
 *   now:  top-1 371/412 = 90.0%; with "did you mean" 375/412 = 91.0%; stories top-1 115/140 = 82.1%;
 *         indicators named 127/183 = 69.4% (+22 not in the story); off-topic answered 2/40 ("my own son has
 *         chickenpox, can i work from home" -> child-information-languages; "strategy meeting for the q3 budget, who is
 *         chairing" -> strategy-meeting-when), offered buttons 5/40.
 *   the entries' own index alone (no examples.yaml): 85.2% / 86.7% / 74.3% / 69.4% / 2 of 40.
 *   before issue 11 (answerBefore): 72.8% / 76.7% / 37.1% / none named / 6 of 40 answered.
 *   Issue 11's target (92% top-1, 98% with buttons, 0 off-topic answered): NOT met on any of the three.
 * LEARNED FROM since the commit after that measurement (examples.yaml; the two off-topic misses fixed: the asker's own
 * child in an HR question, a quarter's budget): its figures since are training figures (99.0 / 99.0 / 69.4% / 0 of 40).
 */
import type { Fresh } from './fresh.js';

export const heldout21: Fresh[] = [
  // ---- direct / reworded questions ----
  // first steps
  { q: "think one of my yp might have been trafficked, what do i do", expect: "what-to-do-first" },
  { q: "Good afternoon. I am a school nurse and I have concerns that a pupil may have been brought to the UK to be exploited. Could you set out the steps I should take?", expect: "what-to-do-first" },
  { q: "first steps suspected trafficking", expect: "what-to-do-first" },
  { q: "ok so what am i actually meant to do if i think a kid is being exploited by the ppl hes living with", expect: "what-to-do-first" },
  { q: "possible child trafficking - action pls", expect: "what-to-do-first" },
  { q: "worried a child might be a victim of trafficking. process?", expect: "what-to-do-first" },
  { q: "whats the procedure if i suspect a child has been trafficked into the uk", expect: "what-to-do-first" },
  { q: "new to this, where do I even start with a trafficking concern", expect: "what-to-do-first" },
  // immediate danger
  { q: "what if the kid is in danger right now", expect: "immediate-danger" },
  { q: "child at risk this minute who do i ring", expect: "immediate-danger" },
  { q: "is it 999 if i think shes about to be taken away tonight", expect: "immediate-danger" },
  // who / how to refer
  { q: "which borough do i refer to, she lives in one and goes to school in another", expect: "who-to-refer-to" },
  { q: "Which local authority should receive the referral - where the child lives or where my service is based?", expect: "who-to-refer-to" },
  { q: "kid goes to our school but lives over the border in the next la, who gets the referral", expect: "who-to-refer-to" },
  { q: "border officer here, child hasnt entered yet - which council do we contact", expect: "who-to-refer-to", also: "port-of-entry" },
  { q: "how do i refer to csc", expect: "how-to-refer" },
  { q: "is a phone call to the front door enough or do i need to put it in writing", expect: "how-to-refer" },
  { q: "rang mash this morning, do i still have to send something written and by when", expect: "how-to-refer" },
  { q: "how long have i got to follow up a verbal referral in writing", expect: "how-to-refer" },
  { q: "making a referral to childrens social care - how", expect: "how-to-refer" },
  // out of hours / numbers
  { q: "its 11pm on a saturday who do i ring", expect: "out-of-hours" },
  { q: "emergency duty team?? its the weekend and the office is shut", expect: "out-of-hours" },
  { q: "out of hours csc contact", expect: "out-of-hours" },
  { q: "Bank holiday Monday and I have a concern about a child; the council office is closed. Who do I contact?", expect: "out-of-hours" },
  { q: "night shift in a&e, who do i call after 5 for childrens services", expect: "out-of-hours" },
  { q: "nspcc helpline number", expect: "national-lines" },
  { q: "modern slavery helpline no. please", expect: "national-lines" },
  { q: "what are the national phone numbers for reporting trafficking", expect: "national-lines" },
  // disclosure
  { q: "she hasnt actually said anything to me, should i wait till she tells me", expect: "no-disclosure-needed" },
  { q: "do i need a disclosure before referring", expect: "no-disclosure-needed" },
  { q: "Is it acceptable to act without the young person confirming anything?", expect: "no-disclosure-needed" },
  { q: "why wont he just tell us whats going on", expect: "why-no-disclosure" },
  { q: "why do trafficked kids deny everything and stick to the same story", expect: "why-no-disclosure" },
  // definitions
  { q: "what actually counts as child trafficking", expect: "what-is-trafficking" },
  { q: "definition of trafficking palermo protocol", expect: "what-is-trafficking" },
  { q: "does this apply to 17 year olds as well", expect: "who-is-a-child" },
  { q: "hes 16 and a half, does he still count as a child for this", expect: "who-is-a-child" },
  { q: "up to what age is someone a child under this procedure", expect: "who-is-a-child" },
  { q: "trafficked vs smuggled whats the difference", expect: "trafficking-vs-smuggling" },
  { q: "he paid a man to get him here, isnt that smuggling rather than trafficking", expect: "trafficking-vs-smuggling" },
  { q: "she says she agreed to come here and work, so its not trafficking is it", expect: "child-consent" },
  { q: "can a 15 yr old consent to being moved for work", expect: "child-consent" },
  { q: "can a british kid be trafficked without ever leaving the uk", expect: "internal-trafficking" },
  { q: "does it count as trafficking if hes british and just moved from one city to another", expect: "internal-trafficking" },
  { q: "what is county lines", expect: "county-lines" },
  { q: "whats the difference between cse and cce", expect: "cse-cce" },
  { q: "how does criminal exploitation link to trafficking", expect: "cse-cce" },
  { q: "kids found in cannabis factories - victims or criminals", expect: "cannabis-farm" },
  { q: "is forced marriage trafficking", expect: "forced-marriage" },
  // how trafficking happens
  { q: "how do traffickers get hold of kids in the first place", expect: "recruitment" },
  { q: "what are children trafficked for", expect: "forms-of-exploitation" },
  { q: "is benefit fraud one of the reasons children get trafficked", expect: "forms-of-exploitation" },
  { q: "are little ones used differently from teenagers", expect: "exploitation-by-age" },
  { q: "why are children from some countries more at risk of being trafficked", expect: "vulnerability-factors" },
  { q: "how do trafficked children get into the country", expect: "arrival-routes" },
  { q: "stages of trafficking", expect: "trafficking-phases" },
  { q: "section 55 duty home office children", expect: "home-office-s55" },
  { q: "how do traffickers keep kids under control", expect: "control-methods" },
  { q: "whats juju or voodoo got to do with trafficking", expect: "control-methods" },
  { q: "she says she owes them thousands for her flight, how does that keep her trapped", expect: "control-methods" },
  { q: "physical health effects of trafficking on children", expect: "impact-physical" },
  { q: "psychological impact of being trafficked", expect: "impact-psychological" },
  // identification
  { q: "is spotting trafficked children my job or the social workers", expect: "whose-job-to-identify" },
  { q: "signs of trafficking in children", expect: "risk-indicators" },
  { q: "what should i be looking out for", expect: "risk-indicators" },
  { q: "red flags child trafficking list", expect: "risk-indicators" },
  { q: "Could you list the warning signs that a young person who has arrived from abroad is being controlled?", expect: "risk-indicators" },
  { q: "what about the adult with the child, what signs should worry me", expect: "adult-indicators" },
  { q: "the man who sponsored her visa has sponsored loads of other kids, is that a red flag", expect: "adult-indicators" },
  { q: "only ticked one indicator, is that enough to refer", expect: "one-indicator-enough" },
  { q: "how many red flags before i call csc", expect: "one-indicator-enough" },
  { q: "is there a score or threshold I need to reach on the indicators", expect: "one-indicator-enough" },
  { q: "do the indicators work for a 6 year old", expect: "indicators-under-ten" },
  { q: "what is the risk matrix", expect: "risk-matrix" },
  { q: "what happens when border force have concerns about a child at heathrow", expect: "port-of-entry" },
  { q: "what can neighbours or the public do if they suspect a child is trafficked", expect: "community-public" },
  // private fostering
  { q: "what is private fostering", expect: "private-fostering" },
  { q: "is it private fostering if shes living with a family friend for 2 months", expect: "private-fostering" },
  { q: "does living with an aunt count as private fostering", expect: "private-fostering" },
  { q: "who has to tell the council about a private fostering arrangement", expect: "private-fostering-notify" },
  { q: "private fostering notification - how many hours", expect: "private-fostering-notify" },
  { q: "when must the la be notified of private fostering, before or after the child arrives", expect: "private-fostering-notify" },
  { q: "what if a privately fostered kid might be being trafficked", expect: "private-fostering-concern" },
  { q: "unaccompanied minor not known to social services, what now", expect: "unaccompanied-not-known" },
  // agencies
  { q: "what is childrens social care actually responsible for here", expect: "csc-role" },
  { q: "what should a&e staff look out for", expect: "health-services" },
  { q: "gp receptionist - what should i notice at the front desk", expect: "health-services" },
  { q: "health visitor, what signs of trafficking should I watch for on home visits", expect: "health-services" },
  { q: "why do we have to take the holiday address as well as the address abroad", expect: "holiday-addresses" },
  { q: "what should teachers watch for", expect: "schools" },
  { q: "school admissions - what trafficking red flags should we notice", expect: "schools" },
  { q: "pupil stopped attending, could it be trafficking", expect: "missing-from-school" },
  { q: "what does the la asylum team do", expect: "asylum-team" },
  { q: "what is paladin", expect: "police-paladin" },
  { q: "what should the lscp be doing about trafficking", expect: "lscp" },
  { q: "where can i get trafficking training", expect: "training" },
  { q: "what does the refugee council childrens panel do", expect: "refugee-council-panel" },
  // referral processing
  { q: "what info will the sw want from me when i refer", expect: "info-gathering" },
  { q: "what does the social worker gather after a referral comes in", expect: "info-gathering" },
  { q: "what is a home office check", expect: "home-office-check" },
  // NRM
  { q: "what is the nrm", expect: "nrm-what" },
  { q: "nrm??", expect: "nrm-what" },
  { q: "what is the point of an nrm referral for a child", expect: "nrm-what" },
  { q: "can a teacher make an nrm referral", expect: "nrm-who-refers" },
  { q: "who counts as a first responder", expect: "nrm-who-refers" },
  { q: "can I submit the NRM myself as a nurse or does it have to be the local authority", expect: "nrm-who-refers" },
  { q: "do i need consent for nrm", expect: "nrm-consent" },
  { q: "child doesnt want an nrm referral, can we still do it", expect: "nrm-consent" },
  { q: "do parents have to agree to the nrm referral", expect: "nrm-consent" },
  { q: "does the yp have to sign anything for the nrm", expect: "nrm-consent" },
  { q: "how much evidence do we need for nrm", expect: "nrm-threshold" },
  { q: "is there a minimum threshold for an nrm referral", expect: "nrm-threshold" },
  { q: "not sure we have enough to go to the nrm yet", expect: "nrm-threshold" },
  { q: "how do i submit an nrm", expect: "nrm-how" },
  { q: "where is the nrm form", expect: "nrm-how" },
  { q: "if we do the nrm do we still need to follow cp procedures", expect: "nrm-and-child-protection" },
  { q: "does an nrm replace a s47", expect: "nrm-and-child-protection" },
  { q: "duty to notify for children", expect: "duty-to-notify" },
  { q: "do we fill in the anonymous dtn form for a child", expect: "duty-to-notify" },
  { q: "is the duty to notify separate from the nrm", expect: "duty-to-notify" },
  { q: "what is the single competent authority", expect: "sca" },
  { q: "how long for a rg decision", expect: "reasonable-grounds" },
  { q: "what is a reasonable grounds decision", expect: "reasonable-grounds" },
  { q: "is it 5 working days for reasonable grounds", expect: "reasonable-grounds" },
  { q: "when do we get the conclusive grounds decision", expect: "conclusive-grounds" },
  { q: "recovery period how long", expect: "recovery-period" },
  { q: "is the reflection period 45 days or 30 now", expect: "recovery-period" },
  { q: "our borough has a panel instead of the sca, how does that work", expect: "devolved-panels" },
  { q: "nrm came back negative what now", expect: "negative-decision" },
  { q: "negative rg decision but we think hes clearly been trafficked", expect: "negative-decision" },
  { q: "it looks like the home office ignored everything in our assessment when they decided", expect: "decision-makers-ignore-la" },
  { q: "heard nothing back on the nrm for weeks", expect: "chasing-feedback" },
  { q: "how do we chase the home office for feedback on a referral", expect: "chasing-feedback" },
  { q: "new info has come out since we did the nrm, can we add it", expect: "nrm-new-information" },
  // ICTG
  { q: "what is an ictg", expect: "ictg-what" },
  { q: "independent child trafficking guardian - what do they do", expect: "ictg-what" },
  { q: "ictg number", expect: "ictg-number" },
  { q: "phone number for the trafficking guardian service?", expect: "ictg-number" },
  { q: "ictg 24/7 line", expect: "ictg-number" },
  { q: "when do i refer to the ictg", expect: "ictg-referral" },
  { q: "how do we refer a child to the guardian service, is it a form", expect: "ictg-referral" },
  { q: "do i do the ictg referral before or after the nrm", expect: "ictg-referral" },
  { q: "ictg referral london - needed?", expect: "ictg-referral" },
  { q: "direct worker vs regional practice coordinator", expect: "ictg-roles" },
  { q: "do we have to invite the ictg to the strategy meeting", expect: "ictg-meetings" },
  { q: "how many days before a meeting do papers go to the ictg", expect: "ictg-meetings" },
  { q: "ictg cant make the meeting, what happens", expect: "ictg-meetings" },
  { q: "what can we share with the ictg worker", expect: "ictg-information" },
  // after information gathering
  { q: "four ways forward after information gathering", expect: "four-ways-forward" },
  { q: "what options does the sw and manager have after the info gathering", expect: "four-ways-forward" },
  { q: "what are the outcomes a referral can lead to", expect: "four-ways-forward" },
  { q: "what does the assessment have to decide", expect: "assessment-purpose" },
  { q: "when do we accommodate under s20", expect: "s20-accommodation" },
  { q: "section 20 criteria for a trafficked child", expect: "s20-accommodation" },
  { q: "no one with parental responsibility in the uk - s20?", expect: "s20-accommodation" },
  { q: "when would we go for an epo", expect: "epo-police-protection" },
  { q: "police powers of protection when", expect: "epo-police-protection" },
  { q: "emergency protection order for a trafficked child - when is it used", expect: "epo-police-protection" },
  { q: "when is nfa appropriate", expect: "no-further-action" },
  { q: "will i be told what happened after my referral", expect: "told-outcome" },
  { q: "referred 2 days ago and nobody has told me anything, will csc let me know the plan", expect: "told-outcome" },
  // documents and interviews
  { q: "how should we check the passport", expect: "checking-documents" },
  { q: "what documents should the social worker look at", expect: "checking-documents" },
  { q: "carer says the passport is missing, is that acceptable", expect: "checking-documents" },
  { q: "checking documents - what details to look at, photo, issue date etc", expect: "checking-documents" },
  { q: "who decides on a joint interview with police", expect: "interview-decision" },
  { q: "how should the child be interviewed", expect: "interview-how" },
  { q: "should i see the child alone", expect: "interview-how" },
  { q: "what questions should the interview cover", expect: "interview-how" },
  { q: "can his uncle interpret for him", expect: "interpreters" },
  { q: "can we use a family member to translate", expect: "interpreters" },
  { q: "does the interpreter need a dbs check", expect: "interpreters" },
  { q: "no interpreter available, can her cousin help translate just this once", expect: "interpreters" },
  { q: "should each agency interview the child separately", expect: "single-interview" },
  { q: "how do we avoid the child being interviewed over and over", expect: "single-interview" },
  { q: "police, home office and us all want to interview her - is that ok", expect: "single-interview" },
  { q: "what happens after the interviews are done", expect: "after-interview" },
  { q: "who deals with fraud and illegal entry", expect: "who-prosecutes" },
  // s47 and strategy
  { q: "when is a s47 needed", expect: "s47-when" },
  { q: "does every trafficking concern need a section 47", expect: "s47-when" },
  { q: "s47 threshold trafficking", expect: "s47-when" },
  { q: "strategy meeting within how many days", expect: "strategy-meeting-when" },
  { q: "when must the strat meeting be held", expect: "strategy-meeting-when" },
  { q: "child became looked after yesterday, when is the strategy meeting due", expect: "strategy-meeting-when" },
  { q: "2 working days strategy meeting - from when", expect: "strategy-meeting-when" },
  { q: "what should be on the agenda for the strategy meeting", expect: "strategy-meeting-agenda" },
  { q: "strategy meeting checklist", expect: "strategy-meeting-agenda" },
  { q: "what does the strategy meeting need to agree", expect: "strategy-meeting-agenda" },
  { q: "working together 2023 timescales", expect: "wt-timescales" },
  { q: "how many working days for an assessment", expect: "wt-timescales" },
  { q: "icpc within how many days of the strategy discussion", expect: "wt-timescales" },
  { q: "who should come to the multi agency meeting", expect: "multi-agency-meetings" },
  { q: "home office cant attend at short notice, what should they do", expect: "multi-agency-meetings" },
  { q: "police never turn up to our meetings, what is expected of them", expect: "multi-agency-meetings" },
  // looked after
  { q: "what assessment is needed when the child comes into care", expect: "looked-after-assessment" },
  { q: "how do we keep the placement safe", expect: "placement-safety" },
  { q: "someone says theyre his cousin, can he go and live with them", expect: "relative-claims" },
  { q: "a woman claiming to be the mum wants the child back, can we hand her over", expect: "relative-claims" },
  { q: "checks before releasing a child to a so called relative", expect: "relative-claims" },
  { q: "should we contact the parents abroad", expect: "contact-parents-abroad" },
  { q: "what can we tell people who ring asking about the child", expect: "enquirers" },
  // support
  { q: "what support do trafficked children need", expect: "support-services" },
  { q: "how do i build trust with her", expect: "building-trust" },
  { q: "can a trafficked child get legal advice", expect: "legal-advice" },
  { q: "does he need an immigration solicitor", expect: "legal-advice" },
  // missing
  { q: "what do i do if a trafficked child goes missing", expect: "missing-child" },
  { q: "missing from care trafficked yp - steps", expect: "missing-child" },
  { q: "fc here, the girl placed with me didnt come back last night and her phone is off. she was referred for trafficking last week", expect: "missing-child" },
  { q: "residential worker - 14yo boy placed yesterday (possible trafficking) has gone, window open, bed empty. what now", expect: "missing-child" },
  { q: "one of our uasc left the hostel this morning with a man in a van and hasnt returned, police informed?", expect: "missing-child" },
  { q: "yp we referred to the nrm has vanished from placement, who do we tell", expect: "missing-child" },
  { q: "how quickly do trafficked kids go missing", expect: "going-missing-24h" },
  { q: "is it true they often disappear in the first day", expect: "going-missing-24h" },
  { q: "what is the golden hour", expect: "golden-hour" },
  { q: "golden hour checklist", expect: "golden-hour" },
  { q: "what must happen in the first hour after we identify a trafficked child", expect: "golden-hour" },
  { q: "what counts as missing", expect: "what-counts-as-missing" },
  { q: "shes 3 hours late back to placement - is that missing", expect: "what-counts-as-missing" },
  { q: "how can we stop a trafficked child going missing", expect: "preventing-missing" },
  { q: "preventing going missing from placement - ideas", expect: "preventing-missing" },
  { q: "what can we put in place so he doesnt run back to the traffickers", expect: "preventing-missing" },
  // prosecution / repatriation
  { q: "will she have to give evidence against them", expect: "prosecution" },
  { q: "why are trafficked children reluctant to testify", expect: "prosecution" },
  { q: "can a trafficked child be sent back home", expect: "repatriation" },
  // age
  { q: "not sure if hes under 18, what do we do", expect: "age-uncertain" },
  { q: "no id and looks about 18, do we treat as a child", expect: "age-uncertain" },
  { q: "how is age assessed", expect: "age-assessment" },
  { q: "age assessment - who does it and how", expect: "age-assessment" },
  { q: "are medical age assessments used", expect: "age-assessment" },
  { q: "how soon should the age and initial assessments be done", expect: "initial-assessment-7-days" },
  { q: "7 days for initial assessment?", expect: "initial-assessment-7-days" },
  { q: "should every unaccompanied child be seen as a potential trafficking victim", expect: "unaccompanied-potential-victim" },
  { q: "do we treat all uasc as possibly trafficked", expect: "unaccompanied-potential-victim" },
  { q: "who looks after uasc", expect: "uasc" },
  // organisation
  { q: "should one named person lead on trafficking cases", expect: "lead-coordinator" },
  { q: "what if the concern is about a member of staff", expect: "lado" },
  { q: "where can i read the full guidance", expect: "further-guidance" },
  { q: "what is the trafficking assessment", expect: "trafficking-assessment" },
  { q: "do we have to fill in every section of the trafficking assessment", expect: "trafficking-assessment" },
  { q: "what was the nruc", expect: "nruc" },
  { q: "embassy contacts for a childs family abroad", expect: "embassies" },
  { q: "what if we only suspect trafficking after months in care", expect: "later-suspicion" },
  { q: "who safeguards children in immigration detention", expect: "detention-centres" },
  { q: "what laws protect trafficked children", expect: "legislation" },
  { q: "how many children are trafficked", expect: "statistics" },
  { q: "what should housing officers look out for", expect: "housing" },
  { q: "who are ecpat", expect: "ecpat" },
  { q: "what should i record", expect: "what-to-record" },
  { q: "recording a possible trafficking concern - what to write down", expect: "what-to-record" },
  { q: "what info can i share about the child and with who", expect: "information-sharing" },
  { q: "gdpr - am I allowed to share this with police", expect: "information-sharing" },
  { q: "police wont act on our trafficking concerns", expect: "police-not-acting" },
  { q: "cait not interested, saying its not a crime. what now", expect: "police-not-acting" },
  { q: "is the reflection period long enough for a child to tell the full story", expect: "reflection-period-too-short" },
  { q: "what is operation innerste", expect: "operation-innerste" },
  { q: "1996 hague convention cross border child protection", expect: "hague-convention" },
  { q: "is there funding for a secure or specialist placement", expect: "funding-placements" },
  { q: "how do i record the trafficking assessment on ics", expect: "ics-recording" },
  { q: "where can i find current trafficking trends", expect: "trafficking-profiles" },
  { q: "he already has leave to remain, do we still need an nrm", expect: "leave-to-remain-nrm" },
  { q: "licensing officer - what should i look for on premises visits", expect: "licensing-venues" },
  { q: "does trafficking go up around big events like the olympics", expect: "major-events" },
  { q: "shes turning 18 next month, what support is there after", expect: "young-adult-victim" },
  { q: "case crosses two boroughs, how do we manage it", expect: "cross-boundary" },
  { q: "cross boundary trafficking case, other la not engaging", expect: "cross-boundary" },
  { q: "is there info for the child in their own language", expect: "child-information-languages" },
  { q: "can we pause the assessment if shes getting upset", expect: "pause-assessment" },
  { q: "what is the glaa", expect: "glaa" },
  { q: "is there a drop in for newly arrived young people", expect: "newcomers-drop-in" },
  { q: "guidance for midwives and paediatricians on modern slavery", expect: "health-professional-guidance" },
  { q: "mum seems to be exploited too, what do we do about the adult", expect: "adult-victim" },
  { q: "what do the nca and ukhtc do", expect: "nca-ukhtc" },

  // ---- stories ----
  // plain first-steps stories
  {
    q: "yr 10 lad at our school has 2 phones and the newest trainers but says he has no money for the bus, and his attendance has dropped. hes gone quiet and wont talk to anyone. what should i do",
    expect: "what-to-do-first", story: true, signs: ["phone-no-money", "withdrawn"],
  },
  {
    q: "Practice nurse here. A 14 year old girl attended with a woman who says she is her aunt. The girl is not registered with any GP, has never been to a UK school and the woman answered every question for her. The girl looked terrified. What should I do?",
    expect: "what-to-do-first", story: true, signs: ["not-with-parents", "no-gp", "no-school"],
  },
  {
    q: "boy in our youth club (15) says he has to make 100 quid a day selling stuff or he gets in trouble with the older guys. is this trafficking",
    expect: "what-to-do-first", story: true, signs: ["minimum-earnings"],
  },
  {
    q: "i work on a nail bar inspection team, there was a girl who looked about 15 working there, said she works in different shops every week and the manager keeps her money. what do i do",
    expect: "what-to-do-first", story: true, signs: ["works-various-places", "hands-over-earnings"],
  },
  {
    q: "housing officer. visited a flat, 3 kids there not in school, the adult says they are 'nieces' from abroad but couldnt tell me their ages or surnames. kids looked scared and barely spoke",
    expect: "what-to-do-first", story: true, signs: ["not-with-parents", "no-school", "withdrawn"],
  },
  {
    q: "a 13 yo girl in my class uses very sexual language way beyond her age and has been picked up by an older man in a car a few times. she says hes her bf",
    expect: "what-to-do-first", story: true, signs: ["sexualised", "driven-around"],
  },
  {
    q: "gum clinic - 16yo presented with an sti, vague about where she lives, gave an address that doesnt exist, says a man brought her. what now?",
    expect: "what-to-do-first", story: true, signs: ["abuse-signs"],
  },
  {
    q: "after school club worker here. the 12yo who comes to us begs at the station at weekends when she visits her 'uncle', she comes back with nothing and says he keeps it. is that trafficking??",
    expect: "what-to-do-first", story: true, signs: ["begs", "hands-over-earnings"],
  },
  {
    q: "lad in year 11 told me he owes a man money for getting him to the uk and has to work it off before he can keep any wages. hes terrified hell be deported if anyone finds out",
    expect: "what-to-do-first", story: true, signs: ["debt", "afraid-deported"],
  },
  {
    q: "school admissions: mum came to enrol a 9yo, the passport photo doesnt look like the child and the surname is different from hers. she said the other papers were 'at home somewhere'",
    expect: "what-to-do-first", story: true, signs: [],
  },
  {
    q: "youth worker. 16 yr old boy, no papers of his own, says the man he lives with keeps his passport 'for safe keeping'. he cant go out without permission",
    expect: "what-to-do-first", story: true, signs: ["no-own-documents", "limited-freedom"],
  },
  {
    q: "Dear team, a Year 8 pupil has joined us mid-year; her file shows four schools in two years in different cities and nobody can explain the moves. She is withdrawn and will not speak in class. Should I be worried about trafficking and what should I do?",
    expect: "what-to-do-first", story: true, signs: ["unexplained-moves", "withdrawn"],
  },
  {
    q: "a&e triage. 15 yo with old bruises and cigarette burns, says she fell. the man with her wont leave her side and speaks for her. not registered with gp",
    expect: "what-to-do-first", story: true, signs: ["abuse-signs", "no-gp"],
  },
  {
    q: "child keeps going missing for a day or 2 then turns up with new clothes and cash, mum doesnt know where he goes. hes 14",
    expect: "what-to-do-first", story: true, signs: ["missing-periods"],
  },
  {
    q: "gp receptionist here - 2 different adults have registered 5 different children at the same address in 3 months. the kids never seem to stay. is this something",
    expect: "what-to-do-first", story: true, signs: [],
  },
  {
    q: "girl 16 said her visa and flight were all organised by a woman she met online who promised her a job as a nanny. now she cleans the womans house all day and isnt allowed out",
    expect: "what-to-do-first", story: true, signs: ["journey-arranged", "limited-freedom"],
  },
  {
    q: "library staff. boy about 12 comes in every day during school hours, says he doesnt go to school, lives with 'a friend of his dad'. hes always hungry",
    expect: "what-to-do-first", story: true, signs: ["no-school", "not-with-parents"],
  },
  {
    q: "teen on my caseload admits her papers are fake and that 'the agent' gave them to her. she wont say who the agent is",
    expect: "what-to-do-first", story: true, signs: ["false-papers"],
  },
  {
    q: "we had a yp come in to the drop in, came in the back of a lorry, no documents. hes staying with men he met on the way and cant tell me who is looking after him. social services have never heard of him. worried",
    expect: "unaccompanied-not-known", story: true, signs: ["entered-illegally", "no-own-documents", "no-responsible-adult"],
  },
  {
    q: "sorry if this is silly but our cleaner brought her 'daughter' to work in the summer and the girl did all the work while the woman sat down. the girl doesnt look like her kid and isnt in school. what would you do",
    expect: "what-to-do-first", story: true, signs: ["no-school"],
  },
  {
    q: "police pc. stopped a car, 15yo girl in the back with 2 adult men, she had a phone with loads of messages but not a penny on her, she wouldnt say a word",
    expect: "what-to-do-first", story: true, signs: ["phone-no-money", "withdrawn", "driven-around"],
  },
  {
    q: "childminder: little boy (about 6) brought by different adults every week, none of them seem to be parents, he never says anything about home. not sure if the indicators apply to little ones like him",
    expect: "what-to-do-first", also: "indicators-under-ten", story: true, signs: ["not-with-parents"],
  },
  {
    q: "pupil told the dsl her 'uncle' brought her over on a visa he arranged, and that he has done the same for lots of other girls from her village who never went home",
    expect: "what-to-do-first", story: true, signs: ["journey-arranged", "adult-many-visas", "adult-visitors-stayed"],
  },
  {
    q: "my yp (17) works in a restaurant kitchen till 2am, hands all his wages to the owner, sleeps upstairs. says its fine and he chose it",
    expect: "what-to-do-first", story: true, signs: ["hands-over-earnings"],
  },
  {
    q: "sw here, 15yo vietnamese boy, fits every profile we were trained on, poor english, no gp, carers evasive. where do I start",
    expect: "what-to-do-first", story: true, signs: ["fits-profile", "no-gp"],
  },
  {
    q: "I'm a dentist. A 13 year old came in with severe untreated decay and a man who kept checking his phone. She had never seen a doctor or dentist here and didn't know her own address. Is this a trafficking concern and what should I do?",
    expect: "what-to-do-first", story: true, signs: ["no-gp"],
  },
  {
    q: "a neighbour has told me (im a pcso) about kids being dropped off late at night at the house next door, different ones each week",
    expect: "what-to-do-first", story: true, signs: [],
  },
  {
    q: "teacher. boy says he gets beaten if he doesnt bring home enough from selling roses at the pub. hes 11",
    expect: "what-to-do-first", story: true, signs: ["minimum-earnings"],
  },
  {
    q: "football coach - one of my u15s gets driven to training by a much older guy in a flash car, the lad always has the latest phone yet cant pay subs. hes changed a lot, quiet now",
    expect: "what-to-do-first", story: true, signs: ["driven-around", "phone-no-money", "withdrawn"],
  },
  {
    q: "hv visit: new baby, but theres also a teenage girl in the house doing all the cooking and childcare, not at school, family say shes a 'relative' from back home. they wont let me speak to her alone",
    expect: "what-to-do-first", story: true, signs: ["no-school", "not-with-parents"],
  },
  {
    q: "shop worker at the station here, noticed a girl about 14 begging every day, an older woman watches her and takes the money off her every hour. what should I do",
    expect: "what-to-do-first", story: true, signs: ["begs", "hands-over-earnings"],
  },
  {
    q: "school counsellor. 15yo girl terrified of being sent back, says if she tells anyone 'they' will hurt her mum at home. nothing else concrete",
    expect: "what-to-do-first", story: true, signs: ["afraid-deported"],
  },
  {
    q: "hi im a tutor at the college esol class. a 16 year old student says he cant say who his guardian is, just 'some man', and different people collect him",
    expect: "what-to-do-first", story: true, signs: ["no-responsible-adult"],
  },
  {
    q: "is this trafficking? girl 13, sexual knowledge way beyond her years, disappears after school some days, older teens hanging round the gate for her",
    expect: "what-to-do-first", story: true, signs: ["sexualised", "missing-periods"],
  },
  {
    q: "pharmacist - teen boy buying dressings for wounds he says are from 'work', he works at car washes all over the place and says his boss holds his pay",
    expect: "what-to-do-first", story: true, signs: ["works-various-places", "hands-over-earnings"],
  },
  {
    q: "not sure this is anything. 17yo in our hostel keeps saying he needs to pay back 'the debt' before he can send money home. he gets lots of calls but has no money for food",
    expect: "what-to-do-first", story: true, signs: ["debt", "phone-no-money"],
  },
  {
    q: "Good morning, I'm a charity volunteer. A 15-year-old girl at our food bank said a man arranged her trip here and she now lives with people she doesn't know. She wasn't sure who is responsible for her. I don't want to overreact - what should I do?",
    expect: "what-to-do-first", story: true, signs: ["journey-arranged", "not-with-parents", "no-responsible-adult"],
  },
  {
    q: "tfl staff. boy about 12 on his own on the night buses most nights, says he's delivering parcels for a man. hes got a new phone and never any money",
    expect: "what-to-do-first", story: true, signs: ["phone-no-money"],
  },
  {
    q: "yp at our supported lodgings said shes not allowed to keep her own ID, the man who brought her has it",
    expect: "what-to-do-first", story: true, signs: ["no-own-documents"],
  },
  {
    q: "im a dsl. boy in year 7, history of moves between 3 countries nobody can explain, mum is actually an 'aunt', no gp. he seems frightened of her",
    expect: "what-to-do-first", story: true, signs: ["unexplained-moves", "not-with-parents", "no-gp"],
  },
  {
    q: "hotel night manager. man checked in with two young girls who look about 14, he had all their passports, they didnt speak and didnt leave the room",
    expect: "what-to-do-first", story: true, signs: ["no-own-documents", "withdrawn", "limited-freedom"],
  },
  {
    q: "teacher again - the 10 yo who started last month says he was smuggled in a lorry and 'the man' told him never to talk to police. hes with people he calls uncle",
    expect: "what-to-do-first", story: true, signs: ["entered-illegally", "not-with-parents"],
  },
  {
    q: "ed welfare officer: girl 14 on roll but hardly ever in, when i visited the adult at the address said she's 'working'. wouldnt say where",
    expect: "missing-from-school", story: true, signs: [],
  },
  {
    q: "16yo albanian lad in our care leavers drop in, says he has to earn a set amount each day at a car wash, works at different sites, and hands it to a man. hes scared of deportation",
    expect: "what-to-do-first", story: true, signs: ["minimum-earnings", "works-various-places", "hands-over-earnings", "afraid-deported"],
  },
  {
    q: "A young person I mentor has told me she had to sleep with men to pay off what she owes for coming to the UK. She is 16. She has begged me not to tell anyone. What do I do?",
    expect: "what-to-do-first", story: true, signs: ["debt"],
  },
  {
    q: "gp: 11 yr old, first time seen, never had any vaccinations, brought by a man who says hes a family friend and mum is abroad. child not in school",
    expect: "what-to-do-first", story: true, signs: ["not-with-parents", "no-gp", "no-school"],
  },
  {
    q: "after school club - the same older guy collects a 13yo girl most days in a car, shes started wearing expensive stuff and talks in a sexual way, mum works nights and doesnt know him",
    expect: "what-to-do-first", story: true, signs: ["driven-around", "sexualised"],
  },
  {
    q: "kid turned up at reception asking for help, says his papers were made by the people who brought him and hes scared theyll find him",
    expect: "what-to-do-first", story: true, signs: ["false-papers"],
  },
  {
    q: "i'm a scout leader, one of the boys mentioned he's not allowed out of the house except for scouts, and his 'uncle' has lots of other kids staying who came on visas he sponsored",
    expect: "what-to-do-first", story: true, signs: ["limited-freedom", "adult-many-visas"],
  },
  {
    q: "pupil keeps falling asleep in class, says she cleans for a family every night from 6 til midnight and gives them her money. she's 14 and lives with them",
    expect: "what-to-do-first", story: true, signs: ["hands-over-earnings"],
  },
  {
    q: "walk-in centre - two young teens brought in by the same adult as last month, different names this time, both vague about their address, one has an injury",
    expect: "what-to-do-first", story: true, signs: [],
  },
  {
    q: "housing assoc officer, tenancy check, mattresses everywhere, a teenage boy who said hes 15 told me he works in different takeaways and gives his money to the tenant",
    expect: "what-to-do-first", story: true, signs: ["works-various-places", "hands-over-earnings"],
  },
  {
    q: "im worried about a 15 yo girl who just started at our pru, shes withdrawn, has a phone that keeps buzzing but no money for lunch ever, and goes missing every few weeks",
    expect: "what-to-do-first", story: true, signs: ["withdrawn", "phone-no-money", "missing-periods"],
  },
  {
    q: "uber driver reported to us (council cctv team) a teen being driven around by a man to different addresses all night",
    expect: "what-to-do-first", story: true, signs: ["driven-around"],
  },
  {
    q: "dear bot, im a trainee sw. 14yo boy, family say they brought him over 'to help out'. he does all the housework, isnt enrolled anywhere and is never allowed to go out alone. thoughts?",
    expect: "what-to-do-first", story: true, signs: ["no-school", "limited-freedom"],
  },
  {
    q: "gymnastics club. girl 12 never has money for anything, always on an expensive phone, picked up by various men. mum never seen",
    expect: "what-to-do-first", story: true, signs: ["phone-no-money"],
  },
  // immediate danger stories
  {
    q: "theres a girl outside the shop right now crying, a man is trying to pull her into a van and shes saying she doesnt want to go. shes maybe 14",
    expect: "immediate-danger", story: true, signs: [],
  },
  {
    q: "boy just rang me from a locked room, says the men are coming back tonight and hes scared they will hurt him. hes 15. what do i do right now",
    expect: "immediate-danger", story: true, signs: ["limited-freedom"],
  },
  {
    q: "15 yo in clinic has just told me the man waiting in the car park is going to take her to another city tonight and sell her. he's outside now",
    expect: "immediate-danger", story: true, signs: [],
  },
  {
    q: "on a home visit, the yp whispered that she is being kept in the flat and the adults are about to move her tonight. im standing outside now",
    expect: "immediate-danger", story: true, signs: ["limited-freedom"],
  },
  // county lines stories
  {
    q: "14yo from london found in a flat in a seaside town with drugs and cash, says he was sent there by older boys and has to sell before he can come home",
    expect: "county-lines", story: true, signs: [],
  },
  {
    q: "year 9 keeps disappearing for days, comes back with train tickets to towns hes never mentioned, has 2 phones and a 'debt' to an older lad",
    expect: "county-lines", story: true, signs: ["missing-periods", "debt"],
  },
  {
    q: "btp officer - stopped a 15yo boy on a train with a bag of wraps stuffed in his clothes. hes from south london, says he was told to deliver to a house out of town and would be hurt if he didnt",
    expect: "county-lines", story: true, signs: [],
  },
  {
    q: "my looked after 16yo keeps going to a town 100 miles away, police found him in a trap house there. hes scared of the men who run it",
    expect: "county-lines", story: true, signs: ["missing-periods"],
  },
  // cannabis farm stories
  {
    q: "police raid on a house this morning found a 16yo vietnamese boy tending plants in a locked loft. no english, no papers. custody want to charge him",
    expect: "cannabis-farm", story: true, signs: ["no-own-documents", "limited-freedom"],
  },
  {
    q: "we've got a 15 year old in custody who was the 'gardener' at a cannabis grow, he says he was brought here and owes money. should he be treated as an offender",
    expect: "cannabis-farm", story: true, signs: ["debt"],
  },
  {
    q: "yot worker - the boy i'm supervising was arrested in a cannabis factory, he slept there and wasnt allowed out. court next week",
    expect: "cannabis-farm", story: true, signs: ["limited-freedom"],
  },
  {
    q: "fire service found a boy about 14 living in a house full of cannabis plants after a fire, windows boarded, he'd been locked in",
    expect: "cannabis-farm", story: true, signs: ["limited-freedom"],
  },
  // forced marriage stories
  {
    q: "yr 11 girl told me shes being taken 'home' over the summer to marry a man twice her age, she doesnt want to go. is this trafficking or something else",
    expect: "forced-marriage", story: true, signs: [],
  },
  {
    q: "16 yo boy says his family arranged for him to marry someone abroad, he's been told he can't refuse and his passport has been taken",
    expect: "forced-marriage", story: true, signs: ["no-own-documents"],
  },
  {
    q: "a girl of 15 was brought to the uk to marry a man here, she now lives with his family, isnt at school and isnt allowed out",
    expect: "forced-marriage", story: true, signs: ["no-school", "limited-freedom"],
  },
  // port of entry stories
  {
    q: "border force at stansted: 13yo girl arriving with a man who isnt her father, says shes visiting, the address given doesnt exist and the visa was arranged by an agent",
    expect: "port-of-entry", story: true, signs: ["journey-arranged"],
  },
  {
    q: "airline staff at heathrow - unaccompanied 14 yo on a flight, the adult meeting him couldnt give his name properly and had 3 other childrens passports",
    expect: "port-of-entry", story: true, signs: [],
  },
  {
    q: "eurostar terminal, immigration officer. 15 yo boy travelling on papers that look forged, says a man gave them to him in paris. hes supposed to be met by 'a cousin'",
    expect: "port-of-entry", story: true, signs: ["false-papers"],
  },
  {
    q: "we are at dover with a young girl found in the back of a lorry, she says shes 14 and was told someone would collect her. what do we do at the port",
    expect: "port-of-entry", story: true, signs: ["entered-illegally"],
  },
  // private fostering concern stories
  {
    q: "9 yr old living with a 'family friend' for 6 months while mum is abroad, never notified to the la, the child does all the housework and isnt allowed to play out",
    expect: "private-fostering-concern", story: true, signs: ["not-with-parents", "limited-freedom"],
  },
  {
    q: "school found out a 12yo pupil has been living with a woman who isnt related to her since she arrived from nigeria last year, the relationship seems cold and the girl is very withdrawn",
    expect: "private-fostering-concern", story: true, signs: ["not-with-parents", "withdrawn"],
  },
  {
    q: "privately fostered teen (14) told me the lady she lives with takes all the money she gets from babysitting for neighbours and says she owes her for the flight",
    expect: "private-fostering-concern", story: true, signs: ["not-with-parents", "hands-over-earnings", "debt"],
  },
  {
    q: "hv: family friend looking after a 10 year old from abroad for the last 3 months, no gp registration, no school place, carer vague about when the parents will come",
    expect: "private-fostering-concern", story: true, signs: ["not-with-parents", "no-gp", "no-school"],
  },
  // unaccompanied not known stories
  {
    q: "a 15yo lad walked into our mosque last night, came alone from afghanistan, no adults, social services dont know about him. what now",
    expect: "unaccompanied-not-known", story: true, signs: ["no-responsible-adult"],
  },
  {
    q: "church volunteer - we've been helping a 16 year old eritrean girl who arrived on her own weeks ago and is sleeping on a friend's sofa. she's never been to social services",
    expect: "unaccompanied-not-known", story: true, signs: [],
  },
  {
    q: "solicitors office. teen who came alone and has been living with strangers is asking about asylum, not known to any la. she says shes 16",
    expect: "unaccompanied-not-known", story: true, signs: ["not-with-parents"],
  },
  {
    q: "outreach worker, found a boy around 14 sleeping rough by the station, arrived alone on a small boat across the channel a month ago, no one is looking after him and csc dont know him",
    expect: "unaccompanied-not-known", story: true, signs: ["entered-illegally", "no-responsible-adult"],
  },
  // missing from school stories
  {
    q: "a girl in year 6 hasnt been in for 2 weeks, the family at the address say they dont know her and have never heard of her. she only joined us last term",
    expect: "missing-from-school", story: true, signs: [],
  },
  {
    q: "attendance officer: boy joined in september from abroad, stopped coming after half term, phone numbers dead, the 'uncle' has moved. could this be trafficking",
    expect: "missing-from-school", story: true, signs: [],
  },
  {
    q: "3 siblings recently arrived, registered for 1 term then just stopped coming, no forwarding address, neighbours say a van took them",
    expect: "missing-from-school", story: true, signs: [],
  },
  {
    q: "yr 8 pupil (she's 12) has had no attendance for 10 days, mum's phone is off, last we heard she was going to 'visit family in europe'",
    expect: "missing-from-school", story: true, signs: [],
  },
  // placement safety stories
  {
    q: "fc here, placed a 15yo trafficked girl with us on friday. theres been a car parked outside with men in it two nights running and someone keeps calling the landline asking for her",
    expect: "placement-safety", story: true, signs: [],
  },
  {
    q: "residential home manager - the boy placed with us as a potential trafficking victim keeps getting messages from a number we dont recognise, and a man has been hanging round the gates",
    expect: "placement-safety", story: true, signs: [],
  },
  {
    q: "foster carer - my yp told me tonight that the people who brought him know where he lives now. I saw a car slow down outside twice",
    expect: "placement-safety", story: true, signs: [],
  },
  {
    q: "sw - our looked after girl (16, nrm referred) let slip that her 'boyfriend' is going to pick her up from the placement. carers worried",
    expect: "placement-safety", story: true, signs: [],
  },
  // enquirers stories
  {
    q: "a man rang the school saying he's the boy's uncle and asked which foster placement he's in, wants to drop off some clothes",
    expect: "enquirers", story: true, signs: [],
  },
  {
    q: "duty desk: someone claiming to be a family friend keeps phoning asking where the trafficked girl we accommodated last week is living",
    expect: "enquirers", story: true, signs: [],
  },
  {
    q: "gp surgery: a woman asked reception for the new address of a teenage patient who was taken into care, said she is his aunt from abroad",
    expect: "enquirers", story: true, signs: [],
  },
  // age uncertain stories
  {
    q: "a lad came to the council says hes 16 but housing think hes more like 20, no id at all, came across the channel. do we treat him as a child",
    expect: "age-uncertain", story: true, signs: ["entered-illegally", "no-own-documents"],
  },
  {
    q: "police custody - female detained at a brothel, says shes 19 but looks about 15, her passport says 22 but she says it isnt hers",
    expect: "age-uncertain", story: true, signs: ["false-papers"],
  },
  {
    q: "young man at our hostel, papers say 18 but he says the agent changed his age and hes really 16. adult services dont want to know",
    expect: "age-uncertain", story: true, signs: ["false-papers"],
  },
  {
    q: "border force - yp claims to be 17, officer thinks hes an adult, travelling on a document that seems to belong to someone else",
    expect: "age-uncertain", story: true, signs: ["false-papers"],
  },
  // lado stories
  {
    q: "worried a teaching assistant at our school is bringing girls over from her home country to 'help at home' and one of them is now in year 9 here and not allowed out",
    expect: "lado", story: true, signs: ["limited-freedom"],
  },
  {
    q: "one of our youth club volunteers has been seen driving two of the younger teens around late at night and giving them phones",
    expect: "lado", story: true, signs: ["driven-around"],
  },
  {
    q: "a carer at our residential unit seems to be passing info about a looked after trafficked boy to someone outside and was seen meeting a man near the home",
    expect: "lado", story: true, signs: [],
  },
  // later suspicion stories
  {
    q: "we've had a 15yo uasc in foster care for 8 months, only now is she talking about being made to work in a house and owing money. she wasnt seen as trafficked at the start",
    expect: "later-suspicion", story: true, signs: ["debt"],
  },
  {
    q: "boy in our care for a year, just found out he is still in contact with the men who brought him and sends them money each week",
    expect: "later-suspicion", story: true, signs: ["hands-over-earnings"],
  },
  {
    q: "looked after girl, placed 6 months ago as a uasc, she's now going missing at weekends and coming back with new things. nobody thought trafficking before",
    expect: "later-suspicion", story: true, signs: ["missing-periods"],
  },
  // detention centre stories
  {
    q: "visiting the immigration removal centre, met a boy held with adults who says he is 16 and was brought here to work. who safeguards him",
    expect: "detention-centres", story: true, signs: [],
  },
  {
    q: "charity worker in a detention centre: a family with 2 teens held there, the girl told me the man listed as her father isnt and she was made to work for him",
    expect: "detention-centres", story: true, signs: ["not-with-parents"],
  },
  // more plain first-steps stories
  {
    q: "cafe owner, not sure who to ask. a girl maybe 15 works in the kitchen of the place next door every day in school time, the owner drives her in and out and she never has a coat or any money",
    expect: "what-to-do-first", story: true, signs: ["no-school"],
  },
  {
    q: "sw in the leaving care team: younger brother (14) of one of my care leavers has just arrived, lives with a man who isnt family and who holds his passport. boy says he has to pay the man back for the journey",
    expect: "what-to-do-first", story: true, signs: ["not-with-parents", "no-own-documents", "debt"],
  },
  {
    q: "ambulance crew - picked up a 15yo girl from a flat above a shop, overdose, the adults there said she was a lodger and wouldnt give her surname, she had fresh bruising on her arms",
    expect: "what-to-do-first", story: true, signs: ["abuse-signs"],
  },
  {
    q: "primary dsl. reception child (5) has a 'mum' who was not the woman who enrolled her, the names on the birth cert and passport dont match and no gp is recorded. do the indicators even work at that age",
    expect: "what-to-do-first", also: "indicators-under-ten", story: true, signs: ["no-gp"],
  },
  {
    q: "market inspector - teen boys (about 14) working the stalls on school days, each one says a different man is his boss, they go to different markets every day and the men collect the takings",
    expect: "what-to-do-first", story: true, signs: ["works-various-places", "hands-over-earnings", "no-school"],
  },
  {
    q: "pls help, 16 yo girl in my form confided that her bf who is 25 drives her to parties where she has to 'be nice' to his friends. she now talks about sex all the time",
    expect: "what-to-do-first", story: true, signs: ["driven-around", "sexualised"],
  },
  {
    q: "Good evening. I am a midwife. A 16-year-old attended booking alone, said she was brought here by a man who arranged her visa, she doesn't know the address where she is staying and is very frightened of the police finding out about her.",
    expect: "what-to-do-first", story: true, signs: ["journey-arranged", "afraid-deported"],
  },
  {
    q: "councillor surgery: resident says a house on her road has teenagers coming and going, one of them begged her for money and said hes not allowed to go home until he makes enough each day",
    expect: "what-to-do-first", story: true, signs: ["begs", "minimum-earnings"],
  },
  {
    q: "yp i work with (15) has a phone that never stops but nothing to eat, goes off for a few days at a time, and has a rash and discharge she wont let anyone look at",
    expect: "what-to-do-first", story: true, signs: ["phone-no-money", "missing-periods", "abuse-signs"],
  },
  {
    q: "swimming teacher. 9 yo boy always brought by a different adult, none seem to know his surname or school, and hes never registered anywhere for school as far as i can tell",
    expect: "what-to-do-first", story: true, signs: ["no-school"],
  },
  {
    q: "hi, housing options. a woman applied as homeless with 4 kids but only one is hers, she says the others were 'sent to her' by relatives abroad and she cant say who will look after them",
    expect: "what-to-do-first", story: true, signs: ["not-with-parents", "no-responsible-adult"],
  },
  {
    q: "is this trafficking or am i overthinking. teen boy in the shop every morning buying energy drinks, says he works nights in warehouses in different towns for cash in hand that goes to his 'agent'",
    expect: "what-to-do-first", story: true, signs: ["works-various-places", "hands-over-earnings"],
  },
  {
    q: "college welfare officer: 16yo student says her papers were bought for her by the man she lives with and she has no idea where her real passport is",
    expect: "what-to-do-first", story: true, signs: ["false-papers", "no-own-documents"],
  },
  {
    q: "barber - a kid maybe 13 sweeps up in the shop next door every day, he sleeps in the back and the owner told me he 'came over' last year. never seen him at school",
    expect: "what-to-do-first", story: true, signs: ["no-school"],
  },
  {
    q: "mental health nurse, camhs. 15yo referred for self harm, very withdrawn, eventually said she cant leave the house without the man she lives with and he is not her dad",
    expect: "what-to-do-first", story: true, signs: ["withdrawn", "limited-freedom", "not-with-parents"],
  },
  {
    q: "teacher, pupil aged 14 has gaps in her history nobody can explain - different names at different schools, different cities, and now the 'uncle' wants to take her out of school for good",
    expect: "what-to-do-first", story: true, signs: ["unexplained-moves", "not-with-parents"],
  },
  // more situation stories
  {
    q: "i can see from my window a teenager being dragged into a house by two men, she is screaming. she looks about 13",
    expect: "immediate-danger", story: true, signs: [],
  },
  {
    q: "yp texted me at 2am saying theyre being held in a flat and the men have a knife, she's 15",
    expect: "immediate-danger", story: true, signs: ["limited-freedom"],
  },
  {
    q: "pupil (year 10) has been stabbed in the leg, says he was 'working' in another county for a dealer who gave him the phone and says he owes him for drugs that were taken off him",
    expect: "county-lines", story: true, signs: ["debt"],
  },
  {
    q: "railway staff keep seeing the same 14 year old boy travelling alone from london to the coast on school days, carrying a rucksack, always on a cheap phone, says he visits 'his cousin'",
    expect: "county-lines", story: true, signs: [],
  },
  {
    q: "custody sgt: 17yo arrested for cultivating cannabis, no papers, says he was brought in a lorry and locked in the house, doesnt know what town hes in",
    expect: "cannabis-farm", story: true, signs: ["no-own-documents", "entered-illegally", "limited-freedom"],
  },
  {
    q: "police found a 14 yr old hiding in a cannabis grow house during a warrant, terrified, says he'll be killed if he talks",
    expect: "cannabis-farm", story: true, signs: [],
  },
  {
    q: "gp: 15yo girl asked for contraception and then said her parents have arranged her marriage to a man in another country next month. she doesnt want to but her passport has been taken by her dad",
    expect: "forced-marriage", story: true, signs: ["no-own-documents"],
  },
  {
    q: "immigration officer at luton: 12 year old travelling with an adult who claims to be her mother, the girl says she has never met this woman before today and the woman holds her passport",
    expect: "port-of-entry", story: true, signs: ["no-own-documents"],
  },
  {
    q: "border force at gatwick - teenager (says 15) arriving alone, visa sponsored by a man who has sponsored several other young visitors who never left the uk",
    expect: "port-of-entry", story: true, signs: ["adult-visitors-stayed", "adult-many-visas"],
  },
  {
    q: "primary teacher: 8 yo in my class lives with a couple who arent relatives, have had her for about a year, she says she has to do all the chores and is not allowed to call her mum. council never told",
    expect: "private-fostering-concern", story: true, signs: ["not-with-parents", "limited-freedom"],
  },
  {
    q: "a 17yo boy came into the job centre alone, fled sudan, no family here, no social worker, sleeping in a park. what do i do",
    expect: "unaccompanied-not-known", story: true, signs: ["no-responsible-adult"],
  },
  {
    q: "10yo boy on our roll since september has not attended for 3 weeks, the home visit found the flat empty and the landlord says the adults left in a hurry with lots of kids",
    expect: "missing-from-school", story: true, signs: [],
  },
  {
    q: "fc: since the 14yo trafficked boy came to us last week, someone keeps leaving notes in the letterbox in his language and a man followed us from school",
    expect: "placement-safety", story: true, signs: [],
  },
  {
    q: "a woman turned up at the children's home reception asking to see the new girl, said shes her sister, she knew the girls name and that she'd arrived this week",
    expect: "enquirers", story: true, signs: [],
  },
  {
    q: "a teen who says hes 15 has been placed in an adult hotel by the home office because they think hes 23. no documents. he seems young and scared",
    expect: "age-uncertain", story: true, signs: ["no-own-documents"],
  },
  {
    q: "concerned that our school caretaker has young teens from abroad living at his flat who do odd jobs for him and never go to school",
    expect: "lado", story: true, signs: ["no-school"],
  },
  {
    q: "uasc in our care for 9 months, passed through our asylum team as having no extra concerns, now shes disclosed she was sold to a family in another city before coming here and they still call her",
    expect: "later-suspicion", story: true, signs: [],
  },
  {
    q: "a teenage boy in the immigration removal centre says he is 15 and that the man detained with him as his father brought him here to work. what should happen",
    expect: "detention-centres", story: true, signs: [],
  },
];

export const heldout21OffTopic: string[] = [
  "whats the weather doing tomorrow, need to know if i should cycle in",
  "how do i reset my outlook password",
  "when is payday this month",
  "trains to birmingham are cancelled again, any way to claim a refund",
  "can i park in the staff car park at weekends",
  "what is on the canteen menu today",
  "how do i book annual leave in the hr system",
  "printer on the 2nd floor keeps jamming",
  "my back hurts from sitting all day, can i get an assessment for a new chair",
  "my own son has chickenpox, can i work from home",
  "how do i report a pothole on my road",
  "bin collection is late on our street, who do i call",
  "what time does the council tax office open",
  "teams keeps crashing when i share my screen",
  "how do i claim mileage for a home visit",
  "is there a gym discount for council staff",
  "vpn wont connect from home",
  "can i get a flu jab at work this year",
  "how do i change my bank details for payroll",
  "whats the wifi password for the meeting rooms",
  "do we get time off in lieu for working a saturday",
  "how do i book a meeting room for friday",
  "my daughter needs a school place for september, how do i apply",
  "renew my parking permit",
  "lost my staff id badge, how do i get a new one",
  "annual appraisal form where is it",
  // near-misses sharing words with the domain
  "the traffic on the a406 is terrible, is there a better route to the office",
  "what does smuggling mean in the context of customs duty on cigarettes I bought abroad",
  "how long is the recovery period after a knee operation, for my sick leave",
  "my passport expires next month, how do i renew it for my holiday",
  "i need a referral to an occupational health physio for my shoulder",
  "golden hour photography tips for the team away day",
  "what is the duty to notify HMRC of a change in my tax circumstances",
  "how many working days notice do i have to give to resign",
  "county lines bus timetable to the coast for the staff trip",
  "can my foster cat come to the office pet day",
  "interpreter needed for the french exchange visit planning meeting, is there budget",
  "who is the missing person in our teams channel photo, i dont recognise them",
  "strategy meeting for the q3 budget, who is chairing",
  "is the consent form for the staff photo board mandatory",
];
