// Turn cost beside the floor (issue 14): the real server (startApp, Teams JWTs validated against a local key) and a
// bare botbuilder echo bot (bench/echo-bot.ts), each in its own child process, driven over loopback by the same
// load generator with a fake Bot Connector, in alternating rounds. Scenarios: a decision-tree step (typed answers
// "no" / "back" inside the referral walk) and a question ("what is the nrm?", the knowledge base), at 1, 50 and 200
// concurrent conversations, on lowdb and on PostgreSQL. Per run: p50/p99 of the HTTP response and of the reply
// reaching the connector, turns/s, and CPU ms per turn (the server process's own cpuUsage), with ratios to echo.
// Then memory: RSS with 1,000 conversations mid-flow.
// `npm run bench -- turns`; BENCH_PROFILE=dir writes a .cpuprofile per server (node --cpu-prof, start-up included);
// BENCH_WINDOW_PROFILE=dir one per measured round (the inspector's profiler, the round only).
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { statCpu } from './procStat.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LocalBotAuth } from '../test/support/botAuth.js';
import { TeamsActivities, person } from '../test/support/fakeConnector.js';
import { PG_URL, ReplyConnector, ServerChild, dropSchemas, mdTable, pct, postJson, r2, type Usage } from './rig.js';

const LEVELS = (process.env.BENCH_LEVELS ?? '1,50,200').split(',').map(Number);
/** Alternating rounds per level (echo, app, then app, echo...): four, as two gave p99 ratios 0.7-2.0 apart on one machine. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
/** Measured turns per round at each level (after one warm-up turn per conversation). */
const TURNS: Record<number, number> = { 1: 200, 50: 1500, 200: 3000 };
const MIDFLOW = Number(process.env.BENCH_MIDFLOW ?? 1000);
/** Quiet before the collection of the memory reading, and after it (for the freed pages to be unmapped). */
const SETTLE_MS = 3000;
const SCENARIOS = {
  step: { warm: ['refer'], texts: ['no', 'back'] },
  question: { warm: ['what is the nrm?'], texts: ['what is the nrm?'] },
} as const;
type Scenario = keyof typeof SCENARIOS;

interface RoundResult {
  http: number[];
  reply: number[];
  turns: number;
  errors: number;
  seconds: number;
  cpuMs: number;
  /** CPU of the PostgreSQL server's processes in the round (both servers' rounds: the echo bot's adds none). */
  pgCpuMs: number;
}

interface Ctx {
  auth: LocalBotAuth;
  connector: ReplyConnector;
  token: string;
}

/** One conversation's next turn: the HTTP answer time and the time the reply reached the connector (ms after sending). */
async function turn(
  ctx: Ctx,
  server: ServerChild,
  acts: TeamsActivities,
  text: string,
): Promise<{ http: number; reply: number } | undefined> {
  const body = JSON.stringify(acts.message(text));
  const t0 = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), 30_000)));
  const replied = ctx.connector.expect(acts.conversationId);
  const res = await postJson(`${server.url}/api/messages`, body, { authorization: ctx.token });
  const at = await Promise.race([replied, timeout]);
  clearTimeout(timer);
  if (res.status !== 200 || at === undefined) return undefined;
  return { http: res.at - t0, reply: at - t0 };
}

async function round(ctx: Ctx, server: ServerChild, people: TeamsActivities[], scenario: Scenario, level: number): Promise<RoundResult> {
  const { warm, texts } = SCENARIOS[scenario];
  const convs = people.slice(0, level);
  for (const w of warm) await Promise.all(convs.map((a) => turn(ctx, server, a, w)));
  const perConv = Math.ceil((TURNS[level] ?? 1000) / level);
  const out: RoundResult = { http: [], reply: [], turns: 0, errors: 0, seconds: 0, cpuMs: 0, pgCpuMs: 0 };
  const windowProfile = process.env.BENCH_WINDOW_PROFILE;
  if (windowProfile) await server.profileStart();
  const u0 = await server.usage();
  const pg0 = postgresCpuMs();
  const t0 = performance.now();
  await Promise.all(
    convs.map(async (a) => {
      for (let i = 0; i < perConv; i++) {
        const r = await turn(ctx, server, a, texts[i % texts.length]!);
        if (!r) out.errors++;
        else {
          out.http.push(r.http);
          out.reply.push(r.reply);
          out.turns++;
        }
      }
    }),
  );
  out.seconds = (performance.now() - t0) / 1000;
  out.cpuMs = (await server.usage()).cpuMs - u0.cpuMs;
  out.pgCpuMs = postgresCpuMs() - pg0;
  if (windowProfile) await server.profileStop(path.join(windowProfile, `${server.label}-${scenario}-c${level}-${Date.now()}.cpuprofile`));
  return out;
}

