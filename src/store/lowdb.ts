// LowdbStore: the embedded store (one process). lowdb rewrites a whole file on each write, so every
// key is its own small JSON file (DATA_DIR/collections/<collection>/<key>.json, written atomically
// by steno: temp file + rename) and every log is an append-only JSON Lines file
// (DATA_DIR/logs/<log>.jsonl). Collections are cached in memory; a change is applied to the cache
// synchronously (so update() is atomic per key within the process) and the promise resolves only once
// a file holding that change has been renamed into place (so it survives a SIGKILL).
//
// Nothing is dropped or overwritten silently:
// - A key file that cannot be read (bad JSON, truncated, not a record of its own key) is moved to
//   <collection dir>/quarantine/<file name> (never over an earlier one: a timestamp is added) and logged.
//   Its key then refuses get/put/update/delete (UnreadableRecordError) and is left out of list(), in this
//   process and in every later one while the quarantined file is the only copy. To recover, an operator
//   copies a good version (e.g. backup/<file name>) back to <collection dir>/<file name> and restarts;
//   to give the record up, removes its files from quarantine/ and restarts.
// - Strict collections (default: the scheduler's jobs) refuse to load with a corrupt file at all, and so
//   does a DATA_DIR/.lock that does not hold a process id: start-up stops with a message naming the file.
// - Backup collections (default: cases) keep the last good version of each key file in
//   <collection dir>/backup/<file name>, copied just before the file is overwritten.
import { createHash } from 'node:crypto';
import { constants as fsConstants, readFileSync } from 'node:fs';
import { appendFile, copyFile, link, mkdir, readFile, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Logger } from '../logger.js';
import { errorText, silentLogger } from '../logger.js';
import type { Store } from './store.js';
import { CorruptStoreFileError, UnreadableRecordError } from './store.js';
import { clone, listByPrefix, matchingEntries } from './inProcess.js';

type Json = unknown;
interface KeyFile {
  key: string;
  value: Json;
}
interface WriteSlot {
  pending?: Promise<void>;
  tail: Promise<void>;
}
interface Collection {
  name: string;
  dir: string;
  data: Map<string, Json>;
  files: Map<string, Low<KeyFile | null>>;
  writes: Map<string, WriteSlot>;
  /** File names (without .json) whose record could not be read: where the file is now (undefined: left in place). */
  quarantined: Map<string, string | undefined>;
  backup: boolean;
}
interface LogFile {
  file: string;
  entries: Array<Record<string, unknown>>;
  tail: Promise<void>;
}

export interface LowdbStoreOptions {
  log?: Logger;
  /** Collections whose key files keep their last good version in backup/ before each overwrite. Default ['cases']. */
  backupCollections?: string[];
  /** Collections that refuse to load (and so start-up refuses) with a corrupt file. Default ['scheduler_jobs']. */
  strictCollections?: string[];
  /**
   * Collections loaded by open(), so that damage is found (and logged, or refused) at start-up rather than at first use.
   * Default: the backup and the strict collections.
   */
  preload?: string[];
}

export const DEFAULT_BACKUP_COLLECTIONS = ['cases'];
export const DEFAULT_STRICT_COLLECTIONS = ['scheduler_jobs'];
export const QUARANTINE_DIR = 'quarantine';
export const BACKUP_DIR = 'backup';

/**
 * A file-system-safe, never-hidden, bounded name for any string (the real key is kept inside the file).
 * Injective even on case-insensitive file systems: upper-case letters become "_" + lower case.
 */
export function fileNameFor(s: string): string {
  const enc = encodeURIComponent(s)
    .replace(/[*_]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase())
    .replace(/[A-Z]/g, (ch) => '_' + ch.toLowerCase());
  return enc.length <= 180 ? `k${enc}` : `h${createHash('sha256').update(s).digest('hex')}`;
}

/** The key a "k" file name stands for (undefined for "h" names, which are hashes, and for names fileNameFor never gives). */
export function keyForFileName(name: string): string | undefined {
  if (!name.startsWith('k')) return undefined;
  try {
    const key = decodeURIComponent(name.slice(1).replace(/_([a-z])/g, (_m, ch: string) => ch.toUpperCase()));
    return fileNameFor(key) === name ? key : undefined;
  } catch {
    return undefined;
  }
}

