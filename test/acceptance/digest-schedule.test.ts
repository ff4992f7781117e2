// Acceptance on the embedded store (lowdb, one process): the duty digest subscribed in a Teams channel is posted
// each working day at 08:30 London, not on Christmas Day, the weekend or the Boxing Day substitute; after a
// restart over a digest time, the missed one is posted once, late, by the new process.
import { afterAll, describe, expect, it } from 'vitest';
import { TeamsActivities, cardOf, person, postActivity } from '../support/fakeConnector.js';
import { cardVisibleText } from '../support/drivers.js';
import { tempDataDir } from '../support/server.js';
import { startAcceptance, type Acceptance } from './harness.js';
import fs from 'node:fs/promises';

const DUTY = person(95);
let a: Acceptance | undefined;
let dir: string | undefined;
afterAll(async () => {
  await a?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

const digestsSince = (x: Acceptance, from: number) =>
  x.fc.requests
    .slice(from)
    .filter((r) => r.method === 'POST' && cardOf(r.body))
    .map((r) => cardVisibleText(cardOf(r.body)!))
    .filter((t) => /^Duty digest/.test(t));

describe('the scheduled duty digest on lowdb', () => {
  it('working days only, across Christmas 2026, and caught up once after a restart', async () => {
    dir = await tempDataDir('sg-digest-lowdb-');
    a = await startAcceptance('2026-12-23T12:00:00Z', { dataDir: dir });
    const room = TeamsActivities.groupChat(a.fc.url, DUTY, '19:duty-lowdb@thread.v2');
    const res = await postActivity(a.server.url, room.message('duty digest here 08:30'));
    expect(res.status).toBe(200);
    const start = a.fc.requests.length;
    // Each day at 08:31, from Thursday 24 to Tuesday 29 December.
    for (const day of ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29']) {
      a.clock.set(new Date(`${day}T08:31:00Z`));
      await a.server.app.cases.runDue();
    }
    const posted = digestsSince(a, start);
    expect(posted.map((t) => /Duty digest: (\w+ \d+ \w+)/.exec(t)![1])).toEqual(['Thursday 24 December', 'Tuesday 29 December']);
    expect(posted.every((t) => !/Posted late/.test(t))).toBe(true);

    // Down from 29 December 09:00 to 31 December 10:00: the 30th and 31st were missed; one post, late.
    a.clock.set(new Date('2026-12-29T09:00:00Z'));
    await a.server.close();
    const fc = a.fc;
    const fake = a.fake;
    const oldCount = fc.requests.length;
    const again = await startAcceptance('2026-12-31T10:00:00Z', { dataDir: dir });
    const mark = 0;
    // A message first: the Teams reference of the room is refreshed for the new fake connector.
    await postActivity(again.server.url, TeamsActivities.groupChat(again.fc.url, DUTY, '19:duty-lowdb@thread.v2').message('help'));
    await again.server.app.cases.runDue();
    // Once in total: by the new process, through whichever connector the room's reference named.
    const after = [...digestsSince(again, mark), ...digestsSince({ fc } as Acceptance, oldCount)];
    await fc.close();
    await fake.close();
    a = again;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatch(/Duty digest: Thursday 31 December 2026/);
    expect(after[0]).toMatch(/Posted late: due at Wednesday 30 December 2026, 08:30/);
    // The next is Monday 4 January (1 January is a bank holiday): nothing more on the 31st.
    a.clock.set(new Date('2026-12-31T16:00:00Z'));
    await a.server.app.cases.runDue();
    expect(digestsSince(a, mark).length + digestsSince({ fc } as Acceptance, oldCount).length).toBe(1);
  });
});
