// End-to-end HTTP benchmark over loopback: the real app (startApp) with a fake Bot Connector and a fake Slack
// Web API, on lowdb (temp DATA_DIR) and on PostgreSQL (DATABASE_URL, a schema of its own, dropped after).
// Measures: Teams message -> reply posted, Teams Action.Execute invoke round trip, Slack slash command ack and
// reply reaching the fake Web API (response_url), and a full referral walk on Teams. Bounded loops only.
// `npm run bench -- http`, or `npx tsx bench/http.ts`.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { startApp, type RunningApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { PostgresStore } from '../src/store/postgres.js';
import { FakeConnector, TeamsActivities, actionsOf, cardOf, person, postActivity } from '../test/support/fakeConnector.js';
import { FakeSlack, SlackDriver } from '../test/support/fakeSlack.js';
import { TeamsDriver } from '../test/support/drivers.js';
import { LocalBotAuth, registerSecured, unregisterSecured } from '../test/support/botAuth.js';

const ITERATIONS = 200;
const WALKS = 20;
const SECRET = 'bench-signing-secret';
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0;
};
const round = (n: number) => Math.round(n * 100) / 100;

function record(out: Record<string, number | string>, name: string, xs: number[]): void {
  out[`${name}.p50_ms`] = round(pct(xs, 0.5));
  out[`${name}.p95_ms`] = round(pct(xs, 0.95));
}

interface Rig {
  app: RunningApp;
  fc: FakeConnector;
  fake: FakeSlack;
  auth: LocalBotAuth;
}

/**
 * The real app on 127.0.0.1:0: Teams with JWTs validated against a local key (postActivity signs each activity, as
 * the Bot Connector does; production refuses unauthenticated requests), Slack against the fake, playground off.
 */
async function startRig(env: Record<string, string>, store?: PostgresStore): Promise<Rig> {
  const fc = await new FakeConnector().start();
  const fake = await FakeSlack.start();
  const auth = await LocalBotAuth.start();
  const config = loadConfig({
    NODE_ENV: 'production',
    PLAYGROUND: 'off',
    LOG_LEVEL: 'silent',
    PORT: '0',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_API_URL: fake.apiUrl,
    ...auth.env(),
    ...env,
  });
  const app = await startApp({ config, log: createLogger('silent'), teams: auth.options(), ...(store ? { store } : {}) });
  registerSecured(app.url, auth);
  return { app, fc, fake, auth };
}

async function stopRig(rig: Rig): Promise<void> {
  unregisterSecured(rig.app.url);
  await rig.auth.close();
  await rig.app.close();
  await rig.fake.close();
  await rig.fc.close();
}

/** Teams: a typed message until the fake connector has the reply. */
async function teamsMessage(rig: Rig, out: Record<string, number | string>, prefix: string): Promise<void> {
  const lat: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const u = TeamsActivities.personal(rig.fc.url, person(10_000 + (i % 10)));
    const before = rig.fc.requests.length;
    const t0 = performance.now();
    const replied = rig.fc.waitFor(
      (r) => r.method === 'POST' && r.conversationId === u.conversationId && rig.fc.requests.indexOf(r) >= before,
    );
    const res = await postActivity(rig.app.url, u.message('refer'));
    await replied;
    lat.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`teams message: ${res.status}`);
  }
  record(out, `${prefix}teams.message_to_reply`, lat);
}

/** Teams: one Action.Execute (answer the first referral question) until its invoke response. */
async function teamsInvoke(rig: Rig, out: Record<string, number | string>, prefix: string): Promise<void> {
  const lat: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const u = TeamsActivities.personal(rig.fc.url, person(20_000 + (i % 10)));
    const before = rig.fc.sent(u.conversationId).length;
    await postActivity(rig.app.url, u.message('refer'));
    const posted = rig.fc.sent(u.conversationId)[before]!;
    const action = actionsOf(cardOf(posted.body)!).find((a) => a.type === 'Action.Execute' && a.title === 'No')!;
    const t0 = performance.now();
    const res = await postActivity(rig.app.url, u.execute({ verb: action.verb!, title: action.title, data: action.data! }, posted.id));
    lat.push(performance.now() - t0);
    if (res.body?.type !== 'application/vnd.microsoft.card.adaptive') throw new Error(`teams invoke: ${JSON.stringify(res.body)}`);
  }
  record(out, `${prefix}teams.invoke_round_trip`, lat);
}

