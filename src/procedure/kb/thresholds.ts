// The retriever's fixed thresholds and the entries it treats specially (see retrieval.ts); the tunable knobs are in options.ts.
export const MAX_RELATED = 3;
/** A story names a situation when it uses a word at most this many entries use. */
export const SITUATION_DF = 3;
/** The entry a story with several signs of trafficking is answered with, and its first follow-up. */
export const FIRST_STEPS = 'what-to-do-first';
export const SIGNS = 'risk-indicators';
/** The situation a story of a child held now, or about to be taken, is answered with before any other. */
export const IMMEDIATE_DANGER = 'immediate-danger';
/** A sign told, not asked, is a story unless the best entry covers at least this share of the message. */
export const TOLD_COVERAGE = 0.5;
/** A sure situation entry covering this much of a story is its topic, whatever words it shares. */
export const PLAIN_COVERAGE = 0.8;
/** The same in the index learned from asked questions (examples.ts): set just above a story it took wrongly at 0.81. */
export const PLAIN_COVERAGE_ASKED = 0.82;
/** A learned answer this close (cosine) to a question asked of its entry stays, whatever the word vectors say (examples.ts). */
export const KEEP_ASKED = 0.5;
/** Least words for a message matching an entry's `stories` patterns to be told as a story. */
export const CUE_WORDS = 6;
/** Least words for a child's story no entry plainly matches to get the first steps rather than "Did you mean". */
export const UNPLACED_STORY_WORDS = 12;
export const MAX_QUESTION_CHARS = 2000;
/** A term at most this many entries use is rare enough to name a topic alone. */
export const RARE_DF = 2;
export const MAX_QUERY_TERMS = 40;
/** Without a word of child protection, an entry must match this much to be answered (times minScore; coverage). */
export const STRONG_SCORE = 2;
export const STRONG_COVERAGE = 0.6;
/** Named only by words with an everyday sense too, with a word the base never uses: the best entry must be sure and cover this much. */
export const WEAK_ONLY_COVERAGE = 0.4;
