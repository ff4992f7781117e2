// The `case` command handler: text commands and card actions in, neutral messages out. The sub-commands are a table
// (subcommands.ts), and so are the card buttons (caseActions.ts); what they share is in commandKit.ts.
import type { CommandHandler, Services } from '../conversation/flow.js';
import type { ActionPayload, Turn, TurnResult } from '../conversation/model.js';
import { findChecklist } from '../procedure/checklists.js';
import { CaseError, closedCaseNote } from './service.js';
import * as cards from './cards.js';
import type { CaseHandlerDeps } from './commandKit.js';
import { CommandKit, reply } from './commandKit.js';
import { isCaseSubcommand, runCaseCommand } from './subcommands.js';
import { runCaseAction } from './caseActions.js';

export type { CaseHandlerDeps } from './commandKit.js';

const HELP = [
  'case open <reference>: link this channel to a case, then case for its card (deadlines, reminders, checklists)',
  'case event missing: the child has gone missing: an alert and the checklist in every channel of the case (case event found on return)',
  "case lead me: be the case's lead coordinator (or case lead @person, case handover @person)",
  'case meeting strategy 2027-01-05 10:00: book a meeting; each agency answers on its card: attending, sending someone or sending written information',
];

export function createCaseHandler(deps: CaseHandlerDeps): CommandHandler {
  const kit = new CommandKit(deps);

  /** `checklist <name>` in a case channel: the shared checklist of the case (elsewhere, the checklist flow). */
  async function caseChecklist(turn: Turn, rest: string): Promise<TurnResult | undefined> {
    const c = await deps.cases.forChannel(turn);
    const list = findChecklist(rest);
    if (!c || !list) return undefined;
    if (c.status !== 'open') return reply([cards.refusal(closedCaseNote(c))]);
    const r = await deps.cases.startChecklist(turn, c, list);
    return reply([cards.checklistCard(r.c, r.cl, list)]);
  }

  return {
    namespace: 'case',
    help: HELP,
    async onText(turn: Turn, word: string, rest: string, _s: Services) {
      try {
        // "case conference within how many days?" is a question, not a case command: leave it to the engine.
        if (word === 'case') return readsAsQuestion(rest) ? undefined : await runCaseCommand(kit, turn, rest);
        if (word === 'checklist' && rest) return await caseChecklist(turn, rest);
        return undefined;
      } catch (e) {
        return failure(e);
      }
    },
    async onAction(turn: Turn, action: ActionPayload, values: Record<string, string | string[]>, _s: Services) {
      try {
        return await runCaseAction(kit, turn, action, values);
      } catch (e) {
        return failure(e);
      }
    },
  };
}

/** A refusal the person can act on; a case record the store could not read is said plainly, nothing changed. */
function failure(e: unknown): TurnResult {
  if (e instanceof CaseError) return reply([cards.refusal(e.message)]);
  if (isUnreadable(e)) return reply([cards.unreadableCase()]);
  throw e;
}

/** The store's UnreadableRecordError (a corrupt record set aside in quarantine), recognised by name across modules. */
const isUnreadable = (e: unknown): boolean => e instanceof Error && e.name === 'UnreadableRecordError';

/** An unknown sub-command followed by more words, or a question mark, reads as a question about cases. */
function readsAsQuestion(rest: string): boolean {
  const words = rest.split(/\s+/).filter(Boolean);
  const sub = (words[0] ?? '').toLowerCase();
  if (isCaseSubcommand(sub)) return false;
  return rest.includes('?') || words.length >= 3;
}
