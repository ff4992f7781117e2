// Measurement on the fresh held-out sets (issue 11). Retriever-agnostic: a retriever is a function
// from a question to what the person sees.
//   top-1:     the answer shown is the expected entry (or `also`);
//   with DYM:  top-1, or, when no answer is shown, the expected entry is one of the "Did you mean"
//              buttons (before issue 11: the "closest questions" buttons of the "I don't know");
//   off-topic answered: an everyday question got a procedure answer (or a story answer);
//   off-topic offered:  an everyday question got "Did you mean" buttons (not an answer, but noise);
//   story signs: over the stories, how many labelled PG47 §10.1 indicators the answer named
//              (recall), and how many it named that the story does not show (extra).
import type { Fresh } from './fresh.js';

export interface Seen {
  /** The entry answered with, if any (a story answer counts as its entry). */
  answered?: string;
  /** Entries offered as "Did you mean" (or closest questions) when nothing was answered. */
  offered: string[];
  /** Indicator ids named (story answers). */
  signs: string[];
}

export type Retriever = (question: string) => Seen;

export interface FreshMeasure {
  n: number;
  top1: number;
  withDym: number;
  stories: number;
  storyTop1: number;
  signsLabelled: number;
  signsFound: number;
  signsExtra: number;
  offN: number;
  offAnswered: string[];
  offOffered: number;
  misses: string[];
}

export function measureFresh(r: Retriever, set: readonly Fresh[], off: readonly string[]): FreshMeasure {
  const m: FreshMeasure = {
    n: set.length,
    top1: 0,
    withDym: 0,
    stories: 0,
    storyTop1: 0,
    signsLabelled: 0,
    signsFound: 0,
    signsExtra: 0,
    offN: off.length,
    offAnswered: [],
    offOffered: 0,
    misses: [],
  };
  for (const h of set) {
    const ok = (id: string | undefined) => id !== undefined && (id === h.expect || id === h.also);
    const seen = r(h.q);
    const hit = ok(seen.answered);
    if (hit) m.top1++;
    if (hit || (!seen.answered && seen.offered.some(ok))) m.withDym++;
    else
      m.misses.push(
        `  "${h.q.slice(0, 100)}" -> ${seen.answered ?? `(dym: ${seen.offered.join(', ') || 'none'})`} (expected ${h.expect}${h.also ? ` or ${h.also}` : ''})`,
      );
    if (h.story) {
      m.stories++;
      if (hit) m.storyTop1++;
      const labelled = h.signs ?? [];
      m.signsLabelled += labelled.length;
      m.signsFound += labelled.filter((s) => seen.signs.includes(s)).length;
      m.signsExtra += seen.signs.filter((s) => !labelled.includes(s)).length;
    }
  }
  for (const q of off) {
    const seen = r(q);
    if (seen.answered) m.offAnswered.push(`${q} -> ${seen.answered}`);
    else if (seen.offered.length) m.offOffered++;
  }
  return m;
}

const pct = (a: number, n: number) => `${a}/${n} = ${n ? ((100 * a) / n).toFixed(1) : '0.0'}%`;

export function describeFresh(name: string, m: FreshMeasure): string {
  return (
    `KB ${name}: top-1 ${pct(m.top1, m.n)}; with did-you-mean ${pct(m.withDym, m.n)}; ` +
    `stories top-1 ${pct(m.storyTop1, m.stories)}, signs named ${pct(m.signsFound, m.signsLabelled)} (+${m.signsExtra} not in the story); ` +
    `off-topic answered ${m.offAnswered.length}/${m.offN}, offered buttons ${m.offOffered}/${m.offN}`
  );
}
