// LowdbStore's journal collections (src/store/lowdb/journal.ts): the collections written on every turn (the
// conversations' state, each person's open flows) are one append-only file each, on a real DATA_DIR. What is written is
// read back after a restart; concurrent changes go out together (fewer writes than changes, one line each);
// a DATA_DIR written by the version with a file per key is moved into the journal once; a torn last line is dropped;
// an unreadable line is logged and the journal as it was kept in quarantine/; compaction keeps it small.
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { capturingLog } from '../support/capturingLog.js';
import { LowdbStore, fileNameFor } from '../../src/store/lowdb.js';
import { JOURNALS_DIR, Journal } from '../../src/store/lowdb/journal.js';
import { silentLogger } from '../../src/logger.js';
import { CONVERSATIONS, USER_FLOWS } from '../../src/conversation/userFlows.js';

const dirs: string[] = [];
const tempDir = async () => {
  const d = await mkdtemp(path.join(tmpdir(), 'sg-lowdb-journal-'));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

const journalFile = (dir: string, collection: string) => path.join(dir, JOURNALS_DIR, fileNameFor(collection) + '.jsonl');
const lines = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter(Boolean);
const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

describe('LowdbStore journal collections', () => {
  it('are one file each, read back after a restart, with deletes kept deleted', async () => {
    const dir = await tempDir();
    let store = await LowdbStore.open(dir);
    await store.put(CONVERSATIONS, 'teams:a', { seq: 1 });
    await store.update<{ seq: number }>(CONVERSATIONS, 'teams:a', (c) => ({ seq: c!.seq + 1 }));
    await store.put(CONVERSATIONS, 'teams:b', { seq: 1 });
    await store.delete(CONVERSATIONS, 'teams:b');
    await store.put(USER_FLOWS, 'teams:u1', { flows: {} });
    await store.put('cases', 'c1', { v: 1 });
    await store.close();
    // No folder of key files for the journal collections; the cases keep theirs.
    const keyDirs = await readdir(path.join(dir, 'collections'));
    expect(keyDirs).toContain(fileNameFor('cases'));
    expect(keyDirs).not.toContain(fileNameFor(CONVERSATIONS));
    expect(keyDirs).not.toContain(fileNameFor(USER_FLOWS));
    expect((await readdir(path.join(dir, JOURNALS_DIR))).sort()).toEqual(
      [fileNameFor(CONVERSATIONS) + '.jsonl', fileNameFor(USER_FLOWS) + '.jsonl'].sort(),
    );
    store = await LowdbStore.open(dir);
    expect(await store.get(CONVERSATIONS, 'teams:a')).toEqual({ seq: 2 });
    expect(await store.get(CONVERSATIONS, 'teams:b')).toBeUndefined();
    expect(await store.list(CONVERSATIONS)).toEqual([{ key: 'teams:a', value: { seq: 2 } }]);
    expect(await store.get(USER_FLOWS, 'teams:u1')).toEqual({ flows: {} });
    await store.close();
  });

  it('writes 500 concurrent changes of 200 conversations in fewer writes than changes, and loses none', async () => {
    const dir = await tempDir();
    const store = await LowdbStore.open(dir);
    await store.put(CONVERSATIONS, 'warm', { seq: 0 });
    const before = (await lines(journalFile(dir, CONVERSATIONS))).length;
    const sizeBefore = (await stat(journalFile(dir, CONVERSATIONS))).size;
    await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        store.update<{ seq: number }>(CONVERSATIONS, `teams:c${i % 200}`, (c) => ({ seq: (c?.seq ?? 0) + 1 })),
      ),
    );
    // One line per change (the journal), each written once.
    const after = await lines(journalFile(dir, CONVERSATIONS));
    expect(after.length - before).toBe(500);
    expect((await stat(journalFile(dir, CONVERSATIONS))).size).toBeGreaterThan(sizeBefore);
    await store.close();
    const again = await LowdbStore.open(dir);
    for (let c = 0; c < 200; c++) expect((await again.get<{ seq: number }>(CONVERSATIONS, `teams:c${c}`))!.seq).toBe(c < 100 ? 3 : 2);
    await again.close();
  });

  it('changes made while a write runs go out together in the next write', async () => {
    const dir = await tempDir();
    const j = await Journal.open(dir, CONVERSATIONS, silentLogger, async () => new Map());
    await Promise.all(Array.from({ length: 500 }, (_, i) => j.change(`teams:c${i}`, JSON.stringify({ seq: i }))));
    expect(j.writes).toBeGreaterThan(0);
    expect(j.writes).toBeLessThan(50);
    expect((await lines(j.file)).length).toBe(501);
    await j.close();
  });

  it('a change to the value it already has writes no line', async () => {
    const dir = await tempDir();
    const store = await LowdbStore.open(dir);
    await store.put(CONVERSATIONS, 'teams:a', { seq: 1 });
    const n = (await lines(journalFile(dir, CONVERSATIONS))).length;
    await store.put(CONVERSATIONS, 'teams:a', { seq: 1 });
    await store.update(CONVERSATIONS, 'teams:a', (c) => c);
    expect((await lines(journalFile(dir, CONVERSATIONS))).length).toBe(n);
    await store.close();
  });

  it('moves the key files of a DATA_DIR written with a file per key into the journal, once', async () => {
    const dir = await tempDir();
    // The layout before journals: the same store with no journal collections.
    const old = await LowdbStore.open(dir, { journalCollections: [] });
    await old.put(CONVERSATIONS, 'teams:a', { seq: 7 });
    await old.put(CONVERSATIONS, 'slack:T1:C1:U1', { seq: 3 });
    await old.close();
    const keyDir = path.join(dir, 'collections', fileNameFor(CONVERSATIONS));
    expect((await readdir(keyDir)).length).toBe(2);
    const { log, lines: logged } = capturingLog();
    let store = await LowdbStore.open(dir, { log });
    expect(await store.get(CONVERSATIONS, 'teams:a')).toEqual({ seq: 7 });
    expect(await store.get(CONVERSATIONS, 'slack:T1:C1:U1')).toEqual({ seq: 3 });
    expect(await exists(keyDir)).toBe(false);
    expect(logged().some((l) => l.msg === 'lowdb: key files moved into the journal' && l.keys === 2)).toBe(true);
    await store.delete(CONVERSATIONS, 'teams:a');
    await store.close();
    // A key file left behind (a crash between writing the journal and removing the files) is never read again.
    await mkdir(keyDir, { recursive: true });
    await writeFile(path.join(keyDir, fileNameFor('teams:a') + '.json'), JSON.stringify({ key: 'teams:a', value: { seq: 7 } }));
    store = await LowdbStore.open(dir);
    expect(await store.get(CONVERSATIONS, 'teams:a')).toBeUndefined();
    expect(await exists(keyDir)).toBe(false);
    await store.close();
  });

  it('drops a torn last line (killed mid-write) and keeps every line before it', async () => {
    const dir = await tempDir();
    let store = await LowdbStore.open(dir);
    await store.put(CONVERSATIONS, 'teams:a', { seq: 1 });
    await store.put(CONVERSATIONS, 'teams:a', { seq: 2 });
    await store.close();
    const file = journalFile(dir, CONVERSATIONS);
    await writeFile(file, (await readFile(file, 'utf8')) + '{"k":"teams:a","v":{"se');
    const { log, lines: logged } = capturingLog();
    store = await LowdbStore.open(dir, { log });
    expect(await store.get(CONVERSATIONS, 'teams:a')).toEqual({ seq: 2 });
    expect(logged().some((l) => String(l.msg).includes('torn last journal line'))).toBe(true);
    // Rewritten whole: the next change is a line of its own, and reads back.
    await store.put(CONVERSATIONS, 'teams:a', { seq: 3 });
    await store.close();
    for (const l of await lines(file)) expect(() => JSON.parse(l)).not.toThrow();
    store = await LowdbStore.open(dir);
    expect(await store.get(CONVERSATIONS, 'teams:a')).toEqual({ seq: 3 });
    await store.close();
  });

  it('logs an unreadable line in the middle, keeps the journal as it was in quarantine/, and the key keeps its earlier value', async () => {
    const dir = await tempDir();
    let store = await LowdbStore.open(dir);
    await store.put(CONVERSATIONS, 'teams:a', { seq: 1 });
    await store.put(CONVERSATIONS, 'teams:b', { seq: 1 });
    await store.close();
    const file = journalFile(dir, CONVERSATIONS);
    const text = await readFile(file, 'utf8');
    const damaged = text + '{"k":"teams:a","v":{"seq":2}\n' + '{"k":"teams:b","v":{"seq":2}}\n';
    await writeFile(file, damaged);
    const { log, lines: logged } = capturingLog();
    store = await LowdbStore.open(dir, { log });
    expect(await store.get(CONVERSATIONS, 'teams:a')).toEqual({ seq: 1 });
    expect(await store.get(CONVERSATIONS, 'teams:b')).toEqual({ seq: 2 });
    expect(logged().some((l) => l.level === 50 && String(l.msg).includes('journal line cannot be read'))).toBe(true);
    const kept = await readdir(path.join(dir, JOURNALS_DIR, 'quarantine'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(dir, JOURNALS_DIR, 'quarantine', kept[0]!), 'utf8')).toBe(damaged);
    await store.close();
  });

  it('a journal that cannot be read at all stops the store opening, naming it', async () => {
    const dir = await tempDir();
    await mkdir(journalFile(dir, CONVERSATIONS), { recursive: true }); // a folder where the file should be
    await expect(LowdbStore.open(dir)).rejects.toThrow(`DATA_DIR file ${journalFile(dir, CONVERSATIONS)} is corrupt: it cannot be read (`);
    // The lock was given back: once the folder is moved away, the store opens.
    await rm(journalFile(dir, CONVERSATIONS), { recursive: true });
    const store = await LowdbStore.open(dir);
    expect(await store.list(CONVERSATIONS)).toEqual([]);
    await store.close();
  });

  it('is compacted as it grows: one key changed 5,000 times leaves a short file with the last value', async () => {
    const dir = await tempDir();
    const store = await LowdbStore.open(dir);
    for (let i = 1; i <= 5_000; i++) await store.put(CONVERSATIONS, 'teams:a', { seq: i });
    await store.put(CONVERSATIONS, 'teams:b', { seq: 1 });
    await store.close();
    expect((await lines(journalFile(dir, CONVERSATIONS))).length).toBeLessThan(2_100);
    const again = await LowdbStore.open(dir);
    expect(await again.get(CONVERSATIONS, 'teams:a')).toEqual({ seq: 5_000 });
    expect(await again.get(CONVERSATIONS, 'teams:b')).toEqual({ seq: 1 });
    await again.close();
  });
});
