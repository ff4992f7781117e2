// The `case` command handler: text commands and card actions in, neutral messages out.
import { randomUUID } from 'node:crypto';
import type { CommandHandler, Services } from '../conversation/flow.js';
import type { ActionPayload, Message, Turn, TurnResult } from '../conversation/model.js';
import { text } from '../conversation/model.js';
import { findChecklist } from '../procedure/checklists.js';
import type { CaseEventRecord, CaseRecord, CaseService, WayId } from './service.js';
import { CaseError, channelKey, closedCaseNote } from './service.js';
import type { ReminderDelivery } from './delivery.js';
import { londonDate, londonTime } from '../procedure/calendar.js';
import type { CaseEvent } from '../procedure/deadlines.js';
import { parseCaseEventCommand, eventFromForm } from './events.js';
import type { ParseResult } from './events.js';
import * as cards from './cards.js';
import type { CaseJoins } from './joins.js';
import { requestCard } from './joins.js';
import type { Roles } from './roles.js';

const reply = (replies: Message[], replaceSource = false): TurnResult => ({ replies, replaceSource });
const WAYS: WayId[] = ['assessment', 's20', 's47', 'nfa'];

export interface CaseHandlerDeps {
  cases: CaseService;
  delivery: ReminderDelivery;
  joins: CaseJoins;
  roles: Roles;
  retentionDays: number;
}

/** What a duty manager may do and others may not (the words of the polite refusal). */
const DUTY_ONLY: Record<string, string> = {
  close: 'close a case',
  reopen: 'reopen a case',
  audit: 'read the audit log',
  join: 'approve or decline a channel following the case',
};

