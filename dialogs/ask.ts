// `ask`: a free-text question answered from our PG47 knowledge base, with its section cited,
// follow-up questions as buttons, and an honest "I don't know" with who to ask instead.
// Privacy: the question text is never stored in the state and never repeated in a reply.
import type { Flow, FlowContext } from '../src/conversation/flow.js';
import type { Button, Input, Message } from '../src/conversation/model.js';
import { text } from '../src/conversation/model.js';
import { EMERGENCY_LINE } from '../src/conversation/help.js';
import { createKnowledgeBase, type KbEntry, type KnowledgeBase } from '../src/procedure/kb/index.js';

export interface AskState {
  v: 1;
  /** The entry shown, by id. */
  id?: string;
  /** Follow-up entries for the entry shown (depend on how the question was put). */
  related?: string[];
  /** True when the last question had no confident answer. */
  miss?: boolean;
  /** On a miss: the nearest entries, offered as "closest questions" (ids). */
  near?: string[];
}

/** Questions offered when nothing was asked yet, or nothing matched. */
const STARTERS = ['what-to-do-first', 'nrm-consent', 'ictg-number'];

let fallbackKb: KnowledgeBase | undefined;

/** The knowledge base from the composition root, or one built here on first use. */
export function kbOf(ctx: FlowContext): KnowledgeBase {
  const kb = ctx.deps.kb as KnowledgeBase | undefined;
  if (kb && typeof kb.answer === 'function' && typeof kb.get === 'function') return kb;
  return (fallbackKb ??= createKnowledgeBase());
}

const questionButton = (e: KbEntry): Button => ({ label: e.question, action: { t: 'ask', a: 'q', v: e.id } });

function answerState(kb: KnowledgeBase, question: string): AskState {
  const hit = kb.answer(question);
  if (!hit) {
    const near = kb.suggest?.(question).map((e) => e.id) ?? [];
    return near.length ? { v: 1, miss: true, near } : { v: 1, miss: true };
  }
  return { v: 1, id: hit.entry.id, related: hit.related.map((e) => e.id) };
}

function renderAnswer(entry: KbEntry, related: KbEntry[]): Message {
  return {
    title: entry.question,
    blocks: [
      text(entry.answer),
      text(`Not a substitute for professional judgement. ${EMERGENCY_LINE}`, 'subtle'),
      ...(related.length ? [text('Related questions:', 'subtle')] : []),
    ],
    buttons: related.map(questionButton),
    sources: entry.sources,
    personal: true,
  };
}

function renderUnknown(kb: KnowledgeBase, nearIds: readonly string[] = []): Message {
  const near = nearIds.map((id) => kb.get(id)).filter((e): e is KbEntry => !!e);
  return {
    title: "I don't know that one",
    blocks: [
      text("I couldn't find that in the procedure. Please ask:"),
      {
        type: 'list',
        items: [
          'your safeguarding lead',
          "the local authority's Children's Social Care (type contacts for a London borough's numbers)",
          'the ICTG 24/7 assessment line: 0800 043 4303',
        ],
      },
      text('In an emergency, call 999.', 'warning'),
      text(
        near.length
          ? 'The closest questions I can answer are below; or try other words, or type help.'
          : 'Try other words, or type help to see what I can do.',
        'subtle',
      ),
    ],
    buttons: (near.length ? near : STARTERS.map((id) => kb.get(id)).filter((e): e is KbEntry => !!e)).map(questionButton),
    sources: ['PG47 §13', 'PG47 §13.2'],
    personal: true,
  };
}

function renderPrompt(kb: KnowledgeBase): Message {
  return {
    title: 'Ask a question',
    blocks: [
      text(
        'Type your question about safeguarding trafficked children, e.g. "do I need consent for the NRM?". Please leave out names and other personal details.',
      ),
    ],
    buttons: STARTERS.map((id) => kb.get(id))
      .filter((e): e is KbEntry => !!e)
      .map(questionButton),
    personal: true,
  };
}

export const askFlow: Flow<AskState> = {
  id: 'ask',
  version: 1,
  title: 'Ask a question',
  commands: ['ask'],
  summary: 'ask a question about the procedure, e.g. "ask do I need consent for the NRM?"',

  /** Whether the knowledge base has a confident answer (the engine asks before treating text as a question). */
  understands: (text, ctx) => kbOf(ctx).answer(text) !== undefined,
  start(ctx, arg) {
    const question = arg?.trim();
    return question ? answerState(kbOf(ctx), question) : { v: 1 };
  },

  render(state, ctx) {
    const kb = kbOf(ctx);
    if (state.miss) return [renderUnknown(kb, state.near)];
    const entry = state.id ? kb.get(state.id) : undefined;
    if (!entry) return [renderPrompt(kb)];
    const related = (state.related ?? []).map((id) => kb.get(id)).filter((e): e is KbEntry => !!e);
    return [renderAnswer(entry, related)];
  },

  next(_state, input: Input, ctx) {
    const kb = kbOf(ctx);
    if (input.kind === 'text') return input.text.trim() ? answerState(kb, input.text) : { error: 'Type a question, or help.' };
    const { action } = input;
    if (action.a !== 'q' || !action.v) return { error: 'Pick one of the questions, or type a new one.' };
    const entry = kb.get(action.v);
    if (!entry) return { error: 'That question is no longer in the knowledge base. Type your question instead.' };
    return { v: 1, id: entry.id, related: kb.related(entry.id).map((e) => e.id) };
  },
};
