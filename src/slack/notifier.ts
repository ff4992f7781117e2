// Proactive delivery into a Slack channel (case reminders): chat.postMessage / chat.update, errors mapped
// to DeliveryError. Its WebClient never waits or retries by itself: the reminder queue decides when to retry.
import { webApi } from '@slack/bolt';
import type { Message } from '../conversation/model.js';
import type { ChannelAddress, Notifier, PostedMessage } from '../conversation/notifier.js';
import { DeliveryError } from '../conversation/notifier.js';
import { renderMessage } from './render.js';

type WebClient = InstanceType<typeof webApi.WebClient>;

const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'message_not_found',
  'cant_update_message',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'missing_scope',
  'invalid_blocks',
  'msg_too_long',
]);
const TRANSIENT = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** A Web API error as a DeliveryError: 429 / 5xx / network retryable, channel problems not. */
export function toDeliveryError(e: unknown): DeliveryError {
  const err = e as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string }; message?: string };
  switch (err?.code) {
    case 'slack_webapi_rate_limited_error':
      return new DeliveryError('Slack rate limit', true, (err.retryAfter ?? 1) * 1000);
    case 'slack_webapi_http_error':
      return new DeliveryError(`Slack HTTP ${err.statusCode}`, (err.statusCode ?? 500) >= 500 || err.statusCode === 429);
    case 'slack_webapi_request_error':
      return new DeliveryError('Slack unreachable', true);
    case 'slack_webapi_platform_error': {
      const code = err.data?.error ?? 'unknown';
      return new DeliveryError(`Slack error: ${code}`, TRANSIENT.has(code) && !PERMANENT.has(code));
    }
    default:
      return new DeliveryError(`Slack delivery failed: ${err?.message ?? String(e)}`, true);
  }
}

export function createNotifierClient(token: string, slackApiUrl?: string): WebClient {
  return new webApi.WebClient(token, {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
}

export class SlackNotifier implements Notifier {
  readonly platform = 'slack' as const;
  constructor(private readonly client: WebClient) {}

  async post(to: ChannelAddress, message: Message): Promise<PostedMessage> {
    const pages = renderMessage(message);
    let first: string | undefined;
    for (const page of pages) {
      try {
        const res = await this.client.chat.postMessage({ channel: to.conversationId, text: page.text, blocks: page.blocks });
        first ??= String(res.ts);
      } catch (e) {
        throw toDeliveryError(e);
      }
    }
    return { platform: 'slack', conversationId: to.conversationId, messageId: first ?? '' };
  }

  async update(to: ChannelAddress, posted: PostedMessage, message: Message): Promise<void> {
    const page = renderMessage(message)[0]!;
    try {
      await this.client.chat.update({ channel: to.conversationId, ts: posted.messageId, text: page.text, blocks: page.blocks });
    } catch (e) {
      throw toDeliveryError(e);
    }
  }
}
