// Bolt listeners. Each one acks first (Slack's 3-second rule), then builds a Turn, asks the engine, delivers.
import type { App } from '@slack/bolt';
import type { PlatformContext } from '../platform.js';
import { errorText, type Logger } from '../logger.js';
import type { Input, Message, Turn, TurnResult } from '../conversation/model.js';
import { text } from '../conversation/model.js';
import { EMERGENCY_LINE } from '../conversation/help.js';
import { CONVERSATIONS } from '../conversation/engine.js';
import type { ConversationState } from '../conversation/engine.js';
import type { TtlRecords } from './ttl.js';
import type { Delivery, Where } from './deliver.js';
import type { FormSpec } from './render.js';
import { MORE_ACTION_ID, PICK_PREFIX, SHARE_ACTION_ID, renderMessage, renderModal, truncate } from './render.js';
import { blockActionsSchema, collectValues, parseButtonValue, parseFormMeta, type BlockActionsBody, type FormMeta } from './values.js';
import { openFlows, renderHome } from './home.js';
import { LIMITS } from './limits.js';

export interface HandlerDeps {
  ctx: PlatformContext;
  log: Logger;
  delivery: Delivery;
  seenEvents: TtlRecords<number>;
  shares: TtlRecords<Message>;
  forms: TtlRecords<FormSpec>;
}

/** A DM (channel id D...) is private to the person; anything else is shared. */
export const isDm = (channel: string): boolean => channel.startsWith('D');
export const stripMentions = (s: string): string =>
  s
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Slack's escaped text (events, and commands with "escape channels, users and links") as plain text:
 * user mentions and @here/@channel dropped (they address people, they are not the request), #channel and
 * links shown by their label, &amp; &lt; &gt; decoded. A plain "@name" typed in a command is dropped too.
 */
