// The general off-topic guard (issue 11): a message that names nothing of child protection (no
// child, no age, no sign, no word of the procedure: onTopic in folds.yaml) is answered only when an
// entry matches it strongly, and gets no "Did you mean" buttons. The everyday questions here match
// none of the offTopic patterns, so it is the guard, not a list of words, that declines them.
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase, indicatorsIn, lexicon } from './shipped.js';

const offTopic = (text: string) => lexicon.offTopic(text);
const onTopic = (text: string) => lexicon.onTopic(text);

const kb = createKnowledgeBase();

const EVERYDAY = [
  "what's your name",
  'help me write a CV',
  'can you summarise this document for me',
  'how do I share my screen in a call',
  'recommend a good sandwich place near the office',
  "what's a good name for a cat",
  'how do I apply for a job at the council',
  'who is the leader of the council',
];

describe('the off-topic guard', () => {
  it('declines everyday questions that no off-topic pattern names, without buttons', () => {
    for (const q of EVERYDAY) {
      expect(offTopic(q), q).toBe(false);
      expect(onTopic(q), q).toBe(false);
      expect(kb.respond!(q), q).toEqual({ kind: 'unknown', offTopic: true });
    }
  });

  it('declines everyday questions about family life, though they name a child', () => {
    for (const q of [
      'how much is child benefit',
      'when do the school holidays start this year',
      'where is the nearest hospital to the office',
      // The asker's own child, and an HR phrase that uses a word of the procedure ("carer").
      'my daughter has been off school for 3 days with flu, how do i book carers leave',
      'my teenage son has chickenpox, can i work from home',
    ])
      expect(kb.answer(q), q).toBeUndefined();
  });

  it('answers a story told of a child by a service whose own words are out of scope, or with no word of the procedure', () => {
    for (const [q, id] of [
      [
        'environmental health: damp inspection, house with blacked out windows and rooms full of plants and lamps, a boy of about 14 alone inside',
        'cannabis-farm',
      ],
      ['duty sw: a man keeps phoning the office asking which foster carer she is with and where she is staying now', 'enquirers'],
    ] as const)
      expect(kb.answer(q)?.entry.id, q).toBe(id);
  });

  it('still answers a question that names child protection, a child, or matches an entry strongly', () => {
    expect(kb.answer('explain the golden hour please')?.entry.id).toBe('golden-hour');
    expect(kb.answer('dtn')?.entry.id).toBe('duty-to-notify');
    expect(kb.answer('a 15 year old at my school says her uncle keeps her wages, what now?')).toBeDefined();
    // No word of onTopic, but the best entry covers the question with a telling word and a good score.
    for (const [q, id] of [
      ['embassy contact details', 'embassies'],
      ['the four ways forward', 'four-ways-forward'],
    ] as const) {
      expect(onTopic(q), q).toBe(false);
      expect(kb.answer(q)?.entry.id, q).toBe(id);
    }
  });

  it('does not take one word with an everyday sense too (refer, missing, meeting, interview) for child protection', () => {
    for (const q of [
      'my parcel is missing, the courier says it was delivered',
      'can i refer a friend to the staff discount website',
      'interview panel lunch order for tuesday',
      'can my uncle translate my tenancy letter',
    ]) {
      expect(onTopic(q), q).toBe(false);
      expect(kb.answer(q), q).toBeUndefined();
    }
    // The same words with a child or a word of the procedure are answered.
    expect(kb.answer('the boy has gone missing from his foster placement')).toBeDefined();
    expect(onTopic('who attends the strategy meeting')).toBe(true);
    expect(kb.answer('can i refer a 15 year old to csc myself')).toBeDefined();
  });

  it('declines a word of the procedure used in its everyday sense (otherSense in folds.yaml), unless a child is named', () => {
    for (const q of [
      'what time is the strategy meeting about the office move',
      'any good films about human trafficking for our team away day',
      'podcasts about people smuggling across the channel',
      'how do hackers exploit a software vulnerability',
      'our modern slavery statement for suppliers needs updating, who signs it off',
      'what is the sentence for drug trafficking in the uk',
      'cigarette smuggling at dover, who deals with it',
      'budget meeting agenda for the safeguarding team',
      'can i interview for the safeguarding manager job',
      'is smuggling cigarettes from spain illegal',
      'can i refer a friend for a job here',
      'what should the agenda be for our team strategy meeting',
      'indicators of a good employee',
      'how do i safeguard my online banking',
      'best documentary on human trafficking',
      'interview tips for a senior social worker job',
      'the home office building address',
      'is the victoria line running tonight',
      'train strikes next week',
      'when do I renew my passport',
      'booking a holiday to spain in august, any tips',
      'best camera settings for low light',
      'photography course for staff',
      "need to book an interpreter for an adult tenant's housing meeting next week",
    ]) {
      expect(offTopic(q), q).toBe(true);
      expect(kb.respond!(q), q).toEqual({ kind: 'unknown', offTopic: true });
    }
    // The same words about a child, or in the procedure's own sense, are answered.
    for (const [q, id] of [
      ['what goes on the agenda for the strategy meeting', 'strategy-meeting-agenda'],
      ['is there a budget for a specialist placement for a trafficked child', 'funding-placements'],
      ['is county lines drug trafficking a form of child trafficking', 'county-lines'],
      ['are kids used for cigarette smuggling trafficked', 'trafficking-vs-smuggling'],
      ['what goes on the agenda of a strategy meeting about a trafficked child', 'strategy-meeting-agenda'],
      ['is it my job as a teacher to spot trafficking', 'whose-job-to-identify'],
      ['what interview questions should i ask the child', 'interview-how'],
      ['what happens in the golden hour', 'golden-hour'],
      ['who pays for the interpreter', 'interpreters'],
      ['do we need an interpreter for the child at the housing meeting', 'interpreters'],
      ['can her aunt interpret for the meeting', 'interpreters'],
      ['does he need camhs', 'support-services'],
      ['her passport photo doesnt look like her', 'checking-documents'],
    ] as const) {
      expect(offTopic(q), q).toBe(false);
      expect(kb.answer(q)?.entry.id, q).toBe(id);
    }
  });
});

