// Child process for the turn benchmarks: the echo bot (bench/echo-bot.ts) or the real server (startApp), so that the
// CPU a turn costs is measured in the server's own process (process.cpuUsage), apart from the load generator.
// Parent -> child over IPC: {op:'usage'} -> {cpuMs, rss, heapUsed}; {op:'stop'} closes and exits (a --cpu-prof
// profile is written then); {op:'profile-start'} / {op:'profile-stop', file} profile a measured window. Configured by BENCH_SERVER (JSON): {kind, metadataUrl, dataDir?, databaseUrl?, schema?, slackApiUrl?}.
import { Session } from 'node:inspector/promises';
import { readdirSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { stat, writeFile } from 'node:fs/promises';
import { LocalBotAuth, TEST_APP_ID } from '../test/support/botAuth.js';
import { startEchoBot } from './echo-bot.js';
import { statCpu } from './procStat.js';

interface ServerSpec {
  kind: 'echo' | 'app';
  metadataUrl: string;
  dataDir?: string;
  databaseUrl?: string;
  schema?: string;
  slackApiUrl?: string;
  slackSecret?: string;
}

const spec = JSON.parse(process.env.BENCH_SERVER ?? '{}') as ServerSpec;
/** The longest the event loop was held up since the last usage reading (a long task or a GC pause on the main thread). */
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
/**
 * The longest a file-system call (a stat, through libuv's thread pool, where the store's reads and writes go too) took
 * since the last usage reading: asked every 100 ms. Long ones while the event loop is free point at the disk or a pool
 * kept busy, not at our code.
 */
let fsProbeMaxMs = 0;
// Both only while asked for ({op:'fs-probe', on}): their timers cost CPU of their own (10 ms and 100 ms).
let fsProbe: NodeJS.Timeout | undefined;
function probeFs(on: boolean): void {
  clearInterval(fsProbe);
  fsProbe = undefined;
  if (!on) return void loopDelay.disable();
  loopDelay.enable();
  fsProbe = setInterval(() => {
    const t0 = performance.now();
    void stat(process.cwd()).then(() => (fsProbeMaxMs = Math.max(fsProbeMaxMs, performance.now() - t0)));
  }, 100);
  fsProbe.unref();
}
const send = (m: unknown) => process.send?.(m);

async function main(): Promise<void> {
  // The channel's keys are the parent's (it signs the tokens); only the outbound credentials factory is built here.
  const auth = new LocalBotAuth();
  auth.metadataUrl = spec.metadataUrl;
  const teams = auth.options();
  let close: () => Promise<void>;
  let url: string;
  if (spec.kind === 'echo') {
    const bot = await startEchoBot({
      appId: TEST_APP_ID,
      appPassword: auth.env().MicrosoftAppPassword!,
      openIdMetadataUrl: spec.metadataUrl,
      credentialsFactory: teams.credentialsFactory!,
    });
    url = bot.url;
    close = bot.close;
  } else {
    const { startApp } = await import('../src/app.js');
    const { loadConfig } = await import('../src/config.js');
    const { createLogger } = await import('../src/logger.js');
    const { PostgresStore } = await import('../src/store/postgres.js');
    const config = loadConfig({
      NODE_ENV: 'production',
      PLAYGROUND: 'off',
      LOG_LEVEL: 'silent',
      PORT: '0',
      ...auth.env(),
      ...(spec.dataDir ? { DATA_DIR: spec.dataDir } : {}),
      ...(spec.databaseUrl ? { DATABASE_URL: spec.databaseUrl } : {}),
      ...(spec.slackApiUrl
        ? {
            SLACK_SIGNING_SECRET: spec.slackSecret ?? 'bench-signing-secret',
            SLACK_BOT_TOKEN: 'xoxb-bench',
            SLACK_API_URL: spec.slackApiUrl,
          }
        : {}),
    });
    const store = spec.databaseUrl ? await PostgresStore.open({ connectionString: spec.databaseUrl, schema: spec.schema }) : undefined;
    const app = await startApp({ config, log: createLogger('silent'), teams, ...(store ? { store } : {}) });
    url = app.url;
    close = app.close;
  }
  process.on('message', (m: { op: string; id?: number }) => {
    if (m.op === 'usage') {
      const cpu = process.cpuUsage();
      const mem = process.memoryUsage();
      const loopDelayMaxMs = fsProbe ? loopDelay.max / 1e6 : undefined;
      loopDelay.reset();
      const fsMaxMs = fsProbe ? fsProbeMaxMs : undefined;
      fsProbeMaxMs = 0;
      send({
        id: m.id,
        cpuMs: (cpu.user + cpu.system) / 1000,
        rss: mem.rss,
        heapUsed: mem.heapUsed,
        heapTotal: mem.heapTotal,
        external: mem.external,
        threads: threadCpu(),
        loopDelayMaxMs,
        fsProbeMaxMs: fsMaxMs,
      });
    } else if (m.op === 'fs-probe') {
      probeFs(Boolean((m as { on?: boolean }).on));
      send({ id: m.id });
    } else if (m.op === 'gc') {
      (globalThis as { gc?: () => void }).gc?.();
      send({ id: m.id });
    } else if (m.op === 'profile-start') {
      void profileStart().then(() => send({ id: m.id }));
    } else if (m.op === 'profile-stop') {
      void profileStop((m as { file?: string }).file!).then(() => send({ id: m.id }));
    } else if (m.op === 'stop') {
      void close().finally(() => {
        send({ id: m.id });
        process.exit(0);
      });
    }
  });
  send({ ready: true, url });
}

/**
 * CPU ms of each thread of this process by name (Linux /proc; {} elsewhere), 10 ms resolution: the main thread is the
 * one named like the process ("node"); V8's GC and compiler helpers are "V8 DefaultWorke", libuv's pool "libuv-worker".
 */
function threadCpu(): Record<string, number> {
  const out: Record<string, number> = {};
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const cpu = statCpu(`/proc/self/task/${tid}/stat`);
      if (!cpu) continue; // the thread ended
      const key = tid === String(process.pid) ? 'main' : cpu.name;
      out[key] = (out[key] ?? 0) + cpu.ms;
    }
  } catch {
    // not Linux
  }
  return out;
}

// The CPU profile of a measured window only (start-up excluded), as node --cpu-prof writes it (.cpuprofile).
let session: Session | undefined;
async function profileStart(): Promise<void> {
  session ??= new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
async function profileStop(file: string): Promise<void> {
  if (!session) return;
  const { profile } = await session.post('Profiler.stop');
  await writeFile(file, JSON.stringify(profile));
  session.disconnect();
  session = undefined;
}

main().catch((err) => {
  send({ error: String(err instanceof Error ? err.stack : err) });
  process.exit(1);
});
