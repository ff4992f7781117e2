// The platform-neutral turn engine: (stored state, input) -> (replies, new state).
// Platform adapters build a Turn, call handle(), and render the neutral replies.
import type { ActionPayload, Input, Message, Turn, TurnResult } from './model.js';
import { text } from './model.js';
import type { CommandHandler, Flow, FlowContext, FlowDeps, Services } from './flow.js';
import { isFlowError } from './flow.js';
import { parseCommand, matchButton, plainWords } from './parse.js';
import { EMERGENCY_LINE, SORRY, helpMessage } from './help.js';
import { errorText } from '../logger.js';
import { FlowRunner, emptyState, resumeHint, resumeLine, type ConversationState, type Step } from './flowRunner.js';
import { boundInput, cutNote } from './inputBounds.js';
import { CONVERSATIONS, indexFlow, openFlow, openFlows, stateKey, type OpenFlow } from './userFlows.js';

export type { ConversationState } from './flowRunner.js';
export { TEXT_LIMIT, CUT_NOTE, cutText, boundInput } from './inputBounds.js';

export { CONVERSATIONS, USER_FLOWS, stateKey, type UserFlows, type OpenFlow } from './userFlows.js';
const OPEN_FLOWS_MAX = 20;

export interface EngineOptions {
  /**
   * The flow that answers free text (a question typed anywhere, a question button on any card). By default the one
   * flow that says whether it understands a text (`Flow.understands`); none when no flow does.
   */
  questionFlow?: string;
}

export class Engine {
  private readonly flows = new Map<string, Flow>();
  private readonly runner: FlowRunner;
  /** The question flow (see EngineOptions), or undefined. */
  private readonly ask: Flow | undefined;
  private readonly deps: FlowDeps;

  constructor(
    private readonly services: Services,
    flows: Flow[],
    private readonly handlers: CommandHandler[] = [],
    /** Says why a typed text may hold personal data (a name, a date of birth, an address), or undefined. */
    private readonly personalDataCheck?: (text: string, now: Date) => string | undefined,
    options: EngineOptions = {},
  ) {
    for (const f of flows) this.flows.set(f.id, f);
    this.runner = new FlowRunner(this.flows, () => this.help());
    this.deps = wired(services.deps ?? {});
    this.ask = options.questionFlow !== undefined ? this.flows.get(options.questionFlow) : flows.find((f) => f.understands);
    if (options.questionFlow !== undefined && !this.ask) throw new Error(`Engine: no flow "${options.questionFlow}" to answer questions`);
  }

  flowList(): Flow[] {
    return [...this.flows.values()];
  }

  private ctx(): FlowContext {
    return { now: this.services.clock.now(), deps: this.deps };
  }

  /** The gentle personal-data warning for a text (shown only to its sender), or undefined. Stores nothing. */
  personalDataNote(raw: string): Message | undefined {
    const warning = this.personalDataCheck?.(raw, this.services.clock.now());
    return warning ? { blocks: [text(warning, 'warning')], personal: true } : undefined;
  }

  /**
   * The one error boundary: never throws to an adapter. A failure (a handler's bug, the store gone) is logged once,
   * without the input, and answered with one neutral apology shown only to the person.
   */
  async handle(turn: Turn): Promise<TurnResult> {
    try {
      return this.addressed(await this.handleTurn(turn));
    } catch (err) {
      this.services.log.error({ err: errorText(err), kind: turn.input.kind, platform: turn.platform }, 'engine: turn failed');
      return { replies: [apology()], replaceSource: false };
    }
  }

  /**
   * Who each reply is for, said once here so adapters only translate: a command handler's answer, or a card whose
   * buttons go to a handler (a case card), is the conversation's (`personal: false`) unless it says otherwise;
   * a flow's reply is left as the flow wrote it (the person's own walk: platforms that can show it privately do).
   */
  private addressed(result: TurnResult): TurnResult {
    const namespaces = this.handlerNamespaces();
    const forAll = (m: Message) => result.handler !== undefined || (m.buttons ?? []).some((b) => namespaces.includes(b.action.t));
    if (!result.replies.some((m) => m.personal === undefined && forAll(m))) return result;
    return { ...result, replies: result.replies.map((m) => (m.personal === undefined && forAll(m) ? { ...m, personal: false } : m)) };
  }

