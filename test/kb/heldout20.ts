/*
 * heldout20.ts - BLIND held-out practitioner question set, written by a blind question-writer helper
 * session (not the knowledge-base author). Written: Fri Dec  4 19:46:08 UTC 2026 (`date` at start).
 * Read ONLY: /work/shared/seeds/000..004 (PG47 procedure 004, pilot monitoring report 001, evidence to
 * Parliament 000, press release 002, Southwark scrutiny 003), /work/shared/docs/product.md,
 * /tmp/blind20/labels.txt (entry ids + §10.1 indicator ids, used for labels only) and
 * /work/main/test/kb/fresh.ts (the item type); tsconfig.json was opened only to check compile scope.
 * No bot code, KB content, other question sets or git history were read; the bot was not run.
 * Wording is my own, in the voice of tired frontline staff (typos and shorthand are deliberate).
 *
 * Counts: in-scope 462, stories 158 (80 first-steps stories + 78 situation stories),
 *         direct/reworded 304, off-topic 40 (14 near-misses), dropped 16
 *
 * Coverage findings (plausible practitioner questions dropped because no entry in labels.txt clearly
 * answers them, or two entries would fight over them):
 *  1. "How does the National Transfer Scheme work for a uasc who arrived in our borough?" (PG47 App.3, NTS protocol)
 *  2. "How is a child's asylum claim processed / will he get leave until 17 and a half?" (PG47 App.3; monitoring report §9.2.2)
 *  3. "What funding is there for former uasc care leavers?" (PG47 App.3, UASC leaving care funding instructions) -
 *     funding-placements is about specialist/secure placements only.
 *  4. "Should the child's interview be video recorded, and who arranges it?" (PG47 §14 strategy meeting bullet) -
 *     split between strategy-meeting-agenda and interview-how.
 *  5. "Can I talk to the yp by text / phone / email, or see her at school instead of at home?" (PG47 §16.1) -
 *     split between interview-how and building-trust.
 *  6. "Who photographs an at-risk child within 24 hours and how?" (monitoring report §7.2)
 *  7. "Which part of the Home Office do I contact - UKVI or Immigration Enforcement?" (PG47 §7.1)
 *  8. "Once private fostering is notified, what does the council actually do - inspect, visit, keep records?"
 *     (PG47 §12.2 regulatory duties) - unclear whether private-fostering or private-fostering-concern owns it.
 *  9. "How do we agree with the police that a case is NOT trafficking?" (monitoring report §5.6)
 * 10. "Does our council have a modern slavery SPOC / champion, or an adult MASH?" (Southwark scrutiny 003)
 * 11. "Can we put an at-risk yp in a shared house with no foster carer?" (monitoring report §4.1.2) -
 *     placement-safety might cover it but not clearly.
 * 12. "Who is my borough police trafficking lead - CAIT or the Public Protection Desk?" (monitoring report key
 *     findings, §5) - police-paladin covers the Met Paladin team only.
 * 13. "Is there any guidance or resource for recovery work, helping a yp talk about what happened?"
 *     (monitoring report §4.3.2, §7.4) - split between support-services and building-trust.
 * 14. "How long does a trafficking assessment usually take?" (monitoring report §4.8.2: 4-5 weeks, up to 2 years)
 *     - split between trafficking-assessment and reflection-period-too-short.
 * 15. "Is there a virtual support group / peer advice from the pilot boroughs for LSCPs?" (monitoring report §10.3)
 * 16. "What should school admissions staff check on the documents when a pupil is enrolled?" (PG47 §13.4, §12.6)
 *     - split between schools and checking-documents.
 *
 * MEASURED ONCE (2026-12-04 20:22 UTC, at bf2100d, by the lead; after the eleventh round, which learned from set 19 and
 * tuned on its misses; no one tuning had read this set; not learned from at the time):
 *   now:  top-1 399/462 = 86.4%; with "did you mean" 408/462 = 88.3%; stories top-1 125/158 = 79.1%;
 *         indicators named 187/271 = 69.0% (+32 not in the story); off-topic answered 2/40 ("recovery period after
 *         knee surgery" -> recovery-period; "a visa for my mum to visit for the wedding" -> adult-indicators),
 *         offered buttons 0/40.
 *   the entries' own index alone (no examples.yaml): 82.0% / 85.3% / 76.6% / 69.0% / 2 of 40.
 *   before issue 11 (answerBefore): 68.8% / 74.2% / 34.2% / none named / 9 of 40 answered.
 *   Issue 11's target (92% top-1, 98% with buttons, 0 off-topic answered): NOT met on any of the three.
 * LEARNED FROM since the commit after that measurement (examples.yaml; the two off-topic misses fixed by otherSense
 * own-health and family-visas): its figures since are training figures (98.5 / 98.5 / 69.0% / 0 of 40).
 */
import type { Fresh } from './fresh.js';

