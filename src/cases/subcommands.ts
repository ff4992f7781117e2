// The `case ...` text commands as a table: each sub-command's words, its usage, who may run it, and its handler.
// The dispatcher (runCaseCommand) finds the case of the channel, checks what must hold first, then the role.
import type { Turn, TurnResult } from '../conversation/model.js';
import type { CaseRecord, WayId } from './service.js';
import { channelKey, closedCaseNote } from './service.js';
import { parseCaseEventCommand } from './events.js';
import * as cards from './cards.js';
import { requestCard } from './joins.js';
import type { CommandKit, DutyAction } from './commandKit.js';
import { WAYS, reply } from './commandKit.js';

export interface CaseSubcommand {
  /** The words that name it (the first is its name; '' is `case` alone). */
  names: string[];
  usage: string;
  /** Who may run it: anyone in a channel of the case, or a duty manager (the refusal is audited). */
  who: 'anyone' | DutyAction;
  /** Whether it needs a case followed by this channel (all but `case help` and `case open`). */
  needsCase: boolean;
  /** Checked before the role: a refusal that holds for everyone (e.g. "closed already"). */
  precondition?(c: CaseRecord): string | undefined;
  run(kit: CommandKit, turn: Turn, args: string[], c: CaseRecord, sub: string): Promise<TurnResult>;
}

const openOnly = (c: CaseRecord) => (c.status !== 'open' ? closedCaseNote(c) : undefined);

/** `case lead [me|@person]`, `case handover @person`. */
async function lead(kit: CommandKit, turn: Turn, args: string[], c: CaseRecord, sub: string): Promise<TurnResult> {
  const target = (args[0] ?? '').toLowerCase();
  if (sub === 'lead' && !target)
    return reply([
      cards.refusal(
        c.lead
          ? `The lead of case ${c.ref} is ${cards.leadLabel(c.lead)}.`
          : `Case ${c.ref} has no lead yet: type case lead me, or case lead @person.`,
      ),
    ]);
  // `me`, or the first person @mentioned (a platform mention): never a name typed as free text.
  const who =
    target === 'me' && sub === 'lead'
      ? turn.mentionId && { platform: turn.platform, mentionId: turn.mentionId, ...(turn.userName ? { name: turn.userName } : {}) }
      : turn.mentions?.[0] && {
          platform: turn.platform,
          mentionId: turn.mentions[0].id,
          ...(turn.mentions[0].name ? { name: turn.mentions[0].name } : {}),
        };
  if (!who)
    return reply([
      cards.refusal(
        sub === 'lead' ? 'Type case lead me, or case lead and @mention the person.' : 'Type case handover and @mention the new lead.',
      ),
    ]);
  if (c.lead && c.lead.platform === who.platform && c.lead.mentionId === who.mentionId)
    return reply([cards.refusal(`${cards.leadLabel(c.lead)} is the lead already.`)]);
  const r = await kit.cases.setLead(turn, c, who, sub === 'handover');
  if (sub === 'handover') {
    // Every channel of the case learns of the handover; the new lead is @mentioned with what is open.
    const summary = cards.handoverSummary(r.c, kit.now(), kit.fmt, r.before);
    for (const link of r.c.channels) if (channelKey(link) !== channelKey(turn)) await kit.delivery.postTo(link, summary);
    return reply([summary]);
  }
  const news = `${who.name ?? 'The person named'} is now the lead coordinator of case ${c.ref}.`;
  return reply([{ ...kit.cardWith(r.c, news), mentions: cards.leadMentions(r.c) }]);
}

