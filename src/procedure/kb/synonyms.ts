// How practitioners write things: abbreviations, legal shorthand and everyday words,
// folded into one canonical term before indexing and before searching, so both sides agree.
// The tables are content (content/folds.yaml), validated when loaded; the code that applies them is here.
import { loadFolds } from './content.js';

const folds = loadFolds();

/** Phrase → canonical term, in order (content/folds.yaml: longer phrases before their parts). */
const PHRASES: Array<[RegExp, string]> = folds.folds.map((f) => [new RegExp(f.match, 'g'), f.to]);

/**
 * Signs of a child's situation (PG47 §10.1 and the seeds), as a practitioner tells them in a story.
 * Several distinct signs in one message mean "here is a worrying child, what do I do?" rather than
 * a question about any one sign (see retrieval.ts). Matched on the raw text (lowercased).
 */
const SIGNALS: Array<[string, RegExp]> = folds.storySigns.map((s) => [s.name, new RegExp(s.match)]);

/** Everyday questions that never get a procedure answer, unless they also name child protection. */
const OFF_TOPIC: RegExp[] = folds.offTopic.map((o) => new RegExp(o.match));
const ON_TOPIC: RegExp | undefined = folds.onTopic ? new RegExp(folds.onTopic) : undefined;
/** Words of onTopic with an everyday sense too (weakTopic): an onTopic match that is only one of them does not count. */
const WEAK_TOPIC: RegExp | undefined = folds.weakTopic ? new RegExp(`^(?:${folds.weakTopic})$`) : undefined;
const ON_TOPIC_ALL: RegExp | undefined = folds.onTopic ? new RegExp(folds.onTopic, 'g') : undefined;
const lower = (text: string) => ` ${text.toLowerCase().replace(/[’‘`]/g, "'")} `;

/** An onTopic match that is not only a weak word ("strategy meeting" counts, "meeting" alone does not). */
function strongTopic(raw: string): boolean {
  if (!ON_TOPIC_ALL) return false;
  for (const m of raw.matchAll(ON_TOPIC_ALL)) if (!WEAK_TOPIC?.test(m[0].trim())) return true;
  return false;
}

/** The text with the weak topic words blanked (for story signals: "missing parcel" is no sign). */
function strongText(raw: string): string {
  if (!WEAK_TOPIC || !ON_TOPIC_ALL) return raw;
  return raw.replace(ON_TOPIC_ALL, (m) => (WEAK_TOPIC.test(m.trim()) ? ' ' : m));
}

/** The off-topic pattern an everyday question matches (weather, travel, IT, HR, council services), if any. */
export function offTopic(text: string): boolean {
  const raw = ` ${text.toLowerCase().replace(/[’‘`]/g, "'")} `;
  if (!OFF_TOPIC.some((re) => re.test(raw))) return false;
  return !strongTopic(lower(text));
}

/**
 * The message names child protection (onTopic in folds.yaml): a child, trafficking, the NRM, social
 * care... A word with an everyday sense too (weakTopic: refer, missing, meeting...) does not count alone.
 */
export function onTopic(text: string): boolean {
  return strongTopic(lower(text));
}

/** The message names child protection only by words with an everyday sense too (weakTopic). */
export function weakTopicOnly(text: string): boolean {
  if (onTopic(text)) return false;
  return !!ON_TOPIC?.test(lower(text)) || situationSignals(text).size > 0;
}

/** The distinct signs of a child's situation told in a message, without the weak topic words ("missing parcel"). */
export function strongSignals(text: string): Set<string> {
  return situationSignals(strongText(lower(text)));
}

/** The distinct signs of a child's situation told in a message (see SIGNALS). */
export function situationSignals(text: string): Set<string> {
  const raw = ` ${text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"')} `;
  const out = new Set<string>();
  for (const [name, re] of SIGNALS) if (re.test(raw)) out.add(name);
  return out;
}

/** Words that say nothing about the topic: they neither find an entry nor count against one. */
export const STOP_WORDS = new Set(folds.stopWords);

/** Lowercase, unify quotes and fold synonyms into canonical terms. */
export function canonicalise(text: string): string {
  let s = ` ${text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"')} `;
  for (const [re, canon] of PHRASES) s = s.replace(re, ` ${canon} `).replace(/ {2,}/g, ' ');
  return s;
}

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

/** Recent texts' terms: one question is read several ways (query, intent, story) in one answer. */
const recent = new Map<string, readonly string[]>();
const RECENT = 64;

/** Text → the terms we index and search: canonical, stop words dropped, stemmed (do not mutate the result). */
export function terms(text: string): string[] {
  const hit = recent.get(text);
  if (hit) return hit as string[];
  const out = canonicalise(text)
    .split(/[^a-z0-9§]+/)
    .filter((t) => t.length > 1 && !STOP_WORDS.has(t))
    .map(stem)
    .filter((t) => t.length > 1);
  if (recent.size >= RECENT) recent.clear();
  recent.set(text, Object.freeze(out));
  return out;
}

/**
 * Everyday words that mean something particular here but are common in office chat ("holiday",
 * "line", "team", "call"...), and "child", which every question here is about. They count as matched
 * words, but an answer also needs at least one matched word outside this set (an anchor).
 */
export const GENERIC_TERMS: ReadonlySet<string> = new Set(terms(folds.genericWords.join(' ')));

/**
 * Everyday words that carry no topic but are not stop words (people, places, times, common verbs
 * and adjectives). A question told as a story is full of them: they do not count against an entry's
 * coverage, and a word here the base never uses is not taken as a sign the question is off-topic.
 * They still find entries that use them.
 */
export const EVERYDAY_TERMS: ReadonlySet<string> = new Set(terms(folds.everydayWords.join(' ')));

/** The term that topics outside PG47 are folded into (see PHRASES). */
export const OUT_OF_SCOPE = stem('outofscope');
