// Reminders survive a crash (lowdb): a case in a Teams channel and a Slack channel, a verbal referral
// recorded, SIGKILL; a new process on the same DATA_DIR moves its demo clock on and posts each reminder
// to each channel exactly once (late when it was due while time jumped), the overdue follow-ups on working
// days only; Done on one copy updates every copy in place and stops the reminders.
import { describe, expect, it } from 'vitest';
import { cardOf } from '../support/fakeConnector.js';
import { SlackDriver } from '../support/fakeSlack.js';
import { createCalendar, londonDate, londonTime } from '../../src/procedure/calendar.js';
import {
  CaseChannels,
  SECRET,
  advance,
  durabilityRig,
  hasDone,
  openCaseWithReferral,
  serverEnv,
  slackPosts,
  slackText,
  teamsDone,
  teamsPosts,
  teamsText,
  twoHoursAgo,
  until,
} from './support.js';

const rig = durabilityRig();
const HOUR = 3_600_000;

describe('lowdb: reminders after a crash', () => {
  it('each reminder reaches each channel once after SIGKILL and restart; Done updates every copy and stops them', async () => {
    const { fc, fake } = rig;
    const env = serverEnv({ dataDir: await rig.dataDir('sg-durability-'), slackApiUrl: fake.apiUrl });
    const first = await rig.spawn(env);
    let driver = new SlackDriver(first.url, SECRET, fake);
    const ch = new CaseChannels(1, fc, () => driver);

    // Verbal referral two hours ago: the written referral is due in 46 h (PG47 §14, 48 hours).
    const verbalAt = twoHoursAgo();
    expect(await openCaseWithReferral(first.url, ch, fake, verbalAt)).toMatch(/SG-DUR-0001/);
    const due = new Date(verbalAt.getTime() + 48 * HOUR);
    expect(teamsPosts(fc, ch)).toHaveLength(0);
    expect(slackPosts(fake, ch)).toHaveLength(0);
    await first.kill('SIGKILL');

    const second = await rig.spawn(env);
    driver = new SlackDriver(second.url, SECRET, fake);

    // A day on: the reminder 24 h before the due time was due 2 h ago (while time jumped): posted once, late.
    await advance(second, 'day');
    expect(teamsPosts(fc, ch)).toHaveLength(1);
    expect(slackPosts(fake, ch)).toHaveLength(1);
    for (const t of [teamsText(teamsPosts(fc, ch)[0]!), slackText(slackPosts(fake, ch)[0]!)]) {
      expect(t).toMatch(/SG-DUR-0001/);
      expect(t).toMatch(/written referral/i);
      expect(t).toMatch(/late/i);
    }

    // Another day: the 1-hour-before, due and overdue reminders have all passed: only the latest is posted.
    const day2 = await advance(second, 'day');
    expect(Date.parse(day2.now)).toBeGreaterThan(due.getTime() + HOUR);
    expect(teamsPosts(fc, ch)).toHaveLength(2);
    expect(slackPosts(fake, ch)).toHaveLength(2);
    expect(teamsText(teamsPosts(fc, ch)[1]!)).toMatch(/late/i);
    expect(slackText(slackPosts(fake, ch)[1]!)).toMatch(/late/i);

    // Overdue: the follow-ups come at 09:00 on each working day, never at a weekend or bank holiday.
    const cal = createCalendar('ENG');
    let expected = cal.addWorkingDays(new Date(day2.now), 1, '09:00');
    // Once, 2 working hours after it fell due, the escalation to the lead comes in between (when it has not already
    // come with day2): not counted as a daily reminder.
    const notEscalation = <T>(posts: T[], text: (p: T) => string) => posts.filter((p) => !/Escalated:/.test(text(p)));
    const escalations = () => teamsPosts(fc, ch).length - notEscalation(teamsPosts(fc, ch), teamsText).length;
    for (let i = 0; i < 6; i++) {
      let r = await advance(second, 'next');
      if (londonTime(new Date(r.now)) !== '09:00') {
        expect(escalations(), 'an escalation, once').toBe(1);
        r = await advance(second, 'next');
      }
      // The demo clock jumps to the next reminder; real time runs on by the moment it answers.
      expect(Date.parse(r.now) - expected.getTime()).toBeGreaterThanOrEqual(0);
      expect(Date.parse(r.now) - expected.getTime()).toBeLessThan(30_000);
      const [ymd, hm] = [londonDate(new Date(r.now)), londonTime(new Date(r.now))];
      expect(hm).toBe('09:00');
      expect(cal.isWorkingDay(ymd)).toBe(true);
      expect(notEscalation(teamsPosts(fc, ch), teamsText)).toHaveLength(3 + i);
      expect(notEscalation(slackPosts(fake, ch), slackText)).toHaveLength(3 + i);
      expected = cal.addWorkingDays(expected, 1, '09:00');
    }

    // Done on the latest Teams copy: every copy on both platforms is updated in place, without buttons.
    const tPosts = teamsPosts(fc, ch);
    const sPosts = slackPosts(fake, ch);
    const putsBefore = fc.updates().length;
    const slackFrom = fake.calls.length;
    const res = await teamsDone(second.url, ch, tPosts[tPosts.length - 1]!);
    expect(res.status).toBe(200);
    const updatedTeams = new Set(
      fc
        .updates()
        .slice(putsBefore)
        .map((u) => u.activityId),
    );
    for (const p of tPosts) expect(updatedTeams.has(p.id)).toBe(true);
    for (const u of fc.updates().slice(putsBefore)) expect(teamsText(u)).toMatch(/done/i);
    for (const u of fc.updates().slice(putsBefore)) expect(JSON.stringify(cardOf(u.body))).not.toMatch(/"title":"Done"/);
    // Slack takes about one message a second per channel: the copies beyond its burst are updated as it allows.
    const slackUpdatesNow = () =>
      fake.calls.slice(slackFrom).filter((c) => c.method === 'chat.update' && c.body.channel === ch.slackAt.channel);
    await until(() => new Set(slackUpdatesNow().map((u) => u.body.ts)).size >= sPosts.length, 'every Slack copy updated', 30_000);
    const slackUpdates = slackUpdatesNow();
    expect(new Set(slackUpdates.map((u) => u.body.ts))).toEqual(new Set(sPosts.map((p) => p.response!.ts)));
    for (const u of slackUpdates) expect(hasDone(u.body.blocks as Array<Record<string, unknown>>)).toBe(false);

    // Nothing more is posted: a week on, working days included.
    for (let i = 0; i < 7; i++) await advance(second, 'day');
    expect(teamsPosts(fc, ch)).toHaveLength(tPosts.length);
    expect(slackPosts(fake, ch)).toHaveLength(sPosts.length);
    await second.kill('SIGTERM');
  }, 60_000);
});
