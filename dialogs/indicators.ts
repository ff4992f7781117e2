// Risk indicators (PG47 §10.1): a multi-select checklist, one choice input per group.
// The result names what was ticked and the next step. No score and no threshold: the procedure has none.
import type { Flow } from '../src/conversation/flow.js';
import type { Block, Message } from '../src/conversation/model.js';
import { text } from '../src/conversation/model.js';
import { findIndicator, indicatorGroups } from '../src/procedure/indicators.js';
import { button, EMERGENCY_LINE, JUDGEMENT_LINE, norm, safetyBlocks, valuesOf } from './common.js';

export interface IndicatorsState {
  ticked?: string[]; // undefined until submitted
  /** Ticked in advance: the indicators a story told to `ask` shows (a button starts the flow with their ids). */
  preset?: string[];
}

const ID = 'indicators';
const UNDER_TEN =
  'These indicators may not fit children under ten: use your judgement and talk to Children’s Social Care about younger children too (monitoring report §4.4.2).';

function pickMessage(preset: readonly string[] = []): Message {
  const blocks: Block[] = [
    text('Tick everything you have noticed, then press Submit. One indicator is enough to talk to Children’s Social Care.'),
  ];
  if (preset.length)
    blocks.push(
      text(
        `${preset.length === 1 ? 'One indicator is' : `${preset.length} indicators are`} ticked from what you described: check them and add any others.`,
        'subtle',
      ),
    );
  for (const g of indicatorGroups) {
    const value = g.items.filter((i) => preset.includes(i.id)).map((i) => i.id);
    blocks.push({
      type: 'input',
      input: {
        kind: 'choice',
        id: g.id,
        label: g.title,
        multi: true,
        options: g.items.map((i) => ({ value: i.id, label: i.label })),
        ...(value.length ? { value } : {}),
      },
    });
  }
  blocks.push(text(UNDER_TEN, 'subtle'));
  return {
    title: 'Risk indicators (PG47 §10.1)',
    blocks,
    buttons: [button(ID, 'submit', 'Submit', undefined, 'primary')],
    sources: ['PG47 §10.1'],
    personal: true,
  };
}

function resultMessage(ticked: string[]): Message {
  const blocks: Block[] = [];
  if (ticked.length === 0) {
    blocks.push(
      text('You did not tick any indicator.'),
      text(
        'If you are still worried about the child, trust that: talk to your safeguarding lead or to Children’s Social Care. The list is not complete, and a child may be at risk without showing these signs (PG47 §10.1).',
      ),
      text(UNDER_TEN, 'subtle'),
      ...safetyBlocks(),
    );
    return {
      title: 'Risk indicators: result',
      blocks,
      buttons: [{ label: 'Contacts', action: { t: 'contacts', a: 'start' } }],
      sources: ['PG47 §10.1', 'Monitoring report §4.4.2'],
      personal: true,
    };
  }
  // What to do now first: one indicator is enough to make the call. What was ticked, and why, is behind "Show details".
  blocks.push(
    text(`You ticked ${ticked.length === 1 ? '1 indicator' : `${ticked.length} indicators`}.`, 'good'),
    { type: 'heading', text: 'Do this now: talk to Children’s Social Care' },
    text(
      'One indicator is enough to talk to Children’s Social Care. Make a referral where the child lives: a phone call now, then a written referral within 48 hours (PG47 §14). Press Make a referral for the steps and the number to call.',
    ),
    text(EMERGENCY_LINE, 'warning'),
  );
  const details: Block[] = [];
  for (const g of indicatorGroups) {
    const hits = g.items.filter((i) => ticked.includes(i.id));
    if (!hits.length) continue;
    details.push(
      { type: 'heading', text: g.title },
      { type: 'list', items: hits.map((i) => i.label) },
      text(`What it may suggest: ${g.suggests}`, 'subtle'),
    );
  }
  details.push(
    { type: 'heading', text: 'Why' },
    text(
      'PG47 lists these as signs that a child may have been trafficked and may still be controlled by traffickers or the adults who received them (PG47 §10.1). A first responder also refers the child to the National Referral Mechanism (NRM), the UK’s framework for identifying victims (PG47 §10.1, §13.2).',
    ),
    text(UNDER_TEN, 'subtle'),
    text(JUDGEMENT_LINE, 'subtle'),
  );
  blocks.push({ type: 'details', label: 'Show what you ticked and what it may suggest', blocks: details });
  return {
    title: 'Risk indicators: result',
    blocks,
    buttons: [
      { label: 'Make a referral', action: { t: 'refer', a: 'start' }, style: 'primary' },
      { label: 'Contacts', action: { t: 'contacts', a: 'start' } },
    ],
    sources: ['PG47 §10.1', 'PG47 §14', 'PG47 §13.2', 'Monitoring report §4.4.2'],
    personal: true,
  };
}

/** Typed ticks: indicator ids or (unique starts of) their labels, separated by commas. */
function tickedFromText(raw: string): string[] | undefined {
  const all = indicatorGroups.flatMap((g) => g.items);
  const out: string[] = [];
  for (const part of raw.split(/[,;]/).map(norm).filter(Boolean)) {
    const hit = all.filter((i) => i.id.replace(/-/g, ' ') === part || norm(i.label).includes(part));
    if (hit.length !== 1) return undefined;
    out.push(hit[0]!.id);
  }
  return out.length ? out : undefined;
}

export const indicatorsFlow: Flow<IndicatorsState> = {
  id: ID,
  version: 1,
  title: 'Risk indicators',
  commands: ['indicators', 'indicator', 'risk indicators'],
  acceptsArg: () => false,
  summary: 'tick the signs you have noticed and see what they suggest (PG47 §10.1)',
  start: (_ctx, arg) => {
    const preset = [...new Set((arg ?? '').split(',').map((s) => s.trim()))].filter((id) => findIndicator(id));
    return preset.length ? { preset } : {};
  },
  ended: (state) => Boolean(state.ticked),
  render: (state) => [state.ticked ? resultMessage(state.ticked) : pickMessage(state.preset)],
  next(state, input) {
    if (state.ticked) return { error: 'The result is shown above. Type restart to tick again.' };
    if (input.kind === 'text') {
      const ticked = tickedFromText(input.text);
      return ticked ? { ticked } : { error: 'Tick the indicators in the card and press Submit.' };
    }
    if (input.action.a !== 'submit') return { error: 'Tick the indicators and press Submit.' };
    const ticked = indicatorGroups.flatMap((g) => valuesOf(input, g.id)).filter((id) => findIndicator(id));
    return { ticked: [...new Set(ticked)] };
  },
};
