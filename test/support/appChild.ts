// Child processes of the real app for restart and outage tests:
// - spawnEntry: any entry (`src/server.ts`, or the test child) under `node --import tsx`, its output kept, its exit awaited;
// - spawnAppChild: test/support/app-child.ts (the real startApp) with Teams JWTs validated against the test's local
//   key (activities posted with postActivity are signed) and a test clock moved through its control port (advance).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';
import { freePort } from './server.js';
import { registerSecured, sharedBotAuth, unregisterSecured, type LocalBotAuth } from './botAuth.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Spawned {
  port: number;
  url: string;
  child: ChildProcess;
  /** stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Resolves once the output matches (rejects if the process exits first, or after timeoutMs). */
  waitForOutput(re: RegExp, timeoutMs?: number): Promise<void>;
  /** Kill the process group (default SIGKILL: a crash, no clean shutdown) and wait for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** `node --import tsx <entry>` in its own process group, PORT chosen here; does not wait for anything. */
export async function spawnEntry(entry: string, env: Record<string, string | undefined>, opts: { port?: number } = {}): Promise<Spawned> {
  const port = opts.port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', PLAYGROUND: 'off', HOST: '127.0.0.1', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so kill() reaches it and anything it starts
  });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d.toString();
    for (const l of listeners) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  let done = false;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      done = true;
      for (const l of listeners) l();
      resolve(code);
    }),
  );
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => out,
    exited,
    waitForOutput(re, timeoutMs = 30_000) {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`timed out waiting for ${re} in:\n${out}`)), timeoutMs);
        const check = () => {
          if (re.test(out)) finish();
          else if (done) finish(new Error(`${entry} exited (${child.exitCode}) before printing ${re}:\n${out}`));
        };
        const finish = (err?: Error) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (err) reject(err);
          else resolve();
        };
        listeners.add(check);
        check();
      });
    },
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, signal);
      } catch {
        child.kill(signal);
      }
      await exited;
    },
  };
}

export interface AppChild extends Spawned {
  /** The child's clock control (loopback). */
  control: string;
  auth: LocalBotAuth;
}

/**
 * The real app in test/support/app-child.ts, Teams validating JWTs against the file's shared local key (and registered,
 * so postActivity signs what it sends to it). Resolves once it is listening (ready).
 */
export async function spawnAppChild(
  env: Record<string, string | undefined>,
  opts: { auth?: LocalBotAuth; timeoutMs?: number } = {},
): Promise<AppChild> {
  const auth = opts.auth ?? (await sharedBotAuth());
  const s = await spawnEntry('test/support/app-child.ts', { ...auth.env(), SG_TEST_OPENID_METADATA_URL: auth.metadataUrl, ...env });
  try {
    await s.waitForOutput(/listening on/i, opts.timeoutMs ?? 30_000);
  } catch (e) {
    await s.kill();
    throw e;
  }
  const control = /control on (http:\/\/127\.0\.0\.1:\d+)/.exec(s.output())![1]!;
  registerSecured(s.url, auth);
  const kill = s.kill;
  return {
    ...s,
    control,
    auth,
    async kill(signal?: NodeJS.Signals) {
      await kill(signal);
      unregisterSecured(s.url);
    },
  };
}

/** Moves a test child's clock (an hour, a day, or to the next reminder) and runs what is due then. */
export async function advance(
  server: { control: string },
  step: 'hour' | 'day' | 'next',
): Promise<{ now: string; advancedMs: number; delivered: number }> {
  const res = await fetch(`${server.control}/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ step }),
  });
  const body = (await res.json()) as { now: string; advancedMs: number; delivered: number; error?: string };
  expect(res.status, body.error).toBe(200);
  return body;
}

/** Runs what is due now on a test child (without moving its clock). */
export async function runDue(server: { control: string }): Promise<{ status: number; delivered?: number; error?: string }> {
  const res = await fetch(`${server.control}/run`, { method: 'POST' });
  return { status: res.status, ...((await res.json()) as { delivered?: number; error?: string }) };
}
