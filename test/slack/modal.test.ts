// The modal path: a person's form with a date/time opens views.open; view_submission's values reach the
// engine and the answer replaces the ephemeral message. Real signed requests to mountSlack on a loopback server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack, SlackDriver, buttonLabels, visibleText } from '../support/fakeSlack.js';
import { mountSlack } from '../../src/slack/index.js';
import { Engine } from '../../src/conversation/engine.js';
import { MemoryStore } from '../../src/store/memory.js';
import { systemClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';
import { CHANNEL, SECRET, seen } from './harness.js';
import { visitFlow } from './testFlow.js';

let fake: FakeSlack;
let server: http.Server;
let slack: SlackDriver;
beforeAll(async () => {
  fake = await FakeSlack.start();
  const store = new MemoryStore();
  const engine = new Engine({ store, clock: systemClock, log: silentLogger, deps: {} }, [visitFlow]);
  const config = loadConfig({
    NODE_ENV: 'test',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'xoxb-m',
    SLACK_API_URL: fake.apiUrl + '/',
  });
  const app = express();
  await mountSlack(app, { config, engine, store, clock: systemClock, log: silentLogger });
  server = http.createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  slack = new SlackDriver(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, SECRET, fake);
});
afterAll(async () => {
  await new Promise<void>((r) => server?.close(() => r()));
  server?.closeAllConnections();
  await fake?.close();
});

describe('Slack modal forms', () => {
  it('opens a modal with date and time pickers and applies view_submission values in place', async () => {
    const at = { ...CHANNEL, user: 'U0VISIT' };
    const { from } = await slack.command('visit', at);
    const msg = seen(await fake.nextMessage(from));
    expect(msg.ephemeral).toBe(true);
    expect(msg.blocks.some((b) => b.type === 'input' || b.block_id === 'date')).toBe(false);
    expect(buttonLabels(msg.blocks)).toEqual(['Save the visit']);

    const click = await slack.click(msg, 'Save the visit', at);
    const open = await fake.waitFor((c) => c.method === 'views.open', { from: click.from });
    expect(open.body.trigger_id).toBe(click.triggerId);
    const view = open.body.view as Record<string, unknown> & {
      blocks: Array<{ block_id: string; element: { type: string; initial_date?: string } }>;
      private_metadata: string;
    };
    seen({ ...open, body: view }); // Block Kit limits of the modal
    expect(view.blocks.map((b) => b.element.type)).toEqual(['datepicker', 'timepicker', 'plain_text_input']);
    expect(view.blocks[0]!.element.initial_date).toBe('2026-03-29');
    expect((view.submit as { text: string }).text).toBe('Save the visit');
    const meta = JSON.parse(view.private_metadata) as { c: string; r: string; e: boolean };
    expect(meta).toMatchObject({ c: at.channel, r: click.responseUrl, e: true });

    // 01:30 on 2026-10-25 happens twice in London (clocks go back): the values arrive as picked.
    const sub = await slack.submitView(view, at, { date: '2026-10-25', time: '01:30', note: 'after school' });
    expect(sub.res.status).toBe(200);
    const done = seen(
      await fake.waitFor((c) => c.kind === 'respond' && c.method === click.responseUrl.split('/').pop(), { from: sub.from }),
    );
    expect(done.body.replace_original).toBe(true);
    expect(visibleText(done.blocks)).toContain('Visit on 2026-10-25 at 01:30 (after school).');
    expect(buttonLabels(done.blocks)).toContain('Share in channel');
  });

  it('a modal button on a form that expired from the store says so instead of opening', async () => {
    const at = { ...CHANNEL, user: 'U0EXPIRED' };
    const { from } = await slack.command('visit', at);
    const msg = seen(await fake.nextMessage(from));
    const btn = msg.blocks
      .flatMap((b) => (b.elements as Array<{ value?: string; text: { text: string } }> | undefined) ?? [])
      .find((e) => e.text.text === 'Save the visit')!;
    btn.value = JSON.stringify({ ...JSON.parse(btn.value!), f: 'no-such-form' });
    const click = await slack.click(msg, 'Save the visit', at);
    const note = seen(
      await fake.waitFor((c) => c.kind === 'respond' && c.method === click.responseUrl.split('/').pop(), { from: click.from }),
    );
    expect(visibleText(note.blocks)).toMatch(/expired/);
    expect(fake.callsTo('views.open').filter((c) => c.body.trigger_id === click.triggerId)).toHaveLength(0);
  });
});
