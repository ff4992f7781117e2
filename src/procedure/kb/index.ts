// The knowledge base for free-text questions: content (entries, folds, signs; parsed in schema.ts
// from text the composition root reads), the lexicon, retrieval. Pure: no file is read here.
import { allIndicators } from '../indicators.js';
import { KbIndex, DEFAULT_RETRIEVAL, type RetrievalOptions } from './retrieval.js';
import { parseKbContent, type ContentFile, type KbContent } from './schema.js';
import { SignReader } from './signs.js';
import { Lexicon } from './synonyms.js';
import { Speller, wordCounts, wordsOfPatterns } from './spelling.js';
import { AskedIndex, AskedQuestions, KbIndexWithAsked } from './examples.js';
import { NearestByVectors, type WordVectors } from './vectors.js';

export type { KbAnswer, KbEntry, KbEntryInput, KbResponse, KbSource, KnowledgeBase } from './types.js';
export { KbEntrySchema, KbEntriesSchema, KbSourceSchema } from './types.js';
export { DEFAULT_RETRIEVAL, KbIndex, type RetrievalOptions } from './retrieval.js';
export { Lexicon, stem } from './synonyms.js';
export { SignReader } from './signs.js';
export { WordVectors, NearestByVectors } from './vectors.js';
export * from './schema.js';

/** The PG47 §10.1 indicator ids, in checklist order: signs.yaml may name only these. */
export function indicatorOrder(): string[] {
  return allIndicators().map((i) => i.id);
}

/** Parse and validate the content files' text (see schema.ts), the signs checked against the §10.1 checklist. */
export function parseKnowledgeBase(files: readonly ContentFile[]): KbContent {
  return parseKbContent(files, new Set(indicatorOrder()));
}

/**
 * Build the knowledge base from its parsed content (a few hundred milliseconds; build once and share). With asked
 * questions (examples.yaml), a second index over the entries with them as phrasings learns from them (examples.ts);
 * the speller still knows only the entries' own words. With word vectors, they decide between the two indexes when
 * they answer differently, and add their nearest entry to "Did you mean" (examples.ts).
 */
export function createKnowledgeBase(
  content: Pick<KbContent, 'entries' | 'folds' | 'signs'> & Partial<Pick<KbContent, 'examples'>> & { vectors?: WordVectors },
  options: Partial<RetrievalOptions> = {},
): KbIndex {
  const lexicon = new Lexicon(content.folds);
  const signs = new SignReader(content.signs, indicatorOrder());
  const opts = { ...DEFAULT_RETRIEVAL, ...options };
  const own = { entries: content.entries, lexicon, signs, speller: spellerFor(content) };
  const examples = content.examples ?? {};
  if (Object.keys(examples).length === 0) return new KbIndex(own, opts);
  const learnedEntries = content.entries.map((e) => ({ ...e, alt: [...e.alt, ...(examples[e.id] ?? [])] }));
  // Without near spellings: the message reaches it spelled already, and the asked questions' own typos would make it slow.
  const learned: KbIndex = new AskedIndex({ ...own, entries: learnedEntries }, { ...opts, fuzzy: false }, () => index);
  const near = content.vectors
    ? new NearestByVectors(content.vectors, new Map(learnedEntries.map((e) => [e.id, [e.question, ...e.alt]])))
    : undefined;
  const asked = new AskedQuestions(learned.phrasings, lexicon);
  const index: KbIndex = new KbIndexWithAsked(own, opts, learned, asked, opts.exampleSimilarity, near);
  return index;
}

/** Typos read as the nearest word of the entries, or of the folds' and signs' patterns and word lists (see spelling.ts). */
function spellerFor(content: Pick<KbContent, 'entries' | 'folds' | 'signs'>): Speller {
  const { entries, folds, signs } = content;
  const used = wordCounts(entries.flatMap((e) => [e.question, ...e.alt, e.answer]));
  const patterns = [
    ...folds.folds.map((f) => f.match),
    ...folds.storySigns.map((s) => s.match),
    ...folds.offTopic.map((o) => o.match),
    ...folds.otherSense.map((o) => o.match),
    folds.onTopic ?? '',
    ...signs.signs.flatMap((s) => [...s.match, ...s.near.flatMap((n) => n.groups)]),
    ...entries.flatMap((e) => e.stories ?? []),
  ];
  const lists = [...folds.stopWords, ...folds.genericWords, ...folds.everydayWords].flatMap((w) => w.toLowerCase().split(/[^a-z]+/));
  return new Speller(used, [...wordsOfPatterns(patterns), ...lists.filter((w) => w.length >= 2)], folds.spelledAsWritten.split(/\s+/));
}
