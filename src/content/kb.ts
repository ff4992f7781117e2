// The knowledge base's content files, read here at the composition root (src/procedure/kb gets their
// text): one YAML file of entries per topic, folds.yaml and signs.yaml, in src/procedure/kb/content/
// where a safeguarding lead edits them (docs/kb.md); and the word vectors in src/procedure/kb/vectors/ (made by
// scripts/kb-vectors.ts, not edited by hand).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createKnowledgeBase,
  parseKnowledgeBase,
  type ContentFile,
  type KbContent,
  type KbIndex,
  type RetrievalOptions,
} from '../procedure/kb/index.js';
import { WordVectors } from '../procedure/kb/vectors.js';

export const KB_CONTENT_DIR = fileURLToPath(new URL('../procedure/kb/content/', import.meta.url));
export const KB_VECTORS_DIR = fileURLToPath(new URL('../procedure/kb/vectors/', import.meta.url));

/** The shipped word vectors (a file that does not match its words throws: start-up stops, naming it). */
export function readWordVectors(dir: string = KB_VECTORS_DIR): WordVectors {
  try {
    const words = readFileSync(join(dir, 'words.txt'), 'utf8').split('\n').filter(Boolean);
    return new WordVectors(words, readFileSync(join(dir, 'vectors.bin')));
  } catch (err) {
    throw new Error(`knowledge base: the word vectors in ${dir} cannot be read: ${(err as Error).message}`, { cause: err });
  }
}

/** The text of every YAML file in a content directory. */
export function readKbFiles(dir: string = KB_CONTENT_DIR): ContentFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  } catch (err) {
    throw new Error(`knowledge base: cannot read ${dir}: ${(err as Error).message}`, { cause: err });
  }
  return names.sort().map((name) => {
    try {
      return { name, text: readFileSync(join(dir, name), 'utf8') };
    } catch (err) {
      throw new Error(`knowledge base: ${name} cannot be read: ${(err as Error).message}`, { cause: err });
    }
  });
}

/** The content with the word vectors the knowledge base weighs its two indexes' answers by (examples.ts). */
export type KbContentWithVectors = KbContent & { vectors?: WordVectors };

let vectors: WordVectors | undefined;
/** Read, parse and validate a content directory (a bad file throws, naming the file and the entry), with the shipped vectors. */
export function loadKbContent(dir: string = KB_CONTENT_DIR): KbContentWithVectors {
  return { ...parseKnowledgeBase(readKbFiles(dir)), vectors: (vectors ??= readWordVectors()) };
}

let shipped: KbContentWithVectors | undefined;
/** The content shipped in src/procedure/kb/content/, read once. */
export function shippedKbContent(): KbContentWithVectors {
  return (shipped ??= loadKbContent());
}

/** The knowledge base over the shipped content (or a content directory), built now. */
export function loadKnowledgeBase(options: Partial<RetrievalOptions> = {}, dir?: string): KbIndex {
  return createKnowledgeBase(dir ? loadKbContent(dir) : shippedKbContent(), options);
}
