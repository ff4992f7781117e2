// Engine turn latency: walk every flow by clicking its first option, on the in-memory store.
import { Engine } from '../src/conversation/engine.js';
import { MemoryStore } from '../src/store/memory.js';
import { systemClock } from '../src/clock.js';
import { silentLogger } from '../src/logger.js';
import { loadConfig } from '../src/config.js';
import { buildFlowDeps } from '../src/content/index.js';
import { allFlows } from '../dialogs/index.js';
import { timeMany } from './stats.js';

export async function run(): Promise<Record<string, number | string>> {
  const deps = buildFlowDeps(loadConfig({}));
  const engine = new Engine({ store: new MemoryStore(), clock: systemClock, log: silentLogger, deps }, allFlows);
  let turns = 0;
  const walk = async (i: number) => {
    const base = { platform: 'teams' as const, conversationId: `c${i}`, userId: 'u', shared: false };
    for (const flow of allFlows) {
      let r = await engine.handle({ ...base, input: { kind: 'text', text: flow.commands[0]! } });
      turns++;
      for (let step = 0; step < 12; step++) {
        const b = r.replies
          .flatMap((m) => m.buttons ?? [])
          .find((x) => x.action.t === flow.id && !['back', 'restart'].includes(x.action.a));
        if (!b) break;
        r = await engine.handle({ ...base, input: { kind: 'action', action: b.action, values: {} } });
        turns++;
      }
    }
  };
  const s = await timeMany(200, walk);
  return {
    flows: allFlows.length,
    'turns per walk': turns / 200,
    'walk of every flow p50 ms': s.p50,
    'walk of every flow p95 ms': s.p95,
    'turn mean ms': (s.mean * 200) / turns,
  };
}
