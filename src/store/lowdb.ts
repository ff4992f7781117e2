// LowdbStore: the embedded store (one process). lowdb rewrites a whole file on each write, so every
// key is its own small JSON file (DATA_DIR/collections/<collection>/<key>.json, written atomically
// by steno: temp file + rename) and every log is an append-only JSON Lines file
// (DATA_DIR/logs/<log>.jsonl). The collections written on every turn (default: the conversations' state and each
// person's open flows) are one append-only journal each instead (DATA_DIR/journals/<collection>.jsonl,
// lowdb/journal.ts): one line per change, many turns' changes in one write. Collections are cached in memory (each value as its JSON text); a change is applied to
// the cache synchronously (so update() is atomic per key within the process) and the promise resolves only once
// a file holding that change has been renamed into place (so it survives a SIGKILL). A change to the value it already
// has writes nothing (lowdb/collection.ts).
//
// Nothing is dropped or overwritten silently (lowdb/records.ts):
// - A key file that cannot be read (bad JSON, truncated, not a record of its own key) is moved to
//   <collection dir>/quarantine/<file name> (never over an earlier one: a timestamp is added) and logged.
//   Its key then refuses get/put/update/delete (UnreadableRecordError) and is left out of list(), in this
//   process and in every later one while the quarantined file is the only copy. To recover, an operator
//   copies a good version (e.g. backup/<file name>) back to <collection dir>/<file name> and restarts;
//   to give the record up, removes its files from quarantine/ and restarts.
// - Strict collections (default: the scheduler's jobs) refuse to load with a corrupt file at all, and so
//   does a DATA_DIR/.lock that does not hold a process id: start-up stops with a message naming the file (lowdb/lock.ts).
// - Backup collections (default: cases) keep the last good version of each key file in
//   <collection dir>/backup/<file name>, copied just before the file is overwritten.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import type { Store } from './store.js';
import { UnreadableRecordError } from './store.js';
import { matchingEntries } from './inProcess.js';
import { change, drain, loadCollection } from './lowdb/collection.js';
import { Journal } from './lowdb/journal.js';
import { releaseLock, takeLock } from './lowdb/lock.js';
import { type LogFile, appendEntry, loadLog } from './lowdb/logs.js';
import { fileNameFor } from './lowdb/names.js';

export { BACKUP_DIR, QUARANTINE_DIR, fileNameFor, keyForFileName } from './lowdb/names.js';

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
  /** Collections kept as one append-only journal (lowdb/journal.ts) rather than a file per key. Default: JOURNAL_COLLECTIONS. */
  journalCollections?: string[];
}

/** What get/put/list need of a collection, whether it is a folder of key files or a journal. */
interface Held {
  name: string;
  data: Map<string, string>;
  quarantined: Map<string, string | undefined>;
  change(key: string, text: string | undefined): Promise<void>;
  /** Waits for its pending writes, and closes what it holds open. */
  close(): Promise<void>;
}

export const DEFAULT_BACKUP_COLLECTIONS = ['cases'];
export const DEFAULT_STRICT_COLLECTIONS = ['scheduler_jobs'];
/** The engine's collections (src/conversation/userFlows.ts: CONVERSATIONS, USER_FLOWS), written on a turn. */
export const JOURNAL_COLLECTIONS = ['conversations', 'user-flows'];

const parse = <T>(text: string | undefined): T | undefined => (text === undefined ? undefined : (JSON.parse(text) as T));
/** The value as stored: its JSON text (undefined, and a value that serialises to nothing, is no value). */
const serialise = (value: unknown): string | undefined => (value === undefined ? undefined : JSON.stringify(value));

export class LowdbStore implements Store {
  private readonly collections = new Map<string, Promise<Held>>();
  private readonly logs = new Map<string, Promise<LogFile>>();
  private closed = false;
  private readonly log: Logger;
  private readonly backupCollections: Set<string>;
  private readonly strictCollections: Set<string>;
  private readonly journalCollections: Set<string>;

