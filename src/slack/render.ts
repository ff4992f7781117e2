// The neutral Message rendered as Block Kit. Decides nothing: it only translates, within Block Kit limits.
import type {
  ActionsBlock,
  Button as SlackButton,
  Checkboxes,
  ContextBlock,
  Datepicker,
  HomeView,
  InputBlock,
  KnownBlock,
  ModalView,
  MrkdwnElement,
  PlainTextElement,
  PlainTextInput,
  PlainTextOption,
  RadioButtons,
  SectionBlock,
  StaticSelect,
  Timepicker,
} from '@slack/types';
import type { ActionPayload, Block, Button, InputField, LinkButton, Message } from '../conversation/model.js';
import { detailsTitle } from '../conversation/model.js';
import { LIMITS } from './limits.js';
import { linkPhones } from '../conversation/phones.js';
import { citations } from '../conversation/sources.js';
import { EMERGENCY_LINE } from '../conversation/help.js';

/** A Block Kit block as chat.postMessage, chat.update, response_url, views.open and views.publish take it. */
export type SlackBlock = KnownBlock;
export type { HomeView, ModalView };
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export interface RenderOptions {
  /** Date/time inputs go in a modal: the message's buttons open it (key of the stored form). */
  formKey?: string;
  /** Add "Share in channel" (key of the stored message). */
  shareKey?: string;
  /** A copy posted to the channel: no interactive buttons, a "shared by" line. */
  sharedBy?: string;
  /** A note under the message (e.g. "Shared in the channel"). */
  note?: string;
  /** Details go behind a "More" button (key of the stored message); without a key they are shown in full. */
  detailsKey?: string;
  /** Set by renderMessage: the button a single-choice input stands for (see pickButton). */
  pick?: (input: InputField) => Button | undefined;
}

/** What a button's value carries: the engine's ActionPayload, plus the stored form key for modal buttons. */
export type ButtonValue = ActionPayload & { f?: string };

export const NAV_ACTIONS = new Set(['back', 'restart']);
export const SHARE_ACTION_ID = 'sg-share';
/** "More": show a message's details in place. Its value is {k: stored message key, sh?: 1 when it can be shared}. */
export const MORE_ACTION_ID = 'sg-more';
/** A select that answers at once: its action_id is this prefix and the payload of the button it stands for. */
export const PICK_PREFIX = 'sg-pick:';

export const escapeMrkdwn = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const truncate = (s: string, max: number): string => (s.length <= max ? s : s.slice(0, max - 1) + '…');

export const plain = (t: string, max: number): PlainTextElement => ({
  type: 'plain_text',
  text: truncate(t.trim() || ' ', max),
  emoji: true,
});
export const mrkdwn = (t: string): MrkdwnElement => ({ type: 'mrkdwn', text: t });
const context = (texts: string[]): ContextBlock => ({ type: 'context', elements: texts.map(mrkdwn) });
const actions = (block_id: string, elements: ActionsBlock['elements']): ActionsBlock => ({ type: 'actions', block_id, elements });

/** Split text into pieces of at most max chars, at line breaks (or spaces) where possible. */
export function splitText(s: string, max = LIMITS.sectionText): string[] {
  const out: string[] = [];
  let rest = s;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^[\n ]/, '');
  }
  if (rest.trim()) out.push(rest);
  return out;
}

const sections = (s: string): SectionBlock[] => splitText(s).map((t) => ({ type: 'section', text: mrkdwn(t) }));

/** Plain text as mrkdwn, every phone number a call link (<tel:…|…>). */
export const callMrkdwn = (s: string): string => linkPhones(s, (n, tel) => `<${tel}|${n}>`, escapeMrkdwn);

/** A person's own form with a date or time opens in a modal (datepicker/timepicker input blocks).
 * Team messages (case forms, reminders) keep their pickers inline, so every button submits them as in Teams. */
export const needsModal = (m: Message): boolean =>
  m.personal === true && m.blocks.some((b) => b.type === 'input' && (b.input.kind === 'date' || b.input.kind === 'time'));

/** A result worth sharing: no inputs, with its sources, and either no choices left (only back / start again /
 * other flows) or the emergency line that every result routing a case carries (e.g. an answer with follow-ups). */
export const isResult = (m: Message): boolean =>
  Boolean(m.title || m.blocks.some((b) => b.type === 'heading')) &&
  Boolean(m.sources?.length) &&
  !m.blocks.some((b) => b.type === 'input') &&
  ((m.buttons ?? []).every((b) => NAV_ACTIONS.has(b.action.a) || b.action.a === 'start') ||
    m.blocks.some((b) => b.type === 'text' && b.text.includes(EMERGENCY_LINE)));

