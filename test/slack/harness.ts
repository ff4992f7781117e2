// Starts the real app (startApp via test/support/server.ts) with Slack pointed at a fake Web API.
import { FakeSlack, SlackDriver, type Place, type Recorded } from '../support/fakeSlack.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { assertBlockKitLimits } from '../../src/slack/limits.js';
import type { Clock } from '../../src/clock.js';

export const SECRET = 'test-signing-secret-8f2c';
export const CHANNEL: Place = { channel: 'C0CASE01', channelName: 'safeguarding-team', user: 'U0ALICE', userName: 'alice' };
export const DM: Place = { channel: 'D0ALICE', channelName: 'directmessage', user: 'U0ALICE', userName: 'alice' };

export interface SlackHarness {
  fake: FakeSlack;
  server: TestServer;
  slack: SlackDriver;
  close(): Promise<void>;
}

export async function startSlackHarness(opts: { clock?: Clock; env?: Record<string, string> } = {}): Promise<SlackHarness> {
  const fake = await FakeSlack.start();
  const server = await startTestServer({
    env: { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'fake-bot-token-test', SLACK_API_URL: fake.apiUrl, ...opts.env },
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  const slack = new SlackDriver(server.url, SECRET, fake);
  return {
    fake,
    server,
    slack,
    async close() {
      await server.close();
      await fake.close();
    },
  };
}

/** A recorded call as the message a person sees: its blocks (checked against Block Kit limits), ts and visibility. */
export interface Seen {
  blocks: Array<Record<string, unknown>>;
  ts?: string;
  ephemeral: boolean;
  body: Record<string, unknown>;
}

export function seen(r: Recorded): Seen {
  const body = r.body;
  assertBlockKitLimits(body);
  const blocks = (body.blocks as Array<Record<string, unknown>> | undefined) ?? [];
  const ephemeral = r.kind === 'respond' ? body.response_type !== 'in_channel' : r.method === 'chat.postEphemeral';
  const tsRaw = r.method === 'chat.update' ? body.ts : r.method === 'chat.postMessage' ? r.response?.ts : undefined;
  return { blocks, ...(typeof tsRaw === 'string' ? { ts: tsRaw } : {}), ephemeral, body };
}
