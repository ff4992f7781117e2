// Socket Mode (SLACK_APP_TOKEN): the same handlers over a WebSocket. A local ws server plays Slack:
// apps.connections.open (fake Web API) hands out its URL, it says hello, sends a slash command envelope,
// and expects the envelope to be acknowledged before the answer comes through the response_url.
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack, visibleText } from '../support/fakeSlack.js';
import { mountSlack, type SlackMount } from '../../src/slack/index.js';
import { Engine } from '../../src/conversation/engine.js';
import { MemoryStore } from '../../src/store/memory.js';
import { systemClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';
import { allFlows } from '../../dialogs/index.js';
import { seen } from './harness.js';

// ws comes with @slack/socket-mode; resolve it from there rather than rely on hoisting.
const requireFromSocketMode = createRequire(createRequire(import.meta.url).resolve('@slack/socket-mode'));
const wsModule = requireFromSocketMode('ws') as Record<string, unknown>;
/** The little of ws we use (its bundled version may differ from @types/ws). */
interface WebSocket {
  send(data: string): void;
  on(event: 'message', cb: (data: unknown) => void): void;
  terminate(): void;
}
interface WebSocketServer {
  once(event: 'listening', cb: () => void): void;
  on(event: 'connection', cb: (ws: WebSocket) => void): void;
  address(): unknown;
  close(cb: () => void): void;
}
type WssCtor = new (o: { port: number; host: string }) => WebSocketServer;
const WSS = (wsModule.WebSocketServer ?? wsModule.Server) as WssCtor;

let fake: FakeSlack;
let wss: WebSocketServer;
let mounted: SlackMount | undefined;
const received: Array<Record<string, unknown>> = [];
let socket: WebSocket | undefined;
let connected: Promise<WebSocket>;

beforeAll(async () => {
  fake = await FakeSlack.start();
  wss = new WSS({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  fake.socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/`;
  connected = new Promise((resolve) => {
    wss.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data) => received.push(JSON.parse(String(data)) as Record<string, unknown>));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'test' }, connection_info: { app_id: 'A0001' } }));
      resolve(ws);
    });
  });
  const store = new MemoryStore();
  const engine = new Engine({ store, clock: systemClock, log: silentLogger, deps: {} }, allFlows);
  const config = loadConfig({ NODE_ENV: 'test', SLACK_BOT_TOKEN: 'xoxb-s', SLACK_APP_TOKEN: 'xapp-s', SLACK_API_URL: fake.apiUrl });
  mounted = await mountSlack(express(), { config, engine, store, clock: systemClock, log: silentLogger });
});
afterAll(async () => {
  await mounted?.stop();
  socket?.terminate();
  if (wss) await new Promise<void>((r) => wss.close(() => r()));
  await fake?.close();
});

describe('Slack Socket Mode', () => {
  it('connects with the app token, acks a slash command envelope and answers it', async () => {
    expect(mounted).toBeDefined();
    const ws = await connected;
    const open = fake.callsTo('apps.connections.open')[0]!;
    expect(open.token).toBe('xapp-s');
    const responseUrl = fake.newResponseUrl();
    const from = fake.calls.length;
    ws.send(
      JSON.stringify({
        envelope_id: 'env-1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: {
          token: 'x',
          team_id: 'T0001',
          channel_id: 'C0SOCK',
          channel_name: 'general',
          user_id: 'U0SOCK',
          user_name: 'sock',
          command: '/safeguard',
          text: 'help',
          api_app_id: 'A0001',
          response_url: responseUrl,
          trigger_id: '1.2.3',
        },
      }),
    );
    const reply = seen(await fake.waitFor((c) => c.kind === 'respond', { from }));
    expect(received.some((m) => m.envelope_id === 'env-1')).toBe(true);
    expect(reply.ephemeral).toBe(true);
    expect(visibleText(reply.blocks)).toMatch(/what I can do/i);
  });
});
