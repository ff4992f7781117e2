// LowdbStore's logs: one append-only JSON Lines file each (DATA_DIR/logs/<log>.jsonl), held in memory once read.
// An append resolves once its line is in the file; a torn last line (killed mid-append) is skipped at load and never
// swallows the next entry.
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../../logger.js';
import { fileNameFor, isNoEnt } from './names.js';

export interface LogFile {
  file: string;
  entries: Array<Record<string, unknown>>;
  tail: Promise<void>;
}

export async function loadLog(dataDir: string, log: string, logger: Logger): Promise<LogFile> {
  const file = path.join(dataDir, 'logs', fileNameFor(log) + '.jsonl');
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (!isNoEnt(e)) throw e;
  }
  const entries: Array<Record<string, unknown>> = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      logger.warn({ log }, 'lowdb: torn log line skipped (the process was killed mid-append)');
    }
  }
  // A torn last line (killed mid-append) must not swallow the next entry.
  if (text && !text.endsWith('\n')) await appendFile(file, '\n', 'utf8');
  return { file, entries, tail: Promise.resolve() };
}

/** Adds the entry (a copy) to the log and resolves once its line is in the file; appends are written in order. */
export function appendEntry(l: LogFile, entry: Record<string, unknown>): Promise<void> {
  const line = JSON.stringify(entry) + '\n';
  l.entries.push(JSON.parse(line) as Record<string, unknown>);
  const p = l.tail.then(() => appendFile(l.file, line, 'utf8'));
  l.tail = p.catch(() => {});
  return p;
}
