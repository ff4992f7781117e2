// Dev script (npx tsx test/kb/loo.ts [set...]): leave-one-out figures. For each of the given held-out sets (13-18 by
// default) the knowledge base learns from examples.yaml without that set's questions, and is measured on it: what a
// set would score had it never been learned from (the honest figure for the way the base learns; its entries and
// patterns may still have been tuned on it).
import { shippedKbContent } from '../../src/content/kb.js';
import { createKnowledgeBase } from '../../src/procedure/kb/index.js';
import type { Fresh } from './fresh.js';
import { measureFresh, type Retriever } from './measureFresh.js';
import { heldout13, heldout13OffTopic } from './heldout13.js';
import { heldout14, heldout14OffTopic } from './heldout14.js';
import { heldout15, heldout15OffTopic } from './heldout15.js';
import { heldout16, heldout16OffTopic } from './heldout16.js';
import { heldout17, heldout17OffTopic } from './heldout17.js';
import { heldout18, heldout18OffTopic } from './heldout18.js';
import { heldout19, heldout19OffTopic } from './heldout19.js';
import { heldout20, heldout20OffTopic } from './heldout20.js';
import { heldout21, heldout21OffTopic } from './heldout21.js';
import { heldout22, heldout22OffTopic } from './heldout22.js';
import { heldout23, heldout23OffTopic } from './heldout23.js';
import { heldout24, heldout24OffTopic } from './heldout24.js';
import { heldout25, heldout25OffTopic } from './heldout25.js';
import { heldout26, heldout26OffTopic } from './heldout26.js';
import { heldout27, heldout27OffTopic } from './heldout27.js';

const SETS: Record<string, [readonly Fresh[], readonly string[]]> = {
  '13': [heldout13, heldout13OffTopic],
  '14': [heldout14, heldout14OffTopic],
  '15': [heldout15, heldout15OffTopic],
  '16': [heldout16, heldout16OffTopic],
  '17': [heldout17, heldout17OffTopic],
  '18': [heldout18, heldout18OffTopic],
  '19': [heldout19, heldout19OffTopic],
  '20': [heldout20, heldout20OffTopic],
  '21': [heldout21, heldout21OffTopic],
  '22': [heldout22, heldout22OffTopic],
  '23': [heldout23, heldout23OffTopic],
  '24': [heldout24, heldout24OffTopic],
  '25': [heldout25, heldout25OffTopic],
  '26': [heldout26, heldout26OffTopic],
  '27': [heldout27, heldout27OffTopic],
};
const content = shippedKbContent();
const norm = (q: string) => q.replace(/\s+/g, ' ').trim().toLowerCase();
const names = process.argv.slice(2).filter((a) => a in SETS);
for (const name of names.length ? names : Object.keys(SETS)) {
  const [set, off] = SETS[name]!;
  const left = new Set(set.map((h) => norm(h.q)));
  const examples = Object.fromEntries(Object.entries(content.examples).map(([id, qs]) => [id, qs.filter((q) => !left.has(norm(q)))]));
  const kb = createKnowledgeBase({ ...content, examples });
  const r: Retriever = (q) => {
    const a = kb.respond(q);
    if (a.kind === 'answer') return { answered: a.entry.id, offered: [], signs: a.story?.signs ?? [] };
    return { offered: a.kind === 'didYouMean' ? a.options.map((e) => e.id) : [], signs: [] };
  };
  const m = measureFresh(r, set, off);
  const pct = (x: number, n: number) => ((100 * x) / Math.max(1, n)).toFixed(1);
  console.log(
    `${name} left out: ${m.top1}/${m.withDym}/${m.n} (${pct(m.top1, m.n)} / ${pct(m.withDym, m.n)}) st ${m.storyTop1}/${m.stories} sg ${m.signsFound}/${m.signsLabelled}+${m.signsExtra} off ${m.offAnswered.length}`,
  );
  if (process.argv.includes('misses')) console.log(m.misses.join('\n'));
  if (process.argv.includes('dump'))
    for (const h of set) {
      const a = r(h.q);
      console.log(
        `${name}\t${a.answered === h.expect || (h.also && a.answered === h.also) ? 'OK' : 'NO'}\t${h.q.slice(0, 80)}\t${a.answered ?? 'dym:' + a.offered.join(',')}\t${h.expect}`,
      );
    }
}
