// Start-up catch-up (real time, nobody touches the clock): a verbal referral recorded 3 days late makes its
// overdue reminder due at once; the process dies before posting it; the next process posts it to each
// channel once, right after start-up (not a poll interval later), and never again.
import { describe, expect, it } from 'vitest';
import { SlackDriver } from '../support/fakeSlack.js';
import { DEFAULTS } from '../../src/reminders/scheduler.js';
import {
  CaseChannels,
  SECRET,
  advance,
  durabilityRig,
  openCaseWithReferral,
  serverEnv,
  slackPosts,
  slackText,
  teamsPosts,
  teamsText,
  until,
} from './support.js';

const rig = durabilityRig();
const DAY = 24 * 3_600_000;

describe('start-up catch-up', () => {
  it('a reminder that fell due while no process ran is posted once, at start-up', async () => {
    const { fc, fake } = rig;
    const env = serverEnv({ dataDir: await rig.dataDir('sg-catchup-'), slackApiUrl: fake.apiUrl });
    const first = await rig.spawn(env);
    let driver = new SlackDriver(first.url, SECRET, fake);
    const ch = new CaseChannels(3, fc, () => driver);
    // Recorded 3 days late: the written referral (48 h) is overdue, its reminder due now.
    await openCaseWithReferral(first.url, ch, fake, new Date(Date.now() - 3 * DAY));
    await first.kill('SIGKILL');
    // The process died before its first poll: nothing was posted.
    expect(teamsPosts(fc, ch)).toHaveLength(0);
    expect(slackPosts(fake, ch)).toHaveLength(0);

    const second = await rig.spawn(env);
    driver = new SlackDriver(second.url, SECRET, fake);
    const started = Date.now();
    await until(() => teamsPosts(fc, ch).length > 0 && slackPosts(fake, ch).length > 0, 'the missed reminder after start-up', 15_000);
    // At start-up, not a poll interval later.
    expect(Date.now() - started).toBeLessThan(DEFAULTS.pollMs);
    expect(teamsText(teamsPosts(fc, ch)[0]!)).toMatch(/written referral/i);
    expect(slackText(slackPosts(fake, ch)[0]!)).toMatch(/written referral/i);

    // The next job (the escalation to the lead, or 09:00 on the next working day) is the next post: the missed one
    // was not posted twice.
    const next = await advance(second, 'next');
    expect(next.advancedMs).toBeGreaterThan(0);
    expect(teamsPosts(fc, ch)).toHaveLength(2);
    expect(slackPosts(fake, ch)).toHaveLength(2);
    await second.kill('SIGTERM');
  }, 60_000);
});
