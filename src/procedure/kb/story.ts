// How a message is read before ranking (see retrieval.ts): is it a story about a child, does it ask
// what to do, and is it about child protection at all (the general off-topic guard).
import { ABOUT_A_CHILD, type Lexicon } from './synonyms.js';
import { UNPLACED_STORY_WORDS } from './thresholds.js';

export { ABOUT_A_CHILD } from './synonyms.js';

/** A story that ends by asking for the signs themselves wants the signs. */
export const ASKS_FOR_SIGNS = /\b(what|which) (are|is) (the )?(main |usual |other )?(signs?|indicators?|red flags?|warning signs?)\b/i;
/** Canonical terms that ask what to do next or whom to tell (see folds.yaml), per lexicon. */
const asksNext = new WeakMap<Lexicon, ReadonlySet<string>>();
function asksNextOf(lex: Lexicon): ReadonlySet<string> {
  let s = asksNext.get(lex);
  if (!s) asksNext.set(lex, (s = new Set(lex.terms('nextstep whocontact'))));
  return s;
}
/** Least distinct signs (see situationSignals) and words for a message to be a story about a child. */
export const STORY_SIGNS = 2;
export const STORY_WORDS = 10;
/** A general question ("what is debt bondage and how do traffickers use threats?") is not a story. */
export const GENERAL_QUESTION =
  /^\s*(what|how|why|which|who)( is| are| do| does| can| should)? (the |an? )?(traffick|signs?|indicators?|debt|juju|county|difference|types?|kinds?|forms?|children|kids)\b/i;
/** A message that opens as a question ("can we...", "what if...") asks; one that does not tells. */
export const ASKS =
  /^\s*(?:[^:]{0,60}:\s*)?(what|how|why|which|who|whose|when|where|can|could|should|shall|is|are|do|does|did|will|would|may|must|has|have)\b/i;
