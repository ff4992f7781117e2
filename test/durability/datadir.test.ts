/* eslint-disable @typescript-eslint/no-explicit-any -- activity JSON is untyped here */
// A damaged DATA_DIR, through the real `node --import tsx src/server.ts` (Teams in local Emulator mode, a fake connector):
// - a truncated case file: the server starts, moves the file to quarantine/ and logs it (with its backup); the case
//   is neither shown nor overwritten: `case` and `case open` of it answer that it cannot be read, and no new case appears;
// - a truncated scheduler job, or a lock file that does not hold a pid: start-up refuses, exit code 1, naming the file.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector, cardOf, type Recorded } from '../support/fakeConnector.js';
import { tempDataDir } from '../support/server.js';
import { spawnEntry, type Spawned } from '../support/appChild.js';
import { cardText } from '../teams/cards.js';
import { fileNameFor, keyForFileName } from '../../src/store/lowdb.js';
import { JOBS_COLLECTION } from '../../src/reminders/embedded.js';
import { CaseChannels, until, verbalReferralAt } from './support.js';

let fc: FakeConnector;
const running: Spawned[] = [];
const dirs: string[] = [];
beforeAll(async () => {
  fc = await new FakeConnector().start();
});
afterAll(async () => {
  for (const s of running) await s.kill();
  await fc.close();
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

const env = (dataDir: string) => ({
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  MicrosoftAppId: '',
  MicrosoftAppPassword: '',
  SLACK_SIGNING_SECRET: '',
  SLACK_BOT_TOKEN: '',
  SLACK_APP_TOKEN: '',
  LOG_LEVEL: 'info',
});

async function dataDir(): Promise<string> {
  const d = await tempDataDir('sg-datadir-');
  dirs.push(d);
  return d;
}

/** The real server, ready (listening). */
async function start(dir: string): Promise<Spawned> {
  const s = await spawnEntry('src/server.ts', env(dir));
  running.push(s);
  await s.waitForOutput(/listening on/i);
  return s;
}

/** The real server, expected to refuse to start: its exit code and output. */
async function refused(dir: string): Promise<{ code: number | null; output: string }> {
  const s = await spawnEntry('src/server.ts', env(dir));
  running.push(s);
  const code = await Promise.race([s.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30_000))]);
  if (code === 'timeout') throw new Error(`the server did not stop:\n${s.output()}`);
  return { code, output: s.output() };
}

const text = (r: Recorded) => {
  const card = cardOf(r.body);
  return card ? cardText(card) : String((r.body as any).text ?? '');
};

/** What the bot sent (anywhere) in answer to a message typed in the channel. */
async function say(url: string, ch: CaseChannels, words: string): Promise<string> {
  const before = fc.requests.length;
  await ch.teamsSay(url, words);
  await until(() => fc.requests.length > before, `an answer to "${words}"`, 10_000);
  return fc.requests.slice(before).map(text).join('\n---\n');
}

const truncate = async (file: string) => {
  const t = await fs.readFile(file, 'utf8');
  await fs.writeFile(file, t.slice(0, Math.floor(t.length / 2)));
};
const exists = (p: string) =>
  fs.stat(p).then(
    () => true,
    () => false,
  );
const noSlack = () => {
  throw new Error('no Slack in this test');
};

describe('a truncated case file', () => {
  it('is quarantined and logged at start-up; the case is refused, never shown empty or overwritten', async () => {
    const dir = await dataDir();
    const ch = new CaseChannels(61, fc, noSlack);
    const other = new CaseChannels(62, fc, noSlack);
    let srv = await start(dir);
    expect(await say(srv.url, ch, 'case open SG-DMG-0061')).toMatch(/SG-DMG-0061/);
    await say(srv.url, ch, verbalReferralAt(new Date(Date.now() - 3_600_000))); // a second write: the first is backed up
    await srv.kill('SIGTERM');

    const casesDir = path.join(dir, 'collections', fileNameFor('cases'));
    const [name] = (await fs.readdir(casesDir)).filter((f) => f.endsWith('.json'));
    const file = path.join(casesDir, name!);
    const backup = path.join(casesDir, 'backup', name!);
    expect(await exists(backup)).toBe(true);
    await truncate(file);
    const damaged = await fs.readFile(file, 'utf8');

    srv = await start(dir);
    const quarantined = path.join(casesDir, 'quarantine', name!);
    // One JSON log line names the file, where it went and its last good version.
    const line = srv
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.quarantinedAt === quarantined);
    expect(line, srv.output()).toMatchObject({ level: 50, file, backup, collection: 'cases' });
    expect(await fs.readFile(quarantined, 'utf8')).toBe(damaged);
    expect(await exists(file)).toBe(false);

    // The channel that follows it is told it cannot be read (not "no case"); nothing is shown of it.
    expect(await say(srv.url, ch, 'case')).toMatch(/cannot be read/i);
    // Opening it again from another channel does not start an empty case in its place.
    const reopened = await say(srv.url, other, 'case open SG-DMG-0061');
    expect(reopened).toMatch(/cannot be read/i);
    expect(reopened).not.toMatch(/opened/i);
    expect(await exists(file)).toBe(false);
    expect(await fs.readFile(quarantined, 'utf8')).toBe(damaged);
    expect(JSON.parse(await fs.readFile(backup, 'utf8'))).toMatchObject({ key: keyForFileName(name!.slice(0, -'.json'.length)) });
    await srv.kill('SIGTERM');

    // An operator restores the last good version: the case is back.
    await fs.copyFile(backup, file);
    srv = await start(dir);
    expect(await say(srv.url, ch, 'case')).toMatch(/SG-DMG-0061/);
    await srv.kill('SIGTERM');
  }, 120_000);
});

describe('start-up refuses a damaged DATA_DIR', () => {
  it('a truncated scheduler job: exit code 1, naming the file', async () => {
    const dir = await dataDir();
    const srv = await start(dir); // schedules the daily retention job
    await srv.kill('SIGTERM');
    const jobsDir = path.join(dir, 'collections', fileNameFor(JOBS_COLLECTION));
    const [name] = (await fs.readdir(jobsDir)).filter((f) => f.endsWith('.json'));
    expect(name).toBeDefined();
    const file = path.join(jobsDir, name!);
    await truncate(file);
    const { code, output } = await refused(dir);
    expect(code).toBe(1);
    expect(output).toContain(`DATA_DIR file ${file} is corrupt`);
    expect(output).toMatch(/before starting/);
    expect(output).not.toMatch(/listening on/i);
    expect(await exists(file)).toBe(true); // left for the operator
  }, 60_000);

  it('a lock file that does not hold a process id: exit code 1, naming it', async () => {
    const dir = await dataDir();
    const lock = path.join(dir, '.lock');
    await fs.writeFile(lock, '\u0000\u0000garbage');
    const { code, output } = await refused(dir);
    expect(code).toBe(1);
    expect(output).toContain(`DATA_DIR file ${lock} is corrupt`);
    expect(output).not.toMatch(/listening on/i);
  }, 60_000);
});
