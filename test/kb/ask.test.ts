// The ask flow, driven through the real Engine with an in-memory store and a manual clock.
import { describe, expect, it } from 'vitest';
import { Engine, CONVERSATIONS } from '../../src/conversation/engine.js';
import type { ActionPayload, Message, Turn } from '../../src/conversation/model.js';
import { text } from '../../src/conversation/model.js';
import type { Flow } from '../../src/conversation/flow.js';
import { MemoryStore } from '../../src/store/memory.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { askFlow } from '../../dialogs/ask.js';
import type { KnowledgeBase } from '../../src/procedure/kb/index.js';
import { createKnowledgeBase, kbEntries } from './shipped.js';
import { shippedContactsDirectory } from '../../src/content/contacts.js';

// The ask flow offers a named London authority's contacts (dialogs/ask.ts): the directory is a dependency.
const contacts = shippedContactsDirectory();

const textOf = (ms: Message[]) =>
  ms
    .flatMap((m) => [
      m.title ?? '',
      ...m.blocks.flatMap((b) => (b.type === 'text' || b.type === 'heading' ? [b.text] : b.type === 'list' ? b.items : [])),
      ...(m.buttons ?? []).map((b) => b.label),
      ...(m.sources ?? []),
    ])
    .join('\n');

function chat(given: Record<string, unknown> = { kb: createKnowledgeBase() }) {
  const deps = { contacts, ...given };
  const store = new MemoryStore();
  const engine = new Engine({ store, clock: new ManualClock(new Date('2026-03-02T10:00:00Z')), log: silentLogger, deps }, [askFlow]);
  const turn = (input: Turn['input']): Turn => ({ platform: 'cli', conversationId: 'c1', userId: 'u1', shared: false, input });
  let last: Message[] = [];
  return {
    store,
    async say(text: string) {
      last = (await engine.handle(turn({ kind: 'text', text }))).replies;
      return last;
    },
    async click(action: ActionPayload) {
      last = (await engine.handle(turn({ kind: 'action', action }))).replies;
      return last;
    },
    buttons: () => last.flatMap((m) => m.buttons ?? []),
  };
}

