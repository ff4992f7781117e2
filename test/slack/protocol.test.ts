// Protocol tests: the real server (startApp) on 127.0.0.1:0, real signed Slack requests, a fake Web API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonLabels, findButton, visibleText, type Place } from '../support/fakeSlack.js';
import { CHANNEL, seen, startSlackHarness, type Seen, type SlackHarness } from './harness.js';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  await h?.close();
});

const chatCalls = () => h.fake.calls.filter((c) => c.kind === 'respond' || /^(chat|views|conversations)\./.test(c.method));

async function command(text: string, at: Place): Promise<Seen> {
  const { res, from } = await h.slack.command(text, at);
  expect(res.status).toBe(200);
  return seen(await h.fake.nextMessage(from));
}

async function click(msg: Seen, label: string | RegExp, at: Place, selections: Record<string, string | string[]> = {}): Promise<Seen> {
  const { res, from } = await h.slack.click(msg, label, at, selections);
  expect(res.status).toBe(200);
  return seen(await h.fake.nextMessage(from));
}

/** The block_actions payload Slack sends when `user` presses the button labelled `label` on their App Home tab. */
function homeClick(
  blocks: Array<Record<string, unknown>>,
  label: string,
  user: { id: string; name: string },
  at: { viewId: string; trigger: string; ts: string },
) {
  const btn = findButton(blocks, label)!;
  return {
    type: 'block_actions',
    user: { id: user.id, username: user.name, name: user.name, team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'x',
    container: { type: 'view', view_id: at.viewId },
    trigger_id: at.trigger,
    team: { id: 'T0001', domain: 'example' },
    view: { id: at.viewId, type: 'home', blocks },
    actions: [{ ...btn.button, block_id: btn.blockId, action_ts: at.ts }],
  };
}

describe('Slack transport', () => {
  it('answers url_verification with the challenge', async () => {
    const res = await h.slack.urlVerification('ch4llenge');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'ch4llenge' });
  });

  it('refuses unsigned, wrongly signed and stale requests with 401 and calls nothing', async () => {
    const before = chatCalls().length;
    const at = { ...CHANNEL, user: 'U0MALLORY' };
    const unsigned = await h.slack.command('help', at, { unsigned: true });
    const wrong = await h.slack.command('help', at, { secret: 'not-the-secret' });
    const stale = await h.slack.command('help', at, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    const staleEvent = await h.slack.event(
      { type: 'message', channel_type: 'im', channel: 'D0MALLORY', user: 'U0MALLORY', text: 'help', ts: '1.1' },
      { timestamp: Math.floor(Date.now() / 1000) - 301 },
    );
    for (const r of [unsigned.res, wrong.res, stale.res, staleEvent.res]) expect(r.status).toBe(401);
    // A good request afterwards is answered, and is the only thing that reached Slack.
    const ok = await command('help', at);
    expect(visibleText(ok.blocks)).toContain('999');
    expect(chatCalls().length).toBe(before + 1);
  });

  it('acks a signed but malformed or foreign payload and changes nothing', async () => {
    const before = chatCalls().length;
    const at = { ...CHANNEL, user: 'U0ODD' };
    const junk = [
      { type: 'block_actions', user: { id: at.user }, actions: [{ action_id: 'sg-0', value: 'not json' }], channel: { id: at.channel } },
      {
        type: 'block_actions',
        user: { id: at.user },
        actions: [{ action_id: 'sg-0', value: '{"t":"refer"}' }],
        channel: { id: at.channel },
      },
      {
        type: 'view_submission',
        user: { id: at.user },
        view: { callback_id: 'sg-form', private_metadata: '{"c":1}', state: { values: {} } },
      },
    ];
    for (const p of junk) expect((await h.slack.postPayload(p)).status).toBe(200);
    const ok = await command('help', at); // processed after the junk: nothing else reached Slack
    expect(visibleText(ok.blocks)).toContain('999');
    expect(chatCalls().length).toBe(before + 1);
  });

  it('acks the slash command before the reply is delivered', async () => {
    h.fake.hold();
    try {
      const { res, from } = await h.slack.command('help', { ...CHANNEL, user: 'U0ACK' });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('');
      const reply = await h.fake.nextMessage(from);
      expect(reply.kind).toBe('respond');
    } finally {
      h.fake.release();
    }
  });

  it('processes a retried event (same event_id, X-Slack-Retry-Num) once', async () => {
    const at = { channel: 'D0RETRY', user: 'U0RETRY' };
    const ev = { type: 'message', channel_type: 'im', channel: at.channel, user: at.user, text: 'help', ts: '1700000001.000200' };
    const first = await h.slack.event(ev, { eventId: 'Ev0RETRY1' });
    await h.fake.postIn(at.channel, { from: first.from });
    const retry = await h.slack.event(ev, { eventId: 'Ev0RETRY1', retryNum: 1 });
    expect(retry.res.status).toBe(200);
    // A later, different event is answered: by then the retry has been seen and dropped.
    const next = await h.slack.event({ ...ev, text: 'contacts', ts: '1700000002.000200' }, { eventId: 'Ev0RETRY2' });
    await h.fake.postIn(at.channel, { from: next.from });
    const posts = h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === at.channel);
    expect(posts).toHaveLength(2);
    expect(visibleText(seen(posts[0]!).blocks)).toMatch(/what I can do/i);
    expect(visibleText(seen(posts[1]!).blocks)).not.toMatch(/what I can do/i);
  });

  it('honours Retry-After on a 429 from chat.postMessage and still delivers the reply', async () => {
    const at = { channel: 'D0LIMIT', user: 'U0LIMIT' };
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 0 });
    const { from } = await h.slack.dm(at, 'help', '1.8');
    const ok = await h.fake.postIn(at.channel, { from, ok: true });
    const attempts = h.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage' && c.body.channel === at.channel);
    expect(attempts.map((c) => c.response?.ok)).toEqual([false, true]);
    expect(visibleText(seen(ok).blocks)).toMatch(/what I can do/i);
  });

  it('ignores the bot’s own messages and message edits in DMs', async () => {
    const at = { channel: 'D0QUIET', user: 'U0QUIET' };
    await h.slack.event({
      type: 'message',
      channel_type: 'im',
      channel: at.channel,
      bot_id: 'BBOT',
      user: 'UBOT',
      text: 'help',
      ts: '1.2',
    });
    await h.slack.event({ type: 'message', subtype: 'message_changed', channel_type: 'im', channel: at.channel, ts: '1.3' });
    const real = await h.slack.dm(at, 'help', '1.4');
    await h.fake.postIn(at.channel, { from: real.from });
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === at.channel)).toHaveLength(1);
  });

  it('answers an app_mention in a channel privately (ephemeral to the person), mention stripped', async () => {
    const { from } = await h.slack.event({
      type: 'app_mention',
      channel: 'C0MENTION',
      user: 'U0BOB',
      text: '<@UBOT> indicators',
      ts: '1.5',
    });
    const call = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral' && c.body.channel === 'C0MENTION', { from });
    expect(call.body.user).toBe('U0BOB');
    expect(visibleText(seen(call).blocks)).toMatch(/Risk indicators/);
    expect(h.fake.callsTo('chat.postMessage').some((c) => c.body.channel === 'C0MENTION')).toBe(false);
  });
});

