import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { createStore } from '../../src/store/index.js';
import { LowdbStore } from '../../src/store/lowdb.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { dropSchemas, newSchemaName, TEST_DATABASE_URL } from '../support/pg.js';

describe('createStore', () => {
  it('uses LowdbStore in DATA_DIR (created) when DATABASE_URL is not set', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'sg-create-'));
    const dataDir = path.join(base, 'nested', 'data');
    try {
      const store = await createStore(loadConfig({ DATA_DIR: dataDir }), silentLogger);
      expect(store).toBeInstanceOf(LowdbStore);
      await store.put('c', 'k', { v: 1 });
      await store.close();
      expect((await stat(path.join(dataDir, 'collections'))).isDirectory()).toBe(true);
      const again = await createStore(loadConfig({ DATA_DIR: dataDir }), silentLogger);
      expect(await again.get('c', 'k')).toEqual({ v: 1 });
      await again.close();
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });

  it('uses PostgresStore when DATABASE_URL is set (schema chosen through the URL search_path)', async () => {
    const schema = newSchemaName('create');
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await admin.end();
    try {
      const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      const store = await createStore(loadConfig({ DATABASE_URL: url }), silentLogger);
      expect(store).toBeInstanceOf(PostgresStore);
      await store.put('c', 'k', { v: 2 });
      expect(await store.get('c', 'k')).toEqual({ v: 2 });
      await store.close();
      const check = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await check.connect();
      const { rows } = await check.query(`SELECT count(*)::int AS n FROM "${schema}".documents`);
      await check.end();
      expect(rows[0].n).toBe(1);
    } finally {
      await dropSchemas(schema);
    }
  });
});
