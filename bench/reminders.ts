// Reminders at scale (issue 14): 100,000 pending reminders spread over 30 days, on lowdb and on PostgreSQL.
// The data is seeded before the server starts: real cases (opened and given deadlines through the engine and the case
// module, their own reminders cancelled), one reminder step per deadline for 1,000 deadlines, due at random seconds of
// one minute a little after start-up, posted into the case's Teams channel; the rest are reminders of cases that no
// longer exist (the delivery drops them when they fall due), due over the next 30 days. Then the real server starts
// in a child process (bench/turn-server.ts) and this reports: start-up time (fork to ready), RSS, CPU while nothing is
// due, and the lateness of the 1,000 reminders (due time to the post reaching the fake Bot Connector).
// `npm run bench -- reminders`.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Engine } from '../src/conversation/engine.js';
import { ManualClock, systemClock } from '../src/clock.js';
import { silentLogger } from '../src/logger.js';
import { loadConfig } from '../src/config.js';
import { createCaseModule } from '../src/cases/index.js';
import { CASES, type CaseRecord } from '../src/cases/records.js';
import { jobId } from '../src/cases/plan.js';
import { EmbeddedScheduler, JOBS_COLLECTION } from '../src/reminders/embedded.js';
import { PgBossScheduler } from '../src/reminders/pgboss.js';
import type { Scheduler } from '../src/reminders/scheduler.js';
import { LowdbStore } from '../src/store/lowdb.js';
import { PostgresStore } from '../src/store/postgres.js';
import type { Store } from '../src/store/store.js';
import { TEAMS_REFS } from '../src/teams/notifier.js';
import { LocalBotAuth } from '../test/support/botAuth.js';
import { BOT } from '../test/support/fakeConnector.js';
import { PG_URL, ReplyConnector, ServerChild, dropSchemas, mdTable, pct, r2 } from './rig.js';

const TOTAL = Number(process.env.BENCH_REMINDERS ?? 100_000);
/** Reminders due in the one minute: one step of each open deadline of enough cases (one per deadline, so the delivery's
 * rule "of several steps of one deadline due at once, only the latest is posted" never applies). */
const DUE_N = Number(process.env.BENCH_DUE ?? 1000);
const DAY = 86_400_000;
/** The measured minute starts this long after seeding ends (start-up must fit in it; the rest is the idle window). */
const LEAD_MS = Number(process.env.BENCH_REMINDER_LEAD_MS ?? 150_000);

const channel = (i: number) => `19:bench-case-${i}@thread.tacv2`;

interface Seeded {
  key: string;
  deadline: string;
  gen: number;
  channel: string;
}

/** Cases opened and given deadlines through the engine, until there are `want` open deadlines; their own reminders cancelled. */
async function seedCases(store: Store, scheduler: Scheduler, want: number): Promise<Seeded[]> {
  const clock = new ManualClock(new Date());
  const config = loadConfig({ NODE_ENV: 'test' });
  const cases = createCaseModule({ store, clock, log: silentLogger, config, deps: {}, scheduler });
  const engine = new Engine({ store, clock, log: silentLogger, deps: {} }, [], cases.handlers);
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const out: Seeded[] = [];
  for (let i = 0; out.length < want; i++) {
    const say = (text: string) =>
      engine.handle({
        platform: 'teams',
        conversationId: channel(i),
        userId: 'u-bench',
        userName: 'Bench',
        shared: true,
        input: { kind: 'text', text },
      });
    await say(`case open BENCH-${10_000 + i}`);
    await say(`case event looked-after ${when}`);
    const c = (await store.list<CaseRecord>(CASES)).find((x) => x.value.channels.some((l) => l.conversationId === channel(i)))?.value;
    if (!c) throw new Error(`case ${i} was not opened`);
    for (const d of c.deadlines.filter((x) => x.status === 'open')) {
      // Their own reminders (due hours or days from now) are cancelled: only the measured ones fall due.
      await cases.service.cancelAll(c.key, d);
      if (out.length < want) out.push({ key: c.key, deadline: d.id, gen: d.gen, channel: c.channels[0]!.conversationId });
    }
  }
  return out;
}

