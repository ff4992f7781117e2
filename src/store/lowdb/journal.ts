// A LowdbStore collection kept as one append-only journal (DATA_DIR/journals/<collection>.jsonl) instead of a file
// per key: for the collections written on every turn (a conversation's state), where a file per key cost an open, a
// write, a close and a rename per turn (issue 14's profile). Each change is one line, {"k":key,"v":value} or
// {"k":key,"d":1} (deleted); changes made while a write is running go out together in the next one (one write call
// for many turns). A change resolves once its line is written (in the file, so it survives a SIGKILL, like the rename
// of a key file).
//
// - First line: {"journal":1,"collection":name}. A collection that had key files (DATA_DIR/collections/<name>/) before
//   is read from them once, written out as its journal, and its key files are removed only after that; a journal
//   that exists is the whole truth, so key files left by a crash in between are removed, never read again.
// - Compaction: when the journal holds many more lines than keys (and at start-up after a torn line), it is rewritten
//   with one line per key (a temp file renamed into place), so old values do not pile up.
// - A torn last line (killed mid-write) is dropped; a line that cannot be read in the middle is logged and its key
//   keeps its earlier value; the journal as it was is copied to journals/quarantine/ before it is rewritten.
import { copyFile, mkdir, open, readFile, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../../logger.js';
import { errorText } from '../../logger.js';
import { CorruptStoreFileError } from '../store.js';
import { QUARANTINE_DIR, fileNameFor, isNoEnt, stamp } from './names.js';

export const JOURNALS_DIR = 'journals';
/** Rewritten when it holds more than this many lines per key (and more than MIN_LINES). */
const LINES_PER_KEY = 4;
const MIN_LINES = 2_000;

interface Waiter {
  resolve: () => void;
  reject: (e: unknown) => void;
}

export class Journal {
  /** key -> the value's JSON text. */
  readonly data = new Map<string, string>();
  /** Never any: a journal line that cannot be read is logged and skipped, not a key refused. */
  readonly quarantined = new Map<string, string | undefined>();
  private queue: Array<{ key: string; line: string }> = [];
  private running?: Promise<void>;
  /** A key's latest queued line and the promise of the write that carries it. */
  private inflight = new Map<string, Promise<void>>();
  /** The next write: every change queued until it starts resolves with it. */
  private next?: { promise: Promise<void>; waiter: Waiter };
  /** Keys whose last write failed: written again even when the value is the same. */
  private unsaved = new Set<string>();
  private fh?: FileHandle;
  private lines = 0;
  /** Write calls made so far (each carries every change queued while the one before ran). */
  writes = 0;

  private constructor(
    readonly name: string,
    readonly file: string,
    private readonly log: Logger,
  ) {}

  static async open(dataDir: string, name: string, log: Logger, legacy: () => Promise<Map<string, string>>): Promise<Journal> {
    const dir = path.join(dataDir, JOURNALS_DIR);
    await mkdir(dir, { recursive: true });
    const j = new Journal(name, path.join(dir, fileNameFor(name) + '.jsonl'), log);
    const keyDir = path.join(dataDir, 'collections', fileNameFor(name));
    let text: string | undefined;
    try {
      text = await readFile(j.file, 'utf8');
    } catch (e) {
      if (!isNoEnt(e))
        throw new CorruptStoreFileError(
          j.file,
          `it cannot be read (${errorText(e)})`,
          'Fix its permissions, or move it away, before starting.',
        );
    }
    if (text === undefined) {
      for (const [k, v] of await legacy()) j.data.set(k, v);
      await j.rewrite();
      if (j.data.size) log.info({ collection: name, keys: j.data.size }, 'lowdb: key files moved into the journal');
    } else {
      const { bad } = j.read(text);
      if (bad) {
        // The journal as it was is kept for an operator before the unreadable line is dropped from it.
        await mkdir(path.join(dir, QUARANTINE_DIR), { recursive: true });
        await copyFile(j.file, path.join(dir, QUARANTINE_DIR, `${path.basename(j.file)}.${stamp()}`));
      }
      if (bad || j.oversized()) await j.rewrite();
    }
    await removeKeyFiles(keyDir);
    j.fh = await open(j.file, 'a');
    return j;
  }

  /** Reads the journal's text into the cache; bad: it had a line that could not be read (so it is rewritten). */
  private read(text: string): { bad: boolean } {
    const lines = text.split('\n');
    const torn = !text.endsWith('\n') && lines[lines.length - 1] !== '';
    let bad = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line) continue;
      const entry = parseLine(line);
      if (entry === undefined) {
        if (i === lines.length - 1 && torn)
          this.log.warn({ collection: this.name }, 'lowdb: torn last journal line dropped (killed mid-write)');
        else
          this.log.error(
            { collection: this.name, line: i + 1 },
            'lowdb: a journal line cannot be read: skipped (its key keeps its earlier value)',
          );
        bad = true;
        continue;
      }
      this.lines++;
      if ('journal' in entry) continue;
      if (entry.v === undefined) this.data.delete(entry.k);
      else this.data.set(entry.k, entry.v);
    }
    return { bad };
  }

  private oversized(): boolean {
    return this.lines > Math.max(MIN_LINES, LINES_PER_KEY * this.data.size);
  }

  /** Sets (text) or removes (undefined) the key's value and resolves once its line is written. */
  change(key: string, text: string | undefined): Promise<void> {
    if (this.data.get(key) === text && !this.unsaved.has(key)) return this.inflight.get(key) ?? Promise.resolve();
    if (text === undefined) this.data.delete(key);
    else this.data.set(key, text);
    this.queue.push({
      key,
      line: text === undefined ? `{"k":${JSON.stringify(key)},"d":1}\n` : `{"k":${JSON.stringify(key)},"v":${text}}\n`,
    });
    if (!this.next) {
      let waiter!: Waiter;
      const promise = new Promise<void>((resolve, reject) => (waiter = { resolve, reject }));
      this.next = { promise, waiter };
    }
    const p = this.next.promise;
    this.inflight.set(key, p);
    const clear = () => void (this.inflight.get(key) === p && this.inflight.delete(key));
    p.then(clear, clear);
    this.running ??= this.drainQueue();
    return p;
  }

  /** Writes what is queued, a batch at a time, until nothing is. */
  private async drainQueue(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue;
      const { waiter } = this.next!;
      this.queue = [];
      this.next = undefined;
      try {
        this.writes++;
        await this.fh!.appendFile(batch.map((b) => b.line).join(''), 'utf8');
      } catch (err) {
        for (const b of batch) this.unsaved.add(b.key);
        this.log.error({ collection: this.name, err: errorText(err) }, 'lowdb: journal write failed');
        waiter.reject(err);
        continue;
      }
      this.lines += batch.length;
      for (const b of batch) this.unsaved.delete(b.key);
      waiter.resolve();
      // Its changes are written already: a compaction that fails leaves the journal as it was (still whole), and says so.
      if (this.oversized())
        await this.compact().catch((err: unknown) =>
          this.log.error(
            { collection: this.name, err: errorText(err) },
            'lowdb: journal compaction failed (the journal is left as it was)',
          ),
        );
    }
    this.running = undefined;
  }

  /** One line per key, in a temp file renamed over the journal; then appends go to the new file. */
  private async compact(): Promise<void> {
    await this.fh?.close();
    this.fh = undefined;
    try {
      await this.rewrite();
    } finally {
      this.fh = await open(this.file, 'a');
    }
  }

  private async rewrite(): Promise<void> {
    const parts = [`{"journal":1,"collection":${JSON.stringify(this.name)}}\n`];
    for (const [k, v] of this.data) parts.push(`{"k":${JSON.stringify(k)},"v":${v}}\n`);
    const tmp = `${this.file}.tmp`;
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(parts.join(''), 'utf8');
    } finally {
      await fh.close();
    }
    await rename(tmp, this.file);
    this.lines = parts.length;
  }

  /** Waits for every write queued so far (settled either way). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  async close(): Promise<void> {
    await this.drain();
    await this.fh?.close();
    this.fh = undefined;
  }
}

type Line = { journal: number } | { k: string; v?: string };

/** A journal line: the header, or a key with its value's JSON text (undefined: deleted); undefined if unreadable. */
function parseLine(line: string): Line | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof doc !== 'object' || doc === null) return undefined;
  const d = doc as { journal?: unknown; k?: unknown; v?: unknown; d?: unknown };
  if (typeof d.journal === 'number') return { journal: d.journal };
  if (typeof d.k !== 'string') return undefined;
  if (d.d === 1) return { k: d.k };
  if (d.v === undefined) return undefined;
  return { k: d.k, v: JSON.stringify(d.v) };
}

/** The collection's old key files (and their folder, if that leaves it empty): the journal holds them now. */
async function removeKeyFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if (isNoEnt(e)) return;
    throw e;
  }
  for (const n of names) if (n.endsWith('.json')) await rm(path.join(dir, n), { force: true });
  if ((await readdir(dir)).length === 0) await rm(dir, { recursive: true, force: true });
}
