// Acceptance: a teacher in a Teams personal chat types answers instead of clicking, goes back twice and changes an
// answer, asks a question in the middle of a flow, ticks indicators and asks for help. Real activities on
// /api/messages; every card the bot sends is read from the fake Bot Connector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamsActivities, cardOf, person, postActivity } from '../support/fakeConnector.js';
import { cardVisibleText, normaliseText, type TeamsDriver } from '../support/drivers.js';
import { startAcceptance, type Acceptance } from './harness.js';

let a: Acceptance;
beforeAll(async () => {
  a = await startAcceptance('2026-11-23T09:30:00Z');
});
afterAll(async () => {
  await a?.close();
});

/** Type a message; the text of every card (or plain message) the bot sent back, in order. */
async function say(u: TeamsActivities, text: string): Promise<string[]> {
  const before = a.fc.sent(u.conversationId).length;
  const res = await postActivity(a.server.url, u.message(text));
  expect(res.status).toBe(200);
  return a.fc
    .sent(u.conversationId)
    .slice(before)
    .map((r) => (cardOf(r.body) ? cardVisibleText(cardOf(r.body)!) : normaliseText(String(r.body.text ?? ''))));
}

describe('a teacher in a Teams personal chat', () => {
  let u: TeamsActivities;
  let d: TeamsDriver;

  it('walks the referral by typing, goes back twice, changes an answer and gets the result', async () => {
    u = TeamsActivities.personal(a.fc.url, person(501));
    d = a.teams(u);
    await d.say('refer');
    expect(d.lastText()).toMatch(/immediate danger/);
    await d.say('no');
    expect(d.lastText()).toMatch(/Where is the child\?/);
    // "london" is the London answer (then which borough), not the City of London.
    await d.say('london');
    expect(d.lastText()).toMatch(/Which London authority\?/);
    await d.say('hackney');
    expect(d.lastText()).toMatch(/first responder/);
    await d.say('yes');
    expect(d.lastText()).toMatch(/under 18/);
    await d.say('yes');
    expect(d.lastText()).toMatch(/unaccompanied/);
    await d.say('no');
    expect(d.lastText()).toMatch(/private fostering/);
    // Two steps back: the unaccompanied question again; the answer changes.
    await d.say('back');
    expect(d.lastText()).toMatch(/unaccompanied/);
    await d.say('back');
    expect(d.lastText()).toMatch(/under 18/);
    await d.say('age uncertain');
    expect(d.lastText()).toMatch(/unaccompanied/);
    await d.say('yes');
    await d.say('no');
    const result = d.lastText();
    expect(result).toMatch(/Phone Hackney Children's Social Care/);
    expect(result).toMatch(/within 48 hours/);
    expect(result).toMatch(/consent is not needed/);
    expect(result).toMatch(/0800 043 4303/);
    expect(result).toMatch(/treat .*as a child|benefit of the doubt|as a child/i);
    expect(result).toMatch(/potential victim/i);
    expect(result).toMatch(/If a child is in immediate danger, call 999/);
    expect(result).not.toMatch(/City of London/);
  });

  it('a question in the middle of a flow is answered and the flow waits where it was', async () => {
    const v = TeamsActivities.personal(a.fc.url, person(502));
    const dv = a.teams(v);
    await dv.say('refer');
    await dv.say('no');
    const replies = await say(v, 'do I need consent for the NRM?');
    const all = replies.join('\n');
    expect(all).toMatch(/consent/i);
    expect(all).toMatch(/PG47 §13\.2|§13\.2/);
    expect(replies[replies.length - 1]).toMatch(/To go back to "Make a referral"/);
    await dv.say('port');
    expect(dv.lastText()).toMatch(/serves the port/);
  });

  it('typing a borough at "Where is the child?" answers both questions; "City of London" is still the City', async () => {
    const w = a.teams(TeamsActivities.personal(a.fc.url, person(503)));
    await w.say('refer');
    await w.say('no');
    await w.say('city of london');
    expect(w.lastText()).toMatch(/first responder/);
    for (const x of ['yes', 'yes', 'no', 'no']) await w.say(x);
    expect(w.lastText()).toMatch(/Phone City of London Children's Social Care/);
  });

  it.each([
    ['she lives in London', /Which London authority\?/],
    ['at the airport', /serves the port/],
    ['outside of London', /first responder/],
  ])('typed "%s" at "Where is the child?"', async (typed, next) => {
    const w = a.teams(TeamsActivities.personal(a.fc.url, person(510 + typed.length)));
    await w.say('refer');
    await w.say('no');
    await w.say(typed);
    expect(w.lastText()).toMatch(next);
  });

  it('indicators: ticks two, the result names them and the next step', async () => {
    await d.say('indicators');
    expect(d.lastText()).toMatch(/Risk indicators/);
    await d.click('Submit', { movement: ['no-own-documents'], 'money-work': ['phone-no-money'] });
    const t = d.lastText();
    expect(t).toMatch(/Does not hold their own travel documents/);
    expect(t).toMatch(/Has a mobile phone but seems to have no money/);
    expect(t).toMatch(/One indicator is enough|one .*enough/i);
    expect(t).toMatch(/Children's Social Care/);
    expect(t).not.toMatch(/score|\d+%/i);
  });

  it('help lists the commands', async () => {
    const replies = await say(u, 'help');
    const t = replies.join('\n');
    for (const cmd of ['refer', 'indicators', 'ways forward', 'checklist', 'contacts', 'case open']) expect(t).toContain(cmd);
    expect(t).toMatch(/call 999/);
  });
});