/** A timestamp for a file name: upper-case T and Z never occur in fileNameFor's names, so it cannot be mistaken for part of one. */
const stamp = (d = new Date()) => d.toISOString().replace(/[:.]/g, '-');
/** A quarantined file: <name>.json, or <name>.<stamp>[-n].json when an earlier one of that name was already there. */
const QUARANTINED = /^(.+?)(?:\.(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?))?\.json$/;

const isNoEnt = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code === 'ENOENT';

// One process per DATA_DIR: two processes rewriting the same files would silently lose writes.
// The lock holds a pid; a lock left by a killed process (pid no longer alive) is taken over.
// Anything else in it is refused: it cannot be told whether another process holds it.
const lockFile = (dir: string) => path.join(dir, '.lock');
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // A killed process not yet reaped (a zombie, state Z) is not alive.
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc: trust kill(0)
  }
};

/** The pid in the lock file; undefined when there is none; a CorruptStoreFileError when it holds anything else. */
async function lockHolder(dir: string): Promise<number | undefined> {
  const file = lockFile(dir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (isNoEnt(e)) return undefined;
    throw e;
  }
  if (!/^\s*\d{1,10}\s*$/.test(text)) {
    const shown = text.length ? `${JSON.stringify(text.slice(0, 40))}${text.length > 40 ? '...' : ''}` : 'nothing (it is empty)';
    throw new CorruptStoreFileError(
      file,
      `it should hold the process id of the one process using this DATA_DIR, but holds ${shown}`,
      `Make sure no other process uses ${dir}, then move the file away before starting.`,
    );
  }
  return Number.parseInt(text, 10);
}

/** Creates the lock with our pid, atomically and only if there is none (a hard link of a complete file). */
async function createLock(dir: string): Promise<boolean> {
  const tmp = path.join(dir, `.lock.${process.pid}.tmp`);
  await writeFile(tmp, String(process.pid), 'utf8');
  try {
    await link(tmp, lockFile(dir));
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    await unlink(tmp).catch(() => {});
  }
}

async function takeLock(dir: string, waitMs = 3000): Promise<void> {
  // Waits a little: a process just killed may take a moment to die.
  for (const start = Date.now(); ; await new Promise((r) => setTimeout(r, 100))) {
    const holder = await lockHolder(dir);
    if (holder === process.pid) return;
    if (holder === undefined) {
      if (await createLock(dir)) return;
      continue; // another process took it just now: look again
    }
    if (!alive(holder)) {
      // Left by a dead process: take it over (only if it still names that process).
      if ((await lockHolder(dir)) === holder) await unlink(lockFile(dir)).catch(() => {});
      continue;
    }
    if (Date.now() - start >= waitMs) {
      throw new Error(`DATA_DIR ${dir} is in use by process ${holder}; use DATABASE_URL to run several processes`);
    }
  }
}
async function releaseLock(dir: string): Promise<void> {
  const holder = await readFile(lockFile(dir), 'utf8').catch(() => '');
  if (holder.trim() === String(process.pid)) await unlink(lockFile(dir)).catch(() => {});
}

/** Why a key file's text is not a readable record stored under `fileName` (undefined: it is one). */
function unreadableReason(text: string, fileName: string): string | undefined {
  if (!text.trim()) return 'it is empty';
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return `it is not valid JSON (${errorText(e)}; truncated?)`;
  }
  const d = doc as Partial<KeyFile> | null;
  if (typeof d !== 'object' || d === null || typeof d.key !== 'string') return 'it is not a stored record (no key)';
  if (d.value === undefined) return 'it is not a stored record (no value)';
  if (fileNameFor(d.key) + '.json' !== fileName) return 'it holds the record of a different key than its name says';
  return undefined;
}

export class LowdbStore implements Store {
  private readonly collections = new Map<string, Promise<Collection>>();
  private readonly logs = new Map<string, Promise<LogFile>>();
  private closed = false;
  private readonly log: Logger;
  private readonly backupCollections: Set<string>;
  private readonly strictCollections: Set<string>;

  constructor(
    readonly dataDir: string,
    opts: Logger | LowdbStoreOptions = {},
  ) {
    const o: LowdbStoreOptions = isLogger(opts) ? { log: opts } : opts;
    this.log = o.log ?? silentLogger;
    this.backupCollections = new Set(o.backupCollections ?? DEFAULT_BACKUP_COLLECTIONS);
    this.strictCollections = new Set(o.strictCollections ?? DEFAULT_STRICT_COLLECTIONS);
  }

