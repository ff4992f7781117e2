// The entries: valid, citing, covering every section of PG47 and the practical points of the seeds.
import { describe, expect, it } from 'vitest';
import { KbEntriesSchema } from '../../src/procedure/kb/index.js';
import { createKnowledgeBase, kbEntries, terms } from './shipped.js';

const cited = (source: string) => kbEntries.filter((e) => e.sources.includes(source as never));
const answerOf = (id: string) => kbEntries.find((e) => e.id === id)?.answer ?? '';

describe('knowledge base entries', () => {
  it('validate with zod, with unique ids and resolvable follow-ups', () => {
    expect(() => KbEntriesSchema.parse(kbEntries)).not.toThrow();
    expect(kbEntries.length).toBeGreaterThanOrEqual(60);
    const dup = [...kbEntries, { ...kbEntries[0]! }];
    expect(() => KbEntriesSchema.parse(dup)).toThrow(/duplicate entry id/);
    const badSee = kbEntries.map((e, i) => (i === 0 ? { ...e, see: ['no-such-entry'] } : e));
    expect(() => KbEntriesSchema.parse(badSee)).toThrow(/unknown/);
  });

  it('rejects an entry without a proper citation or with an over-long button label', () => {
    const base = kbEntries[0]!;
    expect(() => KbEntriesSchema.parse(kbEntries.map((e, i) => (i === 0 ? { ...base, sources: ['somewhere'] } : e)))).toThrow(/cite/);
    expect(() => KbEntriesSchema.parse(kbEntries.map((e, i) => (i === 0 ? { ...base, question: 'x'.repeat(76) } : e)))).toThrow();
  });

  it('covers every section of PG47 the practitioner needs', () => {
    const sections = [
      '§3.1',
      '§4',
      '§5',
      '§6',
      '§7',
      '§7.1',
      '§8',
      '§9.1',
      '§9.2',
      '§10',
      '§10.1',
      '§11',
      '§12.1',
      '§12.2',
      '§12.3',
      '§12.4',
      '§12.5',
      '§12.6',
      '§12.7',
      '§12.8',
      '§12.9',
      '§12.10',
      '§13',
      '§13.1',
      '§13.2',
      '§13.3',
      '§13.3 b',
      '§13.4',
      '§14',
      '§15',
      '§16',
      '§16.1',
      '§16.2',
      '§16.3',
      '§16.4',
    ];
    const missing = sections.filter((s) => cited(`PG47 ${s}`).length === 0);
    expect(missing).toEqual([]);
  });

  it('covers the practical points of the monitoring report and the scrutiny session', () => {
    for (const s of [
      'Monitoring report §6.1',
      'Monitoring report §4.6.1',
      'Monitoring report rec 3',
      'Monitoring report §6.2',
      'Monitoring report §9.5.2',
      'Monitoring report §4.4.1',
      'Monitoring report §6.3',
      'Southwark scrutiny',
    ])
      expect(cited(s).length, s).toBeGreaterThan(0);
  });

  it('states the current statutory facts exactly', () => {
    expect(answerOf('nrm-consent')).toMatch(/not needed for a child/);
    expect(answerOf('duty-to-notify')).toMatch(/NRM referral itself meets that duty/);
    expect(answerOf('reasonable-grounds')).toMatch(/5 working days/);
    expect(answerOf('conclusive-grounds')).toMatch(/No sooner than 30 days/);
    expect(answerOf('recovery-period')).toMatch(/30 days since 13 December 2022.*45 days before/);
    expect(answerOf('devolved-panels')).toMatch(/Southwark and Bexley/);
    expect(answerOf('wt-timescales')).toMatch(/1 working day.*45 working days.*15 working days/);
    expect(answerOf('ictg-number')).toContain('0800 043 4303');
    expect(answerOf('national-lines')).toMatch(/999.*101.*0808 800 5000.*08000 121 700.*0800 043 4303/);
    expect(answerOf('strategy-meeting-when')).toMatch(/2 working days/);
    expect(answerOf('how-to-refer')).toMatch(/within 48 hours/);
    expect(answerOf('private-fostering-notify')).toMatch(/within 48 hours/);
    expect(answerOf('private-fostering')).toMatch(/under 16 \(under 18 if disabled\).*more than 28 days/);
    expect(answerOf('ictg-meetings')).toMatch(/at least 2 working days before.*within 2 working days after/);
  });

  it('never invents a phone number: every number quoted is one of the known lines', () => {
    const known = new Set(['999', '101', '0808 800 5000', '08000 121 700', '0800 043 4303']);
    for (const e of kbEntries) {
      const numbers = e.answer.match(/\b0\d{3,4} ?\d{3} ?\d{3,4}\b/g) ?? [];
      for (const n of numbers) expect(known.has(n), `${e.id}: ${n}`).toBe(true);
    }
  });
});