describe("the asker's own child or family, and pets (round 15)", () => {
  it('declines everyday questions about a pet gone missing or the asker’s own child or family, without buttons', () => {
    for (const q of [
      'my cat has gone missing, who do i call',
      'our dog has been missing since yesterday',
      'my parrot flew off and is missing',
      'my son needs help choosing a uni course, any advice',
      'my daughter wants to go to college in manchester, which course is best',
      'school applications for my son, when is the deadline',
      'my daughter is never allowed to go to sleepovers, is that normal',
      "my ex won't let him go to his football club at weekends",
      "my son's childcare fell through, who can help",
      'my kids are ill, who do i ring',
      'my daughter has a fever and is off school',
    ]) {
      expect(indicatorsIn(q), q).toEqual([]);
      expect(kb.respond!(q), q).toEqual({ kind: 'unknown', offTopic: true });
    }
  });

  it('still reads a child in the asker’s care, or a sign told of another child, as a story', () => {
    for (const q of [
      'my yp is never allowed to go out on her own',
      'my pupil is not allowed to go to sleepovers and has no phone',
      "a boy in my class won't let anyone talk to him alone, his uncle does all the talking",
      "my son's friend is never allowed out and his uncle keeps his passport",
      "my foster child isn't allowed to go to football club by her uncle",
    ]) {
      expect(indicatorsIn(q), q).toContain('limited-freedom');
      expect(kb.answer(q), q).toBeDefined();
    }
    expect(kb.answer('my foster child went missing last night')?.entry.id).toBe('missing-child');
  });

  it('a pet gone missing from a placement is not a child gone missing; a child named with it still is', () => {
    for (const q of ['the dog ran off from the foster placement, who do i tell', 'our kitten got out of the residential unit and is lost'])
      expect(kb.respond!(q), q).toEqual({ kind: 'unknown', offTopic: true });
    expect(kb.respond!('a foster child went missing from the foster home').kind).toBe('answer');
    expect(kb.respond!('the foster family cat is missing and the yp is upset').kind).not.toBe('unknown');
  });
});

