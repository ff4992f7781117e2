// A restart without one platform's settings (here Slack) does not lose that platform's reminders: the
// other channel gets its post, and the Slack one is posted once, marked late, when Slack is configured again.
import { describe, expect, it } from 'vitest';
import { SlackDriver } from '../support/fakeSlack.js';
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
  twoHoursAgo,
} from './support.js';

const rig = durabilityRig();

describe('a platform missing for a while', () => {
  it('its reminder waits for it and is posted there once when it is back', async () => {
    const { fc, fake } = rig;
    const env = serverEnv({ dataDir: await rig.dataDir('sg-platform-off-'), slackApiUrl: fake.apiUrl });
    const first = await rig.spawn(env);
    const driver = new SlackDriver(first.url, SECRET, fake);
    const ch = new CaseChannels(41, fc, () => driver);
    await openCaseWithReferral(first.url, ch, fake, twoHoursAgo());
    await first.kill('SIGKILL');

    // Restarted without Slack settings: the reminder 24 h before due reaches Teams only.
    const noSlack = await rig.spawn({ ...env, SLACK_SIGNING_SECRET: '', SLACK_BOT_TOKEN: '', SLACK_API_URL: '' });
    await advance(noSlack, 'day');
    await advance(noSlack, 'hour');
    expect(teamsPosts(fc, ch)).toHaveLength(1);
    expect(slackPosts(fake, ch)).toHaveLength(0);
    await noSlack.kill('SIGKILL');

    // Slack configured again: the waiting reminder is posted to Slack once (late), not again to Teams.
    // (Each process's demo clock starts from real time: two hours on passes the retry's backoff.)
    const back = await rig.spawn(env);
    await advance(back, 'day');
    await advance(back, 'hour');
    await advance(back, 'hour');
    expect(slackPosts(fake, ch)).toHaveLength(1);
    expect(slackText(slackPosts(fake, ch)[0]!)).toMatch(/late/i);
    expect(teamsPosts(fc, ch)).toHaveLength(1);
    await advance(back, 'hour');
    expect(slackPosts(fake, ch)).toHaveLength(1);
    expect(teamsPosts(fc, ch)).toHaveLength(1);
    await back.kill('SIGTERM');
  }, 60_000);
});
