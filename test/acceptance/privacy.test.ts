// Acceptance: a child's date of birth and address typed into a Slack channel get a gentle warning that only the
// sender sees (ephemeral), and nothing of the text is kept: not in the store, not in the lowdb files on disk.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamsActivities, cardOf, person, postActivity } from '../support/fakeConnector.js';
import { cardVisibleText } from '../support/drivers.js';
import type { Place } from '../support/fakeSlack.js';
import { slackSay, startAcceptance, type Acceptance } from './harness.js';

const SAID = 'her DOB is 03/04/2012 and she lives at 12 High Street';
const PIECES = ['03/04/2012', '12 High Street', 'High Street', 'DOB is'];
const CH: Place = { channel: 'C0PRIVACY', channelName: 'har-0042', user: 'U0SENDER', userName: 'sender' };

let a: Acceptance;
beforeAll(async () => {
  a = await startAcceptance('2026-11-23T09:30:00Z');
  expect((await slackSay(a, CH, 'case open HAR-0042')).text).toMatch(/opened/);
});
afterAll(async () => {
  await a?.close();
});

/** Every file under the data directory (lowdb collections, logs), read as text. */
async function filesUnder(dir: string): Promise<Array<{ file: string; text: string }>> {
  const out: Array<{ file: string; text: string }> = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    out.push({ file, text: await fs.readFile(file, 'utf8') });
  }
  return out;
}

async function expectNothingStored(): Promise<void> {
  const files = await filesUnder(a.server.dataDir);
  expect(files.length).toBeGreaterThan(0); // the case is on disk: the check looks at real files
  expect(files.some((f) => f.text.includes('HAR-0042'))).toBe(true);
  for (const f of files) for (const p of PIECES) expect(f.text.includes(p), `${p} found in ${f.file}`).toBe(false);
  for (const coll of ['cases', 'case-channels', 'conversations']) {
    const rows = JSON.stringify(await a.server.app.store.list(coll));
    for (const p of PIECES) expect(rows.includes(p), `${p} in ${coll}`).toBe(false);
  }
}

const warningCalls = (from: number) =>
  a.fake.calls.slice(from).filter((c) => /date of birth/i.test(JSON.stringify(c.body.blocks ?? c.body.text ?? '')));

/** A plain message in CH (not addressed to the bot), as Slack's message.channels event delivers it. */
const channelMessage = (text: string, ts: string) =>
  a.slack.event({ type: 'message', channel: CH.channel, channel_type: 'channel', user: CH.user, text, ts, event_ts: ts });

describe('personal data typed in a Slack channel', () => {
  it('a plain channel message: a private warning to the sender, nothing posted to the channel', async () => {
    const { res, from } = await channelMessage(SAID, '1700000300.000100');
    expect(res.status).toBe(200);
    const warn = await a.fake.waitFor((c) => c.method === 'chat.postEphemeral', { from });
    expect(warn.body.user).toBe(CH.user);
    expect(warn.body.channel).toBe(CH.channel);
    expect(JSON.stringify(warn.body.blocks)).toMatch(/Please don't share a child's name, date of birth or address/);
    // The warning never repeats what was typed.
    for (const p of PIECES) expect(JSON.stringify(warn.body)).not.toContain(p);
    expect(a.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.update')).toHaveLength(0);
    await expectNothingStored();
  });

  it('a mention also arrives as a channel message: that copy is left to app_mention (one warning, not two)', async () => {
    const { res, from } = await channelMessage(`<@UBOT> ${SAID}`, '1700000350.000100');
    expect(res.status).toBe(200);
    await expect(a.fake.waitFor((c) => c.kind === 'api' && c.method.startsWith('chat.'), { from, timeoutMs: 400 })).rejects.toThrow();
  });

  it('an ordinary channel message gets nothing at all', async () => {
    const { res, from } = await channelMessage('strategy meeting moved to 2pm, ICTG worker invited', '1700000400.000100');
    expect(res.status).toBe(200);
    await expect(a.fake.waitFor((c) => c.kind === 'api' && c.method.startsWith('chat.'), { from, timeoutMs: 400 })).rejects.toThrow();
  });

  it('said to the bot (mention or /safeguard): the warning is ephemeral, first, and nothing is stored', async () => {
    const m = await a.slack.event({
      type: 'app_mention',
      channel: CH.channel,
      user: CH.user,
      text: `<@UBOT> ${SAID}`,
      ts: '1700000500.000100',
      event_ts: '1700000500.000100',
    });
    expect(m.res.status).toBe(200);
    const first = await a.fake.waitFor((c) => c.kind === 'api' && c.method.startsWith('chat.'), { from: m.from });
    expect(first.method).toBe('chat.postEphemeral');
    expect(first.body.user).toBe(CH.user);
    expect(warningCalls(m.from).length).toBeGreaterThan(0);

    const r = await slackSay(a, CH, SAID);
    // First, and only to the sender: on its response_url (or, if that is slow to answer, chat.postEphemeral).
    const said = r.calls[0]!;
    expect(said.kind === 'respond' ? said.body.response_type : said.method).toMatch(/^(ephemeral|chat\.postEphemeral)$/);
    expect(r.text).toMatch(/date of birth/);
    expect(r.calls.every((c) => c.body.response_type !== 'in_channel')).toBe(true);
    await expectNothingStored();
  });

  it('the same text as a case event note is refused and nothing is recorded', async () => {
    const r = await slackSay(a, CH, `case event looked-after ${SAID}`);
    expect(r.text).toMatch(/date of birth/);
    // The refusal says what was expected, and quotes none of the text.
    expect(r.text).toMatch(/could not read the date and time/);
    for (const p of PIECES) expect(r.text.toLowerCase()).not.toContain(p.toLowerCase());
    const card = await slackSay(a, CH, 'case');
    expect(card.text).toMatch(/No events recorded yet/);
    await expectNothingStored();
  });

  it('Teams: the same text in a channel mention gets the warning and is not stored', async () => {
    const ch = TeamsActivities.channel(a.fc.url, person(880), '1700000000880');
    const before = a.fc.sent(ch.conversationId).length;
    const res = await postActivity(a.server.url, ch.message(SAID));
    expect(res.status).toBe(200);
    const texts = a.fc
      .sent(ch.conversationId)
      .slice(before)
      .map((x) => (cardOf(x.body) ? cardVisibleText(cardOf(x.body)!) : String(x.body.text ?? '')));
    expect(texts.join('\n')).toMatch(/date of birth/);
    for (const t of texts) for (const p of PIECES) expect(t).not.toContain(p);
    await expectNothingStored();
  });
});
