// One process per DATA_DIR: two processes rewriting the same files would silently lose writes.
// The lock holds a pid; a lock left by a killed process (pid no longer alive) is taken over.
// Anything else in it is refused: it cannot be told whether another process holds it.
import { readFileSync } from 'node:fs';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CorruptStoreFileError } from '../store.js';
import { isNoEnt } from './names.js';

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

export async function takeLock(dir: string, waitMs = 3000): Promise<void> {
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

export async function releaseLock(dir: string): Promise<void> {
  const holder = await readFile(lockFile(dir), 'utf8').catch(() => '');
  if (holder.trim() === String(process.pid)) await unlink(lockFile(dir)).catch(() => {});
}
