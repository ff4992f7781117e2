// A flow is written once, here-agnostic of platforms: pure functions over plain-JSON state.
import type { Input, Message, Turn, TurnResult, ActionPayload } from './model.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { KnowledgeBase } from '../procedure/kb/types.js';
import type { ContactsDirectory } from '../procedure/contacts.js';
import type { Calendar } from '../procedure/calendar.js';

/** The read-only dependencies flows use, built once by the composition root (createCore). */
export type FlowDeps = {
  /** The PG47 knowledge base (the question flow). */
  kb: KnowledgeBase;
  /** The London authorities and their numbers (referral, contacts). */
  contacts: ContactsDirectory;
  /** Working days and bank holidays, London time (deadlines). */
  calendar: Calendar;
};

/** What a flow may read besides its state. Filled in by the composition root. */
export interface FlowContext {
  now: Date;
  deps: FlowDeps;
}

export interface FlowError {
  error: string;
}

export interface Flow<S = unknown> {
  id: string;
  /** Bump when the state shape changes: stored states of another version are restarted, not crashed on. */
  version: number;
  title: string;
  /** Command words that start the flow, e.g. ['refer'] or ['ways forward']. The rest of the line is `arg`. */
  commands: string[];
  /** One line for `help`. */
  summary: string;
  start(ctx: FlowContext, arg?: string): S;
  /** Whether the rest of a command line is an argument this flow understands (e.g. a borough). When it is not,
   * and the line reads like a sentence ("contact number for the ictg?"), the engine treats it as a question. */
  acceptsArg?(arg: string, ctx: FlowContext): boolean;
  /** For the question flow: whether it has a confident answer to this text. Inside another flow, text it
   * cannot answer gets that flow's own message ("pick a borough...") instead of "I don't know". */
  understands?(text: string, ctx: FlowContext): boolean;
  /**
   * True once the flow's result is shown: after that, typed text is a question or a command (no "still in" nag), while
   * the result's own buttons (Back, Start again) still work. A flow without it never ends by itself.
   */
  ended?(state: S, ctx: FlowContext): boolean;
  /** How many earlier states Back can return to (default 30): fewer for a flow whose every step is kept (questions). */
  historyLimit?: number;
  /** The messages for the current state (a question, or the result). Buttons target this flow's id. */
  render(state: S, ctx: FlowContext): Message[];
  /** Apply an input. Return the next state, or an error to show (state unchanged). */
  next(state: S, input: Input, ctx: FlowContext): S | FlowError;
}

export const isFlowError = (x: unknown): x is FlowError =>
  typeof x === 'object' && x !== null && 'error' in x && typeof (x as FlowError).error === 'string';

/** Services for handlers that do I/O (cases, reminders). */
export interface Services {
  store: Store;
  clock: Clock;
  log: Logger;
  /**
   * The flows' dependencies. createCore wires all of them; a test may wire only those its flows read. A flow that
   * reads one that is not wired fails loudly (there is no fallback anywhere).
   */
  deps?: Partial<FlowDeps>;
}

/** A command namespace with I/O (e.g. `case ...`). Handlers are asked before flows. */
export interface CommandHandler {
  namespace: string; // actions with payload.t === namespace come here
  /** Return a result if this handler owns the text command (word = first word(s), rest = the remainder). */
  onText?(turn: Turn, word: string, rest: string, services: Services): Promise<TurnResult | undefined>;
  onAction?(turn: Turn, action: ActionPayload, values: Record<string, string | string[]>, services: Services): Promise<TurnResult>;
  /** Lines for `help`. */
  help?: string[];
}
