// Reading what people type: command words, and typed answers to the buttons on screen.
import type { Button } from './model.js';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9§\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Button labels as norm() reads them: the same few hundred labels are shown again and again, so each is read once. */
const labelNorms = new Map<string, string>();
function normLabel(label: string): string {
  let n = labelNorms.get(label);
  if (n === undefined) {
    if (labelNorms.size >= 4096) labelNorms.clear();
    labelNorms.set(label, (n = norm(label)));
  }
  return n;
}

/**
 * What a person typed, as plain lowercase words: apostrophes dropped ("don't" -> "dont"), anything else that is not a
 * letter (or a digit, with `digits`) a space. How typed answers, greetings and thanks are read.
 */
export function plainWords(raw: string, digits = false): string {
  return raw
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(digits ? /[^a-z0-9\s]/g : /[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The longest command word (or phrase) the line starts with, and the rest of the line. */
export function parseCommand(raw: string, words: string[]): { word: string; rest: string } | undefined {
  const line = raw.trim().replace(/^\/+/, '');
  const lower = line.toLowerCase();
  for (const w of sorted(words)) {
    if (lower === w || lower.startsWith(w + ' ')) return { word: w, rest: line.slice(w.length).trim() };
  }
  return undefined;
}

/** Each word list's distinct words, longest first ("start again" before "start"), worked out once per list (a list is not changed once passed). */
const sortedLists = new WeakMap<readonly string[], readonly string[]>();
function sorted(words: readonly string[]): readonly string[] {
  let out = sortedLists.get(words);
  if (!out) sortedLists.set(words, (out = [...new Set(words)].sort((a, b) => b.length - a.length)));
  return out;
}

/** A typed answer to the buttons shown: their number (1-based), their label, or a unique start of it. */
export function matchButton(raw: string, buttons: Button[]): Button | undefined {
  const t = norm(raw);
  if (!t) return undefined;
  if (/^\d+$/.test(t)) return buttons[Number(t) - 1];
  const exact = buttons.find((b) => normLabel(b.label) === t);
  if (exact) return exact;
  // "yeah", "nope": the one Yes (or No) button shown.
  const said = YES.test(t) ? 'yes' : NO.test(t) ? 'no' : undefined;
  const yesNo = said ? buttons.filter((b) => new RegExp(`^${said}\\b`).test(normLabel(b.label))) : [];
  if (yesNo.length === 1) return yesNo[0];
  // A unique start of a label; Back and Start again only by their whole name ("start" is the menu, not a restart).
  const starts = buttons.filter((b) => b.action.a !== 'back' && b.action.a !== 'restart' && normLabel(b.label).startsWith(t));
  return t.length >= 2 && starts.length === 1 ? starts[0] : undefined;
}

const YES = /^(y|yes|yeah|yea|yep|yup|ya|aye|yes please|correct|affirmative|i think so|yes they are|yes she is|yes he is)$/;
const NO = /^(n|no|nope|nah|no they are not|no she isnt|no he isnt|not really|negative)$/;
