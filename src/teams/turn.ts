// Teams activity -> neutral Turn. Translation only: the engine decides everything else.
import { TurnContext, type Activity } from 'botbuilder';
import { decodeHTML } from 'entities';
import { z } from 'zod';
import type { Input, Turn } from '../conversation/model.js';
import { actionPayloadSchema } from '../conversation/actionSchema.js';

/** Card data as rendered by render.ts: {sg: payload, sg_multi?: [...], sg_u?: owner, ...input values}. */
const actionData = z
  .object({
    sg: actionPayloadSchema,
    sg_multi: z.array(z.string()).optional(),
    /** In channels: the user whose walk-through the card shows (see withOwner in render.ts). */
    sg_u: z.string().max(200).optional(),
  })
  .loose();

export const isSharedConversation = (a: Partial<Activity>): boolean =>
  a.conversation?.conversationType === 'channel' || a.conversation?.conversationType === 'groupChat';

/**
 * An Adaptive Card multi-select Input.ChoiceSet submits its picks as one string, "a,b,c" (the card format: not CSV, no
 * quoting), so a comma inside a value cannot be told apart; render.ts only gives choices values without one.
 */
export const splitChoiceSet = (raw: string): string[] =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Card data -> action input. Multi-select values arrive as "a,b,c"; split the inputs the card marked as multi. */
export function actionInput(data: unknown): Input | undefined {
  const parsed = actionData.safeParse(data);
  if (!parsed.success) return undefined;
  const { sg, sg_multi: multi = [], sg_u: _owner, ...rest } = parsed.data;
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (typeof value !== 'string' && !Array.isArray(value)) continue;
    const raw = Array.isArray(value) ? value.map(String).join(',') : value;
    values[key] = multi.includes(key) ? splitChoiceSet(raw) : raw;
  }
  for (const id of multi) values[id] ??= [];
  return { kind: 'action', action: sg, values };
}

/** What the adapter relies on in an inbound activity; anything else is a 400 before botbuilder runs. */
const activityShape = z
  .object({
    type: z.string().min(1).max(100),
    id: z.string().optional(),
    name: z.string().optional(),
    action: z.string().optional(),
    serviceUrl: z.string().optional(),
    text: z.string().nullish(),
    replyToId: z.string().optional(),
    from: z.object({ id: z.string().optional(), name: z.string().nullish(), aadObjectId: z.string().optional() }).loose().optional(),
    recipient: z.object({ id: z.string().optional() }).loose().optional(),
    conversation: z
      .object({ id: z.string().min(1), conversationType: z.string().optional() })
      .loose()
      .optional(),
    entities: z.array(z.object({ type: z.string().optional() }).loose()).nullish(),
    attachments: z.array(z.object({ contentType: z.string().optional() }).loose()).nullish(),
    membersAdded: z.array(z.object({ id: z.string().optional() }).loose()).nullish(),
    membersRemoved: z.array(z.object({ id: z.string().optional() }).loose()).nullish(),
    channelData: z.object({}).loose().nullish(),
  })
  .loose()
  // A message or an invoke is someone saying or clicking something to the bot in a conversation: without who, to whom and where it
  // cannot be answered (the Bot Framework activity schema requires them), so it is refused, not half-handled.
  .refine((a) => !['message', 'invoke'].includes(a.type) || (!!a.from?.id && !!a.conversation?.id && !!a.recipient?.id), {
    message: 'a message or invoke activity needs from.id, recipient.id and conversation.id',
  });

export const isActivityShaped = (body: unknown): boolean => activityShape.safeParse(body).success;

/** True when the bot is @mentioned in this message. */
export const mentionsBot = (a: Partial<Activity>): boolean =>
  (a.entities ?? []).some((e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === a.recipient?.id);

/** The typed text, without the bot's @mention. */
export function messageText(a: Partial<Activity>): string {
  const copy = { ...a, text: a.text ?? '', entities: a.entities ?? [] } as Activity;
  const stripped = TurnContext.removeRecipientMention(copy) ?? '';
  // Other @mentions (people, tags, the team) address someone; they are not the request (and names stay out).
  const withoutMentions = stripped.replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ');
  // Teams sends HTML: tags become spaces, then every entity is decoded as a browser would (&nbsp; is a space below).
  return decodeHTML(withoutMentions.replace(/<\/?[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The conversation a Teams activity belongs to. In a channel, Teams appends the thread (`;messageid=...`):
 * a case is linked to the channel, not one thread, so the thread part is dropped.
 */
export const conversationKey = (id: string): string => id.replace(/;messageid=[^;]*$/i, '');

/** The people @mentioned in an activity, other than the bot (for `case lead @person`). */
function mentionedPeople(a: Partial<Activity>): Array<{ id: string; name?: string }> {
  const out: Array<{ id: string; name?: string }> = [];
  for (const e of a.entities ?? []) {
    const m = (e as { type?: string; mentioned?: { id?: unknown; name?: unknown } }).mentioned;
    if (e.type !== 'mention' || typeof m?.id !== 'string' || m.id === a.recipient?.id || m.id.length > 200) continue;
    if (out.some((x) => x.id === m.id)) continue;
    out.push({ id: m.id, ...(typeof m.name === 'string' && m.name ? { name: m.name.slice(0, 100) } : {}) });
  }
  return out.slice(0, 5);
}

function turnFor(a: Partial<Activity>, input: Input): Turn {
  const from = a.from ?? { id: 'unknown', name: '' };
  const people = mentionedPeople(a);
  return {
    platform: 'teams',
    conversationId: conversationKey(a.conversation?.id ?? 'unknown'),
    userId: from.aadObjectId ?? from.id,
    ...(from.name ? { userName: from.name } : {}),
    shared: isSharedConversation(a),
    ...(a.conversation?.conversationType === 'personal' ? { direct: true } : {}),
    ...(from.id ? { mentionId: from.id } : {}),
    ...(people.length ? { mentions: people } : {}),
    input,
  };
}

/**
 * A message activity -> Turn: Action.Submit data (value.sg) or typed text.
 * In a channel the bot only answers when @mentioned: undefined means "not for us".
 */
export function messageTurn(a: Partial<Activity>): Turn | undefined {
  if (a.value && typeof a.value === 'object' && 'sg' in a.value) {
    const input = actionInput(a.value);
    return input ? turnFor(a, input) : undefined;
  }
  // Card data that is not ours (another card's Action.Submit) with nothing typed: not for us.
  if (a.value && typeof a.value === 'object' && !a.text?.trim()) return undefined;
  if (a.conversation?.conversationType === 'channel' && !mentionsBot(a)) return undefined;
  return turnFor(a, { kind: 'text', text: messageText(a) });
}

/** The card data of an Action.Submit message or an Action.Execute invoke. */
const cardData = (a: Partial<Activity>): unknown =>
  a.type === 'invoke' ? (a.value as { action?: { data?: unknown } } | undefined)?.action?.data : a.value;

/** Whose card was clicked (channels only): undefined for cards everyone shares (help, reminders, case cards). */
export function cardOwner(a: Partial<Activity>): string | undefined {
  const parsed = actionData.safeParse(cardData(a));
  return parsed.success ? parsed.data.sg_u : undefined;
}

/** An adaptiveCard/action invoke -> Turn (undefined when its data is not ours or malformed). */
export function invokeTurn(a: Partial<Activity>): Turn | undefined {
  const value = a.value as { action?: { data?: unknown } } | undefined;
  const input = actionInput(value?.action?.data);
  return input ? turnFor(a, input) : undefined;
}
