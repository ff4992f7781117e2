// The knowledge base's content as data: one YAML file of entries per topic, and one file of folds
// (how practitioners write things, folded into canonical terms), story signs and word lists.
// Everything is validated with zod when parsed (at start-up and in tests): a bad file stops the
// app with the file and the entry named. How to edit: docs/kb.md. The files are read at the
// composition root (src/content/kb.ts); this module only parses their text.
import { parse } from 'yaml';
import { z } from 'zod';
import { KbEntriesSchema, KbEntrySchema, PatternSchema, type KbEntry, type KbEntryInput } from './types.js';

export const FOLDS_FILE = 'folds.yaml';
export const SIGNS_FILE = 'signs.yaml';
export const EXAMPLES_FILE = 'examples.yaml';
const NOT_ENTRIES = new Set([FOLDS_FILE, SIGNS_FILE, EXAMPLES_FILE]);

/** One entry as a safeguarding lead writes it (`phrasings` are the other ways people ask it). */
const EntryFileSchema = KbEntrySchema.omit({ alt: true }).extend({ phrasings: KbEntrySchema.shape.alt });

export const TopicFileSchema = z.object({
  topic: z.string().min(2),
  entries: z.array(EntryFileSchema).min(1),
});

export const FoldsFileSchema = z.object({
  /** In order: each `match` (lowercased text) is replaced by `to` before indexing and searching. */
  folds: z.array(z.object({ match: PatternSchema, to: z.string() })).min(1),
  /** Signs of a child's situation as a story tells them (which messages are stories; see retrieval.ts). */
  storySigns: z.array(z.object({ name: z.string().min(2), match: PatternSchema })).min(1),
  stopWords: z.array(z.string().min(1)).min(10),
  genericWords: z.array(z.string().min(1)).min(1),
  everydayWords: z.array(z.string().min(1)).min(1),
  /** Everyday questions (weather, travel, IT, HR, council services) that never get a procedure answer. */
  offTopic: z.array(z.object({ name: z.string().min(2), match: PatternSchema })).default([]),
  /** A word of the procedure in its everyday sense ("strategy meeting about the budget", "people smuggling films"): declined unless the message names a child. */
  otherSense: z.array(z.object({ name: z.string().min(2), match: PatternSchema })).default([]),
  /** Words that make a message about child protection even when an off-topic pattern matches. */
  onTopic: PatternSchema.optional(),
  /** Words of onTopic that also have an everyday sense (refer, missing, meeting...): alone they do not make a message about child protection. */
  weakTopic: PatternSchema.optional(),
  /** Everyday English words a word of the base is one or two letters from ("stiff" / staff): never read as a typo (spelling.ts). */
  spelledAsWritten: z.string().default(''),
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
          match: z.array(PatternSchema).default([]),
          /** Or: a word of every group found within `within` words of each other. */
          near: z.array(z.object({ within: z.number().int().min(1).max(40), groups: z.array(PatternSchema).min(2) })).default([]),
          /** But not when one of these is found (the asker's own child or family: "my daughter is never allowed to sleepovers"). */
          unless: z.array(PatternSchema).default([]),
        })
        .refine((s) => s.match.length + s.near.length > 0, 'needs a match or a near rule'),
    )
    .min(1),
});
export type SignsFile = z.infer<typeof SignsFileSchema>;

/**
 * Questions practitioners asked, each under the entry that answers it (held-out questions of earlier rounds):
 * the retriever learns from them how people ask (see retrieval.ts, examples.ts). Optional.
 */
export const ExamplesFileSchema = z.object({
  examples: z.record(z.string(), z.array(z.string().min(2).max(2000))).default({}),
});
export type Examples = Readonly<Record<string, readonly string[]>>;

/** One content file's name and text, as read by the composition root. */
export interface ContentFile {
  name: string;
  text: string;
}

export interface TopicFile {
  file: string;
  topic: string;
  ids: string[];
}

/** The knowledge base's content, parsed and validated. */
export interface KbContent {
  entries: readonly KbEntry[];
  topics: TopicFile[];
  folds: FoldsFile;
  signs: SignsFile;
  /** Asked questions by entry id (examples.yaml; empty without it). */
  examples: Examples;
}

function readYaml(file: ContentFile): unknown {
  try {
    return parse(file.text);
  } catch (err) {
    throw new Error(`knowledge base: ${file.name} cannot be read: ${(err as Error).message}`, { cause: err });
  }
}

function check<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issues = r.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
  throw new Error(`knowledge base: ${file} is not valid:\n  ${issues.join('\n  ')}`);
}

function only(files: readonly ContentFile[], name: string): ContentFile {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`knowledge base: ${name} is missing`);
  return f;
}

/** Every entry file (NN-topic.yaml), validated one by one in name order, then all together (unique ids, `see` known). */
export function parseEntries(files: readonly ContentFile[]): { entries: KbEntry[]; topics: TopicFile[] } {
  const raw: KbEntryInput[] = [];
  const topics: TopicFile[] = [];
  const entryFiles = files.filter((f) => f.name.endsWith('.yaml') && !NOT_ENTRIES.has(f.name));
  for (const file of [...entryFiles].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const t = check(TopicFileSchema, readYaml(file), file.name);
    topics.push({ file: file.name, topic: t.topic, ids: t.entries.map((e) => e.id) });
    for (const { phrasings, ...e } of t.entries) raw.push({ ...e, alt: phrasings });
  }
  return { entries: check(KbEntriesSchema, raw, 'the entry files together'), topics };
}

export function parseFolds(files: readonly ContentFile[]): FoldsFile {
  return check(FoldsFileSchema, readYaml(only(files, FOLDS_FILE)), FOLDS_FILE);
}

/** The signs file, with every indicator id checked against the PG47 §10.1 checklist (`known`). */
export function parseSigns(files: readonly ContentFile[], known: ReadonlySet<string>): SignsFile {
  const signs = check(SignsFileSchema, readYaml(only(files, SIGNS_FILE)), SIGNS_FILE);
  const unknown = signs.signs.filter((s) => !known.has(s.indicator)).map((s) => s.indicator);
  if (unknown.length) throw new Error(`knowledge base: ${SIGNS_FILE} names indicators the checklist does not have: ${unknown.join(', ')}`);
  return signs;
}

/** The examples file, if there is one, with every entry id checked against the entries. */
export function parseExamples(files: readonly ContentFile[], entries: readonly KbEntry[]): Examples {
  const file = files.find((x) => x.name === EXAMPLES_FILE);
  if (!file) return {};
  const { examples } = check(ExamplesFileSchema, readYaml(file), EXAMPLES_FILE);
  const ids = new Set(entries.map((e) => e.id));
  const unknown = Object.keys(examples).filter((id) => !ids.has(id));
  if (unknown.length)
    throw new Error(`knowledge base: ${EXAMPLES_FILE} lists questions under entries that do not exist: ${unknown.join(', ')}`);
  return examples;
}

/** All the content: entries, folds and signs, each validated (the first bad file stops it, named). */
export function parseKbContent(files: readonly ContentFile[], knownIndicators: ReadonlySet<string>): KbContent {
  const { entries, topics } = parseEntries(files);
  return {
    entries: Object.freeze(entries),
    topics,
    folds: parseFolds(files),
    signs: parseSigns(files, knownIndicators),
    examples: parseExamples(files, entries),
  };
}
