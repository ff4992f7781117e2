// A safeguarding lead's review of what the bot says: transcripts for each fix, and checks over every reachable text.
import { describe, expect, it } from 'vitest';
import { flatBlocks } from '../../src/conversation/model.js';
import type { CommandHandler, Flow, FlowContext } from '../../src/conversation/flow.js';
import { isFlowError } from '../../src/conversation/flow.js';
import type { Input, Message } from '../../src/conversation/model.js';
import { procedureFlows } from '../../dialogs/index.js';
import { flowDeps } from '../support/core.js';
import { buildReferralPlan, referralQuestions } from '../../src/procedure/referral.js';
import type { ReferralAnswers } from '../../src/procedure/referral.js';
import { checklists } from '../../src/procedure/checklists.js';
import { parseOrThrow, ChecklistSchema } from '../../src/procedure/types.js';
import { helpMessage, plainHelpLine } from '../../src/conversation/help.js';
import { caseHelp, notLinkedMessage } from '../../src/cases/cards.js';
import { ICTG_MEETING_RULES, reminderMessage } from '../../src/cases/reminderMessages.js';
import type { CaseRecord, DeadlineRecord } from '../../src/cases/service.js';
import { formatLondon } from '../../src/cases/format.js';
import { newChat, runTranscript, textOf } from './harness.js';

const EMERGENCY = 'If a child is in immediate danger, call 999';
const JUDGEMENT = 'does not replace your professional judgement';
const ctx: FlowContext = { now: new Date('2026-03-02T10:00:00Z'), deps: flowDeps() };

/** Every state reachable by pressing a flow's own buttons (inputs filled in), and every message rendered on the way. */
function explore(flow: Flow, args: Array<string | undefined>): Message[][] {
  const seen = new Set<string>();
  const queue: unknown[] = args.map((a) => flow.start(ctx, a));
  const screens: Message[][] = [];
  while (queue.length && seen.size < 3000) {
    const state = queue.shift();
    const key = JSON.stringify(state);
    if (seen.has(key)) continue;
    seen.add(key);
    const messages = flow.render(state, ctx);
    screens.push(messages);
    const values: Record<string, string | string[]> = {};
    for (const b of messages.flatMap((m) => flatBlocks(m.blocks)))
      if (b.type === 'input' && b.input.kind === 'choice')
        values[b.input.id] = b.input.multi ? b.input.options.map((o) => o.value) : b.input.options[0]!.value;
    for (const b of messages.flatMap((m) => m.buttons ?? []).filter((x) => x.action.t === flow.id)) {
      const input: Input = { kind: 'action', action: b.action, values };
      const next = flow.next(state, input, ctx);
      if (!isFlowError(next)) queue.push(next);
    }
  }
  return screens;
}

const ARGS: Record<string, Array<string | undefined>> = {
  checklist: [undefined, ...checklists.map((c) => c.id)],
  contacts: [undefined, 'hackney'],
  'ways-forward': [undefined],
};

/** Markdown that Teams/Web Chat or Slack would eat or mangle: an <tag>, or *, _ or ~ inside a word. */
const MANGLED = /<[^<>\s][^<>]*>|\w[*_~]\w/;

describe('review: wording survives Teams markdown and Slack mrkdwn', () => {
  for (const flow of procedureFlows.filter((f) => f.id !== 'ask')) {
    it(`${flow.id}: no <placeholder> and no *, _ or ~ inside a word, in any reachable text`, () => {
      const screens = explore(flow, ARGS[flow.id] ?? [undefined]);
      expect(screens.length).toBeGreaterThan(1);
      const bad = screens.map((s) => textOf(s)).filter((t) => MANGLED.test(t));
      expect(bad.map((t) => t.match(MANGLED)?.[0])).toEqual([]);
    });
  }

  it('help turns a handler’s <reference> into an example that survives markdown', () => {
    expect(plainHelpLine('case open <reference>: link this channel')).toBe('case open REF-123: link this channel');
    expect(plainHelpLine('case event <type> <YYYY-MM-DD>')).toBe('case event TYPE YYYY-MM-DD');
    const handler: CommandHandler = { namespace: 'case', help: ['case open <reference>: link this channel to a case'] };
    const t = textOf([helpMessage(procedureFlows, [handler])]);
    expect(t).toContain('case open REF-123');
    expect(t).not.toMatch(MANGLED);
  });

  it('case help and the "needs a case" message carry no placeholders, and their examples are real commands', () => {
    const t = textOf([caseHelp(), notLinkedMessage('Recording the way forward')]);
    expect(t).not.toMatch(MANGLED);
    for (const s of [
      'case open REF-123',
      'case event verbal-referral today 10:00',
      'case meeting strategy',
      'case way s47',
      'checklist golden hour',
    ])
      expect(t).toContain(s);
  });
});

