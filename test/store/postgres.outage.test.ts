// PostgresStore when the server goes away, through a TCP proxy in front of the real PostgreSQL: open() with retry
// waits (logging the connection string with its password masked) until the server answers; a connection broken
// in the middle of a transaction fails that call (never an unhandled 'error' event), and the pool recovers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturingLog } from '../support/capturingLog.js';
import { PostgresStore, isConnectionError, maskConnectionString } from '../../src/store/postgres.js';
import { TEST_DATABASE_URL, assertPostgres, dropSchemas, newSchemaName } from '../support/pg.js';
import { TcpProxy } from '../support/tcpProxy.js';

const PASSWORD = 'store-test-pw-9d2e';
const target = (() => {
  const u = new URL(TEST_DATABASE_URL);
  return { host: u.hostname, port: Number(u.port || 5432) };
})();
const via = (p: TcpProxy) => {
  const u = new URL(TEST_DATABASE_URL);
  u.host = `127.0.0.1:${p.port}`;
  u.username ||= 'postgres';
  u.password = PASSWORD;
  return u.toString();
};

const schemas: string[] = [];
const proxies: TcpProxy[] = [];
beforeAll(() => assertPostgres());
afterAll(async () => {
  for (const p of proxies) await p.cut();
  await dropSchemas(...schemas);
});

async function proxy(): Promise<TcpProxy> {
  const p = await TcpProxy.create(target);
  proxies.push(p);
  return p;
}

describe('maskConnectionString', () => {
  it('replaces the password (in the URL or a parameter) with ***', () => {
    expect(maskConnectionString('postgres://user:s3cr%40t@db.example:5432/app')).toBe('postgres://user:***@db.example:5432/app');
    expect(maskConnectionString('postgresql://user@db/app')).toBe('postgresql://user@db/app');
    expect(maskConnectionString('postgres://u:p@h/db?sslmode=require&password=x')).toBe(
      'postgres://u:***@h/db?sslmode=require&password=***',
    );
  });
});

describe('isConnectionError', () => {
  it('is true for a refused, broken or not-yet-ready server, false for a statement error', () => {
    expect(isConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
    expect(isConnectionError(new Error('boom'))).toBe(false);
  });
});

describe('PostgresStore.open with retry', () => {
  it('logs the unreachable connection string (password masked), backs off, and connects once the server is reachable', async () => {
    const p = await proxy(); // not listening yet
    const schema = newSchemaName('retry');
    schemas.push(schema);
    const { log, lines, text } = capturingLog();
    const opening = PostgresStore.open({ connectionString: via(p), schema, log, retry: { firstDelayMs: 100, maxDelayMs: 400 } });
    const tries = () => lines().filter((l) => l.env === 'DATABASE_URL' && typeof l.retryInMs === 'number');
    for (let i = 0; i < 200 && tries().length < 4; i++) await new Promise((r) => setTimeout(r, 25));
    expect(tries().map((l) => l.retryInMs)).toEqual([100, 200, 400, 400]);
    const masked = maskConnectionString(via(p));
    expect(masked).toContain(':***@');
    for (const l of tries()) expect(l).toMatchObject({ level: 50, url: masked });
    expect(String(tries()[0]!.msg)).toContain(`DATABASE_URL (${masked})`);
    await p.up();
    const store = await opening;
    await store.put('c', 'k', { v: 1 });
    expect(await store.get('c', 'k')).toEqual({ v: 1 });
    expect(text()).not.toContain(PASSWORD);
    await store.close();
  });

  it('without retry, an unreachable server fails at once', async () => {
    const p = await proxy();
    await expect(PostgresStore.open({ connectionString: via(p) })).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('PostgresStore when the connection breaks', () => {
  it('fails the transaction in progress (no unhandled error), and works again once the server is back', async () => {
    const p = await proxy();
    await p.up();
    const schema = newSchemaName('cut');
    schemas.push(schema);
    const { log, text } = capturingLog();
    const store = await PostgresStore.open({ connectionString: via(p), schema, log, poolMax: 2 });
    await store.put('c', 'k', { v: 1 });
    const inFlight = store.transaction(async (c) => {
      await c.query('SELECT 1');
      await p.cut(); // the connection breaks between two statements of the transaction
      await new Promise((r) => setTimeout(r, 200));
      await c.query('SELECT 2');
    });
    await expect(inFlight).rejects.toThrow();
    await expect(store.get('c', 'k')).rejects.toSatisfy(isConnectionError);
    await p.up();
    expect(await store.get('c', 'k')).toEqual({ v: 1 });
    await store.update<{ v: number }>('c', 'k', (cur) => ({ v: cur!.v + 1 }));
    expect(await store.get('c', 'k')).toEqual({ v: 2 });
    expect(text()).toMatch(/connection lost while in use|idle client error/);
    await store.close();
  });
});
