// Reading what people type: command words, and typed answers to the buttons on screen.
import type { Button } from './model.js';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9§\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The longest command word (or phrase) the line starts with, and the rest of the line. */
export function parseCommand(raw: string, words: string[]): { word: string; rest: string } | undefined {
  const line = raw.trim().replace(/^\/+/, '');
  const lower = line.toLowerCase();
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  for (const w of sorted) {
    if (lower === w || lower.startsWith(w + ' ')) return { word: w, rest: line.slice(w.length).trim() };
  }
  return undefined;
}

/** A typed answer to the buttons shown: their number (1-based), their label, or a unique start of it. */
export function matchButton(raw: string, buttons: Button[]): Button | undefined {
  const t = norm(raw);
  if (!t) return undefined;
  if (/^\d+$/.test(t)) return buttons[Number(t) - 1];
  const exact = buttons.find((b) => norm(b.label) === t);
  if (exact) return exact;
  const starts = buttons.filter((b) => norm(b.label).startsWith(t));
  return t.length >= 2 && starts.length === 1 ? starts[0] : undefined;
}
