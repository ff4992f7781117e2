// Spelling (src/procedure/kb/spelling.ts): a word the base never uses is read as the nearest word it does use,
// unless it is an everyday English word near one (folds.yaml spelledAsWritten) or too short to tell.
import { describe, expect, it } from 'vitest';
import { Speller, editDistance, tidied } from '../../src/procedure/kb/spelling.js';
import { createKnowledgeBase } from './shipped.js';

const kb = createKnowledgeBase();
const plain = createKnowledgeBase({ spelling: false });

describe('spelling', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('tarfficked', 'trafficked', 2)).toBe(1);
    expect(editDistance('strattegy', 'strategy', 1)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('reads a typo as the most used near word, and leaves known, everyday and short words alone', () => {
    const s = new Speller(
      new Map([
        ['trafficked', 9],
        ['staff', 5],
        ['interpreter', 3],
        ['care', 8],
      ]),
      ['referral'],
      ['stiff', 'internet'],
    );
    expect(s.correct('Tarfficked? refferal')).toBe('trafficked? referral');
    expect(s.correct('scared stiff on the internet')).toBe('scared stiff on the internet');
    // A 4-letter word only for two letters swapped or one left out ("cake" is not "care"; "caer" is).
    expect(s.correct('cake caer staf')).toBe('cake care staff');
  });

  it('answers heavily typo’d questions that got "I don\'t know" as written', () => {
    for (const [q, id] of [
      ['tarfficked', 'what-is-trafficking'],
      ['who are first respnders', 'nrm-who-refers'],
    ] as const) {
      expect(kb.answer(q)?.entry.id, q).toBe(id);
      expect(plain.answer(q)?.entry.id, q).toBeUndefined();
    }
  });

  it('does not make an everyday question an answer', () => {
    for (const q of ['how do I aiply for housing benefot', 'my printer is jammed', 'is the canteen open on fridya'])
      expect(kb.answer(q), q).toBeUndefined();
  });
});

describe('greetings, thanks and asking the bot', () => {
  it('answer as the plain question does', () => {
    for (const q of ['what is the golden hour', 'what is private fostering', 'what is a reasonable grounds decision']) {
      const plainId = kb.answer(q)?.entry.id;
      expect(plainId, q).toBeDefined();
      for (const wrapped of [
        `hiya ${q}`,
        `sorry to bother you but ${q}`,
        `can you tell me ${q}`,
        `${q} thank you!`,
        `${q} any advice?`,
        `urgent: ${q}`,
      ])
        expect(kb.answer(wrapped)?.entry.id, wrapped).toBe(plainId);
    }
  });

  it('do not make an everyday question an answer', () => {
    for (const q of [
      'hiya, can you tell me when the canteen opens? thank you!',
      'sorry to bother you but where is the car park',
      // Who is writing does not make it about child protection.
      'As a school nurse, how do I book annual leave',
      'I work in a pharmacy and want to know where to park',
    ])
      expect(kb.answer(q), q).toBeUndefined();
  });
});

describe('tidying', () => {
  it('reads runs of spaces as one and an age in words as digits', () => {
    expect(tidied('a  fifteen year old\nboy, aged twelve, one of them')).toBe('a 15 year old boy, aged 12, one of them');
    const q = 'a 15 year old boy is working in a car wash and never goes to school';
    expect(kb.answer(q.replace('15', 'fifteen'))?.entry.id).toBe(kb.answer(q)?.entry.id);
    expect(kb.answer(q.replace(/ /g, '  '))?.entry.id).toBe(kb.answer(q)?.entry.id);
  });
});
