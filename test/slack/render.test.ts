// Block Kit rendering: the neutral Message -> blocks, within Slack's limits, for every flow's messages.
import { describe, expect, it } from 'vitest';
import type { InputField, Message } from '../../src/conversation/model.js';
import { Engine } from '../../src/conversation/engine.js';
import { MemoryStore } from '../../src/store/memory.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';
import { buildFlowDeps } from '../../src/content/index.js';
import { allFlows } from '../../dialogs/index.js';
import { checklists } from '../../src/procedure/checklists.js';
import { assertBlockKitLimits, blockKitProblems } from '../../src/slack/limits.js';
import { escapeMrkdwn, formSpec, isResult, needsModal, renderMessage, renderModal } from '../../src/slack/render.js';
import { renderHome, type OpenFlow } from '../../src/slack/home.js';
import { collectValues, parseButtonValue } from '../../src/slack/values.js';
import { buttonLabels, stateValues, visibleText } from '../support/fakeSlack.js';

type Obj = Record<string, unknown>;
/** Blocks as Slack receives them (JSON), for the helpers that read any block's fields. */
const wire = (blocks: readonly object[] = []): Obj[] => JSON.parse(JSON.stringify(blocks)) as Obj[];
const render1 = (m: Message, opts = {}) => {
  const pages = renderMessage(m, opts);
  for (const p of pages) assertBlockKitLimits(p);
  return pages;
};
const choice = (id: string, n: number, multi: boolean, value?: string | string[]): InputField => ({
  kind: 'choice',
  id,
  label: `Pick from ${id}`,
  multi,
  options: Array.from({ length: n }, (_, i) => ({ value: `${id}-${i}`, label: `Option ${i} of ${id}` })),
  ...(value !== undefined ? { value } : {}),
});

