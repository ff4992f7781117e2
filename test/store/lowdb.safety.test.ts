// "The store never silently drops or overwrites a case": LowdbStore on a real DATA_DIR with damaged files.
// An unreadable key file is moved to quarantine/ (never over an earlier one), logged with its path (and its backup's),
// and its key refuses every read and write, in this run and the next; a strict collection (the scheduler's jobs) and
// a damaged lock refuse to open, naming the file; the cases collection keeps the last good version in backup/.
import { copyFile, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { capturingLog } from '../support/capturingLog.js';
import { LowdbStore, fileNameFor, keyForFileName } from '../../src/store/lowdb.js';
import { CorruptStoreFileError, UnreadableRecordError } from '../../src/store/store.js';
import { EmbeddedScheduler, JOBS_COLLECTION } from '../../src/reminders/embedded.js';
import { ManualClock } from '../../src/clock.js';

const dirs: string[] = [];
const tempDir = async () => {
  const d = await mkdtemp(path.join(tmpdir(), 'sg-lowdb-safety-'));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

const colDir = (dataDir: string, collection: string) => path.join(dataDir, 'collections', fileNameFor(collection));
const keyFile = (dataDir: string, collection: string, key: string) => path.join(colDir(dataDir, collection), fileNameFor(key) + '.json');
const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

/** Cuts a file short, as a torn write or a full disk leaves it. */
async function truncate(file: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.slice(0, Math.floor(text.length / 2)));
}

describe('LowdbStore: an unreadable case file', () => {
  it('is moved to quarantine/ when the store opens, logged with its path and its backup, and its key refuses reads and writes', async () => {
    const dir = await tempDir();
    let store = await LowdbStore.open(dir);
    await store.put('cases', 'sg-2026-0147', { ref: 'SG-2026-0147', v: 1 });
    await store.put('cases', 'sg-2026-0147', { ref: 'SG-2026-0147', v: 2 }); // v1 goes to backup/
    await store.put('cases', 'sg-2026-0148', { ref: 'SG-2026-0148', v: 1 });
    await store.close();
    const file = keyFile(dir, 'cases', 'sg-2026-0147');
    await truncate(file);
    const damaged = await readFile(file, 'utf8');

    const { log, lines } = capturingLog();
    store = await LowdbStore.open(dir, { log });
    const qfile = path.join(colDir(dir, 'cases'), 'quarantine', fileNameFor('sg-2026-0147') + '.json');
    expect(await exists(qfile)).toBe(true); // at open, before anything asked for it
    const backup = path.join(colDir(dir, 'cases'), 'backup', fileNameFor('sg-2026-0147') + '.json');
    // Every operation on that key refuses, naming where the file went; nothing is created in its place.
    const err = await store.get('cases', 'sg-2026-0147').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreadableRecordError);
    expect(err).toMatchObject({ name: 'UnreadableRecordError', collection: 'cases', key: 'sg-2026-0147', quarantinedAt: qfile });
    await expect(store.put('cases', 'sg-2026-0147', { ref: 'SG-2026-0147', fresh: true })).rejects.toBeInstanceOf(UnreadableRecordError);
    let called = false;
    await expect(
      store.update('cases', 'sg-2026-0147', () => {
        called = true;
        return { fresh: true };
      }),
    ).rejects.toBeInstanceOf(UnreadableRecordError);
    expect(called).toBe(false);
    await expect(store.delete('cases', 'sg-2026-0147')).rejects.toBeInstanceOf(UnreadableRecordError);
    // list leaves it out; the other case is untouched.
    expect((await store.list('cases')).map((e) => e.key)).toEqual(['sg-2026-0148']);
    expect(await store.get('cases', 'sg-2026-0148')).toEqual({ ref: 'SG-2026-0148', v: 1 });

    // Moved, byte for byte; not left, not rewritten.
    expect(await exists(file)).toBe(false);
    expect(await readFile(qfile, 'utf8')).toBe(damaged);
    expect(JSON.parse(await readFile(backup, 'utf8'))).toEqual({ key: 'sg-2026-0147', value: { ref: 'SG-2026-0147', v: 1 } });

    // One JSON log line (error level) naming the file, where it went and the backup.
    const logged = lines().filter((l) => l.quarantinedAt === qfile);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 50, collection: 'cases', file, quarantinedAt: qfile, backup, key: 'sg-2026-0147' });
    expect(String(logged[0]!.msg)).toContain(qfile);
    expect(String(logged[0]!.msg)).toContain(backup);
    await store.close();

    // The next run still refuses it (the quarantined file is the only copy), and says so.
    const second = capturingLog();
    store = await LowdbStore.open(dir, { log: second.log });
    await expect(store.get('cases', 'sg-2026-0147')).rejects.toMatchObject({ quarantinedAt: qfile });
    await expect(store.put('cases', 'sg-2026-0147', { fresh: true })).rejects.toBeInstanceOf(UnreadableRecordError);
    expect(second.lines().some((l) => l.quarantinedAt === qfile && l.level === 40 && l.backup === backup)).toBe(true);
    await store.close();

    // An operator restores the last good version from backup/: the case is back, as it was before its last write.
    await copyFile(backup, file);
    store = await LowdbStore.open(dir);
    expect(await store.get('cases', 'sg-2026-0147')).toEqual({ ref: 'SG-2026-0147', v: 1 });
    await store.put('cases', 'sg-2026-0147', { ref: 'SG-2026-0147', v: 3 });
    await store.close();

    // Damaged again: quarantined beside the first one (a timestamp added), never over it.
    await truncate(file);
    const again = await readFile(file, 'utf8');
    const third = capturingLog();
    store = await LowdbStore.open(dir, { log: third.log });
    const err2 = (await store.get('cases', 'sg-2026-0147').catch((e: unknown) => e)) as UnreadableRecordError;
    expect(err2.quarantinedAt).not.toBe(qfile);
    expect(path.dirname(err2.quarantinedAt!)).toBe(path.dirname(qfile));
    expect(path.basename(err2.quarantinedAt!)).toMatch(
      new RegExp(`^${fileNameFor('sg-2026-0147')}\\.\\d{4}-\\d\\d-\\d\\dT[\\d-]+Z\\.json$`),
    );
    expect(await readFile(qfile, 'utf8')).toBe(damaged);
    expect(await readFile(err2.quarantinedAt!, 'utf8')).toBe(again);
    expect(third.lines().find((l) => l.quarantinedAt === err2.quarantinedAt)).toMatchObject({ level: 50, backup });
    await store.close();
    // And the next run refers to the newest quarantined file.
    store = await LowdbStore.open(dir);
    await expect(store.get('cases', 'sg-2026-0147')).rejects.toMatchObject({ quarantinedAt: err2.quarantinedAt });
    await store.close();
  });

  it('quarantines bad JSON, a record with no key, and a long (hashed) key, and logs each', async () => {
    const dir = await tempDir();
    const long = 'x'.repeat(400);
    let store = await LowdbStore.open(dir);
    for (const k of ['a', 'b', long, 'ok']) await store.put('notes', k, { k });
    await store.close();
    await writeFile(keyFile(dir, 'notes', 'a'), '{"key": "a", "value": {');
    await writeFile(keyFile(dir, 'notes', 'b'), '{"something": "else"}');
    await truncate(keyFile(dir, 'notes', long));
    const { log, lines } = capturingLog();
    store = await LowdbStore.open(dir, { log });
    for (const k of ['a', 'b', long]) await expect(store.get('notes', k)).rejects.toBeInstanceOf(UnreadableRecordError);
    await expect(store.put('notes', long, { k: 'new' })).rejects.toBeInstanceOf(UnreadableRecordError);
    expect(await store.list('notes')).toEqual([{ key: 'ok', value: { k: 'ok' } }]);
    const q = await readdir(path.join(colDir(dir, 'notes'), 'quarantine'));
    expect(q.sort()).toEqual([fileNameFor('a'), fileNameFor('b'), fileNameFor(long)].map((n) => n + '.json').sort());
    expect(lines().filter((l) => l.level === 50 && typeof l.quarantinedAt === 'string')).toHaveLength(3);
    expect(fileNameFor(long)).toMatch(/^h/);
    await store.close();
  });

  it('a case file damaged after it was loaded is quarantined (not overwritten) at the next write; the backup keeps the good version', async () => {
    const dir = await tempDir();
    const { log, lines } = capturingLog();
    const store = await LowdbStore.open(dir, { log });
    await store.put('cases', 'c1', { v: 1 });
    await store.put('cases', 'c1', { v: 2 });
    const file = keyFile(dir, 'cases', 'c1');
    await writeFile(file, '{"key":"c1","val');
    await store.put('cases', 'c1', { v: 3 });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ key: 'c1', value: { v: 3 } });
    const backup = path.join(colDir(dir, 'cases'), 'backup', fileNameFor('c1') + '.json');
    expect(JSON.parse(await readFile(backup, 'utf8')).value).toEqual({ v: 1 });
    const q = path.join(colDir(dir, 'cases'), 'quarantine', fileNameFor('c1') + '.json');
    expect(await readFile(q, 'utf8')).toBe('{"key":"c1","val');
    expect(lines().find((l) => l.quarantinedAt === q)).toMatchObject({ level: 50, backup });
    await store.close();
  });
});

