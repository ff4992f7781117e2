// Acceptance: oversight across cases (issue 13) through the real protocols: Teams activities on /api/messages and
// signed Slack commands and block_actions. The duty digest lists three cases in the right order (the missing child,
// then the overdue, then the due today) with a button per case; without the duty-manager role a channel sees only
// its own case and cannot subscribe; the chronology comes as a card and a file (Slack files.uploadV2, Teams a
// download link) holding every kind of entry and no names; the stats card shows figures only for groups of 5+.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamsActivities, actionsOf, cardOf, person, postActivity } from '../support/fakeConnector.js';
import type { Place } from '../support/fakeSlack.js';
import { cardVisibleText } from '../support/drivers.js';
import { findChecklist } from '../../src/procedure/checklists.js';
import { runRemindersUntil, slackClick, slackSay, startAcceptance, type Acceptance } from './harness.js';

const DUTY = person(90);
const MEMBER = person(91);
const CHAT_A = '19:ov-case-a@thread.v2';
const CHAT_B = '19:ov-case-b@thread.v2';
const CHAT_DUTY = '19:ov-duty@thread.v2';
const SLACK_C: Place = { channel: 'C0OVCASEC', channelName: 'case-c', user: 'U0OVMEMB', userName: 'member' };
const SLACK_DUTY: Place = { channel: 'C0OVDUTY', channelName: 'duty', user: 'U0OVDUTY', userName: 'dutymanager' };

let a: Acceptance;
let rolesDir: string;

beforeAll(async () => {
  rolesDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sg-ov-roles-'));
  const rolesFile = path.join(rolesDir, 'roles.json');
  await fs.writeFile(rolesFile, JSON.stringify({ dutyManagers: { teams: [DUTY.aadObjectId], slack: [SLACK_DUTY.user], web: [] } }));
  // Thursday 3 December 2026, 09:30 London (GMT).
  a = await startAcceptance('2026-12-03T09:30:00Z', { env: { ROLES_FILE: rolesFile } });
});
afterAll(async () => {
  await a?.close();
  await fs.rm(rolesDir, { recursive: true, force: true });
});

const chat = (id: string, who = MEMBER) => TeamsActivities.groupChat(a.fc.url, who, id);
const cardsSince = (from: number) =>
  a.fc.requests
    .slice(from)
    .filter((r) => r.method === 'POST' && cardOf(r.body))
    .map((r) => cardOf(r.body)!);

async function teamsSay(where: TeamsActivities, text: string) {
  const before = a.fc.requests.length;
  const res = await postActivity(a.server.url, where.message(text));
  expect(res.status).toBe(200);
  return cardsSince(before);
}

const order = (text: string, refs: string[]) => refs.map((r) => text.indexOf(`${r}:`));

