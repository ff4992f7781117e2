// The knowledge base for free-text questions: entries (PG47 and the seeds), synonyms, retrieval.
import { kbEntries } from './entries.js';
import { KbIndex, DEFAULT_RETRIEVAL, type RetrievalOptions } from './retrieval.js';
import type { KbEntry, KnowledgeBase } from './types.js';

export type { KbAnswer, KbEntry, KbEntryInput, KbResponse, KbSource, KnowledgeBase } from './types.js';
export { KbEntrySchema, KbEntriesSchema, KbSourceSchema } from './types.js';
export { kbEntries } from './entries.js';
export { terms, canonicalise } from './synonyms.js';
export { DEFAULT_RETRIEVAL, type RetrievalOptions } from './retrieval.js';

/** Build the knowledge base (about a few milliseconds; build once and share). */
export function createKnowledgeBase(options: Partial<RetrievalOptions> = {}, entries: readonly KbEntry[] = kbEntries): KnowledgeBase {
  return new KbIndex(entries, { ...DEFAULT_RETRIEVAL, ...options });
}
