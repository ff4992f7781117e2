// Second-round held-out accuracy (see heldout2.ts and heldout3.ts for how the figures were made).
// heldout2: measured 88.8% top-1, 95.2% top-3, 0/30 off-topic after tuning; its failures were SEEN
// while tuning, so the figure flatters. heldout3: written after the round and measured once
// (60.0% top-1, 75.0% top-3, 4/15 off-topic), the honest figure for unseen questions. Floors sit a
// little under each: a change that costs more than two or three questions fails here. Raising a
// floor needs a fresh held-out set, not tuning on these.
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/procedure/kb/index.js';
import type { HeldOut } from './heldout.js';
import { heldout2, heldout2OffTopic } from './heldout2.js';
import { heldout3, heldout3OffTopic } from './heldout3.js';
import { measure, pct } from './measure.js';

const kb = createKnowledgeBase();

const SETS: Array<{
  name: string;
  set: HeldOut[];
  off: string[];
  least: { n: number; off: number };
  floor: { top1: number; top3: number; offTopicAnswered: number };
}> = [
  {
    name: 'held-out 2',
    set: heldout2,
    off: heldout2OffTopic,
    least: { n: 120, off: 30 },
    floor: { top1: 0.86, top3: 0.92, offTopicAnswered: 1 },
  },
  {
    name: 'held-out 3',
    set: heldout3,
    off: heldout3OffTopic,
    least: { n: 40, off: 15 },
    floor: { top1: 0.55, top3: 0.7, offTopicAnswered: 4 },
  },
];

for (const s of SETS)
  describe(`knowledge base on ${s.name} questions`, () => {
    it('labels only entries that exist, with enough questions', () => {
      const ids = new Set(kb.entries.map((e) => e.id));
      expect(s.set.length).toBeGreaterThanOrEqual(s.least.n);
      expect(s.off.length).toBeGreaterThanOrEqual(s.least.off);
      for (const h of s.set) {
        expect(ids.has(h.expect), h.expect).toBe(true);
        if (h.also) expect(ids.has(h.also), h.also).toBe(true);
      }
      expect(new Set(s.set.map((h) => h.q.toLowerCase())).size).toBe(s.set.length);
    });

    it(`answers at least ${s.floor.top1 * 100}% top-1, ${s.floor.top3 * 100}% top-3, at most ${s.floor.offTopicAnswered} off-topic`, () => {
      const m = measure(kb, s.set, s.off);
      console.log(
        `KB ${s.name}: top-1 ${pct(m.top1, m.n)}, top-3 ${pct(m.top3, m.n)}; off-topic answered ${m.offAnswered.length}/${m.offN}`,
      );
      if (m.misses.length) console.log(`KB ${s.name} misses:\n${m.misses.join('\n')}`);
      if (m.offAnswered.length) console.log(`KB ${s.name} off-topic answered: ${m.offAnswered.join(' | ')}`);
      expect(m.top1 / m.n).toBeGreaterThanOrEqual(s.floor.top1);
      expect(m.top3 / m.n).toBeGreaterThanOrEqual(s.floor.top3);
      expect(m.offAnswered.length).toBeLessThanOrEqual(s.floor.offTopicAnswered);
    });
  });

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
