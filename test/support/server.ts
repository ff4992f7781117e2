// Start the real app for protocol tests: in-process (startApp on port 0) or as `node --import tsx src/server.ts` (restart tests).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { startApp, type RunningApp } from '../../src/app.js';
import type { Clock } from '../../src/clock.js';
import type { Store } from '../../src/store/store.js';
import { silentLogger, type Logger } from '../../src/logger.js';
import { registerSecured, sharedBotAuth, unregisterSecured, type LocalBotAuth } from './botAuth.js';

export interface TestServer {
  url: string;
  app: RunningApp;
  dataDir: string;
  close(): Promise<void>;
}

export async function tempDataDir(prefix = 'sg-test-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

/** The real app (startApp) on 127.0.0.1:0 with a temp DATA_DIR; env entries override the defaults. */
export async function startTestServer(
  opts: {
    env?: Record<string, string | undefined>;
    clock?: Clock;
    store?: Store;
    dataDir?: string;
    /** Validate Teams JWTs against this local key (default: whenever Slack or a database is configured, as in a deployment). */
    teamsAuth?: LocalBotAuth | false;
    log?: Logger;
  } = {},
): Promise<TestServer> {
  const dataDir = opts.dataDir ?? (await tempDataDir());
  let env: Record<string, string | undefined> = { NODE_ENV: 'test', LOG_LEVEL: 'silent', PLAYGROUND: 'off', ...opts.env, PORT: '0', DATA_DIR: dataDir };
  const real = Boolean(env.SLACK_SIGNING_SECRET || env.SLACK_BOT_TOKEN || env.SLACK_APP_TOKEN || env.DATABASE_URL || env.MicrosoftAppId);
  const auth = opts.teamsAuth === false ? undefined : (opts.teamsAuth ?? (real && !env.MicrosoftAppId ? await sharedBotAuth() : undefined));
  if (auth) env = { ...auth.env(), ...env, ...(env.MicrosoftAppId ? {} : auth.env()) };
  const config = loadConfig(env);
  const app = await startApp({
    config,
    log: opts.log ?? silentLogger,
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...(opts.store ? { store: opts.store } : {}),
    ...(auth ? { teams: auth.options() } : {}),
  });
  if (auth) registerSecured(app.url, auth);
  return {
    url: app.url,
    app,
    dataDir,
    async close() {
      unregisterSecured(app.url);
      await app.close();
      if (!opts.dataDir) await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A port that was free a moment ago (the child process needs to know it before it starts). */
export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

export interface SpawnedServer {
  url: string;
  port: number;
  child: ChildProcess;
  output(): string;
  /** Kill the process (default SIGKILL: a crash, no clean shutdown) and wait for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** `node --import tsx src/server.ts` (what `npm start` runs) as a child process; resolves when it prints that it is listening. */
export async function spawnServer(
  env: Record<string, string | undefined>,
  opts: { port?: number; timeoutMs?: number } = {},
): Promise<SpawnedServer> {
  const port = opts.port ?? (await freePort());
  const root = path.resolve(import.meta.dirname, '../..');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', PLAYGROUND: 'off', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so kill() reaches it and anything it starts
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), opts.timeoutMs ?? 30_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (/listening on/i.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${out}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => out,
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // npx runs tsx, which runs node: kill the whole group we started.
      try {
        process.kill(-child.pid!, signal);
      } catch {
        child.kill(signal);
      }
      await exited;
    },
  };
}
