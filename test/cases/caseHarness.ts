// Test harness for the case module: the real core (createCore: engine, flows, case and oversight commands), MemoryStore, ManualClock, the real
// embedded scheduler with polling off, and recording fake Notifiers for Teams and Slack.
import type { ActionPayload, Message, Turn, TurnResult } from '../../src/conversation/model.js';
import type { ChannelAddress, Notifier, PostedMessage } from '../../src/conversation/notifier.js';
import { MemoryStore } from '../../src/store/memory.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';
import { EmbeddedScheduler } from '../../src/reminders/embedded.js';
import { createCore } from '../../src/core.js';
import { flowDeps } from '../support/core.js';

export class RecordingNotifier implements Notifier {
  posts: Array<{ to: ChannelAddress; message: Message; messageId: string }> = [];
  updates: Array<{ to: ChannelAddress; posted: PostedMessage; message: Message }> = [];
  /** Errors thrown by the next post() calls, in order. */
  failNext: Error[] = [];
  private n = 0;
  constructor(readonly platform: 'teams' | 'slack' | 'web') {}
  async post(to: ChannelAddress, message: Message): Promise<PostedMessage> {
    const err = this.failNext.shift();
    if (err) throw err;
    const messageId = `${this.platform}-msg-${++this.n}`;
    this.posts.push({ to, message, messageId });
    return { platform: this.platform, conversationId: to.conversationId, messageId };
  }
  async update(to: ChannelAddress, posted: PostedMessage, message: Message): Promise<void> {
    this.updates.push({ to, posted, message });
  }
  titles(): string[] {
    return this.posts.map((p) => p.message.title ?? '');
  }
}

export type Where = { platform: Turn['platform']; conversationId: string };
export const TEAMS_CHANNEL: Where = { platform: 'teams', conversationId: '19:case-team@thread.tacv2' };
export const SLACK_CHANNEL: Where = { platform: 'slack', conversationId: 'C0CASE01' };
export const OTHER_CHANNEL: Where = { platform: 'slack', conversationId: 'C0OTHER9' };
export const ALICE = { userId: 'u-alice', userName: 'Alice', mentionId: 'u-alice' };
export const BOB = { userId: 'u-bob', userName: 'Bob', mentionId: 'u-bob' };

/** All the text a message shows (title, blocks, buttons), for assertions. */
export function textOf(m: Message | Message[]): string {
  const ms = Array.isArray(m) ? m : [m];
  return ms
    .map((x) =>
      [
        x.title ?? '',
        ...x.blocks.map((b) => {
          if (b.type === 'text' || b.type === 'heading') return b.text;
          if (b.type === 'list') return b.items.join('\n');
          if (b.type === 'facts') return b.facts.map((f) => `${f.label}: ${f.value}`).join('\n');
          if (b.type === 'progress') return b.label ?? `${b.done} of ${b.total}`;
          if (b.type === 'input') return b.input.label;
          return '';
        }),
        ...(x.buttons ?? []).map((b) => `[${b.label}]`),
      ].join('\n'),
    )
    .join('\n---\n');
}

export async function caseHarness(startIso: string, env: Record<string, string> = {}) {
  const store = new MemoryStore();
  const clock = new ManualClock(new Date(startIso));
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  const scheduler = new EmbeddedScheduler(store, { clock, pollMs: 0, retryBaseMs: 60_000, log: silentLogger });
  // The core as the server builds it (createCore): every flow, the case and oversight commands, the personal-data check.
  const { cases, engine } = createCore({ store, clock, log: silentLogger, config, deps: flowDeps(), scheduler });
  const teams = new RecordingNotifier('teams');
  const slack = new RecordingNotifier('slack');
  await cases.start([teams, slack]);

  const turn = (where: Where, user: { userId: string; userName?: string }, input: Turn['input']): Turn => ({
    ...where,
    ...user,
    shared: true,
    input,
  });
  const say = (text: string, where: Where = TEAMS_CHANNEL, user = ALICE): Promise<TurnResult> =>
    engine.handle(turn(where, user, { kind: 'text', text }));
  const click = (
    action: ActionPayload,
    values: Record<string, string | string[]> = {},
    where: Where = TEAMS_CHANNEL,
    user = ALICE,
  ): Promise<TurnResult> => engine.handle(turn(where, user, { kind: 'action', action, values }));
  /** Move the clock to an instant and run every job due then. */
  const at = async (iso: string): Promise<number> => {
    clock.set(new Date(iso));
    return cases.runDue();
  };
  const caseOf = async (key: string) => cases.service.get(key);
  /** The join request posted into a channel that follows the case, since the given post counts. */
  const requestPosted = (since: { teams: number; slack: number }) =>
    [...teams.posts.slice(since.teams), ...slack.posts.slice(since.slack)].find((p) => p.message.title?.startsWith('Request to follow'));
  /**
   * `case open <ref>` from a channel that does not follow the existing case, then Approve pressed by `approver` in the
   * channel the request reached first. Returns the asking channel's reply and the approval's.
   */
  const join = async (ref: string, where: Where, user = BOB, approver = ALICE) => {
    const since = { teams: teams.posts.length, slack: slack.posts.length };
    const asked = await say(`case open ${ref}`, where, user);
    const posted = requestPosted(since);
    if (!posted) throw new Error(`no join request was posted: ${textOf(asked.replies)}`);
    const into: Where = { platform: posted.to.platform, conversationId: posted.to.conversationId };
    const approved = await click(button(posted.message, 'Approve'), {}, into, approver);
    // The request and the "now follows" note are set-up, not what a test of reminders counts: kept aside.
    const setup = { teams: teams.posts.splice(since.teams), slack: slack.posts.splice(since.slack) };
    return { asked, approved, into, setup };
  };
  return { store, clock, config, scheduler, cases, engine, teams, slack, say, click, at, caseOf, join, requestPosted };
}

/** The first button with this label in the replies. */
export function button(res: TurnResult | Message, label: string): ActionPayload {
  const ms = 'replies' in res ? res.replies : [res];
  for (const m of ms) for (const b of m.buttons ?? []) if (b.label === label) return b.action;
  throw new Error(`no button "${label}" in: ${ms.flatMap((m) => (m.buttons ?? []).map((b) => b.label)).join(', ')}`);
}
