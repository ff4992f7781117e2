import { beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { createScheduler } from '../../src/reminders/index.js';
import { EmbeddedScheduler } from '../../src/reminders/embedded.js';
import { PgBossScheduler } from '../../src/reminders/pgboss.js';
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
