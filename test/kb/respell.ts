// Dev script: dictionary words (4+ letters, lowercase) the shipped speller changes and spelledAsWritten does not list yet.
import { readFileSync } from 'node:fs';
import type { KbIndex } from '../../src/procedure/kb/index.js';
import { createKnowledgeBase } from './shipped.js';
const kb = createKnowledgeBase() as KbIndex;
const speller = (kb as unknown as { speller: { correct(t: string): string } }).speller;
const words = new Set<string>();
for (const f of ['/usr/share/dict/british-english', '/usr/share/dict/british-english-small'])
  for (const w of readFileSync(f, 'utf8').split('\n')) {
    const x = w.toLowerCase().replace(/'s$/, 's');
    if (/^[a-z]{4,}$/.test(x)) words.add(x);
  }
const out: string[] = [];
for (const w of words) if (speller.correct(w).trim() !== w) out.push(`${w}->${speller.correct(w).trim()}`);
console.log(out.join('\n'));
