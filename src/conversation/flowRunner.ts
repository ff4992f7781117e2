// The flow runner: pure transitions of one conversation's stored state through a flow (start, advance, back,
// restart, upgrade across versions) and the rendering of its step (buttons stamped with the step, Back, Start again).
import type { Button, Message } from './model.js';
import { text } from './model.js';
import type { Flow, FlowContext } from './flow.js';

const HISTORY_LIMIT = 30;
export const STATE_VERSION = 1;

/** What is stored per conversation (and per user in shared channels). Plain JSON. */
export interface ConversationState {
  v: number;
  flow?: string;
  flowVersion?: number;
  state?: unknown;
  history: unknown[];
  /** Increases on every change: buttons carry it, so a retried or stale click is applied once. */
  seq: number;
  updatedAt: string;
  /** A question was answered inside the flow since its step was shown: a typed "back" shows the step again. */
  aside?: boolean;
}

/** A transition's outcome: the state to store and the replies. `repeated`: a stale click, nothing changed. */
export interface Step {
  state: ConversationState;
  replies: Message[];
  repeated?: boolean;
}

export const emptyState = (now: Date): ConversationState => ({ v: STATE_VERSION, history: [], seq: 0, updatedAt: now.toISOString() });

/** One short line: how to go back to the step of an unfinished flow, or leave it. */
export const resumeLine = (flow: Flow) => `To go back to "${flow.title}", type continue. To leave it, type cancel.`;
export const resumeHint = (flow: Flow): Message => ({ blocks: [text(resumeLine(flow), 'subtle')], personal: true });

export class FlowRunner {
  constructor(
    private readonly flows: ReadonlyMap<string, Flow>,
    private readonly help: () => Message,
  ) {}

  /** The flow of a stored state (undefined when none, or it is no longer known). */
  flowOf(cur: ConversationState): Flow | undefined {
    return cur.flow ? this.flows.get(cur.flow) : undefined;
  }

  /** The flow in progress: one whose result is shown has ended, and counts as none. */
  activeFlow(cur: ConversationState, ctx: FlowContext): Flow | undefined {
    const stored = this.flowOf(cur);
    return stored && !stored.ended?.(cur.state, ctx) ? stored : undefined;
  }

  /** A stored state from another engine or flow version restarts that flow instead of crashing. */
  upgrade(stored: ConversationState | undefined, ctx: FlowContext): { state: ConversationState; notes: Message[] } {
    if (!stored || stored.v !== STATE_VERSION) return { state: emptyState(ctx.now), notes: [] };
    const flow = stored.flow ? this.flows.get(stored.flow) : undefined;
    if (stored.flow && (!flow || flow.version !== stored.flowVersion)) {
      const note: Message = {
        blocks: [
          text(
            'This conversation was started on an older version of the assistant, so it has been reset. Type help to see what I can do.',
            'subtle',
          ),
        ],
      };
      return { state: { ...emptyState(ctx.now), seq: stored.seq + 1 }, notes: [note] };
    }
    return { state: stored, notes: [] };
  }

  startFlow(cur: ConversationState, flow: Flow, arg: string | undefined, ctx: FlowContext): Step {
    const state = this.bump({ ...cur, flow: flow.id, flowVersion: flow.version, state: flow.start(ctx, arg), history: [] }, ctx);
    return { state, replies: this.render(flow, state, ctx) };
  }

  advance(cur: ConversationState, flow: Flow, next: unknown, ctx: FlowContext): Step {
    const history = [...cur.history, cur.state].slice(-(flow.historyLimit ?? HISTORY_LIMIT));
    const state = this.bump({ ...cur, state: next, history }, ctx);
    return { state, replies: this.render(flow, state, ctx) };
  }

  back(cur: ConversationState, ctx: FlowContext): Step {
    const flow = this.flowOf(cur);
    if (!flow) return { state: cur, replies: [this.help()] };
    if (cur.history.length === 0) return { state: cur, replies: this.render(flow, cur, ctx) };
    const history = cur.history.slice(0, -1);
    const state = this.bump({ ...cur, state: cur.history[cur.history.length - 1], history }, ctx);
    return { state, replies: this.render(flow, state, ctx) };
  }

  restart(cur: ConversationState, ctx: FlowContext): Step {
    const flow = this.flowOf(cur);
    if (!flow) return { state: cur, replies: [this.help()] };
    return this.startFlow(cur, flow, undefined, ctx);
  }

  /** cancel, stop, exit, menu, start over: leave the flow in progress, and say what there is to do. */
  leave(cur: ConversationState, flow: Flow | undefined, ctx: FlowContext): Step {
    const state = this.bump({ ...cur, flow: undefined, flowVersion: undefined, state: undefined, history: [] }, ctx);
    const help = this.help();
    if (!flow) return { state, replies: [help] };
    return { state, replies: [{ ...help, blocks: [text(`Left "${flow.title}".`, 'good'), ...help.blocks] }] };
  }

  /** The flow's step shown again, as it is (continue, or back after a question answered beside it). */
  resume(cur: ConversationState, flow: Flow, ctx: FlowContext): Step {
    return { state: { ...cur, aside: undefined }, replies: this.render(flow, cur, ctx) };
  }

  bump(s: ConversationState, ctx: FlowContext): ConversationState {
    const { aside: _aside, ...rest } = s;
    return { ...rest, seq: s.seq + 1, updatedAt: ctx.now.toISOString() };
  }

  /** The current step again, with what was wrong at its top (one card: it replaces the clicked one in place). */
  renderWithWarning(flow: Flow, cur: ConversationState, warning: string, ctx: FlowContext): Message[] {
    const [first, ...rest] = this.render(flow, cur, ctx);
    const note = text(warning, 'warning');
    return first ? [{ ...first, blocks: [note, ...first.blocks] }, ...rest] : [{ blocks: [note], personal: true }];
  }

  /** Render the flow's state, stamping every button with the step, and add Back / Start again. */
  render(flow: Flow, cur: ConversationState, ctx: FlowContext): Message[] {
    const messages = flow.render(cur.state, ctx).map((m) => ({
      ...m,
      buttons: m.buttons?.map((b) => (b.action.t === flow.id ? { ...b, action: { ...b.action, s: cur.seq } } : b)),
    }));
    const nav: Button[] = [];
    if (cur.history.length > 0) nav.push({ label: 'Back', action: { t: flow.id, a: 'back', s: cur.seq } });
    if (cur.history.length > 0) nav.push({ label: 'Start again', action: { t: flow.id, a: 'restart', s: cur.seq } });
    if (nav.length && messages.length) {
      const last = messages[messages.length - 1]!;
      messages[messages.length - 1] = { ...last, buttons: [...(last.buttons ?? []), ...nav] };
    }
    return messages;
  }
}
