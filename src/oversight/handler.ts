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

export function createOversightHandlers(o: Oversight): CommandHandler[] {
  const { cases, roles } = o;
  const fmt = (d: Date) => cases.rules.formatLondon(d);
  const now = () => cases.o.clock.now();
  const isDuty = (turn: Turn) => roles.has(turn, 'duty-manager');

  async function digest(turn: Turn, rest: string): Promise<TurnResult> {
    const words = rest.toLowerCase().split(/\s+/).filter(Boolean);
    if (words[0] === 'digest') words.shift();
    const sub = words[0] ?? '';
    if (sub === 'here' || sub === 'off') {
      if (turn.platform === 'cli') return refuse('The duty digest is posted into a Teams or Slack channel: subscribe from there.');
      if (!isDuty(turn))
        return refuse(
          `Only a duty manager can ${sub === 'here' ? 'subscribe this channel to' : 'stop'} the duty digest. Please ask your duty manager: nothing was changed.`,
        );
      const key = `${turn.platform}:${turn.conversationId}`;
      if (sub === 'off') {
        const was = await o.schedule.unsubscribe(key, now());
        return reply([
          {
            blocks: [
              text(
                was ? 'The daily duty digest is off in this channel.' : 'This channel had no daily duty digest.',
                was ? 'good' : 'subtle',
              ),
            ],
          },
        ]);
      }
      const time = o.parseTime(words[1] ?? '');
      if (!time) return refuse('Give the London time of day for the digest, e.g. duty digest here 08:30.');
      const first = await o.schedule.subscribe(
        {
          platform: turn.platform as 'teams' | 'slack' | 'web',
          conversationId: turn.conversationId,
          time,
          since: now().toISOString(),
          by: whoOf(turn),
        },
        now(),
      );
      return reply([
        {
          title: 'Duty digest subscribed',
          blocks: [
            text(
              `This channel gets the duty digest each working day at ${time} (London time): never on weekends or bank holidays.`,
              'good',
            ),
            text(
              `The first is due ${fmt(first)}. It lists every case, as a duty manager sees them. Type duty digest off to stop it.`,
              'subtle',
            ),
          ],
          sources: ['Monitoring report §6.2'],
        },
      ]);
    }
    if (sub) return refuse('Type duty digest, duty digest here 08:30, or duty digest off.');
    return reply([await o.digestFor(turn, isDuty(turn) ? 'all' : 'channel')]);
  }

  async function openCase(turn: Turn, key: string): Promise<TurnResult> {
    const here = await cases.forChannel(turn);
    if (here?.key === key) return reply([cards.caseCard(here, now(), fmt)]);
    if (!isDuty(turn)) return refuse('Only a duty manager can see a case this channel does not follow.');
    const c = key ? await cases.get(key) : undefined;
    if (!c) return refuse('That case is not on record any more.');
    await cases.audit(turn, c, 'case-viewed', { from: 'duty-digest' });
    const card = cards.caseCard(c, now(), fmt);
    return reply([
      {
        ...card,
        blocks: [text('Seen from the duty digest: to act on this case, use a channel that follows it.', 'subtle'), ...card.blocks],
        buttons: [],
        personal: true,
      },
    ]);
  }

  async function chronology(turn: Turn): Promise<TurnResult> {
    const c = await cases.forChannel(turn);
    if (!c) return reply([cards.notLinkedMessage('case chronology')]);
    return reply([await o.chronologyMessage(c)]);
  }

  const duty: CommandHandler = {
    namespace: 'duty',
    help: [DIGEST_HELP[0]!],
    async onText(turn, word, rest) {
      if (word === 'duty') return /^digest\b/i.test(rest) || !rest ? digest(turn, rest) : undefined;
      if (word === 'case' && /^chronology\s*$/i.test(rest)) return chronology(turn);
      return undefined;
    },
    async onAction(turn, action: ActionPayload) {
      if (action.a === 'case') return openCase(turn, action.v ?? '');
      if (action.a === 'digest') return reply([await o.digestFor(turn, isDuty(turn) ? 'all' : 'channel')]);
      return refuse('I did not recognise that button: nothing changed.');
    },
  };
  const stats: CommandHandler = {
    namespace: 'stats',
    help: [DIGEST_HELP[1]!, DIGEST_HELP[2]!],
    async onText(turn, word, rest) {
      if (word !== 'stats' || rest.split(/\s+/).filter(Boolean).length > 2) return undefined;
      if (!isDuty(turn)) return refuse('Only a duty manager can see the partnership figures. Please ask your duty manager.');
      return reply([await o.statsMessage()]);
    },
  };
  return [duty, stats];
}

export type { CaseRecord };
