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

export interface AppOptions {
  config: Config;
  clock?: Clock;
  log?: Logger;
  store?: Store;
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
  // The playground's demo clock moves the app's time forward (never when the playground is off).
  const clock = config.playgroundEnabled ? new OffsetClock(opts.clock ?? systemClock) : (opts.clock ?? systemClock);
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  let ready = false;
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'starting' });
  });

  const { createStore } = await import('./store/index.js');
  const store = opts.store ?? (await createStore(config, log));
  const { buildFlowDeps } = await import('./procedure/index.js');
  const deps = buildFlowDeps(config);
  const { allFlows } = await import('../dialogs/index.js');
  const { createCaseModule } = await import('./cases/index.js');
  const cases = createCaseModule({ store, clock, log, config, deps });
  const { looksLikePersonalData } = await import('./cases/reference.js');
  const engine = new Engine({ store, clock, log, deps }, allFlows, cases.handlers, looksLikePersonalData);
  const ctx: PlatformContext = { config, engine, store, clock, log };

  const notifiers: Notifier[] = [];
  const closers: Array<() => Promise<void>> = [];
  const { mountTeams } = await import('./teams/index.js');
  notifiers.push((await mountTeams(app, ctx)).notifier);
  const { mountSlack } = await import('./slack/index.js');
  const slack = await mountSlack(app, ctx);
  if (slack) {
    notifiers.push(slack.notifier);
    closers.push(slack.stop);
  }
  if (config.playgroundEnabled) {
    const { mountPlayground } = await import('./web/index.js');
    const pg = await mountPlayground(app, { ...ctx, cases, deps });
    notifiers.push(pg.notifier);
  }
  await cases.start(notifiers);
  closers.push(() => cases.stop());

  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(config.PORT, '0.0.0.0', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  ready = true;
  log.info({ port, store: config.DATABASE_URL ? 'postgres' : 'lowdb', slack: Boolean(slack) }, 'ready');
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    engine,
    store,
    cases,
    async close() {
      ready = false;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      for (const c of closers.reverse()) await c();
      await store.close();
    },
  };
}
