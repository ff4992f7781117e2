// Retrieval over the knowledge base: minisearch (BM25+) on canonical terms, with a confidence test so that questions the
// base cannot answer get an honest "I don't know".
import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import type { KbAnswer, KbEntry, KbResponse, KnowledgeBase } from './types.js';
import { ASKERS_CHILD, lowerApostrophes, type Lexicon } from './synonyms.js';
import type { SignReader } from './signs.js';
import { tidied, type Speller } from './spelling.js';
import { DEFAULT_RETRIEVAL, type RetrievalOptions } from './options.js';
import { buildIndex, idfOf, type Doc, type Phrasing } from './build.js';
import * as K from './thresholds.js';
import {
  ABOUT_A_CHILD,
  AGE,
  ASKS,
  ASKS_FOR_SIGNS,
  GENERAL_QUESTION,
  STORY_SIGNS,
  STORY_WORDS,
  aboutChildProtection,
  asksWhatToDo,
  intentKey,
  isStory,
  namesAChild,
  pairsOf,
  toldByPractitioner,
  unplacedStory,
} from './story.js';

export { DEFAULT_RETRIEVAL, type RetrievalOptions } from './options.js';

/** A hit with its BM25+ score kept as `raw` and `score` reranked. */
type Ranked = SearchResult & { raw: number };
const rawScore = (h: SearchResult) => (h as Partial<Ranked>).raw ?? h.score;

export class KbIndex implements KnowledgeBase {
  readonly entries: readonly KbEntry[];
  private readonly byId: Map<string, KbEntry>;
  private readonly search: MiniSearch<Doc>;
  /** Document frequency of each term, for weighting how much of a question an entry covers. */
  private readonly df: Map<string, number>;
  private readonly relatedCache = new Map<string, string[]>();
  /** An entry's question and phrasings as canonical term sets: a question that restates one gets that entry. */
  private readonly exact: Map<string, string | null>;
  /** Each entry's question and phrasings as term sets, with the squared norm of each (terms weighted by rarity). */
  readonly phrasings: ReadonlyMap<string, Phrasing[]>;
  /** Entries whose `stories` patterns say a story is their situation, with the patterns compiled. */
  private readonly cues: Array<{ id: string; match: RegExp[] }>;

  /** How this content's words are folded into terms, and what a message is about. */
  readonly lex: Lexicon;
  /** Which PG47 §10.1 indicators a story shows. */
  readonly signs: SignReader;
  /** Typos read as the nearest word the base uses (none: as written). */
  private readonly speller: Speller | undefined;

  constructor(
    content: { entries: readonly KbEntry[]; lexicon: Lexicon; signs: SignReader; speller?: Speller },
    private readonly options: RetrievalOptions = DEFAULT_RETRIEVAL,
  ) {
    const { entries } = content;
    this.entries = entries;
    this.lex = content.lexicon;
    this.signs = content.signs;
    this.speller = content.speller;
    this.byId = new Map(entries.map((e) => [e.id, e]));
    ({
      search: this.search,
      df: this.df,
      phrasings: this.phrasings,
      exact: this.exact,
      cues: this.cues,
    } = buildIndex(entries, this.lex, options));
  }

  /** How much a term tells, by how few entries use it. */
  private idf(t: string): number {
    return idfOf(this.df, this.entries.length, t);
  }

