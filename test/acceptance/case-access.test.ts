// Acceptance, as an attacker and as a team would meet it: a case reference is not a key. Through the real protocols
// (signed Slack requests, Bot Framework activities with JWTs signed by a local key), a channel that does not follow
// a case learns nothing of it and changes nothing; joining needs a duty manager's approval in the case's channels;
// closing, reopening and the audit log need the duty-manager role (config/roles.json); a DM is never linked.
import fs from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamsActivities, actionsOf, cardOf, person, postActivity } from '../support/fakeConnector.js';
import { blocksText, type Place, type Recorded as SlackCall } from '../support/fakeSlack.js';
import { cardVisibleText, normaliseText } from '../support/drivers.js';
import { slackClick, slackSay, startAcceptance, type Acceptance } from './harness.js';

const REF = 'SG-ACC-0001';
const KEY = REF.toLowerCase();
const DUTY_TEAMS = person(41); // a duty manager in the Teams case channel
const MEMBER_TEAMS = person(42); // a member there, not a duty manager
const CASE_SLACK: Place = { channel: 'C0ACCCASE', channelName: 'case-acc', user: 'U0DUTY', userName: 'duty' };
const MEMBER_SLACK: Place = { ...CASE_SLACK, user: 'U0MEMBER', userName: 'member' };
const STRANGER: Place = { channel: 'C0STRANGE', channelName: 'elsewhere', user: 'U0STRANGER', userName: 'stranger' };
const STRANGER_DM: Place = { channel: 'D0STRANGE', user: 'U0STRANGER', userName: 'stranger' };

let a: Acceptance;
let rolesDir: string;
let teams: TeamsActivities;

beforeAll(async () => {
  rolesDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sg-roles-'));
  const rolesFile = path.join(rolesDir, 'roles.json');
  await fs.writeFile(
    rolesFile,
    JSON.stringify({ dutyManagers: { teams: [DUTY_TEAMS.aadObjectId], slack: [CASE_SLACK.user], web: [] } }),
  );
  a = await startAcceptance('2026-11-23T09:00:00Z', { env: { ROLES_FILE: rolesFile } });
  teams = TeamsActivities.channel(a.fc.url, DUTY_TEAMS, '1700000000901');
});
afterAll(async () => {
  await a?.close();
  await fs.rm(rolesDir, { recursive: true, force: true });
});

const slackText = (c: SlackCall) => normaliseText(blocksText(c));
const teamsPosts = (from: number) => a.fc.requests.slice(from).filter((r) => r.method === 'POST' && cardOf(r.body));

async function teamsSay(text: string, as = DUTY_TEAMS) {
  const before = a.fc.requests.length;
  const res = await postActivity(a.server.url, teams.as(as).message(text));
  expect(res.status).toBe(200);
  return teamsPosts(before)
    .map((r) => cardVisibleText(cardOf(r.body)!))
    .join('\n');
}

const audit = async () => (await a.server.app.store.readLog('audit', { field: 'case', equals: KEY })).map((e) => e.what);
const stored = () => a.server.app.store.get<Record<string, unknown>>('cases', KEY);

/** A message carrying one button with a hand-made value, as a forger would send it. */
const forgedPage = (value: Record<string, unknown>) => ({
  blocks: [
    {
      type: 'actions',
      block_id: 'forged',
      elements: [{ type: 'button', action_id: 'sg-0', text: { type: 'plain_text', text: 'Go' }, value: JSON.stringify(value) }],
    },
  ],
  ephemeral: false,
});

