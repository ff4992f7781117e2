// A conversation survives a crash: walk halfway through the referral on `npx tsx src/server.ts`, SIGKILL it,
// start it again on the same DATA_DIR, and finish from the card the user still has.
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector, TeamsActivities, person } from '../support/fakeConnector.js';
import { spawnServer, tempDataDir, type SpawnedServer } from '../support/server.js';
import { cardText } from './cards.js';
import { startWalk, step, walkToEnd } from './walk.js';

let fc: FakeConnector;
let dataDir: string;
const running: SpawnedServer[] = [];

const env = () => ({
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  MicrosoftAppId: '',
  MicrosoftAppPassword: '',
  SLACK_SIGNING_SECRET: '',
  SLACK_BOT_TOKEN: '',
  SLACK_APP_TOKEN: '',
});

beforeAll(async () => {
  fc = await new FakeConnector().start();
  dataDir = await tempDataDir('sg-restart-');
});
afterAll(async () => {
  for (const s of running) await s.kill();
  await fc.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('restart', () => {
  it('continues the referral after SIGKILL and a restart on the same DATA_DIR, to the same result', async () => {
    // Reference: the same answers without a crash.
    const first = await spawnServer(env());
    running.push(first);
    const ref = TeamsActivities.personal(fc.url, person(901));
    const refWalk = await startWalk(first.url, fc, ref, 'refer');
    const totalSteps = await walkToEnd(first.url, ref, refWalk, 'refer');
    expect(totalSteps).toBeGreaterThanOrEqual(3);

    const u = TeamsActivities.personal(fc.url, person(902));
    const walk = await startWalk(first.url, fc, u, 'refer');
    const half = Math.floor(totalSteps / 2);
    for (let i = 0; i < half; i++) expect(await step(first.url, u, walk, 'refer')).toBeDefined();
    const beforeCrash = cardText(walk.last);
    await first.kill('SIGKILL');

    const second = await spawnServer(env());
    running.push(second);
    // The user presses the button on the card they still have: applied once, not rejected as stale.
    const next = await step(second.url, u, walk, 'refer');
    expect(cardText(next!)).not.toBe(beforeCrash);
    expect(cardText(next!)).not.toMatch(/finished or moved on|older version/);
    const rest = await walkToEnd(second.url, u, walk, 'refer');
    expect(half + 1 + rest).toBe(totalSteps);
    expect(cardText(walk.last)).toBe(cardText(refWalk.last));
    expect(cardText(walk.last)).toMatch(/call 999/i);
    await second.kill('SIGTERM');
  }, 120_000);
});
