// One LowdbStore collection in memory: every record's value held as its JSON text (a read parses a fresh copy, a write
// serialises once and is written as it is), loaded from its folder, and the queue of writes per key.
//
// A change is applied to the cache synchronously (so update() is atomic per key within the process); the promise
// resolves only once a file holding that change has been renamed into place (so it survives a SIGKILL). A write that
// changes nothing (the same JSON as the cache holds, whose file is written or on its way) writes no file: it resolves
// with the write already carrying that value.
import { mkdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { TextFile } from 'lowdb/node';
import type { Logger } from '../../logger.js';
import { errorText } from '../../logger.js';
import { CorruptStoreFileError } from '../store.js';
import { BACKUP_DIR, fileNameFor, keyForFileName } from './names.js';
import {
  type ReadResult,
  type RecordFolder,
  backupCurrent,
  backupOf,
  earlierQuarantine,
  keyFileText,
  quarantine,
  readRecord,
  readRecordFiles,
} from './records.js';

interface WriteSlot {
  /** A write queued behind the one running, not yet started: a later change joins it. */
  pending?: Promise<void>;
  /** The last write queued (running or pending), with its outcome. */
  last: Promise<void>;
  /** The last write, settled either way: the next one starts after it. */
  tail: Promise<void>;
}

export interface Collection extends RecordFolder {
  /** key -> the value's JSON text. */
  data: Map<string, string>;
  writes: Map<string, WriteSlot>;
  /** Keys whose last write failed: the cache is ahead of the file, so the same value is written again. */
  unsaved: Set<string>;
  backup: boolean;
}

export interface CollectionOptions {
  log: Logger;
  backup: boolean;
  /** A corrupt file refuses the whole collection (CorruptStoreFileError) instead of being quarantined. */
  strict: boolean;
}

/** Reads the collection's folder: readable records into the cache, unreadable ones quarantined (or refused, strict). */
export async function loadCollection(dataDir: string, name: string, o: CollectionOptions): Promise<Collection> {
  const dir = path.join(dataDir, 'collections', fileNameFor(name));
  await mkdir(dir, { recursive: true });
  const c: Collection = { name, dir, data: new Map(), writes: new Map(), quarantined: new Map(), unsaved: new Set(), backup: o.backup };
  const loaded = new Set<string>();
  for await (const r of readRecordFiles(dir)) {
    const base = await loadOne(c, r, o);
    if (base !== undefined) loaded.add(base);
  }
  // Set aside by an earlier run, and not restored since: still refused (never quietly started again from nothing).
  for (const [base, at] of await earlierQuarantine(dir)) {
    if (loaded.has(base) || c.quarantined.has(base)) continue;
    c.quarantined.set(base, at);
    o.log.warn(
      { collection: name, quarantinedAt: at, key: keyForFileName(base), backup: await backupOf(dir, base + '.json') },
      'lowdb: a record is in quarantine (unreadable): its key is refused until a good copy is restored to the collection folder, or its quarantined files are removed',
    );
  }
  return c;
}

/** One file read at load: its record cached (returns its base name), or it is set aside, or (strict) refused. */
async function loadOne(c: Collection, r: ReadResult, o: CollectionOptions): Promise<string | undefined> {
  const base = r.name.slice(0, -'.json'.length);
  if ('error' in r) {
    // Not readable at all (permissions, I/O): left where it is, its key refused until a restart can read it.
    if (o.strict) throw new CorruptStoreFileError(r.file, `it cannot be read (${errorText(r.error)})`);
    c.quarantined.set(base, undefined);
    o.log.error(
      { collection: c.name, file: r.file, key: keyForFileName(base), err: errorText(r.error) },
      'lowdb: a record file cannot be read: left in place, its key refused until it can be read (restart after fixing it)',
    );
    return undefined;
  }
  const { doc, reason } = readRecord(r.text, r.name);
  if (doc) {
    c.data.set(doc.key, JSON.stringify(doc.value));
    return base;
  }
  const backup = await backupOf(c.dir, r.name);
  if (o.strict) {
    o.log.error(
      { collection: c.name, file: r.file, backup, reason },
      'lowdb: corrupt file in a collection that must be whole: refusing to start',
    );
    throw new CorruptStoreFileError(r.file, reason, undefined, backup);
  }
  await quarantine(o.log, c, r.name, reason, backup);
  return undefined;
}

/**
 * Sets (text) or removes (undefined) the key's value in the cache and resolves once its file holds it. The same text
 * as cached (and saved, or being saved) writes nothing.
 */
export function change(c: Collection, key: string, text: string | undefined, log: Logger): Promise<void> {
  const before = c.data.get(key);
  if (before === text && !c.unsaved.has(key)) return c.writes.get(key)?.last ?? Promise.resolve();
  if (text === undefined) c.data.delete(key);
  else c.data.set(key, text);
  return persist(c, key, log);
}

/** Queue a write of the key's current cached value; joins a queued (not yet started) write. */
function persist(c: Collection, key: string, log: Logger): Promise<void> {
  let slot = c.writes.get(key);
  if (!slot) c.writes.set(key, (slot = { last: Promise.resolve(), tail: Promise.resolve() }));
  if (slot.pending) return slot.pending;
  const s = slot;
  const p: Promise<void> = s.tail.then(() => {
    s.pending = undefined;
    return writeKey(c, key, log);
  });
  s.pending = p;
  s.last = p;
  const tail = p.then(
    () => void c.unsaved.delete(key),
    () => void c.unsaved.add(key),
  );
  s.tail = tail;
  void tail.then(() => {
    if (c.writes.get(key) === s && s.tail === tail && !s.pending) c.writes.delete(key);
  });
  return p;
}

async function writeKey(c: Collection, key: string, log: Logger): Promise<void> {
  const name = fileNameFor(key) + '.json';
  const text = c.data.get(key);
  if (text === undefined) {
    await unlink(path.join(c.dir, name)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
    // A deleted record (e.g. purged after its retention period) leaves no copy behind.
    if (c.backup) await unlink(path.join(c.dir, BACKUP_DIR, name)).catch(() => {});
    return;
  }
  if (c.backup) await backupCurrent(log, c, name);
  // lowdb's text adapter (steno): a temp file renamed into place.
  await new TextFile(path.join(c.dir, name)).write(keyFileText(key, text));
}

/** Waits for every write queued so far (settled either way). */
export async function drain(c: Collection): Promise<void> {
  await Promise.all([...c.writes.values()].map((s) => s.tail));
}