/** Slack: `/safeguard refer` until the ack (HTTP 200), and until the reply reaches the fake (response_url). */
async function slackCommand(rig: Rig, out: Record<string, number | string>, prefix: string): Promise<void> {
  const slack = new SlackDriver(rig.app.url, SECRET, rig.fake);
  const ack: number[] = [];
  const reply: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const at = { channel: 'C0BENCH', user: `U0BENCH${i % 10}` };
    const from = rig.fake.calls.length;
    const t0 = performance.now();
    const arrived = rig.fake.nextMessage(from).then(() => performance.now());
    const { res } = await slack.command('refer', at);
    ack.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`slack command: ${res.status}`);
    reply.push((await arrived) - t0);
  }
  record(out, `${prefix}slack.command_ack`, ack);
  record(out, `${prefix}slack.command_to_reply`, reply);
}

/** A full referral on Teams: the command, then every answer (London borough, first responder) to the result. */
async function teamsReferralWalk(rig: Rig, out: Record<string, number | string>, prefix: string): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < WALKS; i++) {
    const d = new TeamsDriver(rig.app.url, rig.fc, TeamsActivities.personal(rig.fc.url, person(30_000 + i)));
    const t0 = performance.now();
    await d.say('refer');
    await d.click('No');
    await d.click(/London borough/);
    await d.click('Continue', { borough: 'HCK' });
    for (const label of [/first responder/, /under 18/, /^No$/, /^No$/]) await d.click(label);
    times.push(performance.now() - t0);
    if (!d.lastText().includes('0800 043 4303')) throw new Error(`referral walk did not reach the result: ${d.lastText().slice(0, 200)}`);
  }
  out[`${prefix}teams.referral_walk.mean_ms`] = round(times.reduce((a, b) => a + b, 0) / times.length);
  out[`${prefix}teams.referral_walk.p50_ms`] = round(pct(times, 0.5));
  out[`${prefix}teams.referral_walk.max_ms`] = round(Math.max(...times));
}

async function measure(rig: Rig, out: Record<string, number | string>, prefix: string): Promise<void> {
  await teamsMessage(rig, out, prefix);
  await teamsInvoke(rig, out, prefix);
  await slackCommand(rig, out, prefix);
  await teamsReferralWalk(rig, out, prefix);
}

async function dropSchemas(schemas: string[]): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  try {
    await c.connect();
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await c.end().catch(() => {});
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = { iterations: ITERATIONS, referral_walks: WALKS, referral_walk_steps: 8 };

  const dir = await mkdtemp(path.join(tmpdir(), 'sg-bench-http-'));
  try {
    const rig = await startRig({ DATA_DIR: dir });
    try {
      await measure(rig, out, 'lowdb.');
    } finally {
      await stopRig(rig);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  // PostgreSQL: startApp takes the store, so the app gets a schema of its own (pg-boss uses <schema>_boss).
  const schema = `sg_bench_http_${randomBytes(4).toString('hex')}`;
  try {
    const store = await PostgresStore.open({ connectionString: PG_URL, schema });
    const pgDir = await mkdtemp(path.join(tmpdir(), 'sg-bench-http-pg-'));
    try {
      const rig = await startRig({ DATABASE_URL: PG_URL, DATA_DIR: pgDir }, store);
      try {
        await measure(rig, out, 'postgres.');
      } finally {
        await stopRig(rig); // closes the store too
      }
    } finally {
      await rm(pgDir, { recursive: true, force: true });
    }
  } catch (err) {
    out['postgres.error'] = (err as Error).message;
  } finally {
    await dropSchemas([schema, `${schema}_boss`]).catch(() => {});
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await run(), null, 2));
}
