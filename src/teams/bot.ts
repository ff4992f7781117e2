// The Teams turn handler: activity -> Turn -> engine -> Adaptive Cards. It translates; it decides nothing.
import { ActivityTypes, TurnContext, type Activity, type InvokeResponse } from 'botbuilder';
import type { Message, Turn, TurnResult } from '../conversation/model.js';
import { SORRY } from '../conversation/help.js';
import type { PlatformContext } from '../platform.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, renderAdaptiveCard, withOwner } from './render.js';
import { cardOwner, conversationKey, invokeTurn, messageTurn } from './turn.js';
import { TEAMS_REFS } from './notifier.js';
import { errorText } from '../logger.js';

/** Store collection: conversations already welcomed (so conversationUpdate + installationUpdate greet once). */
export const TEAMS_WELCOMED = 'teams-welcomed';

const NOT_YOURS = 'This card belongs to another member\'s walk-through. Mention me with a command (for example "refer") to start your own.';

const BAD_ACTION = {
  statusCode: 400,
  type: 'application/vnd.microsoft.error',
  value: { code: 'BadRequest', message: 'This card action is not recognised.' },
};

/** An invoke answer that keeps the card and shows a short text to the person who clicked. */
const textResponse = (text: string) => ({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text });

const invokeResponse = (tc: TurnContext, status: number, body: unknown) =>
  tc.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, body } satisfies InvokeResponse });

/** A stored reference unchanged is written again after this long (so one lost or removed is put back). */
const REF_REFRESH_MS = 60 * 60_000;
const REF_CACHE_MAX = 20_000;

/** What the Bot Framework SDKs answer to a `healthCheck` invoke (the C#/Python ActivityHandler). */
const HEALTHY = { healthResults: { success: true, messages: ['Health check succeeded.'] } };

export class TeamsBot {
  constructor(private readonly ctx: PlatformContext) {}

  /** The CloudAdapter logic for every inbound activity. */
  readonly onTurn = async (tc: TurnContext): Promise<void> => {
    const a = tc.activity;
    await this.rememberReference(a);
    switch (a.type) {
      case ActivityTypes.Message:
        return this.onMessage(tc);
      case ActivityTypes.Invoke:
        return this.onInvoke(tc);
      case ActivityTypes.ConversationUpdate:
        return this.onConversationUpdate(tc);
      case ActivityTypes.InstallationUpdate:
        return this.onInstallationUpdate(tc);
      default:
        return;
    }
  };

  /**
   * References this process stored lately, by key: where they point (what the notifier uses) and when. Every turn wrote
   * one (a file on lowdb, an upsert on PostgreSQL) though it almost never changes: the bench's profile showed it.
   */
  private readonly storedRefs = new Map<string, { where: string; at: number }>();

  /**
   * Every activity refreshes the stored reference, so reminders can reach this conversation later: written when where
   * it points (service URL, conversation, bot, channel) changed, or at least hourly; not on every turn.
   */
  private async rememberReference(a: Activity): Promise<void> {
    if (!a.conversation?.id || !a.serviceUrl) return;
    try {
      // Keyed and addressed by the channel (not the thread): a proactive reminder starts a new post in the channel.
      const ref = TurnContext.getConversationReference(a);
      const key = conversationKey(a.conversation.id);
      const stored = { ...ref, conversation: { ...ref.conversation, id: key } };
      const where = JSON.stringify([stored.serviceUrl, stored.channelId, stored.conversation, stored.bot]);
      const now = Date.now();
      const last = this.storedRefs.get(key);
      if (last && last.where === where && now - last.at < REF_REFRESH_MS) return;
      await this.ctx.store.put(TEAMS_REFS, key, stored);
      this.storedRefs.delete(key);
      this.storedRefs.set(key, { where, at: now });
      // Oldest first (insertion order): the map stays bounded however many conversations there are.
      if (this.storedRefs.size > REF_CACHE_MAX) this.storedRefs.delete(this.storedRefs.keys().next().value!);
    } catch (err) {
      this.ctx.log.error({ err: errorText(err), conversation: a.conversation.id }, 'teams: could not store conversation reference');
    }
  }

  /** The card for a reply: in a channel its buttons carry the owner (state there is per user). */
  private card(m: Message, turn?: Turn): Record<string, unknown> {
    const card = renderAdaptiveCard(m);
    return turn?.shared ? withOwner(card, turn.userId) : card;
  }

