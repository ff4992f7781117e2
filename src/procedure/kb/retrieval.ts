// Retrieval over the knowledge base: minisearch (BM25+) on canonical terms, with a confidence
// test so that questions the base cannot answer get an honest "I don't know".
import MiniSearch, { type SearchResult } from 'minisearch';
import type { KbAnswer, KbEntry, KbResponse, KnowledgeBase } from './types.js';
import { EVERYDAY_TERMS, GENERIC_TERMS, OUT_OF_SCOPE, offTopic, onTopic, situationSignals, terms } from './synonyms.js';
import { indicatorsIn } from './signs.js';

export interface RetrievalOptions {
  /** Least share (0–1) of the question's information, by term rarity, that the best entry must cover. */
  minCoverage: number;
  /** Least coverage when the best entry matches only one anchor word and the question has words the base never uses. */
  minSingleCoverage: number;
  /** Least BM25+ score for the best entry. */
  minScore: number;
  /** How much a match in each field counts: the canonical question, the other phrasings, the answer. */
  boost: { question: number; alt: number; answer: number };
  /** A runner-up scoring at least this share of the best makes a confident match a "Did you mean". */
  closeRunnerUp: number;
  /** Below this coverage the best entry is weak, and a runner-up at weakRunnerUp of its score makes a "Did you mean". */
  weakCoverage: number;
  weakRunnerUp: number;
  /** Reranking: an entry's score is its BM25+ score times (rerankFloor + the cosine of the question with its nearest phrasing). */
  rerankFloor: number;
  /** How many of the best BM25+ hits are reranked. */
  rerankDepth: number;
  /** Added to the cosine for the share of the question's word pairs (in order) that the phrasing has. */
  pairBonus: number;
  /** BM25+ parameters (term saturation k, length normalisation b, the + floor d). */
  bm25: { k: number; b: number; d: number };
}

export const DEFAULT_RETRIEVAL: RetrievalOptions = {
  minCoverage: 0.3,
  minSingleCoverage: 0.6,
  minScore: 20,
  boost: { question: 3, alt: 2.5, answer: 1 },
  closeRunnerUp: 0.97,
  weakCoverage: 0.5,
  weakRunnerUp: 0.9,
  rerankFloor: 1,
  rerankDepth: 20,
  pairBonus: 0.8,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
};

interface Doc {
  id: string;
  question: string;
  alt: string;
  answer: string;
}

