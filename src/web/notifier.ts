// The playground's Notifier (platform 'web'): it records what a case channel would receive,
// per conversation, so the page's "Case channel" panel can show it.
import { randomUUID } from 'node:crypto';
import type { Message } from '../conversation/model.js';
import type { ChannelAddress, Notifier, PostedMessage } from '../conversation/notifier.js';
import { DeliveryError } from '../conversation/notifier.js';
import type { Clock } from '../clock.js';

export interface ChannelEntry {
  messageId: string;
  message: Message;
  /** Bot time (the demo clock) when it was posted / last updated. */
  postedAt: string;
  updatedAt?: string;
}

const MAX_CHANNELS = 200;
const MAX_ENTRIES = 100;

export class WebNotifier implements Notifier {
  readonly platform = 'web' as const;
  private readonly channels = new Map<string, ChannelEntry[]>();
  private readonly versions = new Map<string, number>();
  private readonly listeners = new Set<(conversationId: string) => void>();
  /** Messages posted so far, all channels (the demo clock reports how many a move delivered). */
  posted = 0;

  constructor(private readonly clock: Clock) {}

  async post(to: ChannelAddress, message: Message): Promise<PostedMessage> {
    this.check(to);
    const entries = this.channel(to.conversationId);
    const entry: ChannelEntry = { messageId: `web-${randomUUID()}`, message, postedAt: this.clock.now().toISOString() };
    entries.push(entry);
    this.posted++;
    if (entries.length > MAX_ENTRIES) entries.splice(0, entries.length - MAX_ENTRIES);
    this.changed(to.conversationId);
    return { platform: 'web', conversationId: to.conversationId, messageId: entry.messageId };
  }

  async update(to: ChannelAddress, posted: PostedMessage, message: Message): Promise<void> {
    this.check(to);
    const entry = this.channel(to.conversationId).find((e) => e.messageId === posted.messageId);
    if (!entry) throw new DeliveryError('message not found in the playground channel', false);
    entry.message = message;
    entry.updatedAt = this.clock.now().toISOString();
    this.changed(to.conversationId);
  }

  entries(conversationId: string): ChannelEntry[] {
    return this.channels.get(conversationId) ?? [];
  }

  version(conversationId: string): number {
    return this.versions.get(conversationId) ?? 0;
  }

  /** Called after every post or update (the playground refreshes its case card then). */
  onChange(listener: (conversationId: string) => void): void {
    this.listeners.add(listener);
  }

  private check(to: ChannelAddress): void {
    if (to.platform !== 'web') throw new DeliveryError(`the web notifier cannot reach a ${to.platform} channel`, false);
  }

  private channel(id: string): ChannelEntry[] {
    let entries = this.channels.get(id);
    if (!entries) {
      entries = [];
      this.channels.set(id, entries);
      if (this.channels.size > MAX_CHANNELS) this.channels.delete(this.channels.keys().next().value!);
    }
    return entries;
  }

  private changed(id: string): void {
    this.versions.set(id, this.version(id) + 1);
    for (const l of this.listeners) l(id);
  }
}
