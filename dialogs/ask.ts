// `ask`: a free-text question answered from our PG47 knowledge base, with its section cited,
// follow-up questions as buttons; "Did you mean" with 2–3 entries as buttons when the base is not
// sure; an honest "I don't know" with who to ask instead. A story about a child gets the PG47 §10.1
// indicators it shows, named, the first steps, and a button opening the checklist with them ticked.
// Privacy: the question text is never stored in the state and never repeated in a reply.
import type { Flow, FlowContext } from '../src/conversation/flow.js';
import type { Button, Input, Message } from '../src/conversation/model.js';
import { text } from '../src/conversation/model.js';
import { EMERGENCY_LINE } from '../src/conversation/help.js';
import type { KbEntry, KbResponse, KnowledgeBase } from '../src/procedure/kb/index.js';
import { findIndicator } from '../src/procedure/indicators.js';
import type { AuthorityEntry, ContactsDirectory } from '../src/procedure/contacts.js';

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
  /** Middle confidence: the entries offered as "Did you mean" (ids). */
  dym?: string[];
  /** The question was an everyday one, outside the procedure (no entries offered). */
  off?: boolean;
  /** A story about a child: the PG47 §10.1 indicator ids it shows (never the story itself). */
  signs?: string[];
  /** The London authority a question about whom to call named (its code): its contacts are offered first. */
  la?: string;
}

/** Questions offered when nothing was asked yet, or nothing matched. */
const STARTERS = ['what-to-do-first', 'nrm-consent', 'ictg-number'];

/** The knowledge base, wired by the composition root. */
export const kbOf = (ctx: FlowContext): KnowledgeBase => ctx.deps.kb;

const questionButton = (e: KbEntry): Button => ({ label: e.question, action: { t: 'ask', a: 'q', v: e.id } });

/**
 * The response to a question the engine has just asked `understands` about: inside another flow it asks first, then
 * starts this flow with the same text, and one search serves both. Kept only from that question to that start, within
 * the turn (the text is never kept longer), and only when it was understood.
 */
const understood = new WeakMap<KnowledgeBase, { question: string; response: KbResponse }>();

function respondTo(kb: KnowledgeBase, question: string, respond: (q: string) => KbResponse): KbResponse {
  const last = understood.get(kb);
  understood.delete(kb);
  return last && last.question === question ? last.response : respond(question);
}

/** Whether the knowledge base has a confident answer (the engine asks before treating text as a question). */
function understands(kb: KnowledgeBase, question: string): boolean {
  understood.delete(kb);
  if (typeof kb.respond !== 'function') return kb.answer(question) !== undefined;
  const response = kb.respond(question);
  if (response.kind !== 'answer') return false;
  understood.set(kb, { question, response });
  return true;
}

/** Words of a question about whom to call ("out of hours csc number for croydon"). */
const CALLING =
  /\b(numbers?|phone|call|ring|contacts?|out of hours|ooh|emergency duty|edt|duty team|mash|csc|social care|social services|refer|referral|who do i)\b/;

/**
 * The one London authority a question about whom to call names ("croydon", "tower hamlets", "kingston"), or undefined.
 * Compound names also by their first word; "London" alone is not the City of London.
 */
export function authorityNamed(directory: ContactsDirectory, question: string): AuthorityEntry | undefined {
  const t = ` ${question
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')} `;
  if (!CALLING.test(t)) return undefined;
  const named = directory.all().filter((e) => {
    const name = e.name.toLowerCase();
    const first = name.split(' ')[0]!;
    return t.includes(` ${name} `) || (name.includes(' ') && first !== 'city' && first.length >= 5 && t.includes(` ${first} `));
  });
  return named.length === 1 ? named[0] : undefined;
}

function answerState(kb: KnowledgeBase, question: string, directory?: ContactsDirectory): AskState {
  const la = directory ? authorityNamed(directory, question) : undefined;
  const state = answerStateOf(kb, question);
  return la && !state.off ? { ...state, la: la.code } : state;
}

function answerStateOf(kb: KnowledgeBase, question: string): AskState {
  const respond = kb.respond?.bind(kb);
  if (!respond) {
    const hit = kb.answer(question);
    return hit ? { v: 1, id: hit.entry.id, related: hit.related.map((e) => e.id) } : { v: 1, miss: true };
  }
  const r = respondTo(kb, question, respond);
  if (r.kind === 'didYouMean') return { v: 1, dym: r.options.map((e) => e.id) };
  if (r.kind === 'unknown') return r.offTopic ? { v: 1, miss: true, off: true } : { v: 1, miss: true };
  const state: AskState = { v: 1, id: r.entry.id, related: r.related.map((e) => e.id) };
  return r.story ? { ...state, signs: r.story.signs } : state;
}

const CHECKLIST_LABEL = 'Open the indicators checklist';

