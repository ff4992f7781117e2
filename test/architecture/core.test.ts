// One core: the engine, the case module and oversight are built by createCore (src/core.ts) alone; the server and the
// terminal chat call it, and nothing else in src/ or dialogs/ builds an engine or a case module of its own.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core.js';
import { MemoryStore } from '../../src/store/memory.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';
import { EmbeddedScheduler } from '../../src/reminders/embedded.js';
import { flowDeps } from '../support/core.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'public' ? [] : sourceFiles(p);
    return /\.ts$/.test(e.name) ? [p] : [];
  });
}

describe('createCore', () => {
  it('is the only place that builds an engine or a case module; the server and the terminal chat use it', () => {
    const builders = [...sourceFiles('src'), ...sourceFiles('dialogs')].filter((f) =>
      /new Engine\(|createCaseModule\(\{|createOversight\(\{/.test(read(f)),
    );
    expect(builders).toEqual(['src/core.ts']);
    expect(read('src/app.ts')).toMatch(/createCore\(/);
    expect(read('src/cli/chat.ts')).toMatch(/createCore\(/);
  });

  it('wires every flow, the question flow, and the case and oversight commands', async () => {
    const store = new MemoryStore();
    const clock = new ManualClock(new Date('2026-03-02T10:00:00Z'));
    const scheduler = new EmbeddedScheduler(store, { clock, pollMs: 0, retryBaseMs: 60_000, log: silentLogger });
    const core = createCore({ config: loadConfig({ NODE_ENV: 'test' }), store, clock, log: silentLogger, deps: flowDeps(), scheduler });
    expect(core.engine.handlerNamespaces()).toEqual(['duty', 'stats', 'case']);
    expect(core.engine.flowList().map((f) => f.id)).toContain('ask');
    const turn = { platform: 'cli', conversationId: 't', userId: 'u', shared: false } as const;
    const r = await core.engine.handle({ ...turn, input: { kind: 'text', text: 'what is the ICTG phone number?' } });
    expect(JSON.stringify(r.replies)).toContain('0800 043 4303');
    const off = createCore({
      config: loadConfig({ NODE_ENV: 'test' }),
      store,
      clock,
      log: silentLogger,
      deps: flowDeps(),
      scheduler,
      oversight: false,
    });
    expect(off.engine.handlerNamespaces()).toEqual(['case']);
  });
});
