// Dev script (issue 11, deliverable 1): what the word vectors (src/procedure/kb/vectors.ts, made by
// scripts/kb-vectors.ts) add to the retriever, on held-out sets:
//
//   npx tsx scripts/kb-embeddings.ts loo              (leave-one-out over held-out sets 13-26)
//   npx tsx scripts/kb-embeddings.ts 26               (a set, against the knowledge base as shipped)
//
// Three ways: the retriever without the vectors; with them (as shipped: they decide between the entries' own index
// and the learned one when the two answer differently, and their nearest entry joins "Did you mean"); the vectors
// alone (their nearest entry always answered). Figures: docs/kb.md, "Word vectors".
import { shippedKbContent } from '../src/content/kb.js';
import { createKnowledgeBase, NearestByVectors, type KbResponse } from '../src/procedure/kb/index.js';
import type { Fresh } from '../test/kb/fresh.js';
import { describeFresh, measureFresh, type Retriever, type Seen } from '../test/kb/measureFresh.js';

const seen = (r: KbResponse): Seen =>
  r.kind === 'answer'
    ? { answered: r.entry.id, offered: [], signs: r.story?.signs ?? [] }
    : { offered: r.kind === 'didYouMean' ? r.options.map((e) => e.id) : [], signs: [] };

const norm = (q: string) => q.replace(/\s+/g, ' ').trim().toLowerCase();

async function setOf(n: string): Promise<[Fresh[], string[]]> {
  const m = (await import(`../test/kb/heldout${n}.js`)) as Record<string, unknown>;
  return [m[`heldout${n}`] as Fresh[], m[`heldout${n}OffTopic`] as string[]];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const loo = args.includes('loo');
  const names = loo
    ? ['13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26']
    : args.filter((a) => /^\d+$/.test(a));
  if (!names.length) throw new Error('usage: kb-embeddings.ts loo | <set number>...');
  const content = shippedKbContent();
  if (!content.vectors) throw new Error('no word vectors shipped');
  const total = { base: [0, 0, 0], fused: [0, 0, 0], alone: [0, 0, 0], n: 0 };
  for (const name of names) {
    const [set, off] = await setOf(name);
    const left = new Set(loo ? set.map((h) => norm(h.q)) : []);
    const examples = Object.fromEntries(Object.entries(content.examples).map(([id, qs]) => [id, qs.filter((q) => !left.has(norm(q)))]));
    const base = createKnowledgeBase({ ...content, examples, vectors: undefined });
    const fused = createKnowledgeBase({ ...content, examples });
    const near = new NearestByVectors(
      content.vectors,
      new Map(content.entries.map((e) => [e.id, [e.question, ...e.alt, ...(examples[e.id] ?? [])]])),
    );
    const r: Record<'base' | 'fused' | 'alone', Retriever> = {
      base: (q) => seen(base.respond!(q)),
      fused: (q) => seen(fused.respond!(q)),
      alone: (q) => ({ answered: near.nearest(q), offered: [], signs: [] }),
    };
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
