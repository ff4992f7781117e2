// heldout16 — BLIND held-out set of practitioner questions for the PG47 (London child-trafficking
// procedure) knowledge base. Written by helper writer16, 2026-12-03 18:34 UTC, from the seeds only
// (/work/shared/seeds/000–004 and /work/shared/docs/product.md; entry and indicator ids from
// labels.txt used only as labels; no bot code, content, tests or other held-out sets were read,
// and the bot was not run).
//
// Counts: in-scope 285 (stories 77, direct/reworded 208); off-topic 40 (13 of them near-misses
// that reuse procedure words in another sense); dropped 5 (below, left out of the array).
// Conventions: a story is a practitioner describing a child; expect 'what-to-do-first' unless it
// is clearly a situation entry's (then 'what-to-do-first' in also where as good). signs are the
// PG47 §10.1 indicators the story plainly shows.
//
// MEASURED ONCE (2026-12-03 19:27 UTC, at 00fae3d: after the seventh follow-up, which tuned on sets 14 and 15; the lead
// ran measureFresh on it, no one tuning had read it):
//   now:             top-1 226/285 = 79.3%; with "did you mean" 235/285 = 82.5%; stories top-1 52/77 = 67.5%;
//                    indicators named 73/134 = 54.5% (+15 not in the story); off-topic answered 3/40 ("is the jubilee
//                    line running this weekend" -> out-of-hours; "how long does a passport renewal take, going on
//                    holiday in march" -> checking-documents; "golden hour photography tips for the team photo" ->
//                    golden-hour), offered buttons 1/40.
//   before issue 11 (answerBefore, same content): 73.0% / 77.9% / 31.2% / none named / 13 of 40 answered (buttons 5).
//   The target (92% top-1, 98% with buttons, 0 off-topic answered) is NOT met. Of the 59 top-1 misses, 25 are
//   stories, and in 20 of those the writer labelled a situation entry (missing-child, lado, later-suspicion, private
//   fostering...) where the bot gave first steps, or first steps where the bot gave a situation entry.
//
// Dropped (coverage findings): questions a practitioner would plausibly ask that no entry in
// labels.txt answers (judged from each entry's main question only).
//  1. "can we move a uasc to another LA under the national transfer scheme, how does it work"
//     — PG47 Appendix 3 (National Transfer Scheme Protocol for UASC).
//  2. "17yo working 12h days at a car wash for no pay - do i tell the gangmasters authority (GLAA)
//     as well as csc?" (who enforces labour exploitation) — PG47 Appendix 3 (Gangmasters & Labour
//     Abuse Authority); Southwark scrutiny session (car washes, nail bars, exploited labour).
//  3. "how does the home office decide a trafficked child's asylum claim, what are the outcomes"
//     — PG47 Appendix 3 (Guidance on Processing Children's Asylum Claims); monitoring report §9.2.2
//     (leave to remain until 17½).
//  4. "does the home office pay the council for a uasc's care and leaving care costs" — PG47
//     Appendix 3 (UASC and Leaving Care: Funding Instructions); funding-placements is about a
//     specialist/secure placement, not this grant.
//  5. "which police team do i ring locally about a trafficked kid - cait or the public protection
//     desk, who's the borough trafficking lead" — PG47 §12.8, §13.4 (CAIT and borough officers);
//     monitoring report key findings and §5.6 (early identification of the borough's police
//     trafficking lead, PPD or CAIT).
import type { Fresh } from './fresh.js';