interface Summary {
  http_p50: number;
  http_p99: number;
  reply_p50: number;
  reply_p99: number;
  turns_per_s: number;
  cpu_ms_per_turn: number;
  pg_cpu_ms_per_turn: number;
  errors: number;
  reply_p99_rounds: number[];
}

function summarise(rs: RoundResult[]): Summary {
  const http = rs.flatMap((r) => r.http);
  const reply = rs.flatMap((r) => r.reply);
  const turns = rs.reduce((a, r) => a + r.turns, 0);
  return {
    http_p50: r2(pct(http, 0.5)),
    http_p99: r2(pct(http, 0.99)),
    reply_p50: r2(pct(reply, 0.5)),
    reply_p99: r2(pct(reply, 0.99)),
    turns_per_s: r2(turns / rs.reduce((a, r) => a + r.seconds, 0)),
    cpu_ms_per_turn: r2(rs.reduce((a, r) => a + r.cpuMs, 0) / Math.max(1, turns)),
    pg_cpu_ms_per_turn: r2(rs.reduce((a, r) => a + r.pgCpuMs, 0) / Math.max(1, turns)),
    errors: rs.reduce((a, r) => a + r.errors, 0),
    reply_p99_rounds: rs.map((r) => r2(pct(r.reply, 0.99))),
  };
}

async function compare(ctx: Ctx, echo: ServerChild, app: ServerChild, store: string, out: Record<string, number | string>): Promise<void> {
  const people = (from: number) =>
    Array.from({ length: Math.max(...LEVELS) }, (_, i) => TeamsActivities.personal(ctx.connector.url, person(from + i)));
  for (const [n, scenario] of (Object.keys(SCENARIOS) as Scenario[]).entries()) {
    // Conversations of their own per scenario: a question is asked outside any walk (inside one it gets a second
    // message, the way back to the walk, which the echo bot has no equivalent of).
    const echoPeople = people(100_000 + n * 10_000);
    const appPeople = people(200_000 + n * 10_000);
    for (const level of LEVELS) {
      const e: RoundResult[] = [];
      const a: RoundResult[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        // Alternating rounds, echo first then app, then the other way round, so drift in machine load falls on both.
        if (r % 2 === 0) {
          e.push(await round(ctx, echo, echoPeople, scenario, level));
          a.push(await round(ctx, app, appPeople, scenario, level));
        } else {
          a.push(await round(ctx, app, appPeople, scenario, level));
          e.push(await round(ctx, echo, echoPeople, scenario, level));
        }
      }
      const se = summarise(e);
      const sa = summarise(a);
      const k = `${store}.${scenario}.c${level}`;
      for (const [name, s] of [
        ['echo', se],
        ['app', sa],
      ] as const) {
        for (const f of [
          'http_p50',
          'http_p99',
          'reply_p50',
          'reply_p99',
          'turns_per_s',
          'cpu_ms_per_turn',
          'pg_cpu_ms_per_turn',
          'errors',
        ] as const)
          out[`${k}.${name}.${f}`] = s[f];
      }
      out[`${k}.ratio.cpu_per_turn`] = r2(sa.cpu_ms_per_turn / se.cpu_ms_per_turn);
      out[`${k}.ratio.reply_p50`] = r2(sa.reply_p50 / se.reply_p50);
      out[`${k}.ratio.reply_p99`] = r2(sa.reply_p99 / se.reply_p99);
      out[`${k}.ratio.reply_p99_per_round`] = sa.reply_p99_rounds.map((x, i) => r2(x / (se.reply_p99_rounds[i] ?? NaN))).join(' / ');
      out[`${k}.ratio.throughput`] = r2(sa.turns_per_s / se.turns_per_s);
      console.error(`turns ${k}: app ${JSON.stringify(sa)} echo ${JSON.stringify(se)}`);
    }
  }
}

/**
 * CPU ms so far of every PostgreSQL server process on this machine (Linux /proc; 0 elsewhere): the database shares the
 * cores with both servers here, so its work per turn is part of what a turn costs on PostgreSQL.
 */
function postgresCpuMs(): number {
  let ms = 0;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      const cpu = statCpu(`/proc/${pid}/stat`);
      if (cpu?.name === 'postgres') ms += cpu.ms;
    }
  } catch {
    // not Linux
  }
  return ms;
}

