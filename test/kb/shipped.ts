// The shipped knowledge base for tests: its content read once (src/content/kb.ts, as at start-up), and
// the parts tests look at directly (entries, the lexicon, the signs reader).
import { loadKnowledgeBase, shippedKbContent } from '../../src/content/kb.js';
import type { KbIndex, RetrievalOptions } from '../../src/procedure/kb/index.js';

export const kbEntries = shippedKbContent().entries;
const shared = loadKnowledgeBase();
export const lexicon = shared.lex;
export const terms = (text: string) => lexicon.terms(text);
export const indicatorsIn = (text: string) => shared.signs.indicatorsIn(text);

/** A knowledge base over the shipped content, built now (with retrieval options if given). */
export function createKnowledgeBase(options: Partial<RetrievalOptions> = {}): KbIndex {
  return loadKnowledgeBase(options);
}
