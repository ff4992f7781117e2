// Held-out measurement: top-1 (the answer shown), top-3 (the answer or one of the first two
// follow-up buttons, or one of the "Did you mean" buttons: what a practitioner sees), and
// off-topic questions answered.
import type { KnowledgeBase } from '../../src/procedure/kb/index.js';
import type { HeldOut } from './heldout.js';

export interface Measure {
  n: number;
  top1: number;
  top3: number;
  offN: number;
  offAnswered: string[];
  misses: string[];
}

export function measure(kb: KnowledgeBase, set: readonly HeldOut[], off: readonly string[]): Measure {
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const h of set) {
    const ok = (id: string | undefined) => id !== undefined && (id === h.expect || id === h.also);
    const r = kb.respond ? kb.respond(h.q) : undefined;
    const a = r ? (r.kind === 'answer' ? r : undefined) : kb.answer(h.q);
    const shown = a ? [a.entry.id, ...a.related.slice(0, 2).map((e) => e.id)] : [];
    const offered = r?.kind === 'didYouMean' ? r.options.map((e) => e.id) : [];
    if (ok(shown[0])) top1++;
    else
      misses.push(
        `  "${h.q.slice(0, 90)}" -> ${shown[0] ?? '(no answer)'} [${[...shown.slice(1), ...offered].join(', ')}] (expected ${h.expect}${h.also ? ` or ${h.also}` : ''})`,
      );
    if (shown.some(ok) || offered.some(ok)) top3++;
  }
  const offAnswered = off.filter((q) => kb.answer(q) !== undefined).map((q) => `${q} -> ${kb.answer(q)!.entry.id}`);
  return { n: set.length, top1, top3, offN: off.length, offAnswered, misses };
}

export const pct = (a: number, n: number) => `${a}/${n} = ${((100 * a) / n).toFixed(1)}%`;