  /**
   * Opens DATA_DIR (created if missing). Refuses a directory another live process has open, a corrupt lock, or a corrupt
   * file in a strict collection; quarantines (and logs) unreadable files of the other collections it preloads.
   */
  static async open(dataDir: string, opts: Logger | LowdbStoreOptions = {}): Promise<LowdbStore> {
    await mkdir(path.join(dataDir, 'collections'), { recursive: true });
    await mkdir(path.join(dataDir, 'logs'), { recursive: true });
    await takeLock(dataDir);
    const store = new LowdbStore(dataDir, opts);
    const o: LowdbStoreOptions = isLogger(opts) ? {} : opts;
    const preload = o.preload ?? [...store.backupCollections, ...store.strictCollections];
    try {
      for (const c of new Set(preload)) await store.col(c);
    } catch (err) {
      await releaseLock(dataDir);
      throw err;
    }
    return store;
  }

  async get<T>(collection: string, key: string): Promise<T | undefined> {
    const c = await this.col(collection);
    this.refuseQuarantined(c, key);
    return clone(c.data.get(key) as T | undefined);
  }

  async put<T>(collection: string, key: string, value: T): Promise<void> {
    const c = await this.col(collection);
    this.refuseQuarantined(c, key);
    if (value === undefined) c.data.delete(key);
    else c.data.set(key, clone(value));
    await this.persist(c, key);
  }

  async update<T>(collection: string, key: string, fn: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    const c = await this.col(collection);
    this.refuseQuarantined(c, key);
    // No await between read and write: atomic per key within this process.
    const next = fn(clone(c.data.get(key) as T | undefined));
    if (next === undefined) c.data.delete(key);
    else c.data.set(key, clone(next));
    await this.persist(c, key);
    return clone(next);
  }

  async delete(collection: string, key: string): Promise<void> {
    const c = await this.col(collection);
    this.refuseQuarantined(c, key);
    c.data.delete(key);
    await this.persist(c, key);
  }

  async list<T>(collection: string, prefix = ''): Promise<Array<{ key: string; value: T }>> {
    const c = await this.col(collection);
    return listByPrefix<T>(c.data, prefix); // quarantined keys are not in the cache
  }

  async append(log: string, entry: Record<string, unknown>): Promise<void> {
    const l = await this.logFile(log);
    const line = JSON.stringify(entry) + '\n';
    l.entries.push(JSON.parse(line) as Record<string, unknown>);
    const p = l.tail.then(() => appendFile(l.file, line, 'utf8'));
    l.tail = p.catch(() => {});
    await p;
  }

  async readLog(log: string, filter: { field: string; equals: string; limit?: number }): Promise<Array<Record<string, unknown>>> {
    const l = await this.logFile(log);
    return matchingEntries(l.entries, filter);
  }

