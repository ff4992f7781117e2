// Third-round held-out accuracy (see heldout4.ts and heldout5.ts for how the figures were made).
// heldout4: 47.6% top-1, 61.9% top-3, 5/20 off-topic before the round; 57.1% / 71.4% / 5/20 after,
// measured once, but its baseline misses were seen while tuning, so that figure flatters.
// heldout5: written after the round, measured once on each side: 50.0% / 53.3% / 5/10 before,
// 46.7% / 53.3% / 5/10 after, the honest figure for unseen questions. Floors sit a little under
// each after-figure: a change that costs more than two or three questions fails here. Raising a
// floor needs a fresh held-out set, not tuning on these.
// Issue 11 (bands, stories with their indicators named) moved heldout4 to 53.6% top-1, 79.8% top-3
// (a one-sign story now gets the first steps with the sign named where the label names an entry),
// 5/20 off-topic; its top-1 floor follows, 0.54 -> 0.52.
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from './shipped.js';
import { heldout4, heldout4OffTopic } from './heldout4.js';
import { heldout5, heldout5OffTopic } from './heldout5.js';
import { heldOutSuite } from './heldoutSuite.js';

const kb = createKnowledgeBase();

heldOutSuite(kb, [
  {
    name: 'held-out 4',
    set: heldout4,
    off: heldout4OffTopic,
    least: { n: 80, off: 20 },
    floor: { top1: 0.52, top3: 0.68, offTopicAnswered: 6 },
  },
  {
    name: 'held-out 5',
    set: heldout5,
    off: heldout5OffTopic,
    least: { n: 30, off: 10 },
    floor: { top1: 0.4, top3: 0.46, offTopicAnswered: 6 },
  },
]);

describe('third-round folds', () => {
  it('read a refusal as consent, and a denied border crossing as trafficking inside the UK', () => {
    expect(kb.answer('do we refer to the NRM when the young person does not agree to it')?.entry.id).toBe('nrm-consent');
    expect(kb.answer('can it be trafficking when the child never left the UK')?.entry.id).toBe('internal-trafficking');
  });

  it('answer a single rare word matched exactly, but not a word the base never uses', () => {
    expect(kb.answer('bondage')?.entry.id).toBe('control-methods');
    expect(kb.answer('timesheet')).toBeUndefined();
  });

  it('drop who is asking, in any role, before a colon or "here"', () => {
    const plain = kb.answer('what is the golden hour')?.entry.id;
    expect(plain).toBe('golden-hour');
    expect(kb.answer('Custody sergeant: what is the golden hour')?.entry.id).toBe(plain);
    expect(kb.answer('children’s home night manager here, what is the golden hour')?.entry.id).toBe(plain);
  });

  it('answer a worried message about a child with one sign that asks what to do with the first steps', () => {
    const a = kb.answer('a boy in my class says he sleeps on the floor of the restaurant where he works, what should I do?');
    expect(a?.entry.id).toBe('what-to-do-first');
    // ...but not when it is about an adult colleague.
    expect(kb.answer('my colleague sleeps at the office most nights, what should I do?')?.entry.id).not.toBe('what-to-do-first');
  });
});
