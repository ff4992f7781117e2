/* eslint-disable @typescript-eslint/no-explicit-any -- Adaptive Card JSON is untyped here; tests read it freely */
// renderAdaptiveCard: shape of each block, and every card of every reachable step of every flow is valid and small.
import { describe, expect, it } from 'vitest';
import { renderAdaptiveCard } from '../../src/teams/render.js';
import type { ActionPayload, Message, Turn, TurnResult } from '../../src/conversation/model.js';
import { Engine, CONVERSATIONS, stateKey, type ConversationState } from '../../src/conversation/engine.js';
import { allFlows } from '../../dialogs/index.js';
import { buildFlowDeps } from '../../src/content/index.js';
import { loadConfig } from '../../src/config.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { MemoryStore } from '../../src/store/memory.js';
import { actionsOf, inputsOf } from '../support/fakeConnector.js';
import { cardProblems, fillInputs } from './cards.js';
import { actionInput } from '../../src/teams/turn.js';

const everything: Message = {
  title: 'Everything',
  blocks: [
    { type: 'heading', text: 'A heading' },
    { type: 'text', text: 'If a child is in immediate danger, call 999.', tone: 'warning' },
    { type: 'text', text: 'Good news', tone: 'good' },
    { type: 'text', text: 'Small print', tone: 'subtle' },
    { type: 'list', items: ['one', 'two'] },
    { type: 'divider' },
    { type: 'list', items: ['first', 'second', 'third'], ordered: true },
    { type: 'facts', facts: [{ label: 'ICTG', value: '0800 043 4303' }] },
    {
      type: 'input',
      input: {
        kind: 'choice',
        id: 'g_movement',
        label: 'Movement',
        multi: true,
        options: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ],
        value: ['a'],
      },
    },
    { type: 'input', input: { kind: 'choice', id: 'way', label: 'Way forward', options: [{ value: 'x', label: 'X' }], required: true } },
    { type: 'input', input: { kind: 'date', id: 'd', label: 'Date', value: '2026-11-23' } },
    { type: 'input', input: { kind: 'time', id: 't', label: 'Time' } },
    { type: 'input', input: { kind: 'text', id: 'note', label: 'Note', placeholder: 'No names', maxLength: 200 } },
    { type: 'progress', done: 4, total: 9, label: 'Golden hour' },
  ],
  buttons: [
    { label: 'Next', action: { t: 'indicators', a: 'next', s: 3 }, style: 'primary' },
    { label: 'Stop', action: { t: 'indicators', a: 'stop', s: 3 }, style: 'danger' },
  ],
  links: [{ label: 'PG47', url: 'https://www.londonsafeguardingchildrenprocedures.co.uk/' }],
  sources: ['PG47 §10.1', 'PG47 §13.3'],
};

const flat = (card: Record<string, any>): any[] => card.body.flatMap((b: any) => (b.type === 'Container' ? b.items : [b]));

