// Each question asked is a step of the question flow (Back returns to the answer before), but only the last ten are
// kept: the conversation's state is read and written on every turn, and thirty kept answers made it three times larger.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/conversation/engine.js';
import type { Turn } from '../../src/conversation/model.js';
import type { ConversationState } from '../../src/conversation/flowRunner.js';
import { CONVERSATIONS } from '../../src/conversation/userFlows.js';
import { MemoryStore } from '../../src/store/memory.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { allFlows } from '../../dialogs/index.js';
import { flowDeps } from '../support/core.js';
import { textOf } from './harness.js';

describe('the question flow keeps the last ten answers for Back', () => {
  it('after twelve questions, Back walks back through ten answers, and no further', async () => {
    const store = new MemoryStore();
    const engine = new Engine({ store, clock: new ManualClock(new Date('2026-03-02T10:00:00Z')), log: silentLogger, deps: flowDeps() }, allFlows);
    const turn = (text: string): Turn => ({ platform: 'cli', conversationId: 'c1', userId: 'u1', shared: false, input: { kind: 'text', text } });
    const say = async (text: string) => textOf((await engine.handle(turn(text))).replies);
    const questions = ['what is the nrm?', 'what is the ictg phone number?'];
    for (let i = 0; i < 12; i++) await say(questions[i % 2]!);
    const state = await store.get<ConversationState>(CONVERSATIONS, 'cli:c1');
    expect(state?.flow).toBe('ask');
    expect(state?.history).toHaveLength(10);
    // The 12th answer was the ICTG number; Back shows the 11th (the NRM), then the 10th (the number) again.
    expect(await say('back')).toMatch(/National Referral Mechanism/);
    expect(await say('back')).toContain('0800 043 4303');
    for (let i = 0; i < 8; i++) await say('back');
    const first = await store.get<ConversationState>(CONVERSATIONS, 'cli:c1');
    expect(first?.history).toHaveLength(0);
    // Nothing left to go back to: the same answer again, nothing lost, no error.
    const again = await say('back');
    expect(again).toMatch(/National Referral Mechanism|0800 043 4303/);
  });
});
