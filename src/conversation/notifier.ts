// Proactive delivery port: how reminders reach a case channel. Each channel platform's adapter implements it.
import type { Message } from './model.js';
import type { ChannelPlatformId } from '../platforms.js';

/** Where a channel is. Its platform and id; an adapter may keep more (e.g. a stored conversation reference) in `ref`. */
export interface ChannelAddress {
  platform: ChannelPlatformId;
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