export const heldout20: Fresh[] = [
  // ---- direct / reworded questions ----
  // first steps
  { q: "think one of my yr 10s might have been trafficked. what do i actually do first", expect: 'what-to-do-first' },
  { q: "Good afternoon, I am a practice nurse and I have concerns that a teenage patient may have been brought to the UK to be exploited. Could you please advise on the steps I should take?", expect: 'what-to-do-first' },
  { q: "worried a kid is being trafficked whats the procedure", expect: 'what-to-do-first' },
  { q: "steps pls - poss trafficked child", expect: 'what-to-do-first' },
  { q: "what should a volunteer do if they suspect a child is being trafficked", expect: 'what-to-do-first' },
  { q: "duty mgr, new case came in poss trafficking, what needs to happen right now", expect: 'what-to-do-first' },
  { q: "suspect trafficking with a 14 yo where do i even start", expect: 'what-to-do-first' },
  { q: "I'm a housing officer not a social worker so bear with me - if I think a kid in one of our properties has been trafficked what's my first move?", expect: 'what-to-do-first' },
  { q: "gp receptionist, bit out of my depth, think a child who came in today is being exploited by the adults with her. what do i do", expect: 'what-to-do-first' },
  { q: "trafficking concern - action plan?", expect: 'what-to-do-first' },

  // immediate danger
  { q: "what if the child is at risk right this minute", expect: 'immediate-danger' },
  { q: "when do i ring 999 rather than social care", expect: 'immediate-danger' },

  // who to refer to
  { q: "which borough do i refer to - she lives in lambeth but comes to school in croydon", expect: 'who-to-refer-to' },
  { q: "refer to the council where the school is or where the kid lives??", expect: 'who-to-refer-to' },
  { q: "immigration officer at the airport, which la do i contact about a child arriving", expect: 'who-to-refer-to', also: 'port-of-entry' },
  { q: "child is staying with his aunt in a different borough at the mo, which csc gets the referral", expect: 'who-to-refer-to' },
  { q: "Which local authority is responsible when the young person only moved into our area last week?", expect: 'who-to-refer-to' },

  // how to refer
  { q: "making a referral to csc - talk me through it", expect: 'how-to-refer' },
  { q: "do I need to put the referral in writing or is a phone call to the front door enough", expect: 'how-to-refer' },
  { q: "rang mash this morning, how long have i got to send in the written referral", expect: 'how-to-refer' },
  { q: "is it 48 hrs or 2 working days for the written follow up after a verbal referral", expect: 'how-to-refer' },
  { q: "whats the process for referring to childrens social care for trafficking", expect: 'how-to-refer' },

  // out of hours
  { q: "its 11pm on a saturday who do i ring", expect: 'out-of-hours' },
  { q: "emergency duty team number?? office is shut", expect: 'out-of-hours' },
  { q: "bank holiday monday and ive got a concern, social care closed, what do i do", expect: 'out-of-hours' },
  { q: "night shift in paeds a&e - who do we contact for childrens social care at 3am", expect: 'out-of-hours' },
  { q: "weekend, who do i phone about a kid i think has been trafficked", expect: 'out-of-hours' },
  { q: "edt or police if it's after 5?", expect: 'out-of-hours' },

  // national lines
  { q: "modern slavery helpline number", expect: 'national-lines' },
  { q: "nspcc helpline no. please", expect: 'national-lines' },
  { q: "what national numbers can i call for advice on trafficking", expect: 'national-lines' },

  // disclosure
  { q: "she hasnt actually told me anything, should i wait til she does", expect: 'no-disclosure-needed' },
  { q: "Do I need a disclosure from the child before I refer?", expect: 'no-disclosure-needed' },
  { q: "he denies it all. can i still refer", expect: 'no-disclosure-needed' },
  { q: "why do these kids always stick to the exact same story", expect: 'why-no-disclosure' },
  { q: "why wont he tell us what happened, weve been trying for weeks", expect: 'why-no-disclosure' },
  { q: "is it normal for trafficked young people to deny being trafficked", expect: 'why-no-disclosure' },

  // definitions
  { q: "what actually counts as child trafficking", expect: 'what-is-trafficking' },
  { q: "palermo protocol definition of trafficking a child", expect: 'what-is-trafficking', also: 'legislation' },
  { q: "does this procedure apply to a 17 yr old", expect: 'who-is-a-child' },
  { q: "shes 16 and says shes an adult now and can do what she likes - is she still a child for this?", expect: 'who-is-a-child' },
  { q: "up to what age does pg47 cover", expect: 'who-is-a-child' },
  { q: "trafficked or smuggled, whats the diff", expect: 'trafficking-vs-smuggling' },
  { q: "his family paid an agent to get him here, doesnt that make it smuggling not trafficking", expect: 'trafficking-vs-smuggling' },
  { q: "she says she wanted to come and agreed to the work so surely its not trafficking?", expect: 'child-consent' },
  { q: "can a 15 year old consent to being moved for work", expect: 'child-consent' },
  { q: "if the parents agreed to send him over is it still trafficking", expect: 'child-consent' },
  { q: "can a uk born kid be trafficked without ever leaving london", expect: 'internal-trafficking' },
  { q: "british kids being moved between towns - does that count as trafficking", expect: 'internal-trafficking' },
  { q: "does the child have to cross a border for it to be trafficking", expect: 'internal-trafficking', also: 'what-is-trafficking' },
  { q: "county lines explained", expect: 'county-lines' },
  { q: "county lines = trafficking?", expect: 'county-lines' },
  { q: "how does cse fit with trafficking", expect: 'cse-cce' },
  { q: "whats cce", expect: 'cse-cce' },
  { q: "child criminal exploitation vs trafficking, is there actually a difference", expect: 'cse-cce' },
  { q: "are kids found in cannabis factories treated as offenders or victims", expect: 'cannabis-farm' },
  { q: "is forced marriage counted as trafficking", expect: 'forced-marriage' },

  // how trafficking works
  { q: "in the first place, how do traffickers get hold of these kids", expect: 'recruitment' },
  { q: "what do traffickers promise the families back home", expect: 'recruitment' },
  { q: "what are kids trafficked for", expect: 'forms-of-exploitation' },
  { q: "is benefit fraud one of the things children get trafficked for", expect: 'forms-of-exploitation' },
  { q: "are little ones used differently to teenagers", expect: 'exploitation-by-age' },
  { q: "root causes - why are some kids more at risk of being trafficked from abroad (poverty etc)", expect: 'vulnerability-factors' },
  { q: "which airports and ports are traffickers using these days", expect: 'arrival-routes' },
  { q: "what are the 3 phases of trafficking", expect: 'trafficking-phases' },
  { q: "what is section 55 of the borders act", expect: 'home-office-s55' },
  { q: "does the home office have any safeguarding duty to children", expect: 'home-office-s55' },
  { q: "once theyre here, how do traffickers keep the kids under control", expect: 'control-methods' },
  { q: "what is a juju oath and why would it stop her talking", expect: 'control-methods' },
  { q: "why dont they just run away from the people exploiting them", expect: 'control-methods' },
  { q: "what physical health problems do trafficked children usually have", expect: 'impact-physical' },
  { q: "mental health effects of trafficking on a child", expect: 'impact-psychological' },
  { q: "hes angry all the time and has nightmares and cant concentrate, is that typical for trafficked kids", expect: 'impact-psychological' },

  // identification
  { q: "is it actually my job to spot trafficking or is that social services", expect: 'whose-job-to-identify' },
  { q: "signs of child trafficking", expect: 'risk-indicators' },
  { q: "red flags for a trafficked kid, list please", expect: 'risk-indicators' },
  { q: "what should make me suspicious that a child has been trafficked", expect: 'risk-indicators' },
  { q: "what about warning signs in the adults - the so called uncle, the sponsor etc", expect: 'adult-indicators' },
  { q: "red flags about the person who sponsored the childs visa", expect: 'adult-indicators' },
  { q: "how many signs do i need before i refer", expect: 'one-indicator-enough' },
  { q: "only one indicator fits, is that enough to ring social care", expect: 'one-indicator-enough' },
  { q: "is there a score or threshold i need to reach on the indicators", expect: 'one-indicator-enough' },
  { q: "do the indicators even work for a 6 year old", expect: 'indicators-under-ten' },
  { q: "child is 8, the checklist doesnt really fit her, what then", expect: 'indicators-under-ten' },
  { q: "whats the risk matrix", expect: 'risk-matrix' },
  { q: "where do i get the trafficking risk assessment matrix from", expect: 'risk-matrix' },
  { q: "what happens when concerns come up at the airport or port", expect: 'port-of-entry' },
  { q: "what can neighbours do if they think a kid next door has been trafficked", expect: 'community-public' },
  { q: "im a church volunteer - what can community groups do to help", expect: 'community-public' },

  // private fostering
  { q: "private fostering meaning", expect: 'private-fostering' },
  { q: "kid living with a family friend for 2 months, does that count as private fostering", expect: 'private-fostering' },
  { q: "does a grandparent looking after a child count as private fostering", expect: 'private-fostering' },
  { q: "who has to tell the council about a private fostering arrangement", expect: 'private-fostering-notify' },
  { q: "how quickly must private fostering be notified to the la", expect: 'private-fostering-notify' },

  // agencies
  { q: "unaccompanied child not known to social services, what do i do", expect: 'unaccompanied-not-known' },
  { q: "what is csc actually responsible for in these cases", expect: 'csc-role' },
  { q: "a&e triage nurse - things to look out for?", expect: 'health-services' },
  { q: "im a health visitor, what should i be alert to", expect: 'health-services' },
  { q: "why do we need to record the home address abroad as well as the uk one", expect: 'holiday-addresses' },
  { q: "patient gave a holiday address in london and a home address in lagos, which one do i put on the system", expect: 'holiday-addresses' },
  { q: "dsl here - what does pg47 say schools should watch out for", expect: 'schools' },
  { q: "pupil stopped coming in, could it be trafficking", expect: 'missing-from-school' },
  { q: "child off roll for weeks and the family arent at the address anymore, could this be trafficking?", expect: 'missing-from-school' },
  { q: "what does the asylum team do", expect: 'asylum-team' },
  { q: "does this go to the asylum team or to the cp team", expect: 'asylum-team' },
  { q: "paladin team?", expect: 'police-paladin' },
  { q: "met police unit for child trafficking based at heathrow?", expect: 'police-paladin' },
  { q: "what should the lscp be doing about trafficking", expect: 'lscp' },
  { q: "where can i get trafficking training", expect: 'training' },
  { q: "our team needs training on modern slavery and kids, who provides it", expect: 'training' },
  { q: "refugee council childrens panel, what do they do", expect: 'refugee-council-panel' },
  { q: "who can go with a uasc to his asylum interview and appeal hearings", expect: 'refugee-council-panel' },

  // after referral (CSC)
  { q: "what info will the sw want from me when i refer", expect: 'info-gathering' },
  { q: "sw here, checklist for info gathering after a trafficking referral pls", expect: 'info-gathering' },
  { q: "whats a home office check", expect: 'home-office-check' },
  { q: "how do i check the immigration status of the child and the carers", expect: 'home-office-check' },

  // NRM
  { q: "nrm - what is it", expect: 'nrm-what' },
  { q: "whats the point of the NRM", expect: 'nrm-what' },
  { q: "can a teacher make an nrm referral", expect: 'nrm-who-refers' },
  { q: "who is a first responder", expect: 'nrm-who-refers' },
  { q: "im a youth worker at a small charity, can we submit the NRM ourselves", expect: 'nrm-who-refers' },
  { q: "child needs to agree to the nrm yes or no", expect: 'nrm-consent' },
  { q: "do i need consent for NRM, he's 15", expect: 'nrm-consent' },
  { q: "yp refused the nrm can we still refer her", expect: 'nrm-consent' },
  { q: "Mum has said she does not want us to refer her daughter to the NRM. Do we need parental consent?", expect: 'nrm-consent' },
  { q: "how much evidence do we need for an NRM", expect: 'nrm-threshold' },
  { q: "is there a minimum threshold for an NRM referral", expect: 'nrm-threshold' },
  { q: "we only have suspicions and no proof, can we still do the nrm", expect: 'nrm-threshold' },
  { q: "submitting an NRM, where and how", expect: 'nrm-how' },
  { q: "where is the NRM form", expect: 'nrm-how' },
  { q: "if we do the nrm do we still have to follow child protection", expect: 'nrm-and-child-protection' },
  { q: "does the NRM replace a s47", expect: 'nrm-and-child-protection' },
  { q: "nrm submitted so can we close the cp side now?", expect: 'nrm-and-child-protection' },
  { q: "duty to notify, what is it for", expect: 'duty-to-notify' },
  { q: "do i need a separate DtN form for a child as well as the NRM", expect: 'duty-to-notify' },
  { q: "can we use the anonymous duty to notify route instead of an NRM for a 16 yo", expect: 'duty-to-notify' },
  { q: "who actually makes the NRM decision", expect: 'sca' },
  { q: "what's the SCA", expect: 'sca' },
  { q: "how long does the reasonable grounds decision take", expect: 'reasonable-grounds' },
  { q: "what does a positive RG actually mean for the child", expect: 'reasonable-grounds' },
  { q: "conclusive grounds decision, when", expect: 'conclusive-grounds' },
  { q: "CG how long after the RG", expect: 'conclusive-grounds' },
  { q: "how long is the recovery period", expect: 'recovery-period' },
  { q: "is it 45 days or 30 days reflection period now, the old toolkit says 45", expect: 'recovery-period' },
  { q: "what are the devolved child decision making panels", expect: 'devolved-panels' },
  { q: "our borough runs a devolved panel, what does that mean for the nrm decision", expect: 'devolved-panels' },
  { q: "nrm came back negative what now", expect: 'negative-decision' },
  { q: "negative RG - does that mean we stop treating it as a safeguarding case", expect: 'negative-decision' },
  { q: "home office ignored our whole assessment and went with the asylum interview, what can we do", expect: 'decision-makers-ignore-la' },
  { q: "feels like the SCA didnt even read what we sent them with the referral", expect: 'decision-makers-ignore-la' },
  { q: "no word from the home office about the nrm for weeks", expect: 'chasing-feedback' },
  { q: "new info has come out since the nrm went in, can we update it", expect: 'nrm-new-information' },
  { q: "shes disclosed loads more since the NRM referral - can we send it on or is it too late", expect: 'nrm-new-information' },

  // ICTG
  { q: "ictg?? what is that", expect: 'ictg-what' },
  { q: "independent child trafficking guardian - what do they do", expect: 'ictg-what' },
  { q: "is ICTG the same as the old child trafficking advocates", expect: 'ictg-what' },
  { q: "ictg number", expect: 'ictg-number' },
  { q: "phone number for the guardian service please", expect: 'ictg-number' },
  { q: "24/7 advice line for referring to ictg?", expect: 'ictg-number' },
  { q: "when do i refer to the ictg", expect: 'ictg-referral' },
  { q: "do i do the ictg referral before or after the NRM", expect: 'ictg-referral' },
  { q: "is london an ictg area?", expect: 'ictg-referral' },
  { q: "difference between an ictg direct worker and an rpc", expect: 'ictg-roles' },
  { q: "child has her mum here in the uk, does she get a direct worker or a regional practice coordinator", expect: 'ictg-roles' },
  { q: "do we have to invite the ictg to the strategy meeting", expect: 'ictg-meetings' },
  { q: "how many days before the meeting do papers go to the ictg worker", expect: 'ictg-meetings' },
  { q: "how quickly do minutes and actions have to go to the ictg", expect: 'ictg-meetings' },
  { q: "ictg worker cant make the core group, what happens", expect: 'ictg-meetings' },
  { q: "what can we share with the ictg", expect: 'ictg-information' },
  { q: "can the guardian see our case file on the child", expect: 'ictg-information' },

  // four ways forward
  { q: "4 ways forward?", expect: 'four-ways-forward' },
  { q: "sw and manager discussing a trafficking referral - what are the possible outcomes", expect: 'four-ways-forward' },
  { q: "what does the assessment (option a) decide", expect: 'assessment-purpose' },
  { q: "what is the assessment actually for - what are we deciding", expect: 'assessment-purpose' },
  { q: "no one with PR for the child - s20?", expect: 's20-accommodation' },
  { q: "s20 criteria", expect: 's20-accommodation' },
  { q: "when do we go for an EPO", expect: 'epo-police-protection' },
  { q: "police powers of protection - when do we use them", expect: 'epo-police-protection' },
  { q: "when is nfa appropriate", expect: 'no-further-action' },
  { q: "can social care just NFA my referral?", expect: 'no-further-action' },
  { q: "will i find out what happened after i referred", expect: 'told-outcome' },
  { q: "referred last week, heard nothing, am i entitled to know the outcome", expect: 'told-outcome' },
  { q: "does the sw have to tell the referrer which plan is in place", expect: 'told-outcome' },

  // documents and interviews
  { q: "checking a passport properly - what am i looking for", expect: 'checking-documents' },
  { q: "what should i look at in the documents - visa, photo, names?", expect: 'checking-documents' },
  { q: "carer says the passport is lost and she cant find the paperwork, do we accept that", expect: 'checking-documents' },
  { q: "who decides on a joint interview with police", expect: 'interview-decision' },
  { q: "do we interview jointly with CAIT or not, who makes the call", expect: 'interview-decision' },
  { q: "how should the child be interviewed", expect: 'interview-how' },
  { q: "what questions should we ask in the interview", expect: 'interview-how' },
  { q: "should the child be seen alone", expect: 'interview-how' },
  { q: "should we interview the adults separately and compare", expect: 'interview-how' },
  { q: "can his uncle interpret", expect: 'interpreters' },
  { q: "can we use the older brother as interpreter", expect: 'interpreters' },
  { q: "does the interpreter need to be dbs checked?", expect: 'interpreters' },
  { q: "no interpreter til tomorrow, can her cousin translate just for today", expect: 'interpreters' },
  { q: "police, home office and us all want to interview him separately, is that ok", expect: 'single-interview' },
  { q: "how many times should she be interviewed", expect: 'single-interview' },
  { q: "what happens after the interviews are done", expect: 'after-interview' },
  { q: "who deals with the false passport side, us or the police", expect: 'who-prosecutes' },
  { q: "carer is committing benefit fraud with the kids, who investigates that", expect: 'who-prosecutes' },

  // s47 and strategy meetings
  { q: "when do we need a s47", expect: 's47-when' },
  { q: "is a s47 needed for every unaccompanied child", expect: 's47-when', also: 'unaccompanied-potential-victim' },
  { q: "s47 threshold in trafficking cases", expect: 's47-when' },
  { q: "when must the strategy meeting be held", expect: 'strategy-meeting-when' },
  { q: "strat meeting within how many days of becoming LAC", expect: 'strategy-meeting-when' },
  { q: "is it 2 working days or 2 calendar days for the strategy meeting", expect: 'strategy-meeting-when' },
  { q: "child accommodated friday evening, when is the strategy meeting due", expect: 'strategy-meeting-when' },
  { q: "what goes on the strategy meeting agenda", expect: 'strategy-meeting-agenda' },
  { q: "strategy meeting checklist pls", expect: 'strategy-meeting-agenda' },
  { q: "working together 2023 timescales", expect: 'wt-timescales' },
  { q: "how long does the assessment have - 45 working days?", expect: 'wt-timescales' },
  { q: "icpc within how many days of the strat", expect: 'wt-timescales' },
  { q: "who should attend multi agency meetings", expect: 'multi-agency-meetings' },
  { q: "home office never turn up to our meetings, what should they do instead", expect: 'multi-agency-meetings' },
  { q: "police cant attend the meeting at such short notice, what are they supposed to do", expect: 'multi-agency-meetings' },

  // looked after
  { q: "child just became LAC, what assessment is needed", expect: 'looked-after-assessment' },
  { q: "what does the needs assessment need to cover once shes looked after", expect: 'looked-after-assessment' },
  { q: "how do we keep the placement safe", expect: 'placement-safety' },
  { q: "man says hes her uncle and wants to take her home with him, can she go", expect: 'relative-claims' },
  { q: "cousin turned up wanting to collect the yp from care, what checks are needed", expect: 'relative-claims' },
  { q: "should we contact the parents back home", expect: 'contact-parents-abroad' },
  { q: "do we try to trace the family abroad and get their views", expect: 'contact-parents-abroad' },
  { q: "what can we tell people asking where the child is", expect: 'enquirers' },

  // support
  { q: "what support do trafficked kids need", expect: 'support-services' },
  { q: "services for a trafficked child - camhs, counselling etc?", expect: 'support-services' },
  { q: "she trusts no one, building trust with her - any advice", expect: 'building-trust' },
  { q: "tips for building rapport with a trafficked yp who wont engage", expect: 'building-trust' },
  { q: "can she get a solicitor", expect: 'legal-advice' },
  { q: "legal advice for a trafficked child about immigration status", expect: 'legal-advice' },
  { q: "will she have to testify against them", expect: 'prosecution' },
  { q: "court - will the child be made to give evidence", expect: 'prosecution' },
  { q: "can they send him back home", expect: 'repatriation' },
  { q: "repatriation risk assessment - needed?", expect: 'repatriation' },

  // missing
  { q: "yp has gone missing from placement what do i do", expect: 'missing-child' },
  { q: "uasc didnt come back to the supported lodgings last night", expect: 'missing-child' },
  { q: "return home interview - within how long of him coming back?", expect: 'missing-child' },
  { q: "she went missing an hour ago from the childrens home, we think the traffickers have picked her up", expect: 'missing-child' },
  { q: "foster carer reports 15 yo not returned, possible trafficking victim, steps?", expect: 'missing-child' },
  { q: "how fast do they go missing", expect: 'going-missing-24h' },
  { q: "heard they disappear within a day of being found, true?", expect: 'going-missing-24h' },
  { q: "golden hour?", expect: 'golden-hour' },
  { q: "what should happen in the first hour after we identify a child", expect: 'golden-hour' },
  { q: "hes 40 mins late back to the placement, is that missing?", expect: 'what-counts-as-missing' },
  { q: "when does a child officially count as missing", expect: 'what-counts-as-missing' },
  { q: "stopping him running back to the traffickers - ideas?", expect: 'preventing-missing' },
  { q: "reduce risk of going missing from care", expect: 'preventing-missing' },

  // age and unaccompanied
  { q: "not sure if hes under 18, what do we do in the meantime", expect: 'age-uncertain' },
  { q: "benefit of the doubt on age?", expect: 'age-uncertain' },
  { q: "age assessments, how are they actually done", expect: 'age-assessment' },
  { q: "is there practice guidance on age assessments", expect: 'age-assessment' },
  { q: "how soon should the age assessment be done", expect: 'initial-assessment-7-days' },
  { q: "timescale for initial and age assessments", expect: 'initial-assessment-7-days' },
  { q: "should every unaccompanied child be treated as a potential victim", expect: 'unaccompanied-potential-victim' },
  { q: "do we treat all uasc as potentially trafficked", expect: 'unaccompanied-potential-victim' },
  { q: "who looks after uasc", expect: 'uasc' },
  { q: "which team is responsible for unaccompanied asylum seeking children", expect: 'uasc' },

  // case management and other
  { q: "should we have a named lead for trafficking cases", expect: 'lead-coordinator' },
  { q: "does each trafficking case need a coordinator tracking it", expect: 'lead-coordinator' },
  { q: "concern about a member of staff possibly involved in trafficking - lado?", expect: 'lado' },
  { q: "wheres the full guidance", expect: 'further-guidance' },
  { q: "link to the statutory guidance on modern slavery", expect: 'further-guidance' },
  { q: "do we have to fill in the whole trafficking assessment", expect: 'trafficking-assessment' },
  { q: "what was the nruc", expect: 'nruc' },
  { q: "can we still check the national register for unaccompanied children", expect: 'nruc' },
  { q: "embassy contacts for vietnam", expect: 'embassies' },
  { q: "where are the consulate details so we can try to contact the family", expect: 'embassies' },
  { q: "trafficking suspected after months in care what do we do", expect: 'later-suspicion' },
  { q: "who safeguards kids in immigration detention", expect: 'detention-centres' },
  { q: "what laws cover child trafficking", expect: 'legislation' },
  { q: "modern slavery act 2015 - relevant to kids?", expect: 'legislation' },
  { q: "how many children are trafficked in the uk", expect: 'statistics' },
  { q: "stats on trafficked children going missing from care", expect: 'statistics' },
  { q: "housing officer, what should i watch out for", expect: 'housing' },
  { q: "doing an hmo inspection, what signs of trafficking should i look for", expect: 'housing' },
  { q: "who are ecpat", expect: 'ecpat' },
  { q: "write down what exactly? first time ive had a concern like this", expect: 'what-to-record' },
  { q: "what do i record about my concerns and the conversation", expect: 'what-to-record' },
  { q: "can i share info without consent", expect: 'information-sharing' },
  { q: "who can i share information about the child with", expect: 'information-sharing' },
  { q: "police wont investigate", expect: 'police-not-acting' },
  { q: "CAIT saying its not a police matter, what can we do", expect: 'police-not-acting' },
  { q: "is 30 or 45 days really enough to get the true story out of a kid who was coached", expect: 'reflection-period-too-short' },
  { q: "op innerste??", expect: 'operation-innerste' },
  { q: "1996 hague convention guidance?", expect: 'hague-convention' },
  { q: "is there any money for a secure or specialist placement", expect: 'funding-placements' },
  { q: "ICS - where does the trafficking assessment go on it", expect: 'ics-recording' },
  { q: "where can i find current trafficking trends and profiles", expect: 'trafficking-profiles' },
  { q: "he already has leave to remain, do we still need an nrm", expect: 'leave-to-remain-nrm' },
  { q: "licensing officer visiting clubs and bars, what should i look for", expect: 'licensing-venues' },
  { q: "does trafficking go up around big events", expect: 'major-events' },
  { q: "he turned 18 last week, what support is there now", expect: 'young-adult-victim' },
  { q: "support for care leavers who were trafficked as children", expect: 'young-adult-victim' },
  { q: "child placed in another borough - how do we manage cross boundary", expect: 'cross-boundary' },
  { q: "case involves 3 different boroughs, who leads", expect: 'cross-boundary' },
  { q: "leaflet in vietnamese for the child", expect: 'child-information-languages' },
  { q: "can we stop the assessment if she gets upset", expect: 'pause-assessment' },
  { q: "what's the glaa", expect: 'glaa' },
  { q: "is there a drop in for newly arrived yp", expect: 'newcomers-drop-in', also: 'refugee-council-panel' },
  { q: "rcn guidance for nurses and midwives on modern slavery?", expect: 'health-professional-guidance' },
  { q: "guidance for paediatricians on refugee and trafficked kids", expect: 'health-professional-guidance' },
  { q: "mum seems to be being exploited too", expect: 'adult-victim' },
  { q: "what if the carer is also a victim", expect: 'adult-victim' },
  { q: "what does the ukhtc do", expect: 'nca-ukhtc' },

  // ---- stories ----
  // first-steps stories (expect what-to-do-first)
  {
    q: "year 9 lad in my form always has the latest phone but comes in starving and says theres no money for food. falling asleep in lessons, says he works evenings at his uncles restaurant and at a takeaway in another part of town and gives all his wages to his uncle. what should i do",
    expect: 'what-to-do-first',
    story: true,
    signs: ['phone-no-money', 'works-various-places', 'hands-over-earnings'],
  },
  {
    q: "woman came in to register a girl about 12, said shes her niece, didnt know the girls date of birth. girl didnt say one word the whole time and stared at the floor. when i asked for the girls passport the woman got cross and said she keeps it. should i be reporting this??",
    expect: 'what-to-do-first',
    story: true,
    signs: ['not-with-parents', 'no-own-documents', 'withdrawn'],
  },
  {
    q: "16yo in a&e tonight with an STI and bruises on her arms. came in with a much older man who did all the talking, said hes her boyfriend and he drives her everywhere. she refused to answer any of my questions. is this trafficking",
    expect: 'what-to-do-first',
    story: true,
    signs: ['abuse-signs', 'driven-around', 'withdrawn'],
  },
  {
    q: "Housing officer. Inspected a two-bed flat today, four children there in school hours, tenant says they're his nephews and nieces and that none of them go to school. He had all their passports in a kitchen drawer. Not sure who to tell or whether I'm overreacting.",
    expect: 'what-to-do-first',
    story: true,
    signs: ['no-school', 'no-own-documents', 'not-with-parents'],
  },
  {
    q: "boy of maybe 11 begging outside the station again, third time this month. a woman watches him from over the road and takes the cash off him when he's done. pcso, what's the right thing to do here",
    expect: 'what-to-do-first',
    story: true,
    signs: ['begs', 'hands-over-earnings'],
  },
  {
    q: "Dear team, a Year 7 pupil told a TA that she cannot keep the money she earns helping at a nail bar at weekends because she 'still owes for the plane ticket'. She has a smartphone but never has money for trips or lunch. I would be grateful for guidance on next steps.",
    expect: 'what-to-do-first',
    story: true,
    signs: ['debt', 'phone-no-money'],
  },
  {
    q: "school referral on duty: 14yo boy told his teacher a man from his village arranged his visa and gave him a passport at the airport that isnt in his real name. he now lives with that man's brother. what do i need to do",
    expect: 'what-to-do-first',
    story: true,
    signs: ['journey-arranged', 'false-papers', 'not-with-parents'],
  },
  {
    q: "16 yo girl at our youth group disappears for a few days at a time then turns up again, always dropped off by the same 'boyfriend' in his 30s in a flash car. shes got new clothes and nails but never any cash. worried",
    expect: 'what-to-do-first',
    story: true,
    signs: ['missing-periods', 'driven-around'],
  },
  {
    q: "child of about 7 in with toothache, brought by a woman who said shes the childminder. she couldnt give us the parents names or a proper address, and the child isnt registered with any gp and isnt at school. dental receptionist - what do i do",
    expect: 'what-to-do-first',
    story: true,
    signs: ['no-gp', 'no-school', 'not-with-parents'],
  },
  {
    q: "regulatory visit to a hand car wash. one of the workers looks about 15, lives with his older brother above the unit, says he works here and at the boss's other car wash across town, boss holds his passport and he has to pay back 'what he owes for the journey'. is this one for social care?",
    expect: 'what-to-do-first',
    story: true,
    signs: ['works-various-places', 'no-own-documents', 'debt'],
  },
  {
    q: "yr 10 girl has started using really sexual language and drawing explicit stuff in class. she mentioned her mum's friend takes her to parties in his car. has a brand new iphone and no pocket money. what should i do next",
    expect: 'what-to-do-first',
    story: true,
    signs: ['sexualised', 'driven-around', 'phone-no-money'],
  },
  {
    q: "health visitor. keep visiting the same flat and every time theres a different set of kids there, the adults say theyre relatives visiting. one toddler not registered with a gp at all. mum went vague when i asked where the older ones go to school",
    expect: 'what-to-do-first',
    story: true,
    signs: ['no-gp'],
  },
  {
    q: "lad (14) in our football club has moved schools 4 times in 2 years, family moved from birmingham to leeds to london and nobody can explain why. he's really quiet and wont talk about home at all. coach here, is this something?",
    expect: 'what-to-do-first',
    story: true,
    signs: ['unexplained-moves', 'withdrawn'],
  },
  {
    q: "pharmacy counter. a girl maybe 15 came in for the morning after pill with an older man who paid and answered all the questions for her. she had bruises on her wrists. i did not know what to say. what should i do now?",
    expect: 'what-to-do-first',
    story: true,
    signs: ['abuse-signs'],
  },
  {
    q: "15yo boy told me he has to bring in £50 a day selling stuff at markets or his 'uncle' beats him. he lives with the uncle and mum is back in romania. i'm his mentor at school",
    expect: 'what-to-do-first',
    story: true,
    signs: ['minimum-earnings', 'not-with-parents', 'abuse-signs'],
  },
  {
    q: "Librarian here. A boy of about 13 comes in every day during school time, says he isn't at any school yet. Today he told me his dad's friend sorted his visa and paid for the flight and he has to work in the friend's shop to pay it back. He lives with his dad. Please advise.",
    expect: 'what-to-do-first',
    story: true,
    signs: ['no-school', 'journey-arranged', 'debt'],
  },
  {
    q: "girl in yr 8, says shes terrified of being deported, panics if anyone mentions the home office. lives with her aunt, is only allowed to go school and straight home, never allowed out. is this trafficking or am i reading too much into it",
    expect: 'what-to-do-first',
    story: true,
    signs: ['afraid-deported', 'limited-freedom', 'not-with-parents'],
  },
  {
    q: "sexual health clinic nurse - 17yo male with gonorrhoea and anal tearing, says he 'works' in different flats around london, older men pay the guy he lives with not him. he wouldnt say much more",
    expect: 'what-to-do-first',
    story: true,
    signs: ['abuse-signs', 'works-various-places', 'hands-over-earnings'],
  },
  {
    q: "yp at the drop in said he came into the country in the back of a lorry with his mum, they now both work long hours at a factory and hand their pay to a man who 'looks after them'. hes 14. what do i do",
    expect: 'what-to-do-first',
    story: true,
    signs: ['entered-illegally', 'hands-over-earnings'],
  },
  {
    q: "teacher. one of my pupils, 13, arrived from albania in september with her dad. today she said a man who is not her dad got their visas and 'owns' the paperwork. she said dad owes the man money and she has to clean houses at weekends to help pay",
    expect: 'what-to-do-first',
    story: true,
    signs: ['journey-arranged', 'no-own-documents', 'debt'],
  },
  {
    q: "little girl at our nursery (4) has started acting out sexual things with dolls and other children, and she had a bruise on her inner thigh. mum's new partner picks her up. is this trafficking or just cp?",
    expect: 'what-to-do-first',
    story: true,
    signs: ['sexualised', 'abuse-signs'],
  },
  {
    q: "community nurse. visiting an elderly patient and theres a girl about 14 who does all the cooking, cleaning and care, says she came from ghana to 'help the family' and isnt at school or registered with a doctor. the family say shes the husband's niece",
    expect: 'what-to-do-first',
    story: true,
    signs: ['no-school', 'no-gp', 'not-with-parents'],
  },
  {
    q: "boy in year 11 keeps telling staff he's not allowed out at weekends, gets collected at the gate every day by an older man in a van and goes to 'work'. says he works on building sites all over. hes got a phone but no money for the school trip",
    expect: 'what-to-do-first',
    story: true,
    signs: ['limited-freedom', 'driven-around', 'works-various-places', 'phone-no-money'],
  },
  {
    q: "I run a homework club. A 12-year-old told me she is moved between relatives' houses (her aunts, her grandma) every few weeks and doesn't know why. She can't tell me who is actually in charge of her. She doesn't go to school at the moment. What do I do?",
    expect: 'what-to-do-first',
    story: true,
    signs: ['unexplained-moves', 'no-responsible-adult', 'no-school'],
  },
  {
    q: "walk in centre. 15 yo with a burn on his hand, came with his mum's boyfriend who gave an address that turned out not to exist. boy wouldnt talk at all. he also said theyre 'visiting' but has been here 6 months",
    expect: 'what-to-do-first',
    story: true,
    signs: ['withdrawn'],
  },
  {
    q: "teen girl on our estate always being dropped off at 2am by different older men in cars. shes 15 i think. shes got a new phone every few weeks but says her mum cant afford food. housing officer and this is keeping me up at night",
    expect: 'what-to-do-first',
    story: true,
    signs: ['driven-around', 'phone-no-money'],
  },
  {
    q: "yr 6 boy in class is forever falling asleep, said he goes out with his dad's cousin in the evenings 'asking people for money' outside supermarkets. he's 10. is that trafficking? sorry if this is a silly question",
    expect: 'what-to-do-first',
    story: true,
    signs: ['begs'],
  },
  {
    q: "Sir/Madam, I am a school attendance officer. A pupil aged 14 returned after 3 weeks away and would not tell anyone where she had been. This is the second time this year. She appears withdrawn and frightened. What action should I take regarding possible exploitation?",
    expect: 'what-to-do-first',
    story: true,
    signs: ['missing-periods', 'withdrawn'],
  },
  {
    q: "referral from a gp: 9 year old seen with lots of old injuries, lives with 'grandparents' who hold her passport and birth certificate and wont show them. child came from nigeria last year. sw on duty, what are my first steps",
    expect: 'what-to-do-first',
    story: true,
    signs: ['abuse-signs', 'no-own-documents', 'not-with-parents'],
  },
  {
    q: "the brother of a lad in my class (both live with mum) told me his older brother has to earn a set amount every night doing deliveries or 'the man' takes it out on their mum. the older one is 16. is this something i report",
    expect: 'what-to-do-first',
    story: true,
    signs: ['minimum-earnings'],
  },
  {
    q: "cleaner at our office building is a girl who can't be more than 15, comes with a group driven in by a man in a minibus at 5am, she said she cleans 3 different offices a night and the man keeps the wages. she lives with her mum. im the building manager, what do i do",
    expect: 'what-to-do-first',
    story: true,
    signs: ['works-various-places', 'hands-over-earnings', 'driven-around'],
  },
  {
    q: "quick one - 13yo girl at school wearing expensive stuff, two phones, told friends she 'goes with' older men for money and gives the money to her boyfriend. hes 24. next steps?",
    expect: 'what-to-do-first',
    story: true,
    signs: ['hands-over-earnings'],
  },
  {
    q: "mosque volunteer. a boy of about 12 started coming with his uncle. boy told me his parents paid a man to bring him here for school but he's not in a school, he works in his uncle's shop all day. he asked me not to tell anyone",
    expect: 'what-to-do-first',
    story: true,
    signs: ['not-with-parents', 'no-school', 'journey-arranged'],
  },
  {
    q: "child protection nurse. a 14yo boy treated for a stab wound keeps saying he 'has to get back to work' or the men he works for will hurt him. he gave three different addresses and has no gp. says he lives with his dad",
    expect: 'what-to-do-first',
    story: true,
    signs: ['no-gp'],
  },
  {
    q: "just had a yp (15) tell me her mum's boyfriend got her passport and visa sorted and now won't give it back. she said shes scared she'll be sent back if she tells anyone. what do i do, do i tell mum??",
    expect: 'what-to-do-first',
    story: true,
    signs: ['journey-arranged', 'no-own-documents', 'afraid-deported'],
  },
  {
    q: "worried about a pupil, 12, whos been registered with us for a term, dad keeps changing the address we hold and there are gaps in his school history no one can explain. he looks frightened when dad picks him up",
    expect: 'what-to-do-first',
    story: true,
    signs: ['unexplained-moves'],
  },
  {
    q: "Hi, I'm a foodbank volunteer. A family came in with a girl around 10 who they said was a cousin's child staying with them. She had no shoes and a bad cough, never seen a doctor here, not at school. She looked terrified of the man. Should I report this and to whom?",
    expect: 'what-to-do-first',
    story: true,
    signs: ['no-gp', 'no-school', 'not-with-parents'],
  },
  {
    q: "A&E: 16yo girl brought in by ambulance, drunk, says she works 'at parties' in different hotels, someone called her boss keeps ringing her phone, she has no money on her at all not even for the bus. has old cigarette burns. what do we do",
    expect: 'what-to-do-first',
    story: true,
    signs: ['works-various-places', 'phone-no-money', 'abuse-signs'],
  },
  {
    q: "student support officer at a college. 17 yo lad enrolled on esol says he must send £40 a day to a man who brought him over, otherwise his family back home will be hurt. lives with his older sister. is he classed as a child and what do i do",
    expect: 'what-to-do-first',
    story: true,
    signs: ['minimum-earnings', 'journey-arranged'],
  },
  {
    q: "yr 10 boy has been seen getting into different cars outside school with older men, comes back hours later. won't talk to anyone about it, just shuts down. mum says she has no idea",
    expect: 'what-to-do-first',
    story: true,
    signs: ['driven-around', 'withdrawn'],
  },
  {
    q: "family support worker. visiting a family with a 6 year old who they say is the dad's niece - she doesnt go to school, isnt registered with a gp and the parents said she came on someone else's passport 'because it was easier'. help",
    expect: 'what-to-do-first',
    story: true,
    signs: ['no-school', 'no-gp', 'false-papers', 'not-with-parents'],
  },
  {
    q: "im a TA. a year 5 girl said she has to go with her aunt to beg at the weekend and she isnt allowed to keep anything, her aunt takes it all. she lives with the aunt",
    expect: 'what-to-do-first',
    story: true,
    signs: ['begs', 'hands-over-earnings', 'not-with-parents'],
  },
  {
    q: "15yo in custody suite for shoplifting, turns out its the 3rd borough hes been arrested in this month, says he has to 'get' a certain amount each day for the people he lives with. custody nurse, what should i flag",
    expect: 'what-to-do-first',
    story: true,
    signs: ['minimum-earnings', 'works-various-places'],
  },
  {
    q: "Not sure if this is trafficking. A 14-year-old girl at our church lives with her uncle's family, does all the housework and childcare, isn't allowed out except to church, and told me she isn't enrolled in any school since she came last summer.",
    expect: 'what-to-do-first',
    story: true,
    signs: ['not-with-parents', 'limited-freedom', 'no-school'],
  },
  {
    q: "lad of 16 at the youth centre says his cousin brought him here on a fake passport and he now has to work at a restaurant and in the cousins other business until he pays back 6 grand. he lives with his mum who came separately",
    expect: 'what-to-do-first',
    story: true,
    signs: ['false-papers', 'works-various-places', 'debt'],
  },
  {
    q: "school nurse here - 13yo girl with a chlamydia result, says her boyfriend is 'about 25' and drives her around after school. she shrugged off everything else. what are my steps",
    expect: 'what-to-do-first',
    story: true,
    signs: ['abuse-signs', 'driven-around'],
  },
  {
    q: "social prescriber at a gp surgery. a mum brought in her 11 yo son and another boy she said she'd brought along for a neighbour today, that boy has never been seen by a gp in the uk, cant say who his parents are or who is responsible for him",
    expect: 'what-to-do-first',
    story: true,
    signs: ['no-gp', 'no-responsible-adult'],
  },
  {
    q: "tutor for a 15yo boy from vietnam who lives with his mum. he said he came via france in a lorry, and that a man keeps texting him to come and 'work' in different places. he's got a phone but never any money. worried sick about him",
    expect: 'what-to-do-first',
    story: true,
    signs: ['entered-illegally', 'phone-no-money'],
  },
  {
    q: "Hello - a girl in Year 9 says her stepdad's brother arranged her visa and travel and now she has to work in his hair salon every evening and hand over her tips. She lives with mum and stepdad. Is this something I need to pass on? I'm her form tutor.",
    expect: 'what-to-do-first',
    story: true,
    signs: ['journey-arranged', 'hands-over-earnings'],
  },
  {
    q: "yp at our supported housing for families, 16, goes missing for 2 or 3 days every couple of weeks with no explanation, mum doesnt seem worried. comes back exhausted with injuries. is it trafficking? what do we do",
    expect: 'what-to-do-first',
    story: true,
    signs: ['missing-periods', 'abuse-signs'],
  },
  {
    q: "Teacher, year 3. One of my pupils (8) keeps talking about 'special games' with grown-up men at his uncle's house and uses words a child his age shouldn't know. His mum works nights. What should I do?",
    expect: 'what-to-do-first',
    story: true,
    signs: ['sexualised'],
  },
  {
    q: "leisure centre staff - kid about 13 hangs around all day in term time, says no school will have him, sleeps at different peoples houses, cant tell us which adult is meant to be looking after him",
    expect: 'what-to-do-first',
    story: true,
    signs: ['no-school', 'no-responsible-adult'],
  },
  {
    q: "im an early help worker. family with three kids, the eldest girl (15) is not the mums - mum says shes a niece 'on loan' to help with the babies. girl is scared of being deported if she speaks to us and has no idea where her passport is",
    expect: 'what-to-do-first',
    story: true,
    signs: ['not-with-parents', 'afraid-deported', 'no-own-documents'],
  },
  {
    q: "girl in my yr 11 class wears the same uniform every day, no dinner money, but has an iphone 15 pro. said she works in a few different shops for her uncle at weekends. quiet, keeps herself to herself. dunno if im overthinking",
    expect: 'what-to-do-first',
    story: true,
    signs: ['phone-no-money', 'works-various-places'],
  },
  {
    q: "a 14 year old boy we see at the skate park said he was brought over from eritrea on someone elses papers by his uncle, who he lives with, and that he's not allowed to go anywhere except the park. how worried should i be and who do i ring",
    expect: 'what-to-do-first',
    story: true,
    signs: ['false-papers', 'not-with-parents', 'limited-freedom'],
  },
  {
    q: "Outreach worker. Met a 12 y/o girl selling tissues between cars at the lights on a school day. Her 'brother', who is clearly much older, collects the money every half hour. She says she has to make £30 before she can go home.",
    expect: 'what-to-do-first',
    story: true,
    signs: ['begs', 'hands-over-earnings', 'minimum-earnings'],
  },
  {
    q: "i work in a hotel (safeguarding champion). teenage girl checked in with a man twice her age, he had her passport, she looked about 15. next day different man. we called nobody. what should we do if it happens again",
    expect: 'what-to-do-first',
    story: true,
    signs: ['no-own-documents'],
  },
  {
    q: "duty sw. call from a neighbour about a 10yo who is never at school, is seen carrying heavy shopping for her aunt's family who she lives with instead of her parents, and has no gp. neighbour says the girl told her she came 'with an agent'. what do I do now",
    expect: 'what-to-do-first',
    story: true,
    signs: ['no-school', 'not-with-parents', 'no-gp'],
  },
  {
    q: "15 year old at my school says he is 'in debt' to an older group for a phone they gave him and has to do jobs for them in different areas to clear it. no money ever. im the dsl",
    expect: 'what-to-do-first',
    story: true,
    signs: ['debt', 'works-various-places', 'phone-no-money'],
  },
  {
    q: "Receptionist at a dental practice - a man brought in 3 kids of different ages, said they were all his, but couldn't give their dates of birth, none are registered with a GP, and one of the older girls whispered she wants to go home to her mum",
    expect: 'what-to-do-first',
    story: true,
    signs: ['no-gp'],
  },
  {
    q: "yp i mentor told me her 'boyfriend' who is 30 collects her from school in his car, takes her to his friends' houses and she has to 'be nice' to them. she has cuts on her arms. shes 14. what do i do please",
    expect: 'what-to-do-first',
    story: true,
    signs: ['driven-around', 'abuse-signs'],
  },

  {
    q: "at the last uasc training they said vietnamese boys 14-17 coming via france fit the current profile for being recruited into cannabis grows. we've just had a 15 yo vietnamese boy join yr 10, lives with his older brother, has a phone but never a penny and has already been off for days at a time twice. what should i do",
    expect: 'what-to-do-first',
    story: true,
    signs: ['fits-profile', 'phone-no-money', 'missing-periods'],
  },
  {
    q: "albanian lad, 16, matches the latest met briefing profile exactly - recruited off tiktok with a job offer. lives with his mum, works at various car washes round north london. college tutor here, is this trafficking",
    expect: 'what-to-do-first',
    story: true,
    signs: ['fits-profile', 'works-various-places'],
  },
  {
    q: "police brought a 13yo girl home at 3am from a house party full of adult men. mum has reported her missing 5 times this year, she comes back each time with gifts and wont say a word to anyone about where she's been. sw, where do i go with this",
    expect: 'what-to-do-first',
    story: true,
    signs: ['missing-periods', 'withdrawn'],
  },
  {
    q: "pharmacist. 14 yo boy comes in buying big packs of painkillers 'for the men i work for', says they drive him to a different job every day. something not right",
    expect: 'what-to-do-first',
    story: true,
    signs: ['driven-around', 'works-various-places'],
  },
  {
    q: "I teach ESOL to adults. One learner brought in a girl of about 11 whom she first called her daughter, then admitted is her niece. The girl does not attend any school and the woman said she 'paid for her ticket and sorted her papers'. What should I do?",
    expect: 'what-to-do-first',
    story: true,
    signs: ['not-with-parents', 'no-school', 'journey-arranged'],
  },
  {
    q: "dental nurse, 15yo girl whose appointments are always booked by an older man who comes with her and checks her phone, shes got a broken tooth and old bruising on her jaw she says was 'an accident'. do i need to tell someone",
    expect: 'what-to-do-first',
    story: true,
    signs: ['abuse-signs'],
  },
  {
    q: "13 yo from our estate begs at the shopping centre most afternoons and hands everything to a group of older boys who wait by the exit. housing patrol officer",
    expect: 'what-to-do-first',
    story: true,
    signs: ['begs', 'hands-over-earnings'],
  },
  {
    q: "revenue inspector on the buses here, keep seeing the same 12 yo girl riding all over london with different grown men, she never has a fare or a penny but is always glued to her smartphone. does that sound like trafficking? who do i tell",
    expect: 'what-to-do-first',
    story: true,
    signs: ['phone-no-money'],
  },
  {
    q: "maternity. 16yo says her debt to the agent who brought her was 'sold' to a man and she has to work in his massage parlour until its paid off. lives with her sister. she's 30 weeks",
    expect: 'what-to-do-first',
    story: true,
    signs: ['debt'],
  },
  {
    q: "boy in yr 7 lives with his uncle, says he was sent from india for an education, but actually works nights in his uncle's garment workshop. uncle keeps his pay and his passport. what do i do with this",
    expect: 'what-to-do-first',
    story: true,
    signs: ['not-with-parents', 'hands-over-earnings', 'no-own-documents'],
  },
  {
    q: "referral from housing - flat with mattresses everywhere, 6 teenage boys, the man there says he's their 'sponsor'. checks show hes guaranteed visas for loads of kids over the years and a lot of them never went home. duty sw, first steps?",
    expect: 'what-to-do-first',
    story: true,
    signs: ['adult-many-visas', 'adult-visitors-stayed', 'not-with-parents'],
  },
  {
    q: "two girls about 14 selling roses in pubs at 11pm on a weeknight, said a woman drops them off and collects the money and they have to sell 20 bunches before they can stop. response officer, is this a trafficking job",
    expect: 'what-to-do-first',
    story: true,
    signs: ['minimum-earnings', 'hands-over-earnings'],
  },
  {
    q: "I saw a 15-year-old today whose mother said he had recently arrived from Nigeria to join her. He told me he had been made to work in a house in Italy on the way, and he is extremely fearful of being deported. He is not yet in a school. As his GP, what steps should I take?",
    expect: 'what-to-do-first',
    story: true,
    signs: ['afraid-deported', 'no-school'],
  },
  {
    q: "14yo, 3 phones, never any cash, keeps going missing for a night or two. trafficking?",
    expect: 'what-to-do-first',
    story: true,
    signs: ['phone-no-money', 'missing-periods'],
  },
  {
    q: "sorry this is long. im the cleaning supervisor at a secondary and theres a yr 8 girl here every day at 6am. got chatting and she said she cleans rooms at a hotel before school and washes up at a restaurant after, and gives all the money to her mums boyfriend. she lives with her mum and him. she looks shattered. i dont know if its my place but who do i tell and is this trafficking",
    expect: 'what-to-do-first',
    story: true,
    signs: ['works-various-places', 'hands-over-earnings'],
  },
  {
    q: "swim coach - 12yo girl has bruises on her back and legs, flinches if anyone goes near her, hardly ever speaks. could she be trafficked? what do i do",
    expect: 'what-to-do-first',
    story: true,
    signs: ['abuse-signs', 'withdrawn'],
  },
  {
    q: "CIN visit. 16 yo lad, dad says he's 'helping in the family business' which turns out to be 3 different shops, not in college, dad holds his passport 'for safekeeping' and the lad says he's scared of being sent back. worth a trafficking look?",
    expect: 'what-to-do-first',
    story: true,
    signs: ['works-various-places', 'no-own-documents', 'afraid-deported'],
  },
  {
    q: "new yr 9 admission today. man registering her said shes his niece and that her parents are in ghana, he paid for her flight and visa. she asked the teacher quietly if she can keep her earnings from the salon this time. head of year - concerns?",
    expect: 'what-to-do-first',
    story: true,
    signs: ['not-with-parents', 'journey-arranged'],
  },
  {
    q: "Youth offending officer. A 15-year-old on a referral order told me he was brought over from Albania by a man who arranged everything and gave him a passport in someone else's name. He lives with his mum now but the man still calls. What should happen?",
    expect: 'what-to-do-first',
    story: true,
    signs: ['journey-arranged', 'false-papers'],
  },

  // situation stories: immediate danger
  {
    q: "theres a girl maybe 14 in the back of a car outside the school gates crying and a man is shouting at her and wont let her out. she texted her friend 'help me'. what do i do RIGHT NOW",
    expect: 'immediate-danger',
    story: true,
    signs: ['limited-freedom'],
  },
  {
    q: "on a home visit, the kid just whispered that the men are coming back tonight to take her and her sister to 'work', shes 13. im still in the flat. what do i do",
    expect: 'immediate-danger',
    story: true,
    signs: [],
  },
  {
    q: "A boy of about 12 has just run into our shop saying a man locked him in a room and he escaped, he's bleeding from his head and says they'll find him. I'm a community warden. What now?",
    expect: 'immediate-danger',
    story: true,
    signs: ['limited-freedom', 'abuse-signs'],
  },
  {
    q: "yp called me from a number i dont know, says shes been taken to a house in luton and cant leave, the men took her phone and passport, she's 15 and shes terrified. im her youth worker what do i do now",
    expect: 'immediate-danger',
    story: true,
    signs: ['limited-freedom', 'no-own-documents'],
  },
  {
    q: "ward nurse. the 'uncle' of a 13yo girl who came in with injuries is trying to discharge her against advice right now and says he is taking her to the airport tonight. she is crying and saying she doesnt want to go with him",
    expect: 'immediate-danger',
    story: true,
    signs: ['abuse-signs', 'not-with-parents'],
  },

  // situation stories: county lines
  {
    q: "police in kent picked up one of our 15yo boys in a trap house in margate with crack and heroin wrapped up, 2 phones, he's been going missing from home in hackney for days at a time. mum is beside herself. is this county lines and what happens now",
    expect: 'county-lines',
    story: true,
    signs: ['missing-periods'],
  },
  {
    q: "year 10 lad keeps getting train tickets from 'friends' to go to norfolk and comes back with loads of cash he has to hand over to older boys, has a burner phone that never stops. thinks hes in debt to them because he 'lost' a package",
    expect: 'county-lines',
    story: true,
    signs: ['hands-over-earnings', 'debt'],
  },
  {
    q: "14yo girl found by btp at a station in the midlands with drugs inside her, travelling alone from london, said an older lad told her she had to do one more run to pay off what she owes",
    expect: 'county-lines',
    story: true,
    signs: ['debt'],
  },
  {
    q: "yot worker. 16yo on my caseload gets driven to seaside towns by older men every weekend, stays in a flat with a vulnerable adult and sells drugs out of it. he reckons its his choice and he's 'making money'. exploitation or is he just a dealer?",
    expect: 'county-lines',
    story: true,
    signs: ['driven-around'],
  },
  {
    q: "Parent liaison officer. A mum says her 13-year-old son keeps disappearing to Essex for days, comes back with new trainers and a second phone, and has been beaten up by older boys for 'losing their stuff'. She thinks he's selling drugs for them.",
    expect: 'county-lines',
    story: true,
    signs: ['missing-periods', 'abuse-signs'],
  },

  // situation stories: cannabis farm
  {
    q: "police raid on a house in croydon found a vietnamese boy who says hes 15 locked inside looking after cannabis plants, no passport, says he came in a lorry and owes money for the trip. he's been arrested. victim or offender?",
    expect: 'cannabis-farm',
    story: true,
    signs: ['limited-freedom', 'no-own-documents', 'entered-illegally', 'debt'],
  },
  {
    q: "yot. 16 yo charged with cultivation after being found in a cannabis grow in an industrial unit, he sleeps there, isnt allowed out and the men bring him food. cps want to prosecute. surely hes a victim??",
    expect: 'cannabis-farm',
    story: true,
    signs: ['limited-freedom'],
  },
  {
    q: "custody sergeant, weve got a kid, maybe 14, from a cannabis factory found in a flat above a shop. doesnt speak english, wont say a word, terrified hes going to be deported. what do we do with him",
    expect: 'cannabis-farm',
    story: true,
    signs: ['withdrawn', 'afraid-deported'],
  },
  {
    q: "Hello, fire service here - we attended an electrical fire at a house that turned out to be a cannabis farm and there was a teenage boy inside who had been living there. Police have him now. Is he treated as a victim of trafficking?",
    expect: 'cannabis-farm',
    story: true,
    signs: [],
  },

  // situation stories: forced marriage
  {
    q: "yr 11 girl told me shes being taken to pakistan in the summer hols to marry her cousin and she doesnt want to. her parents have her passport. what do i do, shes 16",
    expect: 'forced-marriage',
    story: true,
    signs: ['no-own-documents'],
  },
  {
    q: "15 yo girl in my class just came back from bangladesh and says she 'got married' there to a man in his 30s and he's going to sponsor her visa back here. she is so quiet now and wont talk to anyone. is this trafficking or forced marriage",
    expect: 'forced-marriage',
    story: true,
    signs: ['withdrawn'],
  },
  {
    q: "17yo lad confided in me that his family have arranged for him to marry a woman abroad and he'll be disowned if he refuses. he's not allowed out of the house except for college. dsl, what do i do",
    expect: 'forced-marriage',
    story: true,
    signs: ['limited-freedom'],
  },
  {
    q: "Midwife. A 16-year-old who has recently arrived from abroad, booked for antenatal care with her 'husband' who is 40 and did all the talking. She said quietly she was married at 15 and brought here by him. She isn't registered with a GP.",
    expect: 'forced-marriage',
    story: true,
    signs: ['no-gp'],
  },

  // situation stories: port of entry
  {
    q: "border force at stansted. 13 yo girl arrived with a man who says hes her dad but the names dont match, he has her passport and the address they gave is a house with 8 other people registered. she wont look at me. what do i do",
    expect: 'port-of-entry',
    story: true,
    signs: ['no-own-documents', 'withdrawn'],
  },
  {
    q: "im an immigration officer at st pancras, 15 yo boy travelling alone on a passport that looks forged, says a man in paris gave it to him and paid for the ticket and someone is meeting him at the station. who do i contact",
    expect: 'port-of-entry',
    story: true,
    signs: ['false-papers', 'journey-arranged'],
  },
  {
    q: "heathrow. woman arriving with 3 kids on visas she sponsored, she says theyre her nieces, our records show shes guaranteed visas for loads of other kids before and several never went back. what's the procedure",
    expect: 'port-of-entry',
    story: true,
    signs: ['adult-many-visas', 'adult-visitors-stayed'],
  },
  {
    q: "Airline cabin crew here - we've landed at Gatwick and there is a girl of about 12 on board travelling with a man who isn't her parent, he holds both passports, she has been crying all flight and says she's going to 'work for a family'. What should we do before she gets off?",
    expect: 'port-of-entry',
    story: true,
    signs: ['no-own-documents', 'not-with-parents'],
  },
  {
    q: "dover port, lorry stopped with a 16yo lad hidden in the back, no documents, says he owes the driver's boss 3000 euros and has a job waiting for him in london",
    expect: 'port-of-entry',
    story: true,
    signs: ['entered-illegally', 'debt'],
  },

  // situation stories: private fostering concern
  {
    q: "12yo girl has been living with a family friend for about 4 months, not a relative, mum is in nigeria. she does all the housework, isnt at school and the 'friend' wont let her go out. council dont know about it i dont think. what do i do",
    expect: 'private-fostering-concern',
    story: true,
    signs: ['not-with-parents', 'no-school', 'limited-freedom'],
  },
  {
    q: "new pupil, 10, brought to admissions by a woman who says she's 'just looking after him' for his parents who are abroad, been with her since the spring. she's not family. no gp and she got flustered when asked for his documents",
    expect: 'private-fostering-concern',
    story: true,
    signs: ['not-with-parents', 'no-gp'],
  },
  {
    q: "health visitor - there is a 14yo girl staying with a couple (not related, family 'friends' from home) for 6 months now, shes treated like a maid, never leaves the house, cant say who is responsible for her. do I treat this as private fostering or trafficking or both?",
    expect: 'private-fostering-concern',
    story: true,
    signs: ['not-with-parents', 'limited-freedom', 'no-responsible-adult'],
  },
  {
    q: "Private fostering question: a 13-year-old boy has lived with his father's business partner for three months while dad 'sorts things out' abroad. The boy works in the partner's shop after school and hands over what he earns. The relationship seems cold. Should I be worried about trafficking?",
    expect: 'private-fostering-concern',
    story: true,
    signs: ['not-with-parents', 'hands-over-earnings'],
  },

  // situation stories: unaccompanied, not known to CSC
  {
    q: "lad turned up at our youth club, says he came alone from eritrea 2 weeks ago, sleeping on a mates sofa, no social worker, no one knows hes here. says hes 15. what do i do",
    expect: 'unaccompanied-not-known',
    story: true,
    signs: [],
  },
  {
    q: "charity caseworker. afghan boy, about 16, walked into our advice centre, came over alone on a small boat last month, hasnt claimed asylum, not known to any council. hes staying with men he met on the journey",
    expect: 'unaccompanied-not-known',
    story: true,
    signs: ['entered-illegally'],
  },
  {
    q: "GP surgery - a boy came in on his own asking to register, says he's 14, got here from Sudan by himself, no parents in the UK, no social worker, sleeping wherever. Has a phone but literally no money for food.",
    expect: 'unaccompanied-not-known',
    story: true,
    signs: ['no-gp', 'phone-no-money'],
  },
  {
    q: "homeless outreach found a girl sleeping in a park who says she's 15, arrived alone from albania, ran away from the people who brought her. nobody at social services knows about her. its 7pm",
    expect: 'unaccompanied-not-known',
    story: true,
    signs: [],
  },

  // situation stories: missing from school
  {
    q: "dsl. year 8 boy registered with us in september, came from abroad with his 'aunt', stopped coming in 2 weeks ago, phone number dead, nobody answers at the house. could this be trafficking? what do i do",
    expect: 'missing-from-school',
    story: true,
    signs: ['not-with-parents'],
  },
  {
    q: "year 5 girl has gone from 100% attendance to barely coming in, when she does she is exhausted and withdrawn, mum keeps ringing in sick. shes been with us since arriving from romania a term ago",
    expect: 'missing-from-school',
    story: true,
    signs: ['withdrawn'],
  },
  {
    q: "Attendance lead. Three siblings who joined us last term have not attended for ten days and the family's flat appears empty. The same address had other children registered at a neighbouring school last year who left the same way. Should we treat this as possible trafficking?",
    expect: 'missing-from-school',
    story: true,
    signs: ['unexplained-moves'],
  },
  {
    q: "14yo pupil keeps missing whole weeks of school, family say shes 'visiting relatives', comes back quiet and wont talk about where she was, this is the 4th time. we're a school near the port",
    expect: 'missing-from-school',
    story: true,
    signs: ['missing-periods', 'withdrawn'],
  },

  // situation stories: placement safety
  {
    q: "foster carer. the 15yo uasc placed with me last week gets calls at 2am from withheld numbers, and theres been a silver car parked outside the house 3 nights running with men watching. im scared for him and my own kids",
    expect: 'placement-safety',
    story: true,
    signs: [],
  },
  {
    q: "residential worker. our new 14yo girl (suspected trafficking) keeps getting messages on social media from a man who says he knows where she is. a woman also came to the door asking for her by name this morning. what do we do to keep her safe?",
    expect: 'placement-safety',
    story: true,
    signs: [],
  },
  {
    q: "Supervising social worker for a foster family: the carer has noticed the young person's 'uncle' waiting outside the school gate and a taxi that follows them home. The child was trafficked from Vietnam. How do we make the placement safe?",
    expect: 'placement-safety',
    story: true,
    signs: [],
  },
  {
    q: "fc here, my 16 yo placement told me tonight the men who brought him over found his snapchat and want him to 'come back to work and pay what he owes'. he is terrified. what should i be doing",
    expect: 'placement-safety',
    story: true,
    signs: ['debt'],
  },

  // situation stories: enquirers
  {
    q: "a man rang the childrens home today saying hes the uncle of the 13 yo girl we took in yesterday and asked where she is placed and when he can visit. what can i tell him?",
    expect: 'enquirers',
    story: true,
    signs: [],
  },
  {
    q: "solicitor claiming to act for the 'family' of a yp we have accommodated (suspected trafficked) is emailing asking for her address and school. am i allowed to say anything",
    expect: 'enquirers',
    story: true,
    signs: [],
  },
  {
    q: "school office here. a woman phoned asking if one of our new pupils (a looked after child who came from abroad) is in today and what time she finishes. said she's the girl's aunt. the social worker told us the child may have been trafficked. what do I say if she rings back?",
    expect: 'enquirers',
    story: true,
    signs: [],
  },
  {
    q: "community leader keeps asking our team where the 15yo boy from the raid is staying so the 'community can support him', what can we share",
    expect: 'enquirers',
    story: true,
    signs: [],
  },

  // situation stories: age uncertain
  {
    q: "lad says hes 16 but home office have put him as 23 on his papers, he looks maybe 17, no documents of his own, the agent kept them. he's in adult hotel accommodation. what do we do",
    expect: 'age-uncertain',
    story: true,
    signs: ['no-own-documents'],
  },
  {
    q: "girl picked up in a brothel raid, passport says 19 but she looks about 14 and says the passport isnt hers, the man who brought her made it. police want to treat her as an adult",
    expect: 'age-uncertain',
    story: true,
    signs: ['false-papers'],
  },
  {
    q: "Housing officer at an asylum hotel: a young man registered as 20 told me he is actually 15 and that the people who arranged his journey told him to say he was older. He seems very young. Who should I tell?",
    expect: 'age-uncertain',
    story: true,
    signs: ['journey-arranged'],
  },
  {
    q: "police have a boy in custody who says hes 17, they think hes older, no id at all, entered the country hidden in a lorry. do we treat him as a child?",
    expect: 'age-uncertain',
    story: true,
    signs: ['entered-illegally'],
  },

  // situation stories: LADO
  {
    q: "one of our volunteer football coaches has been giving a 14yo uasc lad lifts every night and taking him to 'work' at his mates car wash. the lad seems scared of him. im the club welfare officer",
    expect: 'lado',
    story: true,
    signs: ['driven-around'],
  },
  {
    q: "a TA at our school has been bringing a 'niece' to the school holiday club who she says lives with her, the girl says she cleans the TA's house and isn't at any school. staff member so who do i go to",
    expect: 'lado',
    also: 'private-fostering-concern',
    story: true,
    signs: ['no-school', 'not-with-parents'],
  },
  {
    q: "residential care worker at our home keeps taking one of the girls out in his car off shift, shes 15 and comes back with money and clothes. manager of the home, what do i do",
    expect: 'lado',
    story: true,
    signs: ['driven-around'],
  },
  {
    q: "Youth worker concern - a colleague has been texting a 16-year-old girl from the project late at night and I saw her getting into his car. She has previously been identified as at risk of CSE. How do I raise this?",
    expect: 'lado',
    story: true,
    signs: ['driven-around'],
  },

  // situation stories: later suspicion
  {
    q: "fc. my 15 yo has been with me for 8 months, settled, came as a uasc. last night he told me he was made to work in a nail bar for no pay before he claimed asylum and still owes the people money. nobody ever mentioned trafficking. what now",
    expect: 'later-suspicion',
    story: true,
    signs: ['debt'],
  },
  {
    q: "LAC sw. girl in care since last year as a neglect case. only now has she told her carer about being taken to different flats by men when she lived with her 'aunt'. nothing about trafficking in the file. do we need to do anything different now?",
    expect: 'later-suspicion',
    story: true,
    signs: ['works-various-places'],
  },
  {
    q: "IRO here. Young person has been looked after for 11 months as an unaccompanied child; at the review she mentioned she was given false documents by the man who paid for her travel and that he is now contacting her. No trafficking assessment was ever done. What should happen?",
    expect: 'later-suspicion',
    story: true,
    signs: ['false-papers', 'journey-arranged'],
  },
  {
    q: "keyworker at semi independent. lad has been with us 6 months, just found out hes been going out to work for the guy who brought him to the uk and giving him all his money. we had no idea",
    expect: 'later-suspicion',
    story: true,
    signs: ['hands-over-earnings'],
  },

  // situation stories: detention centres
  {
    q: "visiting a family in an immigration removal centre, the 13yo girl said a man not her dad brought her over and she doesnt want to go with him when they're removed. shes really withdrawn. who safeguards her?",
    expect: 'detention-centres',
    story: true,
    signs: ['withdrawn', 'not-with-parents'],
  },
  {
    q: "legal rep here. a 16 yo client is being held at a detention centre as an adult, he says he was trafficked to work in a restaurant and is terrified of being deported. who is responsible for his welfare in there?",
    expect: 'detention-centres',
    story: true,
    signs: ['afraid-deported'],
  },
  {
    q: "Healthcare staff at an IRC. A child in the family unit has unexplained injuries and is not with her parents; the adult with her has passports for several other children. Who do I involve?",
    expect: 'detention-centres',
    story: true,
    signs: ['abuse-signs', 'not-with-parents'],
  },
  {
    q: "chaplain at a removal centre, a boy in the short term holding area told me he is 15, he came with his uncle who kept his papers. nobody seems to be treating him like a kid",
    expect: 'detention-centres',
    story: true,
    signs: ['no-own-documents'],
  },

  // more situation stories
  {
    q: "council repairs operative. im in the flat next door and i can hear a child screaming and a man yelling that she will 'work or else'. what do i do",
    expect: 'immediate-danger',
    story: true,
    signs: [],
  },
  {
    q: "im at a petrol station, a girl about 12 just mouthed 'help' at me from the back of a van, the driver has gone in to pay. what do i do",
    expect: 'immediate-danger',
    story: true,
    signs: [],
  },
  {
    q: "14yo picked up by police in a crack den in swindon, lives with his nan in lewisham. says older boys gave him a phone and a 'line' and now he has to pay off a debt after he got robbed of the drugs",
    expect: 'county-lines',
    story: true,
    signs: ['debt'],
  },
  {
    q: "uasc team. 17 yo vietnamese boy found by police tending plants in a loft, says hes been kept up there 4 months and the men took his passport. now on police bail. what's our stance",
    expect: 'cannabis-farm',
    story: true,
    signs: ['limited-freedom', 'no-own-documents'],
  },
  {
    q: "15yo told the school nurse her dad has booked flights to somalia for next week and she overheard she's going to be married off out there. shes begged us not to tell dad",
    expect: 'forced-marriage',
    story: true,
    signs: [],
  },
  {
    q: "eurostar arrivals, 14 yr old boy with a woman who says shes his aunt, she's holding his passport, he told my colleague he is coming to work in a restaurant to pay back his travel",
    expect: 'port-of-entry',
    story: true,
    signs: ['no-own-documents', 'debt'],
  },
  {
    q: "a 9yo boy on my road has lived with a couple from church for 5 months while his mum is in the congo, they arent related, he's never at school and i dont think the council know. is this trafficking or what",
    expect: 'private-fostering-concern',
    story: true,
    signs: ['not-with-parents', 'no-school'],
  },
  {
    q: "youth worker. 15yo girl has lived with her 'mum's friend' since last year, the woman takes her wages from the chicken shop and locks her in at night. girl is from nigeria, mum still there",
    expect: 'private-fostering-concern',
    story: true,
    signs: ['not-with-parents', 'hands-over-earnings', 'limited-freedom'],
  },
  {
    q: "social supermarket volunteer - 16 y/o somali boy comes in alone, says he arrived last month by himself, sleeps at a mosque, hasn't seen a social worker or anyone official. not sure what to do",
    expect: 'unaccompanied-not-known',
    story: true,
    signs: [],
  },
  {
    q: "response officer. found a girl maybe 13 wandering at a service station off the m25, came alone from vietnam, no one to call, very little english, no agency knows her",
    expect: 'unaccompanied-not-known',
    story: true,
    signs: [],
  },
  {
    q: "primary head. a 9 yr old boy joined us in january from abroad, attendance has dropped to nothing this month and the man who says hes his father says hes 'gone to family in manchester' but wont give an address or school. ive got the deregistration request on my desk",
    expect: 'missing-from-school',
    story: true,
    signs: ['unexplained-moves'],
  },
  {
    q: "childrens home manager. the 14yo we took in after the raid has had 3 parcels delivered with phones inside, and men have been seen photographing the building from a car. what do we need to do",
    expect: 'placement-safety',
    story: true,
    signs: [],
  },
  {
    q: "a man saying hes from her embassy rang the foster carer asking for the girls address and which school she goes to. we never gave out the carers number. what can we say to him",
    expect: 'enquirers',
    story: true,
    signs: [],
  },
  {
    q: "duty sw. young man at the front desk says hes 16, arrived yesterday from eritrea, no documents at all, honestly looks early 20s to me. do we accommodate or is he an adult",
    expect: 'age-uncertain',
    story: true,
    signs: [],
  },
  {
    q: "college. new student registered by an 'agent' as 18, but he told his tutor hes really 15 and the agent has all his papers. how do we treat him",
    expect: 'age-uncertain',
    story: true,
    signs: ['no-own-documents'],
  },
  {
    q: "scout group. one of our adult leaders has been having a 13yo boy from a refugee family round to 'work' at his house at weekends and pays him in phones and trainers. the boy has gone really quiet around us",
    expect: 'lado',
    story: true,
    signs: [],
  },
  {
    q: "PA for a 17yo in care for 2 years. today she told me she was handed over to a family in london at 12 to be their maid, before she came into care. never came up in any assessment. what do we do now",
    expect: 'later-suspicion',
    story: true,
    signs: [],
  },
  {
    q: "sw visiting the family unit at a removal centre. 15yo boy says the man he is detained with isn't his dad and made him lie on the visa forms. who is looking out for this child?",
    expect: 'detention-centres',
    story: true,
    signs: ['not-with-parents'],
  },
  {
    q: "14 yo girl from a children's home we support, found by police in a hotel with two adult men, she's back at the home now but the men have been messaging her again tonight saying theyll come and get her. what do we do right now",
    expect: 'immediate-danger',
    also: 'placement-safety',
    story: true,
    signs: [],
  },
];

