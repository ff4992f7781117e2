// Acceptance: one case followed by a Teams channel and a Slack channel. Reminders reach both; Done, Snooze and
// Reschedule pressed on one platform update the copy on the other (Teams: PUT activity; Slack: chat.update).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamsActivities, actionsOf, cardOf, person, postActivity } from '../support/fakeConnector.js';
import { buttonLabels, blocksText, type Place, type Recorded as SlackCall } from '../support/fakeSlack.js';
import { cardVisibleText, normaliseText } from '../support/drivers.js';
import { runRemindersUntil, slackClick, slackSay, startAcceptance, type Acceptance } from './harness.js';

const SLACK_CH: Place = { channel: 'C0XCASE', channelName: 'har-0107', user: 'U0LEAD', userName: 'lead' };
let a: Acceptance;
let teams: TeamsActivities;

beforeAll(async () => {
  a = await startAcceptance('2026-11-23T09:00:00Z'); // Monday 23 November 2026
  teams = TeamsActivities.channel(a.fc.url, person(31), '1700000000777');
});
afterAll(async () => {
  await a?.close();
});

const slackText = (c: SlackCall) => normaliseText(blocksText(c));
const slackPosts = (from: number) =>
  a.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage' && c.body.channel === SLACK_CH.channel);
const slackUpdates = (from: number) =>
  a.fake.calls.slice(from).filter((c) => c.method === 'chat.update' && c.body.channel === SLACK_CH.channel);
const teamsPosts = (from: number) => a.fc.requests.slice(from).filter((r) => r.method === 'POST' && cardOf(r.body));

async function teamsSay(text: string) {
  const before = a.fc.requests.length;
  const res = await postActivity(a.server.url, teams.message(text));
  expect(res.status).toBe(200);
  const sent = a.fc.requests.slice(before).filter((r) => r.method === 'POST');
  return sent.map((r) => (cardOf(r.body) ? cardVisibleText(cardOf(r.body)!) : String(r.body.text ?? ''))).join('\n');
}

/** Run every reminder due up to `until` (moving the clock); returns call indexes before the run. */
async function runUntil(until: Date): Promise<{ slack: number; teams: number }> {
  const mark = { slack: a.fake.calls.length, teams: a.fc.requests.length };
  await runRemindersUntil(a, until);
  return mark;
}

async function pressTeams(card: { id: string; body: Record<string, unknown> }, label: string, values: Record<string, string> = {}) {
  const action = actionsOf(cardOf(card.body)!).find((x) => x.title === label && x.type === 'Action.Execute');
  expect(action, `Teams button ${label}`).toBeDefined();
  const res = await postActivity(
    a.server.url,
    teams.as(person(32)).execute({ verb: action!.verb!, title: label, data: { ...action!.data, ...values } }, card.id),
  );
  expect(res.status).toBe(200);
  return res.body as { statusCode: number; type: string; value: unknown };
}