const MAX_RELATED = 3;
/** The entry a story with several signs of trafficking is answered with, and its first follow-up. */
const FIRST_STEPS = 'what-to-do-first';
const SIGNS = 'risk-indicators';
/** A story that ends by asking for the signs themselves wants the signs. */
const ASKS_FOR_SIGNS = /\b(what|which) (are|is) (the )?(main |usual |other )?(signs?|indicators?|red flags?|warning signs?)\b/i;
/** Words that say the story is about a young person, beside those canonicalised to "child". */
const ABOUT_A_CHILD =
  /\b(s?he|her|him|lads?|sons?|daughters?|nieces?|nephews?|year \d{1,2}s?|yr ?\d{1,2}|y\d{1,2}|\d{1,2} ?(yo|y\/o|yrs? old|years? old|year-old|year old))\b|\(\d{1,2}\)|\b(s?he|they)('s| is| are| was) (only |just |about |around )?\d{1,2}\b|\baged? \d{1,2}\b/i;
const CHILD = terms('child')[0]!;
/** Canonical terms that ask what to do next or whom to tell (see synonyms.ts). */
const ASKS_NEXT: ReadonlySet<string> = new Set(terms('nextstep whocontact'));
/** Least distinct signs (see situationSignals) and words for a message to be a story about a child. */
const STORY_SIGNS = 2;
const STORY_WORDS = 10;
/** A story names a situation when it uses a word at most this many entries use. */
const SITUATION_DF = 3;
/** A general question ("what is debt bondage and how do traffickers use threats?") is not a story. */
const GENERAL_QUESTION =
  /^\s*(what|how|why|which|who)( is| are| do| does| can| should)? (the |an? )?(traffick|signs?|indicators?|debt|juju|county|difference|types?|kinds?|forms?|children|kids)\b/i;
/** A message that opens as a question ("can we...", "what if...") asks; one that does not tells. */
const ASKS =
  /^\s*(?:[^:]{0,60}:\s*)?(what|how|why|which|who|whose|when|where|can|could|should|shall|is|are|do|does|did|will|would|may|must|has|have)\b/i;
/** A sign told, not asked, is a story unless the best entry covers at least this share of the message. */
const TOLD_COVERAGE = 0.5;
const MAX_QUESTION_CHARS = 2000;
/** A term at most this many entries use is rare enough to name a topic alone. */
const RARE_DF = 2;
const MAX_QUERY_TERMS = 40;
/** A child's age, told ("a 14 yo", "year 9", "(15)"). */
const AGE =
  /\b\d{1,2} ?(yo|y\/o|yrs? old|years? old|year-old|month-old|months? old)\b|\b(year|yr|y) ?\d{1,2}\b|\(\d{1,2}\)|\b(s?he|they)('s| is| are| was) (only |just |about |around )?\d{1,2}\b|\baged? \d{1,2}\b/i;
/** Without a word of child protection, an entry must match this much to be answered (times minScore; coverage). */
const STRONG_SCORE = 2;
const STRONG_COVERAGE = 0.6;

/** A hit with its BM25+ score kept as `raw` and `score` reranked. */
type Ranked = SearchResult & { raw: number };
const rawScore = (h: SearchResult) => (h as Partial<Ranked>).raw ?? h.score;

export class KbIndex implements KnowledgeBase {
  readonly entries: readonly KbEntry[];
  private readonly byId: Map<string, KbEntry>;
  private readonly search: MiniSearch<Doc>;
  /** Document frequency of each term, for weighting how much of a question an entry covers. */
  private readonly df = new Map<string, number>();
  private readonly relatedCache = new Map<string, string[]>();
  /** An entry's question and phrasings as canonical term sets: a question that restates one gets that entry. */
  private readonly exact = new Map<string, string | null>();
  /** Each entry's question and phrasings as term sets, with the squared norm of each (terms weighted by rarity). */
  private readonly phrasings = new Map<string, Array<{ terms: Set<string>; pairs: Set<string>; norm2: number }>>();

  constructor(
    entries: readonly KbEntry[],
    private readonly options: RetrievalOptions = DEFAULT_RETRIEVAL,
  ) {
    this.entries = entries;
    this.byId = new Map(entries.map((e) => [e.id, e]));
    this.search = new MiniSearch<Doc>({
      fields: ['question', 'alt', 'answer'],
      // Documents and queries arrive as canonical, stop-worded, stemmed terms (see synonyms.ts).
      tokenize: (s) => s.split(' ').filter(Boolean),
      processTerm: (t) => t,
      searchOptions: {
        boost: { ...options.boost },
        bm25: { ...options.bm25 },
        // Typos: one edit in words of 5+ letters, two in long ones; prefixes for half-typed words.
        fuzzy: (t) => (t.length >= 8 ? 0.25 : t.length >= 5 ? 0.2 : false),
        prefix: (t) => t.length >= 4,
        weights: { fuzzy: 0.5, prefix: 0.4 },
        combineWith: 'OR',
      },
    });
    // Each question and phrasing is canonicalised once, for the index, the reranking and exact intent.
    const asked = new Map(entries.map((e) => [e.id, [e.question, ...e.alt].map((p) => terms(p))]));
    const docs = entries.map((e) => {
      const [question, ...alt] = asked.get(e.id)!;
      return { id: e.id, question: question!.join(' '), alt: alt.map((a) => a.join(' ')).join(' '), answer: terms(e.answer).join(' ') };
    });
    this.search.addAll(docs);
    for (const d of docs)
      for (const t of new Set(`${d.question} ${d.alt} ${d.answer}`.split(' '))) if (t) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    for (const e of entries)
      this.phrasings.set(
        e.id,
        asked.get(e.id)!.map((p) => {
          const ts = new Set(p);
          let norm2 = 0;
          for (const t of ts) norm2 += this.idf(t) ** 2;
          return { terms: ts, pairs: pairsOf(p), norm2 };
        }),
      );
    for (const e of entries)
      for (const phrasing of asked.get(e.id)!) {
        const key = keyOf(phrasing);
        if (!key) continue;
        const had = this.exact.get(key);
        // The same words for two entries say nothing: such a key is dropped.
        this.exact.set(key, had === undefined || had === e.id ? e.id : null);
      }
  }

  /** How much a term tells, by how few entries use it. */
  private idf(t: string): number {
    return Math.log(1 + this.entries.length / Math.max(1, this.df.get(t) ?? 0));
  }

  /**
   * BM25+ hits reranked by how close the question is to each entry's nearest phrasing (cosine over
   * rarity-weighted term sets). BM25+ over all the phrasings at once favours entries with many
   * phrasings and long answers; the nearest phrasing says which entry this question is a way of asking.
   * A phrasing that has the question's word pairs in order ("reasonableground decision") gets pairBonus
   * times the share of the pairs it has on top of the cosine. `raw` keeps the BM25+ score for the confidence tests.
   */
  private ranked(q: string[], pairs: Set<string> = new Set()): Ranked[] {
    const hits = this.search.search(q.join(' ')) as Ranked[];
    const { rerankFloor, rerankDepth } = this.options;
    if (!rerankDepth) return hits.map((h) => Object.assign(h, { raw: h.score }));
    let qNorm2 = 0;
    for (const t of new Set(q)) if (this.df.has(t)) qNorm2 += this.idf(t) ** 2;
    const top = hits.slice(0, rerankDepth).map((h) => {
      const matched = new Set([...h.terms, ...h.queryTerms]);
      let best = 0;
      for (const p of this.phrasings.get(h.id as string) ?? []) {
        let dot = 0;
        for (const t of p.terms) if (matched.has(t)) dot += this.idf(t) ** 2;
        let cos = dot === 0 ? 0 : dot / Math.sqrt(p.norm2 * Math.max(qNorm2, dot));
        if (pairs.size && this.options.pairBonus) {
          let n = 0;
          for (const pr of pairs) if (p.pairs.has(pr)) n++;
          cos += (this.options.pairBonus * n) / pairs.size;
        }
        if (cos > best) best = cos;
      }
      return Object.assign(h, { raw: h.score, score: h.score * (rerankFloor + best) });
    });
    top.sort((a, b) => b.score - a.score);
    return [...top, ...hits.slice(rerankDepth).map((h) => Object.assign(h, { raw: h.score, score: h.score * rerankFloor }))];
  }

  get(id: string): KbEntry | undefined {
    return this.byId.get(id);
  }

  /** Canonical query terms. A number the base never uses ("her passport says 22") tells nothing about
   * the topic; a pasted wall of text is cut: a question rarely needs more than MAX_QUERY_TERMS words. */
  private query(question: string): string[] {
    return [...new Set(terms(question.slice(0, MAX_QUESTION_CHARS)))]
      .filter((t) => !/^\d+$/.test(t) || this.df.has(t))
      .slice(0, MAX_QUERY_TERMS);
  }

  suggest(question: string): KbEntry[] {
    if (offTopic(question)) return [];
    const q = this.query(question);
    if (q.length === 0) return [];
    return this.nearest(q, this.ranked(q, pairsOf(terms(question))));
  }

  respond(question: string): KbResponse {
    const text = question.slice(0, MAX_QUESTION_CHARS);
    // An everyday question (weather, travel, IT, HR...) is not answered, unless it tells a sign about a child.
    const signs = indicatorsIn(text);
    if (offTopic(text) && signs.length === 0) return { kind: 'unknown', offTopic: true };
    const q = this.query(text);
    if (q.length === 0) return { kind: 'unknown' };
    // Exact intent first: a question that restates an entry's question or one of its phrasings.
    const exactId = this.exact.get(intentKey(text));
    if (exactId) {
      const entry = this.byId.get(exactId)!;
      return { kind: 'answer', entry, related: this.related(entry.id), score: Infinity, exact: true };
    }
    const hits = this.ranked(q, pairsOf(terms(text)));
    const best = hits[0];
    // A message that names nothing of child protection (no child, no age, no sign, no word of the
    // procedure) is an everyday question unless an entry matches it strongly: no answer, no buttons.
    if (!this.aboutChildProtection(text, signs) && !(best && this.strong(q, best))) return { kind: 'unknown', offTopic: true };
    const sure = !!best && this.confident(q, best);
    // A story about a child: the first steps (or the situation it plainly matches), with the signs it shows.
    // Two PG47 §10.1 indicators make a message about this procedure whatever else it mentions.
    const inScope = !q.includes(OUT_OF_SCOPE) || signs.length >= STORY_SIGNS;
    if (inScope && (this.isStory(text) || (!sure && this.asksWhatToDo(text, q)) || this.tellsSigns(text, signs, best, sure))) {
      const first = this.byId.get(FIRST_STEPS);
      if (first) {
        const entry = sure && this.namesSituation(best!) ? this.byId.get(best!.id as string)! : first;
        const near = hits.slice(0, 3).map((h) => h.id as string);
        const related = this.pick(entry, entry === first ? [SIGNS, ...near, ...first.see] : [FIRST_STEPS, SIGNS, ...near]);
        return { kind: 'answer', entry, related, score: best?.score ?? 0, story: { signs } };
      }
    }
    if (best && sure) {
      // Middle band: a tie, or a runner-up close behind a best entry that covers little of the question.
      const weak = this.coverage(q, best) < this.options.weakCoverage;
      const share = weak ? this.options.weakRunnerUp : this.options.closeRunnerUp;
      const close = hits.slice(1, 3).filter((h) => h.score >= best.score * share);
      if (close.length) return { kind: 'didYouMean', options: [best, ...close].map((h) => this.byId.get(h.id as string)!) };
      const entry = this.byId.get(best.id as string)!;
      return { kind: 'answer', entry, related: this.relatedFor(entry, hits), score: best.score };
    }
    const near = this.nearest(q, hits);
    return near.length ? { kind: 'didYouMean', options: near } : { kind: 'unknown' };
  }

  /** A message long enough to be a story, about a child, that shows a PG47 §10.1 indicator, when the best entry is not plainly its topic. */
  private tellsSigns(text: string, signs: string[], best: SearchResult | undefined, sure: boolean): boolean {
    if (GENERAL_QUESTION.test(text) || ASKS_FOR_SIGNS.test(text)) return false;
    if (text.split(/\s+/).filter(Boolean).length < STORY_WORDS) return false;
    if (!ABOUT_A_CHILD.test(text) && !terms(text).includes(CHILD)) return false;
    if (signs.length === 0) return false;
    // Two indicators are a story whatever entry scores best, and so is one told, not asked ("the boy was
    // moved between takeaways..."); one in a question is, unless an entry plainly answers it.
    if (signs.length >= STORY_SIGNS) return true;
    if (!ASKS.test(text) && (!sure || !best || this.coverageOf(text, best) < TOLD_COVERAGE)) return true;
    return !sure || !best || [FIRST_STEPS, SIGNS].includes(best.id as string) || this.byId.get(best.id as string)!.situation;
  }

  /** Follow-ups for an answer: a close runner-up first, then the curated ones, then the next hits. */
  private relatedFor(entry: KbEntry, hits: SearchResult[]): KbEntry[] {
    const best = hits[0]!;
    const close = hits
      .slice(1, 2)
      .filter((h) => h.score >= best.score * 0.6)
      .map((h) => h.id as string);
    const later = hits.slice(1, 6).map((h) => h.id as string);
    let related = this.pick(entry, [...close, ...entry.see, ...later]);
    if (related.length < MAX_RELATED) related = this.pick(entry, [...related.map((e) => e.id), ...this.related(entry.id).map((e) => e.id)]);
    return related;
  }

  /** Up to 3 entries near a question answered with no confidence, sharing a telling word with it. */
  private nearest(q: string[], hits: SearchResult[]): KbEntry[] {
    if (q.includes(OUT_OF_SCOPE)) return [];
    const telling = (h: SearchResult) => h.queryTerms.some((t) => !GENERIC_TERMS.has(t) && !EVERYDAY_TERMS.has(t));
    const near = hits.filter((h) => rawScore(h) >= this.options.minScore / 2 && telling(h));
    const top = near[0];
    if (!top) return [];
    return near
      .filter((h) => h.score >= top.score * 0.4)
      .slice(0, MAX_RELATED)
      .map((h) => this.byId.get(h.id as string)!);
  }

  answer(question: string): KbAnswer | undefined {
    const r = this.respond(question);
    return r.kind === 'answer' ? { entry: r.entry, score: r.score, related: r.related } : undefined;
  }

  /** The retriever as it was before issue 11 (kept to compare against; see test/kb/heldout-fresh.test.ts). */
  answerBefore(question: string): KbAnswer | undefined {
    const q = this.query(question);
    if (q.length === 0) return undefined;
    const hits = this.search.search(q.join(' '));
    const best = hits[0];
    const sure = !!best && this.confident(q, best);
    // A story with several signs ("she has a new phone, an older boyfriend drives her, she goes
    // missing...") asks what to do about this child: the first steps, with the signs next, unless it
    // plainly matches a situation that has its own course of action.
    const story = this.isStory(question) || (!sure && this.asksWhatToDo(question, q));
    if (!q.includes(OUT_OF_SCOPE) && story && !(sure && this.namesSituation(best!))) {
      const first = this.byId.get(FIRST_STEPS);
      if (first) {
        const near = hits.slice(0, 3).map((h) => h.id as string);
        return { entry: first, score: best?.score ?? 0, related: this.pick(first, [SIGNS, ...near, ...first.see]) };
      }
    }
    if (!best || !sure) return undefined;
    const entry = this.byId.get(best.id as string)!;
    // A close runner-up is offered first: it may be what was meant.
    const close = hits
      .slice(1, 2)
      .filter((h) => h.score >= best.score * 0.6)
      .map((h) => h.id as string);
    const later = hits.slice(1, 6).map((h) => h.id as string);
    let related = this.pick(entry, [...close, ...entry.see, ...later]);
    if (related.length < MAX_RELATED) related = this.pick(entry, [...related.map((e) => e.id), ...this.related(entry.id).map((e) => e.id)]);
    return { entry, score: best.score, related };
  }

  /** The message names child protection, a child's age or a sign of a child's situation. */
  private aboutChildProtection(text: string, signs: string[]): boolean {
    return signs.length > 0 || onTopic(text) || AGE.test(text) || situationSignals(text).size > 0;
  }

  /** An entry matches strongly: a good share of the question, with a telling word. */
  private strong(q: string[], hit: SearchResult): boolean {
    if (rawScore(hit) < this.options.minScore * STRONG_SCORE || this.coverage(q, hit) < STRONG_COVERAGE) return false;
    return hit.terms.some((t) => !GENERIC_TERMS.has(t) && !EVERYDAY_TERMS.has(t));
  }

  /** The hit is a situation entry, and the question names it with a word few entries use ("county lines"). */
  private namesSituation(hit: SearchResult): boolean {
    if (!this.byId.get(hit.id as string)?.situation) return false;
    return hit.queryTerms.some((t) => !GENERIC_TERMS.has(t) && (this.df.get(t) ?? Infinity) <= SITUATION_DF);
  }

  /**
   * A story with one sign that ends by asking what to do or whom to tell ("...he sleeps at the shop,
   * who do I tell?"), when nothing else matched with confidence: the first steps are the answer.
   */
  private asksWhatToDo(question: string, q: string[]): boolean {
    const text = question.slice(0, MAX_QUESTION_CHARS);
    if (!q.some((t) => ASKS_NEXT.has(t))) return false;
    if (text.split(/\s+/).filter(Boolean).length < STORY_WORDS) return false;
    if (!ABOUT_A_CHILD.test(text) && !q.includes(CHILD)) return false;
    return situationSignals(text).size >= 1;
  }

  /** Several distinct signs of trafficking told about a child, in a message long enough to be a story. */
  private isStory(question: string): boolean {
    const text = question.slice(0, MAX_QUESTION_CHARS);
    if (GENERAL_QUESTION.test(text) || ASKS_FOR_SIGNS.test(text)) return false;
    if (text.split(/\s+/).filter(Boolean).length < STORY_WORDS) return false;
    // ...about a child (or a young person of a stated age), not a colleague who "owes money".
    if (!ABOUT_A_CHILD.test(text) && !terms(text).includes(CHILD)) return false;
    return situationSignals(text).size >= STORY_SIGNS;
  }

  related(id: string): KbEntry[] {
    const entry = this.byId.get(id);
    if (!entry) return [];
    let ids = this.relatedCache.get(id);
    if (!ids) {
      const near = this.search.search(terms(`${entry.question} ${entry.alt.join(' ')}`).join(' ')).map((h) => h.id as string);
      ids = this.pick(entry, [...entry.see, ...near]).map((e) => e.id);
      this.relatedCache.set(id, ids);
    }
    return ids.map((i) => this.byId.get(i)!);
  }

  /**
   * Confident when the best entry scores well, covers enough of the question, and matches at least
   * one anchor word (not an everyday word); one anchor alone must cover most of the question.
   */
  private confident(q: string[], best: SearchResult): boolean {
    const coverage = this.coverage(q, best);
    // A short question whose every telling word the entry matches may score low in BM25 terms
    // (few words to add up): half the least score is enough then.
    // A word only one or two entries use, matched exactly, names the topic even when it appears
    // only in an answer ("harbouring"): a quarter of the least score is enough then.
    const rare = best.queryTerms.some((t) => !GENERIC_TERMS.has(t) && (this.df.get(t) ?? Infinity) <= RARE_DF && best.terms.includes(t));
    const least = coverage >= 0.95 ? (rare ? 0.25 : 0.5) : 1;
    if (rawScore(best) < this.options.minScore * least) return false;
    const anchors = new Set(best.queryTerms.filter((t) => !GENERIC_TERMS.has(t))).size;
    if (anchors === 0 || coverage < this.options.minCoverage) return false;
    // A topic PG47 does not cover (adult services, FGM, Prevent, SEND, HR...) is declined unless the
    // rest of the question is plainly about this procedure.
    if (q.includes(OUT_OF_SCOPE) && anchors < 3) return false;
    if (anchors >= 2 || coverage >= this.options.minSingleCoverage) return true;
    // One anchor with only familiar words around it ("section 20: when does it apply?") is fine;
    // one anchor beside words the base has never seen ("submit my timesheet") is not.
    return q.every((t) => this.df.has(t) || EVERYDAY_TERMS.has(t));
  }

  private coverageOf(text: string, hit: SearchResult): number {
    return this.coverage(this.query(text), hit);
  }

  /** How much of the question (weighted by how rare each term is) the hit matched. */
  private coverage(q: string[], hit: SearchResult): number {
    const matched = new Set(hit.queryTerms);
    const n = this.entries.length;
    let total = 0;
    let got = 0;
    for (const t of new Set(q)) {
      if (EVERYDAY_TERMS.has(t) && !matched.has(t)) continue;
      const w = Math.log(1 + n / Math.max(1, this.df.get(t) ?? 0));
      total += w;
      if (matched.has(t)) got += w;
    }
    return total === 0 ? 0 : got / total;
  }

  private pick(entry: KbEntry, ids: string[]): KbEntry[] {
    const out: KbEntry[] = [];
    for (const id of ids) {
      const e = this.byId.get(id);
      if (e && e.id !== entry.id && !out.includes(e)) out.push(e);
      if (out.length === MAX_RELATED) break;
    }
    return out;
  }
}

/** The canonical terms of a question as a set, in order: equal keys ask the same thing. Empty when only generic words. */
function intentKey(text: string): string {
  return keyOf(terms(text));
}

/** Adjacent canonical terms of a text, in order ("reasonableground decision"). */
function pairsOf(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return out;
}

function keyOf(words: readonly string[]): string {
  const t = [...new Set(words)].sort();
  return t.some((x) => !GENERIC_TERMS.has(x)) ? t.join(' ') : '';
}