describe('Slack flows end to end', () => {
  it('walks the referral in a channel: ephemeral, replaced in place, then shared on request', async () => {
    const at = { ...CHANNEL, user: 'U0REFER' };
    let msg = await command('refer', at);
    expect(msg.ephemeral).toBe(true);
    expect(visibleText(msg.blocks)).toMatch(/immediate danger/i);
    msg = await click(msg, 'No', at);
    expect(msg.body.replace_original).toBe(true);
    msg = await click(msg, 'Lives in a London borough', at);
    // The London authority is a select in the message: choosing one answers at once (no Continue to press).
    const select = msg.blocks.find((b) => b.block_id === 'borough') as {
      elements: Array<{ type: string; options: Array<{ value: string; text: { text: string } }> }>;
    };
    expect(select.elements[0]!.type).toBe('static_select');
    expect(buttonLabels(msg.blocks)).not.toContain('Continue');
    const authority = select.elements[0]!.options[0]!;
    const chosen = await h.slack.choose(msg, 'borough', authority.value, at);
    expect(chosen.res.status).toBe(200);
    msg = seen(await h.fake.nextMessage(chosen.from));
    expect(msg.body.replace_original).toBe(true);
    expect(visibleText(msg.blocks)).toContain(`${authority.text.text}: ${authority.text.text} Children’s Social Care takes the referral.`);
    const answers: Array<string | RegExp> = ['Yes, first responder', 'Yes, under 18', 'Yes, unaccompanied', 'No'];
    for (const a of answers) {
      if (!findButton(msg.blocks, a)) break; // the tree may skip a question
      msg = await click(msg, a, at);
    }
    let text = visibleText(msg.blocks);
    expect(text).toMatch(/what to do now/i);
    // The first step and where to find the number lead; the rest is behind "More", opened in place.
    expect(text).toContain(`Phone ${authority.text.text} Children’s Social Care`);
    expect(text).not.toContain('written referral');
    msg = await click(msg, 'More', at);
    expect(msg.body.replace_original).toBe(true);
    text = visibleText(msg.blocks);
    expect(text).toContain('written referral');
    expect(buttonLabels(msg.blocks)).not.toContain('More');
    expect(text).toContain('If a child is in immediate danger, call 999');
    expect(text).toContain('0800 043 4303');
    expect(text).toContain(authority.text.text);
    expect(text).toMatch(/Source: .*PG47/);
    expect(msg.ephemeral).toBe(true);
    expect(buttonLabels(msg.blocks)).toContain('Share in channel');
    // Nothing of the walk reached the channel so far.
    expect(h.fake.callsTo('chat.postMessage').some((c) => c.body.channel === at.channel)).toBe(false);

    const { from } = await h.slack.click(msg, 'Share in channel', at);
    const posted = seen(await h.fake.postIn(at.channel, { from }));
    expect(posted.ephemeral).toBe(false);
    expect(visibleText(posted.blocks)).toContain('0800 043 4303');
    expect(visibleText(posted.blocks)).toContain('Shared by <@U0REFER>');
    // No one else can press someone's walk: only the call and finder links stay (they open a URL, change nothing).
    expect(buttonLabels(posted.blocks).filter((l) => !/^Call |^GOV\.UK/.test(l))).toEqual([]);
    const marked = seen(await h.fake.waitFor((c) => c.kind === 'respond' && c.body.replace_original === true, { from }));
    expect(visibleText(marked.blocks)).toMatch(/shared this in the channel/i);
  });

  it('a stale click (an older card) changes nothing and shows where the walk stands', async () => {
    const at = { ...CHANNEL, user: 'U0STALE' };
    const first = await command('refer', at);
    const second = await click(first, 'No', at);
    const again = await click(first, 'Yes, in danger now', at); // the old card, pressed again
    expect(visibleText(again.blocks)).toBe(visibleText(second.blocks));
  });

  it('walks the risk indicators in a DM with the bot: checkboxes, values collected, message updated in place', async () => {
    const at = { channel: 'D0INDIC', user: 'U0INDIC' };
    const { from } = await h.slack.dm(at, 'indicators', '1.6');
    const msg = seen(await h.fake.postIn(at.channel, { from }));
    expect(msg.ts).toBeTruthy();
    const groups = msg.blocks.filter(
      (b) => b.type === 'actions' && (b.elements as Array<{ type: string }>).every((e) => e.type === 'checkboxes'),
    );
    expect(groups.length).toBeGreaterThan(1);
    // Tick the first option of the first two groups (as a person would, from what is shown).
    const picks: Record<string, string[]> = {};
    const labels: string[] = [];
    for (const g of groups.slice(0, 2)) {
      const opt = (g.elements as Array<{ options: Array<{ value: string; text: { text: string } }> }>)[0]!.options[0]!;
      picks[String(g.block_id)] = [opt.value];
      labels.push(opt.text.text);
    }
    const res = await h.slack.click(msg, 'Submit', at, picks);
    const upd = await h.fake.waitFor((c) => c.method === 'chat.update' && c.body.channel === at.channel, { from: res.from });
    expect(upd.body.ts).toBe(msg.ts);
    let result = seen(upd);
    expect(visibleText(result.blocks)).toMatch(/You ticked 2 indicators/);
    // What was ticked is one "More" away (the DM message updated in place).
    const more = await h.slack.click(result, 'More', at);
    result = seen(await h.fake.waitFor((c) => c.method === 'chat.update' && c.body.channel === at.channel, { from: more.from }));
    const text = visibleText(result.blocks);
    for (const l of labels) expect(text).toContain(l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/…$/, ''));
    expect(text).toContain('If a child is in immediate danger, call 999');
    expect(buttonLabels(result.blocks)).not.toContain('Share in channel'); // a DM is already private
  });

  it('a checklist started in a case channel is the team’s: posted for everyone, ticks update it in place', async () => {
    const at = { ...CHANNEL, channel: 'C0CASE88', user: 'U0DUTY2' };
    expect((await command('case open SG-SLACK-88', at)).ephemeral).toBe(false);
    const list = await command('checklist golden-hour', at);
    expect(list.ephemeral).toBe(false);
    expect(list.body.response_type).toBe('in_channel');
    const group = list.blocks.find((b) => b.type === 'actions' && (b.elements as Array<{ type: string }>)[0]?.type === 'checkboxes');
    expect(group).toBeDefined();
    const first = (group!.elements as Array<{ options: Array<{ value: string }> }>)[0]!.options[0]!.value;
    const buttonsToTick = buttonLabels(list.blocks).filter((l) => !/Back|Start again|Share/.test(l));
    expect(buttonsToTick.length).toBeGreaterThan(0);
    const colleague = { ...at, user: 'U0COLL' };
    const { from } = await h.slack.click({ ...list, ts: '1700000099.000100' }, buttonsToTick[0]!, colleague, {
      [String(group!.block_id)]: [first],
    });
    const upd = await h.fake.waitFor((c) => c.method === 'chat.update' || c.kind === 'respond', { from });
    expect(upd.method).toBe('chat.update');
    expect(upd.body.ts).toBe('1700000099.000100');
    expect(visibleText(seen(upd).blocks)).toMatch(/1 of \d+/);
  });

  it('where the bot is not in the conversation (a DM between two people), answers through response_url instead', async () => {
    const at = { channel: 'D0PAIR', channelName: 'directmessage', user: 'U0PAIR' };
    const q1 = await command('refer', at);
    expect(q1.body.response_type).toBe('in_channel'); // a DM is not shared
    h.fake.failNext('chat.update', { error: 'channel_not_found' });
    const { from } = await h.slack.click(q1, 'No', at);
    const fallback = await h.fake.waitFor((c) => c.kind === 'respond', { from });
    expect(fallback.body.replace_original).toBe(true);
    expect(h.fake.calls.slice(from).filter((c) => c.method === 'chat.update')).toHaveLength(1);
    expect(visibleText(seen(fallback).blocks)).toMatch(/Where/i);
  });

  it('answers a free-text question privately with its source, follow-ups answered in place, and shareable', async () => {
    const at = { ...CHANNEL, user: 'U0ASK' };
    const msg = await command('do I need consent for the NRM?', at);
    expect(msg.ephemeral).toBe(true);
    const text = visibleText(msg.blocks);
    expect(text).toMatch(/consent/i);
    expect(text).toMatch(/Source: PG47 §\d+/);
    expect(text).toContain('If a child is in immediate danger, call 999');
    const labels = buttonLabels(msg.blocks);
    expect(labels).toContain('Share in channel');
    const follow = labels.find((l) => l !== 'Share in channel' && !/Back|Start again/.test(l));
    expect(follow).toBeTruthy();
    const next = await click(msg, follow!, at);
    expect(next.body.replace_original).toBe(true);
    expect(visibleText(next.blocks)).toMatch(/Source: /);
    expect(visibleText(next.blocks)).not.toBe(text);
  });

  it('records a case event from the form card in the channel: pickers inline, the card updated for everyone', async () => {
    const at = { ...CHANNEL, channel: 'C0CASE77', user: 'U0DUTY' };
    const opened = await command('case open SG-SLACK-77', at);
    expect(opened.ephemeral).toBe(false); // a team command: the channel sees the case
    const card = await command('case', at);
    const formMsg = seen(await h.fake.nextMessage((await h.slack.click(card, 'Record an event', at)).from));
    expect(formMsg.ephemeral).toBe(false);
    expect(formMsg.ts).toBeTruthy();
    const pickers = formMsg.blocks.flatMap((b) => (b.type === 'actions' ? (b.elements as Array<{ type: string }>).map((e) => e.type) : []));
    expect(pickers).toEqual(expect.arrayContaining(['datepicker', 'timepicker']));
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const { from } = await h.slack.click(formMsg, 'Record', at, { type: 'looked-after', date: today, time: '00:00' });
    const upd = await h.fake.waitFor((c) => c.method === 'chat.update' && c.body.channel === at.channel, { from });
    expect(upd.body.ts).toBe(formMsg.ts);
    expect(visibleText(seen(upd).blocks)).toMatch(/looked after/i);
  });
});