/** A story about a child: the indicators it shows, that one is enough, the first steps, the checklist. */
function renderStory(entry: KbEntry, signs: readonly string[], related: KbEntry[]): Message {
  const named = signs.map((id) => findIndicator(id)?.indicator.label).filter((l): l is string => !!l);
  const blocks: Message['blocks'] = [];
  if (named.length) {
    blocks.push(
      {
        type: 'heading',
        text: `What you describe shows ${named.length === 1 ? 'a risk indicator' : `${named.length} risk indicators`} (PG47 §10.1)`,
      },
      { type: 'list', items: named },
    );
  } else {
    blocks.push(
      text(
        'What you describe may not match a PG47 §10.1 indicator word for word; if you are worried about the child, that is reason enough to act.',
      ),
    );
  }
  blocks.push(
    text("One indicator is enough to talk to Children's Social Care: do not wait for more signs or for the child to tell you.", 'warning'),
    { type: 'heading', text: entry.situation ? entry.question : 'What to do now' },
    text(entry.answer),
    text(`Not a substitute for professional judgement. ${EMERGENCY_LINE}`, 'subtle'),
  );
  const ticks = signs.filter((id) => findIndicator(id));
  return {
    title: named.length ? 'Signs of trafficking in what you describe' : 'What to do about this child',
    blocks,
    buttons: [
      {
        label: CHECKLIST_LABEL,
        action: { t: 'indicators', a: 'start', ...(ticks.length ? { v: ticks.join(',') } : {}) },
        style: 'primary',
      },
      { label: 'Make a referral', action: { t: 'refer', a: 'start' } },
      ...related.slice(0, 2).map(questionButton),
    ],
    sources: [...new Set(['PG47 §10.1', ...entry.sources])],
    personal: true,
  };
}

/** Middle confidence: never a confident wrong answer, the 2–3 best entries to pick from. */
function renderDidYouMean(options: KbEntry[]): Message {
  return {
    title: 'Did you mean…',
    blocks: [
      text('I am not sure which of these you are asking. Pick one, or ask in other words.'),
      text(
        `For advice on a child now: your safeguarding lead, Children's Social Care, or the ICTG 24/7 line 0800 043 4303. ${EMERGENCY_LINE}`,
        'subtle',
      ),
    ],
    buttons: options.map(questionButton),
    personal: true,
  };
}

/** `la`: the authority the question named, whose contacts button comes first (see render). */
function renderAnswer(entry: KbEntry, related: KbEntry[], la?: AuthorityEntry): Message {
  const intro = la ? `${la.name}’s numbers, and related questions:` : 'Related questions:';
  return {
    title: entry.question,
    blocks: [
      text(entry.answer),
      text(`Not a substitute for professional judgement. ${EMERGENCY_LINE}`, 'subtle'),
      ...(related.length ? [text(intro, 'subtle')] : []),
    ],
    buttons: related.map(questionButton),
    sources: entry.sources,
    personal: true,
  };
}

function renderUnknown(kb: KnowledgeBase, nearIds: readonly string[] = [], off = false): Message {
  const near = nearIds.map((id) => kb.get(id)).filter((e): e is KbEntry => !!e);
  return {
    title: "I don't know that one",
    blocks: [
      text(
        off
          ? 'I can only answer questions about safeguarding trafficked and exploited children (London procedure PG47). For a worry about a child, please ask:'
          : "I couldn't find that in the procedure. Please ask:",
      ),
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
  // Every question asked is a step: Back returns through the last ten answers (each kept state is stored every turn).
  historyLimit: 10,

  understands: (text, ctx) => understands(kbOf(ctx), text),
  start(ctx, arg) {
    const question = arg?.trim();
    return question ? answerState(kbOf(ctx), question, ctx.deps.contacts) : { v: 1 };
  },

  render(state, ctx) {
    const la = state.la ? ctx.deps.contacts.get(state.la) : undefined;
    const message = renderState(state, ctx, la);
    if (!la) return [message];
    // The named authority's contacts first: what someone asking whom to call there needs next.
    const contacts: Button = { label: `${la.name} contacts`, action: { t: 'contacts', a: 'start', v: la.code }, style: 'primary' };
    return [{ ...message, buttons: [contacts, ...(message.buttons ?? [])] }];
  },

  next(_state, input: Input, ctx) {
    return nextState(input, ctx);
  },
};

function renderState(state: AskState, ctx: FlowContext, la: AuthorityEntry | undefined): Message {
  const kb = kbOf(ctx);
  if (state.miss) return renderUnknown(kb, state.near, state.off);
  const entries = (ids: readonly string[] | undefined) => (ids ?? []).map((id) => kb.get(id)).filter((e): e is KbEntry => !!e);
  const options = entries(state.dym);
  if (options.length) return renderDidYouMean(options);
  const entry = state.id ? kb.get(state.id) : undefined;
  if (!entry) return renderPrompt(kb);
  const related = entries(state.related);
  return state.signs ? renderStory(entry, state.signs, related) : renderAnswer(entry, related, la);
}

function nextState(input: Input, ctx: FlowContext): AskState | { error: string } {
  const kb = kbOf(ctx);
  if (input.kind === 'text')
    return input.text.trim() ? answerState(kb, input.text, ctx.deps.contacts) : { error: 'Type a question, or help.' };
  const { action } = input;
  if (action.a !== 'q' || !action.v) return { error: 'Pick one of the questions, or type a new one.' };
  const entry = kb.get(action.v);
  if (!entry) return { error: 'That question is no longer in the knowledge base. Type your question instead.' };
  return { v: 1, id: entry.id, related: kb.related(entry.id).map((e) => e.id) };
}