/** Which buttons of a form message open the modal: all but navigation and flow starts. */
export const opensForm = (b: Button): boolean => !NAV_ACTIONS.has(b.action.a) && b.action.a !== 'start';

const TONE_PREFIX: Record<string, string> = { warning: ':warning: ', good: ':white_check_mark: ' };

function renderBlock(b: Block, inModal: boolean, opts: RenderOptions = {}): SlackBlock[] {
  switch (b.type) {
    case 'heading':
      return [{ type: 'header', text: plain(b.text, LIMITS.headerText) }];
    case 'text': {
      const body = callMrkdwn(b.text);
      if (b.tone === 'subtle') return splitText(body).map((t) => context([t]));
      return sections((TONE_PREFIX[b.tone ?? ''] ?? '') + body);
    }
    case 'list': {
      const lines = b.items.map((it, i) => `${b.ordered ? `${(b.start ?? 1) + i}.` : '•'} ${callMrkdwn(it)}`);
      return sections(lines.join('\n'));
    }
    case 'links':
      return linkBlocks(b.links, 'sg-at-links');
    case 'details': {
      // Slack has no show/hide: with a stored copy, a section with a "More" button shows the rest in place.
      if (opts.detailsKey) {
        const value = JSON.stringify({ k: opts.detailsKey, ...(opts.shareKey ? { sh: 1 } : {}) });
        return [
          {
            type: 'section',
            text: mrkdwn(`_${escapeMrkdwn(truncate(detailsTitle(b.label), 2900))}_`),
            accessory: { type: 'button', action_id: MORE_ACTION_ID, text: plain('More', LIMITS.buttonText), value },
          },
        ];
      }
      return [{ type: 'divider' }, ...b.blocks.flatMap((x) => renderBlock(x, inModal))];
    }
    case 'facts': {
      const fields = b.facts.map((f) => mrkdwn(truncate(`*${escapeMrkdwn(f.label)}*\n${callMrkdwn(f.value)}`, LIMITS.fieldText)));
      return chunk(fields, LIMITS.fields).map((f): SectionBlock => ({ type: 'section', fields: f }));
    }
    case 'progress': {
      const total = Math.max(b.total, 0);
      const done = Math.min(Math.max(b.done, 0), total);
      const bar = total > 0 ? '▰'.repeat(Math.round((done / total) * 10)) + '▱'.repeat(10 - Math.round((done / total) * 10)) : '';
      const label = `${b.label ? escapeMrkdwn(b.label) + ': ' : ''}${done} of ${total} done`;
      return [context([`${bar} ${label}`.trim()])];
    }
    case 'divider':
      return [{ type: 'divider' }];
    case 'input':
      return inModal ? renderModalInput(b.input) : renderMessageInput(b.input, opts.pick?.(b.input));
  }
}

const option = (o: { value: string; label: string }): PlainTextOption => ({
  text: plain(o.label, LIMITS.optionText),
  value: truncate(o.value, LIMITS.optionValue),
});
const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

type ChoiceElement = Checkboxes | RadioButtons | StaticSelect;
type FieldElement = Datepicker | Timepicker | PlainTextInput;

function choiceElements(input: Extract<InputField, { kind: 'choice' }>, pick?: Button): ChoiceElement[] {
  const selected = asList(input.value);
  if (input.multi) {
    return chunk(input.options, LIMITS.checkboxOptions).map((opts, k): Checkboxes => {
      const initial = opts.filter((o) => selected.includes(o.value)).map(option);
      return {
        type: 'checkboxes',
        action_id: `in:${input.id}:${k}`,
        options: opts.map(option),
        ...(initial.length ? { initial_options: initial } : {}),
      };
    });
  }
  const opts = input.options.slice(0, LIMITS.selectOptions);
  const initial = opts.find((o) => o.value === selected[0]);
  const common = {
    // Choosing answers at once (block_actions) when the select stands for a button such as Continue.
    action_id: pick ? PICK_PREFIX + encodeValue(pick.action) : `in:${input.id}`,
    options: opts.map(option),
  };
  const initialOption = initial ? { initial_option: option(initial) } : {};
  if (opts.length <= LIMITS.radioOptions) return [{ type: 'radio_buttons', ...common, ...initialOption }];
  return [{ type: 'static_select', ...common, placeholder: plain('Choose', 150), ...initialOption }];
}