describe('renderAdaptiveCard', () => {
  const card = renderAdaptiveCard(everything) as Record<string, any>;
  const els = flat(card);

  it('is an Adaptive Card 1.5 with $schema and full width, that the adaptivecards parser accepts', () => {
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', msteams: { width: 'Full' } });
    expect(card.$schema).toMatch(/adaptive-card\.json$/);
    expect(cardProblems(card)).toEqual([]);
  });

  it('renders title and headings as heading text, tones as colours, every TextBlock wraps', () => {
    expect(els[0]).toMatchObject({ text: 'Everything', style: 'heading' });
    expect(els.find((e) => e.text === 'A heading')).toMatchObject({ style: 'heading', weight: 'Bolder' });
    expect(els.find((e) => e.text?.includes('999'))).toMatchObject({ color: 'Attention' });
    expect(els.find((e) => e.text === 'Good news')).toMatchObject({ color: 'Good' });
    expect(els.find((e) => e.text === 'Small print')).toMatchObject({ isSubtle: true });
    expect(els.filter((e) => e.type === 'TextBlock').every((e) => e.wrap === true)).toBe(true);
  });

  it('renders lists as bullet / numbered TextBlocks, the divider as a separator, facts as a FactSet', () => {
    const texts = els.filter((e) => e.type === 'TextBlock').map((e) => e.text as string);
    expect(texts).toContain('•\u00a0one');
    expect(texts).toContain('3.\u00a0third');
    expect(els.find((e) => e.text === '1.\u00a0first')).toMatchObject({ separator: true });
    // A phone number is a call link (markdown), so a phone dials it.
    expect(els.find((e) => e.type === 'FactSet')).toEqual({
      type: 'FactSet',
      facts: [{ title: 'ICTG', value: '[0800 043 4303](tel:+448000434303)' }],
    });
  });

  it('puts long labels (related questions) one per row right under their text, before the sources, not in the cut action bar', () => {
    const q = 'What should I do if the child asks me not to tell anyone?';
    const c = renderAdaptiveCard({
      blocks: [{ type: 'text', text: 'Related questions:', tone: 'subtle' }],
      buttons: [{ label: q, action: { t: 'ask', a: 'q', v: 'x' } }],
      sources: ['PG47 §13.2'],
    });
    expect(c.actions).toBeUndefined();
    const items = (c.body as any[]).find((e) => e.type === 'Container').items as any[];
    const at = items.findIndex((e) => e.text === 'Related questions:');
    expect(items[at + 1]).toMatchObject({ type: 'ActionSet', actions: [{ type: 'Action.Execute', title: q }] });
    expect((c.body as any[]).at(-1).text).toMatch(/^Sources: /); // the sources line after the buttons
  });

  it('puts details behind Show details (Action.ShowCard, opened in place) and inline links on rows of their own', () => {
    const m: Message = {
      title: 'Plan',
      blocks: [
        { type: 'list', ordered: true, items: ['Phone now.'] },
        { type: 'links', links: [{ label: 'Call ICTG 0800 043 4303', url: 'tel:+448000434303' }] },
        { type: 'details', label: 'Show the next steps', blocks: [{ type: 'list', ordered: true, start: 2, items: ['Write.'] }] },
      ],
    };
    const c = renderAdaptiveCard(m);
    const deep = (els: any[]): any[] => els.flatMap((e) => [e, ...deep(e.items ?? [])]);
    const all = deep(c.body as any[]);
    const show = all.find((e) => e.type === 'ActionSet' && (e.actions as any[])[0].type === 'Action.ShowCard') as any;
    expect(show.actions[0].title).toBe('Show the next steps');
    expect(show.actions[0].card.body[0].text).toBe('2.\u00a0Write.');
    // Nothing of the details is on the first screen.
    expect(all.some((e) => e.text === '2.\u00a0Write.')).toBe(false);
    expect(all.find((e) => e.type === 'ActionSet' && (e.actions as any[])[0].url === 'tel:+448000434303')).toBeTruthy();
    expect(cardProblems(c)).toEqual([]);
  });

  it('renders inputs with labels: multi-select expanded, date, time, text', () => {
    const inputs = inputsOf(card);
    expect(inputs.map((i) => i.type)).toEqual(['Input.ChoiceSet', 'Input.ChoiceSet', 'Input.Date', 'Input.Time', 'Input.Text']);
    expect(inputs[0]).toMatchObject({ id: 'g_movement', label: 'Movement', isMultiSelect: true, style: 'expanded', value: 'a' });
    expect(inputs[1]).toMatchObject({ isMultiSelect: false, isRequired: true });
    expect(inputs[4]).toMatchObject({ placeholder: 'No names', maxLength: 200 });
  });

  it('renders progress as text, sources as a subtle footer', () => {
    expect(els.some((e) => e.text === '●●●●○○○○○\u00a0Golden hour: 4 of 9 done')).toBe(true);
    const footer = card.body[card.body.length - 1];
    expect(footer).toMatchObject({ text: 'Sources: PG47 §10.1, PG47 §13.3', isSubtle: true, size: 'Small' });
  });

  it('renders buttons as Action.Execute with verb and data.sg (multi-select ids listed), links as Action.OpenUrl', () => {
    expect(card.actions[0]).toEqual({
      type: 'Action.Execute',
      title: 'Next',
      verb: 'indicators.next',
      data: { sg: { t: 'indicators', a: 'next', s: 3 }, sg_multi: ['g_movement'] },
      style: 'positive',
    });
    expect(card.actions[1]).toMatchObject({ style: 'destructive' });
    expect(card.actions[2]).toEqual({
      type: 'Action.OpenUrl',
      title: 'PG47',
      url: 'https://www.londonsafeguardingchildrenprocedures.co.uk/',
    });
  });

  it('round-trips: card data plus Teams input values come back as the engine input', () => {
    const input = actionInput({ ...card.actions[0].data, g_movement: 'a,b', note: 'x', d: '2026-11-23' });
    expect(input).toEqual({
      kind: 'action',
      action: { t: 'indicators', a: 'next', s: 3 },
      values: { g_movement: ['a', 'b'], note: 'x', d: '2026-11-23' },
    });
  });

  it('stacks many buttons one per row in the body (Teams shows few card actions)', () => {
    const many: Message = {
      blocks: [{ type: 'text', text: 'Pick' }],
      buttons: Array.from({ length: 8 }, (_, i) => ({ label: `Option ${i}`, action: { t: 'x', a: 'pick', v: String(i) } })),
    };
    const c = renderAdaptiveCard(many) as Record<string, any>;
    expect(c.actions).toBeUndefined();
    expect(actionsOf(c).map((a) => a.title)).toEqual(many.buttons!.map((b) => b.label));
    expect(cardProblems(c)).toEqual([]);
  });
});

