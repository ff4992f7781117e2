// Composition root: one HTTP server with /api/messages (Teams), /slack/events (Slack), /healthz, / (playground).
import http from 'node:http';
import express from 'express';
import type { Config } from './config.js';
import type { Clock } from './clock.js';
import { systemClock } from './clock.js';
import { OffsetClock } from './web/demoClock.js';
import type { Logger } from './logger.js';
import { createLogger } from './logger.js';
import type { Store } from './store/store.js';
import { Engine } from './conversation/engine.js';
import type { PlatformContext } from './platform.js';
import type { Notifier } from './conversation/notifier.js';
import type { CaseModule } from './cases/index.js';
import type { TeamsAuthOptions } from './teams/index.js';

export interface AppOptions {
  config: Config;
  clock?: Clock;
  log?: Logger;
  store?: Store;
  /** Teams auth wiring for tests (a local OpenID metadata / JWKS source, a credentials factory); never from the environment. */
  teams?: TeamsAuthOptions;
}

export interface RunningApp {
  url: string;
  port: number;
  engine: Engine;
  store: Store;
  cases: CaseModule;
  close(): Promise<void>;
}

export async function startApp(opts: AppOptions): Promise<RunningApp> {
  const { config } = opts;
  // The playground's demo clock moves the app's time forward: only when no real channel (Teams, Slack, a shared database) uses it.
  const clock = config.demoClockEnabled ? new OffsetClock(opts.clock ?? systemClock) : (opts.clock ?? systemClock);
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  let ready = false;
  let failed: Error | undefined;
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : failed ? 'failed' : 'starting' });
  });
  // Until the store is connected and every part is mounted, every other request waits outside: 503, nothing runs.
  app.use((_req, res, next) => {
    if (ready) return next();
    res.status(503).set('Retry-After', '5').json({ error: { code: 'ServiceUnavailable', message: 'The bot is starting.' } });
  });

  // The HTTP server listens first, so /healthz answers 503 while the store connects (a database may take a while).
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const closeServer = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections?.();
  };

  const closers: Array<() => Promise<void>> = [];
  let store: Store;
  let engine: Engine;
  let cases: CaseModule;
  let slackOn = false;
  try {
    const { createStore } = await import('./store/index.js');
    store = opts.store ?? (await createStore(config, log));
    const { buildFlowDeps } = await import('./procedure/index.js');
    const deps = buildFlowDeps(config, log);
    const { allFlows } = await import('../dialogs/index.js');
    const { createCaseModule } = await import('./cases/index.js');
    cases = createCaseModule({ store, clock, log, config, deps });
    const { createOversight } = await import('./oversight/index.js');
    const { Downloads } = await import('./oversight/downloads.js');
    const oversight = createOversight({ module: cases, store, log });
    const { looksLikePersonalData } = await import('./cases/reference.js');
    // The oversight commands come first: `case chronology` is theirs, every other `case ...` the case module's.
    engine = new Engine({ store, clock, log, deps }, allFlows, [...oversight.handlers, ...cases.handlers], looksLikePersonalData);
    const downloads = new Downloads(store, clock, () => config.PUBLIC_URL ?? `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`);
    downloads.mount(app);
    const ctx: PlatformContext = { config, engine, store, clock, log, downloads };

    const notifiers: Notifier[] = [];
    const { mountTeams } = await import('./teams/index.js');
    notifiers.push((await mountTeams(app, ctx, opts.teams)).notifier);
    const { mountSlack } = await import('./slack/index.js');
    const slack = await mountSlack(app, ctx);
    if (slack) {
      slackOn = true;
      notifiers.push(slack.notifier);
      closers.push(slack.stop);
    }
    if (config.playgroundEnabled) {
      const { mountPlayground } = await import('./web/index.js');
      const pg = await mountPlayground(app, { ...ctx, cases, deps });
      notifiers.push(pg.notifier);
    }
    // Before the scheduler starts: a digest missed while no process ran is posted by its first poll.
    await oversight.start(notifiers);
    await cases.start(notifiers);
    closers.push(() => cases.stop());
  } catch (e) {
    failed = e instanceof Error ? e : new Error(String(e));
    await closeServer();
    for (const c of closers.reverse()) await c().catch(() => {});
    throw e;
  }

  ready = true;
  log.info({ port, host: config.host, store: config.DATABASE_URL ? 'postgres' : 'lowdb', slack: slackOn }, 'ready');
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    engine,
    store,
    cases,
    async close() {
      ready = false;
      await closeServer();
      for (const c of closers.reverse()) await c();
      await store.close();
    },
  };
}
