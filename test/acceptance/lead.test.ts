// Acceptance: a lead coordinator per case (monitoring report §6.2), through Teams (signed activities, real mention
// entities) and Slack: named, shown on the card, @mentioned on reminders; a handover posts what is open, in every
// channel of the case, @mentioning the new lead; every step is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamsActivities, cardOf, person, postActivity } from '../support/fakeConnector.js';
import { blocksText, type Place, type Recorded as SlackCall } from '../support/fakeSlack.js';
import { cardVisibleText, normaliseText } from '../support/drivers.js';
import { runRemindersUntil, slackSay, startAcceptance, type Acceptance } from './harness.js';

const REF = 'SG-LEAD-0001';
const SLACK_CH: Place = { channel: 'C0LEADCH', channelName: 'case-lead', user: 'U0LEADSL', userName: 'slacklead' };
const ALICE = person(81);
const BEN = person(82);
let a: Acceptance;
let teams: TeamsActivities;

beforeAll(async () => {
  a = await startAcceptance('2026-11-23T09:00:00Z');
  teams = TeamsActivities.channel(a.fc.url, ALICE, '1700000000811');
});
afterAll(async () => {
  await a?.close();
});

const slackText = (c: SlackCall) => normaliseText(blocksText(c));
const slackPosts = (from: number) => a.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage' && c.body.channel === SLACK_CH.channel);
const teamsPosts = (from: number) => a.fc.requests.slice(from).filter((r) => r.method === 'POST' && cardOf(r.body));

/** A channel message that @mentions the bot and a colleague, as Teams sends it. */
function withMention(text: string, who: typeof BEN): Record<string, unknown> {
  const act = teams.message(text);
  const at = `<at>${who.name}</at>`;
  act.text = `${act.text.trim()} ${at}`;
  act.entities = [...act.entities, { type: 'mention', text: at, mentioned: { id: who.id, name: who.name } }];
  return act;
}

async function teamsSend(act: Record<string, unknown>) {
  const before = a.fc.requests.length;
  const res = await postActivity(a.server.url, act);
  expect(res.status).toBe(200);
  return teamsPosts(before);
}

describe('a lead coordinator', () => {
  it('case lead me: the card shows the lead', async () => {
    await teamsSend(teams.message(`case open ${REF}`));
    const posts = await teamsSend(teams.message('case lead me'));
    const card = cardOf(posts[0]!.body)!;
    expect(cardVisibleText(card)).toMatch(/Practitioner 81 is now the lead coordinator/);
    expect(cardVisibleText(card)).toMatch(/Lead\W+Practitioner 81 \(Teams/);
    expect(card.msteams.entities).toEqual([{ type: 'mention', text: '<at>Practitioner 81</at>', mentioned: { id: ALICE.id, name: ALICE.name } }]);
    const audit = await a.server.app.store.readLog('audit', { field: 'case', equals: REF.toLowerCase() });
    expect(audit.map((e) => e.what)).toContain('lead-named');
  });

  it('reminders @mention the lead', async () => {
    await teamsSend(teams.message('case event verbal-referral 2026-11-23 09:00'));
    const mark = a.fc.requests.length;
    await runRemindersUntil(a, new Date('2026-11-24T09:30:00Z'));
    const reminder = teamsPosts(mark).map((r) => cardOf(r.body)!).find((c) => /written referral/i.test(cardVisibleText(c)))!;
    expect(reminder, 'a reminder reached the Teams channel').toBeDefined();
    expect(reminder.msteams.entities[0].mentioned.id).toBe(ALICE.id);
    expect(cardVisibleText(reminder)).toContain('For <at>Practitioner 81</at>');
  });

  it('case handover @person: the summary of all that is open, in every channel, @mentioning the new lead', async () => {
    // The Slack channel follows the case too (approved in Teams).
    const mark = a.fc.requests.length;
    await slackSay(a, SLACK_CH, `case open ${REF}`);
    const request = teamsPosts(mark).find((r) => /Request to follow/.test(cardVisibleText(cardOf(r.body)!)))!;
    const approve = (cardOf(request.body)!.actions as Array<{ title: string; verb: string; data: Record<string, unknown> }>).find((x) => x.title === 'Approve')!;
    await postActivity(a.server.url, teams.execute({ verb: approve.verb, title: 'Approve', data: approve.data }, request.id));

    const slackMark = a.fake.calls.length;
    const posts = await teamsSend(withMention('case handover', BEN));
    const summary = cardOf(posts[0]!.body)!;
    const shown = cardVisibleText(summary);
    expect(shown).toMatch(/Practitioner 82 is now the lead coordinator of case SG-LEAD-0001, taking over from Practitioner 81/);
    expect(shown).toMatch(/Open deadlines \(1\)/);
    expect(shown).toMatch(/Send the written referral/);
    expect(summary.msteams.entities[0].mentioned).toEqual({ id: BEN.id, name: BEN.name });
    const inSlack = slackPosts(slackMark).map(slackText).join('\n');
    expect(inSlack).toMatch(/case SG-LEAD-0001: handover/i);
    expect(inSlack).toMatch(/For Practitioner 82/); // on Slack, the Teams lead is named
    const audit = await a.server.app.store.readLog('audit', { field: 'case', equals: REF.toLowerCase() });
    const handover = audit.find((e) => e.what === 'lead-handover')!;
    expect(handover.detail).toMatchObject({ lead: 'Practitioner 82', from: 'Practitioner 81' });
  });

  it('from Slack: case handover <@user> makes a Slack member the lead, @mentioned there, named in Teams', async () => {
    const teamsMark = a.fc.requests.length;
    const r = await slackSay(a, SLACK_CH, 'case handover <@U0NEWLEAD|newlead>');
    expect(r.text).toMatch(/newlead is now the lead coordinator of case SG-LEAD-0001, taking over from Practitioner 82/);
    expect(r.text).toContain('For <@U0NEWLEAD>');
    const inTeams = teamsPosts(teamsMark).map((x) => cardVisibleText(cardOf(x.body)!)).join('\n');
    expect(inTeams).toMatch(/For newlead/);
    expect(teamsPosts(teamsMark).every((x) => !cardOf(x.body)!.msteams.entities)).toBe(true);
  });

  it('case lead with no one named, or a handover without a mention, changes nothing and says how', async () => {
    const before = await a.server.app.store.get('cases', REF.toLowerCase());
    const posts = await teamsSend(teams.message('case handover to the new person'));
    expect(cardVisibleText(cardOf(posts[0]!.body)!)).toMatch(/@mention the new lead/);
    expect(await a.server.app.store.get('cases', REF.toLowerCase())).toEqual(before);
    expect((await slackSay(a, SLACK_CH, 'case lead')).text).toMatch(/The lead of case SG-LEAD-0001 is newlead \(Slack/);
  });
});
