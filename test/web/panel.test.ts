// The side panel and the demo clock over real HTTP, with a small stand-in case module so the test
// does not depend on the case rules: a reminder due at a set time, posted through the web notifier.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountPlayground } from '../../src/web/index.js';
import { OffsetClock } from '../../src/web/demoClock.js';
import { advanceDemoClock } from '../../src/web/clockControl.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { MemoryStore } from '../../src/store/memory.js';
import { Engine } from '../../src/conversation/engine.js';
import { loadConfig } from '../../src/config.js';
import type { CaseModule } from '../../src/cases/index.js';

type StandIn = Pick<CaseModule, 'handlers' | 'runDue' | 'start' | 'stop'> & { nextDueAt(): Promise<Date | undefined> };
import type { Notifier } from '../../src/conversation/notifier.js';
import type { Message } from '../../src/conversation/model.js';
import { DirectLineClient } from './support.js';

const HOUR = 3600_000;

/** A case module with one case and one reminder, due 30 hours after the case is opened. */
function standInCases(clock: ManualClock | OffsetClock): StandIn {
  let notifier: Notifier | undefined;
  let open: { conversationId: string; dueAt: number; sent: boolean; done: boolean } | undefined;
  const card = (): Message => ({
    title: 'Case TEST-001',
    blocks: [{ type: 'facts', facts: [{ label: 'Written referral', value: open?.done ? 'done' : 'due' }] }],
  });
  const cases: StandIn = {
    handlers: [
      {
        namespace: 'case',
        async onText(turn, word, rest) {
          if (word !== 'case') return undefined;
          if (rest === 'open TEST-001')
            open = { conversationId: turn.conversationId, dueAt: clock.now().getTime() + 30 * HOUR, sent: false, done: false };
          if (!open) return { replies: [{ blocks: [{ type: 'text', text: 'No case is linked here.' }] }], replaceSource: false };
          return { replies: [card()], replaceSource: false };
        },
        async onAction(_turn, action) {
          if (action.a === 'done' && open) open.done = true;
          return { replies: [{ title: 'Reminder: TEST-001', blocks: [{ type: 'text', text: 'Marked done.' }] }], replaceSource: true };
        },
      },
    ],
    async start(n) {
      notifier = n.find((x) => x.platform === 'web');
    },
    async nextDueAt() {
      return open && !open.sent ? new Date(open.dueAt) : undefined;
    },
    async runDue() {
      if (!open || open.sent || clock.now().getTime() < open.dueAt) return 0;
      open.sent = true;
      await notifier!.post(
        { platform: 'web', conversationId: open.conversationId },
        {
          title: 'Reminder: TEST-001',
          blocks: [{ type: 'text', text: 'Written referral is due.' }],
          buttons: [{ label: 'Done', action: { t: 'case', a: 'done' } }],
        },
      );
      return 1;
    },
    async stop() {},
  };
  return cases;
}

let server: http.Server;
let url: string;
let clock: OffsetClock;