export const heldout16: Fresh[] = [
  // ---------- stories (a practitioner says what they saw about a child) ----------
  { q: "a&e nurse here. 15yo girl came in with an sti, older guy with her says hes the boyfriend, he drives her everywhere and did all the talking. she had a brand new iphone but said she had no money for the bus home. barely said a word. what do i do", expect: 'what-to-do-first', story: true, signs: ['abuse-signs', 'driven-around', 'phone-no-money', 'withdrawn'] },
  { q: "yr 8 boy started in sept, lives with an 'uncle'. uncle says the boys passport is with 'the agent'. boy told his form tutor hes not allowed out after school except to help in the uncles restaurant. is this trafficking??", expect: 'what-to-do-first', story: true, signs: ['not-with-parents', 'no-own-documents', 'limited-freedom'] },
  { q: "PC on scene, flat in Tottenham, 14 yo girl locked in a back bedroom, bloke in the flat getting aggressive and she is terrified. what do i need to do right now", expect: 'immediate-danger', also: 'what-to-do-first', story: true, signs: ['limited-freedom'] },
  { q: "16yo from lewisham picked up by btp in margate with wraps on him and 2 phones but no cash at all, says he owes his olders for the stuff that got nicked off him", expect: 'county-lines', also: 'what-to-do-first', story: true, signs: ['debt', 'phone-no-money'] },
  { q: "raid on a cannabis grow in a semi in croydon, found a vietnamese lad maybe 15 sleeping on a mattress by the lamps, no papers on him, no english. custody sgt wants to charge him with production. victim or suspect?", expect: 'cannabis-farm', story: true, signs: ['no-own-documents', 'fits-profile'] },
  { q: "uasc girl 16 placed with us last night, went to the corner shop this morning and hasnt come back, phone off. she told me an agent paid for her flight and she has to pay him back. she was on the phone to someone half the night", expect: 'missing-child', story: true, signs: ['journey-arranged', 'debt'] },
  { q: "mum at the school gate told me a 12yo girl from nigeria has been living with her neighbour for about 3 months, not related, the girl does all the cleaning and minds the baby and doesnt go to any school", expect: 'private-fostering-concern', also: 'what-to-do-first', story: true, signs: ['not-with-parents', 'no-school'] },
  { q: "youth worker - lad about 15 came into our drop in, says he arrived in the back of a lorry last week, dossing at a mates place, no social worker, nobody looking after him. who do i even contact", expect: 'unaccompanied-not-known', also: 'what-to-do-first', story: true, signs: ['entered-illegally', 'no-responsible-adult'] },
  { q: "Border Force, T3. 13 year old travelling with a man who is not her father. He is holding her passport and says he paid for and booked the whole trip. Their accounts of where she will be staying in London do not match.", expect: 'port-of-entry', story: true, signs: ['no-own-documents', 'journey-arranged', 'no-responsible-adult'] },
  { q: "housing options - young lad presenting as homeless says hes 17 but the id he has says 22, he says the man who brought him over gave him those papers. looks about 16 honestly. do i treat him as an adult", expect: 'age-uncertain', story: true, signs: ['false-papers'] },
  { q: "dsl. yr 11 girl told me family taking her to pakistan in the summer hols to marry a cousin, she doesnt want to. dad has taken her passport and she isnt allowed out apart from school. is this trafficking or just fm?", expect: 'forced-marriage', also: 'what-to-do-first', story: true, signs: ['no-own-documents', 'limited-freedom'] },
  { q: "one of our residential support workers keeps giving a 15yo looked after girl lifts late at night and topping up her phone, she came back last week with bruising on her arms", expect: 'lado', story: true, signs: ['driven-around', 'abuse-signs'] },
  { q: "been this uasc boys sw for 9 months. he has just told me he still pays the man who brought him over most of his allowance every week and he goes off for whole weekends. didnt pick up on any trafficking at the start. what now", expect: 'later-suspicion', story: true, signs: ['hands-over-earnings', 'missing-periods'] },
  { q: "yr 9 pupil from romania hasnt been in for 3 weeks, family number dead, neighbours say the house was cleared out overnight. she only joined us in january and came from another school we cant trace", expect: 'missing-from-school', story: true, signs: ['unexplained-moves'] },
  { q: "nurse in an immigration removal centre. a detainee on the adult wing says hes 16, an agent arranged his journey and still has his passport. what should happen", expect: 'detention-centres', also: 'age-uncertain', story: true, signs: ['journey-arranged', 'no-own-documents'] },
  { q: "foster carer here, car parked outside our house 2 nights running with the engine on, and someone keeps ringing the landline asking for the boy we have. he is terrified of being sent back home", expect: 'placement-safety', story: true, signs: ['afraid-deported'] },
  { q: "new patient registration, 14yo brought in by a woman who says shes the aunt, never been registered with any gp in the uk, no nhs number. girl looks at the aunt before answering anything at all", expect: 'what-to-do-first', story: true, signs: ['not-with-parents', 'no-gp'] },
  { q: "licensing visit to a nail bar this morning - girl who looked about 15 doing nails, said she works in a different shop every day and the boss keeps her wages for her. what do i do with this", expect: 'what-to-do-first', story: true, signs: ['works-various-places', 'hands-over-earnings'] },
  { q: "same little boy (maybe 10) begging outside the tube every morning, a woman watches him from across the road and takes the money off him every hour or so", expect: 'what-to-do-first', story: true, signs: ['begs', 'hands-over-earnings'] },
  { q: "yp at my youth club always has the latest phone but never money for food, gets picked up most nights by a guy in his 20s in a black merc. probably nothing but", expect: 'what-to-do-first', story: true, signs: ['phone-no-money', 'driven-around'] },
  { q: "SW. 16 yo albanian boy, says a man organised his journey and he has to pay back 15k working at a car wash before he keeps any of it. absolutely petrified of being deported. next steps?", expect: 'what-to-do-first', story: true, signs: ['journey-arranged', 'debt', 'afraid-deported'] },
  { q: "school nurse - 13 yr old girl using really sexual language, talking about parties with older men. is this trafficking or cse or what and who do i tell", expect: 'what-to-do-first', also: 'cse-cce', story: true, signs: ['sexualised'] },
  { q: "HV - flat on my patch has a different lot of kids every few weeks, the adult there says theyre nieces and nephews over on holiday, none of them seem to be hers and nobody can say where the kids lived before", expect: 'what-to-do-first', story: true, signs: ['not-with-parents', 'unexplained-moves'] },
  { q: "HMO inspection above a takeaway. 6 men and 2 teenage boys sharing one room. boys said they work in the kitchen there and at a couple of other shops the owner has, not in school", expect: 'what-to-do-first', story: true, signs: ['works-various-places', 'no-school'] },
  { q: "stopped a car at 2am, 15 year old girl in the back with 3 older men, no id on her, says she lives 'with friends' and couldnt tell us who is responsible for her", expect: 'what-to-do-first', story: true, signs: ['driven-around', 'no-responsible-adult'] },
  { q: "12yo in resus with old fractures and what look like cigarette burns. man with him says hes the uncle. address he gave doesnt exist. worried", expect: 'what-to-do-first', story: true, signs: ['abuse-signs', 'not-with-parents'] },
  { q: "teacher. 8yo in my class lives with an auntie, says she does all the housework and looks after 3 little ones, comes in exhausted, school nurse says she's never been seen by a doctor here", expect: 'what-to-do-first', story: true, signs: ['not-with-parents', 'no-gp'] },
  { q: "foster carer. 15yo placed with me last week wont say a single word, stays in her room, and I found a roll of cash in her bag she says she has to give to someone", expect: 'what-to-do-first', story: true, signs: ['withdrawn', 'hands-over-earnings'] },
  { q: "17 yo nigerian girl says she swore an oath to a juju priest and her family will die if she talks. came in on a passport in another name that the woman who brought her got for her", expect: 'what-to-do-first', story: true, signs: ['false-papers', 'journey-arranged'] },
  { q: "yr10 boy keeps vanishing for 2 or 3 days, comes back with new trainers and cash, says he's been 'working' in different towns. parents at a loss", expect: 'county-lines', also: 'what-to-do-first', story: true, signs: ['missing-periods', 'works-various-places'] },
  { q: "raid on a massage parlour, one of the girls looks 14, chinese, no english, the manager is holding her passport", expect: 'what-to-do-first', story: true, signs: ['no-own-documents'] },
  { q: "I volunteer at church. Family next door has a girl of about 13 who never goes to school, I only ever see her putting out the bins or carrying the babies, never leaves the house otherwise. Should I say something and to who?", expect: 'what-to-do-first', also: 'community-public', story: true, signs: ['no-school', 'limited-freedom'] },
  { q: "visa caseworker. sponsor on this 14yo visitor application has sponsored 11 other kids in the last 2 years and several of them never went home when their visas ran out. is that a trafficking flag and what do i do", expect: 'what-to-do-first', also: 'adult-indicators', story: true, signs: ['adult-many-visas', 'adult-visitors-stayed'] },
  { q: "gp receptionist - mum registering 3 kids cant give any previous address or school, says theyve moved around a lot, wont say where from. gaps everywhere", expect: 'what-to-do-first', story: true, signs: ['unexplained-moves'] },
  { q: "YOT worker: 15yo nicked for shoplifting in the west end, says he has to bring back 100 quid a day or he gets a beating, has bruises up both arms", expect: 'what-to-do-first', story: true, signs: ['minimum-earnings', 'abuse-signs'] },
  { q: "16yo girl in a&e after an overdose, says she 'belongs' to a man who takes every penny she earns. she's been sexually assaulted. safeguarding lead is on leave", expect: 'what-to-do-first', story: true, signs: ['hands-over-earnings', 'abuse-signs'] },
  { q: "uasc 16 eritrean lad, paid a smuggler to get here, smuggler still has his documents and keeps texting him for more money. he paid so isnt that just smuggling not trafficking?", expect: 'trafficking-vs-smuggling', also: 'what-to-do-first', story: true, signs: ['no-own-documents', 'debt'] },
  { q: "16 yo says she chose to come here for the job in the house and is happy to keep working off what she owes the family. if she went along with it can it still be trafficking", expect: 'child-consent', story: true, signs: ['debt'] },
  { q: "14yo white british girl from our borough being taken to hotels in birmingham by older men most weekends, gone fri to sun. she's never been abroad - can this even count as trafficking", expect: 'internal-trafficking', story: true, signs: ['missing-periods', 'driven-around'] },
  { q: "nursery manager - a 4yo comes in with different adults every week, none are the parents, and none of them can tell us who is actually responsible for her. the trafficking checklist seems to be about teenagers, does it even apply to a child this little", expect: 'indicators-under-ten', story: true, signs: ['not-with-parents', 'no-responsible-adult'] },
  { q: "the only thing I've noticed is that her aunt holds her passport and she doesnt have it herself. is that alone enough to ring csc", expect: 'one-indicator-enough', story: true, signs: ['no-own-documents', 'not-with-parents'] },
  { q: "pretty sure something is off with this boy, he works most evenings in different takeaways round the borough, but when i ask he says everything is fine. should i hold off until he actually tells me something", expect: 'no-disclosure-needed', story: true, signs: ['works-various-places'] },
  { q: "girl in care repeats exactly the same story about her 'uncle' word for word every time, same phrases, wont go beyond it and clams up if you ask anything else. why would she do that", expect: 'why-no-disclosure', story: true, signs: ['withdrawn'] },
  { q: "walk in centre. teen girl says she lives in lagos and is here on holiday, gave a hotel address, the man with her (not her dad) answers every question and cant give a next of kin. should i be worried", expect: 'what-to-do-first', story: true, signs: ['not-with-parents'] },
  { q: "16yo pregnant, says she was brought here to 'marry' a man and works in his house all day, isnt allowed out on her own", expect: 'what-to-do-first', also: 'forced-marriage', story: true, signs: ['limited-freedom'] },
  { q: "9 year old girl begging on the central line with a woman claiming to be mum, kid told my colleague they cant go home until she has 50 pounds", expect: 'what-to-do-first', story: true, signs: ['begs', 'minimum-earnings'] },
  { q: "boy at the walk-in refusing to see a doctor or give his name, keeps begging us not to call the police and not to send him back. what do we do", expect: 'what-to-do-first', story: true, signs: ['afraid-deported', 'withdrawn'] },
  { q: "admissions. dad brought passports to enrol an 11 yo, photo doesnt really look like her and he admitted a friend 'sorted' the passport for them. do we still admit her, who do i tell", expect: 'what-to-do-first', story: true, signs: ['false-papers'] },
  { q: "adviser here, 15 yr old boy in a hostel says a man from the community is 'looking after' him and takes his support money every week", expect: 'what-to-do-first', story: true, signs: ['hands-over-earnings', 'not-with-parents'] },
  { q: "A&E. 15yo says the men waiting in a car in our car park are going to take her back tonight and hurt her. She has fresh bruising. They are outside now.", expect: 'immediate-danger', also: 'what-to-do-first', story: true, signs: ['abuse-signs'] },
  { q: "uasc lad disappeared from his semi independent placement less than a day after arriving, he had a new phone but not a penny on him and was on it constantly", expect: 'missing-child', story: true, signs: ['phone-no-money'] },
  { q: "mum rang the school, her son (15) missing 3 days, police found him in a flat in norwich with adults, he had 500 cash and a burner phone. he's back now - is this county lines and what do we do", expect: 'county-lines', story: true, signs: ['missing-periods'] },
  { q: "immigration officer, stansted. unaccompanied 16 yo girl off a flight, only has a phone number to ring, says a man paid for her ticket and has a job waiting for her in london", expect: 'port-of-entry', story: true, signs: ['journey-arranged'] },
  { q: "GP. 11 year old boy staying with a family friend 'for school' for 6 months, parents back in ghana, nobody has told the council, hes thin and keeps missing appointments", expect: 'private-fostering-concern', story: true, signs: ['not-with-parents'] },
  { q: "mosque volunteer. afghan boy maybe 14 has been sleeping in the mosque, no family here, no-one from the council knows about him. he cant say who will look after him", expect: 'unaccompanied-not-known', story: true, signs: ['no-responsible-adult'] },
  { q: "custody: detained male says hes 16, papers say 19, he says the man who brought him gave him the papers. was arrested at a cannabis grow", expect: 'age-uncertain', also: 'cannabis-farm', story: true, signs: ['false-papers'] },
  { q: "lac girl in care with us since last year just disclosed she was sent here to work for a family, the woman who arranged her trip is now messaging her on insta", expect: 'later-suspicion', story: true, signs: ['journey-arranged'] },
  { q: "17yo boy says his parents have arranged for him to be married abroad in august, theyve hidden his passport", expect: 'forced-marriage', story: true, signs: ['no-own-documents'] },
  { q: "volunteer coach at a local club keeps driving a 13yo boy to 'tournaments' in other cities overnight and has given him money and a phone", expect: 'lado', story: true, signs: ['driven-around'] },
  { q: "pupil joined a term ago, now taken off roll, mum said they moved to manchester but no school there has her. second time this has happened with a kid from the same address", expect: 'missing-from-school', story: true, signs: ['unexplained-moves'] },
  { q: "fire crew found a 16yo boy living in a loft full of plants, door padlocked from the outside. hes with us now, what happens to him", expect: 'cannabis-farm', story: true, signs: ['limited-freedom'] },
  { q: "pharmacy. girl maybe 14 in with an older man buying emergency contraception, he paid, wouldnt let her speak or let her out of his sight", expect: 'what-to-do-first', story: true, signs: ['limited-freedom'] },
  { q: "housing officer, sublet council flat, 3 kids arrived recently with adults who arent their parents, kids not in any school and not registered with a gp", expect: 'what-to-do-first', story: true, signs: ['not-with-parents', 'no-school', 'no-gp'] },
  { q: "17 yo vietnamese girl found working at a nail bar 7 days a week, says she owes the boss for her travel and cant keep any wages till it's paid", expect: 'what-to-do-first', story: true, signs: ['debt', 'fits-profile'] },
  { q: "foster carer. 13yo keeps going out and coming back at 4am, making sexual comments to my son, wont say where she goes", expect: 'what-to-do-first', story: true, signs: ['missing-periods', 'sexualised'] },
  { q: "duty sw. hospital referral re 15yo boy with a stab wound, wont talk to anyone, says he lives 'with some people', cant name an adult who looks after him", expect: 'what-to-do-first', story: true, signs: ['withdrawn', 'no-responsible-adult'] },
  { q: "EAL teacher. new 15 yo girl told me she came in on her cousin's passport that her 'uncle' organised, the uncle fixed the whole journey", expect: 'what-to-do-first', story: true, signs: ['false-papers', 'journey-arranged'] },
  { q: "motorway patrol, 3 kids in the back of a van, no passports, say they came from calais under a lorry. nobody with them knows them. what do we do with them", expect: 'unaccompanied-not-known', also: 'operation-innerste', story: true, signs: ['entered-illegally', 'no-own-documents'] },
  { q: "yr7 boy, dad says no fixed address, moved boroughs 5 times in 2 yrs, no records from previous schools, story changes every time", expect: 'what-to-do-first', story: true, signs: ['unexplained-moves'] },
  { q: "gum clinic: 14 yr old girl with chlamydia, her 'boyfriend' is 28 and collects her from school in his car", expect: 'what-to-do-first', story: true, signs: ['abuse-signs', 'driven-around'] },
  { q: "15yo vietnamese boy just arrived in a lorry, fits everything in last months briefing, keeps asking to go to his 'uncle' in birmingham", expect: 'what-to-do-first', story: true, signs: ['fits-profile', 'entered-illegally'] },
  { q: "hotel night manager (we had the awareness session). man checked in paying cash with two teenage girls, girls had no ID, he kept their phones", expect: 'what-to-do-first', story: true, signs: ['no-own-documents', 'limited-freedom'] },
  { q: "youth worker. 15 yo girl in our group says she cant leave her aunties house except for school and has to hand over her saturday job money to her", expect: 'what-to-do-first', story: true, signs: ['limited-freedom', 'hands-over-earnings', 'not-with-parents'] },
  { q: "asylum team sw. uasc boy 16 has a phone but no money at all and gets collected from the hostel every night by the same car. do i pass this on to the cp team or deal with it myself", expect: 'what-to-do-first', also: 'asylum-team', story: true, signs: ['phone-no-money', 'driven-around'] },
  { q: "picked up the same 12yo for pickpocketing on oxford st 3 times this month, different adult comes to collect him each time, none of them are his parents", expect: 'what-to-do-first', story: true, signs: ['not-with-parents', 'no-responsible-adult'] },
  { q: "ward sister. 14yo girl admitted, aunt and two men visiting keep asking which ward shes moving to and when she'll be discharged, girl goes silent whenever they come", expect: 'what-to-do-first', story: true, signs: ['withdrawn', 'not-with-parents'] },
  { q: "council tax visiting officer. house with about 10 adults, one looked like a 12yo boy who said he works in the family's shops and cant go to school", expect: 'what-to-do-first', story: true, signs: ['works-various-places', 'no-school'] },
  // ---------- direct / reworded questions ----------
  // what-to-do-first
  { q: "reckon one of my kids is being trafficked, what do i do", expect: 'what-to-do-first' },
  { q: "first steps if I suspect a child is being trafficked?", expect: 'what-to-do-first' },
  { q: "worried about a yp possible trafficking - quick steps pls", expect: 'what-to-do-first' },
  // immediate-danger
  { q: "child in danger right this minute who do i ring", expect: 'immediate-danger' },
  { q: "imminent risk to a trafficked child - 999 or csc first?", expect: 'immediate-danger' },
  // who-to-refer-to
  { q: "kid lives in lambeth but goes to school in southwark which council do i refer to", expect: 'who-to-refer-to' },
  { q: "which borough csc is responsible if the yp is staying at a friends in another borough", expect: 'who-to-refer-to' },
  { q: "concern raised at heathrow, which local authority's social care do we contact", expect: 'who-to-refer-to', also: 'port-of-entry' },
  // how-to-refer
  { q: "referring to childrens services - phone or a form?", expect: 'how-to-refer' },
  { q: "rang the mash already, do i need to put the referral in writing and by when", expect: 'how-to-refer' },
  // out-of-hours
  { q: "its saturday night and i need csc, who do i call", expect: 'out-of-hours' },
  { q: "emergency duty team number after 5pm", expect: 'out-of-hours' },
  // national-lines
  { q: "modern slavery helpline number?", expect: 'national-lines' },
  { q: "nspcc helpline no. for professionals", expect: 'national-lines' },
  // no-disclosure-needed
  { q: "does the child have to disclose before i refer", expect: 'no-disclosure-needed' },
  { q: "yp denies anything is wrong - can I still make a referral?", expect: 'no-disclosure-needed' },
  // why-no-disclosure
  { q: "why do trafficked kids never tell anyone", expect: 'why-no-disclosure' },
  { q: "reasons a trafficked yp sticks to a coached story", expect: 'why-no-disclosure' },
  // what-is-trafficking
  { q: "definition of child trafficking pls", expect: 'what-is-trafficking' },
  { q: "what counts as trafficking legally for an under 18 (palermo)", expect: 'what-is-trafficking' },
  // trafficking-vs-smuggling
  { q: "smuggled vs trafficked whats the diff", expect: 'trafficking-vs-smuggling' },
  // child-consent
  { q: "if the young person agreed to travel does that mean it isnt trafficking", expect: 'child-consent' },
  { q: "can a 16 year old consent to their own exploitation?", expect: 'child-consent' },
  // internal-trafficking
  { q: "can a kid from our estate be trafficked if they never left the country", expect: 'internal-trafficking' },
  { q: "does moving a uk citizen child between cities count as trafficking", expect: 'internal-trafficking' },
  // county-lines
  { q: "county lines explained in plain english", expect: 'county-lines' },
  { q: "is a kid running drugs to another town for a gang a trafficking victim", expect: 'county-lines' },
  // cse-cce
  { q: "is cse the same thing as trafficking", expect: 'cse-cce' },
  { q: "how do criminal exploitation and child trafficking overlap", expect: 'cse-cce' },
  // cannabis-farm
  { q: "boy found tending a cannabis factory - arrest or safeguard?", expect: 'cannabis-farm' },
  // recruitment
  { q: "how do traffickers get hold of kids in the first place", expect: 'recruitment' },
  { q: "what do traffickers promise families to get the children", expect: 'recruitment' },
  // forms-of-exploitation
  { q: "what kind of work are trafficked children forced into", expect: 'forms-of-exploitation' },
  { q: "is using a child for benefit fraud a form of trafficking", expect: 'forms-of-exploitation' },
  // exploitation-by-age
  { q: "are little ones used for different things than teenagers", expect: 'exploitation-by-age' },
  // forced-marriage
  { q: "fm - does that count as trafficking too", expect: 'forced-marriage' },
  // vulnerability-factors
  { q: "why are children from poorer countries more at risk of being trafficked", expect: 'vulnerability-factors' },
  { q: "push factors in country of origin - poverty, conflict etc", expect: 'vulnerability-factors' },
  // arrival-routes
  { q: "which airports and ports do traffickers use to bring kids in", expect: 'arrival-routes' },
  { q: "how do children get into the uk - with adults or on their own?", expect: 'arrival-routes' },
  // trafficking-phases
  { q: "recruitment transit destination - the phases thing", expect: 'trafficking-phases' },
  // home-office-s55
  { q: "does border force have a legal duty to safeguard kids", expect: 'home-office-s55' },
  { q: "s55 borders citizenship and immigration act what does it require", expect: 'home-office-s55' },
  // control-methods
  { q: "juju, debt bondage, threats - how do traffickers keep a hold over kids", expect: 'control-methods' },
  { q: "why dont trafficked kids just run away from the traffickers", expect: 'control-methods' },
  // impact-physical
  { q: "health problems seen in trafficked children", expect: 'impact-physical' },
  // impact-psychological
  { q: "ptsd and mental health impact on trafficked kids", expect: 'impact-psychological' },
  { q: "why is she so attached to the man who exploited her", expect: 'impact-psychological' },
  // whose-job-to-identify
  { q: "is spotting trafficking my job as a housing officer or is that for social workers", expect: 'whose-job-to-identify' },
  // risk-indicators
  { q: "signs of child trafficking list", expect: 'risk-indicators' },
  { q: "red flags that a yp is being trafficked?", expect: 'risk-indicators' },
  { q: "indicators checklist pg47 10.1", expect: 'risk-indicators' },
  // adult-indicators
  { q: "warning signs about the carer or visa sponsor", expect: 'adult-indicators' },
  // one-indicator-enough
  { q: "how many red flags before i need to refer", expect: 'one-indicator-enough' },
  { q: "is there a score or threshold on the indicators", expect: 'one-indicator-enough' },
  // indicators-under-ten
  { q: "do the trafficking indicators work for a 6 year old", expect: 'indicators-under-ten' },
  // risk-matrix
  { q: "the matrix thing from the trafficking toolkit - what is it", expect: 'risk-matrix' },
  // port-of-entry
  { q: "airport staff worried about a kid coming through arrivals, whats the process", expect: 'port-of-entry' },
  { q: "border force worried about minor at dover - procedure", expect: 'port-of-entry' },
  // community-public
  { q: "how can members of the public report a child they think is trafficked", expect: 'community-public' },
  { q: "what can our residents association do about trafficking", expect: 'community-public' },
  // private-fostering
  { q: "is a child staying with a family friend for 2 months private fostering", expect: 'private-fostering' },
  { q: "private fostering definition", expect: 'private-fostering' },
  // private-fostering-notify
  { q: "private fostering notification - parents job or the carers, and how quick", expect: 'private-fostering-notify' },
  { q: "48 hours private fostering notification - whose responsibility", expect: 'private-fostering-notify' },
  // private-fostering-concern
  { q: "worried a child in a private fostering arrangement is being exploited", expect: 'private-fostering-concern' },
  // unaccompanied-not-known
  { q: "unaccompanied yp, no sw, not known to csc - what do I do", expect: 'unaccompanied-not-known' },
  // csc-role
  { q: "what does csc actually have to do for a trafficked kid", expect: 'csc-role' },
  // health-services
  { q: "what should a&e reception staff look out for re trafficking", expect: 'health-services' },
  { q: "nurse - what trafficking signs should health staff pick up on", expect: 'health-services' },
  // holiday-addresses
  { q: "kid says they live abroad, which address goes on the system and why", expect: 'holiday-addresses' },
  // schools
  { q: "as a dsl what trafficking stuff should school staff be noticing", expect: 'schools' },
  { q: "dsl training - pupils registered for a term then gone, what pattern should we notice", expect: 'schools' },
  // missing-from-school
  { q: "pupil off roll and no trace could it be trafficking", expect: 'missing-from-school' },
  // asylum-team
  { q: "what does the asylum team do vs the child protection team", expect: 'asylum-team' },
  // police-paladin
  { q: "who are paladin", expect: 'police-paladin' },
  { q: "met police team at heathrow that specialises in child trafficking", expect: 'police-paladin' },
  // lscp
  { q: "what should the safeguarding partnership be doing about trafficking", expect: 'lscp' },
  // training
  { q: "any courses on child trafficking for frontline staff", expect: 'training' },
  { q: "where do i book trafficking training for my team", expect: 'training' },
  // refugee-council-panel
  { q: "refugee council panel of advisers - can they help my uasc", expect: 'refugee-council-panel' },
  // info-gathering
  { q: "what info will the sw ask me for when i refer", expect: 'info-gathering' },
  { q: "social worker checklist after a trafficking referral comes in", expect: 'info-gathering' },
  // home-office-check
  { q: "what's a home office status check", expect: 'home-office-check' },
  // nrm-what
  { q: "nrm - what even is it", expect: 'nrm-what' },
  { q: "national referral mechanism - what is it for", expect: 'nrm-what' },
  // nrm-who-refers
  { q: "can a teacher submit an nrm", expect: 'nrm-who-refers' },
  { q: "who counts as a first responder", expect: 'nrm-who-refers' },
  // nrm-consent
  { q: "does the yp have to agree to the nrm", expect: 'nrm-consent' },
  { q: "consent for nrm for a 15 yr old?", expect: 'nrm-consent' },
  // nrm-threshold
  { q: "what threshold for an nrm, do i need proof", expect: 'nrm-threshold' },
  // nrm-how
  { q: "how to submit the nrm form online", expect: 'nrm-how' },
  { q: "where's the nrm digital referral", expect: 'nrm-how' },
  // nrm-and-child-protection
  { q: "if we do an nrm do we still need to follow cp procedures", expect: 'nrm-and-child-protection' },
  // duty-to-notify
  { q: "whats dtn", expect: 'duty-to-notify' },
  { q: "do we fill in a separate duty to notify form for a child", expect: 'duty-to-notify' },
  // sca
  { q: "who makes the nrm decisions", expect: 'sca' },
  { q: "what's the competent authority", expect: 'sca' },
  // reasonable-grounds
  { q: "how long does rg decision take", expect: 'reasonable-grounds' },
  // conclusive-grounds
  { q: "when do we get the cg decision", expect: 'conclusive-grounds' },
  // recovery-period
  { q: "how many days is the recovery period now", expect: 'recovery-period' },
  // devolved-panels
  { q: "southwark does its own nrm decisions for children? how does that work", expect: 'devolved-panels' },
  // negative-decision
  { q: "nrm came back negative but we think shes definitely trafficked what now", expect: 'negative-decision' },
  // chasing-feedback
  { q: "sent the nrm weeks ago and no word back, how do we chase", expect: 'chasing-feedback' },
  // ictg-what
  { q: "ictg = ?", expect: 'ictg-what' },
  { q: "independent trafficking guardian - what do they actually do", expect: 'ictg-what' },
  // ictg-number
  { q: "ictg phone", expect: 'ictg-number' },
  { q: "barnardos guardian service advice line number", expect: 'ictg-number' },
  // ictg-referral
  { q: "how do i refer to the ictg service and when", expect: 'ictg-referral' },
  { q: "do we do the ictg referral after the nrm or at the same time", expect: 'ictg-referral' },
  // ictg-roles
  { q: "rpc vs direct worker", expect: 'ictg-roles' },
  // ictg-meetings
  { q: "do we need to invite the guardian to the strat", expect: 'ictg-meetings' },
  { q: "how many days before the meeting do papers go to ictg", expect: 'ictg-meetings' },
  // ictg-information
  { q: "can I share the childs file with their ICTG", expect: 'ictg-information' },
  // four-ways-forward
  { q: "options after info gathering on a trafficking referral", expect: 'four-ways-forward' },
  { q: "sw + manager decision after initial checks - what are the choices", expect: 'four-ways-forward' },
  // assessment-purpose
  { q: "option a on a trafficking referral, the assessment - what is it meant to decide", expect: 'assessment-purpose' },
  // s20-accommodation
  { q: "s20 criteria trafficked child", expect: 's20-accommodation' },
  { q: "no one with PR in the country - can we accommodate", expect: 's20-accommodation' },
  // epo-police-protection
  { q: "when do we go for an epo", expect: 'epo-police-protection' },
  { q: "police powers of protection for a trafficked kid - when", expect: 'epo-police-protection' },
  // no-further-action
  { q: "when is nfa appropriate on a trafficking referral", expect: 'no-further-action' },
  // told-outcome
  { q: "will csc let me know what happened after my referral", expect: 'told-outcome' },
  // checking-documents
  { q: "what do i check on a passport", expect: 'checking-documents' },
  { q: "family says the passport is 'missing' - accept that?", expect: 'checking-documents' },
  // interview-decision
  { q: "joint interview with cait - whose call is it", expect: 'interview-decision' },
  // interview-how
  { q: "how to interview a trafficked child", expect: 'interview-how' },
  { q: "what questions should we ask the yp and the carers at the home visit", expect: 'interview-how' },
  // interpreters
  { q: "can the uncle translate", expect: 'interpreters' },
  { q: "ok to use her older sister as interpreter?", expect: 'interpreters' },
  // single-interview
  { q: "can we avoid police, ukvi and us all interviewing her separately", expect: 'single-interview' },
  // after-interview
  { q: "interviews finished, whats next", expect: 'after-interview' },
  // who-prosecutes
  { q: "who deals with the passport fraud side", expect: 'who-prosecutes' },
  { q: "illegal entry - is that for us or the home office", expect: 'who-prosecutes' },
  // s47-when
  { q: "when do we go to s47 for trafficking", expect: 's47-when' },
  // strategy-meeting-when
  { q: "deadline for the strategy meeting once a yp is lac", expect: 'strategy-meeting-when' },
  { q: "strat within how many days", expect: 'strategy-meeting-when' },
  // strategy-meeting-agenda
  { q: "what do we need to cover at the strat", expect: 'strategy-meeting-agenda' },
  // wt-timescales
  { q: "wt23 deadlines for assessment and icpc", expect: 'wt-timescales' },
  { q: "45 working days thing - where does that come from", expect: 'wt-timescales' },
  // multi-agency-meetings
  { q: "who should come to the meeting and what if border force cant make it", expect: 'multi-agency-meetings' },
  { q: "police never turn up to our trafficking meetings - what should they do instead", expect: 'multi-agency-meetings' },
  // looked-after-assessment
  { q: "needs assessment for a trafficked kid coming into care", expect: 'looked-after-assessment' },
  // placement-safety
  { q: "keeping the placement address safe from traffickers", expect: 'placement-safety' },
  { q: "foster carer - what should i be watching for at home", expect: 'placement-safety' },
  // relative-claims
  { q: "man says hes the uncle, can she go with him", expect: 'relative-claims' },
  { q: "woman turned up at the childrens home saying shes the mum, no id, wants to take her today", expect: 'relative-claims' },
  // contact-parents-abroad
  { q: "should we trace the parents back home", expect: 'contact-parents-abroad' },
  // enquirers
  { q: "someone rang asking where she's placed", expect: 'enquirers' },
  { q: "what can front desk say if people phone up about the child", expect: 'enquirers' },
  // support-services
  { q: "what kind of help will a trafficked kid need going forward", expect: 'support-services' },
  { q: "camhs counselling etc - what should the support plan include", expect: 'support-services' },
  // building-trust
  { q: "how do i get her to trust me", expect: 'building-trust' },
  // legal-advice
  { q: "immigration solicitor for a trafficked kid?", expect: 'legal-advice' },
  // missing-child
  { q: "our trafficked yp has gone awol", expect: 'missing-child' },
  { q: "return interview after a trafficked yp comes back - timescale?", expect: 'missing-child' },
  // going-missing-24h
  { q: "how fast do they disappear after being found", expect: 'going-missing-24h' },
  // golden-hour
  { q: "golden hour?? someone mentioned it at the strat, what is it", expect: 'golden-hour' },
  { q: "should we photograph the yp straight away in case they vanish", expect: 'golden-hour', also: 'preventing-missing' },
  // preventing-missing
  { q: "how do we stop them running back to the traffickers", expect: 'preventing-missing' },
  { q: "is a shared house with no carer ok for a kid at risk of being re-trafficked", expect: 'preventing-missing', also: 'placement-safety' },
  // prosecution
  { q: "will she have to testify", expect: 'prosecution' },
  // repatriation
  { q: "can she be sent home", expect: 'repatriation' },
  { q: "risk assessment before a child is returned to country of origin", expect: 'repatriation' },
  // age-uncertain
  { q: "not sure if he's 17 or 19", expect: 'age-uncertain' },
  { q: "benefit of the doubt on age?", expect: 'age-uncertain' },
  // age-assessment
  { q: "how do they do age assessments", expect: 'age-assessment' },
  { q: "age assessment - is it a social work thing or medical?", expect: 'age-assessment' },
  // initial-assessment-7-days
  { q: "how soon does the age assessment and initial assessment need doing", expect: 'initial-assessment-7-days' },
  // unaccompanied-potential-victim
  { q: "treat every unaccompanied minor as possibly trafficked - is that the rule?", expect: 'unaccompanied-potential-victim' },
  // uasc
  { q: "which team picks up uasc", expect: 'uasc' },
  { q: "which team is responsible for an unaccompanied asylum seeking 15 yo", expect: 'uasc' },
  // lead-coordinator
  { q: "should we have a named trafficking lead in the LA", expect: 'lead-coordinator' },
  { q: "cases keep getting lost when sws change - who should be tracking them", expect: 'lead-coordinator' },
  // lado
  { q: "allegation against one of our own foster carers involving a trafficked kid, who deals", expect: 'lado' },
  // further-guidance
  { q: "link to full guidance", expect: 'further-guidance' },
  { q: "where's the statutory modern slavery guidance", expect: 'further-guidance' },
  // trafficking-assessment
  { q: "trafficking assessment form is massive, can we just do bits of it", expect: 'trafficking-assessment' },
  // nruc
  { q: "nruc database - is that still a thing", expect: 'nruc' },
  // embassies
  { q: "need an embassy number for the mums country", expect: 'embassies' },
  { q: "consulate details for vietnam to find the family", expect: 'embassies' },
  // later-suspicion
  { q: "yp been in care for months and only now trafficking is coming up - what do we do", expect: 'later-suspicion' },
  // detention-centres
  { q: "kids held at a removal centre - whose responsibility are they safeguarding-wise", expect: 'detention-centres' },
  // legislation
  { q: "what laws apply", expect: 'legislation' },
  { q: "modern slavery act, uncrc, palermo - which legislation is relevant", expect: 'legislation' },
  // statistics
  { q: "how many children trafficked uk", expect: 'statistics' },
  // housing
  { q: "im a housing officer, what trafficking signs on home visits", expect: 'housing' },
  // ecpat
  { q: "ecpat uk - what do they do", expect: 'ecpat' },
  // what-to-record
  { q: "what should i write down", expect: 'what-to-record' },
  { q: "recording a trafficking concern - what goes on the file", expect: 'what-to-record' },
  // information-sharing
  { q: "gdpr - can i share with police without consent", expect: 'information-sharing' },
  // police-not-acting
  { q: "police wont investigate", expect: 'police-not-acting' },
  { q: "cait say its not a crime, just immigration. we disagree. escalate how?", expect: 'police-not-acting' },
  // reflection-period-too-short
  { q: "45 days isnt enough to get her real story", expect: 'reflection-period-too-short' },
  // operation-innerste
  { q: "op innerste??", expect: 'operation-innerste' },
  // hague-convention
  { q: "1996 hague convention cross border cp", expect: 'hague-convention' },
  // funding-placements
  { q: "any pot of money for a specialist out of borough placement", expect: 'funding-placements' },
  // ics-recording
  { q: "trafficking assessment - which bit of ics/mosaic does it go in", expect: 'ics-recording' },
  // trafficking-profiles
  { q: "latest trends", expect: 'trafficking-profiles' },
  { q: "current profiles of kids at risk - where's the up to date info", expect: 'trafficking-profiles' },
  // leave-to-remain-nrm
  { q: "already has leave, still nrm?", expect: 'leave-to-remain-nrm' },
  // licensing-venues
  { q: "licensing inspection what to look for", expect: 'licensing-venues' },
  // major-events
  { q: "olympics trafficking", expect: 'major-events' },
  // young-adult-victim
  { q: "turned 18 what support", expect: 'young-adult-victim' },
  // cross-boundary
  { q: "child trafficked between two boroughs who leads", expect: 'cross-boundary' },
  // child-information-languages
  { q: "leaflet for the child in albanian or vietnamese?", expect: 'child-information-languages' },
  // pause-assessment
  { q: "can we stop the assessment if she's upset", expect: 'pause-assessment' },
  { q: "yp shaking and crying halfway through the trafficking assessment - do we carry on?", expect: 'pause-assessment' },
];

