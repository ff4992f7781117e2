// The knobs of the knowledge-base retriever (see retrieval.ts), with the values the bot uses.
export interface RetrievalOptions {
  /** Least share (0–1) of the question's information, by term rarity, that the best entry must cover. */
  minCoverage: number;
  /** Least coverage when the best entry matches only one anchor word and the question has words the base never uses. */
  minSingleCoverage: number;
  /** Least BM25+ score for the best entry. */
  minScore: number;
  /** How much a match in each field counts: the canonical question, the other phrasings, the answer. */
  boost: { question: 4; alt: 2.5; answer: 1 };
  /** A runner-up scoring at least this share of the best makes a confident match a "Did you mean". */
  closeRunnerUp: number;
  /** Below this coverage the best entry is weak, and a runner-up at weakRunnerUp of its score makes a "Did you mean". */
  weakCoverage: number;
  weakRunnerUp: number;
  /** A weak best entry also makes a "Did you mean" when a runner-up at coveringRunnerUp of its score covers coveringMargin more of the question. */
  coveringRunnerUp: number;
  coveringMargin: number;
  /** Reranking: an entry's score is its BM25+ score times (rerankFloor + the cosine of the question with its nearest phrasing). */
  rerankFloor: number;
  /** How many of the best BM25+ hits are reranked. */
  rerankDepth: number;
  /** Added to the cosine for the share of the question's word pairs (in order) that the phrasing has. */
  pairBonus: number;
  /** Read a word the base never uses as the nearest word it does use (spelling.ts). */
  spelling: boolean;
  /** A new answer learned from asked questions (examples.ts) must be at least this close (cosine) to one asked of its entry. */
  exampleSimilarity: number;
  /** Match near spellings and prefixes of indexed words in the BM25+ search (off for the index of asked questions: see index.ts). */
  fuzzy: boolean;
  /** BM25+ parameters (term saturation k, length normalisation b, the + floor d). */
  bm25: { k: number; b: number; d: number };
}

export const DEFAULT_RETRIEVAL: RetrievalOptions = {
  minCoverage: 0.3,
  minSingleCoverage: 0.6,
  minScore: 20,
  boost: { question: 4, alt: 2.5, answer: 1 },
  closeRunnerUp: 0.97,
  weakCoverage: 0.5,
  weakRunnerUp: 0.9,
  coveringRunnerUp: 0.6,
  coveringMargin: 0.25,
  rerankFloor: 1,
  rerankDepth: 20,
  pairBonus: 0.8,
  spelling: true,
  exampleSimilarity: 0.4,
  fuzzy: true,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
};
