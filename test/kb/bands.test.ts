// Issue 11 through the real Engine: exact intent first, stories answered with the PG47 §10.1
// indicators they show, and the checklist opened from the story answer with them ticked.
import { shippedContactsDirectory } from '../../src/content/contacts.js';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/conversation/engine.js';
import type { ActionPayload, Message, Turn } from '../../src/conversation/model.js';
import { MemoryStore } from '../../src/store/memory.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { askFlow } from '../../dialogs/ask.js';
import { indicatorsFlow } from '../../dialogs/indicators.js';
import { findIndicator } from '../../src/procedure/indicators.js';
import { createKnowledgeBase, indicatorsIn, kbEntries } from './shipped.js';

const kb = createKnowledgeBase();
const label = (id: string) => findIndicator(id)!.indicator.label;
const entry = (id: string) => kbEntries.find((e) => e.id === id)!;

const textOf = (ms: Message[]) =>
  ms
    .flatMap((m) => [
      m.title ?? '',
      ...m.blocks.flatMap((b) => (b.type === 'text' || b.type === 'heading' ? [b.text] : b.type === 'list' ? b.items : [])),
    ])
    .join('\n');

function chat() {
  const engine = new Engine(
    {
      store: new MemoryStore(),
      clock: new ManualClock(new Date('2026-03-02T10:00:00Z')),
      log: silentLogger,
      deps: { kb, contacts: shippedContactsDirectory() },
    },
    [askFlow, indicatorsFlow],
  );
  const turn = (input: Turn['input']): Turn => ({ platform: 'cli', conversationId: 'c1', userId: 'u1', shared: false, input });
  let last: Message[] = [];
  return {
    async say(text: string) {
      return (last = (await engine.handle(turn({ kind: 'text', text }))).replies);
    },
    async click(action: ActionPayload, values?: Record<string, string | string[]>) {
      return (last = (await engine.handle(turn({ kind: 'action', action, ...(values ? { values } : {}) }))).replies);
    },
    last: () => last,
  };
}

const SCHOOL_STORY =
  'I am the safeguarding lead at a secondary school. One of our year 9 girls has a new iPhone but never has lunch money, and an older "boyfriend" drives her to school. Is this trafficking?';

describe('exact intent first', () => {
  it('every entry is the answer to its own question, restated', () => {
    const wrong = kbEntries.filter((e) => {
      const r = kb.respond!(e.question);
      return r.kind !== 'answer' || r.entry.id !== e.id;
    });
    expect(wrong.map((e) => e.id)).toEqual([]);
  });

  it("the issue's restated question wins over a longer entry that shares its words", () => {
    const r = kb.respond!('What is private fostering');
    expect(r.kind === 'answer' && r.entry.id).toBe('private-fostering');
    expect(r.kind === 'answer' && r.exact).toBe(true);
  });

  it("the issue's other misses: who decides (the SCA, named), a community interpreter, the carer in the room", () => {
    const who = kb.respond!('Who decides whether a child is a victim');
    expect(who.kind === 'answer' && who.entry.id).toBe('sca');
    expect(who.kind === 'answer' && who.entry.answer).toMatch(/Single Competent Authority/);
    const interp = kb.respond!('A lady from his community at the mosque could translate, OK?');
    expect(interp.kind === 'answer' && interp.entry.id).toBe('interpreters');
    const room = kb.respond!('Should the carer be in the room when we speak to the child');
    expect(room.kind === 'answer' && room.entry.id).toBe('interview-how');
  });
});

