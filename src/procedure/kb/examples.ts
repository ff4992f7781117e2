// Learning from questions practitioners asked (content/examples.yaml: earlier held-out questions, each under the
// entry that answers it). A second index is built over the entries with those questions added to their phrasings;
// its answer is taken over the entries' own (retrieval.ts) only where that cannot make an everyday question, or a
// question the asked ones do not resemble, into a confident answer:
//   - an everyday question (off-topic) and a question that restates an entry stay the entries' own; so does an
//     "I don't know", unless it restates a question asked of an entry;
//   - a "Did you mean" becomes an answer only with one of its options;
//   - a new answer from the learned index (one the entries' own index does not give) must be close to a question
//     asked of that entry, or to one of its own phrasings (cosine of rarity-weighted word sets, options.exampleSimilarity),
//     unless it is a story's answer (a story about a child, with the signs it shows).
// Measured leaving each held-out set out in turn (docs/kb.md): better top-1 on every set, no everyday question answered.
import type { KbEntry, KbResponse } from './types.js';
import type { Lexicon } from './synonyms.js';
import { KbIndex } from './retrieval.js';
import type { Phrasing } from './build.js';
import type { NearestByVectors } from './vectors.js';
import { KEEP_ASKED, PLAIN_COVERAGE_ASKED } from './thresholds.js';

interface Asked {
  terms: Set<string>;
  norm: number;
}

/** Each entry's own question and phrasings and the questions asked of it, as term sets for a cosine. */
export class AskedQuestions {
  private readonly byEntry = new Map<string, Asked[]>();
  private readonly idf = new Map<string, number>();
  private readonly unseen: number;

  /** From an index's phrasings (each entry's question, phrasings and asked questions as term sets). */
  constructor(
    phrasings: ReadonlyMap<string, ReadonlyArray<{ terms: Set<string> }>>,
    private readonly lex: Lexicon,
  ) {
    const sets = [...phrasings].flatMap(([id, ps]) => ps.map((p) => ({ id, terms: p.terms })));
    const df = new Map<string, number>();
    for (const s of sets) for (const t of s.terms) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, n] of df) this.idf.set(t, Math.log(1 + sets.length / n));
    this.unseen = Math.log(1 + sets.length / 0.5);
    for (const s of sets) {
      let norm2 = 0;
      for (const t of s.terms) norm2 += this.weight(t) ** 2;
      const list = this.byEntry.get(s.id) ?? [];
      list.push({ terms: s.terms, norm: Math.sqrt(norm2) });
      this.byEntry.set(s.id, list);
    }
  }

  private weight(t: string): number {
    return this.idf.get(t) ?? this.unseen;
  }

  /** The cosine of the question with the nearest question asked of the entry (or its own phrasing): 0 to 1. */
  similarity(question: string, id: string): number {
    const q = new Set(this.lex.terms(question));
    let qNorm2 = 0;
    for (const t of q) qNorm2 += this.weight(t) ** 2;
    if (qNorm2 === 0) return 0;
    let best = 0;
    for (const a of this.byEntry.get(id) ?? []) {
      let dot = 0;
      for (const t of q) if (a.terms.has(t)) dot += this.weight(t) ** 2;
      if (dot > 0) best = Math.max(best, dot / (Math.sqrt(qNorm2) * a.norm));
    }
    return best;
  }
}

/**
 * The index over the entries with the asked questions as phrasings. Its follow-ups are the entries' own (`own`):
 * an entry's nearest by content, searched with its hundreds of asked questions, would cost a search per entry and say less.
 */
export class AskedIndex extends KbIndex {
  constructor(
    content: ConstructorParameters<typeof KbIndex>[0],
    options: ConstructorParameters<typeof KbIndex>[1],
    private readonly own: () => KbIndex,
  ) {
    super(content, options);
  }

  override related(id: string): KbEntry[] {
    return this.own().related(id);
  }

  /** With its asked stories, a situation entry covers much of any story: it must cover a little more to be its topic. */
  protected override readonly plainCoverage: number = PLAIN_COVERAGE_ASKED;
  /** A situation is named by a rare word of its own question or phrasings, not only of one asked of it ("floor"). */
  protected override naming(id: string): readonly Phrasing[] {
    return this.own().phrasings.get(id) ?? [];
  }
}