beforeAll(async () => {
  clock = new OffsetClock(new ManualClock(new Date('2026-03-27T09:00:00Z')));
  const store = new MemoryStore();
  const cases = standInCases(clock);
  const engine = new Engine({ store, clock, log: silentLogger, deps: {} }, [], cases.handlers);
  const app = express();
  const config = loadConfig({ NODE_ENV: 'development' });
  const { notifier } = await mountPlayground(app, { config, engine, store, clock, log: silentLogger, cases });
  await cases.start([notifier]);
  server = http.createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

const panel = async (id: string) =>
  (await (await fetch(`${url}/playground/api/panel?conversationId=${id}`)).json()) as {
    now: string;
    demoClock: boolean;
    version: number;
    caseCard: Message[] | null;
    channel: Array<{ messageId: string; message: Message; postedAt: string; updatedAt?: string }>;
  };
const move = (step: string, conversationId?: string) =>
  fetch(`${url}/playground/api/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ step, conversationId }),
  });

describe('side panel and demo clock', () => {
  it('shows the case card after case open, fires the reminder on "next deadline", and a Done click updates it in place', async () => {
    const dl = new DirectLineClient(url);
    await dl.start();
    const id = dl.conversationId;
    expect((await panel(id)).caseCard?.[0]?.blocks[0]).toMatchObject({ text: 'No case is linked here.' });

    await dl.send({ text: 'case open TEST-001' });
    const opened = await panel(id);
    expect(opened.caseCard?.[0]?.title).toBe('Case TEST-001');
    expect(opened.channel).toEqual([]);

    const hour = await move('hour', id);
    expect(await hour.json()).toMatchObject({ advancedMs: HOUR, delivered: 0 });
    const next = (await (await move('next', id)).json()) as { now: string; advancedMs: number; delivered: number; posted: number };
    expect(next.delivered).toBe(1);
    expect(next.posted).toBe(1);
    expect(next.advancedMs).toBe(29 * HOUR); // due 30 h after opening; one hour had already passed
    expect(next.now).toBe('2026-03-28T15:00:00.000Z');

    const fired = await panel(id);
    expect(fired.now).toBe(next.now);
    expect(fired.channel).toHaveLength(1);
    expect(fired.channel[0]!.postedAt).toBe('2026-03-28T15:00:00.000Z');
    expect(fired.version).toBeGreaterThan(opened.version);

    const entry = fired.channel[0]!;
    const click = await fetch(`${url}/playground/api/channel/action`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId: id, messageId: entry.messageId, data: { sg: entry.message.buttons![0]!.action } }),
    });
    expect(click.status).toBe(200);
    const after = await panel(id);
    expect(after.channel).toHaveLength(1);
    expect(after.channel[0]!.message.blocks[0]).toMatchObject({ text: 'Marked done.' });
    expect(after.channel[0]!.updatedAt).toBe(next.now);
    expect(after.caseCard?.[0]?.blocks[0]).toMatchObject({ facts: [{ label: 'Written referral', value: 'done' }] });
  });

  it('rejects an unknown step and a channel action without a payload', async () => {
    expect((await move('week')).status).toBe(400);
    const bad = await fetch(`${url}/playground/api/channel/action`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId: 'x', data: { nope: 1 } }),
    });
    expect(bad.status).toBe(400);
  });

  it('has no demo clock buttons when the app clock cannot move', async () => {
    const app = express();
    const store = new MemoryStore();
    const fixed = new ManualClock(new Date('2026-01-01T00:00:00Z'));
    const frozen = { now: () => fixed.now() };
    const cases = standInCases(fixed);
    const engine = new Engine({ store, clock: frozen, log: silentLogger, deps: {} }, [], cases.handlers);
    await mountPlayground(app, { config: loadConfig({}), engine, store, clock: frozen, log: silentLogger, cases });
    const s = http.createServer(app);
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
    try {
      const res = await fetch(`${base}/playground/api/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"step":"day"}',
      });
      expect(res.status).toBe(409);
      expect(((await (await fetch(`${base}/playground/api/panel?conversationId=x`)).json()) as { demoClock: boolean }).demoClock).toBe(
        false,
      );
    } finally {
      await new Promise<void>((r) => s.close(() => r()));
    }
  });
});

describe('advanceDemoClock', () => {
  it('jumps straight to the next due time when the case module can say it', async () => {
    const c = new OffsetClock(new ManualClock(new Date('2026-03-27T09:00:00Z')));
    const due = new Date('2026-03-30T08:15:00Z');
    const cases = {
      handlers: [],
      start: async () => {},
      stop: async () => {},
      runDue: async () => (c.now() >= due ? 1 : 0),
      nextDueAt: async () => due,
    };
    expect(await advanceDemoClock(c, cases, 'next')).toEqual({
      advancedMs: due.getTime() - Date.parse('2026-03-27T09:00:00Z'),
      delivered: 1,
    });
    expect(c.now().toISOString()).toBe(due.toISOString());
  });

  it('stops looking after 7 days when nothing falls due', async () => {
    const c = new OffsetClock(new ManualClock(new Date('2026-03-27T09:00:00Z')));
    let calls = 0;
    const cases = { handlers: [], start: async () => {}, stop: async () => {}, runDue: async () => (calls++, 0) };
    expect(await advanceDemoClock(c, cases, 'next')).toEqual({ advancedMs: 7 * 24 * HOUR, delivered: 0 });
    expect(calls).toBe(7 * 24);
  });

  it('does not move when the case module says nothing is due', async () => {
    const c = new OffsetClock(new ManualClock(new Date('2026-03-27T09:00:00Z')));
    const cases = { runDue: async () => 0, nextDueAt: async () => undefined };
    expect(await advanceDemoClock(c, cases, 'next')).toEqual({ advancedMs: 0, delivered: 0 });
    expect(c.offset).toBe(0);
  });
});