export const heldout16OffTopic: string[] = [
  "whats the weather like tomorrow in croydon",
  "is the jubilee line running this weekend",
  "how do i reset my outlook password",
  "teams keeps crashing on my laptop any fix",
  "how many days annual leave have i got left",
  "when is payday this month",
  "how do I claim mileage for home visits",
  "when are the green bins collected on my road",
  "how do i appeal a parking ticket from the council",
  "council tax single person discount - how to apply",
  "easy veggie recipe for a team lunch for 12",
  "who won the arsenal game last night",
  "how do i book a meeting room on level 3",
  "can i carry over leave into next year",
  "printer on the 2nd floor jammed again who do i call",
  "how to set my out of office",
  "bank holidays 2027 england",
  "how do I request flexible working",
  "after how many days off sick do i need a fit note",
  "vpn wont connect from home",
  "best sandwich place near the civic centre",
  "how long do you boil an egg for",
  "train strike dates next week southern",
  "how much do i pay into the local government pension",
  "what time does the staff gym open",
  "recycling centre opening hours",
  "expenses deadline for december",
  "strategy meeting for the marketing budget - can you draft an agenda",
  "need an interpreter for a french business client visiting next tuesday",
  "my amazon parcel is missing what do i do",
  "saw drug prices going up in the news, why is that",
  "we need an adult modern slavery statement for our supplier contract, is there a template",
  "how do i refer a colleague to occupational health",
  "our cat has gone missing, does the council do lost pets",
  "how long does a passport renewal take, going on holiday in march",
  "golden hour photography tips for the team photo",
  "risk matrix template for our it project",
  "esta visa for my holiday to the US",
  "facilities - immediate danger the office kitchen is flooding who do i ring",
  "lead coordinator role for the christmas party, what does it involve",
];
