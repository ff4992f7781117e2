// Store growth (issue 14): turn latency and case-update latency with 10, 1,000 and 10,000 cases, on lowdb and on
// PostgreSQL. In process (the engine, the flows and the case module over the store; no HTTP, so the store is what
// varies). The cases beyond the first are copies of a real one (opened and given an event through the engine) under
// their own keys, references and channels. Measured at each size: a decision-tree step ("no"/"back" in a referral),
// the case card in a case channel (`case`: channel -> case lookup and render), and a case update (an event recorded on
// one of the cases: its deadlines, reminder jobs, audit). Target: p50 at 10,000 <= 1.5x p50 at 10.
// Every measured case update is the same work at every size: the case is first put back as the model (not timed), then
// an event at a time of its own is recorded on it. (Until 2026-12-03 the same event was recorded again on the same
// cases: with 10 cases, 90 of the 100 updates repeated an event already there and changed nothing, with 10,000 each
// was new, so the sizes were not doing the same thing.)
// `npm run bench -- growth`.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Engine } from '../src/conversation/engine.js';
import type { Turn } from '../src/conversation/model.js';
import { systemClock } from '../src/clock.js';
import { silentLogger } from '../src/logger.js';
import { loadConfig } from '../src/config.js';
import { createCaseModule } from '../src/cases/index.js';
import { CASES, CHANNEL_LINKS, channelKey, type CaseRecord } from '../src/cases/records.js';
import { EmbeddedScheduler } from '../src/reminders/embedded.js';
import { PgBossScheduler } from '../src/reminders/pgboss.js';
import { allFlows } from '../dialogs/index.js';
import { buildFlowDeps } from '../src/content/index.js';
import { LowdbStore } from '../src/store/lowdb.js';
import { PostgresStore } from '../src/store/postgres.js';
import type { Store } from '../src/store/store.js';
import { PG_URL, dropSchemas, mdTable, pct, r2 } from './rig.js';

const SIZES = (process.env.BENCH_GROWTH_SIZES ?? '10,1000,10000').split(',').map(Number);
const TURNS = 200;
const UPDATES = 100;
const chan = (i: number) => `19:growth-${i}@thread.tacv2`;

async function timed(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    ms.push(performance.now() - t0);
  }
  return ms;
}

