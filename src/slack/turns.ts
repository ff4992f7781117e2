// What every Slack listener shares: its dependencies, and `run`: a Slack request as a neutral Turn, asked of the
// engine, its answer delivered. Listeners ack first and hand `run` to the AfterAck queue.
import type { App } from '@slack/bolt';
import type { PlatformContext } from '../platform.js';
import { errorText, type Logger } from '../logger.js';
import type { Input, Message, Turn } from '../conversation/model.js';
import { text } from '../conversation/model.js';
import type { TtlRecords } from './ttl.js';
import type { Delivery, Where } from './deliver.js';
import type { FormSpec } from './render.js';
import { renderMessage } from './render.js';
import type { BlockActionsBody } from './values.js';
import type { AfterAck } from './afterAck.js';
import { isDm } from './text.js';

export interface HandlerDeps {
  ctx: PlatformContext;
  log: Logger;
  delivery: Delivery;
  seenEvents: TtlRecords<number>;
  shares: TtlRecords<Message>;
  forms: TtlRecords<FormSpec>;
  /** Where each listener's work goes once it has acked. */
  afterAck: AfterAck;
}

export type Run = (where: Where, input: Input, userName?: string, mentions?: Turn['mentions']) => Promise<void>;
export type Client = App['client'];

function turnFor(where: Where, input: Input, userName?: string, mentions: Turn['mentions'] = []): Turn {
  return {
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
}

/**
 * The engine's answer to one Slack request, delivered. The engine is the one error boundary (it never throws: a failure
 * is its neutral apology); a delivery failure is logged here, never thrown. A command handler's answer (`case ...`, a
 * reminder button) is the team's; a flow's is the person's own walk.
 */
export function createRun(d: HandlerDeps): Run {
  return async (where, input, userName, mentions) => {
    const result = await d.ctx.engine.handle(turnFor(where, input, userName, mentions));
    try {
      await d.delivery.send(where, result);
    } catch (e) {
      d.log.error({ err: errorText(e), code: (e as { code?: string }).code }, 'slack delivery failed');
    }
  };
}

/** Where a click came from: its channel, the message clicked (replaced by the answer), its thread and response_url. */
export function whereClicked(b: BlockActionsBody): Where | undefined {
  const channel = b.channel?.id ?? b.container?.channel_id;
  if (!channel) return undefined;
  return {
    channel,
    user: b.user.id,
    shared: !isDm(channel),
    ...(b.response_url ? { responseUrl: b.response_url } : {}),
    source: { ts: b.container?.message_ts, ephemeral: Boolean(b.container?.is_ephemeral) },
    ...(b.container?.thread_ts ? { thread: b.container.thread_ts } : {}),
  };
}

/** A short note to the person who clicked, through the click's response_url (e.g. "That form has expired"). */
export async function tellClicker(d: HandlerDeps, b: BlockActionsBody, note: string): Promise<void> {
  if (!b.response_url) return;
  const page = renderMessage({ blocks: [text(note, 'subtle')] })[0]!;
  await d.delivery.respond(b.response_url, { response_type: 'ephemeral', replace_original: false, ...page });
}