describe('a case reference is not a key', () => {
  it('the case is opened in its Teams channel, with an event', async () => {
    expect(await teamsSay(`case open ${REF}`)).toMatch(`Case ${REF} opened`);
    expect(await teamsSay('case event verbal-referral 2026-11-23 09:00')).toMatch(/written referral/i);
  });

  it('a stranger channel that types the reference learns only that it exists, and sees nothing of it', async () => {
    const before = await stored();
    const slackMark = a.fake.calls.length;
    const teamsMark = a.fc.requests.length;
    const r = await slackSay(a, STRANGER, `case open ${REF}`);
    expect(r.text).toMatch(/asked the channels that follow it/);
    expect(r.text).not.toMatch(/verbal|written referral|deadline|Practitioner|Audit/i);
    for (const cmd of ['case', 'case audit', 'case close', 'case reopen', 'case event found today 10:00']) {
      const x = await slackSay(a, STRANGER, cmd);
      expect(x.text, cmd).toMatch(/does not follow a case/);
    }
    // Nothing posted into the stranger's channel but those answers; the request went to the case's Teams channel.
    const intoStranger = a.fake.calls.slice(slackMark).filter((c) => c.method === 'chat.postMessage' && c.body.channel === STRANGER.channel);
    expect(intoStranger.map(slackText).join(' ')).not.toMatch(/written referral/i);
    const request = teamsPosts(teamsMark).find((x) => /Request to follow case SG-ACC-0001/.test(cardVisibleText(cardOf(x.body)!)));
    expect(request, 'the request in the case channel').toBeDefined();
    expect(actionsOf(cardOf(request!.body)!).map((x) => x.title)).toEqual(['Approve', 'Decline']);
    expect(await stored()).toEqual(before);
    expect(await audit()).toContain('join-requested');
  });

  it('forged buttons from the stranger channel (close, done, approve) change nothing', async () => {
    const before = await stored();
    const c = before as { deadlines: Array<{ id: string }> };
    for (const value of [
      { t: 'case', a: 'close-confirm', v: KEY },
      { t: 'case', a: 'dl-done', v: `${KEY}|${c.deadlines[0]!.id}` },
      { t: 'case', a: 'join-approve', v: 'whatever' },
      { t: 'case', a: 'audit' },
    ]) {
      const r = await slackClick(a, forgedPage(value), 'Go', STRANGER);
      expect(r.text, value.a).toMatch(/needs a case|does not follow a case/);
    }
    expect(await stored()).toEqual(before);
  });

  it('a member who is not a duty manager cannot approve; a duty manager can, and the stranger channel is told', async () => {
    const teamsMark = a.fc.requests.length;
    await slackSay(a, { ...STRANGER, user: 'U0ASKER2' }, `case open ${REF}`); // asked again: the same request
    const request = [...a.fc.requests]
      .reverse()
      .find((x) => x.method === 'POST' && cardOf(x.body) && /Request to follow case/.test(cardVisibleText(cardOf(x.body)!)))!;
    expect(teamsPosts(teamsMark)).toHaveLength(0); // no second request card for the same channel
    const approve = actionsOf(cardOf(request.body)!).find((x) => x.title === 'Approve')!;
    const press = (who = DUTY_TEAMS) =>
      postActivity(a.server.url, teams.as(who).execute({ verb: approve.verb!, title: 'Approve', data: approve.data ?? {} }, request.id));

    const refused = await press(MEMBER_TEAMS);
    expect(refused.status).toBe(200);
    const refusedText = JSON.stringify(refused.body) + teamsPosts(teamsMark).map((x) => cardVisibleText(cardOf(x.body)!)).join(' ');
    expect(refusedText).toMatch(/Only a duty manager can approve/);
    expect(await audit()).toContain('role-refused');
    expect(((await stored()) as { channels: unknown[] }).channels).toHaveLength(1);

    const slackMark = a.fake.calls.length;
    const ok = await press(DUTY_TEAMS);
    expect(ok.status).toBe(200);
    expect(cardVisibleText((ok.body as { value: Record<string, unknown> }).value)).toMatch(/Practitioner 41 approved the request/);
    const told = a.fake.calls.slice(slackMark).filter((c) => c.method === 'chat.postMessage' && c.body.channel === STRANGER.channel);
    expect(told.map(slackText).join(' ')).toMatch(/This channel now follows case SG-ACC-0001/);
    expect((await slackSay(a, STRANGER, 'case')).text).toMatch(/written referral/i);
    expect(await audit()).toContain('join-approved');
  });

  it('a request declined links nothing, and the asking channel is told', async () => {
    const other: Place = { channel: 'C0OTHER', channelName: 'other', user: 'U0OTHER', userName: 'other' };
    const teamsMark = a.fc.requests.length;
    await slackSay(a, other, `case open ${REF}`);
    const request = teamsPosts(teamsMark).find((x) => /Request to follow case/.test(cardVisibleText(cardOf(x.body)!)))!;
    const decline = actionsOf(cardOf(request.body)!).find((x) => x.title === 'Decline')!;
    const slackMark = a.fake.calls.length;
    const res = await postActivity(a.server.url, teams.execute({ verb: decline.verb!, title: 'Decline', data: decline.data ?? {} }, request.id));
    expect(cardVisibleText((res.body as { value: Record<string, unknown> }).value)).toMatch(/declined the request/);
    const told = a.fake.calls.slice(slackMark).filter((c) => c.method === 'chat.postMessage' && c.body.channel === other.channel);
    expect(told.map(slackText).join(' ')).toMatch(/was declined/);
    expect((await slackSay(a, other, 'case')).text).toMatch(/does not follow a case/);
    expect(await audit()).toContain('join-declined');

    // Asking again the same day is not posted again: the duty manager has decided.
    const again = a.fc.requests.length;
    expect((await slackSay(a, other, `case open ${REF}`)).text).toMatch(/declined this channel's request .* in the last day/);
    expect(teamsPosts(again)).toHaveLength(0);
  });

  it('one person asking from channel after channel is stopped after five requests a day, and nothing more is posted', async () => {
    const spam = (i: number): Place => ({ channel: `C0SPAM${i}`, channelName: `spam-${i}`, user: 'U0SPAMMER', userName: 'spammer' });
    const mark = a.fc.requests.length;
    for (let i = 1; i <= 5; i++) expect((await slackSay(a, spam(i), `case open ${REF}`)).text, `request ${i}`).toMatch(/asked the channels/);
    const posted = teamsPosts(mark).length;
    expect(posted).toBe(5);
    const sixth = await slackSay(a, spam(6), `case open ${REF}`);
    expect(sixth.text).toMatch(/asked to follow 5 cases in the last day/);
    expect(sixth.text).not.toMatch(/written referral|verbal/i);
    expect(teamsPosts(mark)).toHaveLength(posted);
    // Asking again from a channel already waiting is the same request, not a new one, and is not refused.
    expect((await slackSay(a, spam(1), `case open ${REF}`)).text).toMatch(/already asked to follow case/);
    // Another person is not held back by the first one's limit.
    expect((await slackSay(a, { ...spam(7), user: 'U0SOMEONE' }, `case open ${REF}`)).text).toMatch(/asked the channels/);
    const requests = (await a.server.app.store.list<{ status: string }>('case-joins')).filter((x) => x.value.status === 'pending');
    expect(requests).toHaveLength(6);
  });

  it('a DM is never linked to a case, new or existing (Slack DM, Teams personal chat)', async () => {
    expect((await slackSay(a, STRANGER_DM, `case open ${REF}`)).text).toMatch(/never from a one-to-one chat/);
    expect((await slackSay(a, STRANGER_DM, 'case open SG-ACC-0099')).text).toMatch(/never from a one-to-one chat/);
    const personal = TeamsActivities.personal(a.fc.url, person(43));
    const before = a.fc.requests.length;
    await postActivity(a.server.url, personal.message('case open SG-ACC-0098'));
    expect(teamsPosts(before).map((x) => cardVisibleText(cardOf(x.body)!)).join(' ')).toMatch(/never from a one-to-one chat/);
    expect(await a.server.app.store.get('cases', 'sg-acc-0099')).toBeUndefined();
    expect(await a.server.app.store.get('cases', 'sg-acc-0098')).toBeUndefined();
  });
});

describe('duty managers close, reopen and read the audit; members are refused politely, and that is audited', () => {
  it('a member: close, reopen and audit are refused, nothing changes', async () => {
    const before = await stored();
    expect(await teamsSay('case close', MEMBER_TEAMS)).toMatch(/Only a duty manager can close a case/);
    expect(await teamsSay('case audit', MEMBER_TEAMS)).toMatch(/Only a duty manager can read the audit log/);
    // The confirmation button pressed by a member (e.g. one a duty manager was shown).
    const res = await postActivity(
      a.server.url,
      teams.as(MEMBER_TEAMS).execute({ verb: 'sg', title: 'Yes', data: { sg: { t: 'case', a: 'close-confirm', v: KEY } } }),
    );
    expect(res.status).toBe(200);
    expect(await stored()).toEqual(before);
    const slackMember = await slackSay(a, MEMBER_SLACK, 'case audit');
    expect(slackMember.text).toMatch(/does not follow a case|Only a duty manager/);
    const refusals = (await a.server.app.store.readLog('audit', { field: 'case', equals: KEY })).filter((e) => e.what === 'role-refused');
    expect(refusals.length).toBeGreaterThanOrEqual(3);
    expect(refusals.map((e) => (e.detail as { action: string }).action)).toEqual(expect.arrayContaining(['close', 'audit']));
  });

  it('the duty manager closes and reopens; the audit names who did what', async () => {
    const confirm = await teamsSay('case close');
    expect(confirm).toMatch(/Close case SG-ACC-0001\?/);
    const res = await postActivity(
      a.server.url,
      teams.execute({ verb: 'sg', title: 'Yes', data: { sg: { t: 'case', a: 'close-confirm', v: KEY } } }),
    );
    expect(res.status).toBe(200);
    expect(((await stored()) as { status: string }).status).toBe('closed');
    expect(await teamsSay('case reopen', MEMBER_TEAMS)).toMatch(/Only a duty manager can reopen a case/);
    expect(((await stored()) as { status: string }).status).toBe('closed');
    expect(await teamsSay('case reopen')).toMatch(/reopened/);
    const log = await teamsSay('case audit');
    expect(log).toMatch(/Practitioner 41 closed the case/);
    expect(log).toMatch(/Practitioner 42 was refused/);
  });
});
