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
