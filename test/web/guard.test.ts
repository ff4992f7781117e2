// The playground is for trying, never beside real credentials: over HTTP, it is not there in a deployment, and where a
// developer turns it on beside real credentials its clock control refuses to move the clock real channels use.
import { afterEach, describe, expect, it } from 'vitest';
import { startPlayground, type Playground } from './support.js';
import { FakeSlack } from '../support/fakeSlack.js';

let pg: Playground | undefined;
let fake: FakeSlack | undefined;
afterEach(async () => {
  await pg?.close();
  await fake?.close();
  pg = undefined;
  fake = undefined;
});

const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the playground beside real credentials', () => {
  it.each(['production', 'prod', 'staging', ' production'])('NODE_ENV=%j with Slack set: no page, no API', async (NODE_ENV) => {
    fake = await FakeSlack.start();
    pg = await startPlayground({ NODE_ENV, SLACK_SIGNING_SECRET: 'guard-secret', SLACK_BOT_TOKEN: 'fake-bot-token-guard', SLACK_API_URL: fake.apiUrl });
    for (const path of ['/', '/playground/api/panel?conversationId=x']) expect((await fetch(pg.url + path)).status, path).toBe(404);
    expect((await post(`${pg.url}/playground/api/clock`, { step: 'day' })).status).toBe(404);
    expect((await post(`${pg.url}/v3/directline/conversations`, {})).status).toBe(404);
  });

  it('PLAYGROUND=on on a developer machine with Slack set: the page works, the clock control never moves the clock', async () => {
    fake = await FakeSlack.start();
    pg = await startPlayground({ PLAYGROUND: 'on', SLACK_SIGNING_SECRET: 'guard-secret', SLACK_BOT_TOKEN: 'fake-bot-token-guard', SLACK_API_URL: fake.apiUrl });
    expect((await fetch(pg.url + '/')).status).toBe(200);
    const before = pg.clock.now().getTime();
    const res = await post(`${pg.url}/playground/api/clock`, { step: 'day' });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: string }).error).toMatch(/real channels/);
    expect(pg.clock.now().getTime()).toBe(before);
    const panel = (await (await fetch(`${pg.url}/playground/api/panel?conversationId=x`)).json()) as { demoClock: boolean; aheadMs: number };
    expect(panel.demoClock).toBe(false);
    expect(panel.aheadMs).toBe(0);
  });

  it('with nothing real configured, the clock control moves the playground clock', async () => {
    pg = await startPlayground();
    const res = await post(`${pg.url}/playground/api/clock`, { step: 'hour' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { advancedMs: number }).advancedMs).toBe(3_600_000);
  });
});