describe('round 16: a pet gone missing from a foster home, a parent’s own contact dispute, what a visa costs', () => {
  it('declines them as everyday, without buttons', () => {
    for (const q of [
      'the cat went missing from the foster home',
      'the dog has gone missing from the foster placement, who do i ring',
      "my partner won't let me see my kids",
      'my ex wont let me see my son, what can i do',
      'how much is the immigration health surcharge for a student visa',
      'how much does a student visa cost',
    ]) {
      expect(indicatorsIn(q), q).toEqual([]);
      expect(kb.respond!(q), q).toEqual({ kind: 'unknown', offTopic: true });
    }
  });

  it('still answers the same words about a child', () => {
    expect(indicatorsIn('a girl went missing from the foster home last night')).toContain('missing-periods');
    expect(kb.answer('a girl went missing from the foster home last night')?.entry.id).toBe('missing-child');
    expect(kb.respond!('her visa fees were paid by a man she does not know').kind).toBe('answer');
    expect(kb.respond!("my ex won't let me see my daughter and i think he is trafficking her").kind).not.toBe('unknown');
  });

  it('a club age group is a child, and a sign told at a football club still makes a story', () => {
    expect(lexicon.terms('one of our u15s')).toEqual(lexicon.terms('child'));
    const q = "i run a football club, one of our u15s has to give his dad's 'boss' most of the money he makes washing cars";
    expect(indicatorsIn(q)).toContain('hands-over-earnings');
    expect(kb.answer(q)?.entry.id).toBe('what-to-do-first');
  });

  it('reads the late hour it is now as out of hours, not an hour told in a story', () => {
    expect(kb.answer('its 11pm on a saturday who do i ring')?.entry.id).toBe('out-of-hours');
    expect(kb.answer("it's gone midnight, who do i call")?.entry.id).toBe('out-of-hours');
    expect(lexicon.terms('he did not come back at 10pm')).not.toContain(lexicon.terms('out of hours')[0]);
  });
});

describe('round 17: a family court order for the asker’s own child, a pet gone missing from a children’s home, a software exploit, a carer’s holiday', () => {
  it('declines them as everyday, without buttons', () => {
    for (const q of [
      'a child arrangements order for my son',
      'how do i apply for a child arrangements order for my daughter',
      "the dog has gone missing from the children's home",
      'our cat went missing from the childrens home, who do i ring',
      'how do i report an exploit i found in our case management software',
      'can a foster carer take a child on holiday abroad',
      'can we take our foster child on holiday to spain?',
    ]) {
      expect(indicatorsIn(q), q).toEqual([]);
      expect(kb.respond!(q), q).toEqual({ kind: 'unknown', offTopic: true });
    }
  });

  it('still answers the same words about a child', () => {
    expect(kb.answer('a boy went missing from the childrens home last night')?.entry.id).toBe('missing-child');
    expect(kb.respond!("the dog has gone missing from the children's home and the yp is upset").kind).not.toBe('unknown');
    expect(kb.respond!('can a child arrangements order stop a trafficked child being taken abroad').kind).not.toBe('unknown');
    expect(kb.respond!('traffickers exploit children through debt, what should i look for').kind).not.toBe('unknown');
    expect(kb.respond!("can a foster carer take a child on holiday abroad, i'm worried she will be married off there").kind).toBe('answer');
  });
});

describe('round 18: an everyday "exploit" of software (set 27: pivot tables in Excel)', () => {
  it('declines it as everyday, without buttons', () => {
    for (const q of [
      'how do I exploit pivot tables properly in excel',
      'how can we exploit the new features in our case management software',
      'how do i exploit excel macros to save time',
      'exploit the full potential of sharepoint',
    ]) {
      expect(indicatorsIn(q), q).toEqual([]);
      expect(kb.respond!(q), q).toEqual({ kind: 'unknown', offTopic: true });
    }
  });

  it('still answers children exploited through apps', () => {
    expect(kb.respond!('how do gangs exploit children using snapchat and other apps').kind).not.toBe('unknown');
    expect(kb.respond!('traffickers exploit children through apps and social media').kind).not.toBe('unknown');
  });
});