// ---- every reachable step of every flow ----

const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent' });
const deps = buildFlowDeps(config);
const NODE_CAP = 400;

/** Breadth-first over button clicks (with inputs filled three ways), from each flow's start. Returns every message seen. */
async function reachableMessages(flowId: string, starts: string[]): Promise<{ messages: Message[]; states: number }> {
  const store = new MemoryStore();
  const engine = new Engine({ store, clock: new ManualClock(new Date('2026-11-23T10:00:00Z')), log: silentLogger, deps }, allFlows);
  const turn = (input: Turn['input']): Turn => ({ platform: 'teams', conversationId: 'walk', userId: 'u', shared: false, input });
  const key = stateKey(turn({ kind: 'text', text: '' }));
  const messages: Message[] = [];
  const seen = new Set<string>();
  const queue: Array<{ snapshot: ConversationState; replies: Message[] }> = [];
  const visit = async (res: TurnResult) => {
    messages.push(...res.replies);
    const snapshot = (await store.get<ConversationState>(CONVERSATIONS, key))!;
    const id = `${snapshot.flow}:${JSON.stringify(snapshot.state)}`;
    if (snapshot.flow !== flowId || seen.has(id)) return;
    seen.add(id);
    queue.push({ snapshot, replies: res.replies });
  };
  for (const text of starts) {
    await store.delete(CONVERSATIONS, key);
    await visit(await engine.handle(turn({ kind: 'text', text })));
  }
  while (queue.length && seen.size < NODE_CAP) {
    const node = queue.shift()!;
    for (const m of node.replies) {
      const card = renderAdaptiveCard(m) as Record<string, any>;
      for (const b of m.buttons ?? []) {
        if (b.action.t !== flowId || b.action.a === 'back' || b.action.a === 'restart') continue;
        for (const variant of inputsOf(card).length ? [0, 1, 2] : [0]) {
          await store.put(CONVERSATIONS, key, node.snapshot);
          const data = {
            sg: b.action as ActionPayload,
            ...(card.actions?.[0]?.data?.sg_multi ? { sg_multi: card.actions[0].data.sg_multi } : {}),
            ...fillInputs(card, variant),
          };
          const input = actionInput(data)!;
          await visit(await engine.handle(turn(input)));
        }
      }
    }
  }
  return { messages, states: seen.size };
}

const startsFor: Record<string, string[]> = {
  contacts: ['contacts', 'contacts camden', 'contacts westminster'],
  checklist: ['checklist'],
  ask: ['ask do I need consent for the NRM?', 'ask what is the ICTG number', 'ask zebra crossings'],
};

describe('every card of every flow step', () => {
  const engine = new Engine({ store: new MemoryStore(), clock: new ManualClock(new Date()), log: silentLogger, deps }, allFlows);

  it('the validator does catch broken cards (so an empty problem list means something)', () => {
    const broken = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Bogus' }, { type: 'Input.Text' }, { type: 'TextBlock', text: 'x'.repeat(90_000) }],
    };
    const problems = cardProblems(broken);
    expect(problems.some((p) => p.startsWith('parse:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('validate:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('size:'))).toBe(true);
  });

  it('the help / welcome card is valid', () => {
    expect(cardProblems(renderAdaptiveCard(engine.help()))).toEqual([]);
  });

  for (const flow of allFlows.filter((f) => f.commands.length > 0)) {
    it(`${flow.id}: every reachable card parses as Adaptive Card 1.5, is under 80 KB, and no multi-select value has a comma`, async () => {
      const { messages, states } = await reachableMessages(flow.id, startsFor[flow.id] ?? [flow.commands[0]!]);
      expect(states).toBeGreaterThan(0);
      if (process.env.WALK_DEBUG) console.log(flow.id, { states, messages: messages.length });
      const problems = new Set<string>();
      for (const m of messages) for (const p of cardProblems(renderAdaptiveCard(m))) problems.add(`${m.title ?? m.blocks[0]?.type}: ${p}`);
      expect([...problems]).toEqual([]);
      // A multi-select submits its picks comma-joined (splitChoiceSet in turn.ts): a value with a comma would split.
      const withComma = messages.flatMap((m) =>
        m.blocks.flatMap((b) =>
          (b.type === 'input' && b.input.kind === 'choice' && b.input.multi ? b.input.options : []).map((o) => o.value),
        ),
      );
      expect(withComma.filter((v) => v.includes(','))).toEqual([]);
    });
  }
});