  private async handleTurn(turn: Turn): Promise<TurnResult> {
    // Oversized text is cut here, once, before any flow or handler reads it or anything is stored.
    const { input, cut } = boundInput(turn.input);
    const result = await this.route(input === turn.input ? turn : { ...turn, input });
    const notes: Message[] = [];
    if (turn.input.kind === 'text') {
      // The personal-data check reads the whole text (it only reads: nothing of it is stored, logged or shown),
      // so a name past the limit still gets its warning.
      const warning = this.personalDataNote(turn.input.text);
      if (warning) notes.push(warning);
    }
    if (cut) notes.push(cutNote());
    if (!notes.length) return result;
    // Text: the notes come first, shown only to the person who typed. A click: last, so the first reply
    // can still replace the card that was clicked.
    return { ...result, replies: input.kind === 'text' ? [...notes, ...result.replies] : [...result.replies, ...notes] };
  }

  private async route(turn: Turn): Promise<TurnResult> {
    const input = turn.input;
    if (input.kind === 'action') {
      const handler = this.handlers.find((h) => h.namespace === input.action.t);
      if (handler?.onAction)
        return { ...(await handler.onAction(turn, input.action, input.values ?? {}, this.services)), handler: handler.namespace };
      if (input.action.t === 'help') return { replies: [this.help()], replaceSource: false };
      return this.apply(turn, (cur, ctx) => this.onAction(cur, input.action, input.values ?? {}, ctx), true);
    }
    const raw = input.text.trim();
    if (!raw) return { replies: [this.help()], replaceSource: false };
    const cmd = controlInSentence(parseCommand(raw, this.commandWords()));
    for (const h of this.handlers) {
      if (!h.onText || !cmd) continue;
      const res = await h.onText(turn, cmd.word, cmd.rest, this.services);
      if (res) return { ...res, handler: h.namespace };
    }
    if (cmd?.word === 'help') return this.apply(turn, (cur, ctx) => ({ state: cur, replies: [this.helpFor(cur, ctx)] }), false);
    return this.apply(turn, (cur, ctx) => this.onText(cur, raw, cmd, ctx), false);
  }

  /** A person's flows in progress on a platform (their direct chat and their own walks in channels), newest first. */
  openFlows(platform: string, userId: string): Promise<OpenFlow[]> {
    return openFlows(this.services.store, this.flows, platform, userId, OPEN_FLOWS_MAX);
  }

  /** One of the person's open flows by its ref (from openFlows), or undefined when it is not theirs or has ended. */
  openFlow(platform: string, userId: string, ref: string): Promise<OpenFlow | undefined> {
    return openFlow(this.services.store, this.flows, platform, userId, ref);
  }

  /** Namespaces of the command handlers (e.g. 'case'), in the order they are asked. */
  handlerNamespaces(): string[] {
    return this.handlers.map((h) => h.namespace);
  }

  help(): Message {
    return helpMessage(this.flowList(), this.handlers);
  }

  /** Every command word (flows and handlers are fixed at construction): one list, so parseCommand sorts it once. */
  private commandWordList?: string[];
  private commandWords(): string[] {
    if (this.commandWordList) return this.commandWordList;
    const words = [...CONTROL_WORDS];
    for (const f of this.flows.values()) words.push(...f.commands);
    for (const h of this.handlers) words.push(h.namespace);
    return (this.commandWordList = words);
  }

  /** Run a pure transition inside the store's atomic update of this conversation's state. */
  private async apply(turn: Turn, step: (cur: ConversationState, ctx: FlowContext) => Step, fromAction: boolean): Promise<TurnResult> {
    const ctx = this.ctx();
    let replies: Message[] = [];
    let repeated = false;
    let flowBefore: string | undefined;
    const saved = await this.services.store.update<ConversationState>(CONVERSATIONS, stateKey(turn), (stored) => {
      flowBefore = stored?.flow;
      const cur = this.runner.upgrade(stored, ctx);
      let out: ReturnType<typeof step>;
      try {
        out = step(cur.state, ctx);
      } catch (err) {
        // A stored state the flow cannot read (or a bug in a flow): reset it, say so, never crash the turn.
        this.services.log.error({ err: errorText(err), flow: cur.state.flow }, 'engine: flow failed; conversation reset');
        const note = 'Sorry, that step could not be continued, so this conversation has been reset. Type help to start again.';
        out = { state: { ...emptyState(ctx.now), seq: cur.state.seq + 1 }, replies: [{ blocks: [text(note, 'warning')], personal: true }] };
      }
      replies = [...cur.notes, ...out.replies];
      repeated = Boolean(out.repeated) && cur.notes.length === 0;
      return out.state;
    });
    if (saved && saved.flow !== flowBefore) await indexFlow(this.services.store, turn, saved);
    return { replies, replaceSource: fromAction, ...(repeated ? { repeated } : {}) };
  }