describe('App Home', () => {
  it('publishes quick buttons and the person’s open walk-throughs; a button starts a flow in the DM', async () => {
    const user = 'U0HOME';
    const dm = `D${user}`; // the fake's conversations.open answer
    const first = await h.slack.event({ type: 'app_home_opened', user, channel: dm, tab: 'home' });
    const pub = await h.fake.waitFor((c) => c.method === 'views.publish' && c.body.user_id === user, { from: first.from });
    const view = pub.body.view as { type: string; blocks: Array<Record<string, unknown>> };
    expect(view.type).toBe('home');
    seen({ ...pub, body: view });
    expect(buttonLabels(view.blocks)).toEqual(expect.arrayContaining(['Make a referral', 'Risk indicators']));
    expect(visibleText(view.blocks)).toMatch(/None in progress/);

    const payload = homeClick(view.blocks, 'Make a referral', { id: user, name: 'home' }, { viewId: 'V1', trigger: '1.2.3', ts: '1.1' });
    const from = h.fake.calls.length;
    expect((await h.slack.postPayload(payload)).status).toBe(200);
    await h.fake.waitFor((c) => c.method === 'conversations.open' && c.body.users === user, { from });
    const post = await h.fake.postIn(dm, { from });
    expect(visibleText(seen(post).blocks)).toMatch(/immediate danger/i);
    const again = await h.fake.waitFor((c) => c.method === 'views.publish' && c.body.user_id === user, { from });
    expect(visibleText((again.body.view as { blocks: Array<Record<string, unknown>> }).blocks)).toMatch(
      /Make a referral\* in our direct messages/,
    );
  });

  it('welcomes a person with the help card the first time they open the Messages tab, once', async () => {
    const user = 'U0NEW';
    const dm = `D${user}`;
    const isHelp = (c: { method: string; body: Record<string, unknown> }) =>
      c.method === 'chat.postMessage' && c.body.channel === dm && /what I can do/i.test(String(c.body.text));
    const first = await h.slack.event({ type: 'app_home_opened', user, channel: dm, tab: 'messages' });
    await h.fake.waitFor(isHelp, { from: first.from });
    const second = await h.slack.event({ type: 'app_home_opened', user, channel: dm, tab: 'messages' });
    expect(second.res.status).toBe(200);
    // A later message is answered: by then the second opening has been handled, without a second welcome.
    const marker = await h.slack.dm({ channel: dm, user }, 'contacts', '1.7');
    await h.fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === dm && !isHelp(c), { from: marker.from });
    expect(h.fake.calls.filter(isHelp)).toHaveLength(1);
  });

  it('Continue on an open walk shows where it stands, in the DM or privately in its channel', async () => {
    const user = 'U0CONT';
    const inChannel = { ...CHANNEL, channel: 'C0CONT', user };
    const q1 = await command('refer', inChannel);
    const q2 = await click(q1, 'No', inChannel);
    const ev = await h.slack.event({ type: 'app_home_opened', user, channel: `D${user}`, tab: 'home' });
    const pub = await h.fake.waitFor((c) => c.method === 'views.publish' && c.body.user_id === user, { from: ev.from });
    const blocks = (pub.body.view as { blocks: Array<Record<string, unknown>> }).blocks;
    expect(visibleText(blocks)).toContain('in <#C0CONT>');
    const payload = homeClick(blocks, 'Continue', { id: user, name: 'cont' }, { viewId: 'V2', trigger: '1.2.4', ts: '1.2' });
    const from = h.fake.calls.length;
    expect((await h.slack.postPayload(payload)).status).toBe(200);
    const eph = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral' && c.body.channel === 'C0CONT', { from });
    expect(eph.body.user).toBe(user);
    expect(visibleText(seen(eph).blocks)).toBe(visibleText(q2.blocks)); // the same step: nothing restarted or advanced
    // Someone else cannot continue this person's walk.
    const other = { ...payload, user: { ...payload.user, id: 'U0OTHER' } };
    const from2 = h.fake.calls.length;
    expect((await h.slack.postPayload(other)).status).toBe(200);
    const marker = await h.slack.event({ type: 'app_home_opened', user: 'U0OTHER', channel: 'DU0OTHER', tab: 'home' });
    await h.fake.waitFor((c) => c.method === 'views.publish' && c.body.user_id === 'U0OTHER', { from: marker.from });
    expect(h.fake.calls.slice(from2).some((c) => c.method === 'chat.postEphemeral' || c.method === 'chat.postMessage')).toBe(false);
  });
});