/** In a message: choices and date/time pickers in an actions block (block_id = input id), free text in an input block. */
function renderMessageInput(input: InputField, pick?: Button): SlackBlock[] {
  const label: SectionBlock = { type: 'section', text: mrkdwn(`*${escapeMrkdwn(truncate(input.label, 2900))}*`) };
  if (input.kind === 'choice') return [label, actions(input.id, choiceElements(input, pick).slice(0, LIMITS.actionsElements))];
  const element = fieldElement(input);
  if (element.type === 'plain_text_input') return renderModalInput(input);
  return [label, actions(input.id, [element])];
}

/** A date, time or free-text input's element (in a message's actions block or a modal's input block). */
function fieldElement(input: Exclude<InputField, { kind: 'choice' }>): FieldElement {
  const action_id = `in:${input.id}`;
  if (input.kind === 'date') return { type: 'datepicker', action_id, ...(input.value ? { initial_date: input.value } : {}) };
  if (input.kind === 'time') return { type: 'timepicker', action_id, ...(input.value ? { initial_time: input.value } : {}) };
  return {
    type: 'plain_text_input',
    action_id,
    ...(input.value ? { initial_value: input.value } : {}),
    ...(input.placeholder ? { placeholder: plain(input.placeholder, 150) } : {}),
    ...(input.maxLength ? { max_length: input.maxLength } : {}),
  };
}

/** In a modal: one input block per element (block_id = input id, or id~k for split checkbox groups). */
function renderModalInput(input: InputField): InputBlock[] {
  const label = plain(input.label, LIMITS.inputLabel);
  const optional = !input.required;
  if (input.kind === 'choice') {
    return choiceElements(input).map((element, k) => ({
      type: 'input',
      block_id: k === 0 ? input.id : `${input.id}~${k}`,
      label: k === 0 ? label : plain(`${input.label} (continued)`, LIMITS.inputLabel),
      optional: k === 0 ? optional : true,
      element,
    }));
  }
  return [{ type: 'input', block_id: input.id, label, optional, element: fieldElement(input) }];
}

export const encodeValue = (v: ButtonValue): string => JSON.stringify(v);

function buttonElement(b: Button, actionId: string, value: ButtonValue): SlackButton {
  return {
    type: 'button',
    action_id: actionId,
    text: plain(b.label, LIMITS.buttonText),
    value: encodeValue(value),
    ...(b.style ? { style: b.style } : {}),
  };
}

function buttonBlocks(m: Message, opts: RenderOptions, skip: Set<Button>): Array<SectionBlock | ActionsBlock> {
  if (opts.sharedBy) return [];
  // A label Slack would cut (over 75 characters, e.g. a related question): the whole text in a section, its button
  // beside it. Only for a few such buttons (a message has at most 50 blocks); more are cut as before.
  const cut = (b: Button) => b.label.length > LIMITS.buttonText && !skip.has(b) && !(opts.formKey && opensForm(b));
  const fewLong = (m.buttons ?? []).filter(cut).length <= 5;
  const whole = (m.buttons ?? []).flatMap((b, i): SectionBlock[] =>
    fewLong && cut(b)
      ? [
          {
            type: 'section',
            text: mrkdwn(escapeMrkdwn(truncate(b.label, 2900))),
            accessory: buttonElement({ ...b, label: b.action.t === 'ask' ? 'Ask' : 'Choose' }, `sg-${i}`, b.action),
          },
        ]
      : [],
  );
  const els = (m.buttons ?? []).flatMap((b, i) => {
    if (skip.has(b)) return []; // answered by choosing from its select
    if (fewLong && cut(b)) return []; // shown whole, above
    const form = opts.formKey && opensForm(b);
    return [form ? buttonElement(b, `sg-form-${i}`, { ...b.action, f: opts.formKey }) : buttonElement(b, `sg-${i}`, b.action)];
  });
  if (opts.shareKey) {
    els.push({
      type: 'button',
      action_id: SHARE_ACTION_ID,
      text: plain('Share in channel', LIMITS.buttonText),
      value: JSON.stringify({ k: opts.shareKey }),
    });
  }
  return [...whole, ...chunk(els, LIMITS.actionsElements).map((elements, k) => actions(`sg-buttons-${k}`, elements))];
}

function linkBlocks(links: LinkButton[], blockPrefix = 'sg-links'): SlackBlock[] {
  // A phone number is a tel: link in mrkdwn (Slack buttons open web pages only); other links are URL buttons.
  const calls = links.filter((l) => l.url.startsWith('tel:'));
  const callBlocks: SlackBlock[] = calls.length
    ? [{ type: 'section', text: mrkdwn(calls.map((l) => `:telephone_receiver: <${l.url}|${escapeMrkdwn(l.label)}>`).join('\n')) }]
    : [];
  const els = links
    .filter((l) => !l.url.startsWith('tel:'))
    .map((l, i): SlackButton => ({
      type: 'button',
      action_id: `${blockPrefix}-${i}`,
      text: plain(l.label, LIMITS.buttonText),
      url: l.url,
    }));
  return [...callBlocks, ...chunk(els, LIMITS.actionsElements).map((elements, k) => actions(`${blockPrefix}-${k}`, elements))];
}

