// A restart without one platform's settings (here Slack) does not lose that platform's reminders: the
// other channel gets its post, and the Slack one is posted once, marked late, when Slack is configured again.
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector } from '../support/fakeConnector.js';
import { FakeSlack, SlackDriver } from '../support/fakeSlack.js';
import { spawnServer, tempDataDir, type SpawnedServer } from '../support/server.js';
import { CaseChannels, SECRET, advance, serverEnv, slackPosts, slackText, teamsPosts, verbalReferralAt } from './support.js';

let fc: FakeConnector;
let fake: FakeSlack;
let dataDir: string;
const running: SpawnedServer[] = [];
const HOUR = 3_600_000;

beforeAll(async () => {
  fc = await new FakeConnector().start();
  fake = await FakeSlack.start();
  dataDir = await tempDataDir('sg-platform-off-');
});
afterAll(async () => {
  for (const s of running) await s.kill();
  await fc?.close();
  await fake?.close();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

describe('a platform missing for a while', () => {
  it('its reminder waits for it and is posted there once when it is back', async () => {
    const env = serverEnv({ dataDir, slackApiUrl: fake.apiUrl });
    const first = await spawnServer(env);
    running.push(first);
    const driver = new SlackDriver(first.url, SECRET, fake);
    const ch = new CaseChannels(41, fc.url, () => driver);
    await ch.teamsSay(first.url, 'case open SG-DUR-0041');
    await ch.slackSay('case open SG-DUR-0041', fake);
    await ch.teamsSay(first.url, verbalReferralAt(new Date(Math.floor((Date.now() - 2 * HOUR) / 60_000) * 60_000)));
    await first.kill('SIGKILL');

    // Restarted without Slack settings: the reminder 24 h before due reaches Teams only.
    const noSlack = await spawnServer({ ...env, SLACK_SIGNING_SECRET: '', SLACK_BOT_TOKEN: '', SLACK_API_URL: '' });
    running.push(noSlack);
    await advance(noSlack.url, 'day');
    await advance(noSlack.url, 'hour');
    expect(teamsPosts(fc, ch)).toHaveLength(1);
    expect(slackPosts(fake, ch)).toHaveLength(0);
    await noSlack.kill('SIGKILL');

    // Slack configured again: the waiting reminder is posted to Slack once (late), not again to Teams.
    // (Each process's demo clock starts from real time: two hours on passes the retry's backoff.)
    const back = await spawnServer(env);
    running.push(back);
    await advance(back.url, 'day');
    await advance(back.url, 'hour');
    await advance(back.url, 'hour');
    expect(slackPosts(fake, ch)).toHaveLength(1);
    expect(slackText(slackPosts(fake, ch)[0]!)).toMatch(/late/i);
    expect(teamsPosts(fc, ch)).toHaveLength(1);
    await advance(back.url, 'hour');
    expect(slackPosts(fake, ch)).toHaveLength(1);
    expect(teamsPosts(fc, ch)).toHaveLength(1);
    await back.kill('SIGTERM');
  }, 60_000);
});
