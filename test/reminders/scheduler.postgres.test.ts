import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { createScheduler } from '../../src/reminders/index.js';
import { EmbeddedScheduler } from '../../src/reminders/embedded.js';
import { PgBossScheduler } from '../../src/reminders/pgboss.js';
import { LowdbStore } from '../../src/store/lowdb.js';
import { MemoryStore } from '../../src/store/memory.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { assertPostgres, dropSchemas, newSchemaName, TEST_DATABASE_URL } from '../support/pg.js';
import { schedulerSuite, T0 } from './scheduler-suite.js';

beforeAll(() => assertPostgres());

// Each open() is a replica: its own PostgresStore pool and its own pg-boss connection.
schedulerSuite('PgBossScheduler on PostgreSQL', async () => {
  const schema = newSchemaName('sched');
  const bossSchema = `${schema}_boss`;
  const stores: PostgresStore[] = [];
  return {
    async open(clock, opts) {
      const store = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema, poolMax: 4 });
      stores.push(store);
      return new PgBossScheduler({ store, clock, bossSchema, ...opts });
    },
    childArgs: () => ['pg', TEST_DATABASE_URL, schema, bossSchema],
    async dispose() {
      for (const s of stores) await s.close();
      await dropSchemas(schema, bossSchema);
    },
  };
});

schedulerSuite('EmbeddedScheduler on PostgresStore', async () => {
  const schema = newSchemaName('emb');
  const stores: PostgresStore[] = [];
  return {
    async open(clock, opts) {
      const store = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema, poolMax: 4 });
      stores.push(store);
      return new EmbeddedScheduler(store, { clock, ...opts });
    },
    childArgs: () => ['pg-embedded', TEST_DATABASE_URL, schema],
    async dispose() {
      for (const s of stores) await s.close();
      await dropSchemas(schema);
    },
  };
});

describe('createScheduler', () => {
  it('picks pg-boss for a PostgresStore with DATABASE_URL, the embedded scheduler otherwise', async () => {
    const schema = newSchemaName('pick');
    const store = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
    const clock = new ManualClock(T0);
    try {
      const pgConfig = loadConfig({ DATABASE_URL: TEST_DATABASE_URL });
      const s = createScheduler({ config: pgConfig, store, clock, log: silentLogger, options: { pollMs: 0 } });
      expect(s).toBeInstanceOf(PgBossScheduler);
      const ran: string[] = [];
      await s.start(async (job) => void ran.push(job.id));
      await s.schedule({ id: 'x', runAt: T0, payload: {} });
      expect(await s.runDue()).toBe(1);
      expect(ran).toEqual(['x']);
      await s.stop();
      const e = createScheduler({ config: loadConfig({}), store: new MemoryStore(), clock, log: silentLogger });
      expect(e).toBeInstanceOf(EmbeddedScheduler);
    } finally {
      await store.close();
      await dropSchemas(schema, `${schema}_boss`);
    }
  });
});

// Real time here (systemClock): the wake timers are about when a job runs between two polls.
describe('waking for the next due job between polls', () => {
  for (const kind of ['PgBossScheduler', 'EmbeddedScheduler (exclusive, on lowdb)'] as const) {
    it(`${kind}: a job due sooner than the next poll runs when it falls due, not a poll interval later`, async () => {
      const schema = newSchemaName('wake');
      const dir = kind === 'PgBossScheduler' ? undefined : await mkdtemp(path.join(tmpdir(), 'sg-wake-'));
      const store = dir ? await LowdbStore.open(dir) : await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
      const s =
        store instanceof PostgresStore
          ? new PgBossScheduler({ store, clock: systemClock, bossSchema: `${schema}_boss`, pollMs: 60_000 })
          : new EmbeddedScheduler(store, { clock: systemClock, pollMs: 60_000, exclusive: true });
      try {
        const ran: Array<{ id: string; at: number }> = [];
        await s.start(async (job) => {
          if (job.id.startsWith('b')) await new Promise((r) => setTimeout(r, 30));
          ran.push({ id: job.id, at: Date.now() });
        });
        const due = Date.now() + 800;
        await s.schedule({ id: 'soon', runAt: new Date(due), payload: {} });
        await s.schedule({ id: 'later', runAt: new Date(due + 600), payload: {} });
        const deadline = Date.now() + 10_000;
        while (ran.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        expect(ran.map((r) => r.id)).toEqual(['soon', 'later']);
        expect(ran[0]!.at).toBeGreaterThanOrEqual(due);
        expect(ran[0]!.at - due).toBeLessThan(3_000); // the next poll was a minute away
        expect(ran[1]!.at).toBeGreaterThanOrEqual(due + 600);
        expect(ran[1]!.at - (due + 600)).toBeLessThan(3_000);
        // A burst: jobs falling due every 40 ms while earlier ones run (30 ms each), none left for the poll a minute away.
        const burst = Date.now() + 500;
        for (let i = 0; i < 30; i++) await s.schedule({ id: `b${i}`, runAt: new Date(burst + i * 40), payload: {} });
        const end = Date.now() + 15_000;
        while (ran.length < 32 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
        const burstRuns = ran.slice(2);
        expect(burstRuns).toHaveLength(30);
        for (const r of burstRuns) expect(r.at - (burst + Number(r.id.slice(1)) * 40)).toBeLessThan(3_000);
      } finally {
        await s.stop();
        await store.close();
        if (dir) await rm(dir, { recursive: true, force: true });
        else await dropSchemas(schema, `${schema}_boss`);
      }
    });
  }
});
