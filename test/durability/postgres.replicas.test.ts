// Two replicas on one PostgreSQL database (pg-boss): reminders falling due are posted exactly once in
// total, and when one replica is SIGKILLed in the middle of posting, the other delivers what remains, once.
// An overdue deadline nobody acknowledged is escalated to the lead once in total, both replicas polling for it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector } from '../support/fakeConnector.js';
import { FakeSlack, SlackDriver, findButton } from '../support/fakeSlack.js';
import { spawnAppChild, type AppChild } from '../support/appChild.js';
import { TEST_DATABASE_URL, assertPostgres } from '../support/pg.js';
import {
  CaseChannels,
  HoldingProxy,
  SECRET,
  advance,
  hasDone,
  serverEnv,
  slackPosts,
  slackText,
  teamsPosts,
  teamsText,
  until,
  verbalReferralAt,
} from './support.js';

const DAY = 24 * 3_600_000;
const dbName = `sg_dur_${randomBytes(5).toString('hex')}`;
const adminUrl = (() => {
  const u = new URL(TEST_DATABASE_URL);
  u.pathname = '/postgres';
  return u.toString();
})();
const dbUrl = (() => {
  const u = new URL(TEST_DATABASE_URL);
  u.pathname = `/${dbName}`;
  return u.toString();
})();

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

let fc: FakeConnector;
let fake: FakeSlack;
let proxyA: HoldingProxy;
let proxyB: HoldingProxy;
const running: AppChild[] = [];

beforeAll(async () => {
  await assertPostgres(adminUrl);
  await admin(`CREATE DATABASE "${dbName}"`);
  fc = await new FakeConnector().start();
  fake = await FakeSlack.start();
  proxyA = await new HoldingProxy(fake.base).start();
  proxyB = await new HoldingProxy(fake.base).start();
});
afterAll(async () => {
  for (const s of running) await s.kill();
  await proxyA?.close();
  await proxyB?.close();
  await fc?.close();
  await fake?.close();
  await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
});

const isReminderPost = (method: string, path: string, body: string) =>
  method === 'POST' && path.endsWith('/chat.postMessage') && /written referral/i.test(decodeURIComponent(body.replace(/\+/g, ' ')));

/**
 * The reminders among a channel's posts: the escalation of the overdue referral to the lead (2 working hours on, so
 * within this walk when it runs during office hours) is a message of its own, counted by the escalation test below.
 */
const remindersIn = <T>(posts: T[], text: (p: T) => string): T[] => posts.filter((p) => !/Escalated:/.test(text(p)));