describe('review: the referral plan', () => {
  const all: ReferralAnswers[] = [];
  for (const danger of ['yes', 'no'] as const)
    for (const where of ['london', 'port', 'elsewhere'] as const)
      for (const borough of where === 'elsewhere' ? [undefined] : ['HCK', 'unknown'])
        for (const role of ['first-responder', 'other', 'unsure'] as const)
          for (const age of ['child', 'uncertain'] as const)
            for (const unaccompanied of ['yes', 'no', 'unsure'] as const)
              for (const fostering of ['yes', 'no', 'unsure'] as const)
                all.push({ danger, where, ...(borough ? { borough } : {}), role, age, unaccompanied, fostering });

  it('every path: call first, keep the child safe next, written referral within 48 hours, NRM and ICTG, each step cited', () => {
    for (const a of all) {
      const plan = buildReferralPlan(a, flowDeps().contacts);
      const texts = plan.steps.map((s) => s.text);
      const at = (re: RegExp) => texts.findIndex((t) => re.test(t));
      const call = at(/verbal referral/);
      expect(call).toBe(a.danger === 'yes' ? 1 : 0);
      if (a.danger === 'yes') expect(texts[0]).toMatch(/^Call 999 now/);
      expect(at(/help keep the child safe/)).toBe(call + 1);
      expect(at(/written referral/)).toBeGreaterThan(call);
      expect(at(/NRM referral/)).toBeGreaterThan(call);
      expect(at(/ICTG service/)).toBeGreaterThan(at(/NRM referral/));
      for (const s of plan.steps) expect(s.source).toMatch(/^(PG47|Monitoring report|Southwark scrutiny) §?/);
      // Never both "you make it" and "you do not make it".
      const joined = texts.join('\n');
      if (a.role === 'other') expect(joined).not.toMatch(/Make the NRM referral online/);
      if (a.role === 'first-responder') expect(joined).not.toMatch(/You do not refer to the NRM/);
      // The Duty to Notify is met by the NRM form; the anonymous route is never for a child.
      if (a.role !== 'other') expect(joined).toMatch(/never (use )?the anonymous/);
      // Who refers to the ICTG service matches who makes the NRM referral.
      const inLondon = a.where === 'london' || (a.where === 'port' && a.borough !== 'unknown');
      const ictg = texts[at(/ICTG service/)]!;
      if (inLondon && a.role === 'unsure') expect(ictg).toMatch(/^Whoever makes the NRM referral/);
      if (inLondon && a.role === 'other') expect(ictg).toMatch(/^Children’s Social Care \(the first responder\) also refers/);
      if (inLondon && a.role === 'first-responder') expect(ictg).toMatch(/^Refer the child to the ICTG service/);
    }
  });

  it('a child who may be unaccompanied is treated as a potential victim, without saying they are unaccompanied', async () => {
    const plan = buildReferralPlan({ ...all[0]!, unaccompanied: 'unsure' });
    const notes = plan.notes.map((n) => n.text).join('\n');
    expect(notes).toContain('may be unaccompanied');
    expect(notes).toContain('potential victim of trafficking');
    expect(notes).not.toMatch(/^Unaccompanied:/m);
  });

  it('expands NRM at the first-responder question; the "not sure" button reads right for London and for a port', async () => {
    const role = referralQuestions.find((q) => q.id === 'role')!;
    expect(role.text).toContain('National Referral Mechanism (NRM)');
    await runTranscript([
      ['refer', ['immediate danger']],
      [{ click: 'No' }, ['Where is the child?']],
      [{ click: 'Lives in a London borough' }, ['Which London authority', 'Not sure which borough'], ['port outside London']],
      [{ click: 'Not sure which borough' }, ['National Referral Mechanism (NRM)', 'first responder']],
    ]);
    await runTranscript([
      ['refer', ['immediate danger']],
      [{ click: 'No' }, ['Where is the child?']],
      [{ click: 'At a port of entry' }, ['serves the port', 'Not sure / port outside London'], ['Not sure which borough']],
    ]);
    const refer = procedureFlows.find((f) => f.id === 'refer')!;
    const err = refer.next({ answers: { danger: 'no', where: 'port' } }, { kind: 'text', text: 'Narnia' }, ctx);
    expect(isFlowError(err) && err.error).toMatch(/could not find that London authority.*Not sure \/ port outside London/);
  });

  it('a London walk, start to finish: ordered plan, ICTG spelled out, 999 and judgement lines, nothing said twice about 999 in the contacts', async () => {
    const chat = await runTranscript([
      ['refer', ['Question 1 of 7']],
      [{ click: 'Yes, in danger now' }, ['Call 999 now']],
      [{ click: 'Lives in a London borough' }, ['Which London authority']],
      ['Tower Hamlets', ['first responder']],
      [{ click: 'Yes, first responder' }, ['under 18']],
      [{ click: 'Yes, under 18' }, ['unaccompanied', 'parental responsibility']],
      [{ click: 'Not sure' }, ['private fostering']],
      [
        { click: 'Not sure' },
        [
          'Tower Hamlets Children’s Social Care',
          'help keep the child safe',
          'PG47 §15',
          'Independent Child Trafficking Guardians',
          'within 48 hours of, the child arriving to stay',
          'may be unaccompanied',
          EMERGENCY,
          JUDGEMENT,
        ],
      ],
    ]);
    const result = chat.seen.at(-1)!;
    const facts = flatBlocks(result.blocks).flatMap((b) => (b.type === 'facts' ? b.facts : []));
    expect(facts.filter((f) => f.value === '999')).toEqual([]);
    expect(facts.map((f) => f.value)).toContain('999 / 101');
  });
});