describe('renderMessage', () => {
  it('renders title, heading, text, list, facts, progress, divider, links and sources', () => {
    const [page] = render1({
      title: 'Referral: what to do now',
      blocks: [
        { type: 'heading', text: 'Contacts' },
        { type: 'text', text: 'Call 999 now', tone: 'warning' },
        { type: 'list', items: ['first', 'second'], ordered: true },
        { type: 'facts', facts: [{ label: 'ICTG 24/7', value: '0800 043 4303' }] },
        { type: 'progress', done: 3, total: 7, label: 'Golden hour' },
        { type: 'divider' },
        { type: 'text', text: 'small print', tone: 'subtle' },
      ],
      links: [{ label: 'PG47 online', url: 'https://example.org/pg47' }],
      sources: ['PG47 §13.2', 'PG47 §14'],
    });
    const types = page!.blocks.map((b) => b.type);
    expect(types).toEqual(['header', 'header', 'section', 'section', 'section', 'context', 'divider', 'context', 'actions', 'context']);
    const text = visibleText(wire(page!.blocks));
    expect(text).toContain(':warning: Call 999 now');
    expect(text).toContain('1. first\n2. second');
    expect(text).toContain('*ICTG 24/7*\n0800 043 4303');
    expect(text).toContain('3 of 7 done');
    expect(text).toContain('Source: PG47 §13.2, PG47 §14');
    const link = (wire(page!.blocks)[8] as { elements: Obj[] }).elements[0]!;
    expect(link).toMatchObject({ type: 'button', url: 'https://example.org/pg47' });
    expect(page!.text).toBe('Referral: what to do now');
  });

  it('escapes &, < and > so typed text can never become a mention or a link', () => {
    const [page] = render1({ blocks: [{ type: 'text', text: 'a <!channel> & <@U123> > b' }] });
    expect(visibleText(wire(page!.blocks))).toBe('a &lt;!channel&gt; &amp; &lt;@U123&gt; &gt; b');
    expect(escapeMrkdwn('<&>')).toBe('&lt;&amp;&gt;');
  });

  it('splits text over 3000 chars into several sections without losing any', () => {
    const para = 'The ICTG worker is invited to every meeting. '.repeat(200); // ~9000 chars
    const [page] = render1({ blocks: [{ type: 'text', text: para.trim() }] });
    const texts = page!.blocks.map((b) => (b as { text: { text: string } }).text.text);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(3000);
    expect(texts.join(' ').replace(/\s+/g, ' ')).toBe(para.trim().replace(/\s+/g, ' '));
  });

  it('puts at most 10 facts in a section and truncates headers to 150 chars', () => {
    const facts = Array.from({ length: 23 }, (_, i) => ({ label: `L${i}`, value: 'x'.repeat(2500) }));
    const [page] = render1({ title: 'T'.repeat(200), blocks: [{ type: 'facts', facts }] });
    const sections = page!.blocks.filter((b) => b.type === 'section') as Array<{ fields: Array<{ text: string }> }>;
    expect(sections.map((s) => s.fields.length)).toEqual([10, 10, 3]);
    expect((page!.blocks[0] as { text: { text: string } }).text.text.length).toBe(150);
  });

  it('splits a large multi-select into checkbox elements of at most 10, and reads ticks back by input id', () => {
    const input = choice('signs', 23, true, ['signs-0', 'signs-22']);
    const [page] = render1({
      blocks: [{ type: 'input', input }],
      buttons: [{ label: 'Submit', action: { t: 'indicators', a: 'submit', s: 4 } }],
    });
    const block = page!.blocks.find((b) => b.block_id === 'signs') as {
      type: string;
      elements: Array<{ type: string; options: unknown[]; initial_options?: unknown[] }>;
    };
    expect(block.type).toBe('actions');
    expect(block.elements.map((e) => e.options.length)).toEqual([10, 10, 3]);
    expect(block.elements.every((e) => e.type === 'checkboxes')).toBe(true);
    expect(block.elements[0]!.initial_options).toHaveLength(1);
    const values = collectValues(stateValues(wire(page!.blocks), { signs: ['signs-3', 'signs-15', 'signs-21'] }));
    expect(values).toEqual({ signs: ['signs-3', 'signs-15', 'signs-21'] });
  });

  it('renders a single choice as radio buttons up to 10 options, as a static_select above', () => {
    const [small] = render1({ blocks: [{ type: 'input', input: choice('way', 4, false, 'way-2') }] });
    const [large] = render1({ blocks: [{ type: 'input', input: choice('borough', 33, false) }] });
    const el = (p: typeof small, id: string) => (wire(p!.blocks).find((b) => b.block_id === id) as { elements: Obj[] }).elements[0]!;
    expect(el(small, 'way')).toMatchObject({ type: 'radio_buttons', initial_option: { value: 'way-2' } });
    expect(el(large, 'borough').type).toBe('static_select');
    expect(collectValues(stateValues(wire(large!.blocks), { borough: 'borough-32' }))).toEqual({ borough: 'borough-32' });
  });

  it('renders buttons in actions blocks of at most 25, labels within 75 chars, values that parse back', () => {
    const buttons = Array.from({ length: 30 }, (_, i) => ({
      label: `Choice ${i} `.repeat(10),
      action: { t: 'refer', a: 'answer', v: `q:${i}`, s: 7 },
    }));
    const [page] = render1({ blocks: [{ type: 'text', text: 'Pick' }], buttons });
    const actions = page!.blocks.filter((b) => b.type === 'actions') as Array<{
      elements: Array<{ value: string; text: { text: string }; action_id: string }>;
    }>;
    expect(actions.map((a) => a.elements.length)).toEqual([25, 5]);
    const all = actions.flatMap((a) => a.elements);
    expect(all.every((e) => e.text.text.length <= 75)).toBe(true);
    expect(parseButtonValue(all[29]!.value)).toEqual({ action: { t: 'refer', a: 'answer', v: 'q:29', s: 7 } });
    expect(parseButtonValue('{"not":"ours"}')).toBeUndefined();
  });

  it('shows a related question longer than a button allows whole, in a section with its Ask button', () => {
    const q = 'What should I do if the child says they do not want to be referred and asks me not to tell anyone at all?';
    expect(q.length).toBeGreaterThan(75);
    const [page] = render1({
      blocks: [{ type: 'text', text: 'Related questions:' }],
      buttons: [
        { label: q, action: { t: 'ask', a: 'q', v: 'consent' } },
        { label: 'Back', action: { t: 'ask', a: 'back' } },
      ],
    });
    const section = page!.blocks.find((b) => b.type === 'section' && (b.accessory as Obj | undefined)?.type === 'button') as {
      text: { text: string };
      accessory: { text: { text: string }; value: string; action_id: string };
    };
    expect(section.text.text).toBe(q); // not cut
    expect(section.accessory.text.text).toBe('Ask');
    expect(parseButtonValue(section.accessory.value)).toEqual({ action: { t: 'ask', a: 'q', v: 'consent' } });
    expect(section.accessory.action_id).toMatch(/^sg-\d+$/);
    expect(buttonLabels(wire(page!.blocks))).toEqual(['Ask', 'Back']);
  });

  it('pages a message of more than 50 blocks, buttons on the last page', () => {
    const blocks = Array.from({ length: 80 }, (_, i) => ({ type: 'heading' as const, text: `Heading ${i}` }));
    const pages = render1({ blocks, buttons: [{ label: 'Back', action: { t: 'x', a: 'back' } }] });
    expect(pages.length).toBe(2);
    expect(pages.every((p) => p.blocks.length <= 50)).toBe(true);
    expect(buttonLabels(wire(pages[1]!.blocks))).toEqual(['Back']);
    expect(buttonLabels(wire(pages[0]!.blocks))).toEqual([]);
  });

  it('keeps date/time pickers inline in team messages (any button submits them), modal only for personal forms', () => {
    const team: Message = {
      blocks: [{ type: 'input', input: { kind: 'date', id: 'date', label: 'Reschedule to', value: '2026-10-25' } }],
      buttons: [
        { label: 'Done', action: { t: 'case', a: 'dl-done' } },
        { label: 'Reschedule', action: { t: 'case', a: 'dl-reschedule' } },
      ],
    };
    expect(needsModal(team)).toBe(false);
    expect(needsModal({ ...team, personal: true })).toBe(true);
    const [page] = render1(team);
    const picker = page!.blocks.find((b) => b.block_id === 'date') as { type: string; elements: Obj[] };
    expect(picker).toMatchObject({ type: 'actions', elements: [{ type: 'datepicker', initial_date: '2026-10-25' }] });
    expect(collectValues(stateValues(wire(page!.blocks), { date: '2026-10-26' }))).toEqual({ date: '2026-10-26' });
  });

  it('sends date/time forms to a modal: its buttons open it, titles and metadata within limits', () => {
    const m: Message = {
      title: 'Record an event on case SG-2026-000123',
      blocks: [
        { type: 'input', input: choice('type', 12, false) },
        { type: 'input', input: { kind: 'date', id: 'date', label: 'Date', value: '2026-03-29', required: true } },
        { type: 'input', input: { kind: 'time', id: 'time', label: 'Time (London)', value: '01:30', required: true } },
        { type: 'input', input: { kind: 'text', id: 'note', label: 'Note', maxLength: 200 } },
      ],
      buttons: [
        { label: 'Record', action: { t: 'case', a: 'record-event', v: 'f1' }, style: 'primary' },
        { label: 'Cancel', action: { t: 'case', a: 'card' } },
      ],
    };
    const [page] = render1(m, { formKey: 'k123' });
    expect(page!.blocks.some((b) => b.type === 'input' || b.block_id === 'type')).toBe(false);
    const els = (page!.blocks.find((b) => b.type === 'actions') as { elements: Array<{ action_id: string; value: string }> }).elements;
    expect(els.map((e) => e.action_id)).toEqual(['sg-form-0', 'sg-form-1']);
    expect(parseButtonValue(els[0]!.value)).toEqual({ action: { t: 'case', a: 'record-event', v: 'f1' }, form: 'k123' });
    const view = renderModal(formSpec(m, 'Record'), JSON.stringify({ c: 'C1', p: { t: 'case', a: 'record-event' } }));
    assertBlockKitLimits(view);
    expect((view.title as { text: string }).text.length).toBeLessThanOrEqual(24);
    const types = (view.blocks as Array<{ element: { type: string } }>).map((b) => b.element.type);
    expect(types).toEqual(['static_select', 'datepicker', 'timepicker', 'plain_text_input']);
    const values = collectValues(stateValues(wire(view.blocks), { type: 'type-3', date: '2026-10-25', time: '01:30', note: 'ok' }));
    expect(values).toEqual({ type: 'type-3', date: '2026-10-25', time: '01:30', note: 'ok' });
  });

  it('offers sharing only on results, and a shared copy has no buttons but a "shared by" line', () => {
    const result: Message = {
      title: 'Referral: what to do now',
      blocks: [{ type: 'text', text: 'Do this' }],
      buttons: [{ label: 'Back', action: { t: 'refer', a: 'back' } }],
      sources: ['PG47 §14'],
    };
    const question: Message = {
      title: 'Referral',
      blocks: [{ type: 'heading', text: 'Q?' }],
      buttons: [{ label: 'Yes', action: { t: 'refer', a: 'answer', v: 'q:yes' } }],
      sources: ['PG47 §14'],
    };
    expect(isResult(result)).toBe(true);
    expect(isResult(question)).toBe(false);
    expect(buttonLabels(wire(render1(result, { shareKey: 'abc' })[0]!.blocks))).toEqual(['Back', 'Share in channel']);
    const copy = render1(result, { sharedBy: 'U1' })[0]!;
    expect(buttonLabels(wire(copy.blocks))).toEqual([]);
    expect(visibleText(wire(copy.blocks))).toContain('Shared by <@U1>');
  });
});

