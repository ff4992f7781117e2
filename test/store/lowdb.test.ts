import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LowdbStore, fileNameFor } from '../../src/store/lowdb.js';
import { storeContract } from './contract.js';
import { spawnTsx } from '../support/child.js';

const tempDir = () => mkdtemp(path.join(tmpdir(), 'sg-lowdb-'));

storeContract(
  'LowdbStore',
  async () => {
    const dir = await tempDir();
    return { open: () => LowdbStore.open(dir), dispose: () => rm(dir, { recursive: true, force: true }) };
  },
  { persistent: true },
);

describe('LowdbStore on disk', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });

  it('writes one small file per key and an append-only JSON Lines file per log', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const store = await LowdbStore.open(dir);
    await store.put('cases', 'c1', { v: 1 });
    await store.put('cases', 'c2', { v: 2 });
    await store.delete('cases', 'c2');
    await store.append('audit', { caseId: 'c1' });
    await store.close();
    const files = await readdir(path.join(dir, 'collections', 'kcases'));
    expect(files).toEqual(['kc1.json']);
    expect(await readdir(path.join(dir, 'logs'))).toEqual(['kaudit.jsonl']);
  });

  it('keeps every acknowledged write when the process is killed with SIGKILL', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const child = spawnTsx('test/support/store-child.ts', ['lowdb', dir]);
    const acked: number[] = [];
    child.proc.stdout!.on('data', () => {});
    await child.waitFor((line) => {
      const m = /^acked (\d+)$/.exec(line);
      if (m) acked.push(Number(m[1]));
      return acked.length >= 60;
    });
    await child.kill();
    const store = await LowdbStore.open(dir);
    const counter = await store.get<{ n: number }>('counters', 'shared');
    const last = Math.max(...acked);
    // Every acknowledged increment is on disk; at most the in-flight ones beyond it too.
    expect(counter!.n).toBeGreaterThanOrEqual(last);
    for (const i of acked) expect(await store.get('items', `i${i}`)).toEqual({ i });
    expect((await store.get<{ n: number }>('conversations', 'teams:conv-1'))!.n).toBeGreaterThanOrEqual(last);
    for (const i of acked) expect(await store.get('conversations', `teams:conv-i${i}`)).toEqual({ i });
    const audit = await store.readLog('audit', { field: 'kind', equals: 'tick' });
    expect(audit.length).toBeGreaterThanOrEqual(last);
    expect(audit.slice(0, last).map((e) => e.i)).toEqual(Array.from({ length: last }, (_, k) => k + 1));
    await store.append('audit', { kind: 'tick', i: -1 });
    expect((await store.readLog('audit', { field: 'kind', equals: 'tick', limit: 1 }))[0]!.i).toBe(-1);
    await store.close();
  });
});

describe('LowdbStore writes', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });
  const fileOf = (dir: string, collection: string, key: string) =>
    path.join(dir, 'collections', fileNameFor(collection), fileNameFor(key) + '.json');
  /** The file's inode: every write (a temp file renamed into place) gives it a new one. */
  const inode = async (file: string) => (await stat(file)).ino;

  it('a write that changes nothing writes no file (and moves nothing to backup/); a change does', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const store = await LowdbStore.open(dir);
    await store.put('cases', 'c1', { v: 1, list: [1, 2] });
    await store.put('cases', 'c1', { v: 2, list: [1, 2] }); // v1 goes to backup/
    const file = fileOf(dir, 'cases', 'c1');
    const backup = path.join(dir, 'collections', fileNameFor('cases'), 'backup', fileNameFor('c1') + '.json');
    const ino = await inode(file);
    await store.put('cases', 'c1', { v: 2, list: [1, 2] });
    expect(await store.update<{ v: number }>('cases', 'c1', (c) => ({ ...c! }))).toEqual({ v: 2, list: [1, 2] });
    await store.update('cases', 'c1', (c) => c);
    expect(await inode(file)).toBe(ino);
    expect(JSON.parse(await readFile(backup, 'utf8')).value).toEqual({ v: 1, list: [1, 2] });
    await store.delete('cases', 'missing');
    await store.update('cases', 'missing', () => undefined);
    expect(await readdir(path.dirname(file))).toEqual(['backup', fileNameFor('c1') + '.json']);
    await store.put('cases', 'c1', { v: 3, list: [1, 2] });
    expect(await inode(file)).not.toBe(ino);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ key: 'c1', value: { v: 3, list: [1, 2] } });
    await store.close();
  });

  it('the same value is written again after its write failed (the file is behind the cache until then)', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const store = await LowdbStore.open(dir);
    await store.put('notes', 'n1', { v: 1 });
    const col = path.join(dir, 'collections', fileNameFor('notes'));
    // The collection's folder replaced by a plain file: every write into it fails.
    await rm(col, { recursive: true });
    await writeFile(col, 'not a folder');
    await expect(store.put('notes', 'n1', { v: 2 })).rejects.toThrow();
    await rm(col);
    await mkdir(col);
    await store.put('notes', 'n1', { v: 2 }); // same value as the cache now holds: written, not skipped
    expect(JSON.parse(await readFile(fileOf(dir, 'notes', 'n1'), 'utf8'))).toEqual({ key: 'n1', value: { v: 2 } });
    await store.put('notes', 'n1', { v: 2 });
    await store.close();
    const again = await LowdbStore.open(dir);
    expect(await again.get('notes', 'n1')).toEqual({ v: 2 });
    await again.close();
  });

  it('a write that changes nothing while a change is being written resolves only once that change is on disk', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const store = await LowdbStore.open(dir);
    await store.put('notes', 'n1', { v: 1 });
    const changing = store.put('notes', 'n1', { v: 2 });
    const same = store.put('notes', 'n1', { v: 2 });
    await same;
    expect(JSON.parse(await readFile(fileOf(dir, 'notes', 'n1'), 'utf8')).value).toEqual({ v: 2 });
    await changing;
    await store.close();
  });
});

describe('LowdbStore DATA_DIR lock', () => {
  it('refuses a DATA_DIR held by another live process and takes over one left by a killed process', async () => {
    const dir = await tempDir();
    try {
      const child = spawnTsx('test/support/store-child.ts', ['lowdb', dir]);
      await child.waitFor((l) => l.startsWith('acked '));
      await expect(LowdbStore.open(dir)).rejects.toThrow(/in use by process \d+/);
      await child.kill();
      const store = await LowdbStore.open(dir);
      expect(await store.get('items', 'i1')).toEqual({ i: 1 });
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('fileNameFor', () => {
  it('gives distinct, safe names even on a case-insensitive file system', () => {
    const keys = [
      'A',
      'a',
      '_a',
      'a_',
      '%41',
      'a/b',
      'a%2Fb',
      '..',
      '.',
      '',
      'Teams:19:AbC',
      'teams:19:abc',
      'x'.repeat(500),
      'x'.repeat(501),
      'ünï',
    ];
    const names = keys.map(fileNameFor);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(keys.length);
    for (const n of names) {
      expect(n).toMatch(/^[kh][A-Za-z0-9%_.!~'()-]*$/);
      expect(n.length).toBeLessThanOrEqual(181);
      expect(n).not.toMatch(/[/\\]/);
    }
  });
});