/** The button a select stands for when choosing answers at once: it submits only that single choice. */
function pickButton(m: Message, input: InputField): Button | undefined {
  if (input.kind !== 'choice' || input.multi) return undefined;
  const b = (m.buttons ?? []).find((x) => x.submits === input.id);
  return b && (PICK_PREFIX + encodeValue(b.action)).length <= LIMITS.actionId ? b : undefined;
}

/** Plain fallback text (notifications, screen readers): the title or the first text. */
export function fallbackText(m: Message): string {
  const first = m.title ?? m.blocks.map((b) => (b.type === 'heading' || b.type === 'text' ? b.text : '')).find((t) => t);
  return escapeMrkdwn(truncate(first ?? 'Safeguarding assistant', 300));
}

/** Render one neutral message; more than 50 blocks are split into several Slack messages (buttons on the last). */
export function renderMessage(m: Message, opts: RenderOptions = {}): SlackMessage[] {
  const modal = Boolean(opts.formKey);
  // A single choice whose only button submits it (Continue) answers as soon as an option is chosen: no extra tap.
  const picks = new Set<Button>();
  const pick = (input: InputField): Button | undefined => {
    if (modal || opts.sharedBy) return undefined;
    const b = pickButton(m, input);
    if (b) picks.add(b);
    return b;
  };
  const body: SlackBlock[] = [];
  if (m.title) body.push({ type: 'header', text: plain(m.title, LIMITS.headerText) });
  // The lead (or whoever is named) @mentioned: Slack people by <@id>, people on another platform by name.
  const who = (m.mentions ?? [])
    .map((x) => (x.platform === 'slack' && /^[UW][A-Z0-9]{2,20}$/.test(x.id) ? `<@${x.id}>` : x.name ? escapeMrkdwn(x.name) : ''))
    .filter(Boolean);
  if (who.length) body.push({ type: 'section', text: mrkdwn(truncate(`For ${who.join(', ')}`, LIMITS.sectionText)) });
  for (const b of m.blocks) {
    if (modal && b.type === 'input') continue; // asked in the modal
    body.push(...renderBlock(b, false, { ...opts, pick }));
  }
  if (modal) body.push(context(['Press a button below to fill in the form.']));
  const tail: SlackBlock[] = [...buttonBlocks(m, opts, picks), ...linkBlocks(m.links ?? [])];
  const footer: string[] = [];
  if (m.sources?.length) footer.push(`Source: ${escapeMrkdwn(citations(m.sources).join(', '))}`);
  if (opts.sharedBy) footer.push(`Shared by <@${opts.sharedBy}>`);
  if (opts.note) footer.push(escapeMrkdwn(opts.note));
  if (footer.length) tail.push(context(footer.map((f) => truncate(f, LIMITS.sectionText))));
  const room = LIMITS.messageBlocks - Math.min(tail.length, LIMITS.messageBlocks);
  const pages = body.length ? chunk(body, Math.max(room, 1)) : [[]];
  const text = fallbackText(m);
  return pages.map((blocks, i) => ({
    text,
    blocks: i === pages.length - 1 ? [...blocks, ...tail].slice(0, LIMITS.messageBlocks) : blocks,
  }));
}

export interface FormSpec {
  title: string;
  submit: string;
  inputs: InputField[];
}

/** The form of a message that needs a modal: its inputs, titled by the message. */
export function formSpec(m: Message, submit = 'Submit'): FormSpec {
  const heading = m.blocks.find((b) => b.type === 'heading');
  return {
    title: m.title ?? (heading?.type === 'heading' ? heading.text : 'Safeguarding'),
    submit,
    inputs: m.blocks.flatMap((b) => (b.type === 'input' ? [b.input] : [])),
  };
}

/** A modal view for a stored form; private_metadata carries where the answer goes. */
export function renderModal(spec: FormSpec, privateMetadata: string): ModalView {
  const blocks = spec.inputs.flatMap((i) => renderModalInput(i)).slice(0, LIMITS.surfaceBlocks);
  return {
    type: 'modal',
    callback_id: 'sg-form',
    title: plain(spec.title, LIMITS.modalTitle),
    submit: plain(spec.submit, LIMITS.modalButton),
    close: plain('Cancel', LIMITS.modalButton),
    private_metadata: privateMetadata,
    blocks,
  };
}
