// Runs a TypeScript script in a child process (node --import tsx) in its own process group, so a SIGKILL
// reaches the real node process and not just the npx wrapper.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** Waits (bounded) until no live (non-zombie) process is left in the process group. */
async function groupGone(pgid: number): Promise<void> {
  const live = () =>
    readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .some((d) => {
        try {
          const fields = readFileSync(`/proc/${d}/stat`, 'utf8')
            .replace(/^.*\) /s, '')
            .split(' ');
          return Number(fields[2]) === pgid && fields[0] !== 'Z'; // state, ppid, pgrp
        } catch {
          return false;
        }
      });
  for (let i = 0; i < 250 && live(); i++) await new Promise((r) => setTimeout(r, 20));
}

export interface Child {
  proc: ChildProcess;
  /** Resolves with the first stdout line matching, rejects if the child exits first. */
  waitFor(match: (line: string) => boolean): Promise<string>;
  kill(): Promise<void>;
}

export function spawnTsx(script: string, args: string[]): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  const lines: string[] = [];
  const waiters: Array<{ match: (l: string) => boolean; resolve: (l: string) => void; reject: (e: Error) => void }> = [];
  let exited = false;
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const w of waiters.splice(0)) {
      if (w.match(line)) w.resolve(line);
      else waiters.push(w);
    }
  });
  const exit = new Promise<void>((resolve) =>
    proc.on('exit', (code) => {
      exited = true;
      for (const w of waiters.splice(0)) w.reject(new Error(`child ${script} exited (${code}) before the expected output`));
      resolve();
    }),
  );
  return {
    proc,
    waitFor(match) {
      const seen = lines.find(match);
      if (seen) return Promise.resolve(seen);
      if (exited) return Promise.reject(new Error(`child ${script} already exited`));
      return new Promise((resolve, reject) => waiters.push({ match, resolve, reject }));
    },
    async kill() {
      try {
        process.kill(-proc.pid!, 'SIGKILL');
      } catch {
        // the group is already gone
      }
      await exit;
      await groupGone(proc.pid!);
    },
  };
}