/** The knowledge base with what it learned from asked questions: the entries' own answer, or the learned index's where it may be taken. */
export class KbIndexWithAsked extends KbIndex {
  constructor(
    own: ConstructorParameters<typeof KbIndex>[0],
    options: ConstructorParameters<typeof KbIndex>[1],
    private readonly learned: KbIndex,
    private readonly asked: AskedQuestions,
    private readonly least: number,
    private readonly near?: NearestByVectors,
  ) {
    super(own, options);
  }

  override respond(question: string): KbResponse {
    const { own, learned, answer, askedSimilarity } = this.combined(question);
    if (!this.near) return answer;
    // The learned index's answer taken over a different one of the entries' own (neither a story, nor a restated
    // question): the entries' own stays when the word vectors find it nearer the question, unless the learned answer
    // is close to a question asked of its entry (the vectors cannot read "ignored"). Measured: docs/kb.md, "Word vectors".
    if (answer.kind === 'answer' && !answer.story && !answer.exact && own.kind === 'answer' && learned?.kind === 'answer') {
      const fromLearned = answer.entry.id === learned.entry.id && own.entry.id !== learned.entry.id;
      if (fromLearned && !own.story && !learned.story && !learned.exact && (askedSimilarity ?? 0) < KEEP_ASKED) {
        const cos = this.near.similarities(question);
        if ((cos.get(own.entry.id) ?? -2) > (cos.get(learned.entry.id) ?? -2)) return own;
      }
    }
    // "Did you mean" without the entry the vectors find nearest: it takes the last button.
    if (answer.kind === 'didYouMean') {
      const top = this.near.nearest(question);
      const entry = top === undefined ? undefined : this.get(top);
      if (entry && !answer.options.some((e) => e.id === entry.id)) {
        const options = [...answer.options];
        options.splice(Math.min(options.length, 2), 1, entry);
        return { kind: 'didYouMean', options };
      }
    }
    return answer;
  }

  /**
   * The entries' own answer, or the learned index's where it may be taken; with both indexes' own answers, and the
   * learned answer's similarity to the questions asked of its entry when it was weighed.
   */
  private combined(question: string): { own: KbResponse; learned?: KbResponse; answer: KbResponse; askedSimilarity?: number } {
    const own = super.respond(question);
    const done = (answer: KbResponse, learned?: KbResponse, askedSimilarity?: number) => ({ own, learned, answer, askedSimilarity });
    if ((own.kind === 'unknown' && own.offTopic) || (own.kind === 'answer' && own.exact)) return done(own);
    const l = this.learned.respond(question);
    // "I don't know" stays so (nothing the entries know is near), unless it restates a question asked of an entry.
    if (own.kind === 'unknown' && !(l.kind === 'answer' && l.exact)) return done(own, l);
    // A "Did you mean" becomes an answer only with one of its own options (or a story's answer, or a restated question).
    if (own.kind === 'didYouMean' && l.kind === 'answer' && !l.story && !l.exact && !own.options.some((e) => e.id === l.entry.id))
      return done(own, l);
    // Answers name the entries as written (the learned index's copies carry the asked questions as phrasings).
    const entry = (e: KbEntry) => this.get(e.id)!;
    // A story the entries answer with its signs keeps them (an asked story restated word for word would lose them),
    // answered with the entry it was asked of.
    if (own.kind === 'answer' && own.story && l.kind === 'answer' && l.exact)
      return done({ ...own, entry: entry(l.entry), related: own.related.filter((e) => e.id !== l.entry.id) }, l);
    if (l.kind === 'answer') {
      const same = own.kind === 'answer' && own.entry.id === l.entry.id;
      const sim = !same && !l.story && !l.exact ? this.asked.similarity(question, l.entry.id) : undefined;
      if (sim !== undefined && sim < this.least) return done(own, l);
      // The same entry, told as a story by the entries' own index: its signs stay named.
      if (same && own.story && !l.story) return done(own, l);
      return done({ ...l, entry: entry(l.entry), related: l.related.map(entry) }, l, sim);
    }
    return done(l.kind === 'didYouMean' ? { kind: 'didYouMean', options: l.options.map(entry) } : l, l);
  }
}
