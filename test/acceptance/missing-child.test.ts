// Acceptance: a child goes missing, through Teams (signed activities) and Slack (signed requests), one case followed
// by a channel on each. The alert and the missing-from-care checklist reach both channels at once; the child is found
// on Christmas Day; the return interview is due 72 hours later (DfE 2014) and the review strategy meeting 2 working
// days later, skipping the Boxing Day substitute bank holiday (Monday 28 December 2026), in London time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamsActivities, actionsOf, cardOf, person, postActivity } from '../support/fakeConnector.js';
import { blocksText, type Place, type Recorded as SlackCall } from '../support/fakeSlack.js';
import { cardVisibleText, normaliseText } from '../support/drivers.js';
import { runRemindersUntil, slackClick, slackSay, startAcceptance, type Acceptance } from './harness.js';

const REF = 'SG-MIS-0001';
const SLACK_CH: Place = { channel: 'C0MISSING', channelName: 'case-mis', user: 'U0MISLEAD', userName: 'lead' };
let a: Acceptance;
let teams: TeamsActivities;

beforeAll(async () => {
  a = await startAcceptance('2026-12-24T18:00:00Z'); // Thursday 24 December 2026, 18:00 in London (GMT)
  teams = TeamsActivities.channel(a.fc.url, person(71), '1700000000711');
});
afterAll(async () => {
  await a?.close();
});

const slackText = (c: SlackCall) => normaliseText(blocksText(c));
const slackPosts = (from: number) =>
  a.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage' && c.body.channel === SLACK_CH.channel);
const teamsPosts = (from: number) => a.fc.requests.slice(from).filter((r) => r.method === 'POST' && cardOf(r.body));
const teamsTexts = (from: number) => teamsPosts(from).map((r) => cardVisibleText(cardOf(r.body)!));

async function teamsSay(text: string): Promise<string> {
  const before = a.fc.requests.length;
  const res = await postActivity(a.server.url, teams.message(text));
  expect(res.status).toBe(200);
  return teamsTexts(before).join('\n---\n');
}