describe('synonyms and retrieval', () => {
  const kb = createKnowledgeBase();

  it('folds shorthand into the same terms as the long form', () => {
    expect(terms('s.47')).toEqual(terms('section 47'));
    expect(terms('NRM')).toEqual(terms('National Referral Mechanism'));
    expect(terms('UKBA')).toEqual(terms('Home Office'));
    expect(terms('CSC')).toEqual(terms("children's social care"));
    expect(terms('SCA')).toEqual(terms('single competent authority'));
    expect(terms('UASC')).toEqual(terms('unaccompanied asylum seeking children'));
    expect(terms('EPO')).toEqual(terms('emergency protection order'));
    expect(terms('trafficked')).toEqual(terms('trafficking'));
  });

  it('folds everyday accounts into the words of the indicators and the procedure', () => {
    expect(terms('her uncle keeps her wages')).toContain(terms('earnings')[0]);
    expect(terms('he owes them money for the journey')).toContain(terms('debt')[0]);
    expect(terms('picked up by an older guy')).toEqual(expect.arrayContaining(terms('driven olderboyfriend')));
    expect(terms('she is never allowed out')).toEqual(terms('limited freedom of movement'));
    expect(new Set(terms('says he is 18 but looks about 14'))).toEqual(new Set(terms('ageuncertain')));
    expect(terms('arrived at Heathrow on his own')).toEqual(expect.arrayContaining(terms('unaccompanied port')));
    expect(terms('national referal mechanism')).toEqual(terms('NRM'));
    expect(terms('she ran off')).toEqual(terms('she went missing'));
    expect(terms('begging')).toEqual(terms('beg'));
    expect(terms('prosecuted')).toEqual(terms('prosecution'));
  });

  it('folds topics outside PG47 into one term that no entry uses', () => {
    const oos = terms('vulnerable adult')[0]!;
    for (const q of ['DoLS for an adult', 'FGM mandatory reporting', 'Prevent referral', 'EHCP timescales', 'council tax'])
      expect(terms(q)).toContain(oos);
    for (const e of kbEntries) for (const f of [e.question, ...e.alt, e.answer]) expect(terms(f), e.id).not.toContain(oos);
    expect(kb.answer('how do I report a safeguarding concern about a vulnerable adult')).toBeUndefined();
  });

  it('folds the second round of practitioner shorthand', () => {
    expect(terms('DSLs')).toEqual(terms('designated safeguarding lead'));
    expect(terms('NTS')).toEqual(terms('National Transfer Scheme'));
    expect(terms('Hackney')).toEqual(terms('borough'));
    expect(terms('minutes')).toEqual(terms('notes'));
    expect(terms('number for the guardians')).toEqual(terms('phone ICTG'));
    expect(terms('human trafficking')).toEqual(terms('trafficking'));
    expect(terms('a lad (15) from Margate')).toEqual(terms('a lad from Southend'));
    expect(terms('a boy of about 12')).toEqual(terms('a boy'));
    expect(terms('can we send him back home')).toEqual(expect.arrayContaining(terms('repatriation')));
  });

  it('does not answer criminal-law and other-chapter topics the seeds do not state', () => {
    for (const q of [
      'can a child use the section 45 defence',
      'what is cuckooing',
      'what goes in a CP plan',
      'does he need an appropriate adult',
    ])
      expect(kb.answer(q), q).toBeUndefined();
  });

  it("states the new entries' facts as the seeds give them", () => {
    expect(answerOf('legislation')).toMatch(/Palermo Protocol \(2000\)/);
    expect(answerOf('legislation')).toContain('Children Act 1989');
    expect(answerOf('statistics')).toMatch(/5,000 victims .* 2,000 of them children/);
    expect(answerOf('statistics')).toContain('24%');
    expect(answerOf('ecpat')).toContain('26 of the 33 London boroughs');
    expect(answerOf('housing')).toContain('(HMOs)');
  });

  it('answers shorthand and typos alike', () => {
    for (const q of ['s47 when', 'section 47 enquiry when is it needed', 'when do we do a sec 47'])
      expect(kb.answer(q)?.entry.id).toBe('s47-when');
    expect(kb.answer('do i need concent for an nrm referal')?.entry.id).toBe('nrm-consent');
  });

  it('gives up to 3 related entries, never the answer itself', () => {
    const a = kb.answer('what is the ICTG number?')!;
    expect(a.entry.id).toBe('ictg-number');
    expect(a.score).toBeGreaterThan(0);
    expect(a.related.length).toBe(3);
    expect(new Set(a.related.map((e) => e.id)).size).toBe(3);
    expect(a.related.map((e) => e.id)).not.toContain('ictg-number');
    const r = kb.related('golden-hour');
    expect(r.length).toBe(3);
    expect(r.map((e) => e.id)).not.toContain('golden-hour');
    expect(kb.related('no-such-entry')).toEqual([]);
  });
});

describe('coverage gaps found by blind test writers (PG47 Appendix 3, the monitoring report, the evidence to Parliament)', () => {
  const kb = createKnowledgeBase();

  it('answers each with the entry that covers it', () => {
    for (const [q, id] of [
      ['what is op innerste', 'operation-innerste'],
      ['whats the national transfer scheme', 'uasc'],
      ['hague convention cross border case', 'hague-convention'],
      ['is there money for a secure placement', 'funding-placements'],
      ['how do i put the trafficking assessment on mosaic', 'ics-recording'],
      ['police and csc agree its not trafficking what now', 'no-further-action'],
      ['do we need to photograph the child within 24 hrs', 'preventing-missing'],
      ['where do i get ceop trafficking profiles', 'trafficking-profiles'],
      ['yp already has leave to remain whats the point of an nrm', 'leave-to-remain-nrm'],
      ['licensing officer at a lap dancing club saw a young girl', 'licensing-venues'],
      ['does trafficking go up during the olympics', 'major-events'],
      ['do i need parents consent to refer to csc', 'how-to-refer'],
      ['yp distressed halfway through the trafficking assessment', 'pause-assessment'],
      ['is there anything the child can read in their own language about support', 'child-information-languages'],
    ] as const)
      expect(kb.answer(q)?.entry.id, q).toBe(id);
  });

  it('cites the seed sections they come from', () => {
    for (const s of [
      'Monitoring report §5.6',
      'Monitoring report §7.2',
      'Monitoring report rec 1',
      'Monitoring report §9.2.2',
      'Monitoring report §8.2',
    ])
      expect(cited(s).length, s).toBeGreaterThan(0);
    expect(answerOf('operation-innerste')).toMatch(/police, local authorities and Immigration Enforcement/);
    expect(answerOf('uasc')).toMatch(/National Transfer Scheme/);
  });
});
