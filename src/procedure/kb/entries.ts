// The knowledge base: questions practitioners ask about PG47, answered in our own words.
// The entries are content: one YAML file per topic in content/ (see docs/kb.md), validated with
// the zod schema in types.ts when loaded. Facts (numbers, timescales, phone numbers) are exact;
// every answer cites where it comes from. Statutory facts newer than PG47 follow docs/product.md.
import { loadEntries } from './content.js';
import type { KbEntry } from './types.js';

export const kbEntries: readonly KbEntry[] = Object.freeze(loadEntries().entries);
