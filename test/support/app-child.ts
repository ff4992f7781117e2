// Test-only entry point (never used in production): the real startApp (src/app.ts) in a child process, as
// src/server.ts runs it, with two things only a test may wire in:
// - Teams JWT validation against the test's own local OpenID metadata and JWKS (LocalBotAuth in the parent;
//   its metadata URL comes in SG_TEST_OPENID_METADATA_URL, a variable of the tests, not of the app);
// - a clock the test moves: real time plus an offset, moved only through this child's own loopback control
//   port (POST /clock {"step": "hour" | "day" | "next"}, then the due reminders run). The app gets a clock it cannot move.
//   SG_TEST_CLOCK_OFFSET_MS (a variable of the tests) starts it that far ahead (or behind) (GET /now gives a child's offset).
// Prints "control on <url>" once the control port listens, then "listening on <url>" once the app is ready.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig, ConfigError } from '../../src/config.js';
import { startApp, type RunningApp } from '../../src/app.js';
import { systemClock, type Clock } from '../../src/clock.js';
import { OffsetClock } from '../../src/web/demoClock.js';
import { advanceDemoClock, type ClockStep } from '../../src/web/clockControl.js';
import { LocalBotAuth } from './botAuth.js';

// SG_TEST_CLOCK_OFFSET_MS may be negative: a walk through fixed dates (e.g. Christmas 2026) still runs once the
// machine's clock has passed them. From there the clock only moves forward.
const startOffsetMs = Number(process.env.SG_TEST_CLOCK_OFFSET_MS ?? 0);
if (!Number.isFinite(startOffsetMs)) throw new Error('SG_TEST_CLOCK_OFFSET_MS must be a number of milliseconds');
const testClock = new OffsetClock({ now: () => new Date(systemClock.now().getTime() + startOffsetMs) });
// A child started again after a restart goes on at the time the test had moved its predecessor to.

/** What the app sees: the test clock's time, with no way to move it. */
const appClock: Clock = { now: () => testClock.now() };
let app: RunningApp | undefined;

async function control(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  try {
    if (req.method === 'GET' && req.url === '/now') return send(200, { now: testClock.now().toISOString(), offsetMs: startOffsetMs + testClock.offset });
    if (!app) return send(503, { error: 'the app is not ready' });
    if (req.method === 'POST' && req.url === '/clock') {
      const { step } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { step?: ClockStep };
      if (step !== 'hour' && step !== 'day' && step !== 'next') return send(400, { error: 'step must be hour, day or next' });
      const out = await advanceDemoClock(testClock, app.cases, step);
      return send(200, { now: testClock.now().toISOString(), ...out });
    }
    if (req.method === 'POST' && req.url === '/run') return send(200, { delivered: await app.cases.runDue() });
    send(404, { error: 'not found' });
  } catch (e) {
    send(500, { error: e instanceof Error ? e.message : String(e) });
  }
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const ctl = http.createServer((req, res) => void control(req, res));
  await new Promise<void>((r) => ctl.listen(0, '127.0.0.1', r));
  console.log(`control on http://127.0.0.1:${(ctl.address() as AddressInfo).port}`);

  const metadataUrl = process.env.SG_TEST_OPENID_METADATA_URL;
  let teams;
  if (metadataUrl) {
    const auth = new LocalBotAuth();
    auth.metadataUrl = metadataUrl;
    teams = auth.options();
  }
  app = await startApp({ config, clock: appClock, ...(teams ? { teams } : {}) });
  console.log(`Safeguarding assistant (test child) listening on ${app.url}`);
  const stop = async () => {
    await app?.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e) => {
  console.error(`Safeguarding assistant could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
