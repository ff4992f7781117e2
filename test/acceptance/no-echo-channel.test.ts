/* eslint-disable @typescript-eslint/no-explicit-any -- Adaptive Card JSON is untyped here; tests read it freely */
// Acceptance, through the real Teams protocol: in a Teams channel every reply is seen by the whole channel, so no
// reply may quote what someone typed. Made-up personal data (a name, a date of birth, an address, a phone number)
// is typed into every command's error paths of a case channel (typed lines, card forms, a reminder's Reschedule),
// and no request the fake Bot Connector receives, no invoke response and nothing stored holds any of it.
// Then: oversized text is cut before it is read or kept.
// (test/dialogs/no-echo.test.ts walks every flow on the engine; this file goes through /api/messages.)
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { CUT_NOTE, TEXT_LIMIT } from '../../src/conversation/engine.js';
import { FakeConnector, TeamsActivities, actionsOf, cardOf, inputsOf, person, postActivity } from '../support/fakeConnector.js';
import { cardVisibleText } from '../support/drivers.js';
import { startTestServer, type TestServer } from '../support/server.js';

// Made up. Unusual enough that no card, option, borough or checklist contains any of it by chance.
const NAME = 'Zebediah Quartermaine';
const DOB = '03/04/2011';
const ADDRESS = '14 Acacia Road';
const PHONE = '07700 900123';
const SAID = `her name is ${NAME} born ${DOB} lives at ${ADDRESS} phone ${PHONE}`;
/** What must never come back or be kept (checked case-insensitively: the event parser lower-cases what it reads). */
const PIECES = [
  'Zebediah',
  'Quartermaine',
  DOB,
  '2011-04-03',
  'Acacia',
  PHONE,
  '07700',
  '900123',
  '31/02/2011',
  '2027-04-03',
  '03/04/2027',
];

const REF = 'NEC-2026-07';
let fc: FakeConnector;
let srv: TestServer;
const clock = new ManualClock(new Date('2026-11-23T09:30:00Z'));
/** Invoke responses (Action.Execute answers): they are shown in the channel too. */
const invokeBodies: unknown[] = [];

beforeAll(async () => {
  fc = await new FakeConnector().start();
  srv = await startTestServer({ clock }); // no Slack env: Teams speaks the Emulator protocol on loopback
});
afterAll(async () => {
  await srv?.close();
  await fc?.close();
});

const channel = (n: number, thread: string) => TeamsActivities.channel(fc.url, person(n), thread);

/** Type a line in the channel (the bot @mentioned); the cards and texts posted back, as visible text. */
async function say(ch: TeamsActivities, line: string): Promise<{ texts: string[]; cards: Array<Record<string, any>>; ids: string[] }> {
  const before = fc.sent(ch.conversationId).length;
  const res = await postActivity(srv.url, ch.message(line));
  expect(res.status).toBe(200);
  const sent = fc.sent(ch.conversationId).slice(before);
  expect(sent.length, `no reply to ${JSON.stringify(line.slice(0, 60))}`).toBeGreaterThan(0);
  const cards = sent.map((s) => cardOf(s.body)).filter((c): c is Record<string, any> => !!c);
  return {
    texts: sent.map((s) => (cardOf(s.body) ? cardVisibleText(cardOf(s.body)!) : String(s.body.text ?? ''))),
    cards,
    ids: sent.map((s) => s.id),
  };
}

/** Press a card's Action.Execute with these input values; the invoke's answer (kept for the final check). */
async function press(
  ch: TeamsActivities,
  card: Record<string, any>,
  title: string | RegExp,
  values: Record<string, string>,
  replyTo: string,
) {
  const action = actionsOf(card).find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  expect(action, `no action ${String(title)}`).toBeDefined();
  const before = fc.sent(ch.conversationId).length;
  const res = await postActivity(
    srv.url,
    ch.execute({ verb: action!.verb!, title: action!.title, data: { ...action!.data, ...values } }, replyTo),
  );
  expect(res.status).toBe(200);
  invokeBodies.push(res.body);
  // The card that replaced the clicked one (the invoke's answer), or else the last card posted as a new message.
  const replaced = res.body?.type === 'application/vnd.microsoft.card.adaptive' ? (res.body.value as Record<string, any>) : undefined;
  const posted = fc.sent(ch.conversationId).slice(before);
  return { body: res.body, card: replaced ?? cardOf(posted.at(-1)?.body ?? {}), id: replaced ? replyTo : posted.at(-1)?.id };
}

function expectNoPiece(where: string, s: string): void {
  const lower = s.toLowerCase();
  for (const p of PIECES) expect(lower.includes(p.toLowerCase()), `${p} found in ${where}`).toBe(false);
}