export const plainText = (s: string): string =>
  stripMentions(
    s
      .replace(/<#[A-Z0-9]+\|([^>]*)>/gi, (_, name: string) => (name ? `#${name}` : ' '))
      .replace(/<#[A-Z0-9]+>/gi, ' ')
      .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/gi, ' ')
      .replace(/<![^>]*>/g, ' ')
      .replace(/<((?:https?|mailto|tel):[^|>]+)\|([^>]+)>/gi, (_, _url: string, label: string) => label)
      .replace(/<((?:https?|mailto|tel):[^>]+)>/gi, (_, url: string) => url)
      .replace(/(^|\s)@[\w.-]+/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );

/** The people <@U...> mentioned in Slack's escaped text, other than the bot (for `case lead @person`). */
export function mentionsIn(raw: string, botUserId?: string): Array<{ id: string; name?: string }> {
  const out: Array<{ id: string; name?: string }> = [];
  for (const m of raw.matchAll(/<@([UW][A-Z0-9]{2,20})(?:\|([^>]{1,80}))?>/g)) {
    if (m[1] === botUserId || out.some((x) => x.id === m[1])) continue;
    out.push({ id: m[1]!, ...(m[2] ? { name: m[2] } : {}) });
  }
  return out.slice(0, 5);
}

/** The interactive payloads the listeners below take; anything else is acknowledged and dropped at once. */
function handledHere(b: {
  command?: unknown;
  type?: string;
  actions?: Array<{ action_id?: unknown }>;
  view?: { callback_id?: unknown };
}): boolean {
  if (typeof b.command === 'string') return b.command === '/safeguard';
  if (b.type === 'block_actions') return Array.isArray(b.actions) && typeof b.actions[0]?.action_id === 'string';
  if (b.type === 'view_submission') return b.view?.callback_id === FORM_CALLBACK;
  return false;
}

const FORM_CALLBACK = 'sg-form';

/** A turn for a command handler (e.g. `case ...`, reminder buttons) rather than a flow. */
function isTeamTurn(d: HandlerDeps, input: Input): boolean {
  const namespaces = d.ctx.engine.handlerNamespaces();
  if (input.kind === 'action') return namespaces.includes(input.action.t);
  const first = input.text.trim().replace(/^\/+/, '').split(/\s+/)[0]?.toLowerCase() ?? '';
  return namespaces.includes(first);
}

const SORRY: TurnResult = {
  replies: [
    {
      blocks: [text(`Sorry, something went wrong on my side. Please try again. ${EMERGENCY_LINE}`, 'warning')],
      personal: true,
    },
  ],
  replaceSource: false,
};

/**
 * After an ack: the turn's work waits until the event loop has read the requests already arrived (setImmediate runs
 * after the poll phase), so their acks go out first. Without it, 50 concurrent commands each waited for the turns of
 * the ones before (bench/slack.ts: ack p99 several hundred ms on 2 cores, Slack's limit is 3 s and the target 100 ms).
 */
const afterPendingAcks = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function registerHandlers(app: App, d: HandlerDeps): void {
  const run = async (where: Where, input: Input, userName?: string, mentions: Turn['mentions'] = []): Promise<void> => {
    where = { ...where, team: isTeamTurn(d, input) };
    const turn: Turn = {
      platform: 'slack',
      conversationId: where.channel,
      userId: where.user,
      ...(userName ? { userName } : {}),
      shared: where.shared,
      ...(isDm(where.channel) ? { direct: true } : {}),
      mentionId: where.user,
      ...(mentions.length ? { mentions } : {}),
      input,
    };
    let result: TurnResult;
    try {
      result = await d.ctx.engine.handle(turn);
    } catch (e) {
      d.log.error({ err: errorText(e) }, 'engine failed on a slack turn');
      result = SORRY;
    }
    try {
      await d.delivery.send(where, result);
    } catch (e) {
      d.log.error({ err: errorText(e), code: (e as { code?: string }).code }, 'slack delivery failed');
    }
  };

  // Payloads this app does not use (view_closed, other modals, block_suggestion, shortcuts, legacy attachments
  // and dialogs, empty actions): acknowledged at once, so Slack never waits 3 seconds for an ack.
  app.use(async (args) => {
    const ack = (args as { ack?: (response?: unknown) => Promise<void> }).ack;
    const b = args.body as Parameters<typeof handledHere>[0];
    if (!ack || handledHere(b)) return args.next();
    d.log.info({ type: b.type ?? 'unknown' }, 'slack payload not used by this app: acknowledged');
    await ack(b.type === 'block_suggestion' || (args.body as { name?: unknown }).name !== undefined ? { options: [] } : undefined);
  });

  // Retried events (X-Slack-Retry-Num, same event_id) are processed once, across replicas.
  app.use(async ({ body, next }) => {
    const b = body as { type?: string; event_id?: string; team_id?: string; event?: { type?: string } };
    // The app was removed from a workspace or its tokens revoked: nothing to post (Slack would refuse); log it.
    if (b.type === 'event_callback' && (b.event?.type === 'app_uninstalled' || b.event?.type === 'tokens_revoked')) {
      d.log.warn({ team: b.team_id, event: b.event.type }, 'slack app uninstalled or tokens revoked');
      return;
    }
    if (b.type === 'event_callback' && b.event_id) {
      const first = await d.seenEvents.claim(b.event_id, 1);
      if (!first) {
        d.log.info({ eventId: b.event_id }, 'slack event already handled');
        return;
      }
    }
    await next();
  });

  app.command('/safeguard', async ({ command, ack, context }) => {
    await ack();
    await afterPendingAcks();
    // Slack may retry a command it thinks timed out (X-Slack-Retry-Num): the same trigger is answered once.
    const trigger = command.trigger_id ? `cmd:${command.trigger_id}:${command.user_id}` : undefined;
    const first = trigger ? await d.seenEvents.claim(trigger, 1) : true;
    if (!first && context.retryNum) return void d.log.info({}, 'slack command retry already handled');
    const where: Where = {
      channel: command.channel_id,
      user: command.user_id,
      shared: !isDm(command.channel_id),
      responseUrl: command.response_url,
      command: true,
    };
    await run(
      where,
      { kind: 'text', text: plainText(command.text ?? '') },
      command.user_name,
      mentionsIn(command.text ?? '', context.botUserId),
    );
  });

  app.action(/.*/, async ({ ack, body }) => {
    await ack();
    await afterPendingAcks();
    const parsed0 = blockActionsSchema.safeParse(body);
    if (!parsed0.success) return void d.log.warn({ issues: parsed0.error.issues.length }, 'slack block_actions payload not understood');
    const b = parsed0.data;
    const act = b.actions[0]!;
    const id = act.action_id;
    if (id.startsWith('home-')) return onHomeAction(d, run, b, act);
    if (id === SHARE_ACTION_ID) return onShare(d, b, act.value);
    if (id === MORE_ACTION_ID) return onMore(d, b, act.value);
    if (id.startsWith('sg-form-')) return openForm(app, d, b, act);
    // A select that answers at once carries the payload of the button it stands for in its action_id.
    const pick = id.startsWith(PICK_PREFIX);
    if (!pick && !/^sg-\d+$/.test(id)) return; // input changes and link buttons: nothing to do
    const parsed = parseButtonValue(pick ? id.slice(PICK_PREFIX.length) : act.value);
    if (!parsed) return;
    const channel = b.channel?.id ?? b.container?.channel_id;
    if (!channel) return;
    const where: Where = {
      channel,
      user: b.user.id,
      shared: !isDm(channel),
      ...(b.response_url ? { responseUrl: b.response_url } : {}),
      source: { ts: b.container?.message_ts, ephemeral: Boolean(b.container?.is_ephemeral) },
      ...(b.container?.thread_ts ? { thread: b.container.thread_ts } : {}),
    };
    const values = collectValues(b.state?.values);
    const chosen = (act as { selected_option?: { value?: unknown }; block_id?: unknown }).selected_option?.value;
    const blockId = (act as { block_id?: unknown }).block_id;
    if (pick && typeof chosen === 'string' && typeof blockId === 'string') values[blockId.split('~')[0]!] = chosen;
    await run(where, { kind: 'action', action: parsed.action, values }, b.user.username ?? b.user.name);
  });

  app.view(FORM_CALLBACK, async ({ ack, body, view }) => {
    await ack();
    await afterPendingAcks();
    const meta = parseFormMeta(view.private_metadata);
    if (!meta) return void d.log.warn({}, 'slack modal metadata not understood');
    const where: Where = {
      channel: meta.c,
      user: body.user.id,
      shared: meta.sh,
      ...(meta.r ? { responseUrl: meta.r } : {}),
      source: { ts: meta.ts, ephemeral: Boolean(meta.e) },
    };
    await run(where, { kind: 'action', action: meta.p, values: collectValues(view.state.values) }, body.user.name);
  });

  app.event('app_mention', async ({ event, context }) => {
    // Never answer a bot (this one included): no loops.
    if (!event.user || event.bot_id || event.user === context.botUserId) return;
    const where: Where = {
      channel: event.channel,
      user: event.user,
      shared: !isDm(event.channel),
      ...(event.thread_ts ? { thread: event.thread_ts } : {}),
    };
    await run(where, { kind: 'text', text: plainText(event.text ?? '') }, undefined, mentionsIn(event.text ?? '', context.botUserId));
  });

  // DMs with the bot; in channels, only the personal-data warning. Edits, deletions, joins, bot posts are not requests.
  app.event('message', async ({ event, context }) => {
    const m = event as {
      channel_type?: string;
      subtype?: string;
      bot_id?: string;
      user?: string;
      channel: string;
      text?: string;
      thread_ts?: string;
    };
    if ((m.subtype && m.subtype !== 'file_share') || m.bot_id || !m.user) return;
    if (m.user === context.botUserId) return;
    if (m.channel_type === 'channel' || m.channel_type === 'group') {
      // A message in a channel the bot is in, not addressed to it (a mention comes as app_mention): no answer,
      // only the gentle personal-data warning, privately to the sender. Nothing of the text is stored or logged.
      if (context.botUserId && (m.text ?? '').includes(`<@${context.botUserId}>`)) return;
      const note = d.ctx.engine.personalDataNote(plainText(m.text ?? ''));
      if (!note) return;
      const where: Where = { channel: m.channel, user: m.user, shared: true, ...(m.thread_ts ? { thread: m.thread_ts } : {}) };
      try {
        await d.delivery.send(where, { replies: [note], replaceSource: false });
      } catch (e) {
        d.log.warn({ code: (e as { code?: string }).code }, 'slack personal-data warning not delivered');
      }
      return;
    }
    if (m.channel_type !== 'im') return;
    const where: Where = { channel: m.channel, user: m.user, shared: false, ...(m.thread_ts ? { thread: m.thread_ts } : {}) };
    await run(where, { kind: 'text', text: plainText(m.text ?? '') });
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab === 'messages') return welcome(d, event.user, event.channel);
    if (event.tab === 'home') await publishHome(d, client, event.user, event.channel);
  });

  app.error(async (e) => {
    d.log.error({ code: (e as { code?: string }).code, err: errorText(e) }, 'slack listener failed');
  });
}

type Run = (where: Where, input: Input, userName?: string) => Promise<void>;
type Client = App['client'];

async function publishHome(d: HandlerDeps, client: Client, user: string, dmChannel?: string): Promise<void> {
  const flows = d.ctx.engine.flowList();
  const open = await openFlows(d.ctx.store, flows, user, dmChannel);
  await client.views.publish({ user_id: user, view: renderHome(flows, open) as never });
}

/** The first time a person opens the Messages tab: the help card, once (remembered in the store). */
async function welcome(d: HandlerDeps, user: string, channel: string): Promise<void> {
  let first = false;
  await d.ctx.store.update<{ at: string }>('slack-welcomed', user, (cur) => {
    if (cur) return cur;
    first = true;
    return { at: d.ctx.clock.now().toISOString() };
  });
  if (!first) return;
  await d.delivery.send({ channel, user, shared: false }, { replies: [d.ctx.engine.help()], replaceSource: false });
}

async function dmWith(client: Client, user: string): Promise<string | undefined> {
  const res = await client.conversations.open({ users: user });
  return res.channel?.id;
}

/** App Home buttons: start a flow in the DM, or show where an open flow stands (in its DM or channel). */
async function onHomeAction(d: HandlerDeps, run: Run, b: BlockActionsBody, act: BlockActionsBody['actions'][0]): Promise<void> {
  const client = d.delivery.client;
  const user = b.user.id;
  let value: { t?: string; a?: string; k?: string };
  try {
    value = JSON.parse(act.value ?? '{}') as typeof value;
  } catch {
    return;
  }
  if (act.action_id.startsWith('home-start-') && value.t) {
    const dm = await dmWith(client, user);
    if (!dm) return;
    await run({ channel: dm, user, shared: false }, { kind: 'action', action: { t: value.t, a: 'start' } });
    await publishHome(d, client, user, dm);
    return;
  }
  if (act.action_id.startsWith('home-continue-') && value.k) {
    const [platform, channel, owner] = value.k.split(':');
    if (platform !== 'slack' || !channel) return;
    if (owner !== undefined && owner !== user) return; // someone else's walk
    if (owner === undefined && (await dmWith(client, user)) !== channel) return;
    const stored = await d.ctx.store.get<ConversationState>(CONVERSATIONS, value.k);
    if (!stored?.flow) return;
    // A step that is not current makes the engine show where the flow stands, changing nothing.
    await run({ channel, user, shared: owner !== undefined }, { kind: 'action', action: { t: stored.flow, a: 'show', s: -1 } });
  }
}

/** "Share in channel": post the stored result to the channel for everyone, mark the private copy as shared. */
async function onShare(d: HandlerDeps, b: BlockActionsBody, raw?: string): Promise<void> {
  const channel = b.channel?.id ?? b.container?.channel_id;
  let key: string | undefined;
  try {
    key = (JSON.parse(raw ?? '{}') as { k?: string }).k;
  } catch {
    key = undefined;
  }
  const msg = key ? await d.shares.get(key) : undefined;
  if (!channel) return;
  if (!msg) {
    const note = renderMessage({
      blocks: [text('That result can no longer be shared. Run the walk-through again to share it.', 'subtle')],
    })[0]!;
    if (b.response_url) await d.delivery.respond(b.response_url, { response_type: 'ephemeral', replace_original: false, ...note });
    return;
  }
  for (const page of renderMessage(msg, { sharedBy: b.user.id })) {
    try {
      await d.delivery.client.chat.postMessage({ channel, text: page.text, blocks: page.blocks as never });
    } catch (e) {
      // The bot is not a member (a slash command in a channel it was never added to): share through response_url.
      if ((e as { code?: string }).code !== 'slack_webapi_platform_error' || !b.response_url) throw e;
      d.log.info({ error: (e as { data?: { error?: string } }).data?.error }, 'slack share refused: posting through response_url');
      await d.delivery.respond(b.response_url, { response_type: 'in_channel', replace_original: false, ...page });
    }
  }
  if (b.response_url) {
    const page = renderMessage(msg, { note: 'You shared this in the channel.' }).at(-1)!;
    await d.delivery.respond(b.response_url, { replace_original: true, ...page });
  }
}

/** "More": the same message again in place, its details shown (the stored copy; the share button kept). */
async function onMore(d: HandlerDeps, b: BlockActionsBody, raw?: string): Promise<void> {
  const channel = b.channel?.id ?? b.container?.channel_id;
  let value: { k?: unknown; sh?: unknown } = {};
  try {
    value = JSON.parse(raw ?? '{}') as typeof value;
  } catch {
    value = {};
  }
  const key = typeof value.k === 'string' ? value.k : undefined;
  const msg = key ? await d.shares.get(key) : undefined;
  if (!channel) return;
  if (!msg || !key) {
    const note = renderMessage({ blocks: [text('That message has expired. Type the command again to see it in full.', 'subtle')] })[0]!;
    if (b.response_url) await d.delivery.respond(b.response_url, { response_type: 'ephemeral', replace_original: false, ...note });
    return;
  }
  const ephemeral = Boolean(b.container?.is_ephemeral);
  const where: Where = {
    channel,
    user: b.user.id,
    shared: !isDm(channel),
    ...(b.response_url ? { responseUrl: b.response_url } : {}),
    source: { ts: b.container?.message_ts, ephemeral },
    ...(b.container?.thread_ts ? { thread: b.container.thread_ts } : {}),
  };
  const pages = renderMessage(msg, value.sh ? { shareKey: key } : {});
  for (const [i, page] of pages.entries()) await d.delivery.sendPage(where, page, ephemeral, i === 0 ? where.source : undefined);
}

/** A message asking for a date or time: its button opens a modal with the stored form. */
async function openForm(app: App, d: HandlerDeps, b: BlockActionsBody, act: BlockActionsBody['actions'][0]): Promise<void> {
  const parsed = parseButtonValue(act.value);
  const channel = b.channel?.id ?? b.container?.channel_id;
  if (!parsed?.form || !channel || !b.trigger_id) return;
  const spec = await d.forms.get(parsed.form);
  if (!spec) {
    const note = renderMessage({ blocks: [text('That form has expired. Type the command again to start over.', 'subtle')] })[0]!;
    if (b.response_url) await d.delivery.respond(b.response_url, { response_type: 'ephemeral', replace_original: false, ...note });
    return;
  }
  const meta: FormMeta = {
    c: channel,
    sh: !isDm(channel),
    p: parsed.action,
    ...(b.response_url ? { r: b.response_url } : {}),
    ...(b.container?.message_ts ? { ts: b.container.message_ts } : {}),
    e: Boolean(b.container?.is_ephemeral),
  };
  let metadata = JSON.stringify(meta);
  if (metadata.length > LIMITS.privateMetadata) metadata = JSON.stringify({ ...meta, r: undefined });
  const submit = truncate(act.text?.text ?? spec.submit, LIMITS.modalButton);
  try {
    await app.client.views.open({ trigger_id: b.trigger_id, view: renderModal({ ...spec, submit }, metadata) as never });
  } catch (e) {
    // The trigger lasts 3 seconds (e.g. expired_trigger_id after a slow network): tell the person, do not fail silently.
    d.log.warn({ error: (e as { data?: { error?: string } }).data?.error ?? errorText(e) }, 'slack modal could not be opened');
    const note = renderMessage({ blocks: [text('The form could not be opened. Please press the button again.', 'subtle')] })[0]!;
    if (b.response_url) await d.delivery.respond(b.response_url, { response_type: 'ephemeral', replace_original: false, ...note });
  }
}