interface Due {
  channel: string;
  at: number;
}

/** The measured reminders: a step n = 100 of each seeded deadline, due at a random second of the minute from `start`. */
async function seedDue(store: Store, scheduler: Scheduler, seeded: Seeded[], start: number, serviceUrl: string): Promise<Due[]> {
  const due: Due[] = [];
  for (const s of seeded) {
    const step = { n: 100, at: new Date(start + Math.floor(Math.random() * 60_000)).toISOString(), kind: 'before' as const };
    await store.update<CaseRecord>(CASES, s.key, (c) =>
      c ? { ...c, deadlines: c.deadlines.map((d) => (d.id === s.deadline ? { ...d, plan: [...d.plan, step] } : d)) } : c,
    );
    await scheduler.schedule({
      id: jobId(s.key, s.deadline, s.gen, step.n),
      runAt: new Date(step.at),
      payload: { kind: 'reminder', case: s.key, deadline: s.deadline, gen: s.gen, n: step.n },
    });
    due.push({ channel: s.channel, at: Date.parse(step.at) });
    // Where Teams posts go: the fake connector of this run.
    await store.put(TEAMS_REFS, s.channel, {
      channelId: 'msteams',
      serviceUrl,
      conversation: { id: s.channel, conversationType: 'channel', isGroup: true, tenantId: 'tenant-0001' },
      bot: { id: BOT.id, name: BOT.name },
    });
  }
  return due;
}

/** The other reminders: of cases that no longer exist, due over the next 30 days. */
async function seedFiller(store: Store, count: number, now: number): Promise<void> {
  if (store instanceof PostgresStore) {
    await store.pool.query(
      `INSERT INTO scheduled_jobs (id, run_at, due_at, payload, state)
       SELECT 'rem:gone-' || g || ':d1:0:0', t, t, jsonb_build_object('kind', 'reminder', 'case', 'gone-' || g, 'deadline', 'd1', 'gen', 0, 'n', 0), 'pending'
       FROM generate_series(1, $1::int) g, LATERAL (SELECT to_timestamp(($2::bigint + 5 * 60000 + (g::bigint * 30 * ${DAY}) / $1::int) / 1000.0) AS t) x`,
      [count, now],
    );
    return;
  }
  const BATCH = 500;
  for (let i = 0; i < count; i += BATCH) {
    await Promise.all(
      Array.from({ length: Math.min(BATCH, count - i) }, (_, k) => {
        const g = i + k + 1;
        const at = new Date(now + 5 * 60_000 + Math.floor((g * 30 * DAY) / count)).toISOString();
        const id = `rem:gone-${g}:d1:0:0`;
        return store.put(JOBS_COLLECTION, id, {
          id,
          runAt: at,
          dueAt: at,
          payload: { kind: 'reminder', case: `gone-${g}`, deadline: 'd1', gen: 0, n: 0 },
          state: 'pending',
          attempts: 0,
        });
      }),
    );
  }
}

/** The cases, the 1,000 reminders due in the minute from `start` and the filler, seeded; the store closed. */
async function seed(kind: 'lowdb' | 'postgres', dir: string, schema: string, serviceUrl: string) {
  const store: Store = kind === 'postgres' ? await PostgresStore.open({ connectionString: PG_URL, schema }) : await LowdbStore.open(dir);
  const scheduler: Scheduler =
    store instanceof PostgresStore
      ? new PgBossScheduler({ clock: systemClock, store, bossSchema: `${schema}_boss`, pollMs: 0 })
      : new EmbeddedScheduler(store, { clock: systemClock, pollMs: 0 });
  const seeded = await seedCases(store, scheduler, DUE_N);
  const filler = TOTAL - seeded.length;
  await seedFiller(store, filler, Date.now());
  const start = Date.now() + LEAD_MS;
  const due = await seedDue(store, scheduler, seeded, start, serviceUrl);
  await store.close();
  return { due, filler, start };
}