describe('stories', () => {
  it('names the indicators a story shows, and only those', () => {
    expect(indicatorsIn(SCHOOL_STORY)).toEqual(['phone-no-money', 'driven-around']);
    expect(indicatorsIn('the man who brought her holds her passport and she has to pay back what she owes for the flight')).toEqual([
      'no-own-documents',
      'debt',
    ]);
    expect(indicatorsIn('what is the golden hour')).toEqual([]);
    expect(indicatorsIn('a girl at school has a phone and plenty of pocket money')).toEqual([]);
  });

  it("answers the school lead's story with its indicators named, one is enough, the first steps, and the checklist button", async () => {
    const c = chat();
    const [m] = await c.say(SCHOOL_STORY);
    const t = textOf([m!]);
    expect(t).toContain(label('phone-no-money'));
    expect(t).toContain(label('driven-around'));
    expect(t).not.toContain(label('no-school'));
    expect(t).toMatch(/One indicator is enough to talk to Children's Social Care/);
    expect(t).toContain(entry('what-to-do-first').answer);
    expect(m!.sources).toContain('PG47 §10.1');
    const open = m!.buttons!.find((b) => b.action.t === 'indicators')!;
    expect(open.label).toBe('Open the indicators checklist');
    expect(open.action).toEqual({ t: 'indicators', a: 'start', v: 'phone-no-money,driven-around' });
    expect(m!.buttons!.some((b) => b.action.t === 'refer')).toBe(true);
    // Privacy: nothing of the story is repeated.
    expect(t).not.toMatch(/iPhone|lunch money|year 9|secondary school/);

    const [list] = await c.click(open.action);
    const inputs = list!.blocks.flatMap((b) => (b.type === 'input' && b.input.kind === 'choice' ? [b.input] : []));
    const ticked = inputs.flatMap((i) => (Array.isArray(i.value) ? i.value : i.value ? [i.value] : []));
    expect(ticked.sort()).toEqual(['driven-around', 'phone-no-money']);
    expect(textOf([list!])).toMatch(/2 indicators are ticked from what you described/);

    // Submitting what the card holds (as a card client sends it) gives the result for those two.
    const values = Object.fromEntries(inputs.filter((i) => i.value).map((i) => [i.id, i.value as string[]]));
    const submit = list!.buttons!.find((b) => b.label === 'Submit')!;
    const [result] = await c.click(submit.action, values);
    expect(textOf([result!])).toMatch(/2 indicators/);
  });

  it('a story that plainly matches a situation gets that situation, with the signs it shows', () => {
    const r = kb.respond!(
      'we found a 15 year old working in a cannabis grow in a flat, police have arrested him, he says he was locked in',
    );
    expect(r.kind === 'answer' && r.entry.id).toBe('cannabis-farm');
    expect(r.kind === 'answer' && r.story?.signs).toEqual(['limited-freedom']);
  });

  it('situation stories told as practitioners tell them get their situation, not the generic first steps', () => {
    for (const [q, id] of [
      ["a 13 yo girl has been with her mum's friend since March, the friend never told the council, she does all the cleaning", 'private-fostering-concern'],
      ['a 15 yo picked up in a cannabis grow is being held in police custody overnight, victim or suspect?', 'cannabis-farm'],
      ['a 16 yo told the hostel staff he is really 15 and was made to say he was 19 by the men who brought him', 'age-uncertain'],
      ['a boy in our care for 8 months has just told his key worker he was sold to a man abroad, nobody ever considered trafficking', 'later-suspicion'],
    ] as const) {
      const r = kb.respond!(q);
      expect(r.kind === 'answer' && r.entry.id, q).toBe(id);
      expect(r.kind === 'answer' && r.story, q).toBeDefined();
    }
  });

  it('working for a relative is not on its own living apart from the parents', () => {
    expect(indicatorsIn('a 15 yo works for his cousin in the shop after school')).not.toContain('not-with-parents');
    expect(indicatorsIn('she works for her uncle at weekends')).not.toContain('not-with-parents');
  });

  it('a general question about signs is not a story', () => {
    const r = kb.respond!('what are the signs that a child is being trafficked');
    expect(r.kind === 'answer' && r.entry.id).toBe('risk-indicators');
    expect(r.kind === 'answer' && r.story).toBeUndefined();
  });

  it('the checklist ignores preset ids that are not indicators', async () => {
    const c = chat();
    const [list] = await c.click({ t: 'indicators', a: 'start', v: 'begs,not-a-sign,<script>' });
    const ticked = list!.blocks.flatMap((b) =>
      b.type === 'input' && b.input.kind === 'choice' && Array.isArray(b.input.value) ? b.input.value : [],
    );
    expect(ticked).toEqual(['begs']);
  });
});
