// Quick checklists, walked through personally: ticks live in this flow's state, with progress ("4 of 9").
// In a case channel the cases handler takes over `checklist <name>` and shares ticks; it renders the same data.
import type { Flow, FlowError } from '../src/conversation/flow.js';
import type { Block, Input, Message } from '../src/conversation/model.js';
import { text } from '../src/conversation/model.js';
import type { Checklist } from '../src/procedure/checklists.js';
import { checklists, findChecklist } from '../src/procedure/checklists.js';
import { button, valuesOf } from './common.js';

export interface ChecklistState {
  id?: string;
  ticked: string[];
  /** A name was typed that matches no checklist (the text itself is not kept: it may hold personal data). */
  notFound?: boolean;
}

const ID = 'checklist';


function listMessage(notFound?: boolean): Message {
  const blocks: Block[] = [];
  if (notFound) blocks.push(text("I don't have that checklist. Pick one below.", 'warning'));
  blocks.push(text('Pick a checklist:'), { type: 'list', items: checklists.map((c) => `${c.title}: ${c.intro} (${c.source})`) });
  return { title: 'Quick checklists', blocks, buttons: checklists.map((c) => button(ID, 'open', c.title, c.id)), personal: true };
}

/** The checklist card: items with ticks, progress, and a multi-select to tick them. Reusable by the cases handler. */
export function checklistBlocks(c: Checklist, ticked: string[]): Block[] {
  const done = c.items.filter((i) => ticked.includes(i.id)).length;
  const blocks: Block[] = [
    text(c.intro),
    { type: 'progress', done, total: c.items.length },
    {
      type: 'input',
      input: {
        kind: 'choice',
        id: 'ticks',
        label: 'Tick what is done',
        multi: true,
        // A no-break space after "1.": markdown in a choice label would renumber every item as 1.
        options: c.items.map((i, n) => ({ value: i.id, label: `${n + 1}.\u00a0${i.text}`.slice(0, 75) })),
        value: c.items.filter((i) => ticked.includes(i.id)).map((i) => i.id),
      },
    },
  ];
  if (done === c.items.length) blocks.push(text('All done.', 'good'));
  return blocks;
}

function checklistMessage(c: Checklist, ticked: string[]): Message {
  return {
    title: `Checklist: ${c.title}`,
    blocks: [
      ...checklistBlocks(c, ticked),
      text('Type e.g. "tick 1, 3" or "untick 2", or tick in the card and press Save ticks.', 'subtle'),
    ],
    buttons: [button(ID, 'ticks', 'Save ticks', undefined, 'primary'), button(ID, 'list', 'All checklists')],
    sources: [c.source],
    personal: true,
  };
}

function typedTicks(c: Checklist, ticked: string[], raw: string): string[] | undefined {
  const m = /^\s*(tick|untick|done|undo|undone)?\s*((?:\d+\s*[, ]\s*)*\d+)\s*$/i.exec(raw);
  if (!m || (!m[1] && !raw.includes(','))) return undefined;
  const nums = m[2]!.split(/[\s,]+/).map(Number);
  if (nums.some((n) => n < 1 || n > c.items.length)) return undefined;
  const ids = nums.map((n) => c.items[n - 1]!.id);
  const remove = /^(untick|undo|undone)$/i.test(m[1] ?? '');
  const set = new Set(ticked);
  for (const id of ids) {
    if (remove) set.delete(id);
    else set.add(id);
  }
  return c.items.map((i) => i.id).filter((id) => set.has(id));
}

function nextInChecklist(state: ChecklistState, c: Checklist, input: Input): ChecklistState | FlowError {
  if (input.kind === 'text') {
    const t = typedTicks(c, state.ticked, input.text);
    // The hint under the card says how to type ticks: the error only says nothing was ticked (one hint, not two).
    return t ? { id: c.id, ticked: t } : { error: `I could not read that as items to tick (1 to ${c.items.length}): nothing changed.` };
  }
  if (input.action.a === 'list') return { ticked: [] };
  if (input.action.a !== 'ticks') return { error: 'Tick items in the card and press Save ticks.' };
  if (!input.values || !('ticks' in input.values)) return { error: 'Tick items in the card first, or type e.g. "tick 1, 3".' };
  const chosen = new Set(valuesOf(input, 'ticks'));
  return { id: c.id, ticked: c.items.map((i) => i.id).filter((id) => chosen.has(id)) };
}

export const checklistFlow: Flow<ChecklistState> = {
  id: ID,
  version: 1,
  title: 'Quick checklists',
  commands: ['checklist', 'checklists'],
  summary: 'golden hour, information gathering, documents, interview, strategy meeting, looked-after, support, missing from care',
  start(_ctx, arg) {
    if (!arg) return { ticked: [] };
    const c = findChecklist(arg);
    return c ? { id: c.id, ticked: [] } : { ticked: [], notFound: true };
  },
  acceptsArg: (arg) => findChecklist(arg) !== undefined,
  // Every item ticked: the checklist is finished.
  ended: (state) => {
    const c = state.id ? findChecklist(state.id) : undefined;
    return Boolean(c && c.items.every((i) => state.ticked.includes(i.id)));
  },
  render(state) {
    const c = state.id ? findChecklist(state.id) : undefined;
    return [c ? checklistMessage(c, state.ticked) : listMessage(state.notFound)];
  },
  next(state, input) {
    const c = state.id ? findChecklist(state.id) : undefined;
    if (c) return nextInChecklist(state, c, input);
    const name = input.kind === 'text' ? input.text : input.action.a === 'open' ? input.action.v : undefined;
    const picked = name ? findChecklist(name) : undefined;
    return picked ? { id: picked.id, ticked: [] } : { error: `Pick one of: ${checklists.map((x) => x.title).join(', ')}.` };
  },
};
