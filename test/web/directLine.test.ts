// The playground's Direct Line subset, over real HTTP: what Web Chat sends and polls.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allActions, botCards, cardText, DirectLineClient, startPlayground, type Playground } from './support.js';

let pg: Playground;
beforeAll(async () => {
  pg = await startPlayground();
});
afterAll(async () => {
  await pg.close();
});

describe('Direct Line subset', () => {
  it('starts a conversation with a token and a welcome card (the help card)', async () => {
    const dl = new DirectLineClient(pg.url);
    const first = await dl.start();
    expect(dl.conversationId).toMatch(/^pg-/);
    const cards = botCards(first);
    expect(cards).toHaveLength(1);
    expect(cards[0]!.type).toBe('AdaptiveCard');
    expect(cardText(cards[0])).toContain('call 999');
    expect(first[0]!.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('echoes the user message with its clientActivityID, then replies with a card; the watermark moves on', async () => {
    const dl = new DirectLineClient(pg.url);
    await dl.start();
    const mark = Number(dl.watermark);
    const got = await dl.send({ text: 'help' }, 'client-42');
    expect(got[0]!.from.role).toBe('user');
    expect(got[0]!.text).toBe('help');
    expect(got[0]!.channelData?.clientActivityID).toBe('client-42');
    const replies = got.filter((a) => a.from.role === 'bot');
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((r) => r.replyToId === got[0]!.id)).toBe(true);
    expect(Number(dl.watermark)).toBe(mark + got.length);
    expect(await dl.poll()).toEqual([]);
  });

  it('turns Action.Execute into Action.Submit (Web Chat 4.18 only submits), keeping the sg payload', async () => {
    const dl = new DirectLineClient(pg.url);
    const cards = botCards(await dl.start());
    const actions = allActions(cards);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.some((a) => a.type === 'Action.Execute')).toBe(false);
    const submits = actions.filter((a) => a.type === 'Action.Submit');
    expect(submits.length).toBeGreaterThan(0);
    for (const s of submits) expect((s.data as { sg: { t: string; a: string } }).sg.t).toBeTruthy();
  });

  it('a pressed button (submit data as value) is an action turn: it starts the flow it names', async () => {
    const dl = new DirectLineClient(pg.url);
    const welcome = botCards(await dl.start());
    const submit = allActions(welcome).find((a) => a.type === 'Action.Submit')!;
    const data = submit.data as { sg: { t: string } };
    const got = await dl.send({ value: data });
    const cards = botCards(got);
    expect(cards.length).toBeGreaterThan(0);
    // The reply is the flow's first step: its buttons target that flow.
    const targets = allActions(cards).flatMap((a) =>
      (a.data as { sg?: { t: string } })?.sg ? [(a.data as { sg: { t: string } }).sg.t] : [],
    );
    expect(targets).toContain(data.sg.t);
  });

  it('ignores typing activities and answers 404 for an unknown conversation', async () => {
    const dl = new DirectLineClient(pg.url);
    await dl.start();
    const typing = await fetch(`${pg.url}/v3/directline/conversations/${dl.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'typing', from: { id: 'tester' } }),
    });
    expect(typing.status).toBe(200);
    expect(await dl.poll()).toEqual([]);
    expect((await fetch(`${pg.url}/v3/directline/conversations/pg-nope/activities?watermark=`)).status).toBe(404);
    expect((await fetch(`${pg.url}/v3/directline/conversations/pg-nope`)).status).toBe(404);
  });

  it('resumes a conversation (GET /conversations/:id) and refreshes the token', async () => {
    const dl = new DirectLineClient(pg.url);
    await dl.start();
    const resumed = await fetch(`${pg.url}/v3/directline/conversations/${dl.conversationId}?watermark=0`);
    expect(resumed.status).toBe(200);
    expect(((await resumed.json()) as { conversationId: string }).conversationId).toBe(dl.conversationId);
    const refreshed = await fetch(`${pg.url}/v3/directline/tokens/refresh`, { method: 'POST' });
    expect(((await refreshed.json()) as { token: string }).token).toBe('playground');
  });
});

describe('after a restart', () => {
  it('revives a conversation the new process does not hold: a note, then the flow carries on from the store', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'sg-playground-restart-'));
    try {
      const first = await startPlayground({ DATA_DIR: dataDir });
      const dl = new DirectLineClient(first.url);
      const welcome = botCards(await dl.start());
      const start = allActions(welcome).find((a) => a.type === 'Action.Submit')!;
      const question = botCards(await dl.send({ value: start.data }));
      const answer = allActions(question).find((a) => (a.data as { sg?: { a: string } })?.sg?.a !== 'back')!;
      await first.close();

      const second = await startPlayground({ DATA_DIR: dataDir });
      try {
        const again = new DirectLineClient(second.url);
        again.conversationId = dl.conversationId;
        again.watermark = dl.watermark; // the page keeps polling from where it was
        const note = await again.poll();
        expect(cardText(botCards(note))).toContain('restarted');
        // The button on the card from before the restart still works: the stored state moves on.
        const next = botCards(await again.send({ value: answer.data }));
        expect(next.length).toBeGreaterThan(0);
        expect(cardText(next)).not.toContain('finished or moved on');
      } finally {
        await second.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the page', () => {
  it('serves the playground page, its script and Web Chat from the installed package', async () => {
    const page = await fetch(`${pg.url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/playground/webchat.js');
    expect(html).toContain('call 999');
    const webchat = await fetch(`${pg.url}/playground/webchat.js`);
    expect(webchat.status).toBe(200);
    expect(webchat.headers.get('content-type')).toMatch(/javascript/);
    const js = await webchat.text();
    expect(js.length).toBeGreaterThan(1_000_000);
    expect(js).toContain('renderWebChat');
    expect((await fetch(`${pg.url}/playground/app.js`)).status).toBe(200);
    expect((await fetch(`${pg.url}/playground/app.css`)).status).toBe(200);
  });
});

describe('production', () => {
  it('has no playground, Direct Line or demo clock unless PLAYGROUND=on', async () => {
    const prod = await startPlayground({ NODE_ENV: 'production' });
    try {
      expect((await fetch(`${prod.url}/`)).status).toBe(404);
      expect((await fetch(`${prod.url}/playground/webchat.js`)).status).toBe(404);
      expect((await fetch(`${prod.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
      expect(
        (
          await fetch(`${prod.url}/playground/api/clock`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"step":"day"}',
          })
        ).status,
      ).toBe(404);
      // The app clock is the injected one, not a demo clock.
      expect(prod.app.engine).toBeDefined();
    } finally {
      await prod.close();
    }
    const on = await startPlayground({ NODE_ENV: 'production', PLAYGROUND: 'on' });
    try {
      expect((await fetch(`${on.url}/`)).status).toBe(200);
    } finally {
      await on.close();
    }
  });
});