describe('LowdbStore: rolling backup of cases', () => {
  it('copies the current case file to backup/ before each overwrite; other collections keep none; a delete leaves no copy', async () => {
    const dir = await tempDir();
    const store = await LowdbStore.open(dir);
    const backup = path.join(colDir(dir, 'cases'), 'backup', fileNameFor('c1') + '.json');
    await store.put('cases', 'c1', { v: 1 });
    expect(await exists(backup)).toBe(false); // a new case: nothing to keep yet
    await store.put('cases', 'c1', { v: 2 });
    expect(JSON.parse(await readFile(backup, 'utf8'))).toEqual({ key: 'c1', value: { v: 1 } });
    await store.update<{ v: number }>('cases', 'c1', (c) => ({ v: c!.v + 1 }));
    expect(JSON.parse(await readFile(backup, 'utf8'))).toEqual({ key: 'c1', value: { v: 2 } });
    expect(await readdir(path.join(colDir(dir, 'cases'), 'backup'))).toEqual([fileNameFor('c1') + '.json']);
    await store.put('other', 'k', { v: 1 });
    await store.put('other', 'k', { v: 2 });
    expect(await exists(path.join(colDir(dir, 'other'), 'backup'))).toBe(false);
    // Deleted on purpose (retention): no copy of it is kept.
    await store.delete('cases', 'c1');
    expect(await exists(backup)).toBe(false);
    await store.close();
  });

  it('backs up the collections given as an option instead', async () => {
    const dir = await tempDir();
    const store = await LowdbStore.open(dir, { backupCollections: ['other'] });
    for (const v of [1, 2]) {
      await store.put('cases', 'c1', { v });
      await store.put('other', 'k', { v });
    }
    expect(await exists(path.join(colDir(dir, 'cases'), 'backup'))).toBe(false);
    expect(JSON.parse(await readFile(path.join(colDir(dir, 'other'), 'backup', 'kk.json'), 'utf8')).value).toEqual({ v: 1 });
    await store.close();
  });
});