describe('assertBlockKitLimits', () => {
  const button = (text: string, value = '{}') => ({
    type: 'button',
    action_id: text.slice(0, 10),
    text: { type: 'plain_text', text },
    value,
  });
  it('reports each broken limit', () => {
    expect(blockKitProblems({ blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) })[0]).toMatch(/51 blocks/);
    expect(blockKitProblems({ blocks: [{ type: 'actions', elements: [button('x'.repeat(76))] }] })[0]).toMatch(/max 75/);
    expect(blockKitProblems({ blocks: [{ type: 'actions', elements: [button('ok', 'v'.repeat(2001))] }] })[0]).toMatch(/max 2000/);
    expect(blockKitProblems({ blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'y'.repeat(3001) } }] })[0]).toMatch(/max 3000/);
    const cb = {
      type: 'checkboxes',
      action_id: 'c',
      options: Array.from({ length: 11 }, (_, i) => ({ text: { type: 'plain_text', text: `o${i}` }, value: `o${i}` })),
    };
    expect(blockKitProblems({ blocks: [{ type: 'actions', elements: [cb] }] })[0]).toMatch(/11 options/);
    expect(blockKitProblems({ type: 'modal', title: { type: 'plain_text', text: 'A title that is too long!' }, blocks: [] })[0]).toMatch(
      /modal title/,
    );
    expect(
      blockKitProblems({ type: 'modal', title: { type: 'plain_text', text: 'ok' }, private_metadata: 'm'.repeat(3001), blocks: [] })[0],
    ).toMatch(/private_metadata/);
    expect(() => assertBlockKitLimits({ blocks: [{ type: 'actions', elements: [button('same'), button('same')] }] })).toThrow(
      /duplicate action_id/,
    );
  });
});

