// Small helpers shared by the flows: the safety lines, the contacts directory, reading input values.
import type { FlowContext } from '../src/conversation/flow.js';
import type { Block, Button, Input } from '../src/conversation/model.js';
import { text } from '../src/conversation/model.js';
import { EMERGENCY_LINE } from '../src/conversation/help.js';
import type { ContactsDirectory } from '../src/procedure/contacts.js';

export { EMERGENCY_LINE };
export const JUDGEMENT_LINE = 'This guide does not replace your professional judgement.';

/** The two lines every result that routes a case carries. */
export const safetyBlocks = (): Block[] => [text(EMERGENCY_LINE, 'warning'), text(JUDGEMENT_LINE, 'subtle')];

/** The contacts directory, wired by the composition root. */
export const contactsOf = (ctx: FlowContext): ContactsDirectory => ctx.deps.contacts;

export const button = (flowId: string, a: string, label: string, v?: string, style?: Button['style']): Button => ({
  label,
  action: { t: flowId, a, ...(v !== undefined ? { v } : {}) },
  ...(style ? { style } : {}),
});

/** Every value submitted for an input: multi-selects arrive as string[] or as "a,b", by platform. */
export function valuesOf(input: Input, id: string): string[] {
  if (input.kind !== 'action') return [];
  const v = input.values?.[id];
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [];
  return list.map((s) => s.trim()).filter(Boolean);
}

export const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