describe('PostgreSQL: two replicas', () => {
  it('post each reminder once in total, and the survivor of a SIGKILL delivers the rest once', async () => {
    // Both replicas start together on a fresh database (migrations and the pg-boss queue race).
    const [a, b] = await Promise.all([
      spawnAppChild(serverEnv({ databaseUrl: dbUrl, slackApiUrl: `${proxyA.url}/api` })),
      spawnAppChild(serverEnv({ databaseUrl: dbUrl, slackApiUrl: `${proxyB.url}/api` })),
    ]);
    running.push(a!, b!);
    const drivers = [new SlackDriver(a!.url, SECRET, fake), new SlackDriver(b!.url, SECRET, fake)];
    const urls = [a!.url, b!.url];
    const cases = Array.from({ length: 6 }, (_, i) => new CaseChannels(20 + i, fc, () => drivers[i % 2]!));
    // Each case opened through one replica in Teams, linked through the other in Slack.
    for (const [i, ch] of cases.entries()) await ch.link(urls[i % 2]!, `SG-PG-${20 + i}`, fake, drivers[(i + 1) % 2]!);
    const late = verbalReferralAt(new Date(Date.now() - 3 * DAY));
    const reminded = (ch: CaseChannels) =>
      remindersIn(teamsPosts(fc, ch), teamsText).length > 0 && remindersIn(slackPosts(fake, ch), slackText).length > 0;

    // 1. Both running: a verbal referral recorded 3 days late in three cases makes their reminders due at once.
    for (const [i, ch] of cases.slice(0, 3).entries()) await ch.teamsSay(urls[i % 2]!, late);
    await until(() => cases.slice(0, 3).every(reminded), 'the first three reminders', 20_000).catch((e) => {
      const counts = cases.map(
        (c) =>
          `${c.n}: teams ${remindersIn(teamsPosts(fc, c), teamsText).length}, slack ${remindersIn(slackPosts(fake, c), slackText).length}`,
      );
      throw new Error(
        `${e.message}\n${counts.join('\n')}\nA:\n${a!.output()}\nB:\n${b!.output()}\nslack: ${fake.calls.map((c) => c.method + ' ' + String(c.body.channel)).join(', ')}`,
      );
    });

    // 2. A replica is held in the middle of posting a reminder to Slack (the other may be too: each works on the jobs
    // it fetched several at once, so one of them may have fetched all three); then that replica is killed.
    const heldA = proxyA.holdNext(isReminderPost).then(() => 0);
    const heldB = proxyB.holdNext(isReminderPost).then(() => 1);
    for (const [i, ch] of cases.slice(3).entries()) await ch.teamsSay(urls[i % 2]!, late);
    const victim = await Promise.race([heldA, heldB]);
    await new Promise((r) => setTimeout(r, 1_000)); // the other replica reaches its own post meanwhile, if it has one
    const [dead, survivor] = victim === 0 ? [a!, b!] : [b!, a!];
    const [deadProxy, survivorProxy] = victim === 0 ? [proxyA, proxyB] : [proxyB, proxyA];
    await dead.kill('SIGKILL');
    deadProxy.drop(); // its sender is dead: never delivered
    survivorProxy.cancelHold();
    await survivorProxy.release();
    // The survivor goes on with what was queued; the dead one's claimed reminder waits for its lease (an hour on the
    // survivor's demo clock).
    const r = await advance(survivor, 'hour');
    expect(r.advancedMs).toBe(3_600_000);
    await until(() => cases.every(reminded), 'every reminder after the kill', 20_000);

    // Exactly once per channel in total, across both replicas and the kill.
    for (const ch of cases) {
      expect(remindersIn(teamsPosts(fc, ch), teamsText), `teams ${ch.n}`).toHaveLength(1);
      expect(remindersIn(slackPosts(fake, ch), slackText), `slack ${ch.n}`).toHaveLength(1);
      expect(slackText(remindersIn(slackPosts(fake, ch), slackText)[0]!)).toMatch(/written referral/i);
    }
    // Nothing is posted twice later either (the survivor polls again; another hour on its clock runs what is due).
    await advance(survivor, 'hour');
    for (const ch of cases) {
      expect(remindersIn(teamsPosts(fc, ch), teamsText)).toHaveLength(1);
      expect(remindersIn(slackPosts(fake, ch), slackText)).toHaveLength(1);
    }

    // Done from Slack (block_actions) on the survivor: both copies updated in place, without buttons.
    const ch = cases[4]!;
    const post = remindersIn(slackPosts(fake, ch), slackText)[0]!;
    const blocks = post.body.blocks as Array<Record<string, unknown>>;
    expect(findButton(blocks, 'Done')).toBeDefined();
    const putsBefore = fc.updates().length;
    const click = await drivers[1 - victim]!.click({ blocks, ts: String(post.response!.ts), ephemeral: false }, 'Done', ch.slackAt);
    expect(click.res.status).toBe(200);
    await until(
      () =>
        fake.calls
          .slice(click.from)
          .some((c) => c.method === 'chat.update' && c.body.ts === post.response!.ts && !hasDone(c.body.blocks as never)) &&
        fc
          .updates()
          .slice(putsBefore)
          .some((u) => u.activityId === remindersIn(teamsPosts(fc, ch), teamsText)[0]!.id),
      'both copies updated',
      10_000,
    );
    await survivor.kill('SIGTERM');
  }, 60_000);

  it('escalate an overdue deadline nobody acknowledged to the lead once in total, in Teams and Slack', async () => {
    const [a, b] = await Promise.all([
      spawnAppChild(serverEnv({ databaseUrl: dbUrl, slackApiUrl: `${proxyA.url}/api` })),
      spawnAppChild(serverEnv({ databaseUrl: dbUrl, slackApiUrl: `${proxyB.url}/api` })),
    ]);
    running.push(a!, b!);
    const drivers = [new SlackDriver(a!.url, SECRET, fake), new SlackDriver(b!.url, SECRET, fake)];
    const ch = new CaseChannels(40, fc, () => drivers[1]!);
    await ch.link(a!.url, 'SG-PG-ESC-40', fake, drivers[1]!);
    await ch.teamsSay(b!.url, 'case lead me');
    // Recorded 3 days late: the written referral is overdue at once; the lead is called on 2 working hours later.
    await ch.teamsSay(a!.url, verbalReferralAt(new Date(Date.now() - 3 * DAY)));
    const escalatedTeams = () => teamsPosts(fc, ch).filter((p) => /Escalated: Send the written referral is overdue/.test(teamsText(p)));
    const escalatedSlack = () => slackPosts(fake, ch).filter((p) => /Escalated: Send the written referral is overdue/.test(slackText(p)));
    // Both replicas move on a day at a time (a weekend or bank holiday may come first), both polling for the job.
    for (let day = 0; day < 6 && escalatedTeams().length === 0; day++) {
      await Promise.all([advance(a!, 'day'), advance(b!, 'day')]);
      await new Promise((r) => setTimeout(r, 300));
    }
    await until(() => escalatedTeams().length > 0 && escalatedSlack().length > 0, 'the escalation in both channels', 20_000);
    // Another two days on both: still one escalation per channel in total.
    for (let day = 0; day < 2; day++) await Promise.all([advance(a!, 'day'), advance(b!, 'day')]);
    expect(escalatedTeams()).toHaveLength(1);
    expect(escalatedSlack()).toHaveLength(1);
    const card = escalatedTeams()[0]!;
    expect(teamsText(card)).toMatch(/as lead coordinator/);
    expect(JSON.stringify(card.body)).toContain('"type":"mention"');
    await a!.kill('SIGTERM');
    await b!.kill('SIGTERM');
  }, 90_000);
});
