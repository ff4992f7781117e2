// Proactive delivery into Teams (reminders): a stored ConversationReference + continueConversationAsync, awaited.
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { Message } from '../conversation/model.js';
import type { ChannelAddress, Notifier, PostedMessage } from '../conversation/notifier.js';
import { DeliveryError } from '../conversation/notifier.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../clock.js';
import { cardAttachment } from './render.js';
import { toDeliveryError } from './errors.js';

/** Store collection of Teams ConversationReferences, keyed by conversation id (written on every activity). */
export const TEAMS_REFS = 'teams-refs';

export class TeamsNotifier implements Notifier {
  readonly platform = 'teams' as const;

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  private async reference(to: ChannelAddress): Promise<Partial<ConversationReference>> {
    const ref = (to.ref as Partial<ConversationReference> | undefined) ?? (await this.store.get<Partial<ConversationReference>>(TEAMS_REFS, to.conversationId));
    if (!ref?.serviceUrl || !ref.conversation) {
      throw new DeliveryError(`No Teams conversation reference for ${to.conversationId}: the bot must receive a message there first`, false);
    }
    // A proactive message is a new message, not a reply to the activity the reference was taken from.
    return { ...ref, activityId: undefined };
  }

  async post(to: ChannelAddress, message: Message): Promise<PostedMessage> {
    const ref = await this.reference(to);
    let messageId = '';
    try {
      await this.adapter.continueConversationAsync(this.appId, ref, async (tc) => {
        const sent = await tc.sendActivity({ type: 'message', attachments: [cardAttachment(message)] });
        messageId = sent?.id ?? '';
      });
    } catch (err) {
      throw toDeliveryError(err, 'post', this.clock.now());
    }
    return { platform: 'teams', conversationId: to.conversationId, messageId };
  }

  async update(to: ChannelAddress, posted: PostedMessage, message: Message): Promise<void> {
    const ref = await this.reference(to);
    try {
      await this.adapter.continueConversationAsync(this.appId, ref, async (tc) => {
        await tc.updateActivity({ type: 'message', id: posted.messageId, attachments: [cardAttachment(message)] });
      });
    } catch (err) {
      throw toDeliveryError(err, 'update', this.clock.now());
    }
  }
}
