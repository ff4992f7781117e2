// Proactive delivery into Teams (reminders): a stored ConversationReference + continueConversationAsync, awaited.
// Retries are botbuilder's own (its connector client waits out a 429's Retry-After and backs off, jittered, on a 5xx
// or a network error, at most 3 times), bounded here in time: a send still failing after sendLimitMs gives up with a
// retryable DeliveryError, and the reminder scheduler tries again later.
import { TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { Message } from '../conversation/model.js';
import type { ChannelAddress, Notifier, PostedMessage } from '../conversation/notifier.js';
import { DeliveryError } from '../conversation/notifier.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../clock.js';
import { cardAttachment } from './render.js';
import { toDeliveryError } from './errors.js';

/** The longest one proactive post or update may take, botbuilder's retries included. */
export const TEAMS_SEND_LIMIT_MS = 20_000;

type Send<T> = (client: ConnectorClient, options: { abortSignal: AbortSignal }) => Promise<T>;

/** Store collection of Teams ConversationReferences, keyed by conversation id (written on every activity). */
export const TEAMS_REFS = 'teams-refs';

export class TeamsNotifier implements Notifier {
  readonly platform = 'teams' as const;

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly sendLimitMs = TEAMS_SEND_LIMIT_MS,
  ) {}

  private async reference(to: ChannelAddress): Promise<Partial<ConversationReference>> {
    // The freshest reference (refreshed by every authenticated activity), else the one a case kept from before.
    const ref =
      (await this.store.get<Partial<ConversationReference>>(TEAMS_REFS, to.conversationId)) ??
      (to.ref as Partial<ConversationReference> | undefined);
    if (!ref?.serviceUrl || !ref.conversation) {
      throw new DeliveryError(
        `No Teams conversation reference for ${to.conversationId}: the bot must receive a message there first`,
        false,
      );
    }
    // A proactive message is a new message, not a reply to the activity the reference was taken from.
    return { ...ref, activityId: undefined };
  }

  private activity(ref: Partial<ConversationReference>, message: Message): Partial<Activity> {
    const a = TurnContext.applyConversationReference({ type: 'message', attachments: [cardAttachment(message)] }, ref);
    delete a.replyToId;
    return a;
  }

  /** Run `send` in a proactive turn. Errors are caught inside the turn (the adapter would hand them to onTurnError). */
  private async proactive<T>(ref: Partial<ConversationReference>, what: string, send: Send<T>): Promise<T> {
    type Outcome = { ok: true; value: T } | { ok: false; err: unknown };
    let result = { ok: false, err: new Error('proactive turn did not run') } as Outcome;
    const abortSignal = AbortSignal.timeout(this.sendLimitMs);
    try {
      await this.adapter.continueConversationAsync(this.appId, ref, async (tc) => {
        try {
          result = { ok: true, value: await send(tc.turnState.get<ConnectorClient>(this.adapter.ConnectorClientKey), { abortSignal }) };
        } catch (err) {
          result = { ok: false, err };
        }
      });
    } catch (err) {
      result = { ok: false, err };
    }
    if (result.ok) return result.value;
    if (abortSignal.aborted) throw new DeliveryError(`Teams ${what} still failing after ${this.sendLimitMs} ms of retries`, true);
    throw toDeliveryError(result.err, what, this.clock.now());
  }

  async post(to: ChannelAddress, message: Message): Promise<PostedMessage> {
    const ref = await this.reference(to);
    const sent = await this.proactive(ref, 'post', (c, options) =>
      c.conversations.sendToConversation(ref.conversation!.id, this.activity(ref, message) as Activity, options),
    );
    return { platform: 'teams', conversationId: to.conversationId, messageId: sent?.id ?? '' };
  }

  async update(to: ChannelAddress, posted: PostedMessage, message: Message): Promise<void> {
    const ref = await this.reference(to);
    const activity = { ...this.activity(ref, message), id: posted.messageId } as Activity;
    await this.proactive(ref, 'update', (c, options) =>
      c.conversations.updateActivity(ref.conversation!.id, posted.messageId, activity, options),
    );
  }
}