describe('the duty digest', () => {
  it('lists the missing child first, then the overdue case, then the one due today, on Teams and on Slack', async () => {
    await teamsSay(chat(CHAT_A), 'case open SG-OV-0001');
    await teamsSay(chat(CHAT_A), 'case event verbal-referral 2026-12-01 09:00'); // written referral due 3 Dec 09:00: overdue
    await teamsSay(chat(CHAT_B), 'case open SG-OV-0002');
    await teamsSay(chat(CHAT_B), 'case event missing');
    await slackSay(a, SLACK_C, 'case open SG-OV-0003');
    await slackSay(a, SLACK_C, 'case event child-identified today 09:15'); // golden hour due 10:15 today

    const [card] = await teamsSay(chat(CHAT_DUTY, DUTY), 'duty digest');
    const shown = cardVisibleText(card!);
    expect(shown).toMatch(/3 cases: 1 with a child missing, 1 overdue, 1 due today/);
    const [missing, overdue, today] = order(shown, ['SG-OV-0002', 'SG-OV-0001', 'SG-OV-0003']);
    expect(missing).toBeGreaterThan(-1);
    expect(missing).toBeLessThan(overdue!);
    expect(overdue).toBeLessThan(today!);
    expect(shown).toMatch(/SG-OV-0001: OVERDUE.*OVERDUE Thursday 3 December 2026, 09:00: Send the written referral/);
    expect(shown).toMatch(/SG-OV-0003: Due today.*Due Thursday 3 December 2026, 10:15: Golden hour/);
    expect(actionsOf(card!).map((x) => x.title)).toEqual(['Open SG-OV-0002', 'Open SG-OV-0001', 'Open SG-OV-0003']);

    const r = await slackSay(a, SLACK_DUTY, 'duty digest');
    const [m2, o2, t2] = order(r.text, ['SG-OV-0002', 'SG-OV-0001', 'SG-OV-0003']);
    expect(m2).toBeGreaterThan(-1);
    expect(m2).toBeLessThan(o2!);
    expect(o2).toBeLessThan(t2!);
    expect(r.buttons).toEqual(['Open SG-OV-0002', 'Open SG-OV-0001', 'Open SG-OV-0003']);

    // A button leads to that case's card, for the duty manager, from a channel that does not follow it.
    const open = await slackClick(a, r.page, 'Open SG-OV-0001', SLACK_DUTY);
    expect(open.text).toMatch(/Seen from the duty digest/);
    expect(open.text).toMatch(/Case SG-OV-0001/);
    expect(open.text).toMatch(/Send the written referral/);
    const audit = await a.server.app.store.readLog('audit', { field: 'case', equals: 'sg-ov-0001' });
    expect(audit.map((e) => e.what)).toContain('case-viewed');
  });

  it('without the duty-manager role: only the case the channel follows, no subscribing, no stats, no other case', async () => {
    const [card] = await teamsSay(chat(CHAT_A), 'duty digest');
    const shown = cardVisibleText(card!);
    expect(shown).toContain('SG-OV-0001');
    expect(shown).not.toContain('SG-OV-0002');
    expect(shown).not.toContain('SG-OV-0003');
    expect(shown).toMatch(/Only the case this channel follows is shown/);
    const [refused] = await teamsSay(chat(CHAT_A), 'duty digest here 08:30');
    expect(cardVisibleText(refused!)).toMatch(/Only a duty manager can subscribe/);
    expect(await a.server.app.store.list('duty-digest-subscriptions')).toEqual([]);
    expect((await slackSay(a, SLACK_C, 'stats')).text).toMatch(/Only a duty manager can see the partnership figures/);
    // A forged "Open" button for another case, pressed by a member: refused, nothing shown.
    const before = a.fc.requests.length;
    const res = await postActivity(
      a.server.url,
      chat(CHAT_A).execute({ verb: 'sg', data: { sg: { t: 'duty', a: 'case', v: 'sg-ov-0002' } } }),
    );
    expect(res.status).toBe(200);
    const answer =
      JSON.stringify(res.body) +
      cardsSince(before)
        .map((c) => cardVisibleText(c))
        .join(' ');
    expect(answer).not.toContain('SG-OV-0002');
    expect(answer).toMatch(/Only a duty manager can see a case this channel does not follow/);
  });

  it('duty digest here 08:30 subscribes the channel; duty digest off stops it', async () => {
    const r = await slackSay(a, SLACK_DUTY, 'duty digest here 08:30');
    expect(r.text).toMatch(/each working day at 08:30 \(London time\)/);
    expect(r.text).toMatch(/The first is due Friday 4 December 2026, 08:30/);
    expect(await a.server.app.store.get('duty-digest-subscriptions', `slack:${SLACK_DUTY.channel}`)).toMatchObject({ time: '08:30' });
    expect((await slackSay(a, SLACK_DUTY, 'duty digest off')).text).toMatch(/The daily duty digest is off in this channel/);
    expect(await a.server.app.store.get('duty-digest-subscriptions', `slack:${SLACK_DUTY.channel}`)).toBeUndefined();
  });
});

