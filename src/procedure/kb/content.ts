// The knowledge base's content as data: one YAML file of entries per topic, and one file of folds
// (how practitioners write things, folded into canonical terms), story signs and word lists.
// Everything is validated with zod when loaded (at start-up and in tests): a bad file stops the
// app with the file and the entry named. How to edit: docs/kb.md.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { KbEntriesSchema, KbEntrySchema, type KbEntry, type KbEntryInput } from './types.js';

export const CONTENT_DIR = fileURLToPath(new URL('./content/', import.meta.url));
export const FOLDS_FILE = 'folds.yaml';
export const SIGNS_FILE = 'signs.yaml';

/** A regular expression written as text; it must compile. */
const Pattern = z
  .string()
  .min(1)
  .superRefine((s, ctx) => {
    try {
      new RegExp(s);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: `not a valid pattern: ${(err as Error).message}` });
    }
  });

/** One entry as a safeguarding lead writes it (`phrasings` are the other ways people ask it). */
const EntryFileSchema = KbEntrySchema.omit({ alt: true }).extend({ phrasings: KbEntrySchema.shape.alt });

export const TopicFileSchema = z.object({
  topic: z.string().min(2),
  entries: z.array(EntryFileSchema).min(1),
});

export const FoldsFileSchema = z.object({
  /** In order: each `match` (lowercased text) is replaced by `to` before indexing and searching. */
  folds: z.array(z.object({ match: Pattern, to: z.string() })).min(1),
  /** Signs of a child's situation as a story tells them (which messages are stories; see retrieval.ts). */
  storySigns: z.array(z.object({ name: z.string().min(2), match: Pattern })).min(1),
  stopWords: z.array(z.string().min(1)).min(10),
  genericWords: z.array(z.string().min(1)).min(1),
  everydayWords: z.array(z.string().min(1)).min(1),
  /** Everyday questions (weather, travel, IT, HR, council services) that never get a procedure answer. */
  offTopic: z.array(z.object({ name: z.string().min(2), match: Pattern })).default([]),
  /** Words that make a message about child protection even when an off-topic pattern matches. */
  onTopic: Pattern.optional(),
  /** Words of onTopic that also have an everyday sense (refer, missing, meeting...): alone they do not make a message about child protection. */
  weakTopic: Pattern.optional(),
});
export type FoldsFile = z.infer<typeof FoldsFileSchema>;

/** PG47 §10.1 indicators (ids of src/procedure/indicators.ts) and how a story tells them. */
export const SignsFileSchema = z.object({
  signs: z
    .array(
      z
        .object({
          indicator: z.string().min(2),
          /** Any one of these found in the message shows the indicator. */
          match: z.array(Pattern).default([]),
          /** Or: a word of every group found within `within` words of each other. */
          near: z.array(z.object({ within: z.number().int().min(1).max(40), groups: z.array(Pattern).min(2) })).default([]),
        })
        .refine((s) => s.match.length + s.near.length > 0, 'needs a match or a near rule'),
    )
    .min(1),
});
export type SignsFile = z.infer<typeof SignsFileSchema>;

function readYaml(dir: string, file: string): unknown {
  const path = join(dir, file);
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`knowledge base: ${file} cannot be read: ${(err as Error).message}`, { cause: err });
  }
}

function check<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issues = r.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
  throw new Error(`knowledge base: ${file} is not valid:\n  ${issues.join('\n  ')}`);
}

export interface TopicFile {
  file: string;
  topic: string;
  ids: string[];
}

/** Every entry file (NN-topic.yaml), validated one by one, then all together (unique ids, `see` known). */
export function loadEntries(dir: string = CONTENT_DIR): { entries: KbEntry[]; topics: TopicFile[] } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && f !== FOLDS_FILE && f !== SIGNS_FILE)
    .sort();
  const raw: KbEntryInput[] = [];
  const topics: TopicFile[] = [];
  for (const file of files) {
    const t = check(TopicFileSchema, readYaml(dir, file), file);
    topics.push({ file, topic: t.topic, ids: t.entries.map((e) => e.id) });
    for (const { phrasings, ...e } of t.entries) raw.push({ ...e, alt: phrasings });
  }
  return { entries: check(KbEntriesSchema, raw, 'the entry files together'), topics };
}

export function loadFolds(dir: string = CONTENT_DIR): FoldsFile {
  return check(FoldsFileSchema, readYaml(dir, FOLDS_FILE), FOLDS_FILE);
}

export function loadSigns(dir: string = CONTENT_DIR): SignsFile {
  return check(SignsFileSchema, readYaml(dir, SIGNS_FILE), SIGNS_FILE);
}

/** The signs file, with every indicator id checked against the PG47 §10.1 checklist. */
export function loadCheckedSigns(known: ReadonlySet<string>, dir: string = CONTENT_DIR): SignsFile {
  const signs = loadSigns(dir);
  const unknown = signs.signs.filter((s) => !known.has(s.indicator)).map((s) => s.indicator);
  if (unknown.length) throw new Error(`knowledge base: ${SIGNS_FILE} names indicators the checklist does not have: ${unknown.join(', ')}`);
  return signs;
}
