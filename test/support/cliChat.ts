// The terminal chat (`npm run chat`) as a child process, fed the given lines on stdin: what it printed, and its exit code.
import { spawn } from 'node:child_process';

export function chat(lines: string[]): Promise<{ out: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/chat.ts'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ out, code }));
    child.stdin.end(lines.join('\n') + '\n');
  });
}