describe('review: indicators and ways forward', () => {
  it('indicators: the result expands NRM, says one is enough, no score; under-ten caveat stays', async () => {
    const chat = newChat();
    await chat.send('indicators');
    const reply = textOf(await chat.send({ click: 'Submit', values: { 'money-work': ['begs'] } }));
    expect(reply).toContain('National Referral Mechanism (NRM)');
    expect(reply).toContain('One indicator is enough to talk to Children’s Social Care');
    expect(reply).toContain('under ten');
    expect(reply).toContain('PG47 lists these as signs');
    expect(reply).not.toMatch(/\bscore\b|threshold|\d+ ?%|out of \d+/i);
  });

  it('ways forward: s.47 spelled out at first use; the assessment is what decides; the referrer is told', async () => {
    await runTranscript([
      ['ways forward', ['child protection enquiry under s.47 Children Act 1989 (a s.47 enquiry)', 'supervising manager']],
      [{ click: 'a) Assessment' }, ['The assessment decides:', 'Tell the referrer which plan is in place', EMERGENCY], ['When it applies']],
      ['back', ['four ways forward']],
      [
        { click: 'c) Child protection enquiry (s.47)' },
        ['When it applies', 'within 2 working days', 'Independent Child Trafficking Guardian (ICTG)'],
      ],
    ]);
  });
});

describe('review: checklists', () => {
  it('every item shows in full in its card (never cut mid-word), and the schema refuses one too long', () => {
    for (const c of checklists) {
      const state = procedureFlows.find((f) => f.id === 'checklist')!;
      const msg = state.render(state.start(ctx, c.id), ctx)[0]!;
      const input = msg.blocks.find((b) => b.type === 'input');
      const labels = input?.type === 'input' && input.input.kind === 'choice' ? input.input.options.map((o) => o.label) : [];
      expect(labels).toEqual(c.items.map((i, n) => `${n + 1}.\u00a0${i.text}`));
      for (const l of labels) expect(l.length).toBeLessThanOrEqual(75);
    }
    const items = Array.from({ length: 10 }, (_, n) => ({ id: `i${n}`, text: n === 9 ? 'x'.repeat(72) : 'short item' }));
    const long = { ...checklists[0]!, items };
    expect(() => parseOrThrow(ChecklistSchema, long, 'checklist')).toThrow(/75/);
  });

  it('information gathering: identifying details go in the case system, never in this chat', async () => {
    await runTranscript([
      [
        'checklist information gathering',
        ['Record identifying details in your case system, not in this chat', 'record it in your case system'],
        ['identity', 'child’s name'],
      ],
    ]);
  });

  it('interview: CAIT spelled out', async () => {
    await runTranscript([['checklist interview', ['Child Abuse Investigation Team, CAIT', 'DBS-checked']]]);
  });
});

describe('review: reminder messages', () => {
  const c = { key: 'k1', ref: 'REF-123', channels: [], events: [], deadlines: [], checklists: [] } as unknown as CaseRecord;
  const deadline = (rule: string, title: string, source: string, meeting = false) =>
    ({
      id: 'd1',
      rule,
      title,
      eventId: 'e1',
      due: '2026-12-30T17:00:00Z',
      source,
      ...(meeting ? { meeting: true } : {}),
      status: 'open',
      offsetsMin: [],
      gen: 1,
      plan: [],
    }) as unknown as DeadlineRecord;
  const now = new Date('2026-12-29T17:00:00Z');
  const step = { at: '2026-12-29T17:00:00Z' } as never;

  it('a deadline reminder says what to do, when (London, in full) and on what rule', () => {
    const t = textOf([
      reminderMessage(c, deadline('written-referral', 'Send the written referral', 'PG47 §14'), step, now, formatLondon, false),
    ]);
    expect(t).toContain('Wednesday 30 December 2026, 17:00');
    expect(t).toContain('must follow the verbal one within 48 hours');
    expect(t).toContain('PG47 §14');
    expect(t).not.toContain(ICTG_MEETING_RULES[0]!);
  });

  it('a meeting reminder carries the three ICTG rules, with ICTG spelled out', () => {
    const t = textOf([
      reminderMessage(c, deadline('strategy-meeting', 'Hold the strategy meeting', 'PG47 §14', true), step, now, formatLondon, false),
    ]);
    for (const r of ICTG_MEETING_RULES) expect(t).toContain(r);
    expect(t).toContain('Independent Child Trafficking Guardian');
    expect(t).toMatch(/at least 2 working days before/);
    expect(t).toMatch(/within 2 working days after/);
  });
});
