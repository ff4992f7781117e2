// Helpers for the playground tests: the real app on an ephemeral port with a temp DATA_DIR,
// and a tiny Direct Line client speaking to it as Web Chat does.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';

export interface Playground {
  app: RunningApp;
  url: string;
  clock: ManualClock;
  close(): Promise<void>;
}

/** The app with the playground on. A given env.DATA_DIR is kept (a restart test); otherwise a temp dir is made and removed. */
export async function startPlayground(env: Record<string, string> = {}, start = new Date('2026-03-02T09:00:00Z')): Promise<Playground> {
  const own = !env.DATA_DIR;
  const dataDir = env.DATA_DIR ?? (await mkdtemp(path.join(tmpdir(), 'sg-playground-')));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'development', ...env });
  const clock = new ManualClock(start);
  const app = await startApp({ config, clock, log: silentLogger });
  return {
    app,
    url: app.url,
    clock,
    async close() {
      await app.close();
      if (own) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Activity {
  id: string;
  type: string;
  from: { id: string; role: string };
  text?: string;
  value?: unknown;
  channelData?: Record<string, unknown>;
  replyToId?: string;
  attachments?: Array<{ contentType: string; content: Card }>;
}
export type Card = Record<string, unknown> & { body?: unknown[]; actions?: unknown[] };

export class DirectLineClient {
  conversationId = '';
  watermark = '';
  constructor(private readonly base: string) {}

  async start(): Promise<Activity[]> {
    const res = await fetch(`${this.base}/v3/directline/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    if (res.status !== 201) throw new Error(`start: ${res.status}`);
    this.conversationId = ((await res.json()) as { conversationId: string }).conversationId;
    return this.poll();
  }

  /** Post like Web Chat (a text, or a card's Action.Submit data as `value`); return the new activities. */
  async send(activity: { text?: string; value?: unknown }, clientActivityID = `c-${Math.random()}`): Promise<Activity[]> {
    const res = await fetch(`${this.base}/v3/directline/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer playground' },
      body: JSON.stringify({ type: 'message', from: { id: 'tester', role: 'user' }, channelData: { clientActivityID }, ...activity }),
    });
    if (!res.ok) throw new Error(`send: ${res.status}`);
    return this.poll();
  }

  async poll(): Promise<Activity[]> {
    const res = await fetch(`${this.base}/v3/directline/conversations/${this.conversationId}/activities?watermark=${this.watermark}`);
    if (!res.ok) throw new Error(`poll: ${res.status}`);
    const body = (await res.json()) as { activities: Activity[]; watermark: string };
    this.watermark = body.watermark;
    return body.activities;
  }
}

export const botCards = (activities: Activity[]): Card[] =>
  activities.filter((a) => a.from.role === 'bot').flatMap((a) => (a.attachments ?? []).map((x) => x.content));

/** Every action in a card, wherever it sits (card actions, ActionSets in the body). */
export function allActions(card: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Action.')) out.push(o);
    Object.values(o).forEach(walk);
  };
  walk(card);
  return out;
}

/** The card as JSON, with markdown call links as their label (what a person reads: "call 999"). */
export const cardText = (card: unknown): string => JSON.stringify(card).replace(/\[([^[\]]+)\]\(tel:[^)]+\)/g, '$1');
