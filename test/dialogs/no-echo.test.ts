// Privacy: what someone types may hold a child's name, date of birth or address. No flow echoes it back
// or keeps it in the stored conversation state, whatever step it is typed at.
import { describe, expect, it } from 'vitest';
import { flatBlocks } from '../../src/conversation/model.js';
import { Engine, CONVERSATIONS } from '../../src/conversation/engine.js';
import type { Message } from '../../src/conversation/model.js';
import { MemoryStore } from '../../src/store/memory.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';
import { buildFlowDeps } from '../../src/content/index.js';
import { allFlows } from '../../dialogs/index.js';

const SECRET = 'Zebediah Quartermaine'; // an unusual made-up name: it matches no option, borough or checklist
/** Typed in the middle of a step. */
const typed = [SECRET, `is ${SECRET} at risk?`, `${SECRET} 14 Acacia Road`, 'born 03/04/2011, phone 07700 900123', 'tick 07700'];
/** Typed as commands (each starts something new). */
const commands = [`contacts ${SECRET}`, `checklist ${SECRET}`, `ask is ${SECRET} at risk`, `refer ${SECRET}`];

const allText = (ms: Message[]) => JSON.stringify(ms);

describe('no echo of typed text', () => {
  const deps = buildFlowDeps(loadConfig({}));

  for (const flow of allFlows) {
    it(`${flow.id}: typed personal details are neither shown back nor stored, at every step of several walks`, async () => {
      const store = new MemoryStore();
      const engine = new Engine({ store, clock: new ManualClock(new Date('2026-12-24T10:00:00Z')), log: silentLogger, deps }, allFlows);
      const turn = (text: string) => ({
        platform: 'teams' as const,
        conversationId: `c-${flow.id}`,
        userId: 'u',
        shared: false,
        input: { kind: 'text' as const, text },
      });
      const replies: Message[] = [];
      for (const t of commands) replies.push(...(await engine.handle(turn(t))).replies);
      let steps = 0;
      // Walk k: press the k-th button of the first step, then the first button of each later step.
      for (const k of [0, 1, 2]) {
        let shown = (await engine.handle(turn(flow.commands[0]!))).replies;
        for (let depth = 0; depth < 8; depth++) {
          for (const t of typed) replies.push(...(await engine.handle(turn(t))).replies);
          const buttons = shown
            .flatMap((m) => m.buttons ?? [])
            .filter((b) => b.action.t === flow.id && !['back', 'restart'].includes(b.action.a));
          const next = buttons[depth === 0 ? k : 0];
          if (!next) break;
          steps++;
          const values = Object.fromEntries(
            shown
              .flatMap((m) => flatBlocks(m.blocks))
              .flatMap((b) => (b.type === 'input' && b.input.kind === 'choice' ? [[b.input.id, b.input.options[0]!.value]] : [])),
          );
          shown = (await engine.handle({ ...turn(''), input: { kind: 'action', action: next.action, values } })).replies;
        }
      }
      expect(replies.length).toBeGreaterThan(typed.length);
      expect(steps).toBeGreaterThan(0);
      expect(allText(replies)).not.toContain('Zebediah');
      expect(allText(replies)).not.toContain('Acacia');
      expect(allText(replies)).not.toContain('03/04/2011');
      expect(allText(replies)).not.toContain('07700');
      expect(JSON.stringify(await store.list(CONVERSATIONS))).not.toContain('Zebediah');
    });
  }
});