describe('LowdbStore: files that must be whole', () => {
  it('a corrupt scheduler job refuses the collection (and the scheduler start), naming the file; nothing is moved', async () => {
    const dir = await tempDir();
    let store = await LowdbStore.open(dir);
    await store.put(JOBS_COLLECTION, 'rem:1', { id: 'rem:1', state: 'pending' });
    await store.close();
    const file = keyFile(dir, JOBS_COLLECTION, 'rem:1');
    await truncate(file);
    // Opening the DATA_DIR refuses (the collection is loaded at open) and leaves the lock free.
    const err = await LowdbStore.open(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorruptStoreFileError);
    expect((err as Error).message).toContain(`DATA_DIR file ${file} is corrupt`);
    expect((err as Error).message).toMatch(/before starting/);
    expect(await exists(path.join(dir, '.lock'))).toBe(false);
    // Not preloaded: the scheduler loads it at its start, and refuses there.
    store = await LowdbStore.open(dir, { preload: [] });
    await expect(store.list(JOBS_COLLECTION)).rejects.toThrow(file);
    const scheduler = new EmbeddedScheduler(store, { clock: new ManualClock(new Date()), pollMs: 0 });
    await expect(scheduler.start(async () => {})).rejects.toThrow(file);
    expect(await exists(file)).toBe(true);
    await store.close();
  });

  it('a lock file that does not hold a pid refuses to open, naming it; a good one left by a dead process is taken over', async () => {
    const dir = await tempDir();
    const lock = path.join(dir, '.lock');
    for (const content of ['not a pid', '', '{"pid": 12}']) {
      await writeFile(lock, content);
      const err = await LowdbStore.open(dir).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CorruptStoreFileError);
      expect((err as Error).message).toContain(`DATA_DIR file ${lock} is corrupt`);
      expect(await readFile(lock, 'utf8')).toBe(content); // left as found
    }
    await writeFile(lock, '999999999');
    const store = await LowdbStore.open(dir);
    expect((await readFile(lock, 'utf8')).trim()).toBe(String(process.pid));
    await store.close();
    expect(await exists(lock)).toBe(false);
  });
});

describe('keyForFileName', () => {
  it('decodes every "k" name back to its key, and no "h" name', () => {
    for (const k of ['A', 'a_b', 'Teams:19:AbC@thread.v2;messageid=1', 'ünï cødé', '*', '%41', '', 'SG-2026-0147', 'x.json'])
      expect(keyForFileName(fileNameFor(k))).toBe(k);
    expect(keyForFileName(fileNameFor('x'.repeat(400)))).toBeUndefined();
    expect(keyForFileName('kA')).toBeUndefined(); // never produced by fileNameFor
  });
});
