import { describe, expect, it } from 'vitest';
import { Engine, stateKey, CONVERSATIONS, CUT_NOTE, TEXT_LIMIT, cutText, type ConversationState } from '../../src/conversation/engine.js';
import type { CommandHandler, Flow } from '../../src/conversation/flow.js';
import type { Message, Turn, ActionPayload } from '../../src/conversation/model.js';
import { MemoryStore } from '../../src/store/memory.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';

// A two-question toy flow, enough to exercise the engine's routing rules.
interface Toy {
  step: 'colour' | 'size' | 'done';
  colour?: string;
  size?: string;
}
const toy: Flow<Toy> = {
  id: 'toy',
  version: 1,
  title: 'Toy',
  commands: ['toy', 'toy flow'],
  summary: 'a toy',
  start: (_ctx, arg) => (arg ? { step: 'size', colour: arg } : { step: 'colour' }),
  render: (s) => {
    if (s.step === 'colour')
      return [
        {
          blocks: [{ type: 'text', text: 'Which colour?' }],
          buttons: ['red', 'blue'].map((c) => ({ label: c, action: { t: 'toy', a: 'colour', v: c } })),
        },
      ];
    if (s.step === 'size')
      return [
        {
          blocks: [{ type: 'text', text: `Colour ${s.colour}. Which size?` }],
          buttons: ['small', 'large'].map((c) => ({ label: c, action: { t: 'toy', a: 'size', v: c } })),
        },
      ];
    return [{ blocks: [{ type: 'text', text: `Result: ${s.size} ${s.colour}` }] }];
  },
  next: (s, input) => {
    if (input.kind !== 'action') return { error: 'Please pick an option.' };
    if (input.action.a === 'colour') return { step: 'size', colour: input.action.v };
    if (input.action.a === 'size') return { ...s, step: 'done', size: input.action.v };
    return { error: 'Unknown option.' };
  },
};
const ask: Flow<{ q: string }> = {
  id: 'ask',
  version: 1,
  title: 'Ask',
  commands: ['ask'],
  summary: 'ask a question',
  start: (_ctx, arg) => ({ q: arg ?? '' }),
  // The toy question flow understands everything: the engine takes it as its question flow by default.
  understands: () => true,
  render: () => [{ blocks: [{ type: 'text', text: 'ANSWER' }] }],
  next: () => ({ error: 'no' }),
};

function setup() {
  const store = new MemoryStore();
  const clock = new ManualClock(new Date('2026-12-24T10:00:00Z'));
  const engine = new Engine({ store, clock, log: silentLogger, deps: {} }, [toy as Flow, ask as Flow]);
  const base = { platform: 'teams' as const, conversationId: 'c1', userId: 'u1', shared: false };
  const say = (text: string) => engine.handle({ ...base, input: { kind: 'text', text } });
  const click = (action: ActionPayload) => engine.handle({ ...base, input: { kind: 'action', action } });
  return { store, engine, say, click, base };
}
const textOf = (ms: Message[]) => ms.flatMap((m) => m.blocks.map((b) => ('text' in b ? b.text : ''))).join('\n');
const buttonsOf = (ms: Message[]) => ms.flatMap((m) => m.buttons ?? []);

