// "Share in channel" and "More" on a stored result (TtlRecords `shares`, 24 hours).
import { renderMessage } from './render.js';
import type { BlockActionsBody } from './values.js';
import { tellClicker, whereClicked, type HandlerDeps } from './turns.js';

/** A button's JSON value, or {} when it is not JSON. */
function jsonValue(raw?: string): { k?: unknown; sh?: unknown } {
  try {
    const v: unknown = JSON.parse(raw ?? '{}');
    return typeof v === 'object' && v !== null ? v : {};
  } catch {
    return {};
  }
}

/** Post each page for everyone; where the bot is not a member (a slash command in a channel it is not in),
 * through the response_url instead. */
async function postForEveryone(
  d: HandlerDeps,
  b: BlockActionsBody,
  channel: string,
  pages: ReturnType<typeof renderMessage>,
): Promise<void> {
  for (const page of pages) {
    try {
      await d.delivery.client.chat.postMessage({ channel, text: page.text, blocks: page.blocks });
    } catch (e) {
      if ((e as { code?: string }).code !== 'slack_webapi_platform_error' || !b.response_url) throw e;
      d.log.info({ error: (e as { data?: { error?: string } }).data?.error }, 'slack share refused: posting through response_url');
      await d.delivery.respond(b.response_url, { response_type: 'in_channel', replace_original: false, ...page });
    }
  }
}

/** "Share in channel": post the stored result to the channel for everyone, mark the private copy as shared. */
export async function onShare(d: HandlerDeps, b: BlockActionsBody, raw?: string): Promise<void> {
  const channel = b.channel?.id ?? b.container?.channel_id;
  const key = jsonValue(raw).k;
  const msg = typeof key === 'string' ? await d.shares.get(key) : undefined;
  if (!channel) return;
  if (!msg) return tellClicker(d, b, 'That result can no longer be shared. Run the walk-through again to share it.');
  await postForEveryone(d, b, channel, renderMessage(msg, { sharedBy: b.user.id }));
  if (b.response_url) {
    const page = renderMessage(msg, { note: 'You shared this in the channel.' }).at(-1)!;
    await d.delivery.respond(b.response_url, { replace_original: true, ...page });
  }
}

/** "More": the same message again in place, its details shown (the stored copy; the share button kept). */
export async function onMore(d: HandlerDeps, b: BlockActionsBody, raw?: string): Promise<void> {
  const value = jsonValue(raw);
  const key = typeof value.k === 'string' ? value.k : undefined;
  const msg = key ? await d.shares.get(key) : undefined;
  const where = whereClicked(b);
  if (!where) return;
  if (!msg || !key) return tellClicker(d, b, 'That message has expired. Type the command again to see it in full.');
  const pages = renderMessage(msg, value.sh ? { shareKey: key } : {});
  const ephemeral = Boolean(where.source?.ephemeral);
  for (const [i, page] of pages.entries()) await d.delivery.sendPage(where, page, ephemeral, i === 0 ? where.source : undefined);
}
