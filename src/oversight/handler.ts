// The oversight commands: `duty digest` (on demand, `here 08:30` to subscribe the channel, `off`), `stats`, and
// `case chronology`. Views across cases need the duty-manager role (config/roles.json); without it a channel sees
// only the case it follows.
import type { CommandHandler } from '../conversation/flow.js';
import type { ActionPayload, Message, Turn, TurnResult } from '../conversation/model.js';
import { text } from '../conversation/model.js';
import * as cards from '../cases/cards.js';
import { whoOf, type CaseRecord } from '../cases/service.js';
import type { CommandHandler as Handler } from '../conversation/flow.js';
import type { Notifier } from '../conversation/notifier.js';
import type { CaseService } from '../cases/service.js';
import type { Roles } from '../cases/roles.js';
import type { OversightQueries } from './queries.js';
import type { DigestSchedule } from './schedule.js';
import type { Figures } from './figures.js';

/** The oversight module, as its commands use it (built in index.ts). */
export interface Oversight {
  cases: CaseService;
  roles: Roles;
  queries: OversightQueries;
  schedule: DigestSchedule;
  handlers: Handler[];
  parseTime(s: string): string | undefined;
  digestFor(turn: Pick<Turn, 'platform' | 'conversationId'>, scope: 'all' | 'channel'): Promise<Message>;
  chronologyMessage(c: CaseRecord): Promise<Message>;
  figures(from: Date, to: Date): Promise<Figures>;
  statsMessage(): Promise<Message>;
  start(notifiers: Notifier[]): Promise<void>;
}

const reply = (replies: Message[], replaceSource = false): TurnResult => ({ replies, replaceSource });
const refuse = (why: string) => reply([cards.refusal(why)]);

export const DIGEST_HELP = [
  'duty digest: every case due today or overdue, missing children first (duty digest here 08:30 each working day; duty digest off)',
  'stats: the partnership figures for the last 12 months, anonymised (duty managers)',
  "case chronology: the case's story in time order, as a card and a file for the NRM form or the case conference",
];

const fmtOf = (o: Oversight) => (d: Date) => o.cases.rules.formatLondon(d);
const nowOf = (o: Oversight) => o.cases.o.clock.now();
const isDuty = (o: Oversight, turn: Turn) => o.roles.has(turn, 'duty-manager');

/** `duty digest off`: the channel's daily digest stopped. */
async function unsubscribe(o: Oversight, key: string): Promise<TurnResult> {
  const was = await o.schedule.unsubscribe(key, nowOf(o));
  const line = was ? 'The daily duty digest is off in this channel.' : 'This channel had no daily duty digest.';
  return reply([{ blocks: [text(line, was ? 'good' : 'subtle')] }]);
}

/** `duty digest here 08:30`: the channel subscribed to the digest each working day at that London time. */
async function subscribe(o: Oversight, turn: Turn, timeWord: string): Promise<TurnResult> {
  const time = o.parseTime(timeWord);
  if (!time) return refuse('Give the London time of day for the digest, e.g. duty digest here 08:30.');
  const now = nowOf(o);
  const subscription = {
    platform: turn.platform as 'teams' | 'slack' | 'web',
    conversationId: turn.conversationId,
    time,
    since: now.toISOString(),
    by: whoOf(turn),
  };
  const first = await o.schedule.subscribe(subscription, now);
  return reply([
    {
      title: 'Duty digest subscribed',
      blocks: [
        text(`This channel gets the duty digest each working day at ${time} (London time): never on weekends or bank holidays.`, 'good'),
        text(
          `The first is due ${fmtOf(o)(first)}. It lists every case, as a duty manager sees them. Type duty digest off to stop it.`,
          'subtle',
        ),
      ],
      sources: ['Monitoring report §6.2'],
    },
  ]);
}

/** `duty digest [here HH:mm | off]`. */
async function digest(o: Oversight, turn: Turn, rest: string): Promise<TurnResult> {
  const words = rest.toLowerCase().split(/\s+/).filter(Boolean);
  if (words[0] === 'digest') words.shift();
  const sub = words[0] ?? '';
  if (sub === 'here' || sub === 'off') {
    if (turn.platform === 'cli') return refuse('The duty digest is posted into a Teams or Slack channel: subscribe from there.');
    if (!isDuty(o, turn))
      return refuse(
        `Only a duty manager can ${sub === 'here' ? 'subscribe this channel to' : 'stop'} the duty digest. Please ask your duty manager: nothing was changed.`,
      );
    if (sub === 'off') return unsubscribe(o, `${turn.platform}:${turn.conversationId}`);
    return subscribe(o, turn, words[1] ?? '');
  }
  if (sub) return refuse('Type duty digest, duty digest here 08:30, or duty digest off.');
  return reply([await o.digestFor(turn, isDuty(o, turn) ? 'all' : 'channel')]);
}

/** A case's button on the digest: its card here, or (for a duty manager) a read-only copy of a case followed elsewhere. */
async function openCase(o: Oversight, turn: Turn, key: string): Promise<TurnResult> {
  const { cases } = o;
  const here = await cases.forChannel(turn);
  if (here?.key === key) return reply([cards.caseCard(here, nowOf(o), fmtOf(o))]);
  if (!isDuty(o, turn)) return refuse('Only a duty manager can see a case this channel does not follow.');
  const c = key ? await cases.get(key) : undefined;
  if (!c) return refuse('That case is not on record any more.');
  await cases.audit(turn, c, 'case-viewed', { from: 'duty-digest' });
  const card = cards.caseCard(c, nowOf(o), fmtOf(o));
  const note = text('Seen from the duty digest: to act on this case, use a channel that follows it.', 'subtle');
  return reply([{ ...card, blocks: [note, ...card.blocks], buttons: [], personal: true }]);
}

async function chronology(o: Oversight, turn: Turn): Promise<TurnResult> {
  const c = await o.cases.forChannel(turn);
  if (!c) return reply([cards.notLinkedMessage('case chronology')]);
  return reply([await o.chronologyMessage(c)]);
}

export function createOversightHandlers(o: Oversight): CommandHandler[] {
  const duty: CommandHandler = {
    namespace: 'duty',
    help: [DIGEST_HELP[0]!],
    async onText(turn, word, rest) {
      if (word === 'duty') return /^digest\b/i.test(rest) || !rest ? digest(o, turn, rest) : undefined;
      if (word === 'case' && /^chronology\s*$/i.test(rest)) return chronology(o, turn);
      return undefined;
    },
    async onAction(turn, action: ActionPayload) {
      if (action.a === 'case') return openCase(o, turn, action.v ?? '');
      if (action.a === 'digest') return reply([await o.digestFor(turn, isDuty(o, turn) ? 'all' : 'channel')]);
      return refuse('I did not recognise that button: nothing changed.');
    },
  };
  const stats: CommandHandler = {
    namespace: 'stats',
    help: [DIGEST_HELP[1]!, DIGEST_HELP[2]!],
    async onText(turn, word, rest) {
      if (word !== 'stats' || rest.split(/\s+/).filter(Boolean).length > 2) return undefined;
      if (!isDuty(o, turn)) return refuse('Only a duty manager can see the partnership figures. Please ask your duty manager.');
      return reply([await o.statsMessage()]);
    },
  };
  return [duty, stats];
}

export type { CaseRecord };
