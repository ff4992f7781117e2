// `npx tsx scripts/kb-examples.ts`: write src/procedure/kb/content/examples.yaml from the held-out question sets of
// earlier rounds (test/kb/heldout*.ts and the labelled set), each question under the entry that answers it. The
// retriever learns from them how practitioners ask (src/procedure/kb/examples.ts). The newest set, written after the
// last change, is left out (NEWEST below): it measures the knowledge base honestly, so it must never be learned from
// until a newer set replaces it. Rerunning overwrites hand edits to examples.yaml: edit the held-out set instead.
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { KB_CONTENT_DIR } from '../src/content/kb.js';
import { shippedKbContent } from '../src/content/kb.js';
import type { Fresh } from '../test/kb/fresh.js';
import { heldout } from '../test/kb/heldout.js';
import { heldout2 } from '../test/kb/heldout2.js';
import { heldout3 } from '../test/kb/heldout3.js';
import { heldout4 } from '../test/kb/heldout4.js';
import { heldout5 } from '../test/kb/heldout5.js';
import { heldout6 } from '../test/kb/heldout6.js';
import { heldout7 } from '../test/kb/heldout7.js';
import { heldout8 } from '../test/kb/heldout8.js';
import { heldout9 } from '../test/kb/heldout9.js';
import { heldout10 } from '../test/kb/heldout10.js';
import { heldout11 } from '../test/kb/heldout11.js';
import { heldout12 } from '../test/kb/heldout12.js';
import { heldout13 } from '../test/kb/heldout13.js';
import { heldout14 } from '../test/kb/heldout14.js';
import { heldout15 } from '../test/kb/heldout15.js';
import { heldout16 } from '../test/kb/heldout16.js';
import { heldout17 } from '../test/kb/heldout17.js';
import { heldout18 } from '../test/kb/heldout18.js';
import { heldout19 } from '../test/kb/heldout19.js';
import { heldout20 } from '../test/kb/heldout20.js';
import { heldout21 } from '../test/kb/heldout21.js';
import { heldout22 } from '../test/kb/heldout22.js';
import { heldout23 } from '../test/kb/heldout23.js';
import { heldout24 } from '../test/kb/heldout24.js';
import { heldout25 } from '../test/kb/heldout25.js';
import { heldout26 } from '../test/kb/heldout26.js';
import { heldout27 } from '../test/kb/heldout27.js';
import { labelled } from '../test/kb/labelled.js';

/** The set that measures honestly (not learned from). */
export const NEWEST = 'heldout28';

const sets: Array<readonly Pick<Fresh, 'q' | 'expect'>[]> = [
  heldout,
  heldout2,
  heldout3,
  heldout4,
  heldout5,
  heldout6,
  heldout7,
  heldout8,
  heldout9,
  heldout10,
  heldout11,
  heldout12,
  heldout13,
  heldout14,
  heldout15,
  heldout16,
  heldout17,
  heldout18,
  heldout19,
  heldout20,
  heldout21,
  heldout22,
  heldout23,
  heldout24,
  heldout25,
  heldout26,
  heldout27,
  labelled,
];

const entries = shippedKbContent().entries;
const byEntry = new Map<string, string[]>(entries.map((e) => [e.id, []]));
const seen = new Set<string>();
for (const set of sets)
  for (const h of set) {
    const q = h.q.replace(/\s+/g, ' ').trim();
    const key = `${h.expect}\u0000${q.toLowerCase()}`;
    if (seen.has(key) || !byEntry.has(h.expect)) continue;
    seen.add(key);
    byEntry.get(h.expect)!.push(q);
  }
const examples = Object.fromEntries([...byEntry].filter(([, qs]) => qs.length > 0));
const header = `# Questions practitioners asked, each under the entry that answers it (see docs/kb.md, "Learning from asked questions").
# They were written for the held-out sets of earlier rounds (test/kb/heldout*.ts, from the procedure, not from the
# entries) and the retriever learns from them how people ask: a question close to one of these gets its entry.
# Review like the phrasings: move a question that sits under the wrong entry, delete one that is not a real question.
# Never put a child's name, date of birth or address here. Made by \`npx tsx scripts/kb-examples.ts\` (it overwrites
# this file; the newest held-out set, ${NEWEST}, is left out so that it still measures honestly).
`;
writeFileSync(`${KB_CONTENT_DIR}examples.yaml`, header + stringify({ examples }, { lineWidth: 0 }));
const n = Object.values(examples).reduce((s, qs) => s + qs.length, 0);
console.log(`examples.yaml: ${n} questions under ${Object.keys(examples).length} entries`);