describe('Engine', () => {
  it('is the one error boundary: a failing handler gives one apology (with 999), logged once without the text', async () => {
    const store = new MemoryStore();
    const logged: Array<Record<string, unknown>> = [];
    const log = { ...silentLogger, error: (obj: object) => void logged.push(obj as Record<string, unknown>) };
    const boom: CommandHandler = {
      namespace: 'boom',
      onText: async () => {
        throw new Error('store gone');
      },
    };
    const engine = new Engine({ store, clock: new ManualClock(new Date('2026-12-24T10:00:00Z')), log, deps: {} }, [toy as Flow], [boom]);
    const r = await engine.handle({
      platform: 'slack',
      conversationId: 'c',
      userId: 'u',
      shared: false,
      input: { kind: 'text', text: 'boom Jane Smith' },
    });
    expect(r.replies).toHaveLength(1);
    expect(textOf(r.replies)).toMatch(/Sorry, something went wrong on my side.*call 999/);
    expect(r.replies[0]!.personal).toBe(true);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.err).toBe('store gone');
    expect(JSON.stringify(logged)).not.toContain('Jane');
  });

  it('starts a flow from its command word and stamps buttons with the step', async () => {
    const { say } = setup();
    const r = await say('toy');
    expect(textOf(r.replies)).toContain('Which colour?');
    expect(buttonsOf(r.replies).map((b) => b.action.s)).toEqual([1, 1]);
  });

  it('advances on a click, then offers Back and Start again', async () => {
    const { say, click } = setup();
    const first = await say('toy');
    const red = buttonsOf(first.replies)[0]!;
    const r = await click(red.action);
    expect(r.replaceSource).toBe(true);
    expect(textOf(r.replies)).toContain('Colour red');
    expect(buttonsOf(r.replies).map((b) => b.label)).toEqual(['small', 'large', 'Back', 'Start again']);
  });

  it('applies a retried (stale) click once and shows the current step again', async () => {
    const { say, click, store, base } = setup();
    const red = buttonsOf((await say('toy')).replies)[0]!;
    await click(red.action);
    const again = await click(red.action);
    expect(textOf(again.replies)).toContain('Which size?');
    const st = await store.get<ConversationState>(CONVERSATIONS, stateKey(base));
    expect(st?.history).toHaveLength(1);
    expect(st?.seq).toBe(2);
  });

  it('goes back and restarts', async () => {
    const { say, click } = setup();
    const red = buttonsOf((await say('toy')).replies)[0]!;
    const second = await click(red.action);
    const back = buttonsOf(second.replies).find((b) => b.label === 'Back')!;
    expect(textOf((await click(back.action)).replies)).toContain('Which colour?');
    await say('1');
    expect(textOf((await say('restart')).replies)).toContain('Which colour?');
  });

  it('matches typed answers to the buttons on screen, by number or by label', async () => {
    const { say } = setup();
    await say('toy');
    expect(textOf((await say('2')).replies)).toContain('Colour blue');
    expect(textOf((await say('Large')).replies)).toContain('Result: large blue');
  });

  it('passes the rest of the command line to the flow, longest command first', async () => {
    const { say } = setup();
    expect(textOf((await say('toy flow')).replies)).toContain('Which colour?');
    expect(textOf((await say('/toy green')).replies)).toContain('Colour green');
  });

  it('treats other text as a question and keeps the flow in progress', async () => {
    const { say } = setup();
    await say('toy');
    const r = await say('what is the ICTG number?');
    expect(textOf(r.replies)).toContain('ANSWER');
    expect(textOf(r.replies)).toContain('To go back to "Toy"');
    expect(textOf((await say('red')).replies)).toContain('Colour red');
  });

  it('the question flow is an engine option: any flow id, its buttons work from another flow; without one, text gets help', async () => {
    const faq: Flow<{ q: string }> = { ...ask, id: 'faq', commands: ['faq'], understands: undefined };
    const store = new MemoryStore();
    const clock = new ManualClock(new Date('2026-12-24T10:00:00Z'));
    const base = { platform: 'teams' as const, conversationId: 'c9', userId: 'u9', shared: false };
    const withFaq = new Engine({ store, clock, log: silentLogger, deps: {} }, [toy as Flow, faq as Flow], [], undefined, {
      questionFlow: 'faq',
    });
    await withFaq.handle({ ...base, input: { kind: 'text', text: 'toy' } });
    const r = await withFaq.handle({ ...base, input: { kind: 'text', text: 'what is the ICTG number?' } });
    expect(textOf(r.replies)).toContain('ANSWER');
    expect(textOf(r.replies)).toContain('To go back to "Toy"');
    // No flow says it understands text and none is named: a question gets the help card, not a guess.
    const none = new Engine({ store: new MemoryStore(), clock, log: silentLogger, deps: {} }, [toy as Flow, faq as Flow]);
    const h = await none.handle({ ...base, input: { kind: 'text', text: 'what is the ICTG number?' } });
    expect(textOf(h.replies)).not.toContain('ANSWER');
    expect(h.replies[0]!.title).toBe(none.help().title);
    expect(() => new Engine({ store, clock, log: silentLogger, deps: {} }, [toy as Flow], [], undefined, { questionFlow: 'faq' })).toThrow(
      /faq/,
    );
  });

  it('restarts a flow whose stored version no longer fits, instead of crashing', async () => {
    const { say, store, base } = setup();
    await say('toy');
    await store.update<ConversationState>(CONVERSATIONS, stateKey(base), (s) => ({ ...s!, flowVersion: 0 }));
    const r = await say('red');
    expect(textOf(r.replies)).toContain('older version');
  });

  it('keeps state per user in shared channels', async () => {
    const { engine } = setup();
    const turn = (userId: string, text: string): Turn => ({
      platform: 'slack',
      conversationId: 'C1',
      userId,
      shared: true,
      input: { kind: 'text', text },
    });
    await engine.handle(turn('u1', 'toy'));
    await engine.handle(turn('u1', 'red'));
    await engine.handle(turn('u2', 'toy'));
    expect(textOf((await engine.handle(turn('u1', 'small'))).replies)).toContain('Result: small red');
    expect(textOf((await engine.handle(turn('u2', 'blue'))).replies)).toContain('Colour blue');
  });

  it('answers a click on a finished conversation plainly and changes nothing', async () => {
    const { click } = setup();
    const r = await click({ t: 'toy', a: 'colour', v: 'red', s: 7 });
    expect(textOf(r.replies)).toContain('finished or moved on');
  });

  it('shows help for help and for empty text', async () => {
    const { say } = setup();
    expect(textOf((await say('help')).replies)).toContain('999');
    expect(textOf((await say('   ')).replies)).toContain('999');
  });

  it('reads a control word followed by a sentence as a question, and a short one as the command', async () => {
    const { say } = setup();
    await say('toy');
    // inside a flow: the question is answered and the flow stays where it was
    const stopQ = await say('stop a child going missing from placement, how?');
    expect(textOf(stopQ.replies)).toContain('ANSWER');
    expect(textOf(stopQ.replies)).toContain('To go back to "Toy"');
    expect(textOf((await say('back home in albania, can she be sent back?')).replies)).toContain('ANSWER');
    expect(textOf((await say('red')).replies)).toContain('Colour red');
    // short control lines still act
    expect(textOf((await say('back')).replies)).toContain('Which colour?');
    expect(textOf((await say('stop now')).replies)).toContain('Left "Toy"');
    expect(textOf((await say('help - girl at risk tonight who do i call')).replies)).toContain('ANSWER');
    expect(textOf((await say('help me')).replies)).toContain('999');
    expect(textOf((await say('cancel the ictg referral?')).replies)).toContain('ANSWER');
  });
});

