// Events: an @mention anywhere, a DM with the bot; in channels, only the personal-data warning. Bolt acks events
// before the listeners run; the work goes to the AfterAck queue like every other listener's.
import type { App } from '@slack/bolt';
import type { Where } from './deliver.js';
import { isDm, mentionsIn, plainText } from './text.js';
import type { HandlerDeps, Run } from './turns.js';

type MessageEvent = {
  channel_type?: string;
  subtype?: string;
  bot_id?: string;
  user?: string;
  channel: string;
  text?: string;
  thread_ts?: string;
};

/**
 * A message in a channel the bot is in, not addressed to it (a mention comes as app_mention): no answer, only the
 * gentle personal-data warning, privately to the sender. Nothing of the text is stored or logged.
 */
async function warnInChannel(d: HandlerDeps, m: MessageEvent & { user: string }, botUserId?: string): Promise<void> {
  if (botUserId && (m.text ?? '').includes(`<@${botUserId}>`)) return;
  const note = d.ctx.engine.personalDataNote(plainText(m.text ?? ''));
  if (!note) return;
  const where: Where = { channel: m.channel, user: m.user, shared: true, ...(m.thread_ts ? { thread: m.thread_ts } : {}) };
  try {
    await d.delivery.send(where, { replies: [note], replaceSource: false });
  } catch (e) {
    d.log.warn({ code: (e as { code?: string }).code }, 'slack personal-data warning not delivered');
  }
}

/** DMs with the bot; in channels, only the personal-data warning. Edits, deletions, joins, bot posts are not requests. */
async function onMessage(d: HandlerDeps, run: Run, m: MessageEvent, botUserId?: string): Promise<void> {
  if ((m.subtype && m.subtype !== 'file_share') || m.bot_id || !m.user || m.user === botUserId) return;
  if (m.channel_type === 'channel' || m.channel_type === 'group') return warnInChannel(d, { ...m, user: m.user }, botUserId);
  if (m.channel_type !== 'im') return;
  const where: Where = { channel: m.channel, user: m.user, shared: false, ...(m.thread_ts ? { thread: m.thread_ts } : {}) };
  await run(where, { kind: 'text', text: plainText(m.text ?? '') });
}

export function registerEvents(app: App, d: HandlerDeps, run: Run): void {
  app.event('app_mention', async ({ event, context }) => {
    // Never answer a bot (this one included): no loops.
    if (!event.user || event.bot_id || event.user === context.botUserId) return;
    const where: Where = {
      channel: event.channel,
      user: event.user,
      shared: !isDm(event.channel),
      ...(event.thread_ts ? { thread: event.thread_ts } : {}),
    };
    const raw = event.text ?? '';
    d.afterAck.run(() => run(where, { kind: 'text', text: plainText(raw) }, undefined, mentionsIn(raw, context.botUserId)));
  });

  app.event('message', async ({ event, context }) => {
    d.afterAck.run(() => onMessage(d, run, event as MessageEvent, context.botUserId));
  });
}