describe('ask flow', () => {
  it('answers a question with its section cited and related questions as buttons', async () => {
    const c = chat();
    const [m] = await c.say('ask do I need consent for the NRM?');
    expect(m!.title).toBe(kbEntries.find((e) => e.id === 'nrm-consent')!.question);
    expect(textOf([m!])).toMatch(/Consent is not needed for a child/);
    expect(m!.sources).toContain('PG47 §13.2');
    expect(textOf([m!])).toContain('If a child is in immediate danger, call 999.');
    const related = (m!.buttons ?? []).filter((b) => b.action.a === 'q');
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(3);
    for (const b of related) {
      expect(b.action.t).toBe('ask');
      expect(b.action.s).toBeTypeOf('number');
      expect(b.label.length).toBeLessThanOrEqual(75);
    }
  });

  it('shows a related entry when its button is clicked, and Back returns to the answer', async () => {
    const c = chat();
    await c.say('ask what is the ICTG number?');
    const b = c.buttons().find((x) => x.action.a === 'q')!;
    const [m] = await c.click(b.action);
    const shown = kbEntries.find((e) => e.id === b.action.v)!;
    expect(m!.title).toBe(shown.question);
    expect(textOf([m!])).toContain(shown.answer);
    expect(m!.sources).toEqual(shown.sources);
    const back = c.buttons().find((x) => x.label === 'Back')!;
    const [again] = await c.click(back.action);
    expect(textOf([again!])).toContain('0800 043 4303');
  });

  it("shows the entry of an older card's question button, leaving the conversation where it is", async () => {
    const c = chat();
    await c.say('ask what is the golden hour');
    const old = c.buttons().filter((x) => x.action.a === 'q');
    await c.click(old[0]!.action); // moves on: the first card is now stale
    const [m] = await c.click(old[1]!.action);
    expect(m!.title).toBe(kbEntries.find((e) => e.id === old[1]!.action.v)!.question);
    const back = c.buttons().find((x) => x.label === 'Back');
    expect(back).toBeUndefined(); // a peek, not a step: nothing to go back to from here
    await c.say('cancel');
    const [n] = await c.click(old[2]!.action); // no flow at all now
    expect(n!.title).toBe(kbEntries.find((e) => e.id === old[2]!.action.v)!.question);
  });

  it('answers, and follows related questions, in the middle of another flow without losing its place', async () => {
    const steps: Flow<{ n: number }> = {
      id: 'steps',
      version: 1,
      title: 'Steps',
      commands: ['steps'],
      summary: 'a test flow',
      start: () => ({ n: 0 }),
      render: (st) => [{ blocks: [text(`step ${st.n}`)], buttons: [{ label: 'Next', action: { t: 'steps', a: 'next' } }] }],
      next: (st, input) => (input.kind === 'action' && input.action.a === 'next' ? { n: st.n + 1 } : { error: 'pick Next' }),
    };
    const store = new MemoryStore();
    const deps = { kb: createKnowledgeBase(), contacts };
    const engine = new Engine({ store, clock: new ManualClock(new Date('2026-03-02T10:00:00Z')), log: silentLogger, deps }, [
      steps as Flow,
      askFlow as Flow,
    ]);
    const turn = (input: Turn['input']): Turn => ({ platform: 'cli', conversationId: 'c2', userId: 'u1', shared: false, input });
    const first = await engine.handle(turn({ kind: 'text', text: 'steps' }));
    const nextButton = first.replies[0]!.buttons!.find((b) => b.label === 'Next')!;
    const asked = await engine.handle(turn({ kind: 'text', text: 'what is the ICTG phone number' }));
    expect(textOf(asked.replies)).toContain('0800 043 4303');
    expect(textOf(asked.replies)).toContain('To go back to "Steps"');
    const related = asked.replies.flatMap((m) => m.buttons ?? []).find((b) => b.action.t === 'ask')!;
    const peek = await engine.handle(turn({ kind: 'action', action: related.action }));
    expect(peek.replies[0]!.title).toBe(kbEntries.find((e) => e.id === related.action.v)!.question);
    expect(textOf(peek.replies)).toContain('To go back to "Steps"');
    const moved = await engine.handle(turn({ kind: 'action', action: nextButton.action }));
    expect(textOf(moved.replies)).toContain('step 1'); // the flow's own button still works: its place was kept
  });

  it('answers free text typed outside any command', async () => {
    const c = chat();
    const [m] = await c.say('trafficking vs smuggling?');
    expect(m!.title).toMatch(/trafficking and smuggling/);
    const [n] = await c.say('what is a strat meeting supposed to cover');
    expect(n!.sources).toContain('PG47 §14');
  });

  it("says it doesn't know, and who to ask, without echoing the question", async () => {
    const c = chat();
    const [m] = await c.say('ask best pizza in Camden');
    const t = textOf([m!]);
    expect(m!.title).toBe("I don't know that one");
    expect(t).toMatch(/safeguarding lead/);
    expect(t).toMatch(/Children's Social Care/);
    expect(t).toContain('0800 043 4303');
    expect(t).toContain('999');
    expect(t).toMatch(/type help/);
    expect(t.toLowerCase()).not.toContain('pizza');
    expect(t).not.toContain('Camden');
  });

  it('offers "Did you mean" with 2-3 entries as buttons when unsure, and clicking one answers it', async () => {
    const kb = createKnowledgeBase();
    const q = 'contacting the child by phone';
    const r = kb.respond!(q);
    expect(r.kind).toBe('didYouMean');
    const options = r.kind === 'didYouMean' ? r.options : [];
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options.length).toBeLessThanOrEqual(3);
    expect(kb.answer(q)).toBeUndefined();
    const c = chat({ kb });
    const [m] = await c.say(`ask ${q}`);
    expect(m!.title).toBe('Did you mean…');
    const offered = c.buttons().filter((b) => b.action.a === 'q');
    expect(offered.map((b) => b.action.v)).toEqual(options.map((e) => e.id));
    expect(offered.map((b) => b.label)).toEqual(options.map((e) => e.question));
    expect(offered.map((b) => b.label).join(' ')).toMatch(/contact/i);
    expect(textOf([m!])).toContain('0800 043 4303');
    // The question is not repeated back as if it were an answer.
    expect(textOf([m!]).toLowerCase()).not.toContain('by phone');
    const [n] = await c.click(offered[0]!.action);
    expect(n!.title).toBe(options[0]!.question);
    expect(textOf([n!])).toContain(options[0]!.answer);
  });

  it('answers an everyday question with "I don\'t know" and who to ask, never an entry or a guess', async () => {
    const kb = createKnowledgeBase();
    for (const q of [
      "What's the weather going to be like tomorrow in London",
      'Best train from Croydon to Brighton',
      'how do I get a blue badge',
    ]) {
      expect(kb.respond!(q)).toEqual({ kind: 'unknown', offTopic: true });
      expect(kb.suggest!(q)).toEqual([]);
    }
    const d = chat({ kb });
    const [m] = await d.say('ask Best train from Croydon to Brighton');
    expect(m!.title).toBe("I don't know that one");
    expect(textOf([m!])).toMatch(/only answer questions about safeguarding trafficked/);
    expect(textOf([m!])).toContain('0800 043 4303');
    expect(textOf([m!])).toMatch(/Children's Social Care/);
    expect(textOf([m!])).not.toMatch(/Croydon|Brighton/);
    expect(d.buttons().map((b) => b.action.v)).toEqual(['what-to-do-first', 'nrm-consent', 'ictg-number']);
  });

  it('never repeats or stores personal details from the question', async () => {
    const c = chat();
    const q =
      'ask Amara Okafor at 12 Acacia Road has a phone but no money and an older boyfriend drives her around, what are the signs of trafficking';
    const replies = await c.say(q);
    const t = textOf(replies);
    // The signs entry is the answer, or the first "Did you mean" button.
    expect(t).toContain(kbEntries.find((e) => e.id === 'risk-indicators')!.question);
    for (const pii of ['Amara', 'Okafor', 'Acacia']) expect(t).not.toContain(pii);
    const stored = JSON.stringify(await c.store.list(CONVERSATIONS));
    for (const pii of ['Amara', 'Okafor', 'Acacia']) expect(stored).not.toContain(pii);
  });

  it('prompts when asked with no question, then answers the typed one', async () => {
    const c = chat();
    const [m] = await c.say('ask');
    expect(m!.title).toBe('Ask a question');
    expect(c.buttons().length).toBe(3);
    const [n] = await c.say('whats the number for the ictg');
    expect(textOf([n!])).toContain('0800 043 4303');
  });

  it('refuses a button for an entry that does not exist, changing nothing', async () => {
    const c = chat();
    await c.say('ask what is the golden hour');
    const b = c.buttons().find((x) => x.action.a === 'q')!;
    const replies = await c.click({ ...b.action, v: 'no-such-entry' });
    expect(textOf(replies)).toMatch(/no longer in the knowledge base/);
    expect(replies[0]!.title).toBe(kbEntries.find((e) => e.id === 'golden-hour')!.question);
  });

  it('uses the knowledge base it is given; with none wired it builds none (no fallback): the turn is reset, said plainly', async () => {
    const entry = {
      ...kbEntries[0]!,
      id: 'only',
      question: 'The only question here?',
      answer: 'The only answer here, from the injected base.',
      see: [],
    };
    const fake: KnowledgeBase = {
      entries: [entry],
      answer: () => ({ entry, score: 1, related: [] }),
      get: (id) => (id === 'only' ? entry : undefined),
      related: () => [],
    };
    const [m] = await chat({ kb: fake }).say('ask anything at all');
    expect(textOf([m!])).toContain('from the injected base');
    const [n] = await chat({}).say('ask what is the ICTG number');
    expect(textOf([n!])).toContain('could not be continued');
    expect(textOf([n!])).not.toContain('0800 043 4303');
  });
});
