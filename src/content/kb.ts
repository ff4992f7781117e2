// The knowledge base's content files, read here at the composition root (src/procedure/kb gets their
// text): one YAML file of entries per topic, folds.yaml and signs.yaml, in src/procedure/kb/content/
// where a safeguarding lead edits them (docs/kb.md).
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

export const KB_CONTENT_DIR = fileURLToPath(new URL('../procedure/kb/content/', import.meta.url));

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

/** Read, parse and validate a content directory (a bad file throws, naming the file and the entry). */
export function loadKbContent(dir: string = KB_CONTENT_DIR): KbContent {
  return parseKnowledgeBase(readKbFiles(dir));
}

let shipped: KbContent | undefined;
/** The content shipped in src/procedure/kb/content/, read once. */
export function shippedKbContent(): KbContent {
  return (shipped ??= loadKbContent());
}

/** The knowledge base over the shipped content (or a content directory), built now. */
export function loadKnowledgeBase(options: Partial<RetrievalOptions> = {}, dir?: string): KbIndex {
  return createKnowledgeBase(dir ? loadKbContent(dir) : shippedKbContent(), options);
}
