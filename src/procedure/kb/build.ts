// Building the knowledge base's index from its entries: the BM25+ index (minisearch) over canonical terms, each
// term's document frequency, each question's and phrasing's term set (for the phrasing reranker), the exact-intent
// keys, and the entries' `stories` cues. Done once, when the knowledge base is built (see retrieval.ts).
import MiniSearch from 'minisearch';
import type { KbEntry } from './types.js';
import type { Lexicon } from './synonyms.js';
import type { RetrievalOptions } from './options.js';
import { keyOf, pairsOf } from './story.js';

export interface Doc {
  id: string;
  question: string;
  alt: string;
  answer: string;
}

export interface Phrasing {
  terms: Set<string>;
  pairs: Set<string>;
  /** Squared norm of the term set, terms weighted by rarity. */
  norm2: number;
}

export interface BuiltIndex {
  search: MiniSearch<Doc>;
  /** Document frequency of each term, for weighting how much of a question an entry covers. */
  df: Map<string, number>;
  /** Each entry's question and phrasings as term sets. */
  phrasings: Map<string, Phrasing[]>;
  /** An entry's question and phrasings as canonical term sets: a question that restates one gets that entry. */
  exact: Map<string, string | null>;
  /** Entries whose `stories` patterns say a story is their situation, with the patterns compiled. */
  cues: Array<{ id: string; match: RegExp[] }>;
}

/** How much a term tells, by how few of `n` entries use it. */
export const idfOf = (df: ReadonlyMap<string, number>, n: number, t: string): number => Math.log(1 + n / Math.max(1, df.get(t) ?? 0));

export function buildIndex(entries: readonly KbEntry[], lex: Lexicon, options: RetrievalOptions): BuiltIndex {
  const search = new MiniSearch<Doc>({
    fields: ['question', 'alt', 'answer'],
    // Documents and queries arrive as canonical, stop-worded, stemmed terms (see synonyms.ts).
    tokenize: (s) => s.split(' ').filter(Boolean),
    processTerm: (t) => t,
    searchOptions: {
      boost: { ...options.boost },
      bm25: { ...options.bm25 },
      // Typos: one edit in words of 5+ letters, two in long ones; prefixes for half-typed words (unless options.fuzzy is off).
      fuzzy: (t) => options.fuzzy && (t.length >= 8 ? 0.25 : t.length >= 5 ? 0.2 : false),
      prefix: (t) => options.fuzzy && t.length >= 4,
      weights: { fuzzy: 0.5, prefix: 0.4 },
      combineWith: 'OR',
    },
  });
  // Each question and phrasing is canonicalised once, for the index, the reranking and exact intent.
  const asked = new Map(entries.map((e) => [e.id, [e.question, ...e.alt].map((p) => lex.terms(p))]));
  const docs = entries.map((e) => {
    const [question, ...alt] = asked.get(e.id)!;
    return { id: e.id, question: question!.join(' '), alt: alt.map((a) => a.join(' ')).join(' '), answer: lex.terms(e.answer).join(' ') };
  });
  search.addAll(docs);
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(`${d.question} ${d.alt} ${d.answer}`.split(' '))) if (t) df.set(t, (df.get(t) ?? 0) + 1);
  const phrasings = new Map<string, Phrasing[]>();
  for (const e of entries)
    phrasings.set(
      e.id,
      asked.get(e.id)!.map((p) => {
        const ts = new Set(p);
        let norm2 = 0;
        for (const t of ts) norm2 += idfOf(df, entries.length, t) ** 2;
        return { terms: ts, pairs: pairsOf(p), norm2 };
      }),
    );
  const exact = new Map<string, string | null>();
  for (const e of entries)
    for (const phrasing of asked.get(e.id)!) {
      const key = keyOf(phrasing, lex.generic);
      if (!key) continue;
      const had = exact.get(key);
      // The same words for two entries say nothing: such a key is dropped.
      exact.set(key, had === undefined || had === e.id ? e.id : null);
    }
  const cues = entries.filter((e) => e.stories?.length).map((e) => ({ id: e.id, match: e.stories!.map((s) => new RegExp(s)) }));
  return { search, df, phrasings, exact, cues };
}