export const CASE_SUBCOMMANDS: CaseSubcommand[] = [
  {
    names: ['help'],
    usage: 'case help',
    who: 'anyone',
    needsCase: false,
    run: async () => reply([cards.caseHelp()]),
  },
  {
    names: ['open', 'link', 'follow'],
    usage: 'case open <reference>',
    who: 'anyone',
    needsCase: false,
    async run(kit, turn, args) {
      const r = await kit.cases.open(turn, args.join(' '));
      if (!r.ok) return reply([cards.refusal(r.reason)]);
      // An existing case this channel does not follow: ask its channels; show nothing of it here.
      if (r.kind === 'exists') return reply([await kit.joins.request(turn, r.c, r.link)]);
      return reply([cards.openedMessage(r.c, r.kind)]);
    },
  },
  { names: ['lead'], usage: 'case lead [me|@person]', who: 'anyone', needsCase: true, precondition: openOnly, run: lead },
  { names: ['handover'], usage: 'case handover @person', who: 'anyone', needsCase: true, precondition: openOnly, run: lead },
  {
    names: ['requests'],
    usage: 'case requests',
    who: 'anyone',
    needsCase: true,
    async run(kit, _turn, _args, c) {
      const pending = await kit.joins.pending(c);
      if (!pending.length) return reply([cards.refusal(`No channel is waiting to follow case ${c.ref}.`)]);
      return reply(pending.map((r) => requestCard(c, r)));
    },
  },
  {
    names: ['', 'show', 'card'],
    usage: 'case',
    who: 'anyone',
    needsCase: true,
    run: async (kit, _turn, _args, c) => reply([cards.caseCard(c, kit.now(), kit.fmt)]),
  },
  {
    names: ['audit'],
    usage: 'case audit',
    who: 'audit',
    needsCase: true,
    run: async (kit, _turn, _args, c) => reply([cards.auditMessage(c, await kit.peopleAudit(c.key), kit.fmt)]),
  },
  {
    names: ['close'],
    usage: 'case close',
    who: 'close',
    needsCase: true,
    precondition: (c) => (c.status === 'closed' ? `Case ${c.ref} is closed already.` : undefined),
    run: async (kit, _turn, _args, c) => reply([cards.closeConfirm(c, kit.retentionDays)]),
  },
  {
    names: ['reopen'],
    usage: 'case reopen',
    who: 'reopen',
    needsCase: true,
    precondition: (c) => (c.status === 'open' ? `Case ${c.ref} is open already.` : undefined),
    run: async (kit, turn, _args, c) =>
      reply([kit.cardWith(await kit.cases.reopen(turn, c), `Case ${c.ref} reopened: its open deadlines are reminded again.`)]),
  },
  {
    names: ['event', 'meeting'],
    usage: 'case event <what> [date time], case meeting <kind> <date> <time>',
    who: 'anyone',
    needsCase: true,
    run: async (kit, turn, args, c, sub) =>
      reply(await kit.recordAll(turn, c, parseCaseEventCommand(`${sub} ${args.join(' ')}`, kit.now()))),
  },
  {
    names: ['way'],
    usage: 'case way assessment|s20|s47|nfa',
    who: 'anyone',
    needsCase: true,
    async run(kit, turn, args, c) {
      const way = (args[0] ?? '').toLowerCase() as WayId;
      if (!WAYS.includes(way)) return reply([cards.refusal('Which way forward? case way assessment, s20, s47 or nfa (PG47 §13.3).')]);
      return reply([await kit.recordWay(turn, c, way)]);
    },
  },
];

const BY_NAME = new Map(CASE_SUBCOMMANDS.flatMap((s) => s.names.map((n) => [n, s] as const)));

/** Whether a word names a case sub-command ('' included: `case` alone). */
export const isCaseSubcommand = (word: string): boolean => BY_NAME.has(word);

/** `case <sub> <args...>`: the sub-command from the table, run when what must hold holds and the role allows it. */
export async function runCaseCommand(kit: CommandKit, turn: Turn, rest: string): Promise<TurnResult> {
  const words = rest.split(/\s+/).filter(Boolean);
  const sub = (words[0] ?? '').toLowerCase();
  const command = BY_NAME.get(sub);
  const c = command?.needsCase === false ? undefined : await kit.cases.forChannel(turn);
  if (command?.needsCase !== false && !c) return reply([cards.notLinkedMessage(command && sub ? `case ${sub}` : 'The case card')]);
  // Never quote what was typed back into a channel (it may hold personal data).
  if (!command) return reply([cards.refusal('I do not know that case command. These are the ones I know:'), cards.caseHelp()]);
  const refusal = c && command.precondition?.(c);
  if (refusal) return reply([cards.refusal(refusal)]);
  if (c && command.who !== 'anyone') {
    const refused = await kit.dutyOnly(turn, c, command.who);
    if (refused) return refused;
  }
  return command.run(kit, turn, words.slice(1), c!, sub);
}