describe('a missing episode, from alert to return interview', () => {
  it('the case is followed from Slack and Teams', async () => {
    expect((await slackSay(a, SLACK_CH, `case open ${REF}`)).text).toMatch(`Case ${REF} opened`);
    const mark = a.fake.calls.length;
    await teamsSay(`case open ${REF}`);
    const request = slackPosts(mark).find((c) => /Request to follow/.test(slackText(c)))!;
    await slackClick(a, { blocks: request.body.blocks as Array<Record<string, unknown>>, ephemeral: false }, 'Approve', SLACK_CH);
    const before = a.fc.requests.length;
    await teamsSay('case');
    expect(actionsOf(cardOf(teamsPosts(before)[0]!.body)!).map((x) => x.title)).toContain('Child missing');
  });

  it('a verbal referral was made before (its written referral falls due before the return interview)', async () => {
    expect(await teamsSay('case event verbal-referral 2026-12-24 19:00')).toMatch(/Send the written referral: due Saturday 26 December 2026, 19:00/);
  });

  it('case event missing: the alert and the checklist, in this channel and at once in the other', async () => {
    const slackMark = a.fake.calls.length;
    const reply = await teamsSay('case event missing 2026-12-24 20:00');
    expect(reply).toMatch(/CHILD MISSING: case SG-MIS-0001/);
    expect(reply).toMatch(/call 999/i);
    expect(reply).toMatch(/101/);
    expect(reply).toMatch(/ICTG worker/);
    expect(reply).toMatch(/social worker/);
    expect(reply).toMatch(/confidential/);
    expect(reply).toMatch(/Child missing from care/); // the checklist
    const inSlack = slackPosts(slackMark).map(slackText).join('\n');
    expect(inSlack).toMatch(/CHILD MISSING: case SG-MIS-0001/);
    expect(inSlack).toMatch(/Missing since Thursday 24 December 2026, 20:00/);
    expect(inSlack).toMatch(/Child missing from care/);
  });

  it('the case card says the child is missing, with the episode, and puts it first', async () => {
    a.clock.set(new Date('2026-12-25T02:00:00Z'));
    const shown = await slackSay(a, SLACK_CH, 'case');
    const card = shown.text;
    expect(shown.buttons).toContain('Child found');
    expect(card).toMatch(/CHILD MISSING since Thursday 24 December 2026, 20:00 \(6 hours\)/);
    expect(card).toMatch(/Missing episodes\W+1: missing now, 6 hours/);
    // The missing child's to-do (report to the police) is listed before the written referral.
    expect(card.indexOf('report to the police')).toBeGreaterThan(-1);
    expect(card.indexOf('report to the police')).toBeLessThan(card.indexOf('Send the written referral'));
  });

  it('found on Christmas Day (a press of "Child found"): return interview in 72 hours, review after the bank holidays', async () => {
    a.clock.set(new Date('2026-12-25T10:00:00Z'));
    const card = await slackSay(a, SLACK_CH, 'case');
    const found = await slackClick(a, card.page, 'Child found', SLACK_CH);
    expect(found.text).toMatch(/Child found or returned: Friday 25 December 2026, 10:00/);
    // DfE 2014: independent return interview within 72 hours of the return.
    expect(found.text).toMatch(/Hold the independent return interview: due Monday 28 December 2026, 10:00/);
    // Our rule (PG47 §14 timescale): 2 working days; 26-27 December is a weekend, 28 December the Boxing Day substitute.
    expect(found.text).toMatch(/Review the plan at a strategy meeting after the return: due Wednesday 30 December 2026, 17:00/);
    const teamsCard = await teamsSay('case');
    expect(teamsCard).toMatch(/Missing episodes\W+1: 14 hours/);
    expect(teamsCard).not.toMatch(/CHILD MISSING since/);
    // Missing first on the list of deadlines, ahead of the written referral that is due sooner (26 December).
    const dueList = teamsCard.slice(teamsCard.indexOf('Due ('));
    expect(dueList.indexOf('return interview')).toBeGreaterThan(-1);
    expect(dueList.indexOf('return interview')).toBeLessThan(dueList.indexOf('Send the written referral'));
  });

  it('the return interview is reminded in both channels before it is due', async () => {
    const mark = { slack: a.fake.calls.length, teams: a.fc.requests.length };
    await runRemindersUntil(a, new Date('2026-12-28T09:30:00Z'));
    expect(slackPosts(mark.slack).map(slackText).join('\n')).toMatch(/return interview/i);
    expect(teamsTexts(mark.teams).join('\n')).toMatch(/return interview/i);
  });

  it('a second "Child missing" press while missing records nothing twice; the audit has every step', async () => {
    const before = a.fc.requests.length;
    await teamsSay('case event missing 2026-12-28 09:40');
    const card = cardOf(teamsPosts(before)[0]!.body)!;
    const press = actionsOf(card).find((x) => x.title === 'Child found');
    expect(press, 'the alert offers "Child found"').toBeDefined();
    const again = await postActivity(
      a.server.url,
      teams.execute({ verb: 'sg', title: 'Child missing', data: { sg: { t: 'case', a: 'missing' } } }),
    );
    expect(again.status).toBe(200);
    const c = await a.server.app.store.get<{ events: Array<{ type: string }> }>('cases', REF.toLowerCase());
    expect(c!.events.filter((e) => e.type === 'missing')).toHaveLength(2);
    const audit = await a.server.app.store.readLog('audit', { field: 'case', equals: REF.toLowerCase() });
    expect(audit.filter((e) => (e.detail as { type?: string } | undefined)?.type === 'missing')).toHaveLength(2);
    expect(audit.filter((e) => (e.detail as { type?: string } | undefined)?.type === 'found')).toHaveLength(1);
  });
});
