// Second-round held-out accuracy (see heldout2.ts and heldout3.ts for how the figures were made).
// heldout2: measured 88.8% top-1, 95.2% top-3, 0/30 off-topic after tuning; its failures were SEEN
// while tuning, so the figure flatters. heldout3: written after the round and measured once
// (60.0% top-1, 75.0% top-3, 4/15 off-topic), the honest figure for unseen questions. Floors sit a
// little under each: a change that costs more than two or three questions fails here. Raising a
// floor needs a fresh held-out set, not tuning on these.
// Issue 11 (bands, stories with their indicators named) moved heldout2 to 84.8% top-1, 95.2% top-3,
// 0/30 off-topic (5 answers became "Did you mean" with the right entry first, or a story answer
// where the label names a sign entry); its top-1 floor follows, 0.86 -> 0.84.
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from './shipped.js';
import { heldout2, heldout2OffTopic } from './heldout2.js';
import { heldout3, heldout3OffTopic } from './heldout3.js';
import { heldOutSuite } from './heldoutSuite.js';

const kb = createKnowledgeBase();

heldOutSuite(kb, [
  {
    name: 'held-out 2',
    set: heldout2,
    off: heldout2OffTopic,
    least: { n: 120, off: 30 },
    floor: { top1: 0.84, top3: 0.92, offTopicAnswered: 1 },
  },
  {
    name: 'held-out 3',
    set: heldout3,
    off: heldout3OffTopic,
    least: { n: 40, off: 15 },
    floor: { top1: 0.55, top3: 0.7, offTopicAnswered: 4 },
  },
]);

describe('stories with several signs', () => {
  it('answer with the first steps and offer the signs next, unless they name a situation', () => {
    // Long stories from heldout2 that tell two or more signs and name no situation of their own.
    const stories = heldout2.filter((h) => h.expect === 'what-to-do-first' && h.q.split(/\s+/).length >= 25);
    expect(stories.length).toBeGreaterThanOrEqual(6);
    for (const h of stories) {
      const a = kb.answer(h.q);
      expect(a?.entry.id, h.q).toBe('what-to-do-first');
      expect(a!.related[0]!.id).toBe('risk-indicators');
    }
    // A story that says "county lines" gets the county lines answer.
    const named = kb.answer(
      'Youth worker: lad keeps going missing for days, came back with two new phones and cash, I think it is county lines',
    );
    expect(named?.entry.id).toBe('county-lines');
    // Several signs about an adult colleague are not a child's story.
    expect(kb.answer('my colleague keeps missing meetings and owes everyone money')?.entry.id).not.toBe('what-to-do-first');
  });
});
