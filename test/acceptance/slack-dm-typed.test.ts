// Acceptance: the referral walked in a Slack DM by typing (message.im events), the words people really type:
// "london", a borough, "not sure" (age uncertain), "back", and a question in the middle that is answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonLabels, visibleText } from '../support/fakeSlack.js';
import { normaliseText } from '../support/drivers.js';
import { startAcceptance, type Acceptance } from './harness.js';

let a: Acceptance;
beforeAll(async () => {
  a = await startAcceptance('2026-11-23T10:00:00Z');
});
afterAll(async () => {
  await a?.close();
});

let seq = 0;
/** A DM to the bot; the texts of the messages it posted back (once they stop arriving). */
async function dm(text: string): Promise<Array<{ text: string; buttons: string[] }>> {
  const ts = `1700002${String(++seq).padStart(3, '0')}.000100`;
  const { res, from } = await a.slack.event({
    type: 'message',
    channel: 'D0TEACH',
    channel_type: 'im',
    user: 'U0TEACH',
    text,
    ts,
    event_ts: ts,
  });
  expect(res.status).toBe(200);
  await a.fake.nextMessage(from);
  for (;;) {
    try {
      await a.fake.waitFor((c) => c.method.startsWith('chat.'), { from: a.fake.calls.length, timeoutMs: 150 });
    } catch {
      break;
    }
  }
  return a.fake.calls
    .slice(from)
    .filter((c) => /^chat\.(postMessage|update)$/.test(c.method) && c.body.channel === 'D0TEACH')
    .map((c) => {
      const blocks = (c.body.blocks as Array<Record<string, unknown>>) ?? [];
      return { text: normaliseText(visibleText(blocks)), buttons: buttonLabels(blocks) };
    });
}
const last = (m: Array<{ text: string }>) => m.at(-1)!.text;

describe('a teacher walks the referral in a Slack DM by typing', () => {
  it('typed answers, a question on the way, back, and the result', async () => {
    expect(last(await dm('refer'))).toMatch(/immediate danger/);
    expect(last(await dm('no'))).toMatch(/Where is the child\?/);
    expect(last(await dm('london'))).toMatch(/Which London authority\?/);
    expect(last(await dm('tower hamlets'))).toMatch(/first responder/);
    expect(last(await dm('not sure'))).toMatch(/under 18/);
    // "not sure" about age is "age uncertain", not a question for the knowledge base.
    expect(last(await dm('not sure'))).toMatch(/unaccompanied/);
    expect(last(await dm('back'))).toMatch(/under 18/);
    expect(last(await dm('no'))).toMatch(/unaccompanied/);
    const asked = await dm('what is the ICTG number?');
    expect(asked.map((m) => m.text).join('\n')).toMatch(/0800 043 4303/);
    expect(last(asked)).toMatch(/To go back to "Make a referral"/);
    expect(last(await dm('yes'))).toMatch(/private fostering/);
    const result = last(await dm('no'));
    expect(result).toMatch(/Phone Tower Hamlets Children's Social Care/);
    expect(result).toMatch(/treat .*as a child|as a child/i);
    expect(result).toMatch(/potential victim/i);
    expect(result).toMatch(/If a child is in immediate danger, call 999/);
  });
});