  /**
   * BM25+ hits reranked by the cosine (rarity-weighted term sets) of the question with each entry's nearest phrasing:
   * BM25+ over all phrasings at once favours entries with many phrasings and long answers. A phrasing with the question's
   * word pairs in order ("reasonableground decision") gets pairBonus times the share it has on top. `raw` keeps BM25+.
   */
  private ranked(q: string[], pairs: Set<string> = new Set()): Ranked[] {
    const hits = this.search.search(q.join(' ')) as Ranked[];
    const { rerankFloor, rerankDepth } = this.options;
    if (!rerankDepth) return hits.map((h) => Object.assign(h, { raw: h.score }));
    let qNorm2 = 0;
    for (const t of new Set(q)) if (this.df.has(t)) qNorm2 += this.idf(t) ** 2;
    const top = hits.slice(0, rerankDepth).map((h) => {
      const matched = [...new Set([...h.terms, ...h.queryTerms])].map((t) => [t, this.idf(t) ** 2] as const);
      let best = 0;
      for (const p of this.phrasings.get(h.id as string) ?? []) {
        let dot = 0;
        for (const [t, w] of matched) if (p.terms.has(t)) dot += w;
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

  /** Canonical query terms, without numbers the base never uses ("her passport says 22"), cut to K.MAX_QUERY_TERMS. */
  private query(question: string): string[] {
    return [...new Set(this.lex.terms(question.slice(0, K.MAX_QUESTION_CHARS)))]
      .filter((t) => !/^\d+$/.test(t) || this.df.has(t))
      .slice(0, K.MAX_QUERY_TERMS);
  }

  suggest(question: string): KbEntry[] {
    if (this.lex.offTopic(question)) return [];
    const q = this.query(question);
    if (q.length === 0) return [];
    return this.nearest(q, this.ranked(q, pairsOf(this.lex.terms(question))));
  }

  respond(question: string): KbResponse {
    // Tidied (spelling.ts): one space for runs of spaces, an age in words as digits, typos read as the base's words.
    const text = tidied(question.slice(0, K.MAX_QUESTION_CHARS), this.options.spelling ? this.speller : undefined);
    // An everyday question (weather, travel, IT, HR...) is not answered, unless it tells a sign about a child.
    if (this.lex.offTopic(text) && this.signs.indicatorsIn(text).length === 0) return { kind: 'unknown', offTopic: true };
    const q = this.query(text);
    if (q.length === 0) return { kind: 'unknown' };
    // Exact intent first: a question that restates an entry's question or one of its phrasings (its signs not read).
    const exactId = this.exact.get(intentKey(this.lex, text));
    if (exactId) {
      const entry = this.byId.get(exactId)!;
      return { kind: 'answer', entry, related: this.related(entry.id), score: Infinity, exact: true };
    }
    const signs = this.signs.indicatorsIn(text);
    const hits = this.ranked(q, pairsOf(this.lex.terms(text)));
    const best = hits[0];
    // A message telling a situation an entry's `stories` patterns name ("went missing last night", "at heathrow") gets that entry.
    const cue = this.cued(text, hits);
    // A cue makes a story of a message that tells (not asks) about a child, and not an everyday one; any other story takes it too.
    const tells = !ASKS.test(text) && text.split(/\s+/).length >= K.CUE_WORDS && namesAChild(this.lex, text, q);
    if (!(cue && tells) && this.everyday(text, q, best, signs)) return { kind: 'unknown', offTopic: true };
    const sure = !!best && this.confident(q, best);
    // A story about a child: the first steps (or the situation it plainly matches), with the signs it shows.
    // Two §10.1 indicators put a message in scope whatever else it names ("self harm", "damp"); so does a cue or a sign it tells.
    const inScope = !q.includes(this.lex.outOfScope) || signs.length >= STORY_SIGNS || (tells && (!!cue || signs.length > 0));
    const story =
      inScope &&
      // A practitioner telling what they saw is a story, unless an entry plainly covers what they told.
      ((toldByPractitioner(this.lex, text) && !(sure && this.coverage(q, best!) >= K.TOLD_COVERAGE)) ||
        isStory(this.lex, text) ||
        (!sure && asksWhatToDo(this.lex, text, q)) ||
        this.tellsSigns(text, signs, best, sure));
    const cued = cue && (story || tells) ? cue : undefined;
    if (inScope && (cued || story)) {
      const plain = sure && this.byId.get(best!.id as string)!.situation && this.coverage(q, best!) >= this.plainCoverage;
      const situation = cued ?? (sure && (this.namesSituation(best!) || plain) ? this.byId.get(best!.id as string) : undefined);
      const told = this.storyAnswer(situation, hits, signs);
      if (told) return told;
    }
    const r = best && sure ? this.banded(q, hits, best) : this.unsure(q, hits);
    // A child's story no entry plainly matches gets the first steps with the signs it shows, not buttons to choose from.
    return (r.kind !== 'answer' && inScope && unplacedStory(this.lex, text, q) && this.storyAnswer(undefined, hits, signs)) || r;
  }

  /** A story's answer: its situation entry, or the first steps; with the signs it shows. */
  private storyAnswer(situation: KbEntry | undefined, hits: SearchResult[], signs: string[]): KbResponse | undefined {
    const entry = situation ?? this.byId.get(K.FIRST_STEPS);
    if (!entry) return undefined;
    const near = hits.slice(0, 3).map((h) => h.id as string);
    const related = this.pick(entry, situation ? [K.FIRST_STEPS, K.SIGNS, ...near] : [K.SIGNS, ...near, ...entry.see]);
    return { kind: 'answer', entry, related, score: hits[0]?.score ?? 0, story: { signs } };
  }

  /** Sure of the best entry: the answer, or "Did you mean" when a runner-up is as likely. */
  private banded(q: string[], hits: SearchResult[], best: SearchResult): KbResponse {
    // Middle band: a tie, or a runner-up close behind a best entry that covers little of the question.
    const covered = this.coverage(q, best);
    const weak = covered < this.options.weakCoverage;
    const share = weak ? this.options.weakRunnerUp : this.options.closeRunnerUp;
    // A weak best entry with a runner-up that covers clearly more of the question is unsure too
    // ("can i contact the yp by text": embassies matches "contact", building-trust "text").
    const close = hits
      .slice(1, 3)
      .filter(
        (h) =>
          h.score >= best.score * share ||
          (weak && h.score >= best.score * this.options.coveringRunnerUp && this.coverage(q, h) >= covered + this.options.coveringMargin),
      );
    if (close.length) return { kind: 'didYouMean', options: [best, ...close].map((h) => this.byId.get(h.id as string)!) };
    const entry = this.byId.get(best.id as string)!;
    return { kind: 'answer', entry, related: this.relatedFor(entry, hits), score: best.score };
  }

  /** Not sure of any entry: the nearest as "Did you mean", or an honest "I don't know". */
  private unsure(q: string[], hits: SearchResult[]): KbResponse {
    const near = this.nearest(q, hits);
    return near.length ? { kind: 'didYouMean', options: near } : { kind: 'unknown' };
  }

  /**
   * A message that names nothing of child protection (no child, no age, no sign, no word of the
   * procedure) is an everyday question unless an entry matches it strongly: no answer, no buttons.
   * One named only by words with an everyday sense too ("refer", "missing") is one too when it also
   * has everyday words the base never uses ("the cycle to work scheme"), or two words the base never
   * uses ("missing parcel from amazon": one may be a typo), unless it is about a child ("her", "him").
   */
  private everyday(text: string, q: string[], best: SearchResult | undefined, signs: string[]): boolean {
    const about = aboutChildProtection(this.lex, text, signs);
    // One named only by such words, not about a child, needs a strong match ("missing parcel", "referral bonus").
    const weakOnly = about === 'weak' && !ABOUT_A_CHILD.test(text);
    if ((about === 'no' || (weakOnly && this.everydayOnly(q, best))) && !(about === 'no' && best && this.strong(q, best))) return true;
    return (
      weakOnly &&
      this.unknown(q, best).some((t) => !/\d/.test(t)) &&
      !(best && this.confident(q, best) && this.coverage(q, best) >= K.WEAK_ONLY_COVERAGE)
    );
  }

  /** A message long enough to be a story, about a child, that shows a PG47 §10.1 indicator, when the best entry is not plainly its topic. */
  private tellsSigns(text: string, signs: string[], best: SearchResult | undefined, sure: boolean): boolean {
    if (GENERAL_QUESTION.test(text) || ASKS_FOR_SIGNS.test(text)) return false;
    if (signs.length === 0 || text.split(/\s+/).filter(Boolean).length < STORY_WORDS) return false;
    if (!ABOUT_A_CHILD.test(text) && !this.lex.terms(text).includes(this.lex.child)) return false;
    // Two indicators are a story whatever entry scores best, and so is one told, not asked ("the boy was moved between
    // takeaways...", "a 14 yo came on a false passport": an age told, whatever entry covers it); asked, unless an entry answers it.
    if (signs.length >= STORY_SIGNS) return true;
    if (!ASKS.test(text) && (!sure || !best || AGE.test(text) || this.coverage(this.query(text), best) < K.TOLD_COVERAGE)) return true;
    return !sure || !best || [K.FIRST_STEPS, K.SIGNS].includes(best.id as string) || this.byId.get(best.id as string)!.situation;
  }

  /** The situation entry whose `stories` patterns the message matches (the best-ranked when several do), unless it asks in general. */
  private cued(text: string, hits: SearchResult[]): KbEntry | undefined {
    if (!this.cues.length || GENERAL_QUESTION.test(text) || ASKERS_CHILD.test(text)) return undefined;
    const raw = ` ${lowerApostrophes(text)} `.replace(/(?<=\s)['"“”]+|['"“”]+(?=[\s.,;:!?])/g, ''); // quotes: 'for school'
    const ids = this.cues.filter((c) => c.match.some((re) => re.test(raw))).map((c) => c.id);
    if (!ids.length) return undefined;
    // A child held now or about to be taken comes first, whatever else the story tells ("...at a flat in luton").
    if (ids.includes(K.IMMEDIATE_DANGER)) return this.byId.get(K.IMMEDIATE_DANGER);
    const ranked = hits.find((h) => ids.includes(h.id as string));
    return this.byId.get((ranked?.id as string | undefined) ?? ids[0]!);
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
    if (related.length < K.MAX_RELATED)
      related = this.pick(entry, [...related.map((e) => e.id), ...this.related(entry.id).map((e) => e.id)]);
    return related;
  }

  /** Up to 3 entries near a question answered with no confidence, sharing a telling word with it. */
  private nearest(q: string[], hits: SearchResult[]): KbEntry[] {
    if (q.includes(this.lex.outOfScope)) return [];
    const telling = (h: SearchResult) => h.queryTerms.some((t) => !this.lex.generic.has(t) && !this.lex.everyday.has(t));
    const near = hits.filter((h) => rawScore(h) >= this.options.minScore / 2 && telling(h));
    const top = near[0];
    if (!top) return [];
    return near
      .filter((h) => h.score >= top.score * 0.4)
      .slice(0, K.MAX_RELATED)
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
    // A story with several signs ("she has a new phone, an older boyfriend drives her...") asks what to do about this
    // child: the first steps, with the signs next, unless it plainly matches a situation with its own course of action.
    const story =
      isStory(this.lex, question.slice(0, K.MAX_QUESTION_CHARS)) ||
      (!sure && asksWhatToDo(this.lex, question.slice(0, K.MAX_QUESTION_CHARS), q));
    const told =
      !q.includes(this.lex.outOfScope) && story && !(sure && this.namesSituation(best!)) && this.storyAnswer(undefined, hits, []);
    if (told && told.kind === 'answer') return { entry: told.entry, score: told.score, related: told.related };
    if (!best || !sure) return undefined;
    const entry = this.byId.get(best.id as string)!;
    return { entry, score: best.score, related: this.relatedFor(entry, hits) };
  }

  /** The question has an everyday word the base never uses, or two other words it never uses. */
  private everydayOnly(q: string[], best: SearchResult | undefined): boolean {
    const unknown = this.unknown(q, best);
    return unknown.some((t) => this.lex.everyday.has(t)) || unknown.length >= 2;
  }

  /** The question's words the base never uses, but for a typo the best entry matched ("interpretor"). */
  private unknown(q: string[], best: SearchResult | undefined): string[] {
    return q.filter((t) => !this.df.has(t) && !best?.queryTerms.includes(t));
  }

  /** An entry matches strongly: a good share of the question, with a telling word. */
  private strong(q: string[], hit: SearchResult): boolean {
    if (rawScore(hit) < this.options.minScore * K.STRONG_SCORE || this.coverage(q, hit) < K.STRONG_COVERAGE) return false;
    return hit.terms.some((t) => !this.lex.generic.has(t) && !this.lex.everyday.has(t));
  }

  /** The hit is a situation entry, and the question names it with a word few entries use ("county lines"). */
  private namesSituation(hit: SearchResult): boolean {
    if (!this.byId.get(hit.id as string)?.situation) return false;
    // ...matched as written (not "contraception" for "contact"), in its question or phrasings (not only its answer: "raid").
    const asked = this.naming(hit.id as string);
    return hit.queryTerms.some(
      (t) =>
        !this.lex.generic.has(t) &&
        (this.df.get(t) ?? Infinity) <= K.SITUATION_DF &&
        hit.terms.includes(t) &&
        asked.some((p) => p.terms.has(t)),
    );
  }

  /** A sure situation entry covering this much of a story is its topic ("no id and we are not sure he is under 18"). */
  protected readonly plainCoverage: number = K.PLAIN_COVERAGE;
  /** The phrasings whose rare words name an entry's situation. */
  protected naming(id: string): readonly Phrasing[] {
    return this.phrasings.get(id) ?? [];
  }

  related(id: string): KbEntry[] {
    const entry = this.byId.get(id);
    if (!entry) return [];
    let ids = this.relatedCache.get(id);
    if (!ids) {
      const near = this.search.search(this.lex.terms(`${entry.question} ${entry.alt.join(' ')}`).join(' ')).map((h) => h.id as string);
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
    // A short question whose every telling word the entry matches may score low (few words to add up): half the
    // least score is enough then; a quarter with a word one or two entries use, matched exactly ("harbouring").
    const rare = best.queryTerms.some(
      (t) => !this.lex.generic.has(t) && (this.df.get(t) ?? Infinity) <= K.RARE_DF && best.terms.includes(t),
    );
    const least = coverage >= 0.95 ? (rare ? 0.25 : 0.5) : 1;
    if (rawScore(best) < this.options.minScore * least) return false;
    const anchors = new Set(best.queryTerms.filter((t) => !this.lex.generic.has(t))).size;
    if (anchors === 0 || coverage < this.options.minCoverage) return false;
    // A topic PG47 does not cover (adult services, FGM, Prevent, SEND, HR...) needs the rest plainly about this procedure.
    if (q.includes(this.lex.outOfScope) && anchors < 3) return false;
    if (anchors >= 2 || coverage >= this.options.minSingleCoverage) return true;
    // One anchor among familiar words ("section 20: when does it apply?") is fine; beside unseen ones ("submit my timesheet") not.
    return q.every((t) => this.df.has(t) || this.lex.everyday.has(t));
  }

  /** How much of the question (weighted by how rare each term is) the hit matched. */
  private coverage(q: string[], hit: SearchResult): number {
    const matched = new Set(hit.queryTerms);
    const n = this.entries.length;
    let total = 0;
    let got = 0;
    for (const t of new Set(q)) {
      if (this.lex.everyday.has(t) && !matched.has(t)) continue;
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
      if (out.length === K.MAX_RELATED) break;
    }
    return out;
  }
}
