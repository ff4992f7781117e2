// Neutral Message -> Adaptive Card 1.5 (Teams). The card shell is the template cards/message.json;
// this file only turns blocks, buttons and links into card elements. No safeguarding decisions here.
import { Template } from 'adaptivecards-templating';
import shell from '../../cards/message.json' with { type: 'json' };
import type { ActionPayload, Block, Button, InputField, LinkButton, Message } from '../conversation/model.js';
import { flatBlocks } from '../conversation/model.js';
import { linkPhones } from '../conversation/phones.js';
import { citations } from '../conversation/sources.js';

export type CardElement = Record<string, unknown>;

/** What an Action.Execute / Action.Submit carries: the payload, and which inputs are multi-select. */
export interface CardActionData {
  sg: ActionPayload;
  sg_multi?: string[];
  /** Channels: whose walk-through this card shows (state is per user there). */
  sg_u?: string;
}

/** Teams shows at most this many card-level actions; more buttons are stacked in the body instead. */
const MAX_CARD_ACTIONS = 5;
/** A button label longer than this is shown on a row of its own (the action bar cuts it with "…"). */
const LONG_LABEL = 30;
const NBSP = '\u00a0';

const textBlock = (text: string, extra: CardElement = {}): CardElement => ({ type: 'TextBlock', text, wrap: true, ...extra });
/** Markdown text in which every phone number is a call link (Teams and Web Chat open tel: links). */
const withCalls = (text: string): string => linkPhones(text, (n, tel) => `[${n}](${tel})`);
/** A text block whose phone numbers are call links. */
const callText = (text: string, extra: CardElement = {}): CardElement => textBlock(withCalls(text), extra);

const toneStyle: Record<string, CardElement> = {
  warning: { color: 'Attention', weight: 'Bolder' },
  good: { color: 'Good' },
  subtle: { isSubtle: true, size: 'Small' },
  default: {},
};

function inputElement(input: InputField): CardElement {
  const common: CardElement = {
    id: input.id,
    label: input.label,
    ...(input.required ? { isRequired: true, errorMessage: `${input.label}: required` } : {}),
  };
  if (input.kind === 'choice') {
    const value = Array.isArray(input.value) ? input.value.join(',') : input.value;
    return {
      type: 'Input.ChoiceSet',
      ...common,
      choices: input.options.map((o) => ({ title: o.label, value: o.value })),
      isMultiSelect: Boolean(input.multi),
      style: input.multi ? 'expanded' : 'compact',
      wrap: true,
      ...(value ? { value } : {}),
    };
  }
  const type = { date: 'Input.Date', time: 'Input.Time', text: 'Input.Text' }[input.kind];
  return {
    type,
    ...common,
    ...(input.value ? { value: input.value } : {}),
    ...(input.placeholder ? { placeholder: input.placeholder } : {}),
    ...(input.kind === 'text' && input.maxLength ? { maxLength: input.maxLength } : {}),
  };
}

/** A link button on a row of its own (long labels stay readable on a phone). */
const linkRows = (links: LinkButton[]): CardElement[] =>
  links.map((l, i) => ({ type: 'ActionSet', actions: [openUrl(l)], spacing: i === 0 ? 'Small' : 'None' }));