describe('the case chronology', () => {
  it('is a card and a file with every kind of entry: Slack files.uploadV2, Teams a download link; no names', async () => {
    // Slack channel C follows SG-OV-0003 (child identified 09:15 today).
    await slackSay(a, SLACK_C, 'case lead me');
    const list = await slackSay(a, SLACK_C, 'checklist golden hour');
    const first = findChecklist('golden hour')!.items[0]!.id;
    await slackClick(a, list.page, 'Save ticks', SLACK_C, { 'tick-0': [first] });
    await slackSay(a, SLACK_C, 'case way s47'); // strategy meeting within 2 working days
    await slackSay(a, SLACK_C, 'case event missing');
    a.clock.set(new Date('2026-12-03T13:00:00Z'));
    await slackSay(a, SLACK_C, 'case event found');
    const mark = a.fake.calls.length;
    await slackSay(a, SLACK_C, 'case meeting strategy 2026-12-04 10:00');
    // The meeting card is a job due at once. The overdue reminders due by now go out with it, so Slack's pace (about
    // one message a second per channel) holds the card back a few seconds.
    const booked = a.clock.now().getTime();
    await runRemindersUntil(a, new Date(booked));
    await runRemindersUntil(a, new Date(booked + 10_000));
    // The meeting's card: the police answer that they send a colleague (named on the card, never in the file).
    const meetingCard = a.fake.calls
      .slice(mark)
      .filter((c) => /Sending someone/.test(JSON.stringify(c.body.blocks ?? [])))
      .at(-1)!;
    expect(meetingCard, 'the meeting card with its attendance buttons').toBeDefined();
    const meetingPage = {
      blocks: meetingCard.body.blocks as Array<Record<string, unknown>>,
      ...(meetingCard.method === 'chat.postMessage' ? { ts: meetingCard.response!.ts as string } : {}),
      ephemeral: false,
    };
    await slackClick(a, meetingPage, 'Sending someone', SLACK_C, { agency: 'police', deputy: 'DC Smith, CID' });
    // The golden hour's overdue reminder: Done on it is a deadline met late.
    await a.server.app.cases.runDue();
    const late = a.fake.calls
      .slice(mark)
      .find(
        (c) =>
          c.method === 'chat.postMessage' &&
          c.body.channel === SLACK_C.channel &&
          /Overdue: Golden hour/.test(JSON.stringify(c.body.blocks)),
      )!;
    expect(late, 'the golden hour reminder was posted').toBeDefined();
    await slackClick(
      a,
      { blocks: late.body.blocks as Array<Record<string, unknown>>, ts: late.response!.ts as string, ephemeral: false },
      'Done',
      SLACK_C,
    );
    a.clock.set(new Date('2026-12-04T09:50:00Z'));
    await slackSay(a, SLACK_C, 'case meeting held strategy today'); // the meeting and the strategy deadline: met on time

    const from = a.fake.calls.length;
    const r = await slackSay(a, SLACK_C, 'case chronology', 400);
    expect(r.text).toMatch(/Case SG-OV-0003: chronology/);
    await a.fake.waitFor((c) => c.method === 'files.completeUploadExternal', { from });
    const files = a.fake.filesIn(SLACK_C.channel, from);
    expect(files.map((f) => f.filename).sort()).toEqual([
      'chronology-SG-OV-0003.csv',
      'chronology-SG-OV-0003.html',
      'chronology-SG-OV-0003.md',
    ]);
    const md = files.find((f) => f.filename.endsWith('.md'))!.content;
    for (const kind of ['Case', 'Event', 'Decision', 'Deadline', 'Meeting', 'Attendance', 'Checklist', 'Missing', 'Lead'])
      expect(md, `a ${kind} entry`).toMatch(new RegExp(`\\| ${kind} \\|`));
    for (const outcome of ['met on time', 'met late', 'overdue', 'open']) expect(md, outcome).toContain(`| ${outcome}`);
    expect(md).toMatch(/Way forward: c\) Child protection enquiry/);
    expect(md).toMatch(/Child found or returned \| missing for 3 hours/);
    expect(md).toMatch(/The golden hour: ticked \| Make sure the child is safe now/);
    expect(md).toMatch(/Strategy meeting held/);
    expect(md).toMatch(/\| Attendance \| Police: sending someone in their place \| for the meeting of Friday 4 December 2026, 10:00 \|/);
    // Times in order.
    const csv = files
      .find((f) => f.filename.endsWith('.csv'))!
      .content.trim()
      .split('\r\n')
      .slice(1);
    const times = csv.map((l) => l.split(',')[1]!);
    expect([...times].sort()).toEqual(times);
    // The reference only: no person's name, no Slack user id.
    for (const f of files) {
      expect(f.content).toContain('SG-OV-0003');
      expect(f.content).not.toMatch(/member|U0OVMEMB|Practitioner|Smith/);
    }

    // Teams: the same chronology, as a download link (unguessable, expiring), from the case's Teams channel.
    await teamsSay(chat(CHAT_A), 'case event nrm-referral today');
    const [card] = await teamsSay(chat(CHAT_A), 'case chronology');
    const links = actionsOf(card!).filter((x) => x.type === 'Action.OpenUrl');
    expect(links.map((l) => l.title)).toEqual(['Download MD', 'Download CSV', 'Download HTML']);
    const html = await fetch(links[2]!.url!);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const page = await html.text();
    expect(page).toMatch(/<h1>Case SG-OV-0001: chronology<\/h1>/);
    expect(page).toContain('NRM referral sent');
    expect(page).not.toContain('Practitioner');
    // A guessed token finds nothing; the link expires after 24 hours.
    expect((await fetch(links[2]!.url!.replace(/downloads\/[^/]+/, 'downloads/' + 'A'.repeat(43)))).status).toBe(404);
    a.clock.set(new Date(a.clock.now().getTime() + 25 * 3_600_000));
    expect((await fetch(links[0]!.url!)).status).toBe(404);
    // The next file made forgets every expired one.
    await teamsSay(chat(CHAT_A), 'case chronology');
    expect(await a.server.app.store.list('downloads')).toHaveLength(1);
  });
});

