// Acceptance: a case file corrupted on disk is never silently skipped or overwritten. Through Slack (signed requests)
// on the real lowdb store: the channel is told its case cannot be read and whom to tell; `case open` of the same
// reference refuses instead of creating an empty case; the file is in quarantine/ and its last good copy in backup/.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileNameFor } from '../../src/store/lowdb.js';
import { tempDataDir } from '../support/server.js';
import type { Place } from '../support/fakeSlack.js';
import { slackSay, startAcceptance, type Acceptance } from './harness.js';

const REF = 'SG-BAD-0001';
const KEY = REF.toLowerCase();
const CH: Place = { channel: 'C0BADCASE', channelName: 'case-bad', user: 'U0LEADBAD', userName: 'lead' };
const OTHER: Place = { channel: 'C0BADOTHER', channelName: 'other', user: 'U0OTHERBAD', userName: 'other' };

let dataDir: string;
let a: Acceptance | undefined;
afterAll(async () => {
  await a?.close();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

const casesDir = () => path.join(dataDir, 'collections', fileNameFor('cases'));
const caseFile = () => path.join(casesDir(), `${fileNameFor(KEY)}.json`);

describe('a corrupted case file', () => {
  it('is quarantined, and the channel that follows it is told, with whom to tell; nothing overwrites it', async () => {
    dataDir = await tempDataDir('sg-bad-case-');
    a = await startAcceptance('2026-11-23T09:00:00Z', { dataDir });
    expect((await slackSay(a, CH, `case open ${REF}`)).text).toMatch(`Case ${REF} opened`);
    expect((await slackSay(a, CH, 'case event verbal-referral 2026-11-23 09:00')).text).toMatch(/written referral/i);
    await a.close();
    a = undefined;

    // The file is cut in half on disk (a bad disk, a bad copy).
    const good = await fs.readFile(caseFile(), 'utf8');
    await fs.writeFile(caseFile(), good.slice(0, Math.floor(good.length / 2)));

    a = await startAcceptance('2026-11-23T10:00:00Z', { dataDir });
    const shown = await slackSay(a, CH, 'case');
    expect(shown.text).toMatch(/could not be read/);
    expect(shown.text).toMatch(/Tell the person who runs this bot/);
    expect(shown.text).not.toMatch(/does not follow a case/);

    // The same reference typed anywhere: refused, never a new empty case over the old one.
    for (const at of [CH, OTHER]) {
      const again = await slackSay(a, at, `case open ${REF}`);
      expect(again.text).toMatch(/could not be read/);
      expect(again.text).not.toMatch(/opened/);
    }
    expect((await slackSay(a, CH, 'case event found today 10:00')).text).toMatch(/could not be read/);

    const quarantined = await fs.readdir(path.join(casesDir(), 'quarantine'));
    expect(quarantined.some((f) => f.startsWith(fileNameFor(KEY)))).toBe(true);
    const backup = JSON.parse(await fs.readFile(path.join(casesDir(), 'backup', `${fileNameFor(KEY)}.json`), 'utf8')) as {
      value: { ref: string; events: unknown[] };
    };
    expect(backup.value.ref).toBe(REF);
    await expect(fs.access(caseFile())).rejects.toThrow();
  });
});
