// LowdbStore: the embedded store (one process). lowdb rewrites a whole file on each write, so every
// key is its own small JSON file (DATA_DIR/collections/<collection>/<key>.json, written atomically
// by steno: temp file + rename) and every log is an append-only JSON Lines file
// (DATA_DIR/logs/<log>.jsonl). Collections are cached in memory; a change is applied to the cache
// synchronously (so update() is atomic per key within the process) and the promise resolves only once
// a file holding that change has been renamed into place (so it survives a SIGKILL).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { appendFile, mkdir, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Logger } from '../logger.js';
import { errorText, silentLogger } from '../logger.js';
import type { Store } from './store.js';
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
  dir: string;
  data: Map<string, Json>;
  files: Map<string, Low<KeyFile | null>>;
  writes: Map<string, WriteSlot>;
}
interface LogFile {
  file: string;
  entries: Array<Record<string, unknown>>;
  tail: Promise<void>;
}

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

// One process per DATA_DIR: two processes rewriting the same files would silently lose writes.
// The lock holds a pid; a lock left by a killed process (pid no longer alive) is taken over.
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
async function takeLock(dir: string, waitMs = 3000): Promise<void> {
  // Waits a little: a process just killed may take a moment to die.
  for (const start = Date.now(); ; await new Promise((r) => setTimeout(r, 100))) {
    const holder = Number.parseInt(await readFile(lockFile(dir), 'utf8').catch(() => ''), 10);
    if (!Number.isInteger(holder) || holder === process.pid || !alive(holder)) break;
    if (Date.now() - start >= waitMs) {
      throw new Error(`DATA_DIR ${dir} is in use by process ${holder}; use DATABASE_URL to run several processes`);
    }
  }
  await writeFile(lockFile(dir), String(process.pid), 'utf8');
}
async function releaseLock(dir: string): Promise<void> {
  const holder = await readFile(lockFile(dir), 'utf8').catch(() => '');
  if (holder === String(process.pid)) await unlink(lockFile(dir)).catch(() => {});
}

export class LowdbStore implements Store {
  private readonly collections = new Map<string, Promise<Collection>>();
  private readonly logs = new Map<string, Promise<LogFile>>();
  private closed = false;

  constructor(
    readonly dataDir: string,
    private readonly log: Logger = silentLogger,
  ) {}

  /** Opens DATA_DIR (created if missing). Refuses a directory another live process has open. */
  static async open(dataDir: string, log?: Logger): Promise<LowdbStore> {
    await mkdir(path.join(dataDir, 'collections'), { recursive: true });
    await mkdir(path.join(dataDir, 'logs'), { recursive: true });
    await takeLock(dataDir);
    return new LowdbStore(dataDir, log);
  }

  async get<T>(collection: string, key: string): Promise<T | undefined> {
    const c = await this.col(collection);
    return clone(c.data.get(key) as T | undefined);
  }

  async put<T>(collection: string, key: string, value: T): Promise<void> {
    const c = await this.col(collection);
    if (value === undefined) c.data.delete(key);
    else c.data.set(key, clone(value));
    await this.persist(c, key);
  }

  async update<T>(collection: string, key: string, fn: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    const c = await this.col(collection);
    // No await between read and write: atomic per key within this process.
    const next = fn(clone(c.data.get(key) as T | undefined));
    if (next === undefined) c.data.delete(key);
    else c.data.set(key, clone(next));
    await this.persist(c, key);
    return clone(next);
  }

  async delete(collection: string, key: string): Promise<void> {
    const c = await this.col(collection);
    c.data.delete(key);
    await this.persist(c, key);
  }

  async list<T>(collection: string, prefix = ''): Promise<Array<{ key: string; value: T }>> {
    const c = await this.col(collection);
    return listByPrefix<T>(c.data, prefix);
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
    const c: Collection = { dir, data: new Map(), files: new Map(), writes: new Map() };
    for (const f of await readdir(dir)) {
      if (f.startsWith('.') || !f.endsWith('.json')) continue; // steno's .name.tmp leftovers
      try {
        const doc = JSON.parse(await readFile(path.join(dir, f), 'utf8')) as KeyFile;
        if (typeof doc?.key === 'string' && doc.value !== undefined) c.data.set(doc.key, doc.value);
      } catch (err) {
        this.log.warn({ collection: name, file: f, err: errorText(err) }, 'lowdb: unreadable file skipped');
      }
    }
    return c;
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
    const name = fileNameFor(key) + '.json';
    const value = c.data.get(key);
    if (value === undefined) {
      await unlink(path.join(c.dir, name)).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
      return;
    }
    let db = c.files.get(key);
    if (!db) c.files.set(key, (db = new Low<KeyFile | null>(new JSONFile<KeyFile | null>(path.join(c.dir, name)), null)));
    db.data = { key, value };
    await db.write();
    if (!c.data.has(key)) c.files.delete(key);
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
