// App Home's "Your open walk-throughs" comes from the person's own index record (USER_FLOWS, written when a flow
// starts or ends), never from a read of every stored conversation.
import { describe, expect, it } from 'vitest';
import { Engine, USER_FLOWS } from '../../src/conversation/engine.js';
import type { Turn } from '../../src/conversation/model.js';
import { MemoryStore } from '../../src/store/memory.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { allFlows } from '../../dialogs/index.js';
import { buildFlowDeps } from '../../src/content/index.js';
import { loadConfig } from '../../src/config.js';
import { openFlows } from '../../src/slack/home.js';

class CountingStore extends MemoryStore {
  lists: string[] = [];
  override async list<T>(collection: string, prefix?: string) {
    this.lists.push(collection);
    return super.list<T>(collection, prefix);
  }
}

describe('App Home open walk-throughs', () => {
  it('lists the person’s own flows (DM and channels) from their index, without listing the conversations', async () => {
    const store = new CountingStore();
    const clock = new ManualClock(new Date('2026-12-01T10:00:00Z'));
    const engine = new Engine({ store, clock, log: silentLogger, deps: buildFlowDeps(loadConfig({ NODE_ENV: 'test' })) }, allFlows);
    const say = (user: string, channel: string, text: string) => {
      clock.advance(60_000);
      const turn: Turn = {
        platform: 'slack',
        conversationId: channel,
        userId: user,
        shared: !channel.startsWith('D'),
        input: { kind: 'text', text },
      };
      return engine.handle(turn);
    };
    await say('U1', 'DU1', 'refer');
    await say('U1', 'C0TEAM', 'indicators');
    await say('U1', 'C0TEAM', 'no'); // a step: no index write needed, still listed
    await say('U2', 'C0TEAM', 'refer'); // someone else's walk in the same channel
    for (let i = 0; i < 50; i++) await say(`U${100 + i}`, `D${100 + i}`, 'refer'); // many other people

    const open = await openFlows(engine, 'U1', 'DU1');
    expect(open.map((o) => [o.channel, o.inDm, o.flowId])).toEqual([
      ['C0TEAM', false, 'indicators'],
      ['DU1', true, 'refer'],
    ]);
    expect(store.lists).toEqual([]);

    await say('U1', 'C0TEAM', 'cancel'); // leaving the flow takes it off the index
    expect((await openFlows(engine, 'U1', 'DU1')).map((o) => o.channel)).toEqual(['DU1']);
    expect(Object.keys((await store.get<{ flows: object }>(USER_FLOWS, 'slack:U1'))!.flows)).toEqual(['slack:DU1']);
    expect(await openFlows(engine, 'U2')).toHaveLength(1);

    // "Continue" resolves a ref through the person's own index only: someone else's walk is not theirs to open.
    const [u2walk] = await engine.openFlows('slack', 'U2');
    expect(u2walk).toMatchObject({ conversationId: 'C0TEAM', shared: true, flowId: 'refer' });
    expect(await engine.openFlow('slack', 'U2', u2walk!.ref)).toMatchObject({ flowId: 'refer' });
    expect(await engine.openFlow('slack', 'U1', u2walk!.ref)).toBeUndefined();
    expect(await engine.openFlow('teams', 'U2', u2walk!.ref)).toBeUndefined();
    expect(store.lists).toEqual([]);
  });

  it('keeps a conversation id with colons whole (a Teams channel id such as 19:abc@thread.tacv2)', async () => {
    const store = new MemoryStore();
    const clock = new ManualClock(new Date('2026-12-01T10:00:00Z'));
    const engine = new Engine({ store, clock, log: silentLogger, deps: buildFlowDeps(loadConfig({ NODE_ENV: 'test' })) }, allFlows);
    const turn = (conversationId: string, shared: boolean): Turn => ({
      platform: 'teams',
      conversationId,
      userId: '29:user-1',
      shared,
      input: { kind: 'text', text: 'indicators' },
    });
    await engine.handle(turn('19:abc@thread.tacv2', true));
    clock.advance(60_000);
    await engine.handle(turn('a:1XyZ-personal', false));
    const open = await engine.openFlows('teams', '29:user-1');
    expect(open.map((o) => [o.conversationId, o.shared, o.flowId])).toEqual([
      ['a:1XyZ-personal', false, 'indicators'],
      ['19:abc@thread.tacv2', true, 'indicators'],
    ]);
  });
});