async function measure(kind: 'lowdb' | 'postgres', out: Record<string, number | string>): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), `sg-bench-growth-${kind}-`));
  const schema = `sg_bench_growth_${randomBytes(4).toString('hex')}`;
  let store: Store | undefined;
  let stop = async () => {};
  try {
    store = kind === 'postgres' ? await PostgresStore.open({ connectionString: PG_URL, schema }) : await LowdbStore.open(dir);
    const scheduler =
      store instanceof PostgresStore
        ? new PgBossScheduler({ clock: systemClock, store, bossSchema: `${schema}_boss`, pollMs: 0 })
        : new EmbeddedScheduler(store, { clock: systemClock, pollMs: 0, exclusive: true });
    const config = loadConfig({ NODE_ENV: 'test' });
    const cases = createCaseModule({ store, clock: systemClock, log: silentLogger, config, deps: {}, scheduler });
    const engine = new Engine({ store, clock: systemClock, log: silentLogger, deps: buildFlowDeps(config) }, allFlows, cases.handlers);
    if (store instanceof PostgresStore) await scheduler.start(async () => {}); // pg-boss up (polling off)
    stop = () => scheduler.stop();
    const turn = (conversationId: string, text: string, shared = true): Turn => ({
      platform: 'teams',
      conversationId,
      userId: 'u-growth',
      userName: 'Growth',
      shared,
      input: { kind: 'text', text },
    });
    const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
    await engine.handle(turn(chan(0), 'case open GROWTH-100000'));
    await engine.handle(turn(chan(0), `case event looked-after ${when}`));
    const model = (await store.list<CaseRecord>(CASES))[0]!.value;
    let have = 1;
    const s = store;
    const caseKey = (i: number) => (i === 0 ? model.key : `growth-${i}`);
    const copyOf = (i: number): CaseRecord =>
      i === 0 ? model : { ...model, key: caseKey(i), ref: `GROWTH-${100_000 + i}`, channels: [{ ...model.channels[0]!, conversationId: chan(i) }] };
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString().slice(0, 16).replace('T', ' ');
    for (const size of SIZES) {
      // Grow to `size` cases: copies of the model under their own key, reference and channel.
      for (; have < size;) {
        const batch = Array.from({ length: Math.min(200, size - have) }, (_, k) => have + k);
        await Promise.all(
          batch.map(async (i) => {
            const c = copyOf(i);
            await s.put(CASES, c.key, c);
            await s.put(CHANNEL_LINKS, channelKey(c.channels[0]!), { case: c.key });
          }),
        );
        have += batch.length;
      }
      const k = `${kind}.c${size}`;
      const measureAt = async (label: string, turns: number, updates: number) => {
        const walker = `a:growth-walker-${label}`;
        await engine.handle(turn(walker, 'refer', false));
        const step = await timed(turns, (i) => engine.handle(turn(walker, i % 2 ? 'back' : 'no', false)));
        const card = await timed(turns, (i) => engine.handle(turn(chan((i * 7919) % size), 'case')));
        const update: number[] = [];
        for (let i = 0; i < updates; i++) {
          const j = (i * 104_729) % size;
          await s.put(CASES, caseKey(j), copyOf(j)); // as the model again: the same work at every size
          const at = minutesAgo(updates - i);
          update.push(...(await timed(1, () => engine.handle(turn(chan(j), `case event arrived-in-borough ${at}`)))));
        }
        return { step, card, update };
      };
      // Warmed up first (not counted): otherwise the first size also pays for compiling the code it runs.
      if (size === SIZES[0]) await measureAt(`${size}-warm-up`, 40, 20);
      const { step, card, update } = await measureAt(String(size), TURNS, UPDATES);
      out[`${k}.turn_step_p50_ms`] = r2(pct(step, 0.5));
      out[`${k}.turn_step_p99_ms`] = r2(pct(step, 0.99));
      out[`${k}.case_card_p50_ms`] = r2(pct(card, 0.5));
      out[`${k}.case_card_p99_ms`] = r2(pct(card, 0.99));
      out[`${k}.case_update_p50_ms`] = r2(pct(update, 0.5));
      out[`${k}.case_update_p99_ms`] = r2(pct(update, 0.99));
    }
    const [lo, hi] = [SIZES[0], SIZES[SIZES.length - 1]];
    for (const m of ['turn_step', 'case_card', 'case_update'])
      out[`${kind}.${m}.p50_ratio_${hi}_to_${lo}`] = r2(
        Number(out[`${kind}.c${hi}.${m}_p50_ms`]) / Number(out[`${kind}.c${lo}.${m}_p50_ms`]),
      );
  } catch (err) {
    out[`${kind}.error`] = (err as Error).stack ?? String(err);
  } finally {
    await stop().catch(() => {});
    await store?.close().catch(() => {});
    await rm(dir, { recursive: true, force: true });
    if (kind === 'postgres') await dropSchemas([schema, `${schema}_boss`]).catch(() => {});
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = { sizes: SIZES.join('/'), turns: TURNS, updates: UPDATES };
  for (const kind of (process.env.BENCH_STORES ?? 'lowdb,postgres').split(',') as Array<'lowdb' | 'postgres'>) await measure(kind, out);
  return out;
}

export function table(f: Record<string, number | string>): string {
  const rows: Array<Array<string | number>> = [];
  for (const kind of ['lowdb', 'postgres'])
    for (const size of SIZES) {
      const k = `${kind}.c${size}`;
      if (f[`${k}.turn_step_p50_ms`] === undefined) continue;
      const pair = (m: string) => `${f[`${k}.${m}_p50_ms`]} / ${f[`${k}.${m}_p99_ms`]}`;
      rows.push([kind, size, pair('turn_step'), pair('case_card'), pair('case_update')]);
    }
  for (const kind of ['lowdb', 'postgres']) {
    const hi = SIZES[SIZES.length - 1];
    const lo = SIZES[0];
    const r = (m: string) => `${f[`${kind}.${m}.p50_ratio_${hi}_to_${lo}`]}×`;
    if (f[`${kind}.turn_step.p50_ratio_${hi}_to_${lo}`] !== undefined)
      rows.push([kind, `p50 ${hi} / ${lo}`, r('turn_step'), r('case_card'), r('case_update')]);
  }
  return mdTable(['store', 'cases', 'step turn p50 / p99 ms', 'case card p50 / p99 ms', 'case update p50 / p99 ms'], rows);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const f = await run();
  console.log(table(f));
  console.log(JSON.stringify(f, null, 2));
}
