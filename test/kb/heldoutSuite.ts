// One suite for every held-out set: labels point at real entries, and accuracy stays above its floor.
// The figures are printed so they appear in the test output (and the closing notes).
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/procedure/kb/index.js';
import type { HeldOut } from './heldout.js';
import { measure, pct } from './measure.js';

export interface HeldOutSet {
  name: string;
  set: HeldOut[];
  off: string[];
  least: { n: number; off: number };
  floor: { top1: number; top3: number; offTopicAnswered: number };
}

export function heldOutSuite(kb: KnowledgeBase, sets: HeldOutSet[]): void {
  for (const s of sets)
    describe(`knowledge base on ${s.name} questions`, () => {
      it('labels only entries that exist, with enough distinct questions', () => {
        const ids = new Set(kb.entries.map((e) => e.id));
        expect(s.set.length).toBeGreaterThanOrEqual(s.least.n);
        expect(s.off.length).toBeGreaterThanOrEqual(s.least.off);
        for (const h of s.set) {
          expect(ids.has(h.expect), h.expect).toBe(true);
          if (h.also) expect(ids.has(h.also), h.also).toBe(true);
        }
        expect(new Set(s.set.map((h) => h.q.toLowerCase())).size).toBe(s.set.length);
      });

      it(`answers at least ${Math.round(s.floor.top1 * 100)}% top-1, ${Math.round(s.floor.top3 * 100)}% top-3, at most ${s.floor.offTopicAnswered} off-topic`, () => {
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
}