function blockElements(block: Block, ids: () => string): CardElement[] {
  switch (block.type) {
    case 'heading':
      return [callText(block.text, { style: 'heading', size: 'Medium', weight: 'Bolder', spacing: 'Medium' })];
    case 'text':
      return [callText(block.text, toneStyle[block.tone ?? 'default'])];
    case 'list':
      // One TextBlock per item; a no-break space after "1." keeps markdown from renumbering.
      return block.items.map((item, i) =>
        callText(block.ordered ? `${(block.start ?? 1) + i}.${NBSP}${item}` : `•${NBSP}${item}`, { spacing: 'Small' }),
      );
    case 'facts':
      return [{ type: 'FactSet', facts: block.facts.map((f) => ({ title: f.label, value: withCalls(f.value) })) }];
    case 'links':
      return linkRows(block.links);
    case 'details': {
      // Behind "Show details": the first screen keeps what to do now; the rest opens in place (Action.ShowCard, which
      // Teams and Web Chat both expand inline without a round trip).
      const id = ids();
      return [
        {
          type: 'ActionSet',
          id,
          spacing: 'Medium',
          actions: [
            {
              type: 'Action.ShowCard',
              title: block.label ?? 'Show details',
              card: { type: 'AdaptiveCard', body: bodyElements(block.blocks, ids) },
            },
          ],
        },
      ];
    }
    case 'input':
      return [inputElement(block.input)];
    case 'progress': {
      const total = Math.max(block.total, 0);
      const done = Math.min(Math.max(block.done, 0), total);
      const dots = total <= 20 ? '●'.repeat(done) + '○'.repeat(total - done) + NBSP : '';
      const line = `${dots}${block.label ? `${block.label}: ` : ''}${done} of ${total} done`;
      return [textBlock(line, { weight: 'Bolder', color: done >= total ? 'Good' : 'Default' })];
    }
    case 'divider':
      return [];
  }
}

function bodyElements(blocks: Block[], ids: () => string): CardElement[] {
  const out: CardElement[] = [];
  let separateNext = false;
  for (const block of blocks) {
    if (block.type === 'divider') {
      separateNext = out.length > 0;
      continue;
    }
    const els = blockElements(block, ids);
    if (separateNext && els[0]) els[0] = { ...els[0], separator: true, spacing: 'Medium' };
    separateNext = false;
    out.push(...els);
  }
  return out;
}

function multiInputIds(message: Message): string[] {
  return flatBlocks(message.blocks).flatMap((b) => (b.type === 'input' && b.input.kind === 'choice' && b.input.multi ? [b.input.id] : []));
}

function executeAction(button: Button, multi: string[]): CardElement {
  const data: CardActionData = { sg: button.action, ...(multi.length ? { sg_multi: multi } : {}) };
  const style = button.style === 'primary' ? 'positive' : button.style === 'danger' ? 'destructive' : undefined;
  return {
    type: 'Action.Execute',
    title: button.label,
    verb: `${button.action.t}.${button.action.a}`,
    data,
    ...(style ? { style } : {}),
  };
}

const openUrl = (link: LinkButton): CardElement => ({ type: 'Action.OpenUrl', title: link.label, url: link.url });

/** Buttons go in the card's action bar when few; otherwise stacked one per row in the body (long labels stay readable). */
function layoutActions(message: Message): { stacked: CardElement[]; actions: CardElement[] } {
  const multi = multiInputIds(message);
  const buttons = (message.buttons ?? []).map((b) => executeAction(b, multi));
  const links = (message.links ?? []).map(openUrl);
  // A long label (a related question) would be cut in the card's action bar: then every button sits in the body,
  // one per row, right under the text that introduces them ("Related questions:"), before the sources line.
  const long = (message.buttons ?? []).some((b) => b.label.length > LONG_LABEL);
  if (!long && buttons.length + links.length <= MAX_CARD_ACTIONS) return { stacked: [], actions: [...buttons, ...links] };
  const stacked = buttons.map((a, i) => ({ type: 'ActionSet', actions: [a], spacing: i === 0 ? 'Medium' : 'Small' }));
  return { stacked, actions: links.slice(0, MAX_CARD_ACTIONS) };
}

const template = new Template(shell);

// The shell is expanded once per title and sources (its only other inputs, body and actions, are inserted whole, as
// "${body}" and "${actions}": the templating inserts those very arrays, never reads into them), and that expansion is
// copied for each card with this card's body and actions put in the places held for them. Expanding the template on
// every card was ~3% of a turn's CPU (bench turns, --cpu-prof). Should the shell ever read body or actions any other
// way, every card is expanded in full, as before.
const BODY_SLOT = '\u0000sg-body';
const ACTIONS_SLOT = '\u0000sg-actions';
const EXPANSIONS_MAX = 500;

