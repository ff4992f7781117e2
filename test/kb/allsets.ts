// Dev script (npx tsx test/kb/allsets.ts [set]): every set's figures in one line each, and a set's misses.
import type { KbIndex } from '../../src/procedure/kb/index.js';
import { createKnowledgeBase } from './shipped.js';
import { measureFresh, type Retriever } from './measureFresh.js';
import { heldout, heldoutOffTopic } from './heldout.js';
import { heldout2, heldout2OffTopic } from './heldout2.js';
import { heldout3, heldout3OffTopic } from './heldout3.js';
import { heldout4, heldout4OffTopic } from './heldout4.js';
import { heldout5, heldout5OffTopic } from './heldout5.js';
import { labelled, offTopic } from './labelled.js';
import { heldout6, heldout6OffTopic } from './heldout6.js';
import { heldout7, heldout7OffTopic } from './heldout7.js';
import { heldout8, heldout8OffTopic } from './heldout8.js';
import { heldout9, heldout9OffTopic } from './heldout9.js';
import { heldout10, heldout10OffTopic } from './heldout10.js';
import { heldout11, heldout11OffTopic } from './heldout11.js';
import { heldout12, heldout12OffTopic } from './heldout12.js';
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

const kb = createKnowledgeBase() as KbIndex;
const now: Retriever = (q) => {
  const r = kb.respond(q);
  if (r.kind === 'answer') return { answered: r.entry.id, offered: [], signs: r.story?.signs ?? [] };
  return { offered: r.kind === 'didYouMean' ? r.options.map((e) => e.id) : [], signs: [] };
};
const sets: [string, { q: string; expect: string; also?: string }[], string[]][] = [
  ['1', heldout, heldoutOffTopic],
  ['2', heldout2, heldout2OffTopic],
  ['3', heldout3, heldout3OffTopic],
  ['4', heldout4, heldout4OffTopic],
  ['5', heldout5, heldout5OffTopic],
  ['L', labelled, offTopic],
  ['6', heldout6, heldout6OffTopic],
  ['7', heldout7, heldout7OffTopic],
  ['8', heldout8, heldout8OffTopic],
  ['9', heldout9, heldout9OffTopic],
  ['10', heldout10, heldout10OffTopic],
  ['11', heldout11, heldout11OffTopic],
  ['12', heldout12, heldout12OffTopic],
  ['13', heldout13, heldout13OffTopic],
  ['14', heldout14, heldout14OffTopic],
  ['15', heldout15, heldout15OffTopic],
  ['16', heldout16, heldout16OffTopic],
  ['17', heldout17, heldout17OffTopic],
  ['18', heldout18, heldout18OffTopic],
  ['19', heldout19, heldout19OffTopic],
  ['20', heldout20, heldout20OffTopic],
  ['21', heldout21, heldout21OffTopic],
  ['22', heldout22, heldout22OffTopic],
  ['23', heldout23, heldout23OffTopic],
  ['24', heldout24, heldout24OffTopic],
  ['25', heldout25, heldout25OffTopic],
  ['26', heldout26, heldout26OffTopic],
  ['27', heldout27, heldout27OffTopic],
];
const want = process.argv[2];
let t = 0,
  d = 0,
  o = 0,
  n = 0;
const lines: string[] = [];
for (const [name, set, off] of sets) {
  const m = measureFresh(now, set as never, off);
  t += m.top1;
  d += m.withDym;
  o += m.offAnswered.length;
  n += m.n;
  lines.push(
    `${name}: ${m.top1}/${m.withDym}/${m.n} (${((100 * m.top1) / m.n).toFixed(1)} / ${((100 * m.withDym) / m.n).toFixed(1)}) st ${m.storyTop1}/${m.stories} sg ${m.signsFound}/${m.signsLabelled}+${m.signsExtra} off ${m.offAnswered.length}`,
  );
  if (want === 'dump')
    for (const h of set) {
      const r = now(h.q);
      const ok = r.answered !== undefined && (r.answered === h.expect || r.answered === h.also);
      console.log(
        `${name}\t${ok ? 'OK' : r.answered ? 'WRONG' : r.offered.some((o) => o === h.expect || o === h.also) ? 'DYM' : 'MISS'}\t${h.q.slice(0, 90)}\t${r.answered ?? 'dym:' + r.offered.join(',')}\t${h.expect}`,
      );
    }
  if (want === 'dump')
    for (const q of off) {
      const r = now(q);
      if (r.answered) console.log(`${name}\tOFF\t${q}\t${r.answered}`);
    }
  if (want === name || want === 'all') console.log(`== ${name}\n${m.misses.join('\n')}\n${m.offAnswered.join('\n')}`);
}
console.log(lines.join('\n'));
console.log(`TOTAL ${t} / ${d} of ${n}, off ${o}`);
