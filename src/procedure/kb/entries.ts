// The knowledge base: questions practitioners ask about PG47, answered in our own words.
// Facts (numbers, timescales, phone numbers) are exact; every answer cites where it comes from.
// Statutory facts newer than PG47 follow docs/product.md ("Current statutory facts").
import { KbEntriesSchema, type KbEntry, type KbEntryInput } from './types.js';

const raw: KbEntryInput[] = [
  // ---- First steps -------------------------------------------------------------------------
  {
    id: 'what-to-do-first',
    question: 'I think a child may have been trafficked. What do I do now?',
    alt: [
      'who to report modern slavery or trafficking to',
      'who do I contact about a trafficking concern',
      'tell my safeguarding lead or call social care',
      'a child is working for a family instead of going to school',
      'a girl is taken to hotels by adults',
      'a child told me something worrying',
      'worried about a young person I work with',
      'child seems to be controlled by an adult',
      'suspect trafficking next steps',
      'worried a child is being exploited',
      'concerned about a child, where do I start',
      'first thing to do',
      'what is the process to follow',
      'procedure for suspected trafficking',
      'who to report concerns to',
    ],
    answer:
      "If the child is in immediate danger, call 999. Otherwise do not wait for the child to tell you: contact Children's Social Care for the area where the child lives, by phone first, then confirm in writing within 48 hours. Tell your safeguarding lead. If you are a first responder (e.g. the local authority or police), refer to the NRM and, in London, to the ICTG service at the same time. Act fast: children can go missing within hours. Type refer to be walked through it step by step.",
    sources: ['PG47 §13', 'PG47 §14', 'PG47 §13.2', 'Monitoring report §6.1'],
    see: ['who-to-refer-to', 'nrm-who-refers', 'golden-hour'],
  },
  {
    id: 'immediate-danger',
    situation: true,
    question: 'What if the child is in immediate danger?',
    alt: [
      'child with adults in a hotel right now',
      'happening now',
      'child at risk tonight',
      'emergency right now',
      'child at risk tonight',
      'urgent danger call police',
      '999',
      'unsafe to go home',
    ],
    answer:
      "Call 999. The police can use their powers of protection to take a child somewhere safe at once, and the local authority can apply for an Emergency Protection Order where there is reasonable cause to believe the child is suffering, or is likely to suffer, significant harm. Then make the referral to Children's Social Care.",
    sources: ['PG47 §13.3 b', 'PG47 §14'],
    see: ['epo-police-protection', 'what-to-do-first'],
  },
  {
    id: 'who-to-refer-to',
    question: 'Which local authority do I refer the child to?',
    alt: [
      'child lives in one borough and goes to school in another',
      'whose MASH or front door to contact',
      'which borough',
      'which council is responsible',
      'child lives in another borough',
      'where to send referral',
      'who do I contact',
    ],
    answer:
      "Contact Children's Social Care for the borough where the child lives now. If the concern comes up at a port of entry, contact the Children's Social Care serving the port without delay; for immigration officers the relevant area is the address where the child plans to live once allowed in. Type contacts to find a London borough's numbers.",
    sources: ['PG47 §13', 'PG47 §14'],
    see: ['how-to-refer', 'port-of-entry', 'out-of-hours'],
  },
  {
    id: 'how-to-refer',
    question: "How do I make a referral to Children's Social Care?",
    alt: [
      'put the referral in writing',
      'written referral',
      'making a referral',
      'verbal referral then written',
      'referral form',
      'phone social care then put in writing',
      '48 hours written referral',
    ],
    answer:
      "Phone first (a verbal referral), then send a written referral within 48 hours. Give what you know about your concern and why you think the child may be trafficked. Under Working Together 2023, Children's Social Care should acknowledge the referral and decide on next steps within 1 working day. Never post a child's name or address in a chat.",
    sources: ['PG47 §14', 'Working Together 2023'],
    see: ['who-to-refer-to', 'told-outcome', 'wt-timescales'],
  },
  {
    id: 'out-of-hours',
    question: 'Who do I call out of hours or at the weekend?',
    alt: ['evening night weekend bank holiday', 'emergency duty team', 'after 5pm', 'social care closed'],
    answer:
      "Every local authority has an out-of-hours (emergency duty) Children's Social Care service: type contacts and pick the borough. The ICTG assessment line 0800 043 4303 runs 24/7 for advice on ICTG referrals. If the child is in immediate danger, call 999.",
    sources: ['PG47 §13', 'PG47 §13.2'],
    see: ['national-lines', 'ictg-number'],
  },
  {
    id: 'national-lines',
    question: 'What are the national helpline numbers?',
    alt: ['helplines', 'NSPCC number', 'modern slavery helpline number', 'police non-emergency 101', 'useful numbers'],
    answer:
      'Police: 999 in an emergency, 101 otherwise. NSPCC helpline: 0808 800 5000. Modern Slavery & Exploitation Helpline: 08000 121 700 (24/7). ICTG 24/7 assessment line: 0800 043 4303.',
    sources: ['National helplines', 'PG47 §13.2'],
    see: ['ictg-number', 'out-of-hours'],
  },
  {
    id: 'no-disclosure-needed',
    question: 'Should I wait until the child tells me before I act?',
    alt: [
      'unsure whether it is trafficking, refer anyway',
      'not certain, should I still act',
      'child will not talk',
      'no disclosure yet',
      'need proof first',
      'not sure enough to refer',
      'child denies anything wrong',
    ],
    answer:
      "No. Act at the first sign of concern and contact Children's Social Care; a full disclosure may never come. Trafficked children are often coached with a story and fear their traffickers or being deported, so they may stick to that story for a long time. More usually comes out later, and assessments should change when it does.",
    sources: ['Monitoring report §4.8.3', 'Monitoring report §4.8.2', 'Evidence to Parliament 2010'],
    see: ['why-no-disclosure', 'one-indicator-enough'],
  },
  {
    id: 'why-no-disclosure',
    question: "Why won't a trafficked child tell anyone what happened?",
    alt: ['child keeps repeating same story', 'coached story', 'scared to talk', 'lying about age or family'],
    answer:
      'Most do not know what trafficking is, are frightened of the traffickers (sometimes through threats or juju), or believe they came for a better life. Many are told a story to give the authorities and warned that saying more will get them deported. They usually stick to their account until they feel safe, which can take months.',
    sources: ['Evidence to Parliament 2010', 'PG47 §8', 'PG47 §13.4', 'Monitoring report §4.8.2'],
    see: ['building-trust', 'control-methods'],
  },

  // ---- Definitions §2–3 ----------------------------------------------------------------------
  {
    id: 'what-is-trafficking',
    question: 'What is child trafficking?',
    alt: ['definition of trafficking', 'Palermo Protocol', 'meaning of trafficked child', 'what counts as trafficking'],
    answer:
      'Recruiting, transporting, transferring, harbouring or receiving a child for the purpose of exploitation. For a child, no force, threat or deception is needed: any child moved for exploitation is a victim of trafficking (the Palermo Protocol, 2000). It can happen into, out of or within the UK.',
    sources: ['PG47 §2.1', 'PG47 §3.1', 'PG47 §13.2'],
    see: ['trafficking-vs-smuggling', 'child-consent', 'internal-trafficking'],
  },
  {
    id: 'trafficking-vs-smuggling',
    question: 'What is the difference between trafficking and smuggling?',
    alt: ['smuggled or trafficked', 'paid an agent to come', 'people smuggling', 'facilitated entry'],
    answer:
      'In smuggling, people pay someone to help them enter a country illegally and the relationship ends on arrival. In trafficking, the person is coerced or deceived and, on arrival, is controlled and exploited. A child who was smuggled can still be trafficked, and for a child no deception is needed. If in doubt, treat it as possible trafficking.',
    sources: ['PG47 §3.1'],
    see: ['what-is-trafficking', 'child-consent'],
  },
  {
    id: 'child-consent',
    question: 'Can a child agree to being moved or exploited?',
    alt: [
      'child consented to being exploited',
      'child says they came willingly',
      'child wanted to come',
      'parents agreed to send the child',
      'willing victim',
    ],
    answer:
      'No. A child cannot give informed consent to their own exploitation, so any child moved for exploitation is a trafficking victim whether or not they were deceived. A child may seem to go along with it willingly, believing it is what their parents want.',
    sources: ['PG47 §3.1'],
    see: ['what-is-trafficking'],
  },
  {
    id: 'internal-trafficking',
    question: 'Can a British child be trafficked inside the UK?',
    alt: [
      'moved from one UK town or city to another',
      'trafficked from one part of the UK to another',
      'UK national victim',
      'moved between cities',
      'trafficked within the country',
      'domestic trafficking',
    ],
    answer:
      'Yes. Victims can be of any nationality, including British children moved around the UK for sexual exploitation or to carry drugs. They can be referred to the NRM like any other child.',
    sources: ['PG47 §13.2', 'Southwark scrutiny'],
    see: ['county-lines', 'cse-cce'],
  },
  {
    id: 'county-lines',
    situation: true,
    question: 'What is county lines?',
    alt: [
      'sent from London to another uktown with drugs',
      'made to hold or carry drugs for a gang',
      'sent to another town to sell drugs',
      'goes out of town with older lads and comes back with money',
      'drug running',
      'drug gangs using children',
      'selling drugs in other towns',
      'child drug runner',
      'going country',
    ],
    answer:
      "Gangs using children and vulnerable young people to carry and sell drugs, often moving them from cities to towns elsewhere. It is criminal exploitation and can be trafficking, even for British children. Repeated missing episodes are a warning sign. Treat the child as a victim, refer to Children's Social Care and consider an NRM referral.",
    sources: ['Southwark scrutiny', 'PG47 §13.2', 'PG47 §5'],
    see: ['cse-cce', 'internal-trafficking', 'cannabis-farm'],
  },
  {
    id: 'cse-cce',
    question: 'How does trafficking relate to CSE and criminal exploitation?',
    alt: [
      'overlap exploitation types',
      'CSE and CCE definition',
      'difference between CSE, CCE and trafficking',
      'child sexual exploitation and trafficking',
      'exploitation lead',
      'multiple forms of exploitation',
    ],
    answer:
      'They overlap: many children suffer several kinds of exploitation at once. Good practice is one council lead covering child trafficking, child sexual exploitation and criminal exploitation, and exploitation sub-groups that look across CSE, county lines and modern slavery together.',
    sources: ['Southwark scrutiny'],
    see: ['county-lines', 'lead-coordinator'],
  },
  {
    id: 'cannabis-farm',
    situation: true,
    question: 'A child was found in a cannabis farm: victim or offender?',
    alt: ['cannabis factory', 'child arrested working in grow house', 'forced to commit crime', 'nail bar car wash'],
    answer:
      "Treat the child as a possible victim first. Trafficking is a child protection issue, not only a criminal or immigration one: children are trafficked for cannabis farming, drug dealing, theft and fraud. Refer to Children's Social Care and consider an NRM referral. Car washes and nail bars are other places where exploited labour is found.",
    sources: ['Monitoring report §5.6', 'PG47 §5', 'Southwark scrutiny'],
    see: ['county-lines', 'forms-of-exploitation'],
  },

  // ---- How trafficking happens §4–8 ------------------------------------------------------------
  {
    id: 'recruitment',
    question: 'How do traffickers recruit children?',
    alt: [
      'how traffickers target children',
      'lured with promises of school or work',
      'how victims are found',
      'how children get trafficked',
      'lure target approach groom victims',
      'promised school or a job',
      'parents persuaded',
      'kidnapped abducted',
      'false documents',
    ],
    answer:
      'A few are abducted, but most are tricked: the child is promised education or a respectable job (restaurants, domestic work), or the parents are persuaded the child will have a better life. Many travel on false papers; otherwise the traffickers often throw their identity papers away.',
    sources: ['PG47 §4'],
    see: ['vulnerability-factors', 'trafficking-phases'],
  },
  {
    id: 'forms-of-exploitation',
    question: 'What are children trafficked and exploited for?',
    alt: [
      'are boys and girls both exploited, gender',
      'which industries and kinds of work children are forced into',
      'types of exploitation',
      'what are trafficked children used for',
      'domestic servitude sex work',
      'begging pickpocketing benefit fraud',
      'why do people traffic children',
    ],
    answer:
      'Mostly for money. Children are used for sex work, domestic servitude, sweatshop and restaurant work, drug dealing, credit card and benefit fraud, begging or pickpocketing, as drug mules, for forced marriage, and in rare cases for organ trade or ritual killing. Traffickers may be organised gangs or individuals.',
    sources: ['PG47 §5'],
    see: ['exploitation-by-age', 'forced-marriage'],
  },
  {
    id: 'exploitation-by-age',
    question: 'Are younger children and teenagers exploited differently?',
    alt: ['young children begging', 'teenagers domestic servitude', 'age groups', 'little children used for fraud'],
    answer:
      'Often yes. Younger children are often trafficked to beg, steal or for benefit fraud. Teenagers are often trafficked for domestic servitude, sexual exploitation and forced marriage.',
    sources: ['PG47 §5'],
    see: ['forms-of-exploitation', 'indicators-under-ten'],
  },
  {
    id: 'forced-marriage',
    situation: true,
    question: 'Is forced marriage a form of trafficking?',
    alt: ['married against their will', 'forced to marry abroad', 'teenage marriage'],
    answer:
      "It can be: forced marriage is one of the purposes children are trafficked for, mostly teenagers. PG47 notes 240 reported UK cases in 2000–2, with the unwilling partner male in 15% of them. Refer to Children's Social Care as for any trafficking concern.",
    sources: ['PG47 §5'],
    see: ['forms-of-exploitation'],
  },
  {
    id: 'vulnerability-factors',
    question: 'What makes children vulnerable to trafficking in their home country?',
    alt: ['root causes', 'poverty', 'why is trafficking possible', 'risk factors abroad'],
    answer:
      'Poverty above all; lack of education; discrimination by gender or ethnicity; cultural attitudes (e.g. bonded labour); family breakdown, abuse or neglect; war and economic upheaval; and weak local laws or poor enforcement.',
    sources: ['PG47 §6'],
    see: ['recruitment'],
  },
  {
    id: 'arrival-routes',
    question: 'How are children brought into the UK?',
    alt: [
      'how children enter the UK',
      'brought into the country with an adult',
      'accompanied or unaccompanied',
      'routes into London and the UK',
      'which ports airports',
      'Gatwick Dover Luton Stansted',
      'adult claiming to be parent',
    ],
    answer:
      "Either with adults (who may claim to be a parent or to have the parents' permission) or alone, often claiming asylum. Some groups never approach the authorities. Children have come to London via Gatwick and Dover, and as checks improved traffickers turned to smaller ports such as Luton and Stansted. Some children register at school for a term, then disappear, possibly moved on to Europe.",
    sources: ['PG47 §7'],
    see: ['port-of-entry', 'schools'],
  },
  {
    id: 'trafficking-phases',
    question: 'What are the stages of trafficking?',
    alt: ['recruitment transit destination', 'phases of the trafficking process', 'criminal network roles'],
    answer:
      'Three phases: recruitment, transit and destination. Traffickers can be a well-organised criminal network or individuals helping with one stage only, such as false documents, transport or a "safe house".',
    sources: ['PG47 §7.1'],
    see: ['recruitment', 'arrival-routes'],
  },
  {
    id: 'home-office-s55',
    question: 'What duty does the Home Office have towards children?',
    alt: ['section 55 Borders Citizenship and Immigration Act 2009', 'UKVI and Immigration Enforcement', 'immigration welfare duty'],
    answer:
      "Section 55 of the Borders, Citizenship and Immigration Act 2009 (in force 2 November 2009) requires the Home Office to safeguard and promote children's welfare in its immigration, nationality and customs work. Since 1 April 2013 that work is split between UK Visas and Immigration (visas, asylum, appeals) and Immigration Enforcement (offences, detention, removals).",
    sources: ['PG47 §7.1'],
    see: ['home-office-check', 'chasing-feedback'],
  },
  {
    id: 'control-methods',
    question: 'How do traffickers keep control of a child?',
    alt: [
      'how traffickers keep children silent',
      'threats, curses and rituals to frighten the child',
      'traffickers took the passport',
      'threatened with a curse',
      'kept locked in',
      'told they owe money for the journey',
      'juju voodoo threats',
      'debt bondage owes money',
      'passport taken away',
      'locked in isolated',
      'threats to family',
    ],
    answer:
      'By fear and dependency: voodoo or juju rituals to scare the child into silence, taking their documents, threats to report them to the authorities, violence or threats against them or their family, keeping them isolated or locked in, a "debt" for travel and keep that can never be paid off, and keeping them without money.',
    sources: ['PG47 §8'],
    see: ['why-no-disclosure', 'risk-indicators'],
  },

  // ---- Impact §9 ----------------------------------------------------------------------------
  {
    id: 'impact-physical',
    question: 'What physical harm do trafficked children suffer?',
    alt: [
      'illness and injuries',
      'medical needs of trafficked children',
      'health problems',
      'injuries STI HIV pregnancy',
      'drug and alcohol dependency',
      'beatings neglect',
    ],
    answer:
      'Beatings and rape, food and sensory deprivation, untreated illness and injury, sexually transmitted infections including HIV, early pregnancy, skin diseases, migraine and back pain. Some are kept compliant with drugs and become dependent; alcohol addiction is common. They usually also lose their education.',
    sources: ['PG47 §9', 'PG47 §9.1'],
    see: ['impact-psychological', 'support-services'],
  },
  {
    id: 'impact-psychological',
    question: 'What is the psychological impact of trafficking?',
    alt: [
      'mental health effects',
      'trauma nightmares flashbacks',
      'trauma',
      'emotional and behavioural signs',
      'PTSD flashbacks nightmares',
      'emotional harm',
      'depression suicidal',
      'mental health effects',
    ],
    answer:
      'Disorientation and loss of identity, fear of the traffickers and of being discovered, loss of trust in adults, post-traumatic stress (flashbacks, nightmares, anxiety), poor concentration, anger or withdrawal, very low self-esteem, depression and suicidal thoughts, and dependent relationships with their abusers.',
    sources: ['PG47 §9.2'],
    see: ['support-services', 'building-trust'],
  },

  // ---- Identifying §10 -----------------------------------------------------------------------
  {
    id: 'whose-job-to-identify',
    question: 'Whose job is it to spot a trafficked child?',
    alt: ['every practitioner', 'all agencies responsibility', 'not my role', 'volunteer noticing signs'],
    answer:
      "Everyone's. Any practitioner or volunteer who meets children should be able to recognise the signs and act. Trafficked children are protected by the Children Act 1989 and are owed the same standard of care as any other child. Spotting it can be the intervention that breaks the cycle of exploitation.",
    sources: ['PG47 §10'],
    see: ['risk-indicators', 'what-to-do-first'],
  },
  {
    id: 'risk-indicators',
    question: 'What are the signs that a child may have been trafficked?',
    alt: [
      'warning signs and red flags to look out for',
      'what would make you suspect trafficking',
      'has a mobile phone but no money',
      'older boyfriend drives her around',
      'picked up by an older man in a car',
      'hands their wages to an adult',
      'has to pay off a debt for the journey',
      'not allowed out on their own',
      'someone else holds their passport',
      'an adult speaks for the child',
      'sexually transmitted infection',
      'expensive gifts and new clothes',
      'begs for money',
      'works in different places',
      'risk indicators',
      'warning signs red flags',
      'hands over the money they earn',
      'made to earn money for an adult',
      'how to spot trafficking',
      'checklist of indicators',
    ],
    answer:
      'Examples: a phone but no money; driven around by an older male or "boyfriend"; withdrawn; signs of sexual or physical abuse; unexplained moves and missing periods; must earn a set amount daily or pay off a debt; hands over earnings; no control of their own documents or false papers; cared for by adults who are not parents; not in school or registered with a GP; very afraid of deportation. Type indicators for the full checklist.',
    sources: ['PG47 §10.1'],
    see: ['one-indicator-enough', 'adult-indicators', 'risk-matrix'],
  },
  {
    id: 'adult-indicators',
    question: 'What signs about the adults around a child suggest trafficking?',
    alt: [
      'warning signs in the adults caring for the child',
      'signs about the carer or sponsor',
      'carer sponsor guarantor',
      'visa applications for many children',
      'adult controlling the child',
    ],
    answer:
      'Watch for an adult who has applied for visas for many others or acts as guarantor on other visa applications, or whose past visitors did not go home when their visas ran out. Also a poor relationship between the child and carers who are not their parents, and no adult able to say who is responsible for the child.',
    sources: ['PG47 §10.1'],
    see: ['risk-indicators', 'private-fostering'],
  },
  {
    id: 'one-indicator-enough',
    question: 'How many indicators do I need before I act?',
    alt: [
      'how many signs before I refer',
      'how many indicators are needed',
      'just one sign',
      'score threshold',
      'only one sign',
      'enough to refer',
      'how sure must I be',
    ],
    answer:
      "There is no score or threshold. One indicator is enough to talk to Children's Social Care; do not wait for more signs or a disclosure. Indicators suggest, they do not prove: the assessment decides.",
    sources: ['PG47 §10.1', 'Monitoring report §4.8.3'],
    see: ['risk-indicators', 'no-disclosure-needed'],
  },
  {
    id: 'indicators-under-ten',
    question: 'Do the risk indicators work for young children?',
    alt: [
      'signs of trafficking in a young child or toddler',
      'indicators for a child under ten',
      'under ten years old',
      'children aged under 10',
      'do indicators apply to younger children',
      'babies toddlers primary school',
      'small children trafficked',
    ],
    answer:
      'Be careful: the indicators may not fit children under ten, and negative NRM decisions have mostly concerned younger children. Rely on the wider safeguarding picture, and refer on any concern.',
    sources: ['Monitoring report §4.4.2'],
    see: ['risk-indicators', 'exploitation-by-age'],
  },
  {
    id: 'risk-matrix',
    question: 'What is the risk matrix?',
    alt: ['risk assessment matrix', 'indicator matrix toolkit', 'trafficking assessment form', 'London toolkit tools'],
    answer:
      'The risk indicator matrix from the London trafficked children toolkit: the tool practitioners found most useful, quick to apply by teams who see trafficking rarely. It flags concern; it is not the full trafficking assessment. Type indicators to use the checklist here.',
    sources: ['Monitoring report §4.4.1', 'Monitoring report §4.5.4'],
    see: ['risk-indicators', 'initial-assessment-7-days'],
  },

  // ---- Ports §11, children in the country §12 ------------------------------------------------
  {
    id: 'port-of-entry',
    situation: true,
    question: 'What happens when concerns arise at a port or airport?',
    alt: [
      'child at the airport with an adult who is not a parent',
      'arrived alone at an airport',
      'border force finds a child',
      'Heathrow Gatwick arrival',
      'Border Force airport immigration',
      'immigration officer at the border',
      'child stopped at border',
      'port of entry',
    ],
    answer:
      "The immigration service should contact Children's Social Care for the area serving the port without delay. Frontline Home Office guidance covers immigration and arrivals, alongside the statutory guidance on identifying and supporting victims of modern slavery.",
    sources: ['PG47 §11', 'PG47 §14', 'PG47 §13'],
    see: ['who-to-refer-to', 'police-paladin'],
  },
  {
    id: 'community-public',
    question: 'What can neighbours and community groups do?',
    alt: [
      'neighbours worried about a child next door',
      'members of the public',
      'member of the public concern',
      'how the public can help spot trafficking',
      'invisible children',
      'faith group worried',
      'raise awareness community',
    ],
    answer:
      "Most trafficked children are invisible to services: never in school or with a GP, or they vanish before anyone asks. Protecting them depends on neighbours, community groups and the public noticing and telling Children's Social Care or the police. Local partnerships should run awareness campaigns and explain how to raise a concern.",
    sources: ['PG47 §12.1', 'PG47 §12.9'],
    see: ['what-to-do-first', 'lscp'],
  },
  {
    id: 'private-fostering',
    situation: true,
    question: 'What is private fostering?',
    alt: [
      'child living with a friend or neighbour who is not a close relative',
      'definition of private fostering',
      'living with a family friend',
      'staying with someone who is not a parent',
      'not with parents',
      'close relative definition',
      '28 days',
    ],
    answer:
      "A child under 16 (under 18 if disabled) cared for more than 28 days by someone who is not a close relative, guardian or person with parental responsibility. Close relatives are parents, step-parents, siblings, a parent's siblings (aunts and uncles) and grandparents. Unnotified private fostering is a way traffickers hide children.",
    sources: ['PG47 §12.2'],
    see: ['private-fostering-notify', 'private-fostering-concern'],
  },
  {
    id: 'private-fostering-notify',
    question: 'Who must tell the council about private fostering, and when?',
    alt: ['notification deadline', 'inform local authority of arrangement', 'notify within 48 hours'],
    answer:
      'The parents and the carers must notify the local authority, preferably before the child arrives and at the latest within 48 hours of the child arriving to stay. Few do, so staff in every agency should encourage notification.',
    sources: ['PG47 §12.2'],
    see: ['private-fostering', 'private-fostering-concern'],
  },
  {
    id: 'private-fostering-concern',
    situation: true,
    question: 'What if I think a privately fostered child is being trafficked?',
    alt: [
      'concern about private foster carer',
      'privately fostered child exploited',
      'forced labour in a private foster home',
      'council duties private fostering',
    ],
    answer:
      "Contact Children's Social Care. They can investigate under their private fostering duties: identify the arrangement, inspect the home, assess whether it suits the child, visit the child regularly and keep records.",
    sources: ['PG47 §12.2'],
    see: ['private-fostering', 'adult-indicators'],
  },
  {
    id: 'unaccompanied-not-known',
    situation: true,
    question: 'I work with an unaccompanied child not known to social care. What now?',
    alt: [
      'came to the UK on their own',
      'arrived alone and no social worker',
      'child arrived alone',
      'no contact with social services',
      'accompanied child welfare concern',
      'all agencies',
    ],
    answer:
      "Follow your agency's safeguarding procedure; it will lead you to contact the local Children's Social Care. Do this for a child who arrived alone and is not known to them, and for an accompanied child whose welfare or safety worries you.",
    sources: ['PG47 §12.3', 'PG47 §12.4'],
    see: ['unaccompanied-potential-victim', 'who-to-refer-to'],
  },
  {
    id: 'csc-role',
    question: "What is Children's Social Care responsible for?",
    alt: ['local authority duties', 'social care duties in trafficking cases', 'role of social services', 'assessment and section 47 duty'],
    answer:
      'Helping every unaccompanied child, and children who came with their parents where there are worries about their welfare or safety: receiving referrals, gathering information, assessing and, where appropriate, starting a s.47 enquiry. As a first responder the local authority also refers to the NRM.',
    sources: ['PG47 §12.4', 'PG47 §13.2'],
    see: ['info-gathering', 'four-ways-forward'],
  },
  {
    id: 'health-services',
    question: 'What should health staff look out for?',
    alt: ['A&E walk-in centre GUM clinic', 'nurse receptionist signs', 'hospital trafficking', 'doctor concern'],
    answer:
      'Trafficked children are more often seen in A&E, walk-in centres, minor injury units and sexual health (GUM) clinics than by GPs. Reception staff should notice inconsistent addresses, deliberate vagueness, and carers who cannot give next of kin or phone numbers.',
    sources: ['PG47 §12.5'],
    see: ['holiday-addresses', 'risk-indicators'],
  },
  {
    id: 'holiday-addresses',
    question: 'Why record both the UK address and the home address abroad?',
    alt: [
      'rapid turnover of children at one address',
      'children moving in and out of a flat',
      'holiday address',
      'many children at one address',
      'health visitor turnover of children',
      'resident overseas',
    ],
    answer:
      'When a child is said to live abroad, record the current UK "holiday" address and the home address overseas. Patterns can then show many different children moving in and out of one address. Health visitors and nurses following up visits should watch for that turnover too.',
    sources: ['PG47 §12.5'],
    see: ['health-services'],
  },
  {
    id: 'schools',
    question: 'What should schools look out for?',
    alt: ['teacher concern', 'pupil registered then left', 'school admissions', 'education services'],
    answer:
      'A child registered for a term or so and then moved elsewhere in the UK or abroad: watch for that pattern of registration and removal, especially but not only near ports. Check the documents given at admission, and treat a pupil who goes missing from school as possibly trafficked.',
    sources: ['PG47 §12.6', 'PG47 §13.1'],
    see: ['missing-from-school', 'checking-documents'],
  },
  {
    id: 'missing-from-school',
    situation: true,
    question: 'A pupil has stopped coming to school. Could it be trafficking?',
    alt: ['child missing from education', 'left school without notice', 'family disappeared', 'absent pupil'],
    answer:
      "It could. Trafficked children are especially likely to go missing from education, and some are only noticed when they leave suddenly and no one is found at the home address. Follow the London guidance on children missing from school and contact Children's Social Care.",
    sources: ['PG47 §12.6', 'PG47 §12.1', 'PG47 §16.2'],
    see: ['schools', 'missing-child'],
  },
  {
    id: 'asylum-team',
    question: 'What does the local authority asylum team do?',
    alt: ['asylum team role', 'refugee team', 'migrant families no other concerns'],
    answer:
      "Asylum teams work with families, single adults and unaccompanied young people whose only issue is their migrant status. A local protocol should say how other teams and agencies work with them. Trafficking concerns are child protection and go to Children's Social Care.",
    sources: ['PG47 §12.7', 'Monitoring report §5.3'],
    see: ['uasc'],
  },
  {
    id: 'police-paladin',
    question: 'What does the Met Police Paladin team do?',
    alt: ['police role', 'Paladin', 'police and immigration officers team', 'Child Abuse Investigation Team'],
    answer:
      'Paladin is a Metropolitan Police team of police and immigration officers specialising in safeguarding children, based at Heathrow, with a limited service to the Asylum Screening Unit and the Eurostar terminal. It works to prevent child trafficking across London, can investigate some offences, and advises Child Abuse Investigation Teams (CAIT).',
    sources: ['PG47 §12.8'],
    see: ['interview-decision', 'who-prosecutes'],
  },
  {
    id: 'lscp',
    question: 'What should the Local Safeguarding Children Partnership do?',
    alt: ['LSCP role', 'safeguarding partnership', 'training and protocols', 'detention centre'],
    answer:
      'Have a multi-agency strategy and protocols to identify potential victims early and notify the right agencies; train staff to recognise trafficking and work together; link with community groups and raise awareness; and, where there is a detention or removal centre, work closely with it to protect the children there.',
    sources: ['PG47 §12.9'],
    see: ['training', 'community-public'],
  },
  {
    id: 'training',
    question: 'Where can I get training on child trafficking?',
    alt: [
      'ECPAT UK training programme',
      'multi-agency trafficking training courses',
      'learn about trafficking',
      'course',
      'awareness session for staff',
    ],
    answer:
      'Ask your Local Safeguarding Children Partnership: it should offer multi-agency training on recognising trafficked children and working together. Frontline services that see children first (housing, education, A&E) were found to need it most.',
    sources: ['PG47 §12.9', 'Monitoring report §3.2.5'],
    see: ['lscp'],
  },
  {
    id: 'refugee-council-panel',
    question: "What does the Refugee Council Children's Panel do?",
    alt: ["Children's Panel advisers", 'advisers for asylum seeking children', 'Brixton drop-in'],
    answer:
      'About 30 advisers support unaccompanied asylum-seeking children across the country: help finding good legal representation, guidance through the asylum process, going with them to interviews, hearings and appointments, and building a support network. There is a drop-in in Brixton. Advisers may spot and refer trafficked children.',
    sources: ['PG47 §12.10'],
    see: ['uasc', 'legal-advice'],
  },

  // ---- Referral §13, information gathering §13.1 ---------------------------------------------
  {
    id: 'info-gathering',
    question: 'What information does the social worker gather after a referral?',
    alt: ['details from referrer', 'information gathering stage', 'verify address', 'what will social care ask me'],
    answer:
      "As much as possible from the referrer: the child's details and carer, contact numbers, country of origin, home language and English, and any siblings or other children. The social worker checks as soon as possible that the child lives at the address, gets the admission documents from a school, and runs a Home Office check. Those details go on the referral, never into this chat.",
    sources: ['PG47 §13.1'],
    see: ['home-office-check', 'four-ways-forward'],
  },
  {
    id: 'home-office-check',
    question: 'What is a Home Office check?',
    alt: ['immigration status check', 'status of child and carers', 'UKBA check'],
    answer:
      "A check with the Home Office to clarify the immigration status of the child and of the adults caring for them. Children's Social Care does it during information gathering.",
    sources: ['PG47 §13.1'],
    see: ['info-gathering', 'checking-documents'],
  },

  // ---- NRM §13.2 -----------------------------------------------------------------------------
  {
    id: 'nrm-what',
    question: 'What is the National Referral Mechanism?',
    alt: [
      'NRM explained',
      'role of the NRM and what it does for a child',
      'NRM definition',
      'framework for identifying victims',
      'modern slavery referral system',
    ],
    answer:
      "The UK's framework for identifying and supporting victims of modern slavery, including trafficking. A first responder refers the child; the Single Competent Authority in the Home Office (or a devolved panel) decides whether they are a victim. The NRM runs alongside child protection, it does not replace it.",
    sources: ['PG47 §13.2', 'PG47 §10.1'],
    see: ['nrm-who-refers', 'nrm-consent', 'reasonable-grounds'],
  },
  {
    id: 'nrm-who-refers',
    question: 'Who can make an NRM referral for a child?',
    alt: ['first responder organisations', 'can a teacher refer to NRM', "Barnardo's NSPCC first responder", 'who submits the form'],
    answer:
      "Only a first responder: local authorities, the police, parts of the Home Office and named charities such as Barnardo's and the NSPCC. A local authority that identifies a potential victim must refer. If you are a teacher, nurse or other practitioner, refer to Children's Social Care; they make the NRM referral.",
    sources: ['PG47 §13.2', 'Home Office NRM guidance'],
    see: ['nrm-how', 'nrm-consent', 'how-to-refer'],
  },
  {
    id: 'nrm-consent',
    question: "Do I need the child's consent for an NRM referral?",
    alt: ['permission from child', 'child refuses NRM', 'parent consent NRM', 'agree to referral'],
    answer:
      'No. Consent is not needed for a child (it is for adults). Be honest with the child about your worries and why you are referring them.',
    sources: ['PG47 §13.2'],
    see: ['nrm-threshold', 'nrm-how'],
  },
  {
    id: 'nrm-threshold',
    question: 'How much evidence do I need for an NRM referral?',
    alt: ['minimum requirement', 'proof needed', 'threshold for referring', 'not sure it is trafficking'],
    answer:
      'There is no minimum requirement to justify an NRM referral. A suspicion that the child is a potential victim is enough; the decision makers weigh the evidence later.',
    sources: ['PG47 §13.2'],
    see: ['nrm-consent', 'reasonable-grounds'],
  },
  {
    id: 'nrm-how',
    question: 'How do I submit an NRM referral?',
    alt: ['NRM form online', 'digital referral system', 'Report Modern Slavery GOV.UK', 'where to send NRM'],
    answer:
      'Online, through the Digital Referral System ("Report modern slavery" on GOV.UK), as a first responder. The form first asks you to make sure the local authority is safeguarding the child. Make the ICTG referral at the same time, since all of London is an ICTG area.',
    sources: ['PG47 §13.2', 'Home Office NRM guidance'],
    see: ['ictg-referral', 'duty-to-notify'],
  },
  {
    id: 'nrm-and-child-protection',
    question: 'Does an NRM referral replace child protection procedures?',
    alt: ['NRM instead of safeguarding', 'still need strategy meeting after NRM', 'in tandem'],
    answer:
      'No. The NRM does not replace child protection: follow the usual safeguarding processes (referral, assessment, strategy meeting, s.47) alongside the NRM and ICTG referrals.',
    sources: ['PG47 §13.2'],
    see: ['s47-when', 'nrm-what'],
  },
  {
    id: 'duty-to-notify',
    question: 'What is the Duty to Notify and how is it met for a child?',
    alt: ['DtN', 'notify the Home Office', 'anonymous notification MS1 form'],
    answer:
      'Local authorities must notify the Home Office about potential victims of modern slavery. For a child, the NRM referral itself meets that duty. A child is never reported through the anonymous Duty to Notify route; the full NRM referral is always made.',
    sources: ['PG47 §13.2', 'Home Office NRM guidance'],
    see: ['nrm-how', 'nrm-who-refers'],
  },
  {
    id: 'sca',
    question: 'What is the Single Competent Authority?',
    alt: ['SCA', 'SCA definition', 'who decides NRM', 'competent authority Home Office decision maker'],
    answer:
      "The part of the Home Office that decides NRM referrals: first a reasonable grounds decision, then a conclusive grounds decision. In some areas a devolved child decision-making panel decides children's cases instead.",
    sources: ['PG47 §13.2', 'Home Office NRM guidance'],
    see: ['reasonable-grounds', 'conclusive-grounds', 'devolved-panels'],
  },
  {
    id: 'reasonable-grounds',
    question: 'What is a reasonable grounds decision and how long does it take?',
    alt: ['RG decision timescale', 'first NRM decision', 'how long until we hear'],
    answer:
      'The first NRM decision: are there reasonable grounds to believe the child is a victim of modern slavery? The Single Competent Authority aims to make it within 5 working days of the referral. Share full information with the decision makers so it is well founded.',
    sources: ['Home Office NRM guidance', 'Monitoring report rec 5'],
    see: ['conclusive-grounds', 'recovery-period'],
  },
  {
    id: 'conclusive-grounds',
    question: 'When is the conclusive grounds decision made?',
    alt: ['CG decision', 'final NRM decision', 'how long for final outcome'],
    answer:
      'No sooner than 30 days after the positive reasonable grounds decision. It is the final decision on whether the child is a victim of modern slavery. Keep sending new information while it is pending.',
    sources: ['Home Office NRM guidance'],
    see: ['reasonable-grounds', 'recovery-period', 'chasing-feedback'],
  },
  {
    id: 'recovery-period',
    question: 'How long is the NRM recovery period?',
    alt: ['reflection period 45 days', 'recovery and reflection', 'how many days support'],
    answer:
      'At least 30 days since 13 December 2022 (it was 45 days before, which is the "45-day reflection period" older guidance mentions). It starts with a positive reasonable grounds decision. For a child, support comes through the local authority\'s child protection and care duties throughout.',
    sources: ['Home Office NRM guidance', 'Monitoring report §4.5.6'],
    see: ['conclusive-grounds', 'reasonable-grounds'],
  },
  {
    id: 'devolved-panels',
    question: 'What are devolved child decision-making panels?',
    alt: ['local NRM panel', 'Southwark Bexley pilot', 'devolving decision making for children'],
    answer:
      'Local multi-agency panels that decide NRM cases for children instead of the Single Competent Authority. A pilot began in June 2021; in London, Southwark and Bexley run them, for example. Ask your local authority whether yours has one.',
    sources: ['PG47 §13.2', 'Home Office NRM guidance'],
    see: ['sca', 'reasonable-grounds'],
  },
  {
    id: 'negative-decision',
    question: 'What if the NRM decision is negative?',
    alt: ['not accepted as victim', 'NRM says not a victim', 'negative reasonable grounds', 'NRM refused'],
    answer:
      'Child protection carries on: a negative NRM decision does not end the safeguarding work or the risk. Keep assessing, and be ready to change assessments and share new information as more comes out.',
    sources: ['Monitoring report §9.5.4', 'Monitoring report §4.8.4'],
    see: ['chasing-feedback', 'nrm-and-child-protection'],
  },
  {
    id: 'chasing-feedback',
    question: 'We have heard nothing from the Home Office. What should we do?',
    alt: ['chase competent authority', 'no feedback after NRM referral', 'UKBA not responding', 'follow up decision'],
    answer:
      'Chase it: pilots found feedback slow and often had to follow it up. Ask for case-by-case feedback, invite the competent authority to strategy meetings and case conferences, and send it the outcomes and actions of those meetings so its decisions rest on full information.',
    sources: ['Monitoring report §5.1', 'Monitoring report §9.5.2', 'Monitoring report rec 8'],
    see: ['multi-agency-meetings', 'reasonable-grounds'],
  },

  // ---- ICTG §13.2 ----------------------------------------------------------------------------
  {
    id: 'ictg-what',
    question: 'What is an Independent Child Trafficking Guardian?',
    alt: [
      'who provides the ICTG service',
      'what support does a guardian give',
      'ICTG role',
      'ICTG definition',
      'independent advocate for trafficked child',
      'formerly ICTA',
      "Barnardo's guardian",
    ],
    answer:
      'An independent source of advice for a trafficked child, who speaks up for them and acts in their best interests, helping to prevent further harm, re-trafficking and going missing. ICTGs are independent of the authorities making decisions about the child. They were formerly called Independent Child Trafficking Advocates.',
    sources: ['PG47 §13.2'],
    see: ['ictg-referral', 'ictg-roles', 'ictg-number'],
  },
  {
    id: 'ictg-number',
    question: 'What is the ICTG phone number?',
    alt: ['ICTG assessment line', 'guardian service contact', 'call ICTG'],
    answer:
      "0800 043 4303: the ICTG service's 24/7 assessment line, for advice on referring a child. The referral itself is made on the online ICTG referral form.",
    sources: ['PG47 §13.2'],
    see: ['ictg-referral', 'national-lines'],
  },
  {
    id: 'ictg-referral',
    question: 'When and how do I refer a child to the ICTG service?',
    alt: ['ICTG referral form', 'ICTG area London', 'refer to guardian in parallel'],
    answer:
      'When a first responder considers a child a potential victim and the child is in an ICTG area (all of London is), refer through the online ICTG referral form, in parallel with the NRM referral and on top of the usual safeguarding route.',
    sources: ['PG47 §13.2'],
    see: ['ictg-number', 'nrm-how', 'ictg-meetings'],
  },
  {
    id: 'ictg-roles',
    question: 'What is the difference between an ICTG Direct Worker and an RPC?',
    alt: ['Regional Practice Coordinator', 'direct worker one-to-one', 'parental responsibility in UK'],
    answer:
      'Direct Workers give one-to-one support to children with no one holding parental responsibility for them in the UK, helping them through social care, immigration and criminal justice. Regional Practice Coordinators cover children who do have someone with parental responsibility here, advising the professionals around the child rather than working with the child directly.',
    sources: ['PG47 §13.2'],
    see: ['ictg-what', 'ictg-meetings'],
  },
  {
    id: 'ictg-meetings',
    question: 'Must the ICTG be invited to meetings, and what papers do they get?',
    alt: [
      'send minutes and notes to the ICTG after the meeting',
      'agenda and papers to the guardian before meetings',
      'ICTG at strategy meeting',
      'papers 2 working days before',
      'notes within 2 working days',
      'dial in',
    ],
    answer:
      'Yes: invite the ICTG worker to every meeting and discussion about the child and tell them every decision. Send papers (agenda and background) at least 2 working days before a meeting where practical, and key notes, actions and decisions within 2 working days after. If the worker cannot come, another ICTG worker can attend or the assessment line can dial in.',
    sources: ['PG47 §13.2'],
    see: ['ictg-information', 'strategy-meeting-when'],
  },
  {
    id: 'ictg-information',
    question: 'What information can we share with the ICTG?',
    alt: [
      'can we give the ICTG police information or case records',
      'sharing information with the guardian',
      'share records with guardian',
      'ICTG access to information',
      'ICTG legal advice',
    ],
    answer:
      'Public authorities must give the ICTG service access to all relevant information about the child, within any legal limits on disclosure. The ICTG in turn shares what it learns from the child. The service may also get legal advice or instruct a lawyer for the child.',
    sources: ['PG47 §13.2'],
    see: ['ictg-meetings', 'legal-advice'],
  },

  // ---- Ways forward §13.3 --------------------------------------------------------------------
  {
    id: 'four-ways-forward',
    question: 'What are the four ways forward after information gathering?',
    alt: [
      'what social care decides after a referral',
      'options after the information gathering',
      'options after referral',
      'manager decision a b c d',
      'assessment accommodation s47 NFA',
      'outcome of referral',
    ],
    answer:
      'The social worker and their manager agree one of four: (a) an assessment; (b) accommodating the child under s.20 Children Act 1989; (c) a s.47 child protection enquiry with an assessment of need; (d) no further action if no concerns are found. The discussion is recorded and signed off, and the referrer is told which plan is in place. Type ways forward to work through them.',
    sources: ['PG47 §13.3'],
    see: ['s20-accommodation', 's47-when', 'told-outcome'],
  },
  {
    id: 'assessment-purpose',
    question: 'What does the assessment decide?',
    alt: [
      'what the social care assessment is trying to find out',
      'questions the assessment answers',
      'option a assessment',
      'parents made arrangements',
      'grounds to accommodate',
      'need immediate protection',
    ],
    answer:
      'Whether the parents have made proper arrangements for the child, whether there are grounds to accommodate the child, whether the child needs immediate protection, and whether to start a s.47 enquiry. Under Working Together 2023 it should take no longer than 45 working days from the referral.',
    sources: ['PG47 §13.3 a', 'Working Together 2023'],
    see: ['four-ways-forward', 'wt-timescales'],
  },
  {
    id: 's20-accommodation',
    question: 'When should a child be accommodated under section 20?',
    alt: ['s20 conditions', 'voluntary accommodation', 'lost or abandoned child', 'no one with parental responsibility'],
    answer:
      'When the child is lost or abandoned, no one has parental responsibility for them, or the person who has been looking after them cannot, for whatever reason, give suitable accommodation or care. There may be enough information to decide this straight after information gathering.',
    sources: ['PG47 §13.3 b'],
    see: ['epo-police-protection', 'looked-after-assessment'],
  },
  {
    id: 'epo-police-protection',
    question: 'When is an Emergency Protection Order or police protection used?',
    alt: ['EPO', 'police powers of protection', 'significant harm emergency removal'],
    answer:
      'Where there is reasonable cause to believe the child is suffering, or likely to suffer, significant harm, an Emergency Protection Order may be sought. In an emergency, consider police powers of protection.',
    sources: ['PG47 §13.3 b'],
    see: ['immediate-danger', 's20-accommodation'],
  },
  {
    id: 'no-further-action',
    question: 'When is no further action the right decision?',
    alt: ['NFA', 'close the referral', 'no concerns found'],
    answer:
      'Only when no concerns are identified after information gathering. The manager signs off the recorded discussion, and the referrer is told. If new information comes later, refer again.',
    sources: ['PG47 §13.3 d', 'PG47 §13.3'],
    see: ['four-ways-forward', 'told-outcome'],
  },
  {
    id: 'told-outcome',
    question: 'Will I be told the outcome of my referral?',
    alt: [
      'hear back after referring',
      'feedback to the referrer',
      'referrer feedback',
      'social worker meets referrer',
      'put concerns in writing',
      'outcome of my referral',
    ],
    answer:
      'Yes: the social worker must tell the referrer which plan is in place. They must also meet the referrer, go over the concerns again, and ask for them in writing so the record is accurate. If you hear nothing, follow it up.',
    sources: ['PG47 §13.3'],
    see: ['four-ways-forward', 'how-to-refer'],
  },
  {
    id: 'checking-documents',
    question: 'How should passports and other documents be checked?',
    alt: ['check papers', 'visa birth certificate proof of guardianship', 'passport missing', 'false documents'],
    answer:
      'See and check every document held by the referrer and other agencies: passport, visa, Home Office papers, birth certificate, proof of guardianship, and the papers given to the school. Look at the detail: issue date, visa length, does the photo resemble the child, does the name match the claimed parent, does it look original. Take copies. "The passport is missing" is not an acceptable answer.',
    sources: ['PG47 §13.3', 'PG47 §13.4'],
    see: ['home-office-check', 'interview-how'],
  },

  // ---- Interview §13.4 -----------------------------------------------------------------------
  {
    id: 'interview-decision',
    question: 'Who decides whether to interview jointly with the police?',
    alt: ['joint interview', 'CAIT or immigration', 'police involvement interview'],
    answer:
      'Once all possible information is gathered, the social worker, their supervising manager and the police decide whether to hold joint interviews with the police: the Child Abuse Investigation Team, or the immigration service with borough police.',
    sources: ['PG47 §13.4'],
    see: ['interview-how', 'single-interview'],
  },
  {
    id: 'interview-how',
    question: 'How should the child be interviewed?',
    alt: [
      'carers present when talking to the child',
      'where to talk to the child',
      'talking to the child',
      'interview questions',
      'see the child alone',
      'interview adults separately',
    ],
    answer:
      "See the child alone, somewhere safe, with carers out of earshot. Ask about family members and ages, parents' work, chores at home, time in the UK, where they lived, went to school and who cared for them abroad. Interview the adults separately with the same questions and compare. Be thorough so the family is not disturbed longer than needed. School, phone, email or text may feel safer for the child.",
    sources: ['PG47 §13.4', 'PG47 §16.1'],
    see: ['interpreters', 'single-interview', 'after-interview'],
  },
  {
    id: 'interpreters',
    question: 'Can a family member interpret for the child?',
    alt: ['interpreter', 'translator', 'DBS checked interpreter', 'language'],
    answer:
      'No. Use a professional interpreter who has been DBS checked, for the interview and all later work with the child. A family member is not acceptable.',
    sources: ['PG47 §13.4', 'PG47 §13.3', 'PG47 §16.1'],
    see: ['interview-how'],
  },
  {
    id: 'single-interview',
    question: 'Should the child be interviewed several times by each agency?',
    alt: [
      'interviewed separately by police, Home Office and social care',
      'one interview instead of several',
      'repeated interviews retraumatise',
      'one holistic interview',
      'joint interview technique',
    ],
    answer:
      'Avoid it. Repeated interviews by police, lawyers, the Home Office and social workers can retraumatise a child and produce partial, inconsistent accounts. Aim for a single holistic interview serving child protection, the asylum claim and the investigation together.',
    sources: ['Monitoring report rec 3', 'Monitoring report §4.8.1'],
    see: ['interview-how', 'interview-decision'],
  },
  {
    id: 'after-interview',
    question: 'What happens after the interviews and assessment?',
    alt: ['multi-agency agreement before action', 'meeting to decide future action', 'child not related to family'],
    answer:
      'A meeting of the social worker, their manager, the police, the referrer where appropriate and other professionals decides what to do next; no further action is taken until it agrees. If the child is not related to anyone in the UK, consider treating them as an unaccompanied minor and establishing their status.',
    sources: ['PG47 §13.4'],
    see: ['who-prosecutes', 'strategy-meeting-when'],
  },
  {
    id: 'who-prosecutes',
    question: 'Who deals with fraud, illegal entry and trafficking offences?',
    alt: ['legal action against adults', 'immigration offences', 'benefit fraud DWP', 'prosecute traffickers'],
    answer:
      'The police and the Home Office; the local authority helps them. Benefit fraud is for the Department for Work and Pensions and education offences for the local education authority.',
    sources: ['PG47 §13.4'],
    see: ['prosecution', 'police-paladin'],
  },

  // ---- s.47 §14, looked after §15 ------------------------------------------------------------
  {
    id: 's47-when',
    question: 'When is a section 47 enquiry needed?',
    alt: [
      'when does a case become a section 47',
      'threshold for a child protection enquiry',
      'child protection enquiry',
      'significant harm',
      's47 for unaccompanied children',
    ],
    answer:
      'When there is reasonable cause to suspect a child is suffering, or is likely to suffer, significant harm; trafficked children are at increased risk of it. Good practice is to treat every unaccompanied child as a potential victim and hold a s.47 for all of them. It starts with a strategy meeting.',
    sources: ['PG47 §14', 'PG47 §13.3 c', 'PG47 §1', 'Southwark scrutiny'],
    see: ['strategy-meeting-when', 'strategy-meeting-agenda'],
  },
  {
    id: 'strategy-meeting-when',
    question: 'When must a strategy meeting be held?',
    alt: ['how soon must the strategy meeting happen', 'deadline for strategy meeting', 'two working days', 'convene strategy discussion'],
    answer:
      "Children's Social Care must convene it within 2 working days of the child becoming looked after, or of the child arriving in the borough where they intend to live if a s.47 enquiry is appropriate. Invite the police, immigration, the ICTG worker and other relevant professionals.",
    sources: ['PG47 §14', 'PG47 §13.2'],
    see: ['strategy-meeting-agenda', 'ictg-meetings', 'multi-agency-meetings'],
  },
  {
    id: 'strategy-meeting-agenda',
    question: 'What must the strategy meeting cover?',
    alt: [
      'what is discussed at the strategy meeting',
      'what the strategy discussion covers',
      'strategy meeting agenda',
      'purpose of a strategy meeting',
      'what happens in a strategy meeting',
      'video interview',
      'protection plan',
      'what to tell enquirers',
    ],
    answer:
      'Share information (immigration, police, social care and others); plan the enquiries, including whether to video interview the child; make a plan for immediate protection and its monitoring (part of the care plan for a looked-after child); agree what may be told to anyone asking about the child; and agree the support the child needs.',
    sources: ['PG47 §14'],
    see: ['strategy-meeting-when', 'enquirers'],
  },
  {
    id: 'wt-timescales',
    question: 'What are the Working Together 2023 timescales?',
    alt: [
      'statutory timescales',
      'initial child protection conference 15 working days',
      'assessment 45 working days',
      'decision 1 working day',
    ],
    answer:
      'A decision on next steps within 1 working day of a referral; an assessment within 45 working days of the referral; an initial child protection conference within 15 working days of the strategy discussion that started the s.47 enquiry. PG47 adds a strategy meeting within 2 working days and a written referral within 48 hours of a verbal one.',
    sources: ['Working Together 2023', 'PG47 §14'],
    see: ['strategy-meeting-when', 'how-to-refer'],
  },
  {
    id: 'multi-agency-meetings',
    question: "Who should come to multi-agency meetings, and what if they can't?",
    alt: [
      'police or Home Office cannot attend the meeting',
      'what if key agencies will not come',
      'police and Home Office attendance',
      'case conference attendance',
      'send written information',
      'meetings slow to convene',
    ],
    answer:
      'Police and the Home Office should attend, as should the ICTG worker and the competent authority where an NRM referral was made. Anyone who cannot come at short notice should send a replacement or written information. Do not let a slow meeting delay protecting the child.',
    sources: ['Monitoring report §6.3', 'Monitoring report rec 6', 'Monitoring report §6.1', 'PG47 §13.2'],
    see: ['strategy-meeting-when', 'chasing-feedback'],
  },
  {
    id: 'looked-after-assessment',
    question: 'What assessment is needed when a trafficked child becomes looked after?',
    alt: ['child in care assessment', 'placement started', 'carer and social worker assess'],
    answer:
      "An immediate assessment by the social worker and the residential worker or carer: the child's background, why they came to the UK, and how vulnerable they are to the traffickers' continuing influence or control. Plans should make it hard for the traffickers to draw the child back.",
    sources: ['PG47 §15'],
    see: ['placement-safety', 'contact-parents-abroad'],
  },
  {
    id: 'placement-safety',
    situation: true,
    question: "How do we keep a looked-after child's placement safe?",
    alt: [
      'traffickers contacting the child in placement by phone or social media',
      'keep the whereabouts of the placement secret',
      'traffickers trying to contact the child in placement',
      'strangers watching the placement',
      'unknown callers phoning the foster home',
      'foster carer vigilance',
      'cars waiting outside',
      'phone calls asking about child',
      'keep location secret',
      'stop traffickers tracing or finding the child',
    ],
    answer:
      "Never give the child's whereabouts to anyone asking until a social worker has interviewed them and their identity and link to the child are confirmed, with police and immigration help if needed. Carers should watch for anything unusual, such as cars waiting outside or phone enquiries. Pass any risk information to the police at once.",
    sources: ['PG47 §15', 'PG47 §16.1'],
    see: ['relative-claims', 'preventing-missing'],
  },
  {
    id: 'relative-claims',
    question: "Someone says they are the child's relative. Can the child go with them?",
    alt: [
      "someone claiming to be the child's aunt or uncle wants to take them",
      'family friend asking to collect the child',
      'person claiming to be family wants to collect the child',
      'cousin or uncle turns up asking for the child',
      'uncle wants to collect',
      'claims to be family and wants to take the child',
      'says they are a parent and wants the child back',
      'family friend claims child',
      'potential carer checks',
    ],
    answer:
      'Not until they are checked. Anyone claiming to be a relative, friend or carer is investigated by the social worker, police and immigration service. Only when the supervising manager is satisfied that all identity checks and risk assessments are done may the child move to their care.',
    sources: ['PG47 §15'],
    see: ['placement-safety', 'contact-parents-abroad'],
  },
  {
    id: 'contact-parents-abroad',
    question: "Should we contact the child's parents abroad?",
    alt: ['trace family', 'country of origin parents', 'embassy consulate', 'verify relationship'],
    answer:
      'The social worker should try to contact the parents in the country of origin (immigration services may help) to learn their plans and views, and should verify the claimed relationship. Trace families with discretion and caution: it can put the child or family at risk. PG47 Appendix 2 lists embassies and consulates.',
    sources: ['PG47 §15', 'PG47 §16.1', 'PG47 Appendix 2'],
    see: ['repatriation', 'relative-claims'],
  },
  {
    id: 'enquirers',
    situation: true,
    question: 'What can we tell people who ask about the child?',
    alt: [
      'someone ringing or emailing asking about the child',
      'who can we tell where the child is placed, whereabouts',
      'someone asking where the child is placed',
      'caller wants to know where the child lives',
      'confidential whereabouts',
      'someone phoning about the child',
      'information to enquirers',
    ],
    answer:
      "Only what the strategy meeting agreed may be shared. Keep the child's whereabouts confidential, and give nothing to an enquirer until a social worker has checked who they are and their connection to the child.",
    sources: ['PG47 §14', 'PG47 §15', 'PG47 §16.1'],
    see: ['placement-safety', 'relative-claims'],
  },

  // ---- Support §16 ---------------------------------------------------------------------------
  {
    id: 'support-services',
    question: 'What support and services do trafficked children need?',
    alt: [
      'what help is available for a trafficked child',
      'what support can a victim get',
      'services for victims',
      'counselling CAMHS',
      'education medical care',
      'recovery',
    ],
    answer:
      'Trained interpreters, counselling, CAMHS, independent legal advice, medical care (including for torture), education, and repatriation where right. Also informed practitioners, someone with time to build trust, a safe house if an organised gang is involved, confidentiality about where they are, and accommodation if they meet the criteria.',
    sources: ['PG47 §16', 'PG47 §16.1'],
    see: ['building-trust', 'legal-advice'],
  },
  {
    id: 'building-trust',
    question: 'How do I build trust with a trafficked child?',
    alt: ['child does not trust adults', 'relationship building', 'talk by phone or text'],
    answer:
      'Give it time: someone consistent who spends time with them. Keep where they live confidential, see them away from their carers, and consider school, phone, email or text if that feels safer. Voluntary sector workers who share their language or background can help.',
    sources: ['PG47 §16.1', 'Monitoring report §5.7'],
    see: ['support-services', 'why-no-disclosure'],
  },
  {
    id: 'legal-advice',
    question: 'Can a trafficked child get legal advice?',
    alt: [
      'solicitor or lawyer for the child',
      'immigration advice',
      'solicitor immigration status',
      'lawyer for asylum',
      'legal representation',
    ],
    answer:
      "Yes, and they should: independent advice about their rights and immigration status. The ICTG service can get legal advice or instruct a lawyer for the child, and the Refugee Council Children's Panel helps asylum-seeking children find good representation.",
    sources: ['PG47 §16', 'PG47 §16.1', 'PG47 §13.2', 'PG47 §12.10'],
    see: ['ictg-information', 'refugee-council-panel'],
  },
  {
    id: 'missing-child',
    question: 'What should I do if a trafficked child goes missing?',
    alt: [
      'child missing from placement or hostel',
      'has not come back tonight',
      'absconded from care',
      'child disappeared from placement',
      'absconded',
      'ran away from foster care',
      'not returned',
    ],
    answer:
      'Treat it as urgent: the child may be back with the traffickers. Report it to the police straight away (999 if in immediate danger) and tell the child\'s social worker and the ICTG. London guidance "Missing from Care, Home and Education" applies.',
    sources: ['PG47 §16.2', 'Monitoring report §6.1'],
    see: ['preventing-missing', 'going-missing-24h'],
  },
  {
    id: 'going-missing-24h',
    question: 'How quickly do trafficked children go missing?',
    alt: ['within a day', 'disappear before assessment', 'pressure to return to trafficker'],
    answer:
      'Fast: some go missing within 24 hours of being identified, even before a placement or assessment, under strong pressure from traffickers. Some are only recognised as trafficked because they disappeared. The first hours are critical.',
    sources: ['Monitoring report §6.1', 'Monitoring report §7.3'],
    see: ['golden-hour', 'preventing-missing'],
  },
  {
    id: 'golden-hour',
    question: 'What is the golden hour?',
    alt: ['first hour', 'rapid safeguarding', 'crucial first hour'],
    answer:
      'The first hour after a trafficked child is identified: the best chance to put safeguarding in place before they go missing. Act at once rather than waiting for usual timescales. Type checklist golden hour for the steps.',
    sources: ['Monitoring report §6.1', 'Press release 2011'],
    see: ['preventing-missing', 'going-missing-24h'],
  },
  {
    id: 'preventing-missing',
    question: 'How can we stop a trafficked child from going missing?',
    alt: [
      'safe accommodation',
      'keep the child safe in the placement',
      'photograph the child',
      'reduce risk of absconding',
      'safeguarding measures',
    ],
    answer:
      'Safe accommodation and a chance to build trust matter most. Keep the location confidential, brief carers to watch for contact attempts, take a photograph within 24 hours, hold the strategy meeting fast, and plan what to do if the child goes missing.',
    sources: ['Evidence to Parliament 2010', 'Monitoring report §7.2', 'Monitoring report §7.3', 'PG47 §15'],
    see: ['missing-child', 'placement-safety', 'golden-hour'],
  },
  {
    id: 'prosecution',
    question: 'Will the child have to give evidence against the traffickers?',
    alt: ['testify in court', 'witness', 'prosecution of traffickers', 'reprisals'],
    answer:
      'Asking a child to testify is complicated. Children fear reprisals against themselves and their family at home, and fear they will not be believed because they were made to lie on visa or immigration papers. Their safety comes first.',
    sources: ['PG47 §16.3'],
    see: ['who-prosecutes'],
  },
  {
    id: 'repatriation',
    question: 'Can a trafficked child be sent back to their home country?',
    alt: ['deported back home', 'deportation', 'return home', 'removed from UK'],
    answer:
      'Only after a risk assessment of the danger they would face. Returned children can face discrimination at home, especially girls who were sexually exploited, and re-trafficking.',
    sources: ['PG47 §16.4', 'PG47 §16.1'],
    see: ['contact-parents-abroad', 'legal-advice'],
  },

  // ---- Age, unaccompanied children, leads -------------------------------------------------------
  {
    id: 'age-uncertain',
    situation: true,
    question: 'What if we are not sure the young person is under 18?',
    alt: [
      'says he is an adult but looks younger',
      'claims to be 18 with no proof',
      'looks like a child but says she is older',
      'no proof of age',
      'age disputed',
      'looks older than they say',
      'benefit of the doubt',
      'claims to be 16',
    ],
    answer:
      'Where age is uncertain and there are reasons to think they are a child, treat them as a child and give them full protection until their age is verified. Documents may be false or belong to someone else.',
    sources: ['Monitoring report §4.6.1', 'Evidence to Parliament 2010'],
    see: ['age-assessment', 'unaccompanied-potential-victim'],
  },
  {
    id: 'age-assessment',
    question: "How is a child's age assessed?",
    alt: ['age assessment process', 'BASW guidance', 'medical age check'],
    answer:
      'Decisions about age are best made through social interaction and a social work assessment. It is contested and can be long and distressing, so keep protecting the child meanwhile. The BASW Age Assessment Practice Guidance sets out good practice.',
    sources: ['Monitoring report §4.6.2', 'Evidence to Parliament 2010', 'PG47 Appendix 3'],
    see: ['age-uncertain', 'initial-assessment-7-days'],
  },
  {
    id: 'initial-assessment-7-days',
    question: 'How soon should age and initial assessments be done?',
    alt: ['within seven days', 'trafficking assessment timing', 'assessment too slow'],
    answer:
      'Good practice is within 7 days, with trafficking questions built into the age and initial assessments, because children have gone missing when the trafficking assessment was done too slowly.',
    sources: ['Monitoring report §4.5.2'],
    see: ['age-assessment', 'risk-matrix'],
  },
  {
    id: 'unaccompanied-potential-victim',
    question: 'Should every unaccompanied child be treated as a potential victim?',
    alt: ['all unaccompanied minors trafficked', 'separated children', 'default to potential victim'],
    answer:
      'Yes, as good practice: consistently treat every unaccompanied child as a potential victim of trafficking or slavery, make sure a s.47 enquiry is done for them, and track them to spot risks like going missing.',
    sources: ['Southwark scrutiny', 'PG47 §1'],
    see: ['s47-when', 'uasc'],
  },
  {
    id: 'uasc',
    question: 'Who looks after unaccompanied asylum-seeking children?',
    alt: [
      'what is the national transfer scheme',
      'responsibility for unaccompanied children arriving',
      'UASC support',
      'National Transfer Scheme',
      'asylum claim child',
    ],
    answer:
      "The local authority's Children's Social Care, which helps every unaccompanied child. Most seek asylum on arrival; trafficked children often do not, or vanish soon after. Statutory guidance on the care of unaccompanied migrant children and the National Transfer Scheme protocol apply.",
    sources: ['PG47 §12.4', 'PG47 §1', 'PG47 Appendix 3'],
    see: ['unaccompanied-potential-victim', 'asylum-team'],
  },
  {
    id: 'lead-coordinator',
    question: 'Should a named lead coordinate trafficking cases?',
    alt: ['trafficking lead', 'SPOC single point of contact', 'coordinator tracks cases', 'lead professional'],
    answer:
      'Yes. Areas with a child trafficking lead or coordinator tracked cases from identification to NRM referral and had fewer delays. Good practice is a named lead professional for every case and a modern slavery single point of contact (SPOC) in the council.',
    sources: ['Monitoring report §6.2', 'Monitoring report rec 12', 'Evidence to Parliament 2010', 'Southwark scrutiny'],
    see: ['cse-cce', 'multi-agency-meetings'],
  },
  {
    id: 'lado',
    situation: true,
    question: 'What if the concern is about a member of staff or a volunteer?',
    alt: [
      'staff member grooming a pupil or giving gifts',
      'concern about a teacher, coach, tutor or foster carer',
      'allegation against colleague',
      'LADO',
      'worker exploiting a child',
      'person in position of trust',
    ],
    answer:
      "Tell your safeguarding lead at once. Allegations against people who work with children go to the local authority designated officer (LADO). If a child is at risk, refer to Children's Social Care as well.",
    sources: ['Working Together 2023'],
    see: ['what-to-do-first'],
  },
  {
    id: 'further-guidance',
    question: 'Where can I read the full guidance?',
    alt: ['statutory guidance modern slavery', 'PG47 procedure', 'further reading', 'more information'],
    answer:
      'The full London procedure is PG47 "Safeguarding Trafficked and Exploited Children". Appendix 3 lists the Home Office statutory guidance "Modern Slavery: How to Identify and Support Victims", the guidance on care of unaccompanied migrant children and child victims of modern slavery (November 2017), and the ICTG and NRM referral guidance.',
    sources: ['PG47 Appendix 3'],
    see: ['nrm-how', 'ictg-referral'],
  },

  // ---- Tools, records and settings (monitoring report, PG47 §12.9, §15) -----------------------
  {
    id: 'trafficking-assessment',
    question: 'What is the trafficking assessment? Must we complete all of it?',
    alt: [
      'trafficking assessment framework',
      'toolkit assessment form',
      'is the full assessment needed or just sections',
      'assessment form too long and repetitive',
      'use the assessment before or after the NRM referral',
    ],
    answer:
      "The London toolkit's trafficking assessment focuses thinking on trafficking, especially for staff new to it; in the pilot it helped identify children in half of the cases. You can use only the sections that fit, but do not let it delay things: children went missing where it was done too slowly, so build trafficking questions into the age and initial assessments (within 7 days). It does not replace the usual assessments, and the risk matrix alone is not the assessment.",
    sources: ['Monitoring report §4.5.1', 'Monitoring report §4.5.2', 'Monitoring report §4.5.4'],
    see: ['risk-matrix', 'initial-assessment-7-days', 'assessment-purpose'],
  },
  {
    id: 'nruc',
    question: 'What was the National Register for Unaccompanied Children (NRUC)?',
    alt: ['NRUC database', 'national register unaccompanied children', 'register to check family members in the UK'],
    answer:
      "A national database that some local authorities used in assessments to find data and to confirm whether a child's family members were in the UK; it could also have helped track missing children across the UK. It was closed down in May 2010, so it cannot be used now: share information through the strategy meeting, the police and the Home Office instead.",
    sources: ['Monitoring report §4.7'],
    see: ['home-office-check', 'info-gathering'],
  },
  {
    id: 'embassies',
    question: "Where can I find embassy contacts for a child's family abroad?",
    alt: ['embassy consulate contact details', 'high commission addresses', 'trace family overseas', 'Appendix 2 embassies'],
    answer:
      "PG47 Appendix 2 lists addresses and contact details of embassies and consulates. Contacting the parents abroad is the social worker's job (immigration services may help), and families must be traced with discretion and caution: contact could alert the traffickers or put the child or family at risk.",
    sources: ['PG47 Appendix 2', 'PG47 §15', 'PG47 §16.1'],
    see: ['contact-parents-abroad', 'repatriation'],
  },
  {
    id: 'later-suspicion',
    situation: true,
    question: 'What if trafficking is suspected only after months in care?',
    alt: [
      'concerns arise later in the placement',
      'child already looked after for months now suspect trafficking',
      'ongoing suspicions of exploitation',
      'new information comes out later',
    ],
    answer:
      "Act on it as on any new concern: the social worker tells the police at once about any risk to the child that comes up during a placement, and considers an NRM referral and an ICTG referral if not made already. Review the child's safety plan and the placement's security, and keep assessments open to change: children often disclose more only once they feel safe.",
    sources: ['PG47 §15', 'PG47 §13.2', 'Monitoring report §4.3.2', 'Monitoring report §4.8.3'],
    see: ['placement-safety', 'nrm-who-refers', 'ictg-referral'],
  },
  {
    id: 'detention-centres',
    situation: true,
    question: 'Who safeguards children held in immigration detention centres?',
    alt: ['detention centre', 'deportation centre children', 'children in detention or prison', 'removal centre'],
    answer:
      "Children in a detention or deportation centre are still children to safeguard under the usual procedures. A Local Safeguarding Children Partnership with such a centre in its area should work closely with it for both accompanied and unaccompanied children, and the Refugee Council Children's Panel supports children in detention centres and prisons. Raise a concern with the local Children's Social Care.",
    sources: ['PG47 §12.9', 'PG47 §12.10'],
    see: ['lscp', 'refugee-council-panel'],
  },
  {
    id: 'legislation',
    question: 'What laws and conventions protect trafficked children?',
    alt: [
      'legislation on child trafficking',
      'which acts cover trafficking',
      'international law UNCRC',
      'Modern Slavery Act 2015',
      'Children Act 1989 protection',
      'legal framework',
    ],
    answer:
      'Internationally: the UN Convention on the Rights of the Child (1989), the Stockholm (1996) and Yokohama (2001) World Congresses on the sexual exploitation of children, and the Palermo Protocol (2000), which first put trafficking into international law. In the UK, children who arrive here are protected by the Children Act 1989 like any other child. PG47 Appendix 3 also lists the Modern Slavery Act 2015 and the Home Office statutory guidance on identifying and supporting victims.',
    sources: ['PG47 §2.1', 'PG47 §10', 'PG47 Appendix 3'],
    see: ['what-is-trafficking', 'home-office-s55', 'further-guidance'],
  },
  {
    id: 'statistics',
    question: 'How many children are trafficked or exploited?',
    alt: ['statistics', 'figures numbers of child victims', 'how common is child trafficking', 'how many victims', 'prevalence data'],
    answer:
      'Figures given to a London scrutiny session: the NRM had most recently identified 5,000 victims of modern slavery in the UK, 2,000 of them children; nationally nearly half of all victims are children; 24% of trafficked children in care go missing and 20% are not found. Earlier, ECPAT UK (2004) found trafficking concerns in 26 of the 33 London boroughs. PG47 notes that most trafficked children stay invisible to services.',
    sources: ['Southwark scrutiny', 'Evidence to Parliament 2010', 'PG47 §12.1'],
    see: ['going-missing-24h', 'ecpat'],
  },
  {
    id: 'housing',
    question: 'What should housing and regulatory officers look out for?',
    alt: [
      'housing officer concerns',
      'overcrowding',
      'houses in multiple occupation HMO',
      'landlord tenants many children',
      'licensing inspections car washes nail bars',
      'night time economy',
    ],
    answer:
      "Housing staff meet exploitation when they find overcrowding, and regulatory officers inspecting houses in multiple occupation (HMOs), the night-time economy, car washes and nail bars see places where labour is exploited. Watch too for many different children moving in and out of one address. Younger trafficked children may be known to housing or benefits services. If a child may be involved, contact Children's Social Care; if in immediate danger, call 999.",
    sources: ['Southwark scrutiny', 'PG47 §12.1', 'PG47 §12.5', 'PG47 §12.3'],
    see: ['what-to-do-first', 'holiday-addresses', 'community-public'],
  },
  {
    id: 'ecpat',
    question: 'Who are ECPAT UK?',
    alt: ['ECPAT', 'ECPAT UK report Cause for concern', "children's rights charity against trafficking", 'ECPAT training'],
    answer:
      'ECPAT UK (End Child Prostitution, Child Pornography and the Trafficking of Children) works on child trafficking through research, policy, campaigns and training. Its 2004 report "Cause for concern" found that 26 of the 33 London boroughs had trafficking concerns about individual children, and called for specific guidance. The monitoring report cites its training programme as an example of multi-agency training.',
    sources: ['Evidence to Parliament 2010', 'Monitoring report rec 15', 'Southwark scrutiny'],
    see: ['training', 'statistics'],
  },
];

export const kbEntries: readonly KbEntry[] = Object.freeze(KbEntriesSchema.parse(raw));