export function createCaseHandler(deps: CaseHandlerDeps): CommandHandler {
  const { cases, delivery, joins, roles } = deps;

  /** A duty manager's action by someone else: a polite refusal, audited. undefined when allowed. */
  async function dutyOnly(turn: Turn, c: CaseRecord, what: keyof typeof DUTY_ONLY): Promise<TurnResult | undefined> {
    if (roles.has(turn, 'duty-manager')) return undefined;
    await cases.audit(turn, c, 'role-refused', { action: what });
    return reply([cards.refusal(`Only a duty manager can ${DUTY_ONLY[what]}. Please ask your duty manager: nothing was changed.`)]);
  }
  const fmt = (d: Date) => cases.rules.formatLondon(d);
  const now = () => cases.o.clock.now();

  /** The last 20 actions people took (reminder postings stay in the log, but would crowd them out here). */
  async function peopleAudit(key: string) {
    const rows = await cases.o.audit.last(key, 200);
    return rows.filter((e) => e.what !== 'reminder-posted').slice(-20);
  }

  /**
   * A child gone missing: the alert and the missing-from-care checklist (a fresh one for this episode), here and
   * at once in every other channel that follows the case.
   */
  async function missingNow(turn: Turn, c: CaseRecord, e: CaseEventRecord): Promise<Message[]> {
    const list = findChecklist('missing')!;
    const r = await cases.startChecklist(turn, c, list, { fresh: true });
    const posts = [cards.missingAlert(r.c, e, fmt), cards.checklistCard(r.c, r.cl, list)];
    const here = channelKey(turn);
    for (const link of r.c.channels) {
      if (channelKey(link) === here) continue;
      for (const m of posts) await delivery.postTo(link, m);
    }
    return posts;
  }

  /** Record a parsed event; the reply lists the new deadlines, and says what was assumed. */
  async function record(turn: Turn, c: CaseRecord, parsed: ParseResult, formId?: string): Promise<Message> {
    return (await recordAll(turn, c, parsed, formId))[0]!;
  }

  /** record, with what an event brings besides: for a child gone missing, the alert and its checklist first. */
  async function recordAll(turn: Turn, c: CaseRecord, parsed: ParseResult, formId?: string): Promise<Message[]> {
    if (!parsed.ok) return [cards.refusal(parsed.error)];
    if (c.status !== 'open') return [cards.refusal(closedCaseNote(c))];
    const notes: string[] = [];
    if (parsed.assumedTime) notes.push(`No time was given: taken as ${parsed.assumedTime} (London time).`);
    if (parsed.warning) notes.push(parsed.warning);
    const e = parsed.event;
    if (e.type === 'meeting-booked' || e.type === 'meeting-held') notes.push(ICTG_RULES);
    if (e.type === 'way-forward') notes.push(...WAY_FOLLOWS[e.way], TELL_REFERRER);
    if (e.type === 'found' && !cards.isMissingNow(c))
      notes.push('No missing episode was open on this case: recorded as a return all the same.');
    const r = await cases.recordEvent(turn, c, e, formId);
    for (const d of r.held) notes.unshift(`Marked done: ${d.title} (due ${fmt(new Date(d.due))}).`);
    const recorded = cards.recordedMessage(r.c, r.event, r.deadlines, fmt, r.duplicate, notes);
    if (e.type === 'missing' && !r.duplicate) {
      const [alert, checklist] = await missingNow(turn, r.c, r.event);
      return [alert!, recorded, checklist!];
    }
    return [recorded];
  }

  /** PG47 §13.3: the way forward chosen, recorded with who chose it (a second click soon after records nothing). */
  async function recordWay(turn: Turn, c: CaseRecord, way: WayId): Promise<Message> {
    const last = [...c.events].reverse().find((e) => e.type === 'way-forward');
    if (last && last.way === way && now().getTime() - Date.parse(last.recordedAt) < 10 * 60_000) {
      return cards.recordedMessage(
        c,
        last,
        c.deadlines.filter((d) => d.eventId === last.id),
        fmt,
        true,
        [TELL_REFERRER],
      );
    }
    const event: CaseEvent = { type: 'way-forward', at: now(), way };
    return record(turn, c, { ok: true, event });
  }

  async function onCase(turn: Turn, rest: string): Promise<TurnResult> {
    const words = rest.split(/\s+/).filter(Boolean);
    const sub = (words[0] ?? '').toLowerCase();
    if (sub === 'help') return reply([cards.caseHelp()]);
    if (sub === 'open' || sub === 'link' || sub === 'follow') {
      const r = await cases.open(turn, words.slice(1).join(' '));
      if (!r.ok) return reply([cards.refusal(r.reason)]);
      // An existing case this channel does not follow: ask its channels; show nothing of it here.
      if (r.kind === 'exists') return reply([await joins.request(turn, r.c, r.link)]);
      return reply([cards.openedMessage(r.c, r.kind)]);
    }
    const c = await cases.forChannel(turn);
    if (!c) return reply([cards.notLinkedMessage(CASE_SUBCOMMANDS.has(sub) && sub ? `case ${sub}` : 'The case card')]);
    switch (sub) {
      case 'lead':
      case 'handover': {
        if (c.status !== 'open') return reply([cards.refusal(closedCaseNote(c))]);
        const target = (words[1] ?? '').toLowerCase();
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
        const r = await cases.setLead(turn, c, who, sub === 'handover');
        const summary = cards.handoverSummary(r.c, now(), fmt, r.before);
        if (sub === 'handover') {
          // Every channel of the case learns of the handover; the new lead is @mentioned with what is open.
          for (const link of r.c.channels) if (channelKey(link) !== channelKey(turn)) await delivery.postTo(link, summary);
          return reply([summary]);
        }
        return reply([
          {
            ...cards.caseCard(r.c, now(), fmt),
            blocks: [
              text(`${who.name ?? 'The person named'} is now the lead coordinator of case ${c.ref}.`, 'good'),
              ...cards.caseCard(r.c, now(), fmt).blocks,
            ],
            mentions: cards.leadMentions(r.c),
          },
        ]);
      }
      case 'requests': {
        const pending = await joins.pending(c);
        if (!pending.length) return reply([cards.refusal(`No channel is waiting to follow case ${c.ref}.`)]);
        return reply(pending.map((r) => requestCard(c, r)));
      }
      case '':
      case 'show':
      case 'card':
        return reply([cards.caseCard(c, now(), fmt)]);
      case 'audit':
        return (await dutyOnly(turn, c, 'audit')) ?? reply([cards.auditMessage(c, await peopleAudit(c.key), fmt)]);
      case 'close':
        if (c.status === 'closed') return reply([cards.refusal(`Case ${c.ref} is closed already.`)]);
        return (await dutyOnly(turn, c, 'close')) ?? reply([cards.closeConfirm(c, deps.retentionDays)]);
      case 'reopen': {
        if (c.status === 'open') return reply([cards.refusal(`Case ${c.ref} is open already.`)]);
        const refused = await dutyOnly(turn, c, 'reopen');
        if (refused) return refused;
        const card = cards.caseCard(await cases.reopen(turn, c), now(), fmt);
        return reply([
          { ...card, blocks: [text(`Case ${c.ref} reopened: its open deadlines are reminded again.`, 'good'), ...card.blocks] },
        ]);
      }
      case 'event':
      case 'meeting':
        return reply(await recordAll(turn, c, parseCaseEventCommand(`${sub} ${words.slice(1).join(' ')}`, now())));
      case 'way': {
        const way = (words[1] ?? '').toLowerCase() as WayId;
        if (!WAYS.includes(way)) return reply([cards.refusal('Which way forward? case way assessment, s20, s47 or nfa (PG47 §13.3).')]);
        return reply([await recordWay(turn, c, way)]);
      }
      default:
        // Never quote what was typed back into a channel (it may hold personal data).
        return reply([cards.refusal('I do not know that case command. These are the ones I know:'), cards.caseHelp()]);
    }
  }

  async function onAction(turn: Turn, action: ActionPayload, values: Record<string, string | string[]>): Promise<TurnResult> {
    const c = await cases.forChannel(turn);
    if (!c) return reply([cards.notLinkedMessage(action.a === 'record-way' ? 'Recording the way forward' : 'That button')]);
    switch (action.a) {
      case 'card':
        return reply([cards.caseCard(c, now(), fmt)], true);
      case 'audit':
        return (await dutyOnly(turn, c, 'audit')) ?? reply([cards.auditMessage(c, await peopleAudit(c.key), fmt)]);
      case 'close':
        if (c.status === 'closed') return reply([cards.refusal(`Case ${c.ref} is closed already.`)]);
        return (await dutyOnly(turn, c, 'close')) ?? reply([cards.closeConfirm(c, deps.retentionDays)]);
      case 'join-approve':
      case 'join-decline': {
        const refused = await dutyOnly(turn, c, 'join');
        if (refused) return refused;
        const r = await joins.decide(turn, c, action.v ?? '', action.a === 'join-approve');
        return r.ok ? reply([r.card], true) : reply([cards.refusal(r.reason)]);
      }
      case 'close-confirm': {
        if (action.v !== c.key) return reply([cards.refusal('That confirmation was for another case: nothing changed.')]);
        if (c.status === 'closed') return reply([cards.refusal(`Case ${c.ref} is closed already.`)]);
        const refused = await dutyOnly(turn, c, 'close');
        if (refused) return refused;
        const saved = await cases.close(turn, c);
        return reply(
          [
            {
              ...cards.caseCard(saved, now(), fmt),
              blocks: [
                text(
                  `Case ${c.ref} closed. Its reminders have stopped. It is deleted after ${deps.retentionDays} days unless reopened.`,
                  'good',
                ),
              ],
            },
          ],
          true,
        );
      }
      case 'reopen':
        return onCase(turn, 'reopen');
      case 'missing':
      case 'found': {
        if (c.status !== 'open') return reply([cards.refusal(closedCaseNote(c))]);
        // A second press soon after (a double tap, a colleague at the same moment) records nothing new.
        if ((action.a === 'missing') === cards.isMissingNow(c))
          return reply([
            cards.refusal(
              action.a === 'missing'
                ? `Case ${c.ref}: the child is recorded as missing already.`
                : `Case ${c.ref}: no missing episode is open.`,
            ),
          ]);
        return reply(await recordAll(turn, c, { ok: true, event: { type: action.a, at: now() } }));
      }
      case 'event-form': {
        if (c.status !== 'open') return reply([cards.refusal(closedCaseNote(c))]);
        const at = now();
        return reply([cards.eventForm(c, randomUUID().slice(0, 8), londonDate(at), londonTime(at))]);
      }
      case 'record-event': {
        const type = str(values.type);
        if (!type) return reply([cards.refusal('Pick what happened, then press Record.')]);
        const parsed = eventFromForm(type, str(values.date) ?? '', str(values.time)?.slice(0, 5), now(), {
          meetingKind: str(values.meeting),
        });
        const msgs = await recordAll(turn, c, parsed, parsed.ok ? action.v : undefined);
        // The card it came from is replaced by the record of it; a missing child's alert and checklist follow.
        const recorded = msgs.find((m) => m.title?.endsWith(': recorded')) ?? msgs[0]!;
        return reply([recorded, ...msgs.filter((m) => m !== recorded)], parsed.ok);
      }
      case 'record-way': {
        const way = action.v as WayId;
        if (!WAYS.includes(way)) return reply([cards.refusal('I did not recognise that way forward: nothing was recorded.')]);
        if (c.status !== 'open') return reply([cards.refusal(closedCaseNote(c))]);
        return reply([await recordWay(turn, c, way)]);
      }
      case 'ticks': {
        const [id, ver] = (action.v ?? '').split(':');
        const list = id ? findChecklist(id) : undefined;
        if (!list) return reply([cards.refusal('I did not recognise that checklist: nothing was saved.')]);
        if (c.status !== 'open') return reply([cards.refusal(closedCaseNote(c))]);
        const ticked = Object.entries(values)
          .filter(([k]) => k.startsWith('tick-'))
          .flatMap(([, v]) => (Array.isArray(v) ? v : typeof v === 'string' && v ? v.split(',') : []));
        const r = await cases.saveTicks(turn, c, list, Number(ver), ticked);
        const fresh = (await cases.get(c.key))!;
        return reply([cards.checklistCard(fresh, r.cl, list)], true);
      }
      default:
        if (action.a.startsWith('dl-')) {
          const [key, deadlineId] = (action.v ?? '').split('|');
          if (key !== c.key || !deadlineId)
            return reply([cards.refusal('That reminder belongs to a case this channel does not follow: nothing changed.')]);
          const r = await delivery.act(turn, c, deadlineId, action.a, values);
          if (!r.ok) return reply([cards.refusal(r.reason)]);
          return reply([r.message, { blocks: [text(r.note, 'good')], personal: true }], true);
        }
        return reply([cards.refusal('I did not recognise that button: nothing changed.')]);
    }
  }

  return {
    namespace: 'case',
    help: [
      'case open <reference>: link this channel to a case, then case for its card (deadlines, reminders, checklists)',
      'case event missing: the child has gone missing: an alert and the checklist in every channel of the case (case event found on return)',
      "case lead me: be the case's lead coordinator (or case lead @person, case handover @person)",
      'case meeting strategy 2027-01-05 10:00: book a meeting; each agency answers on its card: attending, sending someone or sending written information',
    ],
    async onText(turn: Turn, word: string, rest: string, _s: Services) {
      try {
        // "case conference within how many days?" is a question, not a case command: leave it to the engine.
        if (word === 'case') return readsAsQuestion(rest) ? undefined : await onCase(turn, rest);
        if (word === 'checklist' && rest) {
          const c = await cases.forChannel(turn);
          const list = findChecklist(rest);
          if (!c || !list) return undefined;
          if (c.status !== 'open') return reply([cards.refusal(closedCaseNote(c))]);
          const r = await cases.startChecklist(turn, c, list);
          return reply([cards.checklistCard(r.c, r.cl, list)]);
        }
        return undefined;
      } catch (e) {
        return failure(e);
      }
    },
    async onAction(turn: Turn, action: ActionPayload, values: Record<string, string | string[]>, _s: Services) {
      try {
        return await onAction(turn, action, values);
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

const CASE_SUBCOMMANDS = new Set([
  '',
  'help',
  'open',
  'link',
  'follow',
  'requests',
  'lead',
  'handover',
  'show',
  'card',
  'audit',
  'close',
  'reopen',
  'event',
  'meeting',
  'way',
]);

/** An unknown sub-command followed by more words, or a question mark, reads as a question about cases. */
function readsAsQuestion(rest: string): boolean {
  const words = rest.split(/\s+/).filter(Boolean);
  const sub = (words[0] ?? '').toLowerCase();
  if (CASE_SUBCOMMANDS.has(sub)) return false;
  return rest.includes('?') || words.length >= 3;
}

const str = (v: string | string[] | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** PG47 §13.3: the referrer must be told which plan is in place. */
const TELL_REFERRER = 'Tell the referrer which plan is in place (PG47 §13.3).';

const ICTG_RULES =
  'ICTG rules for every meeting (PG47 §13.2): invite the ICTG worker; papers at least 2 working days before; notes, actions and decisions within 2 working days after.';

const WAY_FOLLOWS: Record<WayId, string[]> = {
  assessment: [
    'Assess with a suitable interpreter and check the documents held by the referrer and other agencies (PG47 §13.3). If significant harm shows, move to a s.47 enquiry (PG47 §14).',
  ],
  s20: [
    'The child becomes looked after: the strategy meeting is due within 2 working days (PG47 §14). Where there is significant harm, seek an Emergency Protection Order, or in an emergency consider police protection (PG47 §13.3 b).',
  ],
  s47: [
    'Convene the strategy meeting within 2 working days, with the ICTG worker invited and papers to them at least 2 working days before (PG47 §14, §13.2).',
  ],
  nfa: ['Record why no concerns were found, signed off by your manager (PG47 §13.3).'],
};