  private onText(cur: ConversationState, raw: string, cmd: { word: string; rest: string } | undefined, ctx: FlowContext): Step {
    // A flow whose result is shown has ended: what is typed next is a question or a command.
    const flow = this.runner.activeFlow(cur, ctx);
    if (cmd) {
      // "back" typed after a question answered inside a walk returns to the walk's step (its Back button still undoes one).
      if (['back'].includes(cmd.word) && cur.aside && flow) return this.runner.resume(cur, flow, ctx);
      if (['back'].includes(cmd.word)) return this.runner.back(cur, ctx);
      if (['restart', 'start again'].includes(cmd.word)) return this.runner.restart(cur, ctx);
      if (LEAVE_WORDS.includes(cmd.word)) return this.runner.leave(cur, flow, ctx);
      if (RESUME_WORDS.includes(cmd.word)) return flow ? this.runner.resume(cur, flow, ctx) : { state: cur, replies: [this.help()] };
      const target = this.flowFor(cmd.word);
      if (target && !this.readsLikeQuestion(target, cmd.rest, ctx)) return this.runner.startFlow(cur, target, cmd.rest || undefined, ctx);
    }
    if (flow) {
      const rendered = this.runner.render(flow, cur, ctx);
      const button = matchButton(
        raw,
        rendered.flatMap((m) => m.buttons ?? []),
      );
      if (button) return this.onAction(cur, button.action, {}, ctx);
    }
    // "hi", "thanks", "start": a greeting gets the menu, thanks a short reply; a flow in progress is kept.
    const social = socialKind(raw);
    if (social) return { state: cur, replies: [this.socialReply(social, cur, ctx)] };
    if (flow) {
      const next = flow.next(cur.state, { kind: 'text', text: raw }, ctx);
      if (!isFlowError(next)) return this.runner.advance(cur, flow, next, ctx);
      // Neither an answer to this step nor a question we can answer: say what this step needs.
      const ask = this.ask;
      if (ask?.understands && !ask.understands(raw, ctx))
        return { state: cur, replies: this.runner.renderWithWarning(flow, cur, next.error, ctx) };
    }
    // Anything else is a question (PG47 knowledge base), keeping any flow in progress.
    const ask = this.ask;
    if (ask && !flow) return this.runner.startFlow(cur, ask, raw, ctx);
    if (ask && flow) return { state: { ...cur, aside: true }, replies: [...ask.render(ask.start(ctx, raw), ctx), resumeHint(flow)] };
    return { state: cur, replies: [this.help()] };
  }

  /** A greeting: hello and the menu. Thanks: a short reply. Either with the way back to a walk in progress. */
  private socialReply(kind: 'greeting' | 'thanks', cur: ConversationState, ctx: FlowContext): Message {
    const flow = this.runner.activeFlow(cur, ctx);
    const walk = flow && flow.id !== this.ask?.id ? [text(resumeLine(flow), 'subtle')] : [];
    if (kind === 'thanks')
      return {
        blocks: [
          text('You are welcome. Ask another question, or type help to see what I can do.'),
          ...walk,
          text(EMERGENCY_LINE, 'subtle'),
        ],
        personal: true,
      };
    const help = this.help();
    return { ...help, blocks: [text('Hello.', 'good'), ...help.blocks, ...walk] };
  }

  /** The help card; inside an unfinished flow, with one line on how to go back to it or leave it. */
  private helpFor(cur: ConversationState, ctx: FlowContext): Message {
    const flow = this.runner.activeFlow(cur, ctx);
    const help = this.help();
    return flow ? { ...help, blocks: [...help.blocks, text(resumeLine(flow), 'subtle')] } : help;
  }

