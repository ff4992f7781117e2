// How LowdbStore names its files: a key or collection name becomes a safe file name (the real key is kept inside the
// file), and a quarantined copy gets a timestamp that can never be mistaken for part of one.
import { createHash } from 'node:crypto';

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
export const stamp = (d = new Date()) => d.toISOString().replace(/[:.]/g, '-');
/** A quarantined file: <name>.json, or <name>.<stamp>[-n].json when an earlier one of that name was already there. */
export const QUARANTINED = /^(.+?)(?:\.(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?))?\.json$/;

export const QUARANTINE_DIR = 'quarantine';
export const BACKUP_DIR = 'backup';

export const isNoEnt = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code === 'ENOENT';
