/* eslint-disable @typescript-eslint/no-explicit-any -- Adaptive Card JSON is untyped here; tests read it freely */
// Card helpers for Teams tests: validate with the official adaptivecards parser, fill inputs, pick the next action.
import * as AC from 'adaptivecards';
import { actionsOf, inputsOf } from '../support/fakeConnector.js';

export const MAX_CARD_BYTES = 80 * 1024;

/** Problems the adaptivecards parser (schema 1.5) reports for a card: unknown elements/properties, invalid values. */
export function cardProblems(json: Record<string, unknown>): string[] {
  const card = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, ctx);
  const problems: string[] = [];
  for (let i = 0; i < ctx.eventCount; i++) problems.push(`parse: ${ctx.getEventAt(i).message}`);
  for (const issue of card.validateProperties().validationEvents) problems.push(`validate: ${issue.message}`);
  const bytes = Buffer.byteLength(JSON.stringify(json), 'utf8');
  if (bytes >= MAX_CARD_BYTES) problems.push(`size: ${bytes} bytes`);
  return problems;
}

export interface CardAction {
  title: string;
  verb: string;
  data: Record<string, any>;
}

/** Input values as Teams sends them: choice sets as "a,b" strings. variant 0 = first option(s), 1 = last, 2 = none/empty. */
export function fillInputs(card: Record<string, any>, variant = 0): Record<string, string> {
  const values: Record<string, string> = {};
  for (const input of inputsOf(card)) {
    const id = input.id as string;
    if (input.type === 'Input.ChoiceSet') {
      const choices = (input.choices as Array<{ value: string }>).map((c) => c.value);
      if (variant === 2 && !input.isRequired) values[id] = '';
      else if (input.isMultiSelect) values[id] = (variant === 1 ? choices.slice(-2) : choices.slice(0, 2)).join(',');
      else values[id] = (variant === 1 ? choices[choices.length - 1] : choices[0]) ?? '';
    } else if (input.type === 'Input.Date') values[id] = '2026-11-24';
    else if (input.type === 'Input.Time') values[id] = '10:30';
    else if (input.type === 'Input.Toggle') values[id] = 'true';
    else values[id] = variant === 2 ? '' : 'test entry';
  }
  return values;
}

const NAV = new Set(['back', 'restart']);

/** The first Action.Execute that moves `flowId` forward (not Back / Start again). */
export function forwardAction(card: Record<string, any>, flowId: string): CardAction | undefined {
  return actionsOf(card).find((a) => a.type === 'Action.Execute' && a.data?.sg?.t === flowId && !NAV.has(a.data.sg.a)) as
    CardAction | undefined;
}

/** The card body as JSON, with markdown call links as their label (what a person reads: "call 999"). */
export const cardText = (card: Record<string, any>): string => JSON.stringify(card.body).replace(/\[([^[\]]+)\]\(tel:[^)]+\)/g, '$1');

/** The card's action titled `title` (throws when there is none). */
export function findAction(card: Record<string, any>, title: string): CardAction {
  const action = actionsOf(card).find((a) => a.title === title);
  if (!action) throw new Error(`no action "${title}" in card`);
  return action as CardAction;
}
