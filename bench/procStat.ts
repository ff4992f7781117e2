// A Linux /proc/<pid>/stat (or /proc/self/task/<tid>/stat) file read as the bench needs it: the process or thread name
// and its CPU so far (utime + stime, clock ticks of 10 ms). Undefined when it cannot be read (it ended, or not Linux).
import { readFileSync } from 'node:fs';

export function statCpu(file: string): { name: string; ms: number } | undefined {
  try {
    const stat = readFileSync(file, 'utf8');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { name, ms: (Number(f[11]) + Number(f[12])) * 10 };
  } catch {
    return undefined;
  }
}
