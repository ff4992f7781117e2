// Between Teams' Adaptive Cards and Web Chat: Web Chat 4.18 only understands Action.Submit
// (it logs "unknown action" for Action.Execute), so the playground turns Execute into Submit.
// Submitted data comes back as a message with `value`: the button's `sg` payload plus every input.
import type { ActionPayload, Input, Message } from '../conversation/model.js';
import { actionPayloadSchema } from '../conversation/actionSchema.js';
import { splitChoiceSet } from '../teams/turn.js';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** A copy of the card with every Action.Execute made an Action.Submit carrying the same data. */
export function forWebChat(card: unknown): unknown {
  if (Array.isArray(card)) return card.map(forWebChat);
  if (!card || typeof card !== 'object') return card;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(card as Record<string, unknown>)) {
    if (k === 'refresh') continue; // Universal Actions auto-refresh: Teams only
    out[k] = forWebChat(v);
  }
  if (out.type === 'Action.Execute') {
    out.type = 'Action.Submit';
    delete out.verb;
  }
  return out;
}

const RESERVED = new Set(['sg', 'sg_multi', 'msteams', 'verb']);

function parsePayload(raw: unknown): ActionPayload | undefined {
  let candidate = raw;
  if (typeof raw === 'string') {
    try {
      candidate = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  const parsed = actionPayloadSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

function multiSelectIds(recent: Message[]): Set<string> {
  const ids = new Set<string>();
  for (const m of recent)
    for (const b of m.blocks) if (b.type === 'input' && b.input.kind === 'choice' && b.input.multi) ids.add(b.input.id);
  return ids;
}

/** Card submit data -> the engine's input values (a multi-select arrives as "a,b"). */
function valuesFrom(data: Record<string, unknown>, recent: Message[]): Record<string, string | string[]> {
  const multi = multiSelectIds(recent);
  // The Teams renderer names the card's multi-selects in data.sg_multi.
  if (Array.isArray(data.sg_multi)) for (const id of data.sg_multi) if (typeof id === 'string') multi.add(id);
  const values: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(data).slice(0, 100)) {
    if (RESERVED.has(k)) continue;
    if (Array.isArray(v)) values[k] = v.filter((x): x is string => typeof x === 'string');
    else if (typeof v === 'string') values[k] = multi.has(k) ? splitChoiceSet(v) : v;
  }
  return values;
}

/** What a Web Chat message activity means to the engine, or undefined when it carries nothing usable. */
export function inputFromActivity(activity: { text?: unknown; value?: unknown }, recent: Message[]): Input | undefined {
  const value = activity.value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const data = value as Record<string, unknown>;
    const action = parsePayload(data.sg);
    if (action) return { kind: 'action', action, values: valuesFrom(data, recent) };
  }
  if (typeof activity.text === 'string' && activity.text.trim() !== '') return { kind: 'text', text: activity.text }; // the engine cuts long text, with a note
  return undefined;
}