  /** Waits for every pending write. The instance must not be used afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    for (const cp of this.collections.values()) {
      const c = await cp.catch(() => undefined);
      if (c) await Promise.all([...c.writes.values()].map((s) => s.tail.catch(() => {})));
    }
    for (const lp of this.logs.values()) await (await lp.catch(() => undefined))?.tail;
    await releaseLock(this.dataDir);
  }

  private refuseQuarantined(c: Collection, key: string): void {
    const name = fileNameFor(key);
    if (c.quarantined.has(name)) throw new UnreadableRecordError(c.name, key, c.quarantined.get(name));
  }

  /** The load of `name`, started once and shared; a failed load is forgotten so that the next call tries again. */
  private loadOnce<T>(cache: Map<string, Promise<T>>, name: string, load: (name: string) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('LowdbStore is closed'));
    let p = cache.get(name);
    if (!p) {
      p = load(name);
      p.catch(() => cache.delete(name));
      cache.set(name, p);
    }
    return p;
  }

  private col(name: string): Promise<Collection> {
    return this.loadOnce(this.collections, name, (n) => this.loadCollection(n));
  }

  private async loadCollection(name: string): Promise<Collection> {
    const dir = path.join(this.dataDir, 'collections', fileNameFor(name));
    await mkdir(dir, { recursive: true });
    const c: Collection = {
      name,
      dir,
      data: new Map(),
      files: new Map(),
      writes: new Map(),
      quarantined: new Map(),
      backup: this.backupCollections.has(name),
    };
    const strict = this.strictCollections.has(name);
    const loaded = new Set<string>();
    for (const f of await readdir(dir)) {
      if (f.startsWith('.') || !f.endsWith('.json')) continue; // steno's .name.tmp leftovers; quarantine/ and backup/
      const file = path.join(dir, f);
      const base = f.slice(0, -'.json'.length);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        if (isNoEnt(err)) continue;
        // Not readable at all (permissions, I/O): left where it is, its key refused until a restart can read it.
        if (strict) throw new CorruptStoreFileError(file, `it cannot be read (${errorText(err)})`);
        c.quarantined.set(base, undefined);
        this.log.error(
          { collection: name, file, key: keyForFileName(base), err: errorText(err) },
          'lowdb: a record file cannot be read: left in place, its key refused until it can be read (restart after fixing it)',
        );
        continue;
      }
      const reason = unreadableReason(text, f);
      if (reason === undefined) {
        const doc = JSON.parse(text) as KeyFile;
        c.data.set(doc.key, doc.value);
        loaded.add(base);
        continue;
      }
      const backup = await this.backupOf(dir, f);
      if (strict) {
        this.log.error(
          { collection: name, file, backup, reason },
          'lowdb: corrupt file in a collection that must be whole: refusing to start',
        );
        throw new CorruptStoreFileError(file, reason, undefined, backup);
      }
      await this.quarantine(c, f, reason, backup);
    }
    // Set aside by an earlier run, and not restored since: still refused (never quietly started again from nothing).
    for (const [base, at] of await this.earlierQuarantine(dir)) {
      if (loaded.has(base) || c.quarantined.has(base)) continue;
      c.quarantined.set(base, at);
      this.log.warn(
        { collection: name, quarantinedAt: at, key: keyForFileName(base), backup: await this.backupOf(dir, base + '.json') },
        'lowdb: a record is in quarantine (unreadable): its key is refused until a good copy is restored to the collection folder, or its quarantined files are removed',
      );
    }
    return c;
  }

  /** The newest quarantined file of each file name in <dir>/quarantine. */
  private async earlierQuarantine(dir: string): Promise<Map<string, string>> {
    const qdir = path.join(dir, QUARANTINE_DIR);
    const newest = new Map<string, { at: string; stamp: string }>();
    let names: string[];
    try {
      names = await readdir(qdir);
    } catch (e) {
      if (isNoEnt(e)) return new Map();
      throw e;
    }
    for (const q of names) {
      const m = QUARANTINED.exec(q);
      if (!m || q.startsWith('.')) continue;
      const s = m[2] ?? ''; // the first one has no stamp; later ones sort by their stamp
      const cur = newest.get(m[1]!);
      if (!cur || s > cur.stamp) newest.set(m[1]!, { at: path.join(qdir, q), stamp: s });
    }
    return new Map([...newest].map(([base, v]) => [base, v.at]));
  }

  private async backupOf(dir: string, fileName: string): Promise<string | undefined> {
    const b = path.join(dir, BACKUP_DIR, fileName);
    try {
      await readFile(b, 'utf8');
      return b;
    } catch {
      return undefined;
    }
  }

  /** Moves <dir>/<f> into <dir>/quarantine/ (never over an earlier file there), remembers its key as refused, logs it. */
  private async quarantine(c: Collection, f: string, reason: string, backup: string | undefined, rewritten = false): Promise<void> {
    const file = path.join(c.dir, f);
    const base = f.slice(0, -'.json'.length);
    const qdir = path.join(c.dir, QUARANTINE_DIR);
    let at: string | undefined;
    let moveError: string | undefined;
    try {
      await mkdir(qdir, { recursive: true });
      const when = stamp();
      for (let n = 0; !at; n++) {
        const target = path.join(qdir, n === 0 ? f : n === 1 ? `${base}.${when}.json` : `${base}.${when}-${n}.json`);
        try {
          // Both fail (EEXIST) rather than replace an earlier quarantined file; copy where hard links are not supported.
          await link(file, target).catch((e: NodeJS.ErrnoException) => {
            if (e.code === 'EEXIST') throw e;
            return copyFile(file, target, fsConstants.COPYFILE_EXCL);
          });
          at = target;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        }
      }
      await unlink(file);
    } catch (e) {
      moveError = errorText(e);
    }
    if (!rewritten) c.quarantined.set(base, at && !moveError ? at : undefined);
    this.log.error(
      {
        collection: c.name,
        file,
        key: keyForFileName(base),
        reason,
        quarantinedAt: at,
        ...(moveError ? { moveError } : {}),
        backup,
      },
      moveError
        ? `lowdb: unreadable record: could not be moved to quarantine; left in place${rewritten ? '' : ' and its key refused'}`
        : `lowdb: unreadable record moved to quarantine (${at})` +
            (backup ? `; its last good version is in ${backup}` : '; there is no backup of it') +
            (rewritten
              ? ': it was damaged after it was loaded, and is written again from the copy in memory'
              : ': its key is refused until a good copy is restored to the collection folder'),
    );
  }

  /** Queue a write of the key's current cached value; joins a queued (not yet started) write. */
  private persist(c: Collection, key: string): Promise<void> {
    let slot = c.writes.get(key);
    if (!slot) c.writes.set(key, (slot = { tail: Promise.resolve() }));
    if (slot.pending) return slot.pending;
    const s = slot;
    const p: Promise<void> = s.tail.then(() => {
      s.pending = undefined;
      return this.writeKey(c, key);
    });
    s.pending = p;
    const tail = p.catch(() => {});
    s.tail = tail;
    void tail.then(() => {
      if (c.writes.get(key) === s && s.tail === tail && !s.pending) c.writes.delete(key);
    });
    return p;
  }

  private async writeKey(c: Collection, key: string): Promise<void> {
    const base = fileNameFor(key);
    const name = base + '.json';
    const value = c.data.get(key);
    if (value === undefined) {
      await unlink(path.join(c.dir, name)).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
      // A deleted record (e.g. purged after its retention period) leaves no copy behind.
      if (c.backup) await unlink(path.join(c.dir, BACKUP_DIR, name)).catch(() => {});
      return;
    }
    if (c.backup) await this.backupCurrent(c, name);
    let db = c.files.get(key);
    if (!db) c.files.set(key, (db = new Low<KeyFile | null>(new JSONFile<KeyFile | null>(path.join(c.dir, name)), null)));
    db.data = { key, value };
    await db.write();
    if (!c.data.has(key)) c.files.delete(key);
  }

  /** Before a key file is overwritten: its current version (if readable) becomes backup/<name>, atomically. */
  private async backupCurrent(c: Collection, name: string): Promise<void> {
    const file = path.join(c.dir, name);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      if (isNoEnt(e)) return; // a new key: nothing to keep
      throw e;
    }
    const reason = unreadableReason(text, name);
    if (reason !== undefined) {
      // Damaged since it was loaded: kept in quarantine (the backup keeps the last good version), then written afresh.
      await this.quarantine(c, name, reason, await this.backupOf(c.dir, name), true);
      return;
    }
    const bdir = path.join(c.dir, BACKUP_DIR);
    await mkdir(bdir, { recursive: true });
    const tmp = path.join(bdir, `.${name}.tmp`);
    await writeFile(tmp, text, 'utf8');
    await rename(tmp, path.join(bdir, name));
  }

  private logFile(log: string): Promise<LogFile> {
    return this.loadOnce(this.logs, log, (l) => this.loadLog(l));
  }

  private async loadLog(log: string): Promise<LogFile> {
    const file = path.join(this.dataDir, 'logs', fileNameFor(log) + '.jsonl');
    let text = '';
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    const entries: Array<Record<string, unknown>> = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        entries.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        this.log.warn({ log }, 'lowdb: torn log line skipped (the process was killed mid-append)');
      }
    }
    // A torn last line (killed mid-append) must not swallow the next entry.
    const tail = text && !text.endsWith('\n') ? appendFile(file, '\n', 'utf8') : Promise.resolve();
    await tail;
    return { file, entries, tail: Promise.resolve() };
  }
}

const isLogger = (o: Logger | LowdbStoreOptions): o is Logger => typeof (o as Partial<Logger>).warn === 'function';
