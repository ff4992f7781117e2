// The facts a safeguarding lead needs in the answer: practitioner questions across PG47 (and the
// monitoring report, product.md's current statutory facts), each asked through the knowledge base the
// app uses, and the answer shown must STATE each fact (not just be a related entry). Written from the
// seeds (/work/shared/seeds 004 = PG47, 001 = monitoring report) and docs product.md; the section each
// fact rests on is given with it.
//
// KNOWN GAPS (asked, not asserted: the answer shown does not state the fact, and a phrasing to fix it
// would be the same words as another entry's or cost held-out questions):
// (Both earlier gaps are closed: sharing without consent is stated in information-sharing, the Home
// Office's decision time in reasonable-grounds.)
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from './shipped.js';

interface Fact {
  q: string;
  /** Each must match the answer shown (case-insensitive). */
  facts: RegExp[];
  /** Where the facts come from. */
  from: string;
}

const cases: Fact[] = [
  // First steps, danger, where and how to refer
  {
    q: 'im worried a 14 year old at our school might have been brought here to work, what do i do first',
    facts: [/999/, /social care/i, /where the child lives/i, /48 hours/, /NRM/, /ICTG/],
    from: 'PG47 §13, §14, §13.2',
  },
  {
    q: 'the child is in danger right now what do i do',
    facts: [/999/, /powers of protection/i, /Emergency Protection Order/i],
    from: 'PG47 §13.3 b',
  },
  {
    q: 'which council do i ring about a child i think is trafficked',
    facts: [/borough where the child lives/i, /port/i],
    from: 'PG47 §13, §14',
  },
  { q: 'how do i refer to childrens social care', facts: [/phone|verbal/i, /writ.*48 hours/i], from: 'PG47 §14' },
  { q: 'how long do i have to send written confirmation of a phone referral', facts: [/48 hours/], from: 'PG47 §14' },
  { q: 'how long do social care have to decide what to do with my referral', facts: [/1 working day/], from: 'Working Together 2023' },
  { q: 'do i tell the parents before i refer', facts: [/(not|never).*(wait|permission)|before telling them/i], from: 'PG47 §13.4' },
  {
    q: 'who do i call at the weekend about a trafficked child',
    facts: [/out-of-hours|emergency duty/i, /0800 043 4303/, /999/],
    from: 'PG47 §13.2',
  },
  {
    q: 'do i have to wait for the child to disclose before referring',
    facts: [/^No\b/, /Children's Social Care/i],
    from: 'Monitoring report §4.8.3',
  },
  {
    q: 'how many signs do i need before i contact social care',
    facts: [/one indicator is enough/i, /no score or threshold/i],
    from: 'PG47 §10.1',
  },
  { q: 'what are the main indicators of trafficking', facts: [/debt/i, /documents|papers/i, /missing/i], from: 'PG47 §10.1' },
  { q: 'do the indicators work for under tens', facts: [/under ten/i], from: 'Monitoring report §4.4.2' },
  // Definitions
  {
    q: 'what counts as child trafficking',
    facts: [/exploitation/i, /no force, threat or deception/i, /within the UK/i],
    from: 'PG47 §2.1, §3.1',
  },
  { q: 'is trafficking the same as smuggling', facts: [/smuggling/i, /exploited/i], from: 'PG47 §3.1' },
  { q: 'can the child consent to being exploited', facts: [/cannot give informed consent/i], from: 'PG47 §3.1' },
  { q: 'can a british child be trafficked', facts: [/^Yes/, /any nationality/i, /NRM/], from: 'PG47 §13.2' },
  // ICTG
  { q: 'what is the ictg line number', facts: [/0800 043 4303/, /24\/7/, /online/i], from: 'PG47 §13.2' },
  {
    q: 'which children can be referred to the ictg',
    facts: [/potential victim/i, /ICTG area/i, /London/i, /NRM/],
    from: 'PG47 §13.2, product.md',
  },
  { q: 'do i refer to ictg as well as the nrm', facts: [/parallel/i, /online/i], from: 'PG47 §13.2' },
  {
    q: 'what does the ictg direct worker do compared to the rpc',
    facts: [/no one holding parental responsibility/i, /do have someone with parental responsibility/i],
    from: 'PG47 §13.2',
  },
  {
    q: 'should the ictg be invited to meetings',
    facts: [/every meeting/i, /2 working days before/i, /within 2 working days after/i],
    from: 'PG47 §13.2',
  },
  // NRM
  {
    q: 'what is the nrm',
    facts: [/framework for identifying and supporting victims of modern slavery/i, /Single Competent Authority/i, /does not replace/i],
    from: 'PG47 §13.2',
  },
  {
    q: 'who can make an nrm referral',
    facts: [/first responder/i, /local authorit/i, /police/i],
    from: 'PG47 §13.2, Home Office NRM guidance',
  },
  {
    q: 'does the young person have to agree to an nrm referral',
    facts: [/^No\b/, /consent is not needed for a child/i, /honest/i],
    from: 'PG47 §13.2',
  },
  { q: 'how much evidence is needed to refer to the nrm', facts: [/no minimum requirement/i], from: 'PG47 §13.2' },
  { q: 'does the nrm replace child protection', facts: [/^No\b/, /alongside/i], from: 'PG47 §13.2' },
  {
    q: 'what is a reasonable grounds decision',
    facts: [/reasonable grounds to believe/i, /5 working days/, /Single Competent Authority/i],
    from: 'Home Office NRM guidance',
  },
  { q: 'how long until the conclusive grounds decision', facts: [/no sooner than 30 days/i], from: 'Home Office NRM guidance' },
  { q: 'how long does the home office take to decide', facts: [/5 working days/, /reasonable grounds/i], from: 'Home Office NRM guidance' },
  {
    q: 'wat happens after the nrm referal',
    facts: [/Single Competent Authority/i, /reasonable grounds decision/i, /conclusive grounds decision/i],
    from: 'PG47 §13.2, Home Office NRM guidance',
  },
  {
    q: 'kid just turned 18 can we still do nrm',
    facts: [/NRM covers adults/i, /no-consent rule is for children/i],
    from: 'PG47 §13.2, Southwark scrutiny',
  },
  { q: 'who makes nrm decisions', facts: [/Single Competent Authority/i, /Home Office/, /devolved/i], from: 'PG47 §13.2' },
  {
    q: 'what is the duty to notify for children',
    facts: [/NRM referral itself meets that duty/i, /never reported through the anonymous/i],
    from: 'PG47 §13.2, product.md',
  },
  { q: 'what is the minimum recovery period', facts: [/30 days/, /45/], from: 'Home Office NRM guidance' },
  { q: 'what is a devolved panel', facts: [/instead of the Single Competent Authority/i, /Southwark|Bexley/], from: 'PG47 §13.2' },
  // Ways forward, s.47, strategy meetings
  {
    q: 'what are the four options after information gathering',
    facts: [/assessment/i, /s\.20/, /s\.47/, /no further action/i, /referrer is told/i],
    from: 'PG47 §13.3',
  },
  {
    q: 'what are the three conditions for section 20',
    facts: [/lost or abandoned/i, /no one has parental responsibility/i, /cannot.*suitable accommodation/i],
    from: 'PG47 §13.3 b',
  },
  {
    q: 'when should we get an emergency protection order',
    facts: [/significant harm/i, /police powers of protection/i],
    from: 'PG47 §13.3 b',
  },
  { q: 'when is a s47 enquiry needed', facts: [/significant harm/i, /strategy meeting/i], from: 'PG47 §14' },
  { q: 'how soon must the strategy meeting happen', facts: [/2 working days/, /looked after/i, /s\.47/], from: 'PG47 §14' },
  {
    q: 'should the strategy meeting consider a video interview',
    facts: [/video interview/i, /immediate protection/i, /enquir/i],
    from: 'PG47 §14',
  },
  { q: 'when is the initial child protection conference', facts: [/15 working days/, /45 working days/], from: 'Working Together 2023' },
  { q: 'will i find out what happened after i referred', facts: [/which plan is in place/i], from: 'PG47 §13.3' },
  // Interviews, interpreters, documents
  {
    q: 'can her uncle interpret for her',
    facts: [/^No\b/, /professional interpreter/i, /DBS/, /family member is not acceptable/i, /community/i],
    from: 'PG47 §13.4, §13.3',
  },
  { q: 'how should i interview the child', facts: [/alone/i, /carers/i, /separately/i], from: 'PG47 §13.4' },
  { q: 'who decides if we interview jointly with police', facts: [/social worker/i, /manager/i, /police/i], from: 'PG47 §13.4' },
  { q: 'should the child be interviewed by each agency separately', facts: [/single/i, /retraumatise/i], from: 'Monitoring report rec 3' },
  {
    q: 'what documents should be checked',
    facts: [/passport/i, /birth certificate/i, /resemble the child/i, /copies/i],
    from: 'PG47 §13.3',
  },
  // Missing children, golden hour
  {
    q: 'the child has gone missing from placement what do i do',
    facts: [/police/i, /999/, /photo/i, /72 hours/],
    from: 'PG47 §16.2, Monitoring report §7.2, DfE 2014',
  },
  { q: 'how soon do trafficked kids go missing', facts: [/24 hours/], from: 'Monitoring report §6.1' },
  { q: 'should we have a photo of the child', facts: [/photograph within 24 hours/i], from: 'Monitoring report §7.2' },
  {
    q: 'what should happen within the golden hour',
    facts: [/first hour/i, /24 hours/, /safe placement/i, /photograph/i],
    from: 'Monitoring report §6.1, §7.2',
  },
  // Age, unaccompanied, private fostering, ports, looked after
  {
    q: 'we dont know if shes under 18 what do we do',
    facts: [/treat them as a child/i, /until their age is verified/i],
    from: 'Monitoring report §4.6.1',
  },
  { q: 'how soon should the age assessment be done', facts: [/7 days/], from: 'Monitoring report §4.5.2' },
  { q: 'is every unaccompanied child a potential victim', facts: [/^Yes/, /potential victim/i, /s\.47/], from: 'Southwark scrutiny' },
  { q: 'what is private fostering', facts: [/under 16/i, /28 days/, /close relative/i], from: 'PG47 §12.2' },
  { q: 'how quickly must private fostering be notified', facts: [/48 hours/], from: 'PG47 §12.2' },
  { q: 'child stopped at heathrow, who do we contact', facts: [/serving the port/i, /without delay/i], from: 'PG47 §14' },
  { q: 'someone claiming to be her aunt wants to collect her, can she go', facts: [/not until/i, /identity checks/i], from: 'PG47 §15' },
  { q: 'what can we tell people phoning about the child', facts: [/strategy meeting/i, /whereabouts/i], from: 'PG47 §14, §15' },
  {
    q: 'looked after child placement safety for trafficked kids',
    facts: [/whereabouts/i, /cars waiting|phone enquiries/i, /police/i],
    from: 'PG47 §15',
  },
  { q: 'a child was found in a cannabis farm is she a criminal', facts: [/victim/i, /Children's Social Care/i, /NRM/], from: 'PG47 §5' },
  // Answered by stating the fact in a nearby entry (the question reads as that entry's)
  { q: 'when does the strategy meeting have to happen', facts: [/2 working days/, /looked after/i], from: 'PG47 §14' },
  { q: 'will the child be told about the nrm referral', facts: [/tell the child honestly/i], from: 'PG47 §13.2' },
  { q: 'how soon is the return interview', facts: [/return interview/i, /72 hours/], from: 'DfE 2014 (product.md)' },
  { q: 'who prosecutes the traffickers', facts: [/police/i, /Home Office/], from: 'PG47 §13.4' },
  { q: 'should the ictg be told of decisions', facts: [/every meeting/i, /every decision/i], from: 'PG47 §13.2' },
  {
    q: 'where do i refer if the child lives in one borough but goes to school in another',
    facts: [/borough where the child lives/i],
    from: 'PG47 §13',
  },
  { q: 'who do i tell if a child goes missing', facts: [/police/i], from: 'PG47 §16.2' },
  // Sharing information, and what the seeds cover beyond PG47's main sections (coverage findings of sets 14 and 15)
  {
    q: 'can i share information without consent',
    facts: [/Consent is not needed to share information to keep a\s+child safe/i, /Working Together 2023/, /record what you shared/i],
    from: 'PG47 §14, §13.2, §13.4; Working Together 2023',
  },
  {
    q: 'do i need consent to share information with the police about a trafficked child',
    facts: [/Consent is not needed/i, /data protection law is no barrier/i],
    from: 'PG47 §14; Working Together 2023',
  },
  {
    q: 'how does the national transfer scheme work for a uasc',
    facts: [/National Transfer Scheme/i, /transferring UASC from one local authority to another/i, /does not pause safeguarding/i],
    from: 'PG47 Appendix 3',
  },
  {
    q: 'what is the glaa and should i tell them about kids working at a car wash',
    facts: [/Gangmasters and Labour Abuse Authority/i, /child\s+protection matter first/i, /never instead of it/i],
    from: 'PG47 Appendix 3, Southwark scrutiny',
  },
  {
    q: 'does the council have a modern slavery SPOC or champion i can go to',
    facts: [/single point of contact \(SPOC\)/i, /Modern Slavery Champions/i],
    from: 'Southwark scrutiny, Monitoring report rec 12',
  },
  {
    q: 'is there a drop-in where newly arrived yp can meet others from their own community',
    facts: [/drop-in centre/i, /same ethnic group/i, /do not have to follow their traffickers' orders/i],
    from: 'Monitoring report §7.3, PG47 §12.10',
  },
  {
    q: 'is there rcn or rcpch guidance on trafficked children',
    facts: [/Royal College of Nursing/i, /Royal College of Paediatrics and Child Health/i],
    from: 'PG47 Appendix 3',
  },
  {
    q: 'the sca ignored the information we sent with the nrm referral',
    facts: [/disregarded/i, /asylum interview/i, /invite it to strategy meetings/i],
    from: 'Monitoring report §9.5.3, §9.5.2, rec 8',
  },
  // Contacts
  {
    q: 'what is the modern slavery helpline number',
    facts: [/08000 121 700/, /0808 800 5000/, /999/, /0800 043 4303/],
    from: 'National helplines',
  },
  // From a person walking the bot (tenth round), and coverage the blind writers found missing
  { q: 'she agreed to it so its not trafficking right', facts: [/cannot give informed consent/i], from: 'PG47 §3.1' },
  { q: 'is 17 a child', facts: [/under 18|18th birthday/i, /16 or 17/], from: 'Working Together 2023' },
  { q: 'does this apply to a 17 year old', facts: [/16 or 17/, /presumed to be a child/i], from: 'Monitoring report §4.6.1' },
  { q: 'man at reception says hes her dad can he take her home', facts: [/not until they are checked/i], from: 'PG47 §15' },
  {
    q: 'what is the difference between uk visas and immigration and immigration enforcement',
    facts: [/visas, asylum, appeals/i, /offences, detention/i],
    from: 'PG47 §7.1',
  },
  { q: 'what counts as missing from care', facts: [/10pm/, /24 hours/], from: 'Southwark scrutiny; Monitoring report §6.1' },
  {
    q: 'can we update the nrm referral with new information',
    facts: [/competent authority/i, /new information/i],
    from: 'Monitoring report §4.8.3-4',
  },
  { q: 'what does the ukhtc do', facts: [/179/, /National Crime Agency/], from: 'Monitoring report §4.1.1; PG47 Appendix 3' },
  {
    q: 'how do we agree with the police that a case is not trafficking',
    facts: [/joint decision/i, /record why/i],
    from: 'Monitoring report §5.6',
  },
  {
    q: 'the childs mum seems to be exploited as well',
    facts: [/NRM is for\s+adults as well/i, /safeguarding service for adults/i],
    from: 'PG47 §13.4; Monitoring report',
  },
];

describe('answers state the facts a safeguarding lead needs', () => {
  const kb = createKnowledgeBase();
  it.each(cases)('$q', ({ q, facts }) => {
    const r = kb.respond!(q);
    expect(r.kind, `"${q}" got ${r.kind === 'didYouMean' ? `Did you mean ${r.options.map((o) => o.id).join(', ')}` : r.kind}`).toBe(
      'answer',
    );
    if (r.kind !== 'answer') return;
    for (const f of facts) expect(r.entry.answer, `"${q}" -> ${r.entry.id}: missing ${f}`).toMatch(f);
  });

  it('asks enough questions, across the procedure', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
});
