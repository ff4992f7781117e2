// The scheduled duty digest on two PostgreSQL replicas (pg-boss): one post per working day at the subscribed London
// time, in total across both replicas; none on the weekends or on Christmas Day and the Boxing Day substitute
// (Monday 28 December 2026, England and Wales); and after both replicas were down over a digest time, the missed
// digest is posted once, said to be late, when they come back. The clocks of the two children move together.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack, SlackDriver, blocksText, type Place, type Recorded } from '../support/fakeSlack.js';
import { spawnAppChild, advance, type AppChild } from '../support/appChild.js';
import { TEST_DATABASE_URL, assertPostgres } from '../support/pg.js';
import { normaliseText } from '../support/drivers.js';
import { atLondonTime, londonDate, londonTime } from '../../src/procedure/calendar.js';
import { SECRET, serverEnv } from './support.js';

const dbName = `sg_digest_${randomBytes(5).toString('hex')}`;
const withDb = (name: string) => {
  const u = new URL(TEST_DATABASE_URL);
  u.pathname = `/${name}`;
  return u.toString();
};
async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: withDb('postgres') });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const DUTY: Place = { channel: 'C0DIGESTPG', channelName: 'duty-room', user: 'U0DUTYPG', userName: 'duty' };
const CASE: Place = { channel: 'C0DIGCASE', channelName: 'case-dg', user: 'U0CASEPG', userName: 'member' };
let fake: FakeSlack;
const running: AppChild[] = [];

beforeAll(async () => {
  await assertPostgres(withDb('postgres'));
  await admin(`CREATE DATABASE "${dbName}"`);
  fake = await FakeSlack.start();
});
afterAll(async () => {
  for (const s of running) await s.kill();
  await fake?.close();
  await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
});

const env = (offsetMs = 0) => ({
  ...serverEnv({ databaseUrl: withDb(dbName), slackApiUrl: fake.apiUrl }),
  SG_TEST_CLOCK_OFFSET_MS: String(offsetMs),
});
const digests = (): Recorded[] =>
  fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === DUTY.channel && /Duty digest/.test(blocksText(c)));
/** The London day in a digest's title ("Duty digest: Thursday 24 December 2026"). */
const dayOf = (c: Recorded) => /Duty digest: (\w+ \d+ \w+ \d{4})/.exec(normaliseText(blocksText(c)))![1]!;

/** Two replicas on the database, their test clocks `offsetMs` ahead of real time. */
async function both(offsetMs = 0): Promise<[AppChild, AppChild]> {
  const pair = await Promise.all([spawnAppChild(env(offsetMs)), spawnAppChild(env(offsetMs))]);
  running.push(...pair);
  return pair;
}

const clockOf = async (s: AppChild) => (await (await fetch(`${s.control}/now`)).json()) as { now: string; offsetMs: number };

/** A signed slash command; resolves once its answer (matching `expect`) came back on its response_url. */
async function say(driver: SlackDriver, text: string, at: Place, expected: RegExp): Promise<void> {
  const { res, responseUrl, from } = await driver.command(text, at);
  expect(res.status).toBe(200);
  const id = responseUrl.split('/respond/')[1];
  await fake.waitFor((c) => c.kind === 'respond' && c.method === id && expected.test(JSON.stringify(c.body)), { from });
}

/** Both clocks a day on, together; each replica runs what is due on its own clock. */
async function nextDay(a: AppChild, b: AppChild): Promise<string> {
  const [ra] = await Promise.all([advance(a, 'day'), advance(b, 'day')]);
  return londonDate(new Date(ra.now));
}

describe('the scheduled duty digest on two PostgreSQL replicas', () => {
  it('posts once per working day, skips weekends and bank holidays, and catches up once after a restart', async () => {
    // The children's clocks start on Monday 14 December 2026 at this time of day (London).
    const startOffset = atLondonTime('2026-12-14', londonTime(new Date())).getTime() - Date.now();
    // Before or after that day on the machine's clock alike: the children's clocks may start behind it.
    let [a, b] = await both(startOffset);
    const now = new Date((await clockOf(a)).now);
    // The digest time: 2 minutes before now (London), so each daily step lands just after it.
    const time = londonTime(new Date(now.getTime() - 2 * 60_000));
    const slackA = new SlackDriver(a.url, SECRET, fake);
    const slackB = new SlackDriver(b.url, SECRET, fake);
    // A case with something overdue, through replica B; the subscription through replica A.
    await say(slackB, 'case open SG-DIG-0001', CASE, /opened and linked/);
    await say(slackB, `case event verbal-referral ${londonDate(new Date(now.getTime() - 3 * 86_400_000))} 09:00`, CASE, /OVERDUE/);
    await say(slackA, `duty digest here ${time}`, DUTY, /each working day at/);

    // Day by day up to 22 December (both replicas running).
    let day = londonDate(now);
    while (day < '2026-12-22') day = await nextDay(a, b);
    // Both replicas go down (SIGKILL) on 22 December after its digest, and come back two days later.
    const { offsetMs } = await clockOf(a);
    await Promise.all([a.kill(), b.kill()]);
    const before = digests().length;
    [a, b] = await both(offsetMs + 2 * 86_400_000);
    await until(() => digests().length > before, 'the missed digest after the restart');
    day = londonDate(new Date((await clockOf(a)).now));
    expect(day).toBe('2026-12-24');
    while (day < '2026-12-30') day = await nextDay(a, b);
    await new Promise((r) => setTimeout(r, 1500)); // both pollers run again: nothing more

    const days = digests().map(dayOf);
    expect(new Set(days).size, `one post per day: ${days.join(' | ')}`).toBe(days.length);
    expect(days).not.toContain('Friday 25 December 2026');
    expect(days).not.toContain('Monday 28 December 2026');
    expect(days.some((d) => /^(Saturday|Sunday)/.test(d))).toBe(false);
    expect(days).toContain('Tuesday 22 December 2026');
    expect(days).not.toContain('Wednesday 23 December 2026'); // down at its time: posted once on the 24th, late
    expect(days.slice(-3)).toEqual(['Thursday 24 December 2026', 'Tuesday 29 December 2026', 'Wednesday 30 December 2026']);
    const caughtUp = normaliseText(blocksText(digests().find((c) => dayOf(c) === 'Thursday 24 December 2026')!));
    expect(caughtUp).toMatch(/Posted late: due at Wednesday 23 December 2026/);
    expect(caughtUp).toMatch(/SG-DIG-0001: OVERDUE/);
    // Every working day from the first to 22 December has its post.
    expect(days.slice(0, 6)).toEqual([
      'Tuesday 15 December 2026',
      'Wednesday 16 December 2026',
      'Thursday 17 December 2026',
      'Friday 18 December 2026',
      'Monday 21 December 2026',
      'Tuesday 22 December 2026',
    ]);
    expect(days).toHaveLength(9);
  }, 240_000);
});

async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
