// Delivery failures through the real server: a 429 with Retry-After or a 500 from Teams or Slack is retried
// and the reminder delivered once; a 403 (the app was removed) / not_in_channel is not retried, and audited.
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector } from '../support/fakeConnector.js';
import { FakeSlack, SlackDriver } from '../support/fakeSlack.js';
import { spawnServer, tempDataDir, type SpawnedServer } from '../support/server.js';
import { LowdbStore } from '../../src/store/lowdb.js';
import { AUDIT_LOG } from '../../src/cases/audit.js';
import { CaseChannels, SECRET, advance, serverEnv, slackPosts, teamsPosts, until, verbalReferralAt } from './support.js';

let fc: FakeConnector;
let fake: FakeSlack;
const dirs: string[] = [];
const running: SpawnedServer[] = [];
const HOUR = 3_600_000;

beforeAll(async () => {
  fc = await new FakeConnector().start();
  fake = await FakeSlack.start();
});
afterAll(async () => {
  for (const s of running) await s.kill();
  await fc?.close();
  await fake?.close();
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

/** A server on a fresh DATA_DIR with a case in a Teams and a Slack channel, its written referral due in 46 h. */
async function caseServer(n: number): Promise<{ srv: SpawnedServer; ch: CaseChannels; dataDir: string }> {
  const dataDir = await tempDataDir('sg-failures-');
  dirs.push(dataDir);
  const srv = await spawnServer(serverEnv({ dataDir, slackApiUrl: fake.apiUrl }));
  running.push(srv);
  const driver = new SlackDriver(srv.url, SECRET, fake);
  const ch = new CaseChannels(n, fc.url, () => driver);
  await ch.teamsSay(srv.url, `case open SG-DUR-00${n}`);
  await ch.slackSay(`case open SG-DUR-00${n}`, fake);
  await ch.teamsSay(srv.url, verbalReferralAt(new Date(Math.floor((Date.now() - 2 * HOUR) / 60_000) * 60_000)));
  return { srv, ch, dataDir };
}

const rejectedIn = (ch: CaseChannels) => fc.rejected.filter((r) => decodeURIComponent(r.path).includes(ch.teamsChannel));
const slackTries = (ch: CaseChannels) => fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === ch.slackAt.channel);

describe('delivery failures', () => {
  it('429 with Retry-After and 500 are retried until delivered, once per channel', async () => {
    const { srv, ch } = await caseServer(31);

    // Both answer 429 (Retry-After: 1 s): posted on the retry, without anyone moving the clock.
    fc.failNext(429, { 'Retry-After': '1' });
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    await advance(srv.url, 'day');
    expect(rejectedIn(ch).map((r) => r.status)).toEqual([429]);
    expect(slackTries(ch).map((c) => c.response?.error)).toEqual(['ratelimited']);
    expect(teamsPosts(fc, ch)).toHaveLength(0);
    await until(() => teamsPosts(fc, ch).length > 0 && slackPosts(fake, ch).length > 0, 'the posts after Retry-After', 15_000);
    expect(teamsPosts(fc, ch)).toHaveLength(1);
    expect(slackPosts(fake, ch)).toHaveLength(1);

    // Both answer 500: nothing posted; the retry (backoff, an hour on) posts each once.
    fc.failNext(500);
    fake.failNext('chat.postMessage', { status: 500 });
    await advance(srv.url, 'day');
    expect(rejectedIn(ch).map((r) => r.status)).toEqual([429, 500]);
    expect(slackTries(ch).filter((c) => !c.response?.ok)).toHaveLength(2);
    expect(teamsPosts(fc, ch)).toHaveLength(1);
    expect(slackPosts(fake, ch)).toHaveLength(1);
    await advance(srv.url, 'hour');
    expect(teamsPosts(fc, ch)).toHaveLength(2);
    expect(slackPosts(fake, ch)).toHaveLength(2);
    await advance(srv.url, 'hour');
    expect(teamsPosts(fc, ch)).toHaveLength(2);
    expect(slackPosts(fake, ch)).toHaveLength(2);
    await srv.kill('SIGTERM');
  }, 60_000);

  it('403 from Teams and not_in_channel from Slack are not retried, and are audited', async () => {
    const { srv, ch, dataDir } = await caseServer(32);
    fc.failNext(403);
    fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    await advance(srv.url, 'day');
    await advance(srv.url, 'hour');
    await advance(srv.url, 'hour');
    // One try each, never again for that reminder.
    expect(rejectedIn(ch).map((r) => r.status)).toEqual([403]);
    expect(slackTries(ch)).toHaveLength(1);
    expect(teamsPosts(fc, ch)).toHaveLength(0);
    expect(slackPosts(fake, ch)).toHaveLength(0);
    await srv.kill('SIGTERM');

    const store = await LowdbStore.open(dataDir);
    try {
      const failed = (await store.readLog(AUDIT_LOG, { field: 'case', equals: 'sg-dur-0032' })).filter((e) => e.what === 'reminder-failed');
      expect(failed.map((e) => (e.detail as Record<string, unknown>).platform).sort()).toEqual(['slack', 'teams']);
      for (const e of failed) expect(e.who).toBe('system');
    } finally {
      await store.close();
    }
  }, 60_000);
});