export const heldout20OffTopic: string[] = [
  'is the canteen open on fridays',
  'whats the weather looking like tomorrow in croydon',
  'how do i reset my outlook password',
  'when is payday this month',
  'how do I book annual leave on the hr system',
  'parking permit for the civic centre car park - who do I ask',
  'printer on the 2nd floor has jammed again',
  'train strike tomorrow, is southern running to victoria',
  'how do i claim mileage for last month',
  'can I get a replacement laptop charger',
  'teams keeps crashing on my phone',
  'what time does the gym at the leisure centre close',
  'how do I change my council tax direct debit date',
  'has the bin collection day changed over christmas',
  'how do I book a meeting room for 12 people',
  'is there a vegetarian option in the canteen today',
  'how many sick days before I get a return to work meeting',
  'whats the guest wifi password',
  'theres a pothole on my road who do i report it to',
  'how do I update my bank details for payroll',
  'when is the office christmas party',
  'quickest way from victoria to gatwick for my flight',
  'can you recommend a free pdf editor',
  'heating in the portakabin is broken again',
  'how do I apply for flexible working',
  'what is the employer pension contribution rate',
  // near-misses that share words with the domain
  'how do i set an out of office reply in outlook',
  'who do I call out of hours if the building alarm goes off',
  'how do I renew my passport in time for my holiday in august',
  'need to book an interpreter for an adult client at her PIP benefits assessment',
  'can you send me the agenda for the budget strategy meeting on tuesday',
  'my amazon parcel has gone missing from the post room',
  'how do I make a referral to the cycle to work scheme',
  'deadline for submitting the quarterly finance report',
  'how long does my own DBS renewal take',
  'how do I register with a GP myself now that I have moved to london',
  'school term dates next year for my own kids',
  'how long is the recovery period after knee surgery, how long can i be signed off',
  'what time is golden hour for the team photo at the away day',
  'how do I apply for a visa for my mum to visit from india for the wedding',
];