  constructor(
    readonly dataDir: string,
    opts: Logger | LowdbStoreOptions = {},
  ) {
    const o: LowdbStoreOptions = isLogger(opts) ? { log: opts } : opts;
    this.log = o.log ?? silentLogger;
    this.backupCollections = new Set(o.backupCollections ?? DEFAULT_BACKUP_COLLECTIONS);
    this.strictCollections = new Set(o.strictCollections ?? DEFAULT_STRICT_COLLECTIONS);
    this.journalCollections = new Set(o.journalCollections ?? JOURNAL_COLLECTIONS);
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
    // The journals too: one that cannot be read at all (permissions, a folder in its place) stops start-up, naming it,
    // rather than failing every turn later.
    const preload = o.preload ?? [...store.backupCollections, ...store.strictCollections, ...store.journalCollections];
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
    return parse<T>(c.data.get(key));
  }

  async put<T>(collection: string, key: string, value: T): Promise<void> {
    const c = await this.col(collection);
    this.refuseQuarantined(c, key);
    await c.change(key, serialise(value));
  }

  async update<T>(collection: string, key: string, fn: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    const c = await this.col(collection);
    this.refuseQuarantined(c, key);
    // No await between read and write: atomic per key within this process.
    const text = serialise(fn(parse<T>(c.data.get(key))));
    await c.change(key, text);
    return parse<T>(text);
  }

  async delete(collection: string, key: string): Promise<void> {
    const c = await this.col(collection);
    this.refuseQuarantined(c, key);
    await c.change(key, undefined);
  }

  async list<T>(collection: string, prefix = ''): Promise<Array<{ key: string; value: T }>> {
    const c = await this.col(collection);
    // Quarantined keys are not in the cache.
    return [...c.data.keys()]
      .filter((k) => k.startsWith(prefix))
      .sort((a, b) => a.localeCompare(b))
      .map((key) => ({ key, value: JSON.parse(c.data.get(key)!) as T }));
  }

  async append(log: string, entry: Record<string, unknown>): Promise<void> {
    await appendEntry(await this.logFile(log), entry);
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
      if (c) await c.close();
    }
    for (const lp of this.logs.values()) await (await lp.catch(() => undefined))?.tail;
    await releaseLock(this.dataDir);
  }

  private refuseQuarantined(c: Held, key: string): void {
    // Nothing set aside (the usual case): no file name to work out on every read and write.
    if (c.quarantined.size === 0) return;
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

  private col(name: string): Promise<Held> {
    return this.loadOnce(this.collections, name, (n) => (this.journalCollections.has(n) ? this.journal(n) : this.keyFiles(n)));
  }

  private async keyFiles(n: string): Promise<Held> {
    const c = await loadCollection(this.dataDir, n, {
      log: this.log,
      backup: this.backupCollections.has(n),
      strict: this.strictCollections.has(n),
    });
    return { name: n, data: c.data, quarantined: c.quarantined, change: (k, t) => change(c, k, t, this.log), close: () => drain(c) };
  }

  /** A journal collection; on its first open, the key files it had (an earlier version's DATA_DIR) are read into it. */
  private async journal(n: string): Promise<Held> {
    const legacy = async () => (await loadCollection(this.dataDir, n, { log: this.log, backup: false, strict: false })).data;
    const j = await Journal.open(this.dataDir, n, this.log, legacy);
    return { name: n, data: j.data, quarantined: j.quarantined, change: (k, t) => j.change(k, t), close: () => j.close() };
  }

  private logFile(log: string): Promise<LogFile> {
    return this.loadOnce(this.logs, log, (l) => loadLog(this.dataDir, l, this.log));
  }
}

const isLogger = (o: Logger | LowdbStoreOptions): o is Logger => typeof (o as Partial<Logger>).warn === 'function';
