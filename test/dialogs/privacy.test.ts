// Privacy: no flow ever asks for (or shows a prompt about) a child's name, date of birth or address.
// Explores every state reachable by pressing the flow's own buttons (with inputs filled in), and checks every text.
import { describe, expect, it } from 'vitest';
import { flatBlocks } from '../../src/conversation/model.js';
import type { Flow, FlowContext } from '../../src/conversation/flow.js';
import { isFlowError } from '../../src/conversation/flow.js';
import type { Input, Message } from '../../src/conversation/model.js';
import { procedureFlows } from '../../dialogs/index.js';
import { flowDeps } from '../support/core.js';
import { textOf } from './harness.js';

const FORBIDDEN = /\b(names?|surname|date of birth|d\.?o\.?b|birthday|address(es)?|postcode|post code)\b/i;
const ctx: FlowContext = { now: new Date('2026-03-02T10:00:00Z'), deps: flowDeps() };

/** Values for every input on screen: every option of a multi-select, the first of a single choice. */
function filledValues(messages: Message[]): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const b of messages.flatMap((m) => flatBlocks(m.blocks))) {
    if (b.type !== 'input' || b.input.kind !== 'choice') continue;
    values[b.input.id] = b.input.multi ? b.input.options.map((o) => o.value) : b.input.options[0]!.value;
  }
  return values;
}

function explore(flow: Flow, args: Array<string | undefined>): { texts: string[]; states: number } {
  const seen = new Set<string>();
  const queue: unknown[] = args.map((a) => flow.start(ctx, a));
  const texts: string[] = [];
  while (queue.length && seen.size < 2000) {
    const state = queue.shift();
    const key = JSON.stringify(state);
    if (seen.has(key)) continue;
    seen.add(key);
    const messages = flow.render(state, ctx);
    texts.push(textOf(messages));
    const buttons = messages.flatMap((m) => m.buttons ?? []).filter((b) => b.action.t === flow.id);
    for (const b of buttons) {
      for (const values of [filledValues(messages), {}]) {
        const input: Input = { kind: 'action', action: b.action, values };
        const next = flow.next(state, input, ctx);
        if (isFlowError(next)) texts.push(next.error);
        else queue.push(next);
      }
    }
    const typed = flow.next(state, { kind: 'text', text: 'something unexpected' }, ctx);
    if (isFlowError(typed)) texts.push(typed.error);
  }
  return { texts, states: seen.size };
}

describe('privacy: no prompt for a child’s name, date of birth or address', () => {
  for (const flow of procedureFlows) {
    it(`${flow.id}: every reachable text is free of such prompts`, () => {
      const args =
        flow.id === 'checklist'
          ? [undefined, 'golden hour', 'information gathering', 'documents', 'interview', 'strategy', 'looked after', 'support', 'nope']
          : [undefined, 'hackney', 'c'];
      const { texts, states } = explore(flow, args);
      expect(states).toBeGreaterThan(1);
      const bad = texts.filter((t) => FORBIDDEN.test(t));
      expect(bad.map((t) => t.match(FORBIDDEN)?.[0] + ' in: ' + t.slice(0, 200))).toEqual([]);
    });
  }

  it('the pattern catches what it must (self-check)', () => {
    expect(FORBIDDEN.test("What is the child's name?")).toBe(true);
    expect(FORBIDDEN.test('Date of birth')).toBe(true);
    expect(FORBIDDEN.test('Home address')).toBe(true);
    expect(FORBIDDEN.test('Which London authority?')).toBe(false);
  });
});
