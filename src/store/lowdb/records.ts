// LowdbStore's key files: what a readable one is, how a collection folder is read at load, and what is done with a file
// that cannot be read (moved to quarantine/, never over an earlier one) or is about to be overwritten (its last good
// version kept in backup/, for the backup collections).
import { constants as fsConstants } from 'node:fs';
import { copyFile, link, mkdir, readFile, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../../logger.js';
import { errorText } from '../../logger.js';
import { BACKUP_DIR, QUARANTINE_DIR, QUARANTINED, fileNameFor, isNoEnt, keyForFileName, stamp } from './names.js';

export interface KeyFile {
  key: string;
  value: unknown;
}

/** A key file's text: the key and the value's JSON text, written as they are (no second serialisation). */
export const keyFileText = (key: string, valueText: string) => `{"key":${JSON.stringify(key)},"value":${valueText}}`;

/** The record a key file's text holds (if it is a readable record stored under `fileName`), or why it is not one. */
export function readRecord(text: string, fileName: string): { doc: KeyFile; reason?: undefined } | { doc?: undefined; reason: string } {
  if (!text.trim()) return { reason: 'it is empty' };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { reason: `it is not valid JSON (${errorText(e)}; truncated?)` };
  }
  const d = doc as Partial<KeyFile> | null;
  if (typeof d !== 'object' || d === null || typeof d.key !== 'string') return { reason: 'it is not a stored record (no key)' };
  if (d.value === undefined) return { reason: 'it is not a stored record (no value)' };
  if (fileNameFor(d.key) + '.json' !== fileName) return { reason: 'it holds the record of a different key than its name says' };
  return { doc: d as KeyFile };
}

/** Files read at once while a collection loads (100,000 reminder jobs were read one after another: 40 s at start-up). */
const READ_AHEAD = 64;

export type ReadResult = { file: string; name: string; text: string } | { file: string; name: string; error: unknown };

/** The record files (*.json, not hidden) of a folder, read up to READ_AHEAD at once, handed over in folder order. */
export async function* readRecordFiles(dir: string): AsyncGenerator<ReadResult> {
  const names = (await readdir(dir)).filter((f) => !f.startsWith('.') && f.endsWith('.json')); // steno's .tmp; quarantine/, backup/
  for (let i = 0; i < names.length; i += READ_AHEAD) {
    const batch = names.slice(i, i + READ_AHEAD).map(async (name): Promise<ReadResult | undefined> => {
      const file = path.join(dir, name);
      try {
        return { file, name, text: await readFile(file, 'utf8') };
      } catch (error) {
        return isNoEnt(error) ? undefined : { file, name, error };
      }
    });
    for (const r of await Promise.all(batch)) if (r) yield r;
  }
}

/** The newest quarantined file of each file name in <dir>/quarantine. */
export async function earlierQuarantine(dir: string): Promise<Map<string, string>> {
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

export async function backupOf(dir: string, fileName: string): Promise<string | undefined> {
  const b = path.join(dir, BACKUP_DIR, fileName);
  try {
    await readFile(b, 'utf8');
    return b;
  } catch {
    return undefined;
  }
}

/** Where a collection's files are, and what it remembers of the unreadable ones. */
export interface RecordFolder {
  name: string;
  dir: string;
  /** File names (without .json) whose record could not be read: where the file is now (undefined: left in place). */
  quarantined: Map<string, string | undefined>;
}

/** Links (or copies) <dir>/<f> into quarantine/ under a name no earlier file there has, then removes it: where it went. */
async function moveToQuarantine(dir: string, f: string): Promise<string> {
  const file = path.join(dir, f);
  const base = f.slice(0, -'.json'.length);
  const qdir = path.join(dir, QUARANTINE_DIR);
  await mkdir(qdir, { recursive: true });
  const when = stamp();
  let at: string | undefined;
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
  return at;
}

/**
 * Moves <dir>/<f> into <dir>/quarantine/ (never over an earlier file there), remembers its key as refused (unless it is
 * `rewritten` from the copy in memory), logs it.
 */
export async function quarantine(
  log: Logger,
  c: RecordFolder,
  f: string,
  reason: string,
  backup: string | undefined,
  rewritten = false,
): Promise<void> {
  const file = path.join(c.dir, f);
  const base = f.slice(0, -'.json'.length);
  let at: string | undefined;
  let moveError: string | undefined;
  try {
    at = await moveToQuarantine(c.dir, f);
  } catch (e) {
    moveError = errorText(e);
  }
  if (!rewritten) c.quarantined.set(base, at && !moveError ? at : undefined);
  log.error(
    { collection: c.name, file, key: keyForFileName(base), reason, quarantinedAt: at, ...(moveError ? { moveError } : {}), backup },
    moveError
      ? `lowdb: unreadable record: could not be moved to quarantine; left in place${rewritten ? '' : ' and its key refused'}`
      : `lowdb: unreadable record moved to quarantine (${at})` +
          (backup ? `; its last good version is in ${backup}` : '; there is no backup of it') +
          (rewritten
            ? ': it was damaged after it was loaded, and is written again from the copy in memory'
            : ': its key is refused until a good copy is restored to the collection folder'),
  );
}

/** Before a key file is overwritten: its current version (if readable) becomes backup/<name>, atomically. */
export async function backupCurrent(log: Logger, c: RecordFolder, name: string): Promise<void> {
  const file = path.join(c.dir, name);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (isNoEnt(e)) return; // a new key: nothing to keep
    throw e;
  }
  const { reason } = readRecord(text, name);
  if (reason !== undefined) {
    // Damaged since it was loaded: kept in quarantine (the backup keeps the last good version), then written afresh.
    await quarantine(log, c, name, reason, await backupOf(c.dir, name), true);
    return;
  }
  const bdir = path.join(c.dir, BACKUP_DIR);
  await mkdir(bdir, { recursive: true });
  const tmp = path.join(bdir, `.${name}.tmp`);
  await writeFile(tmp, text, 'utf8');
  await rename(tmp, path.join(bdir, name));
}
