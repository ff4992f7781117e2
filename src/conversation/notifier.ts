// Proactive delivery port: how reminders reach a case channel. Teams and Slack each implement it.
import type { Message } from './model.js';

/** Where a channel is. Teams needs its stored ConversationReference (JSON), Slack only the channel id. */
export interface ChannelAddress {
  platform: 'teams' | 'slack' | 'web';
  conversationId: string;
  ref?: Record<string, unknown>;
}

export interface PostedMessage {
  platform: ChannelAddress['platform'];
  conversationId: string;
  messageId: string;
}

export interface Notifier {
  platform: ChannelAddress['platform'];
  post(to: ChannelAddress, message: Message): Promise<PostedMessage>;
  update(to: ChannelAddress, posted: PostedMessage, message: Message): Promise<void>;
}

/** Thrown by a Notifier. retryable: 429 / 5xx / network; retryAfterMs from Retry-After when given. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
