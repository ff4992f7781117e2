// Retrieval accuracy on questions worded as practitioners type them, and honesty off-topic.
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from './shipped.js';
import { labelled, offTopic } from './labelled.js';

const kb = createKnowledgeBase();

describe('knowledge base accuracy', () => {
  it('labels only entries that exist, and has enough questions', () => {
    const ids = new Set(kb.entries.map((e) => e.id));
    expect(labelled.length).toBeGreaterThanOrEqual(80);
    expect(offTopic.length).toBeGreaterThanOrEqual(15);
    for (const l of labelled) {
      expect(ids.has(l.expect), l.expect).toBe(true);
      if (l.also) expect(ids.has(l.also), l.also).toBe(true);
    }
  });

  it('answers at least 90% of labelled questions with the expected entry first, and nothing off-topic', () => {
    const misses: string[] = [];
    let hits = 0;
    for (const l of labelled) {
      const got = kb.answer(l.q)?.entry.id;
      if (got === l.expect || (l.also !== undefined && got === l.also)) hits++;
      else misses.push(`  "${l.q}" -> ${got ?? '(no answer)'} (expected ${l.expect})`);
    }
    const answeredOff = offTopic.filter((q) => kb.answer(q) !== undefined);
    const pct = ((100 * hits) / labelled.length).toFixed(1);
    console.log(`KB top-1 accuracy: ${hits}/${labelled.length} = ${pct}%; off-topic answered: ${answeredOff.length}/${offTopic.length}`);
    if (misses.length) console.log(`KB misses:\n${misses.join('\n')}`);
    if (answeredOff.length) console.log(`KB answered off-topic: ${answeredOff.join(' | ')}`);
    expect(hits / labelled.length).toBeGreaterThanOrEqual(0.9);
    expect(answeredOff).toEqual([]);
  });

  it('stays fast on a pasted wall of text', () => {
    const wall = Array.from({ length: 400 }, (_, i) => `${labelled[i % labelled.length]!.q} word${i}`).join(' ');
    const t0 = performance.now();
    kb.answer(wall);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('says nothing for empty or stop-word-only input', () => {
    for (const q of ['', '   ', '?', 'what is it', 'hello']) expect(kb.answer(q)).toBeUndefined();
  });
});
