// How practitioners write things: abbreviations, legal shorthand and everyday words,
// folded into one canonical term before indexing and before searching, so both sides agree.

/** Phrase → canonical term. Order matters: longer phrases before their parts. */
const PHRASES: Array<[RegExp, string]> = [
  // topics outside PG47 (other chapters of the London procedures, adult services, council services)
  [
    /\bvulnerable adults?\b|\badults? (social care|safeguarding|services)\b|\bcare homes?\b|\belderly\b|\bdementia\b|\bdols\b|\bdeprivation of liberty\b|\behcps?\b|\beducation,? health and care plans?\b|\bsend\b(?= (tribunal|transport|support|needs))|\bsen (transport|support|needs)\b|\b(admissions?|exclusions?|excluded) (appeal|review)s?\b|\bpermanent(ly)? exclu\w+\b|\bprevent (duty|referral|training)\b|\bradicali[sz]\w*\b|\bfgm\b|\bfemale genital mutilation\b|\bmarac\b|\bclare'?s law\b|\bchild in need plans?\b|\bsection 17\b|\bearly help\b|\badopt(ion|ed|ing)?\b|\bfostering allowances?\b|\bcouncil tax\b|\buniversal credit\b|\bhousing benefit\b|\bfree school meals\b|\bblue badge\b|\bhome alone\b|\bfly[- ]?tipping\b|\bpotholes?\b|\bpayslips?\b|\bmileage\b|\bmaternity\b|\bpaternity\b|\bannual leave\b|\bflexi ?time\b|\bpassword\b|\bvpn\b|\bofsted\b/g,
    'outofscope',
  ],
  // more topics from other chapters and services: plans and orders, courts, schools admin, health
  // advice, employment law, and criminal-law points the seeds do not state (e.g. the s.45 defence)
  [
    /\b(cp|cin|child protection|child in need|pathway) plans?\b|\bsection 7 reports?\b|\bfamily court\b|\bspecial guardianship\b|\bsgos?\b|\bsecure accommodation\b|\bschool places?\b|\bin[- ]year admissions?\b|\bparacetamol\b|\bcalpol\b|\bmedication\b|\bminimum wage\b|\bleaving care grant\b|\bdamp\b|\bmould\b|\bsmack(ing)?\b|\b(section|s\.?) ?45 defen[cs]e\b|\bstatutory defen[cs]e\b|\bappropriate adult\b|\bpace\b(?= (code|interview|custody))|\bcuckoo\w*\b|\bcontextual safeguarding\b|\banti[- ]?social behaviou?r\b|\btrauma[- ]informed\b/g,
    'outofscope',
  ],
  // who is asking ("GP here:", "I'm a youth worker and...") says nothing about what is asked
  [
    /^\s*(?:(?:hi|hello|hey)(?: all| team| everyone)?[,!.]? )?(?:(?:i am|i'?m|im|as) (?:an? |the )?)?(?:social worker|sw|teacher|class teacher|head ?teacher|gp|doctor|nurse|school nurse|health visitor|midwife|police officer|officer|pc|dc|youth worker|housing officer|duty manager|night manager|manager|volunteer|charity volunteer|dsl|safeguarding lead|receptionist|foster carer|support worker|key worker|caseworker)(?: here| on (?:patrol|duty|shift))?\s*(?:[:,\-–]|\bhere\b)\s*/g,
    ' ',
  ],
  // ...in any role: up to four words ending in a role noun, then "here", a colon or a dash
  [
    /^\s*(?:(?:hi|hello|hey)(?: all| team| everyone| both)?[,!.]? )?(?:(?:i am|i'?m|im|as) (?:an? |the )?)?(?:[a-z&'/-]+ ){0,3}(?:worker|officer|nurse|doctor|manager|leader|carer|sergeant|student|agent|receptionist|lead|teacher|volunteer|coordinator|co-ordinator|head|iro|dsl|constable|inspector|practitioner|visitor|midwife|coach|warden|chaplain|imam|pastor|priest|vicar|rabbi|paramedic|therapist|counsellor|mentor|advisor|adviser|clerk|administrator|guard)(?: here)?\s*(?:[:,\-–]|\bhere\b)\s*/g,
    ' ',
  ],
  // who does something: whose job, who decides, who is responsible...
  [
    /\bwhose (job|responsibility|role|duty)\b|\b(is it|it is|is that|is this) (my|our|their|his|her|your|the \w+'?s?) (job|responsibility|role|duty)\b|\bwho(?: is| are|'s)? (responsible|in charge|decides?|deals? with|investigates?|arranges?|organises?|organizes?|chairs?|leads?|runs?|carries out|sets up|calls?)\b/g,
    'whoresponsible $2',
  ],
  // common misspellings of the words that matter here
  [/\b(?!referrals?\b)r[ei]f+er+al+s?\b/g, 'referral'],
  [/\bsafe ?gaurd|\bsafe guard/g, 'safeguard'],
  [/\bgaurdian/g, 'guardian'],
  [/\bindependant\b/g, 'independent'],
  [/\bseperate(ly)?\b/g, 'separate$1'],
  // shorthand
  [/\bcp\b/g, 'child protection'],
  [/\brpcs?\b/g, 'regional practice coordinator'],
  [/\bms\b(?!\d)/g, 'modern slavery'],
  [/\buacs?\b|\buasc\b/g, 'unaccompanied'],
  [/\bresi\b|\bchildren'?s homes?\b/g, 'residential home'],
  // contractions and idioms that carry no topic
  [/\bwon't\b|\bwont\b/g, 'will not'],
  [/\bcan't\b|\bcant\b/g, 'can not'],
  [/n't\b/g, ' not'],
  [/\bin the first place\b/g, ' '],
  [/\bwhen it comes to\b|\b(in|with) regards? to\b|\bin terms of\b|\blist of\b/g, ' '],
  [/\bhuman traffick\w*/g, 'trafficking'],
  [
    /\bnot (100 ?%|totally|completely|entirely|quite|fully|a hundred percent|that|really) sure\b|\bnot sure\b|\bunsure\b|\bnot certain\b|\bnot (convinced|confident|positive)\b|\bin two minds\b|\bdoubt(s|ful)?\b|\b(could|might|may) (just|simply|only) be\b|\bprobably nothing\b|\bover[- ]?(reacting|thinking)\b|\bparanoid\b/g,
    'unsure',
  ],
  [
    /\bwho (do|should|can|would|shall|must) (i|we) (refer|report|contact|call|ring|tell|speak to|talk to|go to|notify)\b|\bwho to (refer|report|contact|call|ring|tell|speak to|go to)\b|\bwho (do|should) (i|we) (refer|report) (this|it|them|a \w+ concern|concerns?) to\b/g,
    'whocontact',
  ],
  [/\bwhat would make (you|me|someone|a professional) (suspect|think|worry)\b|\breasons? to suspect\b/g, 'sign'],
  [/\bhow many (of (the|these) )?(risk |warning |trafficking )?(signs?|indicators?|red flags?)\b/g, 'sign enough'],
  [/\b(risk |warning |trafficking )?(indicators?|red flags?|warning signs?)\b/g, 'sign'],
  [/\b(man|men|guy|bloke|woman) in (his|her|their) (20|30|40|50|60)s\b/g, 'olderboyfriend'],
  // boys and girls both: the question is about gender, not about one child
  [
    /\b(boys and girls|girls and boys|boys (too|as well)|(only|just) (\w+ ){0,3}(girls|boys)|both (genders|sexes)|gender)\b/g,
    'gender child',
  ],
  [/\bwhat (does|do) (an? |the )?([a-z0-9]+) (actually |really |even )?do\b(?! to\b)/g, ' $3 role '],
  [/\bhow (do|would|can|could|will) (i|we|you) (know|tell|recogni[sz]e|spot|identify)\b/g, 'sign'],
  [
    /\bwhat (should|do|shall|must|can) (i|we) do\b|\bwhat to do\b|\bwhat now\b|\bwhat next\b|\bnext steps?\b|\bwhat happens (now|next)\b/g,
    'nextstep',
  ],
  [/\byear ?\d{1,2}s?\b/g, 'school'],
  // situations: how a worry is told, folded into the words of the indicators (PG47 §10.1)
  [
    /\b(looks?|looking|seems?|appears?) (about |around |like |only |much |maybe |no more than )?(\d{1,2}|younger|a child|a kid|young|underage)\b|\b(claims?|claiming|says?|said|insists?|told (us|me)) (s?he is|they are|to be|s?he'?s|they'?re|s?he was) (\d{1,2}|an adult|over|older|a child)\b/g,
    'ageuncertain',
  ],
  [/\b(wages?|salary|salaries|earnings|earn(s|ed|ing)?|pay ?packet)\b|\bpay\b(?! (back|off|for|attention))/g, 'earnings'],
  [/\bowe(s|d)?\b|\bowing\b|\bdebts?\b|\bpay (it |them |this |that )?(back|off)\b|\bwork (it|this|that) off\b|\bbonded\b/g, 'debt'],
  [/\bolder (man|men|male|males|guy|guys|bloke|blokes|boyfriend|partner|lads?|boys?)\b|\bboy ?friends?\b/g, 'olderboyfriend'],
  [
    /\b(driven|drives|drove|driving) (her |him |them )?(around|about|everywhere)\b|\bpick(s|ed|ing)? (her|him|them) up\b|\bpicked up\b|\bcollect(s|ed|ing)? (her|him|them)\b|\b(is|are|gets?|being) collected\b/g,
    'driven',
  ],
  [
    /\b(not|never|rarely) (allowed|let) (out|to go out|outside|to leave)\b|\blocked (in|up)\b|\bkept (in|indoors|inside)\b|\b(limited|no) freedom( of movement)?\b|\bfreedom of movement\b/g,
    'restrictedmovement',
  ],
  [
    /\b(answers?|answered|answering|speaks?|spoke|talks?) (for|on behalf of|over) (her|him|them)\b|\banswered (all|every) (the )?questions?\b|\bnever (speaks|talks|says anything)\b|\bwithdrawn\b|\brefuses? to (talk|speak)\b/g,
    'withdrawn',
  ],
  [
    /\b(says?|saying|said|claims?|claiming|claimed)( that)? (s?he|they)? ?(is|are|was|were|to be) (the |his |her |their |a |an )?(\w+'s )?(real )?(aunt|aunty|auntie|uncle|cousin|relative|mum|mother|dad|father|brother|sister|gran|grandmother|grandfather|family friend|friend of the family|guardian)\b/g,
    'claimrelative relative',
  ],
  [/\basking (to speak to|to see|for|about|where|after)\b|\benquir(y|ies|er|ers|ing)\b|\binquir(y|ies|er|ers|ing)\b/g, 'enquirer'],
  [
    /\bwhere (the (child|young person|boy|girl)|s?he|they) (is|are) (placed|living|staying)\b|\bplacement address\b|\bwhereabouts\b/g,
    'whereabouts',
  ],
  [/\bsnapchat\b|\binstagram\b|\bwhats ?app\b|\btik ?tok\b|\bfacebook\b|\bsocial media\b|\bdms?\b/g, 'socialmedia'],
  [/\bsemi[- ]independent\b|\bsupported (accommodation|lodgings)\b|\bhostels?\b/g, 'placement'],
  [
    /\bmissing since\b|\b(not|never) (come|came) (back|home)\b|\bhas not (come|returned)\b|\b(did|has) not return(ed)?\b|\bnot returned\b/g,
    'missing',
  ],
  [/\bthreat(s|en|ens|ened|ening)?\b/g, 'threat'],
  [/\b(will|would|going to|is going to) (die|be killed|be hurt|get hurt)\b|\b(kill|hurt) (her|him|them|me|us|their)\b/g, 'threat'],
  [
    /\b(her|his|their) phone('s| is)? (dead|off|switched off)\b|\bnot answering (her|his|their) phone\b|\bcan not (get hold of|reach|contact) (her|him|them)\b/g,
    'missing',
  ],
  [/\b(been )?off (school )?for (a few|\d+|several|two|three) (days?|weeks?)\b|\bnot been in (school )?for\b/g, 'missing school'],
  [/\bspirits?\b|\bcurse[sd]?\b|\brituals?\b|\boaths?\b|\bblack magic\b/g, 'juju'],
  [/\bkeeps? (quiet|silent)\b|\bstays? (quiet|silent)\b|\bsilence[ds]?\b|\bshut up\b/g, 'silence'],
  [
    /\bteaching assistants?\b|\bsports coach(es)?\b|\bcoach(es)?\b|\btutors?\b|\bmembers? of staff\b|\bstaff members?\b|\bemployees?\b/g,
    'staffmember',
  ],
  [/\bstis?\b|\bstds?\b|\bchlamydia\b|\bgonorrh\w*\b|\bsexually transmitted (infections?|diseases?)\b/g, 'sti'],
  [/\b(new|expensive|designer|two|2|several|multiple) (phones?|mobiles?|iphones?|trainers|clothes|jewellery)\b|\bgifts?\b/g, 'gift mobile'],
  [
    /\b(get|gets|got|getting) hold of\b|\btarget(s|ed|ing)?\b|\blur(e|es|ed|ing)\b|\bgroom(s|ed|ing)?\b|\brecruit\w*\b|\b(find|finding|choose|choosing|pick|picking) (their |the )?(victims|children|kids)\b/g,
    'recruit',
  ],
  // countries and nationalities tell where a child is from, not what the question is about
  [
    /\b(albanian?|vietnam(ese)?|nigerian?|eritrean?|sudan(ese)?|afghan(istan|i)?|syrian?|iran(ian)?|iraqi?|china|chinese|romanian?|poland|polish|somali(a|an)?|ethiopian?|ghana(ian)?|pakistani?|bangladesh(i)?|sri lankan?|kurd(ish|istan)?|egypt(ian)?|morocc(o|an)|libyan?|ukrain(e|ian)|ugandan?|congo(lese)?|cameroon(ian)?|sierra leone(an)?|gambian?|jamaican?|brazil(ian)?|bulgarian?|lithuanian?|slovak(ia|ian)?|czech|hungar(y|ian)|turkish|kosovo|kosovan|guinea|ivory coast)\b/g,
    'nationality',
  ],
  // London boroughs are local authorities; towns elsewhere in the UK say the child is moved within the UK
  [
    /\b(barking|dagenham|barnet|bexley|brent|bromley|camden|croydon|ealing|enfield|greenwich|hackney|hammersmith|fulham|haringey|harrow|havering|hillingdon|hounslow|islington|kensington|chelsea|kingston|lambeth|lewisham|merton|newham|redbridge|richmond|southwark|sutton|tower hamlets|waltham forest|wandsworth|westminster|city of london)\b/g,
    'borough',
  ],
  [
    /\b(birmingham|manchester|leeds|liverpool|bristol|sheffield|newcastle|nottingham|leicester|coventry|cardiff|glasgow|edinburgh|belfast|southend|margate|hastings|brighton|kent|essex|norfolk|sussex|surrey|reading|oxford|cambridge|bournemouth|portsmouth|southampton|plymouth|exeter|swindon|peterborough|ipswich|norwich|blackpool|bradford|hull|stoke|derby|wolverhampton|sunderland|middlesbrough|chelmsford|basildon|crawley|milton keynes|northampton|bedford|watford|slough|dartford|gravesend|medway|chatham|canterbury|folkestone|eastbourne|colchester|the coast|the seaside)\b/g,
    'uktown',
  ],
  [/\bmarr(y|ied|ies|iage|ying)\b|\bweddings?\b|\bhusband\b|\bbetrothed\b/g, 'marriage'],
  [
    /\bmoved (from|between|around)\b|\b(within|inside|around) the (uk|country)\b|\b(uk|british)[- ](born|nationals?|citizens?)\b/g,
    'internal',
  ],
  // movement denied ("nobody crossed a border", "never left the UK") says the trafficking is internal
  [
    /\b(no ?body|no one|never|not|without|nor) (\w+ ){0,2}(cross(ed|es|ing)?|left|leave|leaving|came|come|coming|travell?ed|moved|brought) (\w+ ){0,2}(borders?|abroad|overseas|the (uk|country))\b/g,
    'internal',
  ],
  // being lawfully in the UK
  [
    /\b(legally|lawfully) (allowed|entitled|here|in the (uk|country))\b|\b(right|permission|leave|entitled) to (be|stay|remain|live) (in|here)\b|\bright to remain\b|\b(immigration|legal|visa|residency) status\b/g,
    'immigration status',
  ],
  // a refusal ("the young person says no", "he does not want it") is about consent
  [/\b(says?|said|saying) no\b|\b(does|do|did) not (want|agree)( it| to)?\b|\bnot (want|agree) to\b/g, 'consent'],
  [/\b(into|enter(s|ed|ing)?) (the )?(uk|united kingdom|country|britain|england)\b|\bbrought (here|over)\b/g, 'intouk'],
  [/\bptsd\b|\bpost[- ]?traumatic( stress)?( disorder)?\b|\btraumati[sz]ed\b/g, 'ptsd'],
  [/\b(confirm|confirms|confirmed|confirming|verify|verifies|verified|verifying|verification)\b/g, 'verify'],
  [/\bunpaid\b|\bnot (being )?paid\b|\bno (pay|wages|money)\b(?= for)|\bfor (food|nothing|free)\b/g, 'earnings unpaid'],
  [
    /\b(takeaways?|restaurants?|kitchens?|car ?wash(es)?|nail (bars?|salons?)|factor(y|ies)|sweatshops?|building sites?|warehouses?)\b/g,
    'workplace',
  ],
  [/\b(hotels?|b ?& ?b|motels?|airbnb|guest ?houses?)\b/g, 'hotel'],
  [/\b(moving|moved|move|moves|come|comes|coming) (in and out|and go(ing)?)\b|\bturnover\b/g, 'turnover'],
  [/\b(under|over|below|above|at least) 18\b|\b18 or (over|under|older|younger)\b/g, 'age adult'],
  // a stated age ("she is 15", "16yo", "(15)", "about 12") says little about the topic
  [/\b(is|aged?|age of|turned|turning) \d{1,2}\b|\b\d{1,2} ?(yo|y\/o|yrs? old|years? old|year-old)\b/g, ' '],
  [
    /\(\d{1,2}\)|\b(about|around|maybe|roughly|approx(imately)?|only|just) \d{1,2}\b(?! ?(%|working|days?|hours?|weeks?|months?|years?))/g,
    ' ',
  ],
  [
    /\b(removed|taken|came) (from|off) (the )?(school )?roll\b|\boff[- ]roll(ed|ing)?\b|\bmissing (from|in) (school|education)\b/g,
    'missing school',
  ],
  // coming to a meeting
  [
    /\b(needs? to|should|must|has to|have to|ought to|supposed to|going to|to) (be at|be in|attend|come to|turn up to|go to|sit in on)\b|\b(turn(s|ed)?|show(s|ed)?) up (to|at|for) (the|a|our) (\w+ )?(meeting|discussion|conference|review)\b/g,
    'attend',
  ],
  [/\b(turn(ed|s)?|show(ed|s)?) up\b|\bappeared at\b/g, 'arrive'],
  [
    /\b(arrive|arrived|arrives|came|come|travell?ed|got here|entered)\b([a-z ]{0,25})\b(alone|on (his|her|their) own|by (himself|herself|themselves)|without (an? )?(adult|parents?|family))\b/g,
    'uasc arrive $2',
  ],
  [/\bdeal(ing|s)?\b|\bsell(ing)? drugs\b/g, 'drug dealing'],
  [/\b(crack|heroin|cocaine|coke|ket|ketamine|mdma|class a|wraps|baggies|bags of (white|brown))\b/g, 'drug'],
  [/\bwhat counts as\b|\bwhat is meant by\b|\bdefin(e|ition|ed)\b|\bmeaning\b/g, 'definition'],
  [/\b(counts?|counted) as\b/g, ' '],
  [/\bstands? for\b|\bthe letters\b|\babbreviation\b|\bacronym\b|\bshort for\b/g, 'definition'],
  [/\bnot (a |an )?victims?\b|\b(refused|rejected|turned down|declined)\b/g, 'negative'],
  [
    /\bhow (long|soon|quickly|fast)\b|\b(so |very )?(quickly|fast)\b|\bdeadlines?\b|\btime ?limits?\b|\btime ?scales?\b|\bwithin how\b/g,
    'timescale',
  ],
  [/\b(kinds?|sorts?|types?|forms?) of\b/g, 'type of'],
  // NRM, decisions, Home Office
  [/\bnational referral mechanism\b|\bn\.?r\.?m\b/g, 'nrm'],
  [/\bindependent child traffick\w* (guardian|advocate)s?\b|\bictg\w*\b|\bicta\w*\b|\bguardian service\b/g, 'ictg'],
  [/\b(single )?competent authorit(y|ies)\b|\bsca\b/g, 'sca'],
  [/\breasonable grounds?\b|\brg\b/g, 'reasonablegrounds'],
  [/\bconclusive grounds?\b|\bcg\b/g, 'conclusivegrounds'],
  [/\b(recovery|reflection)( and reflection)? (period|time)\b/g, 'recoveryperiod'],
  [/\bduty to notify\b|\bdtn\b|\bms1\b/g, 'dutytonotify'],
  [/\bfirst responders?( organisations?)?\b/g, 'firstresponder'],
  [/\bmodern slavery\b|\bslavery\b/g, 'modernslavery'],
  [
    /\bhome office\b|\bukba\b|\buk ?border agency\b|\bukvi\b|\buk visas( and immigration)?\b|\bborder force\b|\bimmigration enforcement\b|\bho\b/g,
    'homeoffice',
  ],
  [/\b(tell|telling|inform|informing|notify|notifying|report(ing)? to) (the )?homeoffice\b/g, 'dutytonotify homeoffice'],
  // local authority, social care
  [
    /\bchild(ren)?'?s'? social care\b|\bchild(ren)?'?s'? services\b|\bsocial services\b|\bsocial care\b|\bcsc\b|\bcsd\b|\bmulti[- ]?agency safeguarding hub\b|\bmash\b|\bfront door\b|\bchildren'?s duty team\b/g,
    'csc',
  ],
  [/\blocal authorit(y|ies)\b|\bcouncils?\b|\bboroughs?\b|\bla\b/g, 'localauthority'],
  [/\bsocial workers?\b|\bsw\b/g, 'socialworker'],
  [/\blocal authority designated officer\b|\blado\b/g, 'lado'],
  [/\blocal safeguarding children (partnership|board)s?\b|\blscps?\b|\blscbs?\b|\bscps?\b/g, 'lscp'],
  // legal shorthand
  [/\b(s|sec|section)\s*\.?\s*47\b/g, 's47'],
  [/\b(s|sec|section)\s*\.?\s*20\b/g, 's20'],
  [/\b(s|sec|section)\s*\.?\s*55\b/g, 's55'],
  [/\bemergency protection orders?\b|\bepos?\b/g, 'epo'],
  [/\bpolice (powers of )?protection\b|\bpolice powers\b|\bpp\b/g, 'policeprotection'],
  [/\bstrat(egy)? (meeting|discussion|mtg)s?\b|\bstrat mtg\b/g, 'strategymeeting'],
  [/\b(initial )?child protection conferences?\b|\bicpcs?\b|\bcase conferences?\b/g, 'cpconference'],
  [/\bchild protection (enquiry|inquiry|investigation)\b/g, 's47'],
  [/\bno further action\b|\bnfa\b/g, 'nfa'],
  [/\bworking together( to safeguard children)?\b|\bwt ?(20)?23\b/g, 'workingtogether'],
  [/\blooked[- ]after\b|\blac\b|\b(in|into|enters?|entering|entered) care\b|\bcla\b/g, 'lookedafter'],
  [/\bprivate(ly)? foster(ing|ed)?\b|\bprivate foster carers?\b/g, 'privatefostering'],
  [/\bparental responsibility\b|\bpr\b/g, 'parentalresponsibility'],
  // children and their situations
  [
    /\bunaccompanied asylum[- ]seeking (child(ren)?|minors?|young people)\b|\buascs?\b|\bunaccompanied\b|\bseparated child(ren)?\b/g,
    'uasc',
  ],
  [/\bchild sexual exploitation\b|\bsexual exploitation\b|\bcse\b|\bsexually exploited\b/g, 'cse'],
  [/\bchild criminal exploitation\b|\bcriminal exploitation\b|\bcce\b|\bcriminally exploited\b/g, 'cce'],
  [/\bcounty ?lines?\b|\bdrug (running|runner|runners|lines?)\b|\bgoing country\b/g, 'countylines'],
  [/\bgolden hour\b|\bfirst hour\b/g, 'goldenhour'],
  [/\bspoc\b|\bsingle point of contact\b/g, 'spoc'],
  [/\b(dbs|crb)( checked| check)?\b|\bdisclosure and barring\b|\bcriminal record checks?\b/g, 'dbs'],
  [/\bcait\b|\bchild abuse investigation teams?\b/g, 'cait'],
  [/\bcamhs?\b|\bmental health\b/g, 'camhs'],
  [/\b(mentally|emotionally|psychologically|psychological|emotional|mental)\b/g, 'psychological'],
  [/\bgum( clinics?)?\b|\bsexual health( clinics?)?\b/g, 'gum'],
  [/\ba\s*&\s*e\b|\ba and e\b|\baccident and emergency\b|\bemergency department\b/g, 'ae'],
  [/\bjuju\b|\bvoodoo\b|\bwitchcraft\b/g, 'juju'],
  [/\b(un)?able to go home\b/g, 'danger'],
  [/\bimmediate(ly)? (danger|risk)\b|\bin danger\b|\bat risk right now\b/g, 'danger'],
  [/\blast night\b|\bthis (morning|afternoon|evening|week|month)\b/g, ' '],
  [/\b(saturday|sunday|evening|tonight|at night|late at night|middle of the night|christmas day|new year'?s day)\b/g, 'outofhours'],
  [/\bout of hours\b|\bafter hours\b|\bedt\b|\bemergency duty( team)?\b|\bovernight\b|\bweekends?\b|\bbank holidays?\b/g, 'outofhours'],
  [
    /\b(gone|went|go|goes|going) missing\b|\b(ran|runs?|running) (away|off)\b|\bab?scond(s|ed|ing)?\b|\bdisappear(ed|s)?\b|\bvanish(ed|es)?\b/g,
    'missing',
  ],
  // everyday words
  [
    /\b(passports?|documents?|papers|id) (is |are |was |were |has been |have been |got |went )?(lost|missing|gone|mislaid)\b|\blost (passports?|documents?|papers)\b/g,
    'document lostdocument',
  ],
  [/\bwhat(?:'s| is) ((?:an? |the )?(?:[a-z0-9]+ ){1,3})for\b|\b(the )?(point|purpose) of\b/g, ' $1 purpose '],
  [/\b(talk(ing)?|speak(ing)?) (to|with)\b/g, 'interview'],
  [/\b(dial(ling)? in|by phone|remotely|video call|conference call)\b/g, 'remote'],
  [/\bhospitals?\b|\bwards?\b|\bpaediatrics?\b/g, 'ae hospital'],
  [/\b(gatwick|heathrow|stansted|luton|dover|airports?|ports?|eurostar|st pancras|ferry)\b/g, 'port'],
  [/\b(brothers?|sisters?|siblings?)\b/g, 'relative'],
  [
    /\bdomestic (servitude|slavery|work|worker|labou?r)\b|\bcook(s|ed|ing)? (and|&) clean(s|ed|ing)?\b|\b(does|do|doing|did) (all )?the (cooking|cleaning|chores|housework)\b|\bclean(s|ed)\b|\b(cleaner|cleaning|housework|housemaid|maid|nanny|servant)s?\b/g,
    'domesticservitude',
  ],
  [/\b(made|make|makes|making|forced|forcing) to work\b|\bforced labou?r\b|\blabou?r exploitation\b/g, 'forcedlabour'],
  [/\b(man|men|male|males)\b/g, 'male'],
  [/\biphones?\b|\bsmart ?phones?\b|\bmobiles?( phones?)?\b|\bnew phone\b/g, 'mobile'],
  [/\b(mum|mom|mother|dad|father|parents?)\b/g, 'parent'],
  [/\b(aunt|aunty|auntie|uncle|cousin|grandparents?|grandmother|grandfather|nan|gran|relatives?|family members?)\b/g, 'relative'],
  [
    /\b(tel|telephone|phone|contact) (no|number)s?\b|\bnumbers?\b|\btel\b|\btelephone\b|\bhotlines?\b|\bhelplines?\b|\bphone\b|\bring\b|\bcall\b/g,
    'phone',
  ],
  [
    /\bkids?\b|\byoung (person|people)\b|\bminors?\b|\bpupils?\b|\bstudents?\b|\bpatients?\b|\byp\b|\bchildren\b|\bchilds?\b|\bboys?\b|\bgirls?\b|\bteens?\b|\bteenagers?\b/g,
    'child',
  ],
  [/\bpermis+ion\b|\bagreement\b|\bconsented\b|\bconsenting\b/g, 'consent'],
  [/\btranslat(or|ors|e|ing|ion)\b|\binterpret(ing|ers?)?\b/g, 'interpreter'],
  [/\bpassports?\b|\bpapers\b|\bdocuments?\b|\bdocumentation\b|\bpaperwork\b|\bid docs?\b/g, 'document'],
  [/\btraff?ic?k?(ed|ing|ers?|s)?\b|\btraf+ick\w*\b/g, 'traffick'],
  [/\bsafeguarding leads?\b|\bdsls?\b|\bdesignated safeguarding leads?\b/g, 'safeguardinglead'],
  [/\bgps?\b|\bfamily doctor\b/g, 'gp'],
  [
    /\b(sent|send|sending|returned|removed|return|returning|removing|remove) (him |her |them |the child |the young person )?(back|home)( to)?\b|\bgo(ing)? back (home|to (his|her|their) (country|family))\b|\breturn(ed|ing)? (her|him|them) (back|home)\b/g,
    'repatriation',
  ],
  [/\bexploit[a-z]*\b/g, 'exploitation'],
  [/\blegal (aid|representation|rep|help)\b/g, 'legal advice'],
  [/\bminutes\b|\bmeeting notes\b|\bwrite[- ]?ups?\b/g, 'notes'],
  [/\bintelligence\b|\bintel\b|\binfo\b|\bcase (file|notes|records)\b/g, 'information'],
  [/\bdiscuss(ed|es|ing|ion|ions)?\b/g, 'discuss'],
  [
    /\bcan not (make|come|attend|get to)\b|\bin the room\b|\bunable to (attend|come)\b|\bwill not (come|attend)\b|\bno[- ]shows?\b/g,
    'attend cannot',
  ],
  [
    /\b(one|single|combined|holistic) interview\b|\b(separate|several|multiple|repeat(ed)?) interviews\b|\binterviewed (separately|several times|repeatedly|again)\b/g,
    'singleinterview',
  ],
  [/\bwhat help\b|\bhelp (is )?available\b|\bwhat support\b/g, 'support'],
  [/\bnts\b|\bnational transfer scheme\b/g, 'nationaltransferscheme'],
  [/\bindustr(y|ies)\b|\bsectors?\b/g, 'industry'],
  [/\b(trafficking |child )?guardians?\b/g, 'ictg'],
  [/\bdays?\b/g, 'day'],
  [/\bhrs\b|\bhours?\b/g, 'hour'],
  [/\bq\b/g, 'question'],
  [/\bw\/?\b/g, 'with'],
];

/**
 * Signs of a child's situation (PG47 §10.1 and the seeds), as a practitioner tells them in a story.
 * Several distinct signs in one message mean "here is a worrying child, what do I do?" rather than
 * a question about any one sign (see retrieval.ts). Matched on the raw text (lowercased) and on the
 * canonical terms, since canonicalise folds some of them ("older man" → olderboyfriend).
 */
const SIGNALS: Array<[string, RegExp]> = [
  [
    'money',
    /\b(wages?|earnings|salary|pay|money|cash|£ ?\d+)\b.{0,40}\b(keeps?|kept|takes?|took|hands?|handed|gives?|gave|owns?|over)\b|\b(keeps?|kept|takes?|took|hands? over|gives?|gave) (all |most |half )?(of )?(her|his|their|the) (wages?|earnings|money|pay|cash)\b|\bcash\b|£ ?\d{3,}|\bwads? of\b|\b(work|works|working) (there |here )?for (food|nothing|free)\b|\b(unpaid|not paid|no pay)\b|\bkeeps? (what|everything|all) (s?he|they) (earns?|makes?|gets?)\b/,
  ],
  ['debt', /\bdebt\b|\bowes?\b|\bowed\b|\bpay (it |them |this )?(back|off)\b|\bwork (it|this) off\b/],
  [
    'olderman',
    /\bolder (man|men|male|guy|guys|bloke|boyfriend|partner|lads?|boys?)\b|\bboy ?friend\b|\b(man|men|guy|bloke|woman) in (his|her|their) (20|30|40|50)s\b|\bdifferent (older )?men\b/,
  ],
  [
    'driven',
    /\b(drives?|drove|driven|driving)\b|\b(picks?|picked|collects?|collected|drops?|dropped) (her|him|them) (up|off)\b|\b(is|gets|being) collected\b/,
  ],
  ['restricted', /\b(not|never) (allowed|let)\b|\blocked (in|up)\b|\bkept (in|indoors|inside)\b|\bcan(no|')?t leave\b/],
  [
    'silent',
    /\b(never|won'?t|doesn'?t|does not|will not|refuses to) (speaks?|talks?|say anything)\b|\b(did|does|do) (all )?the talking\b|\bspeaks? no english\b|\banswer(s|ed)? (for|every|all)\b|\bwithdrawn\b/,
  ],
  ['missing', /\bmissing\b|\bdisappear\w*|\bran away\b|\bruns? away\b|\bgoes off for\b|\bvanish\w*/],
  [
    'gifts',
    /\b(new|expensive|designer|two|2|several|multiple) (phones?|mobiles?|iphones?|trainers|clothes|jewell?ery)\b|\bburners?\b|\bgifts?\b|\bphone (he|she|they) (won'?t|can'?t|will not) explain\b/,
  ],
  [
    'noschool',
    /\b(no|not registered with an?|not with an?|never seen an?) gp\b|\b(not|isn'?t|isnt|never|no) (in|enrolled|registered)( at| in| with)? (a |any )?(school|gp)\b|\bno (school|gp|registration)\b|\bnot (in|enrolled|registered)( at| in| with)? (a )?school\b|\bnever (goes|went|been) to school\b|\bduring school hours\b|\bnot (going|gone) to school\b|\bout of school\b|\bshould (have been|be) (at|in) school\b|\bnot at school\b/,
  ],
  [
    'harm',
    /\bbruis\w*|\binjur\w*|\bblack eye\b|\bburns? on\b|\bpregnan\w*|\bstis?\b|\bstds?\b|\bbeaten\b|\bhit (her|him)\b|\bsexual (behaviour|language)\b/,
  ],
  ['neglect', /\bhungry\b|\bexhausted\b|\bmalnourished\b|\bunkempt\b|\bfilthy\b|\bsleeps? on the floor\b/],
  ['beg', /\bbegg?(ing|s)?\b/],
  [
    'work',
    /\b(works?|working|worked|job)\b.{0,30}\b(takeaway|restaurant|kitchen|car ?wash|nail (bar|salon)|salon|factory|farm|warehouse|shop|site)\b|\b(takeaway|car ?wash|nail (bar|salon))\b|\b(cleaner|maid|servant|cleaning|cooking|childcare|housework|looks? after (the|their|a family'?s?) (kids|children))\b|\bmade to (work|hold|carry|sell)\b|\bwash(es|ing|ed)? cars\b|\bcooks?\b.{0,20}\bclean|\bcleans\b|\b(does|do) (all )?the (cooking|cleaning|chores)\b/,
  ],
  [
    'documents',
    /\b(keeps?|kept|took|taken|holds?|holding|has|have) (her|his|their|the|my) (passport|documents|papers|id)\b|\b(passport|documents|papers) (is |are )?(held|kept|taken)\b|\bfalse (passport|papers|documents)\b|\bno (documents|passport|papers|id)\b/,
  ],
  [
    'crowded',
    /\bsleep(s|ing)? (at|in|on) (a |the )?(\w+ )?(house|flat|floor|mattress|kitchen|shop|restaurant|takeaway|car|garage|shed|warehouse)|\bmattresses\b|\bovercrowd\w*|\b(house|flat) (with|of|full of) (\d+ |several |lots of |many )?(other )?(men|adults)\b/,
  ],
  ['night', /\bmidnight\b|\b(1|2|3|4) ?am\b|\blate at night\b|\bparties\b|\bhotel\b|\bat night\b/],
  [
    'notparent',
    /\bnot (her|his|their) (real )?(parent|mum|dad|mother|father)\b|\bis ?n[o']?t (her|his|their) (dad|mum|father|mother)\b|\bnot (family|related)\b|["'](aunt|uncle|cousin|nieces?|nephews?)["']|\b(says|said|claims) (he|she) is (her|his) (uncle|aunt|cousin)\b|\b(his|her) nephews\b|\bnieces\b|\b(says?|said|claims?|claiming|claimed) (that )?(s?he|they) (is|are|was) (a|an|her|his|their) (cousin|niece|nephew|relative|aunt|uncle|husband|wife)\b|\bclaim(s|ing|ed)? to be (her|his|their) (husband|wife|uncle|aunt|cousin|relative|father|mother|dad|mum)\b|\bdifferent (adults?|men|women|people|carers?|man|woman) (each|every) time\b/,
  ],
  ['gang', /\bgangs?\b|\btrap house\b|\bhold(ing)? (packages|parcels|drugs)\b|\bolder boys\b|\bcounty ?lines?\b/],
  [
    'fear',
    /\b(scared|terrified|afraid|frightened|petrified|shaking|trembling)\b|\bknows? where (s?he|they|you) (lives?|is|are)\b|\bthreat\w*|\bcurse\b|\bspirits?\b|\bjuju\b/,
  ],
];

/** The distinct signs of a child's situation told in a message (see SIGNALS). */
export function situationSignals(text: string): Set<string> {
  const raw = ` ${text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"')} `;
  const out = new Set<string>();
  for (const [name, re] of SIGNALS) if (re.test(raw)) out.add(name);
  return out;
}

/** Words that say nothing about the topic: they neither find an entry nor count against one. */
export const STOP_WORDS = new Set(
  (
    'a about after again all also am an and any anyone are as at be been before being but by can cant could did do does doing dont ' +
    'for from get got had has have having he her here him his how i id if im in into is isnt it its ive just know let like me might ' +
    'more most much must my need needs no not now of off ok on one or our out over please really right say says she should so some ' +
    'someone something still sure tell than thanks that thats the their them then there these they thing things this those to too u ' +
    'up us very want wanted was way we were what whats when where which while who whom whose why will with would wondering you your ' +
    'hi hello hey quick question asap pls plz mean means meant re ur ill ' +
    'doesnt dont isnt didnt wasnt werent arent hasnt havent shouldnt wouldnt couldnt shes hes theyre youre theres ' +
    'many actually usually basically currently ' +
    'think thought tip tips made make last week let told says said saying wants keep keeps getting gets ok okay yeah etc eg ie ' +
    'take takes taking took'
  ).split(/\s+/),
);

/** Lowercase, unify quotes and fold synonyms into canonical terms. */
export function canonicalise(text: string): string {
  let s = ` ${text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"')} `;
  for (const [re, canon] of PHRASES) s = s.replace(re, ` ${canon} `).replace(/ {2,}/g, ' ');
  return s;
}

/** A light English stemmer: enough to fold plurals and common verb endings. */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'/g, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  // "prosecution" / "prosecuted", "protection" / "protected", "suggestion" / "suggest"
  if (/[^s](ut|ct|pt|st)ion$/.test(w) && w.length > 7) return w.slice(0, -3);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  // "begging" → "begg" → "beg", "stopped" → "stop"
  if (w.length > 3 && /([b-df-hj-kmnp-rtv-z])\1$/.test(w) && w !== word) w = w.slice(0, -1);
  return w;
}

/** Text → the terms we index and search: canonical, stop words dropped, stemmed. */
export function terms(text: string): string[] {
  return canonicalise(text)
    .split(/[^a-z0-9§]+/)
    .filter((t) => t.length > 1 && !STOP_WORDS.has(t))
    .map(stem)
    .filter((t) => t.length > 1);
}

/**
 * Everyday words that mean something particular here but are common in office chat ("holiday",
 * "line", "team", "call"...), and "child", which every question here is about. They count as matched
 * words, but an answer also needs at least one matched word outside this set (an anchor).
 */
export const GENERIC_TERMS: ReadonlySet<string> = new Set(
  terms(
    'child holiday line phone call number team meeting meet time day week month year today tomorrow work home office report ' +
      'back next staff update system submit book leave score centre claim change new good best room send email list find use start read place',
  ),
);

/**
 * Everyday words that carry no topic but are not stop words (people, places, times, common verbs
 * and adjectives). A question told as a story is full of them: they do not count against an entry's
 * coverage, and a word here the base never uses is not taken as a sign the question is off-topic.
 * They still find entries that use them.
 */
export const EVERYDAY_TERMS: ReadonlySet<string> = new Set(
  terms(
    'lady ladies woman women guy guys bloke lad lads person people friend friends mate colleague colleagues someone anybody everyone ' +
      'suppose supposed seem seems seemed appear appears appeared try tried trying happen happened happening go going went gone come came ' +
      'coming take took taken give gave given see saw seen look looks looked ask asked asking feel felt worry worried worrying notice noticed ' +
      'help helped find found put tell told bring brought leave left stay stayed stays live lives lived living turn turned start started ' +
      'always never often sometimes every lots loads lot bit little big small flash nice bad weird strange odd funny fine okay good ' +
      'house flat street shop area town city place places estate road building outside inside around today yesterday tomorrow tonight ' +
      'morning night week weeks month months year years recently lately ago since until pm am times ' +
      'scheme mentoring club session group member members project service services team here there yes able unable sort kind ' +
      'whole part parts full exactly basically literally apparently probably maybe perhaps definitely already soon later first second ' +
      'rule rules policy policies process guidance overview summary basics explain explanation thousands hundreds grand mine yours ours theirs himself herself themselves myself yourself own else other others another same different several few nationality reach reached stuff bits pays cost costs dead week weeks',
  ),
);

/** The term that topics outside PG47 are folded into (see PHRASES). */
export const OUT_OF_SCOPE = stem('outofscope');
