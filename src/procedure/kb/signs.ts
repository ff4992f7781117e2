// Which PG47 §10.1 indicators a practitioner's story shows (content/signs.yaml, parsed in schema.ts), in checklist order.
import type { SignsFile } from './schema.js';
import { lowerApostrophes } from './synonyms.js';

interface Near {
  within: number;
  groups: RegExp[];
}

/** Word positions (by the number of spaces before it) where a pattern matches. */
function positions(re: RegExp, text: string, wordAt: Int32Array): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(wordAt[m.index]!);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** A word of every group within `within` words of the first group's word (a group that matches nowhere ends it). */
function near(rule: Near, text: string, wordAt: Int32Array): boolean {
  const found: number[][] = [];
  for (const g of rule.groups) {
    const at = positions(g, text, wordAt);
    if (at.length === 0) return false;
    found.push(at);
  }
  const [first, ...rest] = found;
  return first!.some((at) => rest.every((p) => p.some((x) => Math.abs(x - at) <= rule.within)));
}

/** The signs file compiled, with the checklist's order of indicator ids. */
export class SignReader {
  private readonly signs: Array<{ id: string; match: RegExp[]; near: Near[]; unless: RegExp[] }>;

  constructor(
    file: SignsFile,
    private readonly order: readonly string[],
  ) {
    this.signs = file.signs.map((s) => ({
      id: s.indicator,
      match: s.match.map((m) => new RegExp(m)),
      near: s.near.map((n) => ({ within: n.within, groups: n.groups.map((g) => new RegExp(g, 'g')) })),
      unless: s.unless.map((u) => new RegExp(u)),
    }));
  }

  /**
   * The last message read and what it showed, kept only until the current task ends (a microtask): the knowledge base
   * with what it learned asks for the same message twice in one answer (its own index, then the learned one).
   */
  private last?: { message: string; ids: string[] };

  /** The indicator ids a message shows, in the checklist's order (empty when none). */
  indicatorsIn(message: string): string[] {
    if (this.last?.message === message) return [...this.last.ids];
    const ids = this.read(message);
    if (!this.last) queueMicrotask(() => (this.last = undefined));
    this.last = { message, ids };
    return [...ids];
  }

  private read(message: string): string[] {
    const text = ` ${lowerApostrophes(message).replace(/[“”]/g, '"')} `;
    const wordAt = new Int32Array(text.length + 1);
    for (let i = 0, w = 0; i < text.length; i++) {
      if (text[i] === ' ') w++;
      wordAt[i] = w;
    }
    const found = new Set(
      this.signs
        .filter((s) => !s.unless.some((re) => re.test(text)))
        .filter((s) => s.match.some((re) => re.test(text)) || s.near.some((n) => near(n, text, wordAt)))
        .map((s) => s.id),
    );
    return this.order.filter((id) => found.has(id));
  }
}
