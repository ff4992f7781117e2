// A child's story that no entry plainly matches gets the first steps (with the signs it shows), not "Did you mean"
// buttons: telling what was seen about a child asks what to do about it (retrieval.ts, unplacedStory). A story that
// ends on a question of its own keeps its band.
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from './shipped.js';

const kb = createKnowledgeBase();

describe('a story no entry places', () => {
  it('gets the first steps as a story answer', () => {
    for (const q of [
      "interpreting at a home visit today, the man who calls himself the boy's dad kept answering for him and told him in their language to say nothing about the trip",
      'bus driver here, the same girl of about 12 rides my route every school day with a different group of men, she never has a ticket',
      'our lad in resi has got three phones, never has any of his pocket money and goes out at 2am when it rings, comes back next day',
    ]) {
      const r = kb.respond!(q);
      expect(r.kind === 'answer' && r.entry.id, q).toBe('what-to-do-first');
      expect(r.kind === 'answer' && r.story, q).toBeDefined();
    }
  });

  it('not when it asks something else, or asks in general, or is short', () => {
    for (const q of [
      'she says she wanted to come here and work, doesnt that mean it isnt trafficking?',
      'what are the signs that a child is being trafficked',
      'the girl has no passport',
    ]) {
      const r = kb.respond!(q);
      expect(r.kind === 'answer' && r.entry.id === 'what-to-do-first' && r.story, q).toBeFalsy();
    }
  });

  it('not an everyday message that names no child', () => {
    const r = kb.respond!('the printer on the third floor keeps jamming every morning and nobody from it has come to fix it yet, who do i call');
    expect(r.kind).toBe('unknown');
  });
});
