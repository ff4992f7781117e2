// How much typed text (and card input) the engine reads: the rest is cut once, before anything reads or stores it.
import type { Input, Message } from './model.js';
import { text } from './model.js';

/** The most characters of typed text (or of one card input value) the engine reads. The rest is dropped. */
export const TEXT_LIMIT = 2000;
const LIMIT_WORDS = String(TEXT_LIMIT).replace(/\B(?=(\d{3})+$)/g, ',');
export const CUT_NOTE = `Your message was longer than ${LIMIT_WORDS} characters, so only its first ${LIMIT_WORDS} were read. The rest was not kept.`;

export const cutNote = (): Message => ({ blocks: [text(CUT_NOTE, 'subtle')], personal: true });

/** The first TEXT_LIMIT characters, not splitting a surrogate pair (an emoji) in two. */
export function cutText(s: string): string {
  if (s.length <= TEXT_LIMIT) return s;
  const end = /[\uD800-\uDBFF]/.test(s[TEXT_LIMIT - 1]!) ? TEXT_LIMIT - 1 : TEXT_LIMIT;
  return s.slice(0, end);
}

/** The input with typed text and card input values cut to TEXT_LIMIT; cut says whether anything was dropped. */
export function boundInput(input: Input): { input: Input; cut: boolean } {
  if (input.kind === 'text') {
    const t = cutText(input.text);
    return t === input.text ? { input, cut: false } : { input: { kind: 'text', text: t }, cut: true };
  }
  if (!input.values) return { input, cut: false };
  let cut = false;
  const bound = (v: string) => {
    if (typeof v !== 'string') return v;
    const c = cutText(v);
    if (c !== v) cut = true;
    return c;
  };
  const values: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(input.values)) values[k] = Array.isArray(v) ? v.map(bound) : bound(v);
  return cut ? { input: { ...input, values }, cut } : { input, cut: false };
}