/** A question asked after a story has been told ("..., how do we stop it?"). */
const EMBEDDED_QUESTION = /[,.;:?!\u2013-]\s*(how|what|why|which|when|where|can|could|should|do|does|is|are|will|would)\b/;
/** A question whether what was told is it ("is this trafficking?", "should i be worried", "is she at risk"). */
const ASKS_WHETHER = /\b(is|could|would|does) (this|that|it)\b|\bshould i\b|\bis (s?he|they)\b/i;
/** A child's age, told ("a 14 yo", "year 9", "(15)"). */
export const AGE =
  /\b\d{1,2} ?(yo|y\/o|yrs? old|years? old|year-old|month-old|months? old)\b|\b(year|yr|y) ?\d{1,2}\b|\(\d{1,2}\)|\b(s?he|they)('s| is| are| was) (only |just |about |around |actually |really )?\d{1,2}\b|\baged? \d{1,2}\b/i;

const childTerms = new WeakMap<Lexicon, Set<string>>();
/** The message names a child: in its words ("her", "the boy"), or a term for one (child, yp, kid, LAC, UASC). */
export function namesAChild(lex: Lexicon, text: string, q: readonly string[]): boolean {
  if (ABOUT_A_CHILD.test(text)) return true;
  let named = childTerms.get(lex);
  if (!named) childTerms.set(lex, (named = new Set(lex.terms('child looked after uasc'))));
  return q.some((t) => named.has(t));
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Whether the message is about child protection: 'yes' when it names child protection, a child's age
 * or a sign of a child's situation; 'weak' when only words with an everyday sense too say so (refer,
 * missing, meeting, interview: see weakTopic in folds.yaml); 'no' otherwise.
 */
export function aboutChildProtection(lex: Lexicon, text: string, signs: readonly string[]): 'yes' | 'weak' | 'no' {
  // A word folded into "child" ("yp", "kiddo", "minor") names a child as the raw words do (canonicalised once, if asked).
  let child: boolean | undefined;
  const folded = () => (child ??= lex.terms(text).includes(lex.child));
  // One sign said of no one ("my parcel has gone missing") does not make it about a child.
  const told = signs.length >= STORY_SIGNS || (signs.length > 0 && (ABOUT_A_CHILD.test(text) || folded()));
  if (told || lex.onTopic(text) || AGE.test(text) || lex.strongSignals(text).size > 0 || folded()) return 'yes';
  return lex.weakTopicOnly(text) ? 'weak' : 'no';
}

/**
 * A story with one sign that ends by asking what to do or whom to tell ("...he sleeps at the shop,
 * who do I tell?"): when nothing else matched with confidence, the first steps are the answer.
 */
export function asksWhatToDo(lex: Lexicon, text: string, q: readonly string[]): boolean {
  const next = asksNextOf(lex);
  if (!q.some((t) => next.has(t))) return false;
  if (words(text) < STORY_WORDS) return false;
  if (!ABOUT_A_CHILD.test(text) && !q.includes(lex.child)) return false;
  return lex.situationSignals(text).size >= 1;
}

/**
 * A practitioner telling what they saw ("hv here, on a new birth visit there was a teenage girl doing
 * all the housework..."): it opens with who is writing, then tells (does not ask) about a child at
 * story length.
 */
export function toldByPractitioner(lex: Lexicon, text: string): boolean {
  const rest = lex.afterWriter(text);
  if (rest === undefined || GENERAL_QUESTION.test(rest) || ASKS_FOR_SIGNS.test(text) || ASKS.test(rest)) return false;
  if (words(rest) < STORY_WORDS) return false;
  // A story that ends on a question of its own ("..., how do we stop him running?") asks that, unless
  // it asks what to do or whom to tell.
  if (EMBEDDED_QUESTION.test(rest)) {
    const next = asksNextOf(lex);
    if (!lex.terms(rest).some((t) => next.has(t))) return false;
  }
  return ABOUT_A_CHILD.test(text) || lex.terms(text).includes(lex.child);
}

/** Several distinct signs of trafficking told about a child, in a message long enough to be a story. */
export function isStory(lex: Lexicon, text: string): boolean {
  if (GENERAL_QUESTION.test(text) || ASKS_FOR_SIGNS.test(text)) return false;
  if (words(text) < STORY_WORDS) return false;
  // ...about a child (or a young person of a stated age), not a colleague who "owes money".
  if (!ABOUT_A_CHILD.test(text) && !lex.terms(text).includes(lex.child)) return false;
  return lex.situationSignals(text).size >= STORY_SIGNS;
}

/** The canonical terms of a question as a set, in order: equal keys ask the same thing. Empty when only generic words. */
export function intentKey(lex: Lexicon, text: string): string {
  return keyOf(lex.terms(text), lex.generic);
}

/** Adjacent canonical terms of a text, in order ("reasonableground decision"). */
export function pairsOf(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return out;
}

export function keyOf(words: readonly string[], generic: ReadonlySet<string>): string {
  const t = [...new Set(words)].sort();
  return t.some((x) => !generic.has(x)) ? t.join(' ') : '';
}

/**
 * A message that tells (does not ask) about a child at story length (UNPLACED_STORY_WORDS); a question it ends on asks
 * what to do, whom to tell, or whether this is it ("..., is this trafficking?"), not something else ("..., doesn't that
 * mean it isn't?"). No entry placing it, it gets the first steps (retrieval.ts).
 */
export function unplacedStory(lex: Lexicon, text: string, q: readonly string[]): boolean {
  if (GENERAL_QUESTION.test(text) || ASKS_FOR_SIGNS.test(text)) return false;
  if (words(text) < UNPLACED_STORY_WORDS || !namesAChild(lex, text, q)) return false;
  const rest = lex.afterWriter(text) ?? text;
  if (ASKS.test(rest)) return false;
  if (!rest.includes('?') && !EMBEDDED_QUESTION.test(rest)) return true;
  const next = asksNextOf(lex);
  return q.some((t) => next.has(t)) || ASKS_WHETHER.test(rest);
}