describe('Engine personal-data warning', () => {
  it('warns the person who typed something that looks like personal data, and still answers', async () => {
    const store = new MemoryStore();
    const clock = new ManualClock(new Date('2026-12-24T10:00:00Z'));
    const check = (t: string) => (/born on/i.test(t) ? 'This may contain a date of birth.' : undefined);
    const engine = new Engine({ store, clock, log: silentLogger, deps: {} }, [toy as Flow, ask as Flow], [], check);
    const base = { platform: 'slack' as const, conversationId: 'C1', userId: 'u1', shared: true };
    const r = await engine.handle({ ...base, input: { kind: 'text', text: 'she was born on 3 May' } });
    expect(r.replies[0]?.personal).toBe(true);
    expect(textOf(r.replies.slice(0, 1))).toContain('date of birth');
    expect(textOf(r.replies)).toContain('ANSWER');
    const plain = await engine.handle({ ...base, input: { kind: 'text', text: 'toy' } });
    expect(textOf(plain.replies)).not.toContain('date of birth');
  });
});

describe('Engine: a command word at the start of a question', () => {
  it('treats "<command> <sentence the flow does not understand>" as a question, and a known argument as the command', async () => {
    const store = new MemoryStore();
    const clock = new ManualClock(new Date('2026-12-24T10:00:00Z'));
    const picky: Flow<Toy> = { ...toy, acceptsArg: (arg) => ['red', 'blue'].includes(arg) };
    const engine = new Engine({ store, clock, log: silentLogger, deps: {} }, [picky as Flow, ask as Flow]);
    const say = (t: string) =>
      engine.handle({ platform: 'teams', conversationId: 'q', userId: 'u', shared: false, input: { kind: 'text', text: t } });
    expect(textOf((await say('toy number for the ictg')).replies)).toContain('ANSWER');
    expect(textOf((await say('toy what now?')).replies)).toContain('ANSWER');
    expect(textOf((await say('toy red')).replies)).toContain('Colour red');
    expect(textOf((await say('toy purple')).replies)).toContain('Colour purple');
  });
});

