import { describe, expect, it, beforeAll } from 'vitest';
import pg from 'pg';
import { PostgresStore } from '../../src/store/postgres.js';
import { assertPostgres, dropSchemas, newSchemaName, TEST_DATABASE_URL } from '../support/pg.js';
import { storeContract } from './contract.js';

beforeAll(() => assertPostgres());

storeContract(
  'PostgresStore',
  async () => {
    const schema = newSchemaName('store');
    return {
      open: () => PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema }),
      dispose: () => dropSchemas(schema),
    };
  },
  { persistent: true },
);

describe('PostgresStore across replicas', () => {
  it('two replicas starting at once apply each migration once', async () => {
    const schema = newSchemaName('mig');
    try {
      const [a, b, c] = await Promise.all([1, 2, 3].map(() => PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema })));
      const { rows } = await a!.pool.query('SELECT id FROM migrations ORDER BY id');
      expect(rows.map((r) => r.id)).toEqual([1, 2, 3]);
      await Promise.all([a!.close(), b!.close(), c!.close()]);
    } finally {
      await dropSchemas(schema);
    }
  });

  it('two replicas updating one key concurrently never lose a write', async () => {
    const schema = newSchemaName('rep');
    const a = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
    const b = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
    try {
      const inc = (s: PostgresStore) => s.update<{ n: number; by: string[] }>('c', 'k', (cur) => ({ n: (cur?.n ?? 0) + 1, by: [] }));
      await Promise.all(Array.from({ length: 100 }, (_, i) => inc(i % 2 ? a : b)));
      expect(await a.get('c', 'k')).toMatchObject({ n: 100 });
    } finally {
      await a.close();
      await b.close();
      await dropSchemas(schema);
    }
  });

  it('two replicas updating one conversation (an optimistic collection) never lose a write, interleaved or concurrent', async () => {
    const schema = newSchemaName('opt');
    const a = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
    const b = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
    try {
      const inc = (s: PostgresStore) => s.update<{ n: number }>('conversations', 'teams:c1', (cur) => ({ n: (cur?.n ?? 0) + 1 }));
      // Interleaved: each replica's remembered version is stale every other time, so it must take the locked path.
      for (let i = 0; i < 20; i++) await inc(i % 3 ? a : b);
      expect(await a.get('conversations', 'teams:c1')).toEqual({ n: 20 });
      await Promise.all(Array.from({ length: 200 }, (_, i) => inc(i % 2 ? a : b)));
      expect(await b.get('conversations', 'teams:c1')).toEqual({ n: 220 });
      // A put or a delete by the other replica is seen too.
      await a.update('conversations', 'teams:c1', (cur) => cur);
      await b.put('conversations', 'teams:c1', { n: 1000 });
      expect(await inc(a)).toEqual({ n: 1001 });
      await b.delete('conversations', 'teams:c1');
      expect(await inc(a)).toEqual({ n: 1 });
    } finally {
      await a.close();
      await b.close();
      await dropSchemas(schema);
    }
  });

  it('a conversation updated again by the same replica is one statement, without a transaction', async () => {
    const schema = newSchemaName('one');
    const s = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
    try {
      await s.update<{ n: number }>('conversations', 'teams:c1', () => ({ n: 1 }));
      const queries: string[] = [];
      const query = s.pool.query.bind(s.pool);
      const connect = s.pool.connect.bind(s.pool);
      let checkouts = 0;
      (s.pool as unknown as { query: unknown }).query = (text: string, values?: unknown[]) => (queries.push(text), query(text, values));
      // pool.query checks a client out with a callback, for one statement; withClient (a transaction) without one.
      (s.pool as unknown as { connect: unknown }).connect = (...args: []) => (args.length === 0 && checkouts++, connect(...args));
      for (let i = 2; i <= 5; i++)
        expect(await s.update<{ n: number }>('conversations', 'teams:c1', (c) => ({ n: c!.n + 1 }))).toEqual({ n: i });
      expect(queries).toHaveLength(4);
      expect(queries.every((q) => q.startsWith('UPDATE documents'))).toBe(true);
      expect(checkouts).toBe(0);
      // A collection that is not optimistic keeps the locked path (a client checked out, BEGIN ... COMMIT).
      await s.update<{ n: number }>('cases', 'c1', () => ({ n: 1 }));
      expect(checkouts).toBe(1);
    } finally {
      await s.close();
      await dropSchemas(schema);
    }
  });

  it('concurrent updates of many conversations go out together, each row checked against its own version', async () => {
    const schema = newSchemaName('grp');
    const a = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
    const b = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
    try {
      const keys = Array.from({ length: 60 }, (_, i) => `teams:c${i}`);
      const inc = (s: PostgresStore, key: string) => s.update<{ n: number }>('conversations', key, (cur) => ({ n: (cur?.n ?? 0) + 1 }));
      for (const key of keys) await inc(a, key);
      // Another replica writes every third conversation: a's remembered versions of those are stale.
      for (const key of keys.filter((_, i) => i % 3 === 0)) await b.put('conversations', key, { n: 100 });
      const statements: string[] = [];
      const query = a.pool.query.bind(a.pool);
      (a.pool as unknown as { query: unknown }).query = (text: string, values?: unknown[]) => (statements.push(text), query(text, values));
      const results = await Promise.all(keys.map((key) => inc(a, key)));
      expect(results).toEqual(keys.map((_, i) => ({ n: i % 3 === 0 ? 101 : 2 })));
      for (const [i, key] of keys.entries()) expect(await b.get('conversations', key)).toEqual({ n: i % 3 === 0 ? 101 : 2 });
      // 60 optimistic writes in far fewer statements; the 20 stale rows then took the locked path (a client each).
      const optimistic = statements.filter((q) => q.startsWith('UPDATE documents'));
      expect(optimistic.length).toBeLessThan(10);
      expect(optimistic.some((q) => q.includes('unnest('))).toBe(true);
      // And the next round is optimistic for all 60 again.
      statements.length = 0;
      await Promise.all(keys.map((key) => inc(a, key)));
      expect(statements.length).toBeLessThan(10);
      expect(await b.get('conversations', 'teams:c0')).toEqual({ n: 102 });
    } finally {
      await a.close();
      await b.close();
      await dropSchemas(schema);
    }
  });

  it('logs are append-only in the database', async () => {
    const schema = newSchemaName('log');
    const s = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
    try {
      await s.append('audit', { caseId: 'c1' });
      await expect(s.pool.query(`UPDATE logs SET entry = '{}'::jsonb`)).rejects.toThrow(/append-only/);
    } finally {
      await s.close();
      await dropSchemas(schema);
    }
  });

  it('uses its own schema only', async () => {
    const schema = newSchemaName('iso');
    const s = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
    try {
      await s.put('c', 'k', { v: 1 });
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      const { rows } = await client.query(`SELECT value FROM "${schema}".documents`);
      await client.end();
      expect(rows).toEqual([{ value: { v: 1 } }]);
    } finally {
      await s.close();
      await dropSchemas(schema);
    }
  });
});