  private onAction(cur: ConversationState, action: ActionPayload, values: Record<string, string | string[]>, ctx: FlowContext): Step {
    if (action.a === 'start') {
      const target = this.flows.get(action.t);
      if (target) return this.runner.startFlow(cur, target, action.v, ctx);
    }
    const flow = this.runner.flowOf(cur);
    // A knowledge-base question button is read-only: shown wherever the conversation is now
    // (another flow in progress, or an older card), leaving the state as it is.
    const ask = this.ask;
    if (ask && action.t === ask.id && action.a === 'q' && (flow?.id !== ask.id || (action.s !== undefined && action.s !== cur.seq))) {
      const shown = ask.next(ask.start(ctx), { kind: 'action', action, values }, ctx);
      if (!isFlowError(shown)) {
        const hint: Message[] = flow && flow.id !== ask.id && !flow.ended?.(cur.state, ctx) ? [resumeHint(flow)] : [];
        return { state: cur, replies: [...ask.render(shown, ctx), ...hint] };
      }
    }
    if (!flow || flow.id !== action.t) {
      return {
        state: cur,
        replies: [
          {
            blocks: [text('That card belongs to a conversation that has finished or moved on. Type help to start again.', 'subtle')],
            personal: true,
          },
        ],
      };
    }
    // A retried or stale click: show where we are now, change nothing (idempotent).
    if (action.s !== undefined && action.s !== cur.seq) return { state: cur, replies: this.runner.render(flow, cur, ctx), repeated: true };
    if (action.a === 'back') return this.runner.back(cur, ctx);
    if (action.a === 'restart') return this.runner.restart(cur, ctx);
    const next = flow.next(cur.state, { kind: 'action', action, values }, ctx);
    if (isFlowError(next)) return { state: cur, replies: this.runner.renderWithWarning(flow, cur, next.error, ctx) };
    return this.runner.advance(cur, flow, next, ctx);
  }

  /** "contact number for the ictg?" starts with a command word but is a question, not `contacts <borough>`. */
  private readsLikeQuestion(flow: Flow, rest: string, ctx: FlowContext): boolean {
    if (!rest || !flow.acceptsArg || flow.acceptsArg(rest, ctx)) return false;
    return rest.includes('?') || rest.split(/\s+/).length >= 2;
  }

  private flowFor(word: string): Flow | undefined {
    return [...this.flows.values()].find((f) => f.commands.includes(word));
  }
}

export type { Input };

/** The one apology every platform shows when a turn failed on the bot's side. */
const apology = (): Message => ({ blocks: [text(`${SORRY} ${EMERGENCY_LINE}`, 'warning')], personal: true });

/** Leave the flow in progress. */
export const LEAVE_WORDS = ['cancel', 'stop', 'exit', 'quit', 'menu', 'start over'];
/** Show the step of the flow in progress again. */
export const RESUME_WORDS = ['continue', 'resume'];
const CONTROL_WORDS = ['help', 'back', 'restart', 'start again', ...LEAVE_WORDS, ...RESUME_WORDS];

/**
 * "stop a child going missing from placement, how?" or "help - girl at risk tonight who do I call"
 * start with a control word but are questions: a control word followed by a sentence (a question
 * mark, or three words or more) is no command, so the line goes on to the flow in progress or `ask`.
 */
function controlInSentence(cmd: { word: string; rest: string } | undefined) {
  if (!cmd || !CONTROL_WORDS.includes(cmd.word)) return cmd;
  const rest = cmd.rest.replace(/^[\s,:;.!–-]+/, '');
  return rest.includes('?') || rest.split(/\s+/).filter(Boolean).length >= 3 ? undefined : cmd;
}

/** Greetings and "start" (the menu), and thanks, typed on their own: never a question for the knowledge base. */
const GREETING =
  /^(hi|hiya|hello|hey|hey there|hi there|hello there|good (morning|afternoon|evening|day)|morning|afternoon|evening|yo|greetings|start|get started|begin|main menu|hi bot|hello bot|hey bot)$/;
const THANKS =
  /^((ok|okay|great|brilliant|perfect|lovely|fab|super|many|thats? (great|helpful|brilliant)|that helps)? ?(thanks?|thank you|thank u|thanx|thx|ty|ta|cheers)( (so much|a lot|very much|again|for (that|this|the help|your help)))?|that helps|thats? (great|helpful|brilliant)|got it|noted|will do)$/;

function socialKind(raw: string): 'greeting' | 'thanks' | undefined {
  const t = plainWords(raw);
  if (!t || t.length > 40) return undefined;
  return GREETING.test(t) ? 'greeting' : THANKS.test(t) ? 'thanks' : undefined;
}

/** The flows' dependencies as wired; one that is not says so when a flow reads it (no fallback). */
function wired(deps: Partial<FlowDeps>): FlowDeps {
  const need = <K extends keyof FlowDeps>(name: K): FlowDeps[K] => {
    const dep = deps[name];
    if (dep === undefined) throw new Error(`Engine: the flow dependency "${name}" is not wired (build the core with createCore)`);
    return dep;
  };
  if (deps.kb && deps.contacts && deps.calendar) return { kb: deps.kb, contacts: deps.contacts, calendar: deps.calendar };
  return {
    get kb() {
      return need('kb');
    },
    get contacts() {
      return need('contacts');
    },
    get calendar() {
      return need('calendar');
    },
  };
}