describe('Engine: what a step needs', () => {
  const asker = (knows: RegExp): Flow<{ q: string }> => ({ ...ask, understands: (t) => knows.test(t) });
  const setupWith = (knows: RegExp) => {
    const store = new MemoryStore();
    const clock = new ManualClock(new Date('2026-12-24T10:00:00Z'));
    const engine = new Engine({ store, clock, log: silentLogger, deps: {} }, [toy as Flow, asker(knows) as Flow]);
    const base = { platform: 'teams' as const, conversationId: 'w', userId: 'u', shared: false };
    return {
      say: (t: string) => engine.handle({ ...base, input: { kind: 'text', text: t } }),
      click: (a: ActionPayload) => engine.handle({ ...base, input: { kind: 'action', action: a } }),
    };
  };

  it('typed text that is no answer to the step and no known question gets the step again, with what it needs', async () => {
    const { say } = setupWith(/ictg/i);
    await say('toy');
    const r = await say('narnia');
    expect(r.replies).toHaveLength(1);
    expect(textOf(r.replies)).toContain('Please pick an option.');
    expect(textOf(r.replies)).toContain('Which colour?');
    expect(textOf(r.replies)).not.toContain('ANSWER');
    expect(textOf((await say('what is the ictg number')).replies)).toContain('ANSWER');
  });

  it('a click the flow refuses comes back as one card: the step with the warning at its top', async () => {
    const { say, click } = setupWith(/x/);
    const first = await say('toy');
    const s = first.replies[0]!.buttons![0]!.action.s;
    const r = await click({ t: 'toy', a: 'nonsense', s });
    expect(r.replaceSource).toBe(true);
    expect(r.replies).toHaveLength(1);
    expect(r.replies[0]!.blocks[0]).toMatchObject({ type: 'text', text: 'Unknown option.', tone: 'warning' });
    expect(textOf(r.replies)).toContain('Which colour?');
  });
});

describe('Engine: a stored state the flow cannot read', () => {
  it('resets the conversation with a plain message instead of failing the turn', async () => {
    const { say, store, base } = setup();
    await say('toy');
    // Same flow version, but a state shape the flow's render cannot handle.
    const broken: Flow<Toy> = {
      ...toy,
      render: () => {
        throw new Error('bad state');
      },
    };
    const engine = new Engine({ store, clock: new ManualClock(new Date('2026-12-24T10:00:00Z')), log: silentLogger, deps: {} }, [
      broken as Flow,
      ask as Flow,
    ]);
    const r = await engine.handle({ ...base, input: { kind: 'text', text: 'red' } });
    expect(textOf(r.replies)).toContain('has been reset');
    const st = await store.get<ConversationState>(CONVERSATIONS, stateKey(base));
    expect(st?.flow).toBeUndefined();
  });
});

