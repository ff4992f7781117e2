// PostgreSQL going away, through real processes and a TCP proxy in front of the real server:
// 1. `node --import tsx src/server.ts` with DATABASE_URL unreachable at start-up: /healthz answers 503, the log names
//    DATABASE_URL with its password masked and retries with backoff; once the database is reachable it becomes ready (200).
// 2. The database lost mid-run (the proxy cut): no crash, failing polls are logged and retried; the reminder that fell
//    due meanwhile is delivered to each channel once, after the database is back.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackDriver } from '../support/fakeSlack.js';
import { TEST_DATABASE_URL, assertPostgres } from '../support/pg.js';
import { spawnEntry, type Spawned } from '../support/appChild.js';
import { TcpProxy } from '../support/tcpProxy.js';
import {
  CaseChannels,
  SECRET,
  advance,
  durabilityRig,
  openCaseWithReferral,
  serverEnv,
  slackPosts,
  teamsPosts,
  twoHoursAgo,
  until,
} from './support.js';

const rig = durabilityRig();
const dbName = `sg_outage_${randomBytes(5).toString('hex')}`;
const PASSWORD = 'pw-must-never-be-logged-5f1c';
const pgTarget = (() => {
  const u = new URL(TEST_DATABASE_URL);
  return { host: u.hostname, port: Number(u.port || 5432) };
})();
/** DATABASE_URL through the proxy, with a password (the server trusts loopback, so it is not checked). */
const urlVia = (proxy: TcpProxy) => {
  const u = new URL(TEST_DATABASE_URL);
  u.host = `127.0.0.1:${proxy.port}`;
  u.username ||= 'postgres';
  u.password = PASSWORD;
  u.pathname = `/${dbName}`;
  return u.toString();
};
const maskedVia = (proxy: TcpProxy) => urlVia(proxy).replace(`:${PASSWORD}@`, ':***@');

async function admin(sql: string): Promise<void> {
  const u = new URL(TEST_DATABASE_URL);
  u.pathname = '/postgres';
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const proxies: TcpProxy[] = [];
const spawned: Spawned[] = [];
beforeAll(async () => {
  await assertPostgres();
  await admin(`CREATE DATABASE "${dbName}"`);
});
afterAll(async () => {
  for (const s of spawned) await s.kill();
  for (const p of proxies) await p.cut();
  await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
});

const health = async (url: string): Promise<number | undefined> => {
  try {
    return (await fetch(`${url}/healthz`)).status;
  } catch {
    return undefined; // not listening yet
  }
};

/** The pino JSON lines in a process's output. */
const jsonLines = (out: string): Array<Record<string, unknown>> =>
  out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return [];
      }
    });

describe('PostgreSQL unreachable at start-up', () => {
  it('answers /healthz 503, logs DATABASE_URL with the password masked, retries, and is ready once the database is up', async () => {
    const proxy = await TcpProxy.create(pgTarget); // nothing listens on its port yet: connections are refused
    proxies.push(proxy);
    const srv = await spawnEntry('src/server.ts', { DATABASE_URL: urlVia(proxy), DATA_DIR: '/nonexistent-unused', LOG_LEVEL: 'info' });
    spawned.push(srv);

    await until(async () => (await health(srv.url)) === 503, '/healthz answering 503 while the database is unreachable', 30_000);
    const retries = () => jsonLines(srv.output()).filter((l) => l.env === 'DATABASE_URL' && typeof l.retryInMs === 'number');
    await until(() => retries().length >= 2, 'two logged connection attempts', 20_000);
    expect(await health(srv.url)).toBe(503);
    const [first, second] = retries();
    expect(first).toMatchObject({ level: 50, url: maskedVia(proxy), retryInMs: 500 });
    expect(second).toMatchObject({ url: maskedVia(proxy), retryInMs: 1000 }); // exponential backoff
    expect(String(first!.msg)).toContain('DATABASE_URL');
    expect(String(first!.msg)).toContain(maskedVia(proxy));
    expect(srv.child.exitCode).toBeNull();

    await proxy.up();
    await until(async () => (await health(srv.url)) === 200, '/healthz 200 once the database is reachable', 30_000);
    await srv.waitForOutput(/listening on/i, 5_000);
    expect(jsonLines(srv.output()).some((l) => l.env === 'DATABASE_URL' && l.level === 30 && /connected/.test(String(l.msg)))).toBe(true);
    expect(srv.output()).not.toContain(PASSWORD);
    await srv.kill('SIGTERM');
    await srv.exited;
  }, 90_000);
});

describe('PostgreSQL lost mid-run', () => {
  it('does not crash; the reminder that fell due meanwhile is delivered once to each channel when the database is back', async () => {
    const { fc, fake } = rig;
    const proxy = await TcpProxy.create(pgTarget);
    proxies.push(proxy);
    await proxy.up();
    const srv = await rig.spawn(serverEnv({ databaseUrl: urlVia(proxy), slackApiUrl: fake.apiUrl }));
    const driver = new SlackDriver(srv.url, SECRET, fake);
    const ch = new CaseChannels(51, fc, () => driver);
    // The written referral is due in 46 h: its first reminder (24 h before) falls due a day on.
    await openCaseWithReferral(srv.url, ch, fake, twoHoursAgo());
    expect(teamsPosts(fc, ch)).toHaveLength(0);

    await proxy.cut();
    // A day on while the database is away: the due reminder cannot be run now; the process stays up.
    const res = await fetch(`${srv.control}/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ step: 'day' }),
    });
    expect(res.status).toBe(500);
    // The scheduler's own polls fail, are logged, and go on.
    await until(() => (srv.output().match(/scheduler: poll failed/g) ?? []).length >= 2, 'two failed polls logged', 20_000);
    expect(srv.child.exitCode).toBeNull();
    expect(await health(srv.url)).toBe(200);
    expect(teamsPosts(fc, ch)).toHaveLength(0);
    expect(slackPosts(fake, ch)).toHaveLength(0);

    // The database is back: the next poll delivers the reminder, once per channel.
    await proxy.up();
    await until(() => teamsPosts(fc, ch).length > 0 && slackPosts(fake, ch).length > 0, 'the delayed reminder', 30_000);
    expect(teamsPosts(fc, ch)).toHaveLength(1);
    expect(slackPosts(fake, ch)).toHaveLength(1);
    // And never again for that step (an hour on runs what is due: nothing new).
    const r = await advance(srv, 'hour');
    expect(r.delivered).toBe(0);
    expect(teamsPosts(fc, ch)).toHaveLength(1);
    expect(slackPosts(fake, ch)).toHaveLength(1);
    expect(srv.child.exitCode).toBeNull();
    expect(srv.output()).not.toContain(PASSWORD);
    expect(srv.output()).not.toMatch(/uncaught|unhandled/i);
    await srv.kill('SIGTERM');
    await srv.exited;
  }, 120_000);
});
