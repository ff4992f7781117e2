// The word vectors (src/procedure/kb/vectors.ts, shipped in src/procedure/kb/vectors/): the file is checked when read,
// sentences that mean the same are nearer than ones that do not, and in the knowledge base they only choose between
// entries the indexes found, never answer an everyday question (docs/kb.md, "Word vectors").
import { describe, expect, it } from 'vitest';
import { readWordVectors, shippedKbContent } from '../../src/content/kb.js';
import { NearestByVectors, WordVectors, createKnowledgeBase } from '../../src/procedure/kb/index.js';

const vectors = readWordVectors();
const cos = (a: string, b: string) => {
  const x = vectors.sentence(a)!;
  const y = vectors.sentence(b)!;
  return x.reduce((s, v, i) => s + v * y[i]!, 0);
};

describe('word vectors', () => {
  it('ships the 30,000 commonest English words and the content’s own, 100 dimensions', () => {
    expect(vectors.size).toBeGreaterThanOrEqual(30_000);
    expect(vectors.dim).toBe(100);
    expect(vectors.sentence('xqzzy blorft')).toBeUndefined();
  });

  it('puts sentences that mean the same nearer than ones that do not', () => {
    expect(cos('the chemist called the police', 'the pharmacist phoned the police')).toBeGreaterThan(
      cos('the chemist called the police', 'a recipe for lemon cake'),
    );
    expect(cos('she ran away from the foster home', 'the girl went missing from her placement')).toBeGreaterThan(
      cos('she ran away from the foster home', 'how do i book annual leave'),
    );
  });

  it('refuses a file that does not match its words', () => {
    const words = ['a', 'b'];
    const ok = new Uint8Array(12 + 2 * 8 + 2 * 3);
    ok.set([...'WV01'].map((c) => c.charCodeAt(0)));
    const view = new DataView(ok.buffer);
    view.setUint32(4, 2, true);
    view.setUint32(8, 3, true);
    expect(new WordVectors(words, ok).size).toBe(2);
    expect(() => new WordVectors(['a'], ok)).toThrow(/2 vectors for 1 words/);
    expect(() => new WordVectors(words, ok.subarray(0, ok.length - 1))).toThrow(/truncated/);
    expect(() => new WordVectors(words, new Uint8Array(40))).toThrow(/not a WV01 file/);
  });

  it('finds the nearest entry by its texts', () => {
    const near = new NearestByVectors(
      vectors,
      new Map([
        ['missing', ['what do i do when a child goes missing from care']],
        ['leave', ['how many days of annual leave do staff get']],
      ]),
    );
    expect(near.nearest('the girl has run away from her foster placement')).toBe('missing');
    expect(near.nearest('xqzzy blorft')).toBeUndefined();
  });
});

describe('the knowledge base with word vectors', () => {
  const content = shippedKbContent();
  const withVectors = createKnowledgeBase(content);
  const without = createKnowledgeBase({ ...content, vectors: undefined });

  it('answers what it answered before where the indexes agree, and declines the same everyday questions', () => {
    for (const q of [
      'what is the nrm?',
      'do i need consent for an nrm referral',
      'what is private fostering',
      'whats the weather like tomorrow in london',
      'best train from croydon to brighton',
      'how do i book annual leave',
    ]) {
      const a = withVectors.respond!(q);
      const b = without.respond!(q);
      expect(a.kind, q).toBe(b.kind);
      if (a.kind === 'answer' && b.kind === 'answer') expect(a.entry.id, q).toBe(b.entry.id);
    }
  });

  it('adds its nearest entry to a "Did you mean" that lacks it, keeping the first two and at most three', () => {
    let added = 0;
    for (const q of [
      'what about the police',
      'benefit fraud and pick pocketing, is that a trafficking thing too?',
      'he refuses to sign anything, can the nrm still go ahead',
    ]) {
      const b = without.respond!(q);
      if (b.kind !== 'didYouMean') continue;
      const a = withVectors.respond!(q);
      expect(a.kind, q).toBe('didYouMean');
      if (a.kind !== 'didYouMean') continue;
      const ids = a.options.map((e) => e.id);
      expect(ids.length, q).toBeLessThanOrEqual(3);
      expect(new Set(ids).size, q).toBe(ids.length);
      expect(ids.slice(0, 2), q).toEqual(b.options.map((e) => e.id).slice(0, 2));
      if (ids.join() !== b.options.map((e) => e.id).join()) added++;
    }
    expect(added).toBeGreaterThan(0);
  });
});