describe('Engine: oversized text is cut once, before anything reads or keeps it', () => {
  const TAIL = 'TAIL-PAST-THE-LIMIT';
  const long = `${'y'.repeat(TEXT_LIMIT + 100)} ${TAIL}`;

  it('a flow that keeps its argument (the toy ask) stores only the first TEXT_LIMIT characters; the reply says so', async () => {
    const { say, store, base } = setup();
    const r = await say(long);
    expect(textOf(r.replies)).toContain('ANSWER');
    expect(textOf(r.replies)).toContain(CUT_NOTE);
    expect(r.replies[0]!.personal).toBe(true);
    const st = await store.get<ConversationState>(CONVERSATIONS, stateKey(base));
    expect((st?.state as { q: string }).q).toHaveLength(TEXT_LIMIT);
    expect(JSON.stringify(await store.list(CONVERSATIONS))).not.toContain(TAIL);
  });

  it('a command handler gets the cut text too, and the personal-data check still reads it whole', async () => {
    const seen: string[] = [];
    const handler: CommandHandler = {
      namespace: 'case',
      onText: async (_t, _w, rest) => {
        seen.push(rest);
        return { replies: [{ blocks: [{ type: 'text', text: 'HANDLED' }] }], replaceSource: false };
      },
    };
    const checked: string[] = [];
    const engine = new Engine(
      { store: new MemoryStore(), clock: new ManualClock(new Date('2026-12-24T10:00:00Z')), log: silentLogger, deps: {} },
      [toy as Flow, ask as Flow],
      [handler],
      (t) => (checked.push(t), t.includes(TAIL) ? 'WARNING' : undefined),
    );
    const r = await engine.handle({
      platform: 'teams',
      conversationId: 'h',
      userId: 'u',
      shared: true,
      input: { kind: 'text', text: `case ${long}` },
    });
    expect(seen).toHaveLength(1);
    expect(`case ${seen[0]!}`.length).toBeLessThanOrEqual(TEXT_LIMIT);
    expect(seen[0]).not.toContain(TAIL);
    // The warning first, then the note that the text was cut, then the answer.
    expect(r.replies.map((m) => textOf([m]))).toEqual(['WARNING', CUT_NOTE, 'HANDLED']);
    expect(checked[0]).toContain(TAIL);
  });

  it('card input values are cut as well; the note comes last so the first reply still replaces the card', async () => {
    const got: Array<Record<string, string | string[]>> = [];
    const handler: CommandHandler = {
      namespace: 'case',
      onAction: async (_t, _a, values) => {
        got.push(values);
        return { replies: [{ blocks: [{ type: 'text', text: 'DONE' }] }], replaceSource: true };
      },
    };
    const engine = new Engine(
      { store: new MemoryStore(), clock: new ManualClock(new Date('2026-12-24T10:00:00Z')), log: silentLogger, deps: {} },
      [toy as Flow, ask as Flow],
      [handler],
    );
    const turn = (values: Record<string, string | string[]>) =>
      engine.handle({
        platform: 'teams',
        conversationId: 'v',
        userId: 'u',
        shared: false,
        input: { kind: 'action', action: { t: 'case', a: 'x' }, values },
      });
    const r = await turn({ note: long, many: ['ok', long] });
    expect(got[0]!.note).toHaveLength(TEXT_LIMIT);
    expect((got[0]!.many as string[])[1]).toHaveLength(TEXT_LIMIT);
    expect(r.replaceSource).toBe(true);
    expect(r.replies.map((m) => textOf([m]))).toEqual(['DONE', CUT_NOTE]);
    expect((await turn({ note: 'short' })).replies.map((m) => textOf([m]))).toEqual(['DONE']);
  });

  it("says who each reply is for: a handler's replies and cards with its buttons are the conversation's, a flow's are left as written", async () => {
    const handler: CommandHandler = {
      namespace: 'case',
      onText: async (_t, word) =>
        word === 'case'
          ? {
              replies: [{ blocks: [{ type: 'text', text: 'CARD' }] }, { blocks: [{ type: 'text', text: 'JUST YOU' }], personal: true }],
              replaceSource: false,
            }
          : undefined,
    };
    const withCard: Flow<{ n: number }> = {
      ...(toy as unknown as Flow<{ n: number }>),
      id: 'card',
      commands: ['card'],
      start: () => ({ n: 0 }),
      render: () => [
        { blocks: [{ type: 'text', text: 'A CASE CARD' }], buttons: [{ label: 'Open', action: { t: 'case', a: 'open' } }] },
        { blocks: [{ type: 'text', text: 'MY WALK' }], buttons: [{ label: 'Next', action: { t: 'card', a: 'n' } }] },
      ],
    };
    const engine = new Engine(
      { store: new MemoryStore(), clock: new ManualClock(new Date('2026-12-24T10:00:00Z')), log: silentLogger, deps: {} },
      [toy as Flow, withCard as Flow, ask as Flow],
      [handler],
    );
    const say = (text: string) =>
      engine.handle({ platform: 'slack', conversationId: 'c', userId: 'u', shared: true, input: { kind: 'text', text } });
    const byHandler = await say('case list');
    expect(byHandler.handler).toBe('case');
    expect(byHandler.replies.map((m) => [textOf([m]), m.personal])).toEqual([
      ['CARD', false],
      ['JUST YOU', true],
    ]);
    const byFlow = await say('card');
    expect(byFlow.handler).toBeUndefined();
    expect(byFlow.replies.map((m) => [textOf([m]), m.personal])).toEqual([
      ['A CASE CARD', false],
      ['MY WALK', undefined],
    ]);
  });

  it('text within the limit is untouched and gets no note; an emoji at the limit is not split in two', async () => {
    const { say } = setup();
    expect(textOf((await say('y'.repeat(TEXT_LIMIT))).replies)).not.toContain(CUT_NOTE);
    const emoji = `${'y'.repeat(TEXT_LIMIT - 1)}😀 and more`;
    const cut = cutText(emoji);
    expect(cut).toHaveLength(TEXT_LIMIT - 1);
    expect(cut.endsWith('y')).toBe(true);
    expect(cutText('short')).toBe('short');
  });
});
