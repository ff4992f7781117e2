// How practitioners write things: abbreviations, legal shorthand and everyday words,
// folded into one canonical term before indexing and before searching, so both sides agree.
// The tables are content (content/folds.yaml, parsed in schema.ts and given to the Lexicon); the
// code that applies them is here.
import type { FoldsFile } from './schema.js';

/** Words that say the story is about a young person, beside those canonicalised to "child". */
export const ABOUT_A_CHILD =
  /\b(s?he|s?hes|her|him|lads?|uascs?|yp|yps|teen(ager)?s?|sons?|daughters?|nieces?|nephews?|year \d{1,2}s?|yr ?\d{1,2}|y\d{1,2}|\d{1,2} ?(yo|y\/o|yrs? old|years? old|year-old|year old))\b|\(\d{1,2}\)|\b(s?he|they)('s| is| are| was) (only |just |about |around |actually |really )?\d{1,2}\b|\baged? \d{1,2}\b|\blooks? (about |around |like |only |maybe )?1[0-7]\b/i;

/** A children's home or centre named as a place, not as a child. */
const CHILDRENS_PLACE = /\bchild(ren)?(['\u2019]?s['\u2019]?)? (homes?|centres?|centers?)\b/gi;

/** The asker's own child, in an everyday question about work. */
const OWN_CHILD =
  /\bmy (own )?(little |teenage |eldest |oldest |youngest |older |younger |baby )?(sons?|daughters?|kids?|children|child|baby|toddler)('s)?\b/gi;
/** The same, tested once: a story of the asker's own child names no situation of a `stories` pattern. */
export const ASKERS_CHILD = new RegExp(OWN_CHILD.source, 'i');

const RECENT = 64;
/** Lowercase with every apostrophe as ' (the same length as the text, so match positions carry over). */
export const lowerApostrophes = (text: string) => text.toLowerCase().replace(/[’‘`]/g, "'");
const lower = (text: string) => ` ${lowerApostrophes(text)} `;
const lowerQuotes = (text: string) => ` ${lowerApostrophes(text).replace(/[“”]/g, '"')} `;

/** A light English stemmer: enough to fold plurals and common verb endings. */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'/g, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  // "prosecution" / "prosecuted", "protection" / "protected", "suggestion" / "suggest"
  if (/[^s](ut|ct|pt|st)ion$/.test(w) && w.length > 7) return w.slice(0, -3);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  // "begging" → "begg" → "beg", "stopped" → "stop"
  if (w.length > 3 && /([b-df-hj-kmnp-rtv-z])\1$/.test(w) && w !== word) w = w.slice(0, -1);
  return w;
}

/** The folds of one content directory, compiled: how a text becomes terms, and what a message is about. */
export class Lexicon {
  /** Phrase → canonical term, in order (folds.yaml: longer phrases before their parts). */
  private readonly phrases: Array<[RegExp, string]>;
  /**
   * Signs of a child's situation (PG47 §10.1 and the seeds), as a practitioner tells them in a story.
   * Several distinct signs in one message mean "here is a worrying child, what do I do?" rather than
   * a question about any one sign (see retrieval.ts). Matched on the raw text (lowercased).
   */
  private readonly signals: Array<[string, RegExp]>;
  /** Folds that blank who is writing at the start of a message ("foster carer here:", "sw,"). */
  private readonly leading: RegExp[];
  /** Everyday questions that never get a procedure answer, unless they also name child protection. */
  private readonly offTopicPatterns: RegExp[];
  /** A word of the procedure used in its everyday sense (a budget "strategy meeting", a "people smuggling" film): declined unless a child is named. */
  private readonly otherSensePatterns: RegExp[];
  private readonly onTopicPattern: RegExp | undefined;
  /** Words of onTopic with an everyday sense too (weakTopic): an onTopic match that is only one of them does not count. */
  private readonly weakTopic: RegExp | undefined;
  private readonly onTopicAll: RegExp | undefined;
  /** Words that say nothing about the topic: they neither find an entry nor count against one. */
  readonly stopWords: ReadonlySet<string>;
  /**
   * Everyday words that mean something particular here but are common in office chat ("holiday",
   * "line", "team", "call"...), and "child", which every question here is about. They count as matched
   * words, but an answer also needs at least one matched word outside this set (an anchor).
   */
  readonly generic: ReadonlySet<string>;
  /**
   * Everyday words that carry no topic but are not stop words (people, places, times, common verbs
   * and adjectives). A question told as a story is full of them: they do not count against an entry's
   * coverage, and a word here the base never uses is not taken as a sign the question is off-topic.
   * They still find entries that use them.
   */
  readonly everyday: ReadonlySet<string>;
  /** The term that topics outside PG47 are folded into (see folds.yaml). */
  readonly outOfScope = stem('outofscope');
  /** The term "child" and every word folded into it ("yp", "kiddo", "minor") become. */
  readonly child: string;
  /** Recent texts' terms: one question is read several ways (query, intent, story) in one answer. */
  private readonly recent = new Map<string, readonly string[]>();

  constructor(folds: FoldsFile) {
    this.phrases = folds.folds.map((f) => [new RegExp(f.match, 'g'), f.to]);
    this.leading = folds.folds.filter((f) => f.match.startsWith('^') && !f.to.trim()).map((f) => new RegExp(f.match));
    this.signals = folds.storySigns.map((s) => [s.name, new RegExp(s.match)]);
    this.offTopicPatterns = folds.offTopic.map((o) => new RegExp(o.match));
    this.otherSensePatterns = folds.otherSense.map((o) => new RegExp(o.match));
    this.onTopicPattern = folds.onTopic ? new RegExp(folds.onTopic) : undefined;
    this.weakTopic = folds.weakTopic ? new RegExp(`^(?:${folds.weakTopic})$`) : undefined;
    this.onTopicAll = folds.onTopic ? new RegExp(folds.onTopic, 'g') : undefined;
    this.stopWords = new Set(folds.stopWords);
    this.generic = new Set(this.terms(folds.genericWords.join(' ')));
    this.everyday = new Set(this.terms(folds.everydayWords.join(' ')));
    this.child = this.terms('child')[0] ?? 'child';
  }

  /** An onTopic match that is not only a weak word ("strategy meeting" counts, "meeting" alone does not). */
  private strongTopic(raw: string): boolean {
    if (!this.onTopicAll) return false;
    for (const m of raw.matchAll(this.onTopicAll)) if (!this.weakTopic?.test(m[0].trim())) return true;
    return false;
  }

  /** The text with the weak topic words blanked (for story signals: "missing parcel" is no sign). */
  private strongText(raw: string): string {
    const weak = this.weakTopic;
    if (!weak || !this.onTopicAll) return raw;
    return raw.replace(this.onTopicAll, (m) => (weak.test(m.trim()) ? ' ' : m));
  }

  /**
   * The message matches an off-topic pattern (weather, travel, IT, HR, council services) and names no child protection,
   * or uses a word of the procedure in its everyday sense (otherSense in folds.yaml) and names no child.
   */
  offTopic(text: string): boolean {
    const raw = lower(text);
    // A children's home named as the place ("the dog has gone missing from the children's home") names no child.
    if (
      this.otherSensePatterns.some((re) => re.test(raw)) &&
      !ABOUT_A_CHILD.test(raw) &&
      !this.terms(text.replace(CHILDRENS_PLACE, ' ')).includes(this.child)
    )
      return true;
    if (!this.offTopicPatterns.some((re) => re.test(raw))) return false;
    // The asker's own child ("my son has chickenpox, can I work from home") does not make an HR question a case, nor does
    // the everyday phrase itself ("carer's leave": a carer is a word of the procedure too).
    const body = lower(this.body(text.replace(OWN_CHILD, ' ')));
    return !this.strongTopic(this.offTopicPatterns.reduce((t, re) => t.replace(re, ' '), body));
  }

  /**
   * The message names child protection (onTopic in folds.yaml): a child, trafficking, the NRM, social
   * care... A word with an everyday sense too (weakTopic: refer, missing, meeting...) does not count alone.
   * Who is writing does not count ("as a school nurse, how do I book leave" is not about child protection).
   */
  onTopic(text: string): boolean {
    return this.strongTopic(lower(this.body(text)));
  }

  /** The message names child protection only by words with an everyday sense too (weakTopic). */
  weakTopicOnly(text: string): boolean {
    if (this.onTopic(text)) return false;
    const body = this.body(text);
    return !!this.onTopicPattern?.test(lower(body)) || this.situationSignals(body).size > 0;
  }

  /** The message without who is writing ("school nurse here:", "as a teacher,"). */
  private body(text: string): string {
    return this.afterWriter(text) ?? text;
  }

  /** The distinct signs of a child's situation told in a message, without the weak topic words ("missing parcel"). */
  strongSignals(text: string): Set<string> {
    return this.situationSignals(this.strongText(lower(text)));
  }

  /** The distinct signs of a child's situation told in a message (see `signals`). */
  situationSignals(text: string): Set<string> {
    const raw = lowerQuotes(text);
    const out = new Set<string>();
    for (const [name, re] of this.signals) if (re.test(raw)) out.add(name);
    return out;
  }

  /** The message after who is writing ("hv here, on a visit..." -> "on a visit..."); undefined when it does not start so. */
  afterWriter(text: string): string | undefined {
    const raw = lowerQuotes(text).trimStart();
    for (const re of this.leading) {
      const m = re.exec(raw);
      if (m && m[0].trim()) return raw.slice(m[0].length);
    }
    return undefined;
  }

  /** Lowercase, unify quotes and fold synonyms into canonical terms. */
  canonicalise(text: string): string {
    let s = lowerQuotes(text);
    for (const [re, canon] of this.phrases) s = s.replace(re, ` ${canon} `).replace(/ {2,}/g, ' ');
    return s;
  }

  /** Text → the terms we index and search: canonical, stop words dropped, stemmed (do not mutate the result). */
  terms(text: string): string[] {
    const hit = this.recent.get(text);
    if (hit) return hit as string[];
    const out = this.canonicalise(text)
      .split(/[^a-z0-9§]+/)
      .filter((t) => t.length > 1 && !this.stopWords.has(t))
      .map(stem)
      .filter((t) => t.length > 1);
    if (this.recent.size >= RECENT) this.recent.clear();
    this.recent.set(text, Object.freeze(out));
    return out;
  }
}
