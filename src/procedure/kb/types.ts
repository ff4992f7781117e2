// Knowledge base entries for free-text questions: typed, cited, checked with zod at load.
import { z } from 'zod';

/** A citation: a PG47 section, a seed document section, or a current statutory source. */
export const KbSourceSchema = z
  .string()
  .regex(
    /^(PG47 (§[0-9.]+( ?[a-d])?|Appendix [1-3])|Monitoring report( §[0-9.]+| rec [0-9]+)?|Evidence to Parliament 2010|Southwark scrutiny|Press release 2011|Working Together 2023|Home Office NRM guidance|National helplines)$/,
    'must cite a section, e.g. "PG47 §13.2"',
  );
export type KbSource = z.infer<typeof KbSourceSchema>;

const Slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a short lowercase slug')
  .max(40);

/** A regular expression written as text; it must compile (content patterns: folds, signs, stories). */
export const PatternSchema = z
  .string()
  .min(1)
  .superRefine((s, ctx) => {
    try {
      new RegExp(s);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: `not a valid pattern: ${(err as Error).message}` });
    }
  });

export const KbEntrySchema = z.object({
  id: Slug,
  /** The canonical question; also a button label, so it fits Slack's 75 characters. */
  question: z.string().min(8).max(75),
  /** Other ways people ask it, and keywords. */
  alt: z.array(z.string().min(2)).min(2),
  /** Plain words, short; facts exact. Slack sections take 3000 characters: stay well under. */
  answer: z.string().min(20).max(900),
  sources: z.array(KbSourceSchema).min(1),
  /** Curated related entries (ids), shown first as follow-up questions. */
  see: z.array(Slug).default([]),
  /**
   * A situation with its own course of action (a relative asking to collect the child, a child gone
   * missing, county lines...). A story that tells several signs of trafficking is answered with the
   * first steps, unless it plainly matches a situation entry (see retrieval.ts).
   */
  situation: z.boolean().default(false),
  /**
   * Patterns (regular expressions over the lowercased message) that say a story is this situation
   * ("went missing last night", "at heathrow", "wants to take her home"): such a story is answered
   * with this entry, with the signs it shows. When several entries' patterns match, the best-ranked wins.
   */
  stories: z.array(PatternSchema).optional(),
});
export type KbEntryInput = z.input<typeof KbEntrySchema>;
export type KbEntry = z.infer<typeof KbEntrySchema>;

export const KbEntriesSchema = z
  .array(KbEntrySchema)
  .min(60)
  .superRefine((entries, ctx) => {
    const ids = new Set<string>();
    for (const e of entries) {
      if (ids.has(e.id)) ctx.addIssue({ code: 'custom', message: `duplicate entry id "${e.id}"` });
      ids.add(e.id);
    }
    for (const e of entries)
      for (const s of e.see)
        if (!ids.has(s) || s === e.id) ctx.addIssue({ code: 'custom', message: `entry "${e.id}" sees unknown or itself: "${s}"` });
  });

export interface KbAnswer {
  entry: KbEntry;
  /** Retrieval score of the best entry (BM25+ over normalised terms). */
  score: number;
  /** Up to 3 follow-up entries. */
  related: KbEntry[];
}

/**
 * What the person sees for a question, by confidence band (issue 11):
 * - answer: one entry (high confidence, or a question that restates an entry: `exact`). A story
 *   about a child is answered with the first steps (or the situation it plainly matches), with the
 *   PG47 §10.1 indicators it shows in `signs` (checklist ids, possibly empty);
 * - didYouMean: 2–3 entries as buttons (middle band: never a confident wrong answer);
 * - unknown: an honest "I don't know" with who to ask (low band, and every everyday off-topic question).
 */
export type KbResponse =
  | { kind: 'answer'; entry: KbEntry; related: KbEntry[]; score: number; exact?: boolean; story?: { signs: string[] } }
  | { kind: 'didYouMean'; options: KbEntry[] }
  | { kind: 'unknown'; offTopic?: boolean };

export interface KnowledgeBase {
  readonly entries: readonly KbEntry[];
  /** What to show for a free-text question: an answer, "Did you mean", or "I don't know" (see KbResponse). */
  respond?(question: string): KbResponse;
  /** The best entry for a free-text question, or undefined when nothing matches with confidence (respond's answers). */
  answer(question: string): KbAnswer | undefined;
  get(id: string): KbEntry | undefined;
  /**
   * When answer() found nothing confident: up to 3 entries nearest the question that still share a
   * telling word with it, to offer as "closest questions" (empty when nothing is near, or off-topic).
   */
  suggest?(question: string): KbEntry[];
  /** Up to 3 follow-ups for an entry (curated first, then nearest by content). */
  related(id: string): KbEntry[];
}
