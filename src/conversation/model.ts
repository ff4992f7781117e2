// The neutral reply model: what the core says, before any platform renders it.
// Each adapter renders it its own way (Adaptive Cards, Block Kit, numbered text in the terminal).
// Text is plain (no markdown); renderers may style headings and emphasis.

import type { PlatformId } from '../platforms.js';

/** What a button carries back to the engine. Kept small: it is serialised into card data. */
export interface ActionPayload {
  /** Target: a flow id (e.g. 'refer') or a command namespace (e.g. 'case'). */
  t: string;
  /** Action id inside the target (e.g. 'choose', 'back', 'tick'). */
  a: string;
  /** Optional argument (e.g. the chosen option). */
  v?: string;
  /** The flow step this button was rendered at; stale steps are not applied twice. */
  s?: number;
}

export interface Button {
  label: string; // <= 75 chars (the tightest platform's limit)
  action: ActionPayload;
  style?: 'primary' | 'danger';
  /** This button only submits the single choice with this input id (e.g. Continue under a borough list): a client
   * that answers as soon as an option is chosen (a select) leaves it out. */
  submits?: string;
}

export interface LinkButton {
  label: string;
  url: string;
}

export interface Option {
  value: string; // <= 75 chars, unique within the input
  label: string; // <= 75 chars
}

export type InputField =
  | {
      kind: 'choice';
      id: string;
      label: string;
      options: Option[]; // <= 10 per multi-select element on some platforms; keep groups small
      multi?: boolean;
      value?: string | string[];
      required?: boolean;
    }
  | {
      kind: 'date' | 'time' | 'text';
      id: string;
      label: string;
      value?: string; // date: YYYY-MM-DD, time: HH:mm (Europe/London)
      placeholder?: string;
      required?: boolean;
      maxLength?: number;
    };

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string; tone?: 'default' | 'warning' | 'good' | 'subtle' }
  | { type: 'list'; items: string[]; ordered?: boolean; /** The first number of an ordered list (default 1). */ start?: number }
  | { type: 'facts'; facts: Array<{ label: string; value: string }> }
  | { type: 'input'; input: InputField }
  | { type: 'progress'; done: number; total: number; label?: string }
  | { type: 'divider' }
  /** Links shown where they stand (e.g. the number to call, right under the step): calls first. */
  | { type: 'links'; links: LinkButton[] }
  /** The rest of a long result, behind "Show details" (a toggle or a "More" button, as the platform allows; the
   * terminal prints it). Holds no inputs and no further details. */
  | { type: 'details'; label?: string; blocks: Block[] };

/** A details label ("Show the next 4 steps") as a heading where there is nothing to press: "The next 4 steps". */
export function detailsTitle(label = 'Details'): string {
  const t = label.replace(/^show\s+/i, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Every block, with the blocks inside details in their place (for reading a message's whole text). */
export const flatBlocks = (blocks: Block[]): Block[] => blocks.flatMap((b) => (b.type === 'details' ? [b, ...flatBlocks(b.blocks)] : [b]));

/** One message (one card). Buttons submit the values of every input in the message. */
export interface Message {
  title?: string;
  blocks: Block[];
  buttons?: Button[];
  links?: LinkButton[];
  /**
   * Who it is for. true: the person who asked (shown only to them in channels, where the platform can); false: the
   * conversation (the engine marks a command handler's replies and case cards so); unset: a flow's reply, the
   * person's own walk (private in a shared channel where the platform can show it so).
   */
  personal?: boolean;
  /** People to @mention at the top (a case's lead): each platform mentions its own, others see the name. */
  mentions?: Mention[];
  /** Where it came from, e.g. ['PG47 §13.3']; renderers show it as a small footer. */
  sources?: string[];
  /** Files that go with it (e.g. a case chronology): uploaded where the platform takes files, else a download link. */
  files?: MessageFile[];
}

/** A small text file a message carries (never personal data: it leaves the channel as a file or a link). */
export interface MessageFile {
  name: string;
  mimeType: string;
  title: string;
  content: string;
}

/** A person as a platform can @mention them: its platform and its own id for a mention (as the adapter gives it). */
export interface Mention {
  platform: string;
  id: string;
  name?: string;
}

export type Input = { kind: 'text'; text: string } | { kind: 'action'; action: ActionPayload; values?: Record<string, string | string[]> };

/** Everything the core needs to know about who said what, where. No platform types. */
export interface Turn {
  platform: PlatformId;
  /** Platform-scoped conversation id (the adapter's own conversation or channel id). */
  conversationId: string;
  userId: string;
  userName?: string;
  /** True in a team channel / group chat (state is then kept per user). */
  shared: boolean;
  /** A one-to-one chat with the bot (a personal chat or DM): never linked to a case. */
  direct?: boolean;
  /** The sender as the platform @mentions them (the adapter's id for them). */
  mentionId?: string;
  /** People @mentioned in the message, other than the bot (staff only: e.g. `case lead @person`). */
  mentions?: Array<{ id: string; name?: string }>;
  input: Input;
}

export interface TurnResult {
  replies: Message[];
  /** True when the first reply should replace the card the action came from. */
  replaceSource: boolean;
  /** A retried or stale click re-rendered where the flow stands: the replies after the first were already shown. */
  repeated?: boolean;
  /**
   * The command handler that answered (its namespace, e.g. 'case'): a team's command, whose replies are for the
   * conversation; absent when a flow (a person's own walk-through) or the engine itself answered.
   */
  handler?: string;
}

export const text = (t: string, tone?: 'default' | 'warning' | 'good' | 'subtle'): Block => ({
  type: 'text',
  text: t,
  ...(tone ? { tone } : {}),
});

export const simpleMessage = (body: string, title?: string): Message => ({
  ...(title ? { title } : {}),
  blocks: [text(body)],
});
