// One real app (startApp over HTTP) with Teams (fake Bot Connector), Slack (fake Web API) and an injected clock,
// for acceptance scenarios written the way a practitioner would use the bot.
import { ManualClock } from '../../src/clock.js';
import { FakeConnector } from '../support/fakeConnector.js';
import { FakeSlack, SlackDriver, type Place } from '../support/fakeSlack.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { SlackPlatformDriver, TeamsDriver } from '../support/drivers.js';
import { TeamsActivities, type Person } from '../support/fakeConnector.js';

export const SECRET = 'acceptance-signing-secret-77aa';

export interface Acceptance {
  clock: ManualClock;
  server: TestServer;
  fc: FakeConnector;
  fake: FakeSlack;
  slack: SlackDriver;
  slackAt(at: Place): SlackPlatformDriver;
  teams(u: TeamsActivities): TeamsDriver;
  close(): Promise<void>;
}

export async function startAcceptance(
  startIso: string,
  opts: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<Acceptance> {
  const clock = new ManualClock(new Date(startIso));
  const fc = await new FakeConnector().start();
  const fake = await FakeSlack.start();
  const server = await startTestServer({
    env: { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'fake-bot-token-acceptance', SLACK_API_URL: fake.apiUrl, ...opts.env },
    clock,
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
  });
  const slack = new SlackDriver(server.url, SECRET, fake);
  return {
    clock,
    server,
    fc,
    fake,
    slack,
    slackAt: (at) => new SlackPlatformDriver(slack, fake, at),
    teams: (u) => new TeamsDriver(server.url, fc, u),
    async close() {
      await server.close();
      await fake.close();
      await fc.close();
    },
  };
}

export type { Person };

/** Move the clock to each reminder due up to `until` in turn and run it there, then to `until`. */
export async function runRemindersUntil(a: Acceptance, until: Date): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const next = await a.server.app.cases.nextDueAt();
    if (!next || next > until) break;
    if (next > a.clock.now()) a.clock.set(next);
    await a.server.app.cases.runDue();
  }
  a.clock.set(until);
  await a.server.app.cases.runDue();
}

import type { Recorded } from '../support/fakeSlack.js';
import { buttonLabels, visibleText } from '../support/fakeSlack.js';
import { normaliseText } from '../support/drivers.js';

export interface SlackAnswer {
  text: string;
  buttons: string[];
  calls: Recorded[];
  /** The last page, as the person sees it (to press its buttons). */
  page: { blocks: Array<Record<string, unknown>>; ts?: string; ephemeral: boolean };
}

/** Wait for what came back on one response_url (pages joined, once no more arrive within settleMs). */
async function answerOn(a: Acceptance, channel: string, responseUrl: string, from: number, settleMs: number): Promise<SlackAnswer> {
  const id = responseUrl.split('/respond/')[1]!;
  // Its response_url, or the Web API into the same channel (a public message posted or updated).
  const mine = (c: Recorded) =>
    (c.kind === 'respond' && c.method === id) ||
    (c.kind === 'api' && /^chat\.(postMessage|postEphemeral|update)$/.test(c.method) && c.body.channel === channel);
  await a.fake.waitFor(mine, { from });
  for (;;) {
    try {
      await a.fake.waitFor(mine, { from: a.fake.calls.length, timeoutMs: settleMs });
    } catch {
      break;
    }
  }
  const calls = a.fake.calls.slice(from).filter(mine);
  const blocks = calls.flatMap((c) => (c.body.blocks as Array<Record<string, unknown>>) ?? []);
  const last = calls.at(-1)!;
  return {
    text: normaliseText(visibleText(blocks) || String(calls[0]?.body.text ?? '')),
    buttons: buttonLabels(blocks),
    calls,
    page: {
      blocks: (last.body.blocks as Array<Record<string, unknown>>) ?? [],
      ephemeral: last.kind === 'respond' ? last.body.response_type !== 'in_channel' : last.method === 'chat.postEphemeral',
      ...(last.method === 'chat.postMessage'
        ? { ts: last.response?.ts as string }
        : last.method === 'chat.update'
          ? { ts: last.body.ts as string }
          : {}),
    },
  };
}

/** `/safeguard <text>` at a place; the answer is what came back on that command's own response_url. */
export async function slackSay(a: Acceptance, at: Place, text: string, settleMs = 150): Promise<SlackAnswer> {
  const { res, responseUrl, from } = await a.slack.command(text, at);
  if (res.status !== 200) throw new Error(`slack: /safeguard answered ${res.status}`);
  return answerOn(a, at.channel, responseUrl, from, settleMs);
}

/** Press a button on a page with input values (block_actions with state.values); the answer on its response_url. */
export async function slackClick(
  a: Acceptance,
  page: SlackAnswer['page'],
  label: string | RegExp,
  at: Place,
  selections: Record<string, string | string[]> = {},
  settleMs = 150,
): Promise<SlackAnswer> {
  const { res, responseUrl, from } = await a.slack.click(page, label, at, selections);
  if (res.status !== 200) throw new Error(`slack: block_actions answered ${res.status}`);
  return answerOn(a, at.channel, responseUrl, from, settleMs);
}