describe('every flow renders within Block Kit limits', () => {
  const config = loadConfig({ NODE_ENV: 'test', PLAYGROUND: 'off' });
  const engine = new Engine(
    { store: new MemoryStore(), clock: new ManualClock(new Date('2026-03-29T00:30:00Z')), log: silentLogger, deps: buildFlowDeps(config) },
    allFlows,
  );
  const fill = (m: Message): Record<string, string | string[]> => {
    const v: Record<string, string | string[]> = {};
    for (const b of m.blocks) {
      if (b.type !== 'input') continue;
      const i = b.input;
      if (i.kind === 'choice') v[i.id] = i.multi ? i.options.map((o) => o.value) : i.options[0]!.value;
      else v[i.id] = i.kind === 'date' ? '2026-03-29' : i.kind === 'time' ? '01:30' : 'a note';
    }
    return v;
  };
  const check = (replies: Message[]) => {
    for (const m of replies) {
      for (const opts of [{}, { formKey: 'k' }, { shareKey: 's' }, { sharedBy: 'U1' }]) render1(m, opts);
      // A form must fit one Slack message: its buttons submit only that message's state.values.
      if (m.blocks.some((b) => b.type === 'input')) expect(renderMessage(m)).toHaveLength(1);
    }
  };
  const starts = [
    ...allFlows.flatMap((f) => (f.commands[0] ? [f.commands[0]] : [])),
    ...checklists.map((c) => `checklist ${c.id}`),
    'contacts hackney',
    'help',
  ];

  it.each(starts)('walks "%s" pressing the first option with every box ticked', async (cmd) => {
    const turn = { platform: 'slack' as const, conversationId: 'DWALK', userId: 'UWALK', shared: false };
    let res = await engine.handle({ ...turn, input: { kind: 'text', text: cmd } });
    check(res.replies);
    expect(res.replies.length).toBeGreaterThan(0);
    for (let step = 0; step < 12; step++) {
      const last = res.replies[res.replies.length - 1]!;
      const next = (last.buttons ?? []).find((b) => !['back', 'restart', 'start'].includes(b.action.a));
      if (!next) break;
      res = await engine.handle({ ...turn, input: { kind: 'action', action: next.action, values: fill(last) } });
      check(res.replies);
    }
  });

  it('the App Home fits in 100 blocks with many open walks', () => {
    const open: OpenFlow[] = Array.from({ length: 40 }, (_, i) => ({
      key: `slack:C${i}:U1`,
      channel: `C${i}`,
      inDm: false,
      flowId: 'refer',
      title: 'Make a referral',
      updatedAt: '2026-03-29T01:30:00Z',
    }));
    const view = renderHome(allFlows, open);
    assertBlockKitLimits(view);
    expect(buttonLabels(wire(view.blocks))).toEqual(expect.arrayContaining(['Make a referral', 'Continue']));
  });
});
