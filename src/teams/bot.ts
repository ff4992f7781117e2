// The Teams turn handler: activity -> Turn -> engine -> Adaptive Cards. It translates; it decides nothing.
import { ActivityTypes, TurnContext, type Activity, type InvokeResponse } from 'botbuilder';
import type { Message, TurnResult } from '../conversation/model.js';
import type { PlatformContext } from '../platform.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, cardAttachment, renderAdaptiveCard } from './render.js';
import { invokeTurn, messageTurn } from './turn.js';
import { TEAMS_REFS } from './notifier.js';

/** Store collection: conversations already welcomed (so conversationUpdate + installationUpdate greet once). */
export const TEAMS_WELCOMED = 'teams-welcomed';

const SORRY = 'Sorry, something went wrong on my side. Please try again, or type help.';

const cardActivity = (m: Message): Partial<Activity> => ({ type: ActivityTypes.Message, attachments: [cardAttachment(m)] });

const invokeResponse = (tc: TurnContext, status: number, body: unknown) =>
  tc.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, body } satisfies InvokeResponse });

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

  /** Every activity refreshes the stored reference, so reminders can reach this conversation later. */
  private async rememberReference(a: Activity): Promise<void> {
    if (!a.conversation?.id || !a.serviceUrl) return;
    try {
      await this.ctx.store.put(TEAMS_REFS, a.conversation.id, TurnContext.getConversationReference(a));
    } catch (err) {
      this.ctx.log.error({ err: String(err), conversation: a.conversation.id }, 'teams: could not store conversation reference');
    }
  }

  private async onMessage(tc: TurnContext): Promise<void> {
    const turn = messageTurn(tc.activity);
    if (!turn) return; // a channel message not addressed to the bot, or card data that is not ours
    let result: TurnResult;
    try {
      result = await this.ctx.engine.handle(turn);
    } catch (err) {
      this.ctx.log.error({ err: String(err), kind: turn.input.kind }, 'teams: turn failed');
      await tc.sendActivity(SORRY);
      return;
    }
    let replies = result.replies;
    const source = tc.activity.replyToId;
    // Action.Submit from an older client: update the card it came from in place, when asked to.
    if (turn.input.kind === 'action' && result.replaceSource && source && replies[0]) {
      await tc.updateActivity({ ...cardActivity(replies[0]), id: source });
      replies = replies.slice(1);
    }
    if (replies.length) await tc.sendActivities(replies.map(cardActivity));
  }

  /** Action.Execute: the first reply's card replaces the source card (HTTP response); later replies are messages. */
  private async onInvoke(tc: TurnContext): Promise<void> {
    if (tc.activity.name !== 'adaptiveCard/action') return void (await invokeResponse(tc, 501, undefined));
    const turn = invokeTurn(tc.activity);
    if (!turn) {
      return void (await invokeResponse(tc, 200, {
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: { code: 'BadRequest', message: 'This card action is not recognised.' },
      }));
    }
    let result: TurnResult;
    try {
      result = await this.ctx.engine.handle(turn);
    } catch (err) {
      this.ctx.log.error({ err: String(err) }, 'teams: card action failed');
      return void (await invokeResponse(tc, 200, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: SORRY }));
    }
    const [first, ...rest] = result.replies;
    if (first && result.replaceSource) {
      if (rest.length) await tc.sendActivities(rest.map(cardActivity));
      await invokeResponse(tc, 200, { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: renderAdaptiveCard(first) });
      return;
    }
    if (result.replies.length) await tc.sendActivities(result.replies.map(cardActivity));
    await invokeResponse(tc, 200, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Done.' });
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
    const id = tc.activity.conversation.id;
    let first = false;
    await this.ctx.store.update<{ at: string }>(TEAMS_WELCOMED, id, (cur) => {
      first = !cur;
      return cur ?? { at: this.ctx.clock.now().toISOString() };
    });
    if (first) await tc.sendActivity(cardActivity(this.ctx.engine.help()));
  }

  private async forget(a: Activity): Promise<void> {
    await this.ctx.store.delete(TEAMS_WELCOMED, a.conversation.id);
  }
}