describe('a case followed from Teams and Slack', () => {
  it('links the same case from both channels: the Teams channel asks, a member of the Slack channel approves', async () => {
    const s = await slackSay(a, SLACK_CH, 'case open HAR-0107');
    expect(s.text).toMatch(/HAR-0107 opened/);
    const slackMark = a.fake.calls.length;
    const t = await teamsSay('case open HAR-0107');
    // The Teams channel learns that the case exists, and nothing of it.
    expect(t).toMatch(/asked the channels that follow it/);
    expect(t).not.toMatch(/deadline|Record an event|Audit/i);
    expect(await teamsSay('case')).toMatch(/does not follow a case/);
    // The request reaches the Slack channel, with Approve and Decline.
    const request = slackPosts(slackMark).find((c) => /Request to follow case HAR-0107/.test(slackText(c)));
    expect(request, 'the request posted into the Slack channel').toBeDefined();
    expect(buttonLabels(request!.body.blocks as Array<Record<string, unknown>>)).toEqual(['Approve', 'Decline']);
    const teamsMark = a.fc.requests.length;
    const page = {
      blocks: request!.body.blocks as Array<Record<string, unknown>>,
      ts: String(request!.response?.ts ?? ''),
      ephemeral: false,
    };
    await slackClick(a, page, 'Approve', SLACK_CH);
    const note = teamsPosts(teamsMark).map((r) => cardVisibleText(cardOf(r.body)!));
    expect(note.join('\n')).toMatch(/This channel now follows case HAR-0107/);
    const card = await teamsSay('case');
    expect(card).toMatch(/HAR-0107/);
    expect(card).toMatch(/Teams/);
    expect(card).toMatch(/Slack/);
  });

  it('a reminder reaches both channels; Done in Teams updates the Slack copy', async () => {
    const r = await slackSay(a, SLACK_CH, 'case event verbal-referral 2026-11-23 09:00');
    expect(r.text).toMatch(/written referral.*due Wednesday 25 November 2026, 09:00/i);
    const mark = await runUntil(new Date('2026-11-24T09:00:00Z'));
    const sp = slackPosts(mark.slack);
    const tp = teamsPosts(mark.teams);
    expect(sp.length).toBeGreaterThan(0);
    expect(tp.length).toBe(sp.length);
    const slackCopy = sp[sp.length - 1]!;
    const teamsCopy = tp[tp.length - 1]!;
    expect(slackText(slackCopy)).toMatch(/written referral/i);
    expect(cardVisibleText(cardOf(teamsCopy.body)!)).toMatch(/written referral/i);

    const mark2 = { slack: a.fake.calls.length, teams: a.fc.requests.length };
    const inv = await pressTeams(teamsCopy, 'Done');
    expect(inv.statusCode).toBe(200);
    expect(cardVisibleText(inv.value as Record<string, unknown>)).toMatch(/Marked done by Practitioner 32/);
    const upd = await a.fake.waitFor((c) => c.method === 'chat.update' && c.body.ts === slackCopy.response?.ts, { from: mark2.slack });
    expect(slackText(upd)).toMatch(/Done: .*written referral/i);
    expect(buttonLabels(upd.body.blocks as Array<Record<string, unknown>>)).not.toContain('Done');
    // No more reminders for it.
    const after = await runUntil(new Date('2026-11-27T17:00:00Z'));
    expect(slackPosts(after.slack).filter((c) => /written referral/i.test(slackText(c)))).toHaveLength(0);
  });

  it('Done in Slack updates the Teams copy', async () => {
    a.clock.set(new Date('2026-11-27T10:05:00Z'));
    const rec = await slackSay(a, SLACK_CH, 'case event nrm-referral 2026-11-27 10:00');
    expect(rec.text).toMatch(/Refer to the ICTG service too: due Friday 27 November 2026/);
    const mark = await runUntil((await a.server.app.cases.nextDueAt())!);
    const sp = slackPosts(mark.slack);
    const tp = teamsPosts(mark.teams);
    expect(sp.length).toBeGreaterThan(0);
    const slackCopy = sp[sp.length - 1]!;
    const teamsCopy = tp[tp.length - 1]!;
    const blocks = slackCopy.body.blocks as Array<Record<string, unknown>>;
    const mark2 = a.fc.requests.length;
    const click = await a.slack.click({ blocks, ts: slackCopy.response!.ts as string, ephemeral: false }, 'Done', SLACK_CH);
    expect(click.res.status).toBe(200);
    const put = await a.fc.waitFor((r) => r.method === 'PUT' && r.activityId === teamsCopy.id && a.fc.requests.indexOf(r) >= mark2);
    expect(cardVisibleText(cardOf(put.body)!)).toMatch(/Marked done by lead/);
  });

  it('Snooze 1 hour re-posts after an hour, not before', async () => {
    a.clock.set(new Date('2026-11-30T09:00:00Z')); // Monday
    await slackSay(a, SLACK_CH, 'case event looked-after 2026-11-30 09:00');
    // Strategy meeting due Wed 2 Dec 17:00; run until its first reminder (a retry of an earlier send, on a busy
    // machine, may fall due first: run due times one by one until the reminder is posted).
    const mark = { slack: a.fake.calls.length, teams: a.fc.requests.length };
    const strategy = () => slackPosts(mark.slack).filter((c) => /strategy meeting/i.test(slackText(c)));
    for (let i = 0; i < 20 && strategy().length === 0; i++) {
      const next = await a.server.app.cases.nextDueAt();
      if (!next || next > new Date('2026-12-02T17:00:00Z')) break;
      await runUntil(next);
    }
    const sp = strategy();
    expect(sp.length).toBe(1);
    const first = sp[0]!;
    const at = a.clock.now();
    const click = await a.slack.click(
      { blocks: first.body.blocks as Array<Record<string, unknown>>, ts: first.response!.ts as string, ephemeral: false },
      'Snooze 1 hour',
      SLACK_CH,
    );
    expect(click.res.status).toBe(200);
    const upd = await a.fake.waitFor((c) => c.method === 'chat.update' && c.body.ts === first.response?.ts, { from: click.from });
    expect(slackText(upd)).toMatch(/Snoozed until/);
    // 59 minutes later: nothing; at one hour: posted again to both channels.
    const quiet = await runUntil(new Date(at.getTime() + 59 * 60_000));
    expect(slackPosts(quiet.slack)).toHaveLength(0);
    expect(teamsPosts(quiet.teams)).toHaveLength(0);
    const again = await runUntil(new Date(at.getTime() + 60 * 60_000));
    expect(slackPosts(again.slack).filter((c) => /strategy meeting/i.test(slackText(c)))).toHaveLength(1);
    expect(teamsPosts(again.teams)).toHaveLength(1);
  });

  it('Reschedule with a date and time moves the deadline; the copies show it', async () => {
    const c = await slackSay(a, SLACK_CH, 'case');
    expect(c.text).toMatch(/Wednesday 2 December 2026, 17:00/);
    const tp = teamsPosts(0).filter((r) => /strategy meeting/i.test(cardVisibleText(cardOf(r.body)!)));
    const teamsCopy = tp[tp.length - 1]!;
    const mark = a.fake.calls.length;
    const inv = await pressTeams(teamsCopy, 'Reschedule', { date: '2026-12-03', time: '11:30' });
    expect(cardVisibleText(inv.value as Record<string, unknown>)).toMatch(/Rescheduled to Thursday 3 December 2026, 11:30/);
    expect(slackUpdates(mark).length).toBeGreaterThan(0);
    const card = await slackSay(a, SLACK_CH, 'case');
    expect(card.text).toMatch(/Thursday 3 December 2026, 11:30/);
    expect(card.text).not.toMatch(/Wednesday 2 December 2026, 17:00/);
    // Nothing until the new due time's reminders; the old due time passes quietly.
    const quiet = await runUntil(new Date('2026-12-02T17:30:00Z'));
    expect(slackPosts(quiet.slack).filter((x) => /Overdue/.test(slackText(x)))).toHaveLength(0);
  });

  it('checklist ticks made in Teams are seen in Slack, and the other way round', async () => {
    const t = a.teams(teams.as(person(33)));
    await t.say('checklist golden hour');
    expect(t.lastText()).toMatch(/0 of 9/);
    await t.click('Save ticks', { 'tick-0': 'immediate-safety,safe-placement' });
    expect(t.lastText()).toMatch(/2 of 9/);
    const s = await slackSay(a, SLACK_CH, 'checklist golden hour');
    expect(s.text).toMatch(/2 of 9/);
    expect(s.text).toMatch(/Last ticked by Practitioner 33/);
    const after = await slackClick(a, s.page, 'Save ticks', SLACK_CH, {
      'tick-0': ['immediate-safety', 'safe-placement', 'location-secret'],
    });
    expect(after.text).toMatch(/3 of 9/);
    const t2 = a.teams(teams.as(person(34)));
    await t2.say('checklist golden hour');
    expect(t2.lastText()).toMatch(/3 of 9/);
    expect(t2.lastText()).toMatch(/Last ticked by lead/);
  });
});
