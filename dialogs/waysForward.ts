// The four ways forward after information gathering (PG47 §13.3 a–d): a card; choosing one shows what follows.
import type { Flow } from '../src/conversation/flow.js';
import type { Block, Message } from '../src/conversation/model.js';
import { text } from '../src/conversation/model.js';
import type { WayId } from '../src/procedure/waysForward.js';
import { findWay, isWayId, RECORD_DECISION, TELL_REFERRER, waysForward } from '../src/procedure/waysForward.js';
import { button, EMERGENCY_LINE, JUDGEMENT_LINE } from './common.js';

export interface WaysForwardState {
  chosen?: WayId;
}

const ID = 'ways-forward';

function cardMessage(): Message {
  // The choice first: one line per way; when each applies is behind "Show details".
  const blocks: Block[] = [
    text('After the information gathering, the social worker and their supervising manager agree one of four ways forward (PG47 §13.3).'),
    { type: 'list', items: waysForward.map((w) => `${w.letter}) ${w.title}: ${w.summary}`) },
  ];
  const details: Block[] = [];
  for (const w of waysForward) {
    details.push({ type: 'heading', text: `${w.letter}) ${w.title}` }, { type: 'list', items: w.conditions });
    if (w.warning) details.push(text(w.warning, 'warning'));
  }
  blocks.push({ type: 'details', label: 'Show when each way applies', blocks: details });
  return {
    title: 'The four ways forward (PG47 §13.3)',
    blocks,
    buttons: waysForward.map((w) => button(ID, 'choose', `${w.letter}) ${w.title}`, w.id)),
    sources: ['PG47 §13.3'],
    personal: true,
  };
}

function resultMessage(id: WayId): Message {
  const w = findWay(id)!;
  // What to do now first: the first of what follows (and the warning, when there is one); the rest behind "Show details".
  const [first, ...rest] = w.whatFollows;
  const blocks: Block[] = [text(`You chose ${w.letter}) ${w.title}.`, 'good'), { type: 'heading', text: 'Do this now' }];
  blocks.push({ type: 'list', ordered: true, items: [first!] });
  if (w.warning) blocks.push(text(w.warning, 'warning'));
  blocks.push(text(TELL_REFERRER), text(EMERGENCY_LINE, 'warning'));
  const lead =
    w.id === 's20'
      ? 'Accommodate under s.20 if any one of these applies:'
      : w.id === 'assessment'
        ? 'The assessment decides:'
        : 'When it applies:';
  const details: Block[] = [];
  if (rest.length) details.push({ type: 'heading', text: 'Then' }, { type: 'list', ordered: true, start: 2, items: rest });
  details.push({ type: 'heading', text: `${w.letter}) ${w.title}` }, text(w.summary), text(lead), { type: 'list', items: w.conditions });
  details.push(text(RECORD_DECISION, 'subtle'), text(JUDGEMENT_LINE, 'subtle'));
  blocks.push({
    type: 'details',
    label: rest.length ? `Show the next ${rest.length} steps and when this way applies` : 'Show when this way applies',
    blocks: details,
  });
  return {
    title: 'Ways forward: what follows',
    blocks,
    buttons: [{ label: 'Record on this case', action: { t: 'case', a: 'record-way', v: w.id } }],
    sources: w.sources,
    personal: true,
  };
}

export const waysForwardFlow: Flow<WaysForwardState> = {
  id: ID,
  version: 1,
  title: 'Ways forward',
  commands: ['ways forward', 'ways-forward', 'options'],
  summary: 'the four ways forward after information gathering, and what follows each (PG47 §13.3)',
  start(_ctx, arg) {
    const w = arg ? findWay(arg) : undefined;
    return w ? { chosen: w.id } : {};
  },
  acceptsArg: (arg) => findWay(arg) !== undefined,
  ended: (state) => Boolean(state.chosen),
  render: (state) => [state.chosen ? resultMessage(state.chosen) : cardMessage()],
  next(state, input) {
    if (state.chosen) return { error: 'Type back to choose another way, or restart.' };
    const v = input.kind === 'action' ? (input.action.a === 'choose' ? input.action.v : undefined) : input.text;
    const w = v
      ? isWayId(v)
        ? findWay(v)
        : (findWay(v) ?? waysForward.find((x) => x.title.toLowerCase().startsWith(v.trim().toLowerCase()) && v.trim().length >= 3))
      : undefined;
    return w ? { chosen: w.id } : { error: 'Choose a), b), c) or d).' };
  },
};