  private cardActivity(m: Message, turn?: Turn): Partial<Activity> {
    return { type: ActivityTypes.Message, attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: this.card(m, turn) }] };
  }

  /**
   * In a channel, a click on a flow button of a card that is not the clicker's own: 'flow' (a step of another
   * member's walk-through: not theirs to apply) or 'other' (a start button on someone else's or a shared card:
   * run it, but post the answer as a new message instead of replacing that card for everyone).
   * Command-handler cards (e.g. case checklists) are shared by design and always update in place.
   */
  private foreignClick(tc: TurnContext, turn: Turn): 'flow' | 'other' | undefined {
    if (!turn.shared || turn.input.kind !== 'action') return undefined;
    const { t, a } = turn.input.action;
    if (!this.ctx.engine.flowList().some((f) => f.id === t)) return undefined;
    const owner = cardOwner(tc.activity);
    if (owner === turn.userId) return undefined;
    if (a === 'start') return 'other';
    return owner ? 'flow' : undefined;
  }

  private async handle(turn: Turn): Promise<TurnResult | undefined> {
    try {
      return await this.ctx.engine.handle(turn);
    } catch (err) {
      this.ctx.log.error({ err: errorText(err), kind: turn.input.kind }, 'teams: turn failed');
      return undefined;
    }
  }

  /** A bot cannot post a file into a Teams channel: a file a reply carries becomes a download link (expiring, unguessable). */
  private async withFiles(result: TurnResult | undefined): Promise<TurnResult | undefined> {
    const downloads = this.ctx.downloads;
    if (!result || !downloads || !result.replies.some((m) => m.files?.length)) return result;
    return { ...result, replies: await Promise.all(result.replies.map((m) => downloads.withLinks(m))) };
  }

  private async onMessage(tc: TurnContext): Promise<void> {
    const turn = messageTurn(tc.activity);
    if (!turn) return; // a channel message not addressed to the bot, or card data that is not ours
    const foreign = this.foreignClick(tc, turn);
    if (foreign === 'flow') return void (await tc.sendActivity(NOT_YOURS));
    const result = await this.withFiles(await this.handle(turn));
    if (!result) return void (await tc.sendActivity(SORRY));
    let replies = result.replies;
    const source = tc.activity.replyToId;
    // Action.Submit from an older client: update the card it came from in place, when asked to.
    if (turn.input.kind === 'action' && result.replaceSource && !foreign && source && replies[0]) {
      try {
        await tc.updateActivity({ ...this.cardActivity(replies[0], turn), id: source });
        // A retried or stale click: the messages after the first are already in the conversation.
        replies = result.repeated ? [] : replies.slice(1);
      } catch (err) {
        // The card is gone or cannot be edited (e.g. deleted): the answer goes out as a new message instead.
        this.ctx.log.warn({ err: errorText(err) }, 'teams: could not update the card; posting instead');
        if (result.repeated) replies = replies.slice(0, 1);
      }
    }
    if (replies.length) await tc.sendActivities(replies.map((m) => this.cardActivity(m, turn)));
  }

  /** Action.Execute: the first reply's card replaces the source card (HTTP response); later replies are messages. */
  private async onInvoke(tc: TurnContext): Promise<void> {
    if (tc.activity.name === 'healthCheck') return void (await invokeResponse(tc, 200, HEALTHY));
    // Message extensions, task modules, sign-in, config: not part of this app. botbuilder answers 501; a 4xx says the
    // same without a server-error status (a client error: this bot takes no such invoke).
    if (tc.activity.name !== 'adaptiveCard/action')
      return void (await invokeResponse(tc, 400, { code: 'NotSupported', message: 'This app does not take this invoke.' }));
    const turn = invokeTurn(tc.activity);
    if (!turn) return void (await invokeResponse(tc, 200, BAD_ACTION));
    const foreign = this.foreignClick(tc, turn);
    if (foreign === 'flow') return void (await invokeResponse(tc, 200, textResponse(NOT_YOURS)));
    const result = await this.withFiles(await this.handle(turn));
    if (!result) return void (await invokeResponse(tc, 200, textResponse(SORRY)));
    const [first, ...rest] = result.replies;
    if (first && result.replaceSource && !foreign) {
      // A retried or stale click: the messages after the first are already in the conversation.
      if (rest.length && !result.repeated) await this.post(tc, rest, turn);
      await invokeResponse(tc, 200, { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: this.card(first, turn) });
      return;
    }
    const posted = result.replies.length ? await this.post(tc, result.replies, turn) : true;
    await invokeResponse(tc, 200, textResponse(posted ? 'Done: see my reply below.' : SORRY));
  }

  /** Post replies during an invoke; a failure is logged (the invoke itself is still answered). */
  private async post(tc: TurnContext, replies: Message[], turn: Turn): Promise<boolean> {
    try {
      await tc.sendActivities(replies.map((m) => this.cardActivity(m, turn)));
      return true;
    } catch (err) {
      this.ctx.log.error({ err: errorText(err) }, 'teams: could not post a reply');
      return false;
    }
  }

  private async onConversationUpdate(tc: TurnContext): Promise<void> {
    const a = tc.activity;
    const botId = a.recipient?.id;
    if (a.membersRemoved?.some((m) => m.id === botId)) return this.forget(a);
    if (a.membersAdded?.some((m) => m.id === botId)) return this.welcome(tc);
  }

  private async onInstallationUpdate(tc: TurnContext): Promise<void> {
    const action = tc.activity.action ?? '';
    if (action.startsWith('remove')) return this.forget(tc.activity);
    if (action.startsWith('add')) return this.welcome(tc);
  }

  /** Teams sends both conversationUpdate and installationUpdate on install: greet once per installation. */
  private async welcome(tc: TurnContext): Promise<void> {
    const id = conversationKey(tc.activity.conversation.id);
    let first = false;
    await this.ctx.store.update<{ at: string }>(TEAMS_WELCOMED, id, (cur) => {
      first = !cur;
      return cur ?? { at: this.ctx.clock.now().toISOString() };
    });
    if (first) await tc.sendActivity(this.cardActivity(this.ctx.engine.help()));
  }

  private async forget(a: Activity): Promise<void> {
    await this.ctx.store.delete(TEAMS_WELCOMED, conversationKey(a.conversation.id));
  }
}