describe('the stats card', () => {
  it('shows the figures for the duty manager, and hides any group of fewer than 5 cases', async () => {
    // Five more cases, each identified and referred to the NRM 6 hours later.
    for (let i = 4; i <= 8; i++) {
      const at: Place = { channel: `C0OVSTAT${i}`, channelName: `stat-${i}`, user: SLACK_C.user, userName: 'member' };
      await slackSay(a, at, `case open SG-OV-000${i}`);
      await slackSay(a, at, 'case event child-identified today 08:00');
      await slackSay(a, at, 'case event nrm-referral today 14:00');
    }
    const r = await slackSay(a, SLACK_DUTY, 'stats');
    expect(r.text).toMatch(/Partnership figures/);
    expect(r.text).toMatch(/Cases opened .*: 8\./);
    expect(r.text).toMatch(/2026-12: 8/);
    expect(r.text).toMatch(/2026-11: 0/);
    expect(r.text).toMatch(/To the NRM referral:? median 6 hours, 90% within 6 hours \(5 cases\)/);
    expect(r.text).toMatch(/To the strategy meeting:? not shown \(fewer than 5 cases\)/);
    expect(r.text).toMatch(/Missing episodes:? not shown \(fewer than 5 cases\)/);
    expect(r.text).not.toMatch(/SG-OV-/);
    const [card] = await teamsSay(chat(CHAT_DUTY, DUTY), 'stats');
    expect(cardVisibleText(card!)).toMatch(/To the NRM referral: median 6 hours/);
  });
});