async function measure(
  kind: 'lowdb' | 'postgres',
  auth: LocalBotAuth,
  connector: ReplyConnector,
  out: Record<string, number | string>,
): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), `sg-bench-rem-${kind}-`));
  const schema = `sg_bench_rem_${randomBytes(4).toString('hex')}`;
  try {
    const t0 = performance.now();
    // Seeded in a function of its own: its store (100,000 jobs cached, on lowdb) is not kept in this process while the
    // server is measured.
    const { due, filler, start } = await seed(kind, dir, schema, connector.url);
    out[`${kind}.seed_s`] = r2((performance.now() - t0) / 1000);
    out[`${kind}.pending_reminders`] = filler + due.length;

    // Arrivals per channel, matched in time order to that channel's due times.
    const arrivals = new Map<string, number[]>();
    connector.onPost = (conv, at) => arrivals.set(conv, [...(arrivals.get(conv) ?? []), at]);
    const spec = kind === 'postgres' ? { databaseUrl: PG_URL, schema, dataDir: dir } : { dataDir: dir };
    const f0 = performance.now();
    const app = await ServerChild.start({ kind: 'app', metadataUrl: auth.metadataUrl, ...spec }, `app-rem-${kind}`);
    try {
      out[`${kind}.startup_s`] = r2((performance.now() - f0) / 1000);
      const u0 = await app.usage();
      out[`${kind}.rss_after_start_mb`] = r2(u0.rss / 2 ** 20);
      // Nothing is due until `start`: CPU over that window (what the pollers cost), at least 5 s of it.
      const idleMs = start - Date.now() - 1000;
      if (idleMs >= 5000) {
        await new Promise((r) => setTimeout(r, 1000)); // start-up's last work settles
        const idleProfile = process.env.BENCH_WINDOW_PROFILE;
        if (idleProfile) await app.profileStart();
        const a = await app.usage();
        const w0 = performance.now();
        await new Promise((r) => setTimeout(r, idleMs - 1000));
        const b = await app.usage();
        if (idleProfile) await app.profileStop(path.join(idleProfile, `reminders-idle-${kind}-${Date.now()}.cpuprofile`));
        const secs = (performance.now() - w0) / 1000;
        out[`${kind}.idle_window_s`] = r2(secs);
        out[`${kind}.idle_cpu_ms_per_s`] = r2((b.cpuMs - a.cpuMs) / secs);
        // Where it went: the main thread (our code, and V8's GC work done on it) and each kind of helper thread.
        for (const [name, ms] of Object.entries(b.threads ?? {}))
          out[`${kind}.idle_cpu_ms_per_s.${name.trim().replace(/\s+/g, '_')}`] = r2((ms - (a.threads?.[name] ?? 0)) / secs);
        out[`${kind}.rss_idle_mb`] = r2(b.rss / 2 ** 20);
      } else out[`${kind}.idle_window_s`] = `start-up took past the window (${r2(idleMs / 1000)} s left)`;
      // Wait for every measured reminder (or 3 minutes past the minute).
      const windowProfile = process.env.BENCH_WINDOW_PROFILE;
      if (windowProfile) await app.profileStart();
      await app.fsProbe(true); // (not during the idle window: it costs CPU of its own)
      await app.usage(); // resets the server's event-loop delay and file-system readings
      const loopHere = monitorEventLoopDelay({ resolution: 10 });
      loopHere.enable();
      const deadline = start + 60_000 + 180_000;
      while ([...arrivals.values()].reduce((a, x) => a + x.length, 0) < due.length && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 250));
      loopHere.disable();
      // A long hold-up of either event loop while the reminders fell due (the server's, or this process's, which
      // timestamps the arrivals) shows as lateness.
      const after = await app.usage();
      await app.fsProbe(false);
      out[`${kind}.server_loop_delay_max_ms`] = r2(after.loopDelayMaxMs ?? NaN);
      out[`${kind}.server_fs_call_max_ms`] = r2(after.fsProbeMaxMs ?? NaN);
      out[`${kind}.bench_loop_delay_max_ms`] = r2(loopHere.max / 1e6);
      if (windowProfile) await app.profileStop(path.join(windowProfile, `reminders-${kind}-${Date.now()}.cpuprofile`));
      const late: number[] = [];
      const pairs: Array<[number, number]> = []; // [due, lateness] (BENCH_REMINDERS_DUMP=file writes them)
      const byChannel = new Map<string, number[]>();
      for (const d of due) byChannel.set(d.channel, [...(byChannel.get(d.channel) ?? []), d.at]);
      for (const [ch, times] of byChannel) {
        const got = [...(arrivals.get(ch) ?? [])].sort((a, b) => a - b);
        times.sort((a, b) => a - b).forEach((t, i) => {
          if (got[i] === undefined) return;
          late.push(got[i]! - t);
          pairs.push([t - start, got[i]! - t]);
        });
      }
      if (process.env.BENCH_REMINDERS_DUMP)
        await writeFile(`${process.env.BENCH_REMINDERS_DUMP}-${kind}.json`, JSON.stringify(pairs.sort((a, b) => a[0] - b[0])));
      out[`${kind}.due_in_the_minute`] = due.length;
      out[`${kind}.delivered`] = late.length;
      out[`${kind}.lateness_p50_ms`] = r2(pct(late, 0.5));
      out[`${kind}.lateness_p90_ms`] = r2(pct(late, 0.9));
      out[`${kind}.lateness_p99_ms`] = r2(pct(late, 0.99));
      out[`${kind}.late_over_1s`] = late.filter((x) => x > 1000).length;
      out[`${kind}.lateness_max_ms`] = r2(Math.max(0, ...late));
      out[`${kind}.rss_after_delivery_mb`] = r2((await app.usage()).rss / 2 ** 20);
    } finally {
      connector.onPost = undefined;
      await app.stop();
    }
  } catch (err) {
    out[`${kind}.error`] = (err as Error).message;
  } finally {
    await rm(dir, { recursive: true, force: true });
    if (kind === 'postgres') await dropSchemas([schema, `${schema}_boss`]).catch(() => {});
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = { pending: TOTAL, spread_days: 30, due_in_one_minute: DUE_N };
  const auth = await LocalBotAuth.start();
  const connector = await new ReplyConnector().start();
  try {
    for (const kind of (process.env.BENCH_STORES ?? 'lowdb,postgres').split(',') as Array<'lowdb' | 'postgres'>)
      await measure(kind, auth, connector, out);
  } finally {
    await connector.close();
    await auth.close();
  }
  return out;
}

export function table(f: Record<string, number | string>): string {
  const rows = ['lowdb', 'postgres']
    .filter((k) => f[`${k}.startup_s`] !== undefined || f[`${k}.error`] !== undefined)
    .map((k) => [
      k,
      f[`${k}.pending_reminders`] ?? '',
      f[`${k}.startup_s`] ?? f[`${k}.error`] ?? '',
      f[`${k}.rss_idle_mb`] ?? f[`${k}.rss_after_start_mb`] ?? '',
      f[`${k}.idle_cpu_ms_per_s`] ?? f[`${k}.idle_window_s`] ?? '',
      `${f[`${k}.delivered`] ?? ''} / ${f[`${k}.due_in_the_minute`] ?? ''}`,
      f[`${k}.lateness_p50_ms`] ?? '',
      f[`${k}.lateness_p99_ms`] ?? '',
    ]);
  return mdTable(
    [
      'store',
      'pending reminders',
      'start-up s',
      'RSS idle MB',
      'CPU idle ms/s',
      'delivered / due in one minute',
      'lateness p50 ms',
      'lateness p99 ms',
    ],
    rows,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const f = await run();
  console.log(table(f));
  console.log(JSON.stringify(f, null, 2));
}