function insertsWholeOnly(node: unknown): boolean {
  if (typeof node === 'string') return /^\$\{(body|actions)\}$/.test(node) || !/\$\{[^}]*\b(body|actions)\b/.test(node);
  if (Array.isArray(node)) return node.every(insertsWholeOnly);
  if (node && typeof node === 'object') return Object.entries(node).every(([k, v]) => insertsWholeOnly(k) && insertsWholeOnly(v));
  return true;
}
const compiled = insertsWholeOnly(shell);
const expansions = new Map<string, unknown>();

/** A fresh copy of the expanded shell, with this card's body and actions in their places. */
function fill(node: unknown, body: CardElement[], actions: CardElement[]): unknown {
  if (Array.isArray(node)) {
    if (node.length === 1 && node[0] === BODY_SLOT) return body;
    if (node.length === 1 && node[0] === ACTIONS_SLOT) return actions;
    return node.map((n) => fill(n, body, actions));
  }
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = fill(v, body, actions);
  return out;
}

function expandShell(title: string, body: CardElement[], sources: string[], actions: CardElement[]): CardElement {
  if (!compiled) return template.expand({ $root: { title, body, sources, actions } }) as CardElement;
  const key = JSON.stringify([title, sources]);
  let skeleton = expansions.get(key);
  if (skeleton === undefined) {
    skeleton = template.expand({ $root: { title, body: [BODY_SLOT], sources, actions: [ACTIONS_SLOT] } });
    // Oldest first (insertion order): bounded however many titles and source lists there are.
    if (expansions.size >= EXPANSIONS_MAX) expansions.delete(expansions.keys().next().value!);
    expansions.set(key, skeleton);
  }
  return fill(skeleton, body, actions) as CardElement;
}

/** Render one neutral message as an Adaptive Card 1.5 (JSON object, ready for an attachment). */
export function renderAdaptiveCard(message: Message): CardElement {
  const { stacked, actions } = layoutActions(message);
  // The lead (or whoever is named) @mentioned at the top; mentions of people on another platform show as their name.
  const mentions = (message.mentions ?? []).filter((m) => m.platform === 'teams');
  const mentionLine = mentions.length
    ? [textBlock(`For ${mentions.map((m) => `<at>${m.name ?? 'lead'}</at>`).join(', ')}`, { spacing: 'None' })]
    : [];
  const otherNames = (message.mentions ?? []).filter((m) => m.platform !== 'teams' && m.name).map((m) => m.name);
  const named = otherNames.length ? [textBlock(`For ${otherNames.join(', ')}`, { isSubtle: true, size: 'Small' })] : [];
  let n = 0;
  const ids = () => `details-${++n}`;
  const body = [...mentionLine, ...named, ...bodyElements(message.blocks, ids), ...stacked];
  const card = expandShell(message.title ?? '', body.length ? body : [textBlock(' ')], citations(message.sources ?? []), actions);
  if (Array.isArray(card.actions) && card.actions.length === 0) delete card.actions;
  // Full width in Teams: a long plan reads better, and the first step stays on the first screen.
  card.msteams = {
    width: 'Full',
    ...(mentions.length
      ? {
          entities: mentions.map((m) => ({
            type: 'mention',
            text: `<at>${m.name ?? 'lead'}</at>`,
            mentioned: { id: m.id, name: m.name ?? 'lead' },
          })),
        }
      : {}),
  };
  return card;
}

/** Stamp the owner on every Action.Execute of a card shown in a channel, so another member's click is recognised. */
export function withOwner(card: CardElement, userId: string): CardElement {
  const stamp = (el: unknown): unknown => {
    if (Array.isArray(el)) return el.map(stamp);
    if (!el || typeof el !== 'object') return el;
    const obj = Object.fromEntries(Object.entries(el).map(([k, v]) => [k, k === 'data' ? v : stamp(v)]));
    if (obj.type === 'Action.Execute') obj.data = { ...(obj.data as object), sg_u: userId };
    return obj;
  };
  return stamp(card) as CardElement;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** The attachment Teams expects for a card. */
export const cardAttachment = (message: Message) => ({ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: renderAdaptiveCard(message) });
