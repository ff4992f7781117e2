// A Teams-only app around a small test flow, for adapter mechanics that must not depend on the real flows' wording.
import http from 'node:http';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { Engine } from '../../src/conversation/engine.js';
import type { Flow } from '../../src/conversation/flow.js';
import { loadConfig } from '../../src/config.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { MemoryStore } from '../../src/store/memory.js';
import type { Store } from '../../src/store/store.js';
import { mountTeams } from '../../src/teams/index.js';
import type { Notifier } from '../../src/conversation/notifier.js';
import { CONVERSATIONS, stateKey, type ConversationState } from '../../src/conversation/engine.js';
import { conversationKey } from '../../src/teams/turn.js';
import { expect } from 'vitest';
import { cardOf, postActivity, type FakeConnector, type TeamsActivities } from '../support/fakeConnector.js';

interface PickState {
  step: 'groups' | 'when' | 'done';
  groups: string[];
  date?: string;
  clicks: number;
}

/** Step 1: tick groups (multi-select) and press Next; step 2: a date; then a result. */
export const pickFlow: Flow<PickState> = {
  id: 'pick',
  version: 1,
  title: 'Pick test',
  commands: ['pick'],
  summary: 'a test flow',
  start: () => ({ step: 'groups', groups: [], clicks: 0 }),
  render(state) {
    if (state.step === 'groups') {
      return [
        {
          title: 'Which groups?',
          blocks: [
            {
              type: 'input',
              input: {
                kind: 'choice',
                id: 'g_groups',
                label: 'Groups',
                multi: true,
                options: [
                  { value: 'movement', label: 'Movement' },
                  { value: 'money', label: 'Money' },
                  { value: 'control', label: 'Control' },
                ],
              },
            },
          ],
          buttons: [{ label: 'Next', action: { t: 'pick', a: 'next' }, style: 'primary' }],
        },
      ];
    }
    if (state.step === 'when') {
      return [
        {
          blocks: [
            { type: 'text', text: `Chosen: ${state.groups.join(', ') || 'none'}` },
            { type: 'input', input: { kind: 'date', id: 'when', label: 'When' } },
          ],
          buttons: [{ label: 'Save', action: { t: 'pick', a: 'save' } }],
        },
      ];
    }
    return [
      {
        title: 'Result',
        blocks: [
          {
            type: 'facts',
            facts: [
              { label: 'Groups', value: state.groups.join(', ') },
              { label: 'Date', value: state.date ?? '' },
            ],
          },
        ],
        sources: ['TEST §1'],
      },
      {
        blocks: [{ type: 'text', text: `Clicks applied: ${state.clicks}`, tone: 'subtle' }],
        buttons: [{ label: 'Pick again', action: { t: 'pick', a: 'start' } }],
      },
    ];
  },
  next(state, input) {
    if (input.kind !== 'action') return { error: 'Use the buttons.' };
    if (state.step === 'groups' && input.action.a === 'next') {
      const g = input.values?.g_groups;
      return { ...state, step: 'when', groups: Array.isArray(g) ? g : g ? [g] : [], clicks: state.clicks + 1 };
    }
    if (state.step === 'when' && input.action.a === 'save') {
      const d = input.values?.when;
      if (typeof d !== 'string' || !d) return { error: 'Pick a date.' };
      return { ...state, step: 'done', date: d, clicks: state.clicks + 1 };
    }
    return { error: 'Not now.' };
  },
};

export interface Harness {
  url: string;
  store: Store;
  engine: Engine;
  notifier: Notifier;
  /** The app's clock (the notifier's pacing reads it). */
  clock: ManualClock;
  close(): Promise<void>;
}

/** "pick" sent by `u` (the connector's record cleared first): the one card it was answered with, and its activity id. */
export async function startPick(h: Harness, fc: FakeConnector, u: TeamsActivities) {
  fc.requests.length = 0;
  const res = await postActivity(h.url, u.message('pick'));
  expect(res.status).toBe(200);
  const sent = fc.sent(u.conversationId);
  expect(sent).toHaveLength(1);
  return { card: cardOf(sent[0]!.body)!, activityId: sent[0]!.id };
}

/** The stored conversation state of `userId` in `u`'s conversation. */
export function pickState(h: Harness, u: TeamsActivities, userId: string, shared: boolean) {
  const key = stateKey({ platform: 'teams', conversationId: conversationKey(u.conversationId), userId, shared });
  return h.store.get<ConversationState>(CONVERSATIONS, key);
}

export async function startHarness(opts: { env?: Record<string, string>; flows?: Flow[]; store?: Store } = {}): Promise<Harness> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...opts.env });
  const store = opts.store ?? new MemoryStore();
  const clock = new ManualClock(new Date('2026-11-23T10:00:00Z'));
  const engine = new Engine({ store, clock, log: silentLogger, deps: {} }, opts.flows ?? [pickFlow as Flow]);
  const app = express();
  const { notifier } = await mountTeams(app, { config, engine, store, clock, log: silentLogger });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    engine,
    notifier,
    clock,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
