// Spelling: a word nobody wrote in the base ("tarfficked", "intervieewd", "strattegy") is read as the
// nearest word the base does use, before the folds, the off-topic patterns and the sign patterns see the
// message. Minisearch's fuzzy match already finds such entries, but at half weight, and the word stays
// "never used" for the confidence and off-topic tests, so a typo'd question got "I don't know".
// Built once from the entries' words (how often each is used) and the words the folds and signs spell out.
import { lowerApostrophes, stem } from './synonyms.js';

/** Least length of a word that is corrected; words this short only for two letters swapped or one left out. */
const SWAP_ONLY = 4;
const MIN_ONE_EDIT = 5;
/** Words of this length or more may be two edits away. */
const MIN_TWO_EDITS = 8;
const WORD = /[a-z]+(?:'[a-z]+)?/g;

/** Optimal string alignment distance (Levenshtein with adjacent swaps), or max + 1 once it is over `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      if (d < low) low = d;
    }
    if (low > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

export class Speller {
  /** Words the base uses, by how often, grouped by first letter (a typo rarely hits the first letter). */
  private readonly byInitial = new Map<string, Array<[string, number]>>();
  /** Every word (and stem) that is left as written. */
  private readonly known = new Set<string>();
  private readonly cache = new Map<string, string>();

  /**
   * @param used the words of the entries, with how often each is used (what a typo is corrected to)
   * @param spelled words the folds and signs spell out (never corrected; corrected to, once each)
   * @param asWritten everyday English words near a word of the base ("stiff", "internet"): never corrected
   */
  constructor(used: ReadonlyMap<string, number>, spelled: Iterable<string>, asWritten: Iterable<string> = []) {
    for (const w of asWritten) this.known.add(w);
    const freq = new Map(used);
    for (const w of spelled) if (!freq.has(w)) freq.set(w, 1);
    for (const [w, n] of freq) {
      this.known.add(w);
      this.known.add(stem(w));
      if (w.length < SWAP_ONLY - 1) continue;
      const list = this.byInitial.get(w[0]!) ?? [];
      list.push([w, n]);
      this.byInitial.set(w[0]!, list);
    }
    for (const list of this.byInitial.values()) list.sort((a, b) => b[1] - a[1]);
  }

  /** The text with each word the base never uses read as its nearest used word, when there is one near enough. */
  correct(text: string): string {
    const lower = lowerApostrophes(text);
    let out = '';
    let at = 0;
    for (const m of lower.matchAll(WORD)) {
      const w = m[0];
      if (w.length < SWAP_ONLY || w.includes("'") || this.known.has(w) || this.known.has(stem(w))) continue;
      const fix = this.nearest(w);
      if (fix === w) continue;
      out += text.slice(at, m.index) + fix;
      at = m.index + w.length;
    }
    return at === 0 ? text : out + text.slice(at);
  }

  /** The most used word nearest to `w` (one edit for 5-7 letters, two from 8; a swap or a letter left out for 4), or `w`. */
  private nearest(w: string): string {
    const hit = this.cache.get(w);
    if (hit !== undefined) return hit;
    const max = w.length >= MIN_TWO_EDITS ? 2 : 1;
    let best = w;
    let bestD = max + 1;
    // Same first letter, or the first two letters swapped ("tarfficked" keeps its t; "rpeort").
    const initials = new Set([w[0]!, w[1]!]);
    for (const initial of initials)
      for (const [cand] of this.byInitial.get(initial) ?? []) {
        if (initial !== w[0] && cand[1] !== w[0]) continue;
        const d = editDistance(w, cand, Math.min(max, bestD - 1 < 1 ? 1 : bestD - 1));
        if (d < bestD && this.allowed(w, cand, d)) {
          best = cand;
          bestD = d;
          if (d === 1) break;
        }
      }
    if (this.cache.size > 4096) this.cache.clear();
    this.cache.set(w, best);
    return best;
  }

  /** A 4-letter word only by two letters swapped or one left out ("chld"); 5-7 letters by one edit. */
  private allowed(w: string, cand: string, d: number): boolean {
    if (w.length >= MIN_ONE_EDIT) return true;
    if (d !== 1) return false;
    return cand.length === w.length + 1 || (cand.length === w.length && [...w].sort().join('') === [...cand].sort().join(''));
  }
}

/** The words a set of regular expressions spells out ("\\bhousing benefit\\b" -> housing, benefit). */
export function wordsOfPatterns(sources: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const s of sources)
    for (const w of s
      .toLowerCase()
      .replace(/\\[a-z]/g, ' ')
      .split(/[^a-z]+/))
      if (w.length >= 3) out.add(w);
  return [...out];
}

/** How often each word is used in a set of texts. */
export function wordCounts(texts: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of texts) for (const m of lowerApostrophes(t).matchAll(WORD)) out.set(m[0], (out.get(m[0]) ?? 0) + 1);
  return out;
}

const NUMBERS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
/** A child's age in words, before "year old" / "yo" or after "aged" ("a fifteen year old", "aged twelve"), as the digits the age patterns read. */
const AGE_IN_WORDS = new RegExp(
  `\\b(${NUMBERS.join('|')})(?=[- ]?(?:years?[- ]old|yrs?[- ]old|yo)\\b)|(?<=\\b(?:aged|age of|turned|turning) )(${NUMBERS.join('|')})\\b`,
  'gi',
);

/** The message with runs of spaces and line breaks as one space, an age in words as digits, and typos read as the base's words (with a speller). */
export function tidied(text: string, speller?: Speller): string {
  const t = text.replace(/\s+/g, ' ').replace(AGE_IN_WORDS, (w) => String(NUMBERS.indexOf(w.toLowerCase()) + 1));
  return speller ? speller.correct(t) : t;
}
