/* eslint-disable @typescript-eslint/no-explicit-any -- Adaptive Card JSON is untyped here; tests read it freely */
// Drive a flow through the Teams protocol: type its command, then press the forward button (inputs filled) until a result.
import { expect } from 'vitest';
import { cardOf, postActivity, type FakeConnector, type TeamsActivities } from '../support/fakeConnector.js';
import { cardProblems, fillInputs, forwardAction } from './cards.js';

export interface Walk {
  /** Every card the user saw, in order: the first posted card, then each invoke response. */
  cards: Array<Record<string, any>>;
  last: Record<string, any>;
  firstActivityId: string;
}

/** Type `command` and return the card the bot posted (the last one, if several). */
export async function startWalk(botUrl: string, fc: FakeConnector, u: TeamsActivities, command: string): Promise<Walk> {
  const before = fc.sent(u.conversationId).length;
  const res = await postActivity(botUrl, u.message(command));
  expect(res.status).toBe(200);
  const sent = fc.sent(u.conversationId).slice(before);
  expect(sent.length).toBeGreaterThan(0);
  const cards = sent.map((r) => cardOf(r.body)!);
  for (const c of cards) expect(cardProblems(c)).toEqual([]);
  return { cards, last: cards[cards.length - 1]!, firstActivityId: sent[sent.length - 1]!.id };
}

/** Press the forward button of the current card once (Action.Execute invoke). Returns the new card. */
export async function step(botUrl: string, u: TeamsActivities, walk: Walk, flowId: string): Promise<Record<string, any> | undefined> {
  const action = forwardAction(walk.last, flowId);
  if (!action) return undefined;
  const res = await postActivity(
    botUrl,
    u.execute({ verb: action.verb, title: action.title, data: { ...action.data, ...fillInputs(walk.last) } }, walk.firstActivityId),
  );
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  const card = res.body.value as Record<string, any>;
  expect(cardProblems(card)).toEqual([]);
  walk.cards.push(card);
  walk.last = card;
  return card;
}

/** Press forward until the card has no forward button for this flow (its result), at most maxSteps times. */
export async function walkToEnd(botUrl: string, u: TeamsActivities, walk: Walk, flowId: string, maxSteps = 20): Promise<number> {
  let steps = 0;
  while (steps < maxSteps && (await step(botUrl, u, walk, flowId))) steps++;
  return steps;
}
