// The case card buttons as a table: each action's name, who may press it, and its handler.
import { randomUUID } from 'node:crypto';
import type { ActionPayload, Turn, TurnResult } from '../conversation/model.js';
import { text } from '../conversation/model.js';
import { findChecklist } from '../procedure/checklists.js';
import type { CaseRecord, WayId } from './service.js';
import { closedCaseNote } from './service.js';
import { londonDate, londonTime } from '../procedure/calendar.js';
import { eventFromForm } from './events.js';
import * as cards from './cards.js';
import type { CommandKit, DutyAction } from './commandKit.js';
import { WAYS, reply } from './commandKit.js';
import { runCaseCommand } from './subcommands.js';

type Values = Record<string, string | string[]>;

export interface CaseAction {
  /** Who may press it: anyone in a channel of the case, or a duty manager (the refusal is audited). */
  who: 'anyone' | DutyAction;
  /** Checked before the role: a refusal that holds for everyone. */
  precondition?(c: CaseRecord, action: ActionPayload): string | undefined;
  run(kit: CommandKit, turn: Turn, c: CaseRecord, action: ActionPayload, values: Values): Promise<TurnResult>;
}

const str = (v: string | string[] | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const openOnly = (c: CaseRecord) => (c.status !== 'open' ? closedCaseNote(c) : undefined);
const closedAlready = (c: CaseRecord) => (c.status === 'closed' ? `Case ${c.ref} is closed already.` : undefined);

const decideJoin: CaseAction = {
  who: 'join',
  async run(kit, turn, c, action) {
    const r = await kit.joins.decide(turn, c, action.v ?? '', action.a === 'join-approve');
    return r.ok ? reply([r.card], true) : reply([cards.refusal(r.reason)]);
  },
};

const missingOrFound: CaseAction = {
  who: 'anyone',
  precondition: openOnly,
  async run(kit, turn, c, action) {
    const a = action.a as 'missing' | 'found';
    // A second press soon after (a double tap, a colleague at the same moment) records nothing new.
    if ((a === 'missing') === cards.isMissingNow(c))
      return reply([
        cards.refusal(
          a === 'missing' ? `Case ${c.ref}: the child is recorded as missing already.` : `Case ${c.ref}: no missing episode is open.`,
        ),
      ]);
    return reply(await kit.recordAll(turn, c, { ok: true, event: { type: a, at: kit.now() } }));
  },
};

export const CASE_ACTIONS: Record<string, CaseAction> = {
  card: { who: 'anyone', run: async (kit, _turn, c) => reply([cards.caseCard(c, kit.now(), kit.fmt)], true) },
  audit: { who: 'audit', run: async (kit, _turn, c) => reply([cards.auditMessage(c, await kit.peopleAudit(c.key), kit.fmt)]) },
  close: { who: 'close', precondition: closedAlready, run: async (kit, _turn, c) => reply([cards.closeConfirm(c, kit.retentionDays)]) },
  'join-approve': decideJoin,
  'join-decline': decideJoin,
  'close-confirm': {
    who: 'close',
    precondition: (c, action) => (action.v !== c.key ? 'That confirmation was for another case: nothing changed.' : closedAlready(c)),
    async run(kit, turn, c) {
      const saved = await kit.cases.close(turn, c);
      const news = `Case ${c.ref} closed. Its reminders have stopped. It is deleted after ${kit.retentionDays} days unless reopened.`;
      return reply([{ ...cards.caseCard(saved, kit.now(), kit.fmt), blocks: [text(news, 'good')] }], true);
    },
  },
  reopen: { who: 'anyone', run: (kit, turn) => runCaseCommand(kit, turn, 'reopen') },
  missing: missingOrFound,
  found: missingOrFound,
  'event-form': {
    who: 'anyone',
    precondition: openOnly,
    async run(kit, _turn, c) {
      const at = kit.now();
      return reply([cards.eventForm(c, randomUUID().slice(0, 8), londonDate(at), londonTime(at))]);
    },
  },
  'record-event': {
    who: 'anyone',
    async run(kit, turn, c, action, values) {
      const type = str(values.type);
      if (!type) return reply([cards.refusal('Pick what happened, then press Record.')]);
      const parsed = eventFromForm(type, str(values.date) ?? '', str(values.time)?.slice(0, 5), kit.now(), {
        meetingKind: str(values.meeting),
      });
      const msgs = await kit.recordAll(turn, c, parsed, parsed.ok ? action.v : undefined);
      // The card it came from is replaced by the record of it; a missing child's alert and checklist follow.
      const recorded = msgs.find((m) => m.title?.endsWith(': recorded')) ?? msgs[0]!;
      return reply([recorded, ...msgs.filter((m) => m !== recorded)], parsed.ok);
    },
  },
  'record-way': {
    who: 'anyone',
    precondition: (c, action) =>
      !WAYS.includes(action.v as WayId) ? 'I did not recognise that way forward: nothing was recorded.' : openOnly(c),
    run: async (kit, turn, c, action) => reply([await kit.recordWay(turn, c, action.v as WayId)]),
  },
  ticks: {
    who: 'anyone',
    async run(kit, turn, c, action, values) {
      const [id, ver] = (action.v ?? '').split(':');
      const list = id ? findChecklist(id) : undefined;
      if (!list) return reply([cards.refusal('I did not recognise that checklist: nothing was saved.')]);
      if (c.status !== 'open') return reply([cards.refusal(closedCaseNote(c))]);
      const ticked = Object.entries(values)
        .filter(([k]) => k.startsWith('tick-'))
        .flatMap(([, v]) => (Array.isArray(v) ? v : typeof v === 'string' && v ? v.split(',') : []));
      const r = await kit.cases.saveTicks(turn, c, list, Number(ver), ticked);
      const fresh = (await kit.cases.get(c.key))!;
      return reply([cards.checklistCard(fresh, r.cl, list)], true);
    },
  },
};

/** A reminder's Done, Snooze, Reschedule, I'm on it (and attendance answers): `dl-*` actions. */
async function deadlineAction(kit: CommandKit, turn: Turn, c: CaseRecord, action: ActionPayload, values: Values): Promise<TurnResult> {
  const [key, deadlineId] = (action.v ?? '').split('|');
  if (key !== c.key || !deadlineId)
    return reply([cards.refusal('That reminder belongs to a case this channel does not follow: nothing changed.')]);
  const r = await kit.delivery.act(turn, c, deadlineId, action.a, values);
  if (!r.ok) return reply([cards.refusal(r.reason)]);
  return reply([r.message, { blocks: [text(r.note, 'good')], personal: true }], true);
}

/** A case button pressed: the action from the table, run when what must hold holds and the role allows it. */
export async function runCaseAction(kit: CommandKit, turn: Turn, action: ActionPayload, values: Values): Promise<TurnResult> {
  const c = await kit.cases.forChannel(turn);
  if (!c) return reply([cards.notLinkedMessage(action.a === 'record-way' ? 'Recording the way forward' : 'That button')]);
  const entry = Object.hasOwn(CASE_ACTIONS, action.a) ? CASE_ACTIONS[action.a] : undefined;
  if (!entry) {
    if (action.a.startsWith('dl-')) return deadlineAction(kit, turn, c, action, values);
    return reply([cards.refusal('I did not recognise that button: nothing changed.')]);
  }
  const refusal = entry.precondition?.(c, action);
  if (refusal) return reply([cards.refusal(refusal)]);
  if (entry.who !== 'anyone') {
    const refused = await kit.dutyOnly(turn, c, entry.who);
    if (refused) return refused;
  }
  return entry.run(kit, turn, c, action, values);
}