async function filesUnder(dir: string): Promise<Array<{ file: string; text: string }>> {
  const out: Array<{ file: string; text: string }> = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push({ file: path.join(e.parentPath, e.name), text: await fs.readFile(path.join(e.parentPath, e.name), 'utf8') });
  }
  return out;
}

describe('a Teams case channel: personal data typed into error paths is never quoted back', () => {
  let ch: TeamsActivities;
  beforeAll(() => {
    ch = channel(950, '1700000000950');
  });

  it('opens a case in the channel', async () => {
    const r = await say(ch, `case open ${REF}`);
    expect(r.texts.join('\n')).toMatch(/opened/);
  });

  // [what is typed, what the reply says instead (what was expected)]
  const lines: Array<[string, RegExp]> = [
    // The report that started this: the whole line used to come back inside "I could not read "…" as a date and time".
    [`case event verbal-referral today 09:00 ${SAID}`, /could not read the date and time.*e\.g\. 2026-12-24 10:00 or today 09:00/],
    [`case event verbal-referral ${SAID}`, /could not read the date and time/],
    [`case event looked-after ${NAME}`, /could not read that as a date/],
    [`case event looked-after Quartermaine 10:00`, /could not read that as a date/],
    [`case event looked-after today Zebediah`, /could not read that as a time/],
    [`case event looked-after 31/02/2011 10:00`, /That is not a real date/],
    [`case event looked-after ${DOB}`, /more than a year ago/],
    [`case event looked-after ${DOB} 13pm`, /That is not a time/],
    [`case event Zebediah ${DOB}`, /Which event\?/],
    [`case event way-forward Zebediah today`, /Which way forward\?/],
    [`case event way-forward s47 ${ADDRESS}`, /could not read the date and time/],
    [`case meeting Quartermaine 2027-01-05 10:00`, /Which meeting\?/],
    [`case meeting strategy 03/04/2027`, /Give the time of the meeting too/],
    [`case meeting strategy ${DOB} 10:00`, /already passed/],
    [`case meeting held ${NAME}`, /could not read that as a date/],
    [`case meeting held strategy ${SAID}`, /could not read the date and time/],
    [`case way Zebediah`, /Which way forward\?/],
    [`case way ${NAME} ${ADDRESS}`, /./], // three words or more: read as a question about cases
    [`case Zebediah`, /do not know that case command/],
    [`case open ${NAME}`, /name/],
    [`case open ${DOB}`, /date of birth/],
    [`contacts Zebediah`, /could not find that London authority/],
    [`contacts ${SAID}`, /./],
    [`contacts ${ADDRESS}`, /./],
    [`checklist Zebediah`, /don't have that checklist/],
    [`checklist ${SAID}`, /./],
    [`ask ${SAID}`, /./],
    [`ask is ${NAME} at risk?`, /./],
    [`Zebediah`, /./],
    [SAID, /./],
    [`frobnicate ${NAME}`, /./],
    [`/Zebediah ${PHONE}`, /./],
    [`help ${NAME} ${ADDRESS}`, /./],
    [`stop ${NAME} now`, /./],
    [`back ${ADDRESS}`, /./],
  ];

  it.each(lines)('%s', async (line, expected) => {
    const r = await say(ch, line);
    const all = r.texts.join('\n');
    expect(all).toMatch(expected);
    expectNoPiece(`the reply to ${JSON.stringify(line)}`, all);
  });

  it('the case event form with personal data in its values: refused without quoting them', async () => {
    const card = await say(ch, 'case');
    const form = await press(ch, card.cards.at(-1)!, 'Record an event', {}, card.ids.at(-1)!);
    const formCard = form.card!;
    expect(cardVisibleText(formCard)).toMatch(/What happened/);
    const record = (values: Record<string, string>) => press(ch, formCard, 'Record', values, form.id!);
    const forms: Array<Record<string, string>> = [
      { type: NAME, date: '2026-11-23', time: '09:00' },
      { type: 'looked-after', date: DOB, time: '09:00' },
      { type: 'looked-after', date: '2026-11-23', time: PHONE },
      { type: 'meeting-booked', date: '2026-11-23', time: ADDRESS, meeting: NAME },
    ];
    for (const values of forms) {
      const answer = await record(values);
      expect(answer.card, 'a refusal card').toBeDefined();
      expectNoPiece(`the answer to the form ${JSON.stringify(values)}`, JSON.stringify(answer));
    }
  });

  it("a reminder's Reschedule with personal data in its date and time: refused without quoting them", async () => {
    expect((await say(ch, 'case event verbal-referral today 09:00')).texts.join('\n')).toMatch(/New deadline/);
    clock.set((await srv.app.cases.nextDueAt())!);
    const from = fc.requests.length;
    await srv.app.cases.runDue();
    const posted = fc.requests.slice(from).find((r) => cardOf(r.body) && actionsOf(cardOf(r.body)!).some((a) => a.title === 'Reschedule'));
    expect(posted, 'a reminder with Reschedule posted into the channel').toBeDefined();
    const reminder = cardOf(posted!.body)!;
    for (const values of [
      { date: NAME, time: '10:00' },
      { date: '2026-11-30', time: PHONE },
      { date: DOB, time: '10:00' },
    ]) {
      const answer = await press(ch, reminder, 'Reschedule', values, posted!.id);
      expect(answer.card, 'a refusal card').toBeDefined();
      expect(cardVisibleText(answer.card!)).toMatch(/e\.g\./);
      expectNoPiece(`the answer to Reschedule ${JSON.stringify(values)}`, JSON.stringify(answer));
    }
  });

  it('refer: free text at every step gets that step back, never the text', async () => {
    const start = await say(ch, 'refer');
    let card = start.cards.at(-1)!;
    const replyTo = start.ids.at(-1)!;
    let steps = 0;
    for (; steps < 12; steps++) {
      for (const line of [SAID, NAME, ADDRESS]) {
        const r = await say(ch, line);
        expect(r.texts.join('\n')).toMatch(/./);
        expectNoPiece(`a refer step (${steps})`, r.texts.join('\n'));
      }
      // On to the next question: the first answer button (or Continue with the first authority).
      const next = actionsOf(card).find((a) => a.data?.sg?.t === 'refer' && !['back', 'restart'].includes(a.data.sg.a));
      if (!next) break;
      const borough = inputsOf(card).find((i) => i.type === 'Input.ChoiceSet');
      const answer = await press(ch, card, next.title, borough ? { [borough.id]: borough.choices[0].value } : {}, replyTo);
      card = answer.card!;
    }
    expect(steps).toBeGreaterThanOrEqual(3);
    expect(cardVisibleText(card)).toMatch(/Do this now .*Then, in order/);
  });

  it('indicators, ways forward and a checklist: free text in the middle of each gets no echo', async () => {
    for (const command of ['indicators', 'ways forward', 'checklist golden hour', 'contacts']) {
      await say(ch, command);
      for (const line of [SAID, `${NAME}?`, `tick ${PHONE}`]) {
        const r = await say(ch, line);
        expectNoPiece(`${command}, then ${line}`, r.texts.join('\n'));
      }
    }
  });

  it('nothing the fake Bot Connector received, no invoke response, nothing stored holds any of it', async () => {
    expect(fc.requests.length).toBeGreaterThan(lines.length);
    for (const r of fc.requests) expectNoPiece(`${r.method} ${r.path}`, JSON.stringify(r.body));
    expect(invokeBodies.length).toBeGreaterThan(0);
    for (const b of invokeBodies) expectNoPiece('an invoke response', JSON.stringify(b));
    for (const coll of ['conversations', 'cases', 'case-channels']) expectNoPiece(coll, JSON.stringify(await srv.app.store.list(coll)));
    const files = await filesUnder(srv.dataDir);
    for (const f of files) expectNoPiece(f.file, f.text);
  });
});

describe('oversized text is cut before it is read or kept', () => {
  let ch: TeamsActivities;
  beforeAll(() => {
    ch = channel(960, '1700000000960');
  });
  // Read whole, the "?" at the end would make this a question (no referral). Cut, it is `refer` and a long word.
  const long = `refer ${'x'.repeat(TEXT_LIMIT + 500)} ${NAME} of ${ADDRESS}, is she at risk?`;

  it('the reply reads only the first 2,000 characters, says it was cut, and quotes nothing', async () => {
    expect(TEXT_LIMIT).toBe(2000);
    const r = await say(ch, long);
    const all = r.texts.join('\n');
    expect(all).toContain(CUT_NOTE);
    expect(CUT_NOTE).toMatch(/longer than 2,000 characters/);
    expect(all).toMatch(/Question 1 of/); // the referral started: the question mark past the limit was never read
    expect(all).toMatch(/address/i); // the personal-data warning still sees the whole text (it keeps nothing)
    expectNoPiece('the reply to the long text', all);
    expect(all).not.toMatch(/x{20}/);
  });

  it('a message within the limit gets no note', async () => {
    const r = await say(ch, `ask ${'what to do first '.repeat(10)}`);
    expect(r.texts.join('\n')).not.toContain(CUT_NOTE);
  });

  it('nothing of the long text is stored', async () => {
    const rows = JSON.stringify(await srv.app.store.list('conversations'));
    expect(rows).not.toMatch(/x{20}/);
    expectNoPiece('conversations', rows);
    for (const f of await filesUnder(srv.dataDir)) {
      expect(/x{20}/.test(f.text), f.file).toBe(false);
      expectNoPiece(f.file, f.text);
    }
  });
});
