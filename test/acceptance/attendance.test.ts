// Acceptance: meeting attendance (monitoring report §6.3), through Teams (signed activities, Action.Execute with the
// card's inputs) and Slack (signed block_actions with state.values). A booked meeting's card is posted into every
// channel of the case; three members answer for their agencies (attending, sending someone named, written
// information); every copy shows the answers live (Teams activity updates, Slack chat.update); the working day before,
// a reminder names the expected agencies with no answer. The ICTG rules (PG47 §13.2) stay on every meeting card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamsActivities, cardOf, person, postActivity, type Recorded } from '../support/fakeConnector.js';
import { blocksText, type Place, type Recorded as SlackCall } from '../support/fakeSlack.js';
import { cardVisibleText, normaliseText } from '../support/drivers.js';
import { runRemindersUntil, slackSay, startAcceptance, type Acceptance } from './harness.js';

const REF = 'SG-ATT-0001';
const SLACK_CH: Place = { channel: 'C0ATTCH', channelName: 'case-att', user: 'U0ATTSL', userName: 'healthlead' };
const ALICE = person(91);
const BEN = person(92);
const CONV = '1700000000911';
let a: Acceptance;
let alice: TeamsActivities;
let ben: TeamsActivities;

beforeAll(async () => {
  a = await startAcceptance('2026-11-23T09:00:00Z'); // Monday
  alice = TeamsActivities.channel(a.fc.url, ALICE, CONV);
  ben = TeamsActivities.channel(a.fc.url, BEN, CONV);
});
afterAll(async () => {
  await a?.close();
});

type Action = { title: string; verb: string; data: Record<string, unknown> };
const slackText = (c: SlackCall) => normaliseText(blocksText(c));
const slackPosts = (from: number) =>
  a.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage' && c.body.channel === SLACK_CH.channel);
const slackUpdates = (from: number) =>
  a.fake.calls.slice(from).filter((c) => c.method === 'chat.update' && c.body.channel === SLACK_CH.channel);
const teamsPosts = (from: number) => a.fc.requests.slice(from).filter((r) => r.method === 'POST' && cardOf(r.body));
const teamsUpdates = (from: number) => a.fc.requests.slice(from).filter((r) => r.method === 'PUT' && cardOf(r.body));
const shown = (r: Recorded) => cardVisibleText(cardOf(r.body)!);
/** Every Action.Execute on the card: card-level, or stacked in the body (Teams shows only a few card-level actions). */
const actionsOf = (r: Recorded): Action[] => {
  const found: Action[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (o.type === 'Action.Execute') found.push(o as unknown as Action);
    Object.values(o).forEach(walk);
  };
  walk(cardOf(r.body));
  return found;
};
/** Press a card button as Teams does (Action.Execute, the card's inputs merged into data): its status, and all the
 * bot said back (the invoke's card and the replies posted after it). */
const press = async (who: TeamsActivities, card: Recorded, title: string, inputs: Record<string, string>) => {
  const act = actionsOf(card).find((x) => x.title === title);
  if (!act)
    throw new Error(
      `no ${title} on: ${actionsOf(card)
        .map((x) => x.title)
        .join(', ')}`,
    );
  const from = a.fc.requests.length;
  const res = await postActivity(a.server.url, who.execute({ verb: act.verb, title, data: { ...act.data, ...inputs } }, card.id));
  const invokeCard = (res.body as { value?: unknown })?.value;
  const said = [
    typeof invokeCard === 'object' && invokeCard ? cardVisibleText(invokeCard as never) : '',
    ...a.fc.requests
      .slice(from)
      .filter((r) => r.method === 'POST')
      .map((r) => (cardOf(r.body) ? shown(r) : String((r.body as { text?: string }).text ?? ''))),
  ].join('\n');
  return { status: res.status, said };
};
const audit = async () => (await a.server.app.store.readLog('audit', { field: 'case', equals: REF.toLowerCase() })).map((e) => e.what);

let teamsCard: Recorded;
let slackCard: SlackCall;

