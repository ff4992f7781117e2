// What the case commands and the case buttons share: the services, the duty-manager check, recording an event
// (with what it brings besides), and the words said around it.
import type { Message, Turn, TurnResult } from '../conversation/model.js';
import { text } from '../conversation/model.js';
import { findChecklist } from '../procedure/checklists.js';
import type { CaseEventRecord, CaseRecord, CaseService, WayId } from './service.js';
import { channelKey, closedCaseNote } from './service.js';
import type { ReminderDelivery } from './delivery.js';
import type { CaseEvent } from '../procedure/deadlines.js';
import type { ParseResult } from './events.js';
import * as cards from './cards.js';
import type { CaseJoins } from './joins.js';
import type { Roles } from './roles.js';

export const reply = (replies: Message[], replaceSource = false): TurnResult => ({ replies, replaceSource });
export const WAYS: WayId[] = ['assessment', 's20', 's47', 'nfa'];

export interface CaseHandlerDeps {
  cases: CaseService;
  delivery: ReminderDelivery;
  joins: CaseJoins;
  roles: Roles;
  retentionDays: number;
}

/** What a duty manager may do and others may not (the words of the polite refusal). */
export const DUTY_ONLY = {
  close: 'close a case',
  reopen: 'reopen a case',
  audit: 'read the audit log',
  join: 'approve or decline a channel following the case',
} as const;
export type DutyAction = keyof typeof DUTY_ONLY;

/** PG47 §13.3: the referrer must be told which plan is in place. */
export const TELL_REFERRER = 'Tell the referrer which plan is in place (PG47 §13.3).';

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

/** What the case commands and buttons share, built once per handler. */
export class CommandKit {
  constructor(private readonly deps: CaseHandlerDeps) {}

  get cases(): CaseService {
    return this.deps.cases;
  }
  get delivery(): ReminderDelivery {
    return this.deps.delivery;
  }
  get joins(): CaseJoins {
    return this.deps.joins;
  }
  get retentionDays(): number {
    return this.deps.retentionDays;
  }
  readonly fmt = (d: Date): string => this.cases.rules.formatLondon(d);
  readonly now = (): Date => this.cases.o.clock.now();

  /** A duty manager's action by someone else: a polite refusal, audited. undefined when allowed. */
  async dutyOnly(turn: Turn, c: CaseRecord, what: DutyAction): Promise<TurnResult | undefined> {
    if (this.deps.roles.has(turn, 'duty-manager')) return undefined;
    await this.cases.audit(turn, c, 'role-refused', { action: what });
    return reply([cards.refusal(`Only a duty manager can ${DUTY_ONLY[what]}. Please ask your duty manager: nothing was changed.`)]);
  }

  /** The last 20 actions people took (reminder postings stay in the log, but would crowd them out here). */
  async peopleAudit(key: string) {
    const rows = await this.cases.o.audit.last(key, 200);
    return rows.filter((e) => e.what !== 'reminder-posted').slice(-20);
  }

  /**
   * A child gone missing: the alert and the missing-from-care checklist (a fresh one for this episode), here and
   * at once in every other channel that follows the case.
   */
  private async missingNow(turn: Turn, c: CaseRecord, e: CaseEventRecord): Promise<Message[]> {
    const list = findChecklist('missing')!;
    const r = await this.cases.startChecklist(turn, c, list, { fresh: true });
    const posts = [cards.missingAlert(r.c, e, this.fmt), cards.checklistCard(r.c, r.cl, list)];
    const here = channelKey(turn);
    for (const link of r.c.channels) {
      if (channelKey(link) === here) continue;
      for (const m of posts) await this.delivery.postTo(link, m);
    }
    return posts;
  }

  /** Record a parsed event, with what it brings besides: for a child gone missing, the alert and its checklist first. */
  async recordAll(turn: Turn, c: CaseRecord, parsed: ParseResult, formId?: string): Promise<Message[]> {
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
    const r = await this.cases.recordEvent(turn, c, e, formId);
    for (const d of r.held) notes.unshift(`Marked done: ${d.title} (due ${this.fmt(new Date(d.due))}).`);
    const recorded = cards.recordedMessage(r.c, r.event, r.deadlines, this.fmt, r.duplicate, notes);
    if (e.type === 'missing' && !r.duplicate) {
      const [alert, checklist] = await this.missingNow(turn, r.c, r.event);
      return [alert!, recorded, checklist!];
    }
    return [recorded];
  }

  /** PG47 §13.3: the way forward chosen, recorded with who chose it (a second click soon after records nothing). */
  async recordWay(turn: Turn, c: CaseRecord, way: WayId): Promise<Message> {
    const last = [...c.events].reverse().find((e) => e.type === 'way-forward');
    if (last && last.way === way && this.now().getTime() - Date.parse(last.recordedAt) < 10 * 60_000) {
      const deadlines = c.deadlines.filter((d) => d.eventId === last.id);
      return cards.recordedMessage(c, last, deadlines, this.fmt, true, [TELL_REFERRER]);
    }
    const event: CaseEvent = { type: 'way-forward', at: this.now(), way };
    return (await this.recordAll(turn, c, { ok: true, event }))[0]!;
  }

  /** The case card with a line of news above it. */
  cardWith(c: CaseRecord, news: string): Message {
    const card = cards.caseCard(c, this.now(), this.fmt);
    return { ...card, blocks: [text(news, 'good'), ...card.blocks] };
  }
}
