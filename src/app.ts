// Composition root: one HTTP server with /api/messages (Teams), /slack/events (Slack), /healthz, / (playground).
import http from 'node:http';
import express from 'express';
import type { Config } from './config.js';
import type { Clock } from './clock.js';
import { systemClock } from './clock.js';
import { OffsetClock } from './web/demoClock.js';
import type { Logger } from './logger.js';
import { createLogger, errorText } from './logger.js';
import type { Store } from './store/store.js';
import type { Engine } from './conversation/engine.js';
import type { PlatformContext } from './platform.js';
import type { Express, NextFunction, Request, Response } from 'express';
import type { Notifier } from './conversation/notifier.js';
import type { CaseModule } from './cases/index.js';
import type { Core } from './core.js';
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

/** How long a request still running at shutdown may take before its connection is closed. */
const CLOSE_GRACE_MS = 5_000;

/** Listen on PORT/HOST: /healthz answers at once (503 until ready), every other route 503 until then. */
async function listen(config: Config, state: { ready: boolean; failed?: Error }) {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.status(state.ready ? 200 : 503).json({ status: state.ready ? 'ok' : state.failed ? 'failed' : 'starting' });
  });
  // Until the store is connected and every part is mounted, every other request waits outside: 503, nothing runs.
  app.use((_req, res, next) => {
    if (state.ready) return next();
    res
      .status(503)
      .set('Retry-After', '5')
      .json({ error: { code: 'ServiceUnavailable', message: 'The bot is starting.' } });
  });
  const server = http.createServer(app);
  // Keep idle connections longer than the clients' and load balancers' own idle timeouts (60 s on most), so a
  // reused connection is never closed by us just as a request is sent on it (a reset instead of an answer).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  // Closing: no new connections; idle keep-alive ones closed now; a request still running has CLOSE_GRACE_MS to finish,
  // then its connection is closed too (a client that never reads its answer must not hold the shutdown up).
  const close = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    await closed;
    clearTimeout(force);
  };
  return { app, port, close };
}

/**
 * After every route: a path nothing serves is a JSON 404, and an error no route answered (a body that is not JSON, one
 * over a route's limit) a short JSON answer with its 4xx status, or a 500; never Express's HTML page with a stack trace.
 */
function answerTheRest(app: Express, log: Logger): void {
  app.use((_req: Request, res: Response) => void res.status(404).json({ error: { code: 'NotFound', message: 'Nothing is here.' } }));
  app.use((err: { status?: number; statusCode?: number; type?: string }, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err?.status ?? err?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      log.info({ status, type: err?.type, path: req.path }, 'request refused');
      const message = err?.type === 'entity.parse.failed' ? 'The body could not be read as JSON.' : 'The request could not be read.';
      return void res.status(status).json({ error: { code: 'BadRequest', message } });
    }
    log.error({ err: errorText(err), path: req.path }, 'request failed');
    res.status(500).json({ error: { code: 'InternalError', message: 'Something went wrong on the bot side.' } });
  });
}

/** The core (createCore) and every adapter mounted on the app; the notifiers started. */
async function mountParts(app: Express, port: number, opts: AppOptions, clock: Clock, log: Logger, closers: Array<() => Promise<void>>) {
  const { config } = opts;
  const { createStore } = await import('./store/index.js');
  const store = opts.store ?? (await createStore(config, log));
  const { createCore } = await import('./core.js');
  const core: Core = createCore({ config, store, clock, log });
  const { engine, cases, oversight, deps } = core;
  const { Downloads } = await import('./oversight/downloads.js');
  const downloads = new Downloads(
    store,
    clock,
    () => config.PUBLIC_URL ?? `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
  );
  downloads.mount(app);
  const ctx: PlatformContext = { config, engine, store, clock, log, downloads };

  const notifiers: Notifier[] = [];
  const { mountTeams } = await import('./teams/index.js');
  notifiers.push((await mountTeams(app, ctx, opts.teams)).notifier);
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
  // Before the scheduler starts: a digest missed while no process ran is posted by its first poll.
  await oversight.start(notifiers);
  await cases.start(notifiers);
  closers.push(() => cases.stop());
  return { store, engine, cases, slackOn: Boolean(slack) };
}

export async function startApp(opts: AppOptions): Promise<RunningApp> {
  const { config } = opts;
  // The playground's demo clock moves the app's time forward: only when no real channel (Teams, Slack, a shared database) uses it.
  const clock = config.demoClockEnabled ? new OffsetClock(opts.clock ?? systemClock) : (opts.clock ?? systemClock);
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  const state: { ready: boolean; failed?: Error } = { ready: false };
  // The HTTP server listens first, so /healthz answers 503 while the store connects (a database may take a while).
  const { app, port, close: closeServer } = await listen(config, state);
  const closers: Array<() => Promise<void>> = [];
  let parts: Awaited<ReturnType<typeof mountParts>>;
  try {
    parts = await mountParts(app, port, opts, clock, log, closers);
  } catch (e) {
    state.failed = e instanceof Error ? e : new Error(String(e));
    await closeServer();
    for (const c of closers.reverse()) await c().catch(() => {});
    throw e;
  }
  const { store, engine, cases, slackOn } = parts;
  answerTheRest(app, log);
  state.ready = true;
  log.info({ port, host: config.host, store: config.DATABASE_URL ? 'postgres' : 'lowdb', slack: slackOn }, 'ready');
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    engine,
    store,
    cases,
    async close() {
      state.ready = false;
      await closeServer();
      for (const c of closers.reverse()) await c();
      await store.close();
    },
  };
}
