import { describe, expect, it } from 'vitest';
import { forWebChat, inputFromActivity } from '../../src/web/cards.js';
import { renderAdaptiveCard } from '../../src/teams/render.js';
import type { Message } from '../../src/conversation/model.js';

const ticks: Message = {
  title: 'Signs',
  blocks: [
    {
      type: 'input',
      input: {
        kind: 'choice',
        id: 'g1',
        label: 'Group',
        multi: true,
        options: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ],
      },
    },
  ],
  buttons: [{ label: 'Submit', action: { t: 'indicators', a: 'submit', s: 3 } }],
};

describe('forWebChat', () => {
  it('makes every Action.Execute (also nested in ActionSets) an Action.Submit with the same data, and drops refresh', () => {
    const card = {
      type: 'AdaptiveCard',
      refresh: { action: { type: 'Action.Execute', verb: 'x' } },
      body: [
        {
          type: 'ActionSet',
          actions: [{ type: 'Action.Execute', verb: 'refer.answer', title: 'No', data: { sg: { t: 'refer', a: 'answer', v: 'no' } } }],
        },
      ],
      actions: [{ type: 'Action.OpenUrl', url: 'https://example.org', title: 'Link' }],
    };
    const out = forWebChat(card) as typeof card;
    expect(out.refresh).toBeUndefined();
    expect(out.body[0]!.actions[0]).toEqual({ type: 'Action.Submit', title: 'No', data: { sg: { t: 'refer', a: 'answer', v: 'no' } } });
    expect(out.actions[0]!.type).toBe('Action.OpenUrl');
    expect(card.body[0]!.actions[0]!.type).toBe('Action.Execute'); // the input is not changed
  });

  it('keeps the Teams card otherwise identical', () => {
    const teams = renderAdaptiveCard(ticks);
    const web = forWebChat(teams) as Record<string, unknown>;
    expect(web.body).toEqual(teams.body);
    expect(JSON.stringify(web)).not.toContain('Action.Execute');
  });
});

describe('inputFromActivity', () => {
  it('reads a submit as an action, splitting a multi-select ("a,b") into its values', () => {
    const submit = { sg: { t: 'indicators', a: 'submit', s: 3 }, sg_multi: ['g1'], g1: 'a,b', note: 'x' };
    expect(inputFromActivity({ value: submit }, [])).toEqual({
      kind: 'action',
      action: { t: 'indicators', a: 'submit', s: 3 },
      values: { g1: ['a', 'b'], note: 'x' },
    });
  });

  it('knows a multi-select from the message it was rendered from when the data does not say', () => {
    const input = inputFromActivity({ value: { sg: { t: 'indicators', a: 'submit' }, g1: 'b' } }, [ticks]);
    expect(input).toEqual({ kind: 'action', action: { t: 'indicators', a: 'submit' }, values: { g1: ['b'] } });
  });

  it('reads text, and ignores empty messages and payloads that are not actions', () => {
    expect(inputFromActivity({ text: 'refer' }, [])).toEqual({ kind: 'text', text: 'refer' });
    expect(inputFromActivity({ text: '   ' }, [])).toBeUndefined();
    expect(inputFromActivity({ value: { sg: { t: '', a: 'x' } } }, [])).toBeUndefined();
    expect(inputFromActivity({ value: { sg: 'not json' } }, [])).toBeUndefined();
    expect(inputFromActivity({ value: { sg: JSON.stringify({ t: 'refer', a: 'start' }) } }, [])).toMatchObject({
      kind: 'action',
      action: { t: 'refer', a: 'start' },
    });
  });
});