describe('meeting attendance', () => {
  it('a booked meeting: its card, with the ICTG rules and the attendance answers, is posted into every channel of the case', async () => {
    await postActivity(a.server.url, alice.message(`case open ${REF}`));
    // The Slack channel follows the case too (approved in Teams).
    const mark = a.fc.requests.length;
    await slackSay(a, SLACK_CH, `case open ${REF}`);
    const request = teamsPosts(mark).find((r) => /Request to follow/.test(shown(r)))!;
    await press(alice, request, 'Approve', {});

    const t0 = a.fc.requests.length;
    const s0 = a.fake.calls.length;
    const res = await postActivity(a.server.url, alice.message('case meeting strategy 2026-11-26 10:00'));
    expect(res.status).toBe(200);
    // The card is a job due at once (posted after the booking's reply, by whichever replica polls first).
    expect(teamsPosts(t0).filter((r) => /^Booked:/.test(shown(r)))).toEqual([]);
    await a.server.app.cases.runDue();
    teamsCard = teamsPosts(t0).find((r) => /^Booked: Strategy meeting/.test(shown(r)))!;
    expect(teamsCard, teamsPosts(t0).map(shown).join('\n---\n')).toBeDefined();
    slackCard = slackPosts(s0).find((c) => /Booked: Strategy meeting/.test(slackText(c)))!;
    expect(slackCard).toBeDefined();
    for (const text of [shown(teamsCard), slackText(slackCard)]) {
      expect(text).toMatch(/Thursday 26 November 2026, 10:00/);
      expect(text).toMatch(/Invite the ICTG worker to every meeting/);
      expect(text).toMatch(/at least 2 working days before/);
      expect(text).toMatch(/within 2 working days after/);
      expect(text).toMatch(/No answer yet from: Children.s Social Care, Police, Immigration \(Home Office\), ICTG service/);
    }
    expect(actionsOf(teamsCard).map((x) => x.title)).toEqual(
      expect.arrayContaining(['Attending', 'Sending someone', 'Sending written information']),
    );
    expect(JSON.stringify(cardOf(teamsCard.body))).toContain('"id":"agency"');
  });

  it('an answer without an agency, or a colleague given with a phone number, records nothing', async () => {
    const r1 = await press(alice, teamsCard, 'Attending', {});
    expect(r1.said).toMatch(/Pick your agency first/);
    const r2 = await press(alice, teamsCard, 'Sending someone', { agency: 'police', deputy: 'DC Jones 07700 900123' });
    expect(r2.said).toMatch(/only a colleague.s name and role/);
    expect(r2.said).not.toContain('07700');
    const r3 = await press(alice, teamsCard, 'Sending someone', { agency: 'police' });
    expect(r3.said).toMatch(/Give the name and role of the colleague/);
    const c = (await a.server.app.store.get<{ deadlines: Array<{ rule: string; attendance?: unknown[] }> }>('cases', REF.toLowerCase()))!;
    expect(c.deadlines.find((d) => d.rule === 'meeting')!.attendance ?? []).toEqual([]);
    expect(await audit()).not.toContain('attendance-answered');
  });

  it('three members answer, in Teams and Slack: every copy shows every answer at once', async () => {
    const t0 = a.fc.requests.length;
    const s0 = a.fake.calls.length;
    const r1 = await press(alice, teamsCard, 'Attending', { agency: 'police' });
    expect(r1.status).toBe(200);
    expect(r1.said).toMatch(/Recorded: Police, attending/);
    // Ben, in the same Teams channel, sends a colleague for Immigration.
    const r2 = await press(ben, teamsCard, 'Sending someone', { agency: 'immigration', deputy: 'Officer Khan, Home Office duty team' });
    expect(r2.said).toMatch(/Recorded: Immigration \(Home Office\), sending Officer Khan/);
    // In Slack, the health lead sends written information (choosing the agency on the card, then the button).
    const click = await a.slack.click(
      { blocks: slackCard.body.blocks as never, ts: String(slackCard.response!.ts), ephemeral: false },
      'Sending written information',
      SLACK_CH,
      { agency: 'health' },
    );
    expect(click.res.status).toBe(200);
    const latest = () => ({
      slack: slackUpdates(s0)
        .filter((c) => c.body.ts === slackCard.response!.ts)
        .at(-1),
      teams: teamsUpdates(t0)
        .filter((r) => r.path.endsWith(`/activities/${teamsCard.id}`))
        .at(-1),
    });
    // The copies are updated after the clicks are answered: wait (up to 10 s, on a busy machine) until both show the last answer.
    const hasAll = (text: string) => /Police: attending/.test(text) && /Immigration/.test(text) && /Health: sending written/.test(text);
    for (let i = 0; i < 100; i++) {
      const { slack, teams } = latest();
      if (slack && teams && hasAll(slackText(slack)) && hasAll(shown(teams))) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const { slack: lastSlack, teams: lastTeams } = latest();
    expect(lastSlack, 'the Slack copy updated').toBeDefined();
    expect(lastTeams, 'the Teams copy updated').toBeDefined();
    for (const text of [slackText(lastSlack!), shown(lastTeams!)]) {
      expect(text).toMatch(/Police: attending \(Practitioner 91\)/);
      expect(text).toMatch(/Immigration \(Home Office\): sending Officer Khan, Home Office duty team \(Practitioner 92\)/);
      expect(text).toMatch(/Health: sending written information \(healthlead\)/);
      expect(text).toMatch(/No answer yet from: Children.s Social Care, ICTG service\./);
    }
    expect((await audit()).filter((w) => w === 'attendance-answered')).toHaveLength(3);
  });

  it('the working day before, a reminder in every channel names the agencies with no answer', async () => {
    const t0 = a.fc.requests.length;
    const s0 = a.fake.calls.length;
    await runRemindersUntil(a, new Date('2026-11-25T09:00:00Z'));
    const teams = teamsPosts(t0).filter((r) => /^Attendance: Strategy meeting/.test(shown(r)));
    const slack = slackPosts(s0).filter((c) => /Attendance: Strategy meeting/.test(slackText(c)));
    expect(teams).toHaveLength(1);
    expect(slack).toHaveLength(1);
    expect(shown(teams[0]!)).toMatch(/these agencies have not answered: Children.s Social Care, ICTG service/);
    expect(slackText(slack[0]!)).toMatch(/Police: attending/);
    // An answer on that reminder counts like one on the card.
    await press(alice, teams[0]!, 'Attending', { agency: 'csc' });
    const c = (await a.server.app.store.get<{ deadlines: Array<{ rule: string; attendance?: Array<{ agency: string }> }> }>(
      'cases',
      REF.toLowerCase(),
    ))!;
    expect(
      c.deadlines
        .find((d) => d.rule === 'meeting')!
        .attendance!.map((x) => x.agency)
        .sort(),
    ).toEqual(['csc', 'health', 'immigration', 'police']);
  });
});