/** RSS of the app with MIDFLOW conversations each inside the referral walk (two steps in). */
async function midflow(ctx: Ctx, app: ServerChild, store: string, out: Record<string, number | string>, atStart: Usage): Promise<void> {
  await app.gc();
  const before = await app.usage();
  const people = Array.from({ length: MIDFLOW }, (_, i) => TeamsActivities.personal(ctx.connector.url, person(400_000 + i)));
  for (let i = 0; i < people.length; i += 50) {
    const batch = people.slice(i, i + 50);
    for (const text of ['refer', 'no']) await Promise.all(batch.map((a) => turn(ctx, app, a, text)));
  }
  // The conversations are now held and the server quiet. The pages a full collection frees are given back to the system
  // by a V8 helper thread, not at once: read just after the collection, RSS still counts them (30-70 MB more).
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  await app.gc();
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const after = await app.usage();
  out[`${store}.memory.conversations_mid_flow`] = MIDFLOW;
  out[`${store}.memory.rss_mb`] = r2(after.rss / 2 ** 20);
  out[`${store}.memory.rss_before_mb`] = r2(before.rss / 2 ** 20);
  out[`${store}.memory.heap_used_mb`] = r2(after.heapUsed / 2 ** 20);
  out[`${store}.memory.heap_total_mb`] = r2((after.heapTotal ?? 0) / 2 ** 20);
  out[`${store}.memory.external_mb`] = r2((after.external ?? 0) / 2 ** 20);
  out[`${store}.memory.rss_at_start_mb`] = r2(atStart.rss / 2 ** 20);
}

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = { levels: LEVELS.join('/'), rounds: ROUNDS };
  const auth = await LocalBotAuth.start();
  const connector = await new ReplyConnector().start();
  const token = auth.token({ serviceUrl: connector.url });
  const ctx: Ctx = { auth, connector, token };
  const echo = await ServerChild.start({ kind: 'echo', metadataUrl: auth.metadataUrl }, 'echo');
  try {
    const stores = (process.env.BENCH_STORES ?? 'lowdb,postgres').split(',');
    for (const store of stores) {
      const dir = await mkdtemp(path.join(tmpdir(), `sg-bench-turns-${store}-`));
      const schema = `sg_bench_turns_${randomBytes(4).toString('hex')}`;
      try {
        const spec = store === 'postgres' ? { databaseUrl: PG_URL, schema, dataDir: dir } : { dataDir: dir };
        const app = await ServerChild.start({ kind: 'app', metadataUrl: auth.metadataUrl, ...spec }, `app-${store}`);
        try {
          await app.gc();
          const atStart = await app.usage();
          await compare(ctx, echo, app, store, out);
          if (MIDFLOW > 0) await midflow(ctx, app, store, out, atStart);
        } finally {
          await app.stop();
        }
      } catch (err) {
        out[`${store}.error`] = (err as Error).message;
      } finally {
        await rm(dir, { recursive: true, force: true });
        if (store === 'postgres') await dropSchemas([schema, `${schema}_boss`]).catch(() => {});
      }
    }
  } finally {
    await echo.stop();
    await connector.close();
    await auth.close();
  }
  return out;
}

/** The side-by-side table of a run's figures. */
export function table(f: Record<string, number | string>): string {
  const rows: Array<Array<string | number>> = [];
  for (const store of ['lowdb', 'postgres'])
    for (const scenario of Object.keys(SCENARIOS))
      for (const level of LEVELS) {
        const k = `${store}.${scenario}.c${level}`;
        if (f[`${k}.app.reply_p50`] === undefined) continue;
        const pair = (m: string) => `${f[`${k}.app.${m}`]} / ${f[`${k}.echo.${m}`]}`;
        rows.push([
          store,
          scenario,
          level,
          pair('http_p50'),
          pair('http_p99'),
          pair('reply_p50'),
          pair('reply_p99'),
          `${f[`${k}.ratio.reply_p99`]}× (${f[`${k}.ratio.reply_p99_per_round`]})`,
          pair('turns_per_s'),
          pair('cpu_ms_per_turn'),
          `${f[`${k}.ratio.cpu_per_turn`]}×`,
          store === 'postgres' ? pair('pg_cpu_ms_per_turn') : '–',
        ]);
      }
  return mdTable(
    [
      'store',
      'turn',
      'conv.',
      'HTTP p50 ms app / echo',
      'HTTP p99',
      'reply p50',
      'reply p99',
      'reply p99 ratio (per round)',
      'turns/s',
      'CPU ms/turn',
      'CPU ratio',
      'PostgreSQL CPU ms/turn',
    ],
    rows,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const f = await run();
  console.log(table(f));
  console.log(JSON.stringify(f, null, 2));
}
