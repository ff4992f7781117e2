// Robustness of the Slack adapter against what Slack really sends: ssl_check, events to ignore (the bot's own
// messages, edits, joins), uninstalls, odd command text, stale and unknown interactions, payload types the app
// does not use, retries, and Web API refusals. Real signed requests to the real app; Slack's Web API is a fake.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack, SlackDriver, postSigned, visibleText, type Place } from '../support/fakeSlack.js';
import { CHANNEL, SECRET, seen, startSlackHarness, type Seen, type SlackHarness } from './harness.js';
import { visitFlow } from './testFlow.js';
import { mountSlack } from '../../src/slack/index.js';
import { Engine } from '../../src/conversation/engine.js';
import { MemoryStore } from '../../src/store/memory.js';
import { systemClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Everything that would show something to someone in Slack. */
const shownCalls = (from = 0) =>
  h.fake.calls.slice(from).filter((c) => c.kind === 'respond' || /^(chat|views)\./.test(c.method) || c.method === 'conversations.open');

/** `/safeguard <text>`, and the answer it got (through its own response_url, or posted to its channel). */
async function command(text: string, at: Place): Promise<Seen> {
  const { res, from, responseUrl } = await h.slack.command(text, at);
  expect(res.status).toBe(200);
  const id = responseUrl.split('/').pop();
  const kinds = new Set(['chat.postMessage', 'chat.postEphemeral']);
  return seen(
    await h.fake.waitFor((c) => (c.kind === 'respond' ? c.method === id : kinds.has(c.method) && c.body.channel === at.channel), { from }),
  );
}

/** A DM "help" after the events under test: once it is answered, everything before it has been handled. */
async function barrier(at: { channel: string; user: string }): Promise<number> {
  const { from } = await h.slack.dm(at, 'help', '1700009999.000001');
  await h.fake.postIn(at.channel, { from });
  return from;
}

/** POST a signed interactive payload and require an answer well inside Slack's 3 seconds. */
async function interact(payload: unknown): Promise<Response> {
  const body = 'payload=' + encodeURIComponent(JSON.stringify(payload));
  const started = Date.now();
  const res = await postSigned(h.slack.endpoint, SECRET, body, 'application/x-www-form-urlencoded', {});
  expect(Date.now() - started).toBeLessThan(2500);
  return res;
}

describe('Slack robustness: transport', () => {
  it('answers ssl_check POSTs with 200 and nothing else', async () => {
    const from = h.fake.calls.length;
    const body = new URLSearchParams({ ssl_check: '1', token: 'verification-token-unused' }).toString();
    const res = await postSigned(h.slack.endpoint, SECRET, body, 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(shownCalls(from)).toEqual([]);
  });

  it('answers url_verification with the challenge (plain text body type too)', async () => {
    const res = await h.slack.urlVerification('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
    expect(await res.json()).toEqual({ challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
  });
});

describe('Slack robustness: events the bot must not answer', () => {
  it('ignores bot messages, its own messages, edits, deletes, joins and channel chatter; answers the next real DM once', async () => {
    const at = { channel: 'D0IGNORE', user: 'U0IGNORE' };
    const from = h.fake.calls.length;
    const base = { type: 'message', channel_type: 'im', channel: at.channel, ts: '1700000500.000100' };
    const events = [
      { ...base, subtype: 'bot_message', bot_id: 'BOTHER', username: 'another bot', text: 'help' },
      { ...base, bot_id: 'BBOT', user: 'UBOT', text: 'help', app_id: 'A0001' },
      { ...base, user: 'UBOT', text: 'help' }, // the bot's own user, without bot_id
      { ...base, subtype: 'message_changed', message: { user: at.user, text: 'help', ts: '1.1' }, previous_message: { text: 'x' } },
      { ...base, subtype: 'message_deleted', deleted_ts: '1700000400.000100', previous_message: { user: at.user, text: 'help' } },
      { ...base, subtype: 'message_replied', message: { user: at.user, text: 'help' } },
      { ...base, subtype: 'channel_join', user: at.user, text: '<@U0IGNORE> has joined the channel' },
      { ...base, channel: 'C0CHATTER', channel_type: 'channel', user: at.user, text: 'help' },
      { ...base, channel: 'C0CHATTER', channel_type: 'channel', subtype: 'channel_join', user: at.user, text: 'joined' },
      { ...base, channel: 'G0GROUP', channel_type: 'mpim', user: at.user, text: 'help' },
      { type: 'app_mention', channel: 'C0CHATTER', bot_id: 'BBOT', user: 'UBOT', text: '<@UBOT> help', ts: '1.2' },
      { type: 'app_mention', channel: 'C0CHATTER', user: 'UBOT', text: '<@UBOT> help', ts: '1.3' },
      { type: 'member_joined_channel', user: 'UBOT', channel: 'C0CHATTER', channel_type: 'C', team: 'T0001' },
      { type: 'reaction_added', user: at.user, reaction: 'thumbsup', item: { type: 'message', channel: at.channel, ts: '1.1' } },
      { type: 'app_home_opened', user: at.user, channel: at.channel, tab: 'about' },
      { type: 'something_new', whatever: true },
    ];
    for (const ev of events) {
      const { res } = await h.slack.event(ev);
      expect(res.status).toBe(200);
    }
    await barrier(at);
    const shown = shownCalls(from);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.body.channel).toBe(at.channel);
  });

  it('app_uninstalled and tokens_revoked are acknowledged, nothing is posted, and the app keeps working', async () => {
    const from = h.fake.calls.length;
    for (const ev of [
      { type: 'tokens_revoked', tokens: { oauth: ['U0X'], bot: ['UBOT'] } },
      { type: 'app_uninstalled' },
      { type: 'grid_migration_started' },
    ]) {
      const { res } = await h.slack.event(ev);
      expect(res.status).toBe(200);
    }
    await barrier({ channel: 'D0AFTER', user: 'U0AFTER' });
    expect(shownCalls(from)).toHaveLength(1);
  });

  it('a file shared in a DM with a comment is read as the comment', async () => {
    const at = { channel: 'D0FILE', user: 'U0FILE' };
    const { from } = await h.slack.dm(at, 'indicators', '1700000600.000100', {
      subtype: 'file_share',
      files: [{ id: 'F1', name: 'photo.png', mimetype: 'image/png' }],
    });
    const post = await h.fake.postIn(at.channel, { from });
    expect(visibleText(seen(post).blocks)).toMatch(/Risk indicators/);
  });
});

describe('Slack robustness: threads', () => {
  it('a mention in a thread is answered in that thread (privately); a DM thread reply is answered in the thread', async () => {
    const { from } = await h.slack.event({
      type: 'app_mention',
      channel: 'C0THREAD',
      user: 'U0THREAD',
      text: '<@UBOT> indicators',
      ts: '1700000700.000200',
      thread_ts: '1700000700.000100',
    });
    const eph = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral' && c.body.channel === 'C0THREAD', { from });
    expect(eph.body.thread_ts).toBe('1700000700.000100');
    expect(eph.body.user).toBe('U0THREAD');
    const dm = await h.slack.dm({ channel: 'D0THREAD', user: 'U0THREAD' }, 'help', '1700000701.000200', { thread_ts: '1700000701.000100' });
    const post = await h.fake.postIn('D0THREAD', { from: dm.from });
    expect(post.body.thread_ts).toBe('1700000701.000100');
    // A mention at the top level is not threaded.
    const top = await h.slack.event({
      type: 'app_mention',
      channel: 'C0THREAD',
      user: 'U0THREAD2',
      text: '<@UBOT> help',
      ts: '1700000702.000200',
    });
    const flat = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral' && c.body.user === 'U0THREAD2', { from: top.from });
    expect(flat.body.thread_ts).toBeUndefined();
  });
});

describe('Slack robustness: slash command text', () => {
  it('empty text and only spaces give the help card', async () => {
    const at = { ...CHANNEL, user: 'U0EMPTY' };
    for (const text of ['', '   ', '\t \n ']) {
      expect(visibleText((await command(text, at)).blocks)).toMatch(/what I can do/i);
    }
  });

  it('leading and trailing spaces, a @user mention and a #channel link do not change the answer', async () => {
    const at = { ...CHANNEL, user: 'U0SPACE' };
    const plain = visibleText((await command('indicators', at)).blocks);
    const variants = [
      '   indicators   ',
      '<@U0BOB|bob> indicators',
      'indicators <@U0BOB>',
      '@bob indicators',
      'indicators <#C0CASE01|safeguarding-team>',
      '<!here> indicators',
    ];
    for (const text of variants) {
      expect({ text, shown: visibleText((await command(text, at)).blocks) }).toEqual({ text, shown: plain });
    }
  });

  it('a slash command the app does not declare is acknowledged and not answered', async () => {
    const at = { ...CHANNEL, user: 'U0OTHERCMD' };
    const body = h.slack.commandBody('help', at, h.fake.newResponseUrl()).replace('%2Fsafeguard', '%2Fsomething-else');
    const from = h.fake.calls.length;
    const started = Date.now();
    const res = await postSigned(h.slack.endpoint, SECRET, body, 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    await barrier({ channel: 'D0OTHERCMD', user: at.user });
    expect(h.fake.calls.slice(from).filter((c) => c.kind === 'respond')).toEqual([]);
  });

  it('a retried slash command (X-Slack-Retry-Num, same trigger) is answered once', async () => {
    const at = { ...CHANNEL, user: 'U0CMDRETRY' };
    const responseUrl = h.fake.newResponseUrl();
    const body = h.slack.commandBody('help', at, responseUrl);
    const from = h.fake.calls.length;
    const first = await postSigned(h.slack.endpoint, SECRET, body, 'application/x-www-form-urlencoded');
    expect(first.status).toBe(200);
    await h.fake.waitFor((c) => c.kind === 'respond' && c.method === responseUrl.split('/').pop(), { from });
    const retry = await postSigned(h.slack.endpoint, SECRET, body, 'application/x-www-form-urlencoded', {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    await barrier({ channel: 'D0CMDRETRY', user: 'U0CMDRETRY' });
    expect(h.fake.calls.slice(from).filter((c) => c.kind === 'respond')).toHaveLength(1);
  });
});

describe('Slack robustness: interactions', () => {
  it('an unknown action_id, a select change and a link button are acknowledged and change nothing', async () => {
    const at = { ...CHANNEL, user: 'U0UNKNOWN' };
    const from = h.fake.calls.length;
    const common = {
      type: 'block_actions',
      user: { id: at.user, username: 'u', name: 'u', team_id: 'T0001' },
      team: { id: 'T0001', domain: 'example' },
      channel: { id: at.channel, name: 'x' },
      container: { type: 'message', message_ts: '1700000000.000001', channel_id: at.channel, is_ephemeral: false },
      response_url: h.fake.newResponseUrl(),
      trigger_id: '1.2.trigger',
    };
    const payloads = [
      { ...common, actions: [{ action_id: 'something-else', block_id: 'b', type: 'button', value: 'x', action_ts: '1' }] },
      {
        ...common,
        actions: [
          { action_id: 'sg-in-borough', block_id: 'borough', type: 'static_select', selected_option: { value: 'x' }, action_ts: '1' },
        ],
      },
      { ...common, actions: [{ action_id: 'sg-link-0', block_id: 'b', type: 'button', url: 'https://example.org', action_ts: '1' }] },
      { ...common, actions: [{ action_id: 'sg-0', block_id: 'b', type: 'button', value: '{"t":"nope","a":"x"}', action_ts: '1' }] },
      {
        ...common,
        container: { type: 'view', view_id: 'V1' },
        channel: undefined,
        actions: [{ action_id: 'sg-0', type: 'button', value: '{"t":"refer","a":"start"}' }],
      },
      { ...common, actions: [] },
    ];
    for (const p of payloads) expect((await interact(p)).status).toBe(200);
    await barrier({ channel: 'D0UNKNOWN', user: 'U0UNKNOWN' });
    const shown = shownCalls(from);
    // The unknown flow gets at most a private "finished or moved on" note; nothing public.
    expect(shown.filter((c) => c.method === 'chat.postMessage' && c.body.channel !== 'D0UNKNOWN')).toEqual([]);
    expect(shown.filter((c) => c.method === 'chat.update')).toEqual([]);
  });

  it('payload types the app does not use (view_closed, other views, block_suggestion, shortcuts, legacy) are answered at once', async () => {
    const user = { id: 'U0TYPES', username: 'u', name: 'u', team_id: 'T0001' };
    const team = { id: 'T0001', domain: 'example' };
    const view = { id: 'V9', type: 'modal', callback_id: 'sg-form', private_metadata: '{}', state: { values: {} }, hash: 'h' };
    const from = h.fake.calls.length;
    const payloads = [
      { type: 'view_closed', user, team, view, is_cleared: false },
      { type: 'view_closed', user, team, view: { ...view, callback_id: 'other' }, is_cleared: true },
      { type: 'view_submission', user, team, view: { ...view, callback_id: 'someone-elses' } },
      { type: 'block_suggestion', user, team, action_id: 'sg-in-x', block_id: 'x', value: 'cam', container: { type: 'message' } },
      { type: 'shortcut', user, team, callback_id: 'safeguard', trigger_id: '1.1.t' },
      {
        type: 'message_action',
        user,
        team,
        callback_id: 'safeguard',
        trigger_id: '1.1.t',
        channel: { id: 'C1' },
        message: { ts: '1.1', text: 'x' },
      },
      { type: 'interactive_message', user, team, callback_id: 'legacy', actions: [{ name: 'a', value: 'b' }], channel: { id: 'C1' } },
      { type: 'dialog_submission', user, team, callback_id: 'legacy', submission: {} },
      { type: 'dialog_cancellation', user, team, callback_id: 'legacy' },
      { type: 'workflow_step_edit', user, team, callback_id: 'x' },
    ];
    for (const p of payloads) {
      const res = await interact(p);
      expect({ type: p.type, status: res.status }).toEqual({ type: p.type, status: 200 });
      if (p.type === 'block_suggestion') expect(await res.json()).toEqual({ options: [] });
    }
    // None of these carries a response_url, so a response_url call is a late answer to an earlier test's click.
    expect(shownCalls(from).filter((c) => c.kind !== 'respond')).toEqual([]);
  });

  it('a click on an old card (the walk has moved on) shows where it stands, privately, and starts nothing new', async () => {
    const at = { ...CHANNEL, user: 'U0OLD' };
    const first = await command('refer', at);
    const second = seen(await h.fake.nextMessage((await h.slack.click(first, 'No', at)).from));
    const third = seen(await h.fake.nextMessage((await h.slack.click(second, 'Lives in a London borough', at)).from));
    const { from } = await h.slack.click(first, 'No', at);
    const again = seen(await h.fake.nextMessage(from));
    expect(again.ephemeral).toBe(true);
    expect(visibleText(again.blocks)).toBe(visibleText(third.blocks));
    expect(h.fake.callsTo('chat.postMessage').some((c) => c.body.channel === at.channel)).toBe(false);
  });
});

describe('Slack robustness: Web API refusals', () => {
  it('a private answer to a command in a channel goes through response_url (works where the bot is not a member)', async () => {
    const at = { ...CHANNEL, channel: 'C0NOTIN', user: 'U0NOTIN' };
    const { from } = await h.slack.command('indicators', at);
    const reply = await h.fake.nextMessage(from);
    expect(reply.kind).toBe('respond');
    expect(seen(reply).ephemeral).toBe(true);
    expect(visibleText(seen(reply).blocks)).toMatch(/Risk indicators/);
    expect(h.fake.calls.slice(from).filter((c) => c.method === 'chat.postEphemeral')).toEqual([]);
  });

  it('"Share in channel" where the bot is not a member (not_in_channel) is shared through response_url instead', async () => {
    const at = { ...CHANNEL, channel: 'C0NOTIN3', user: 'U0NOTIN3' };
    const answer = await command('do I need consent for the NRM?', at);
    expect(answer.ephemeral).toBe(true);
    h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    const { from } = await h.slack.click(answer, 'Share in channel', at);
    const shared = await h.fake.waitFor((c) => c.kind === 'respond' && c.body.response_type === 'in_channel', { from });
    expect(visibleText(seen(shared).blocks)).toMatch(/Shared by <@U0NOTIN3>/);
    expect(visibleText(seen(shared).blocks)).toMatch(/consent/i);
    // The private copy is then marked as shared (its response_url, replace_original).
    await h.fake.waitFor((c) => c.kind === 'respond' && c.body.replace_original === true, { from });
    const refused = h.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage');
    expect(refused.map((c) => c.response?.error)).toEqual(['not_in_channel']);
  });

  it('an old private card clicked after its response_url expired (404) is answered privately through the Web API', async () => {
    const at = { ...CHANNEL, channel: 'C0EXPIRED', user: 'U0EXPIRED' };
    const first = await command('refer', at);
    expect(first.ephemeral).toBe(true);
    h.fake.failRespond(404);
    const { from } = await h.slack.click(first, 'No', at);
    const eph = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral' && c.body.channel === at.channel, { from });
    expect(eph.body.user).toBe(at.user);
    expect(visibleText(seen(eph).blocks)).toMatch(/Where/i);
    expect(h.fake.calls.slice(from).filter((c) => c.kind === 'respond')).toHaveLength(1); // the refused attempt
    expect(h.fake.callsTo('chat.postMessage').some((c) => c.body.channel === at.channel)).toBe(false);
  });

  it('a command whose response_url is refused still gets its private answer', async () => {
    const at = { ...CHANNEL, channel: 'C0EXPIRED2', user: 'U0EXPIRED2' };
    h.fake.failRespond(500);
    const { from } = await h.slack.command('indicators', at);
    const eph = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral' && c.body.channel === at.channel, { from });
    expect(visibleText(seen(eph).blocks)).toMatch(/Risk indicators/);
  });

  it('a reply rate-limited three times in a row (429 + Retry-After) is still delivered', async () => {
    const at = { channel: 'D0LIMIT3', user: 'U0LIMIT3' };
    for (let i = 0; i < 3; i++) h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 0 });
    const { from } = await h.slack.dm(at, 'help', '1.9');
    const ok = await h.fake.postIn(at.channel, { from, ok: true, timeoutMs: 15_000 });
    const attempts = h.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage' && c.body.channel === at.channel);
    expect(attempts.map((c) => c.response?.ok)).toEqual([false, false, false, true]);
    expect(visibleText(seen(ok).blocks)).toMatch(/what I can do/i);
  }, 20_000);
});

describe('Slack robustness: modal forms', () => {
  it('a form button whose trigger expired (views.open refused) tells the person instead of failing silently', async () => {
    const fake = await FakeSlack.start();
    const store = new MemoryStore();
    const engine = new Engine({ store, clock: systemClock, log: silentLogger, deps: {} }, [visitFlow]);
    const config = loadConfig({ NODE_ENV: 'test', SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-m', SLACK_API_URL: fake.apiUrl });
    const app = express();
    await mountSlack(app, { config, engine, store, clock: systemClock, log: silentLogger });
    const server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const slack = new SlackDriver(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, SECRET, fake);
      const at = { ...CHANNEL, user: 'U0TRIGGER' };
      const { from } = await slack.command('visit', at);
      const msg = seen(await fake.nextMessage(from));
      fake.failNext('views.open', { error: 'expired_trigger_id' });
      const click = await slack.click(msg, 'Save the visit', at);
      const note = await fake.waitFor((c) => c.kind === 'respond', { from: click.from });
      expect(note.body.response_type).toBe('ephemeral');
      expect(note.body.replace_original).toBe(false);
      expect(visibleText(seen(note).blocks)).toMatch(/press the button again/i);
      expect(fake.callsTo('views.open').map((c) => c.response?.error)).toEqual(['expired_trigger_id']);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await fake.close();
    }
  });
});
