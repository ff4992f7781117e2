// Delivery failures through the real server: a 429 with Retry-After or a 500 from Teams or Slack is retried
// and the reminder delivered once; a 403 (the app was removed) / not_in_channel is not retried, and audited.
import { describe, expect, it } from 'vitest';
import { SlackDriver } from '../support/fakeSlack.js';
import type { AppChild } from '../support/appChild.js';
import { LowdbStore } from '../../src/store/lowdb.js';
import { AUDIT_LOG } from '../../src/cases/audit.js';
import {
  CaseChannels,
  SECRET,
  advance,
  durabilityRig,
  openCaseWithReferral,
  serverEnv,
  slackPosts,
  teamsPosts,
  twoHoursAgo,
  until,
} from './support.js';

const rig = durabilityRig();

/** A server on a fresh DATA_DIR with a case in a Teams and a Slack channel, its written referral due in 46 h. */
async function caseServer(n: number): Promise<{ srv: AppChild; ch: CaseChannels; dataDir: string }> {
  const dataDir = await rig.dataDir('sg-failures-');
  const srv = await rig.spawn(serverEnv({ dataDir, slackApiUrl: rig.fake.apiUrl }));
  const driver = new SlackDriver(srv.url, SECRET, rig.fake);
  const ch = new CaseChannels(n, rig.fc, () => driver);
  await openCaseWithReferral(srv.url, ch, rig.fake, twoHoursAgo());
  return { srv, ch, dataDir };
}

const rejectedIn = (ch: CaseChannels) => rig.fc.rejected.filter((r) => decodeURIComponent(r.path).includes(ch.teamsChannel));
/** Every chat.postMessage tried into the case's Slack channel after its set-up, answered ok or not. */
const slackTries = (ch: CaseChannels) =>
  rig.fake.calls.slice(ch.slackFrom).filter((c) => c.method === 'chat.postMessage' && c.body.channel === ch.slackAt.channel);

describe('delivery failures', () => {
  it('429 with Retry-After and 500 are retried until delivered, once per channel', async () => {
    const { fc, fake } = rig;
    const { srv, ch } = await caseServer(31);

    // Both answer 429 (Retry-After: 1 s): posted on the retry, without anyone moving the clock, and not before the
    // Retry-After is over (when the 429 and the post reached the fake connector, sampled every 5 ms; the retry may come
    // before the clock control's answer does, as the scheduler runs what falls due as soon as it is due).
    fc.failNext(429, { 'Retry-After': '1' });
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    let rejectedAt = 0;
    let postedAt = 0;
    const sampler = setInterval(() => {
      if (!rejectedAt && rejectedIn(ch).length) rejectedAt = Date.now();
      if (!postedAt && teamsPosts(fc, ch).length) postedAt = Date.now();
    }, 5);
    await advance(srv, 'day');
    expect(rejectedIn(ch).map((r) => r.status)).toEqual([429]);
    expect(slackTries(ch).map((c) => c.response?.error)).toEqual(['ratelimited']);
    await until(() => teamsPosts(fc, ch).length > 0 && slackPosts(fake, ch).length > 0, 'the posts after Retry-After', 15_000);
    clearInterval(sampler);
    expect(rejectedAt).toBeGreaterThan(0);
    expect(postedAt - rejectedAt).toBeGreaterThanOrEqual(950);
    expect(teamsPosts(fc, ch)).toHaveLength(1);
    expect(slackPosts(fake, ch)).toHaveLength(1);

    // Both answer 500 (Teams on every try of the send: botbuilder's own retry tries a 5xx at most 3 more times):
    // nothing posted; the scheduler's retry (backoff, an hour on) posts each once.
    fc.failNext(500, {}, 4);
    fake.failNext('chat.postMessage', { status: 500 });
    await advance(srv, 'day');
    expect(rejectedIn(ch).map((r) => r.status)).toEqual([429, 500, 500, 500, 500]);
    expect(slackTries(ch).filter((c) => !c.response?.ok)).toHaveLength(2);
    expect(teamsPosts(fc, ch)).toHaveLength(1);
    expect(slackPosts(fake, ch)).toHaveLength(1);
    await advance(srv, 'hour');
    expect(teamsPosts(fc, ch)).toHaveLength(2);
    expect(slackPosts(fake, ch)).toHaveLength(2);
    await advance(srv, 'hour');
    expect(teamsPosts(fc, ch)).toHaveLength(2);
    expect(slackPosts(fake, ch)).toHaveLength(2);
    await srv.kill('SIGTERM');
  }, 60_000);

  it('403 from Teams and not_in_channel from Slack are not retried, and are audited', async () => {
    const { fc, fake } = rig;
    const { srv, ch, dataDir } = await caseServer(32);
    fc.failNext(403);
    fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    await advance(srv, 'day');
    await advance(srv, 'hour');
    await advance(srv, 'hour');
    // One try each, never again for that reminder.
    expect(rejectedIn(ch).map((r) => r.status)).toEqual([403]);
    expect(slackTries(ch)).toHaveLength(1);
    expect(teamsPosts(fc, ch)).toHaveLength(0);
    expect(slackPosts(fake, ch)).toHaveLength(0);
    await srv.kill('SIGTERM');

    const store = await LowdbStore.open(dataDir);
    try {
      const failed = (await store.readLog(AUDIT_LOG, { field: 'case', equals: 'sg-dur-0032' })).filter((e) => e.what === 'reminder-failed');
      expect(failed.map((e) => (e.detail as Record<string, unknown>).platform).sort()).toEqual(['slack', 'teams']);
      for (const e of failed) expect(e.who).toBe('system');
    } finally {
      await store.close();
    }
  }, 60_000);
});
