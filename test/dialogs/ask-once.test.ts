// A question typed in the middle of another flow is searched once: the engine asks the question flow whether it
// understands the text, then starts it with the same text, and one knowledge-base response serves both.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/conversation/engine.js';
import type { Turn } from '../../src/conversation/model.js';
import { MemoryStore } from '../../src/store/memory.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import type { KnowledgeBase } from '../../src/procedure/kb/index.js';
import { allFlows } from '../../dialogs/index.js';
import { flowDeps } from '../support/core.js';
import { textOf } from './harness.js';

function counted() {
  const real = flowDeps().kb;
  const seen: string[] = [];
  const kb: KnowledgeBase = {
    entries: real.entries,
    get: (id) => real.get(id),
    related: (id) => real.related(id),
    // As the real index does: an answer is a response of kind 'answer' (so every search is counted here).
    answer: (q) => {
      const r = kb.respond!(q);
      return r.kind === 'answer' ? { entry: r.entry, score: r.score, related: r.related } : undefined;
    },
    suggest: (q) => real.suggest?.(q) ?? [],
    respond: (q) => {
      seen.push(q);
      return real.respond!(q);
    },
  };
  const engine = new Engine(
    { store: new MemoryStore(), clock: new ManualClock(new Date('2026-03-02T10:00:00Z')), log: silentLogger, deps: { ...flowDeps(), kb } },
    allFlows,
  );
  const say = async (text: string) => {
    const turn: Turn = { platform: 'cli', conversationId: 'c1', userId: 'u1', shared: false, input: { kind: 'text', text } };
    return (await engine.handle(turn)).replies;
  };
  return { say, seen };
}

describe('a question inside another flow', () => {
  it('is answered from one search, and the flow in progress is kept', async () => {
    const { say, seen } = counted();
    await say('refer');
    seen.length = 0;
    const replies = await say('what is the ICTG phone number?');
    expect(textOf(replies)).toContain('0800 043 4303');
    expect(textOf(replies)).toContain('To go back to');
    expect(seen).toHaveLength(1);
  });

  it('text it does not understand is searched once and gets the step again; the next question is searched afresh', async () => {
    const { say, seen } = counted();
    await say('refer');
    seen.length = 0;
    await say('purple elephants dancing');
    expect(seen).toHaveLength(1);
    await say('cancel');
    seen.length = 0;
    await say('what is the ICTG phone number?');
    await say('what is the ICTG phone number?');
    expect(seen).toHaveLength(2);
  });
});
