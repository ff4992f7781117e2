// Cases: what is stored, and every change to it. Each change is one atomic store.update of the
// case, then its reminders are scheduled, then it is audited, all before the command replies.
import type { Store } from '../store/store.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Turn } from '../conversation/model.js';
import type { Checklist } from '../procedure/checklists.js';
import type { Audit, AuditEntry, AuditWhat } from './audit.js';
import type { CaseEvent } from '../procedure/deadlines.js';
import type { Scheduler } from '../reminders/scheduler.js';
import { planSteps, jobId } from './plan.js';
import { deadlineRecord, eventRecord, isSameEvent, metByMeetingHeld } from './eventRecords.js';
import { saveTicks, startChecklist } from './caseChecklists.js';

export * from './records.js';
import {
  CASES,
  CHANNEL_LINKS,
  CaseError,
  caseKeyOf,
  channelKey,
  closedCaseNote,
  whoOf,
  type CaseEventRecord,
  type CaseRecord,
  type CaseRules,
  type ChannelLink,
  type DeadlineRecord,
  type Lead,
  type OpenResult,
  type ReminderStep,
} from './records.js';

export interface CaseServiceOptions {
  store: Store;
  clock: Clock;
  log: Logger;
  rules: CaseRules;
  scheduler: Scheduler;
  audit: Audit;
}

export class CaseService {
  constructor(readonly o: CaseServiceOptions) {}

  get rules(): CaseRules {
    return this.o.rules;
  }

  async get(key: string): Promise<CaseRecord | undefined> {
    return this.o.store.get<CaseRecord>(CASES, key);
  }

  async forChannel(turn: Pick<Turn, 'platform' | 'conversationId'>): Promise<CaseRecord | undefined> {
    const link = await this.o.store.get<{ case: string }>(CHANNEL_LINKS, channelKey(turn));
    if (!link) return undefined;
    const c = await this.get(link.case);
    return c && c.channels.some((l) => channelKey(l) === channelKey(turn)) ? c : undefined;
  }

  async audit(turn: Turn | undefined, c: CaseRecord | string, what: AuditWhat, detail?: AuditEntry['detail']): Promise<void> {
    await this.o.audit.record({
      case: typeof c === 'string' ? c : c.key,
      who: turn ? (turn.userName ?? turn.userId) : 'system',
      ...(turn ? { whoId: turn.userId } : {}),
      what,
      when: this.o.clock.now().toISOString(),
      where: turn ? channelKey(turn) : 'scheduler',
      ...(detail ? { detail } : {}),
    });
  }

  /**
   * `case open <ref>`: create the case, or say it exists. A reference is not a key: a channel that does not follow an
   * existing case is never linked here (it asks the case's channels, see joins.ts), and learns nothing of the case.
   */
  async open(turn: Turn, raw: string): Promise<OpenResult> {
    const check = this.rules.validateReference(raw);
    if (!check.ok) {
      // Say the real reason first: a name or a date of birth is never a reference.
      if (raw.trim() && this.rules.looksLikeName(raw))
        return {
          ok: false,
          reason: 'That looks like a person’s name. Never use a child’s name in a case reference: choose an opaque one, e.g. SG-2026-0147.',
        };
      return check;
    }
    if (turn.platform === 'cli')
      return { ok: false, reason: 'Cases follow a team channel, not a one-to-one chat: open the case in the channel your team uses.' };
    if (turn.direct)
      return {
        ok: false,
        reason:
          'A case is followed from a team channel, never from a one-to-one chat: type case open with the reference in your case channel.',
      };
    const ref = check.ref;
    const key = caseKeyOf(ref);
    const current = await this.forChannel(turn);
    if (current && current.key !== key && current.status === 'open')
      return {
        ok: false,
        reason: `This channel already follows case ${current.ref}. A channel follows one case: close it first (case close), or use another channel.`,
      };
    const now = this.o.clock.now().toISOString();
    const link = await this.linkFor(turn, now);
    let kind = 'created' as 'created' | 'already' | 'exists';
    const saved = await this.o.store.update<CaseRecord>(CASES, key, (c) => {
      if (!c) {
        kind = 'created';
        return {
          v: 1,
          key,
          ref,
          status: 'open',
          openedAt: now,
          openedBy: whoOf(turn),
          channels: [link],
          events: [],
          deadlines: [],
          checklists: [],
          nextId: 1,
        };
      }
      kind = c.channels.some((l) => channelKey(l) === channelKey(link)) ? 'already' : 'exists';
      return c;
    });
    if (!saved) return { ok: false, reason: 'The case could not be saved.' };
    if (kind === 'exists') return { ok: true, kind, c: saved, link };
    await this.o.store.put(CHANNEL_LINKS, channelKey(turn), { case: key });
    // A channel follows one case: a closed case it followed before lets go of it.
    if (current && current.key !== key) await this.unlink(current.key, turn);
    if (kind === 'created') await this.audit(turn, saved, 'case-opened', { platform: turn.platform, channels: saved.channels.length });
    return { ok: true, kind, c: saved, link };
  }

  /** This channel's address as a case stores it: the platform's notifier knows how to reach it (the core does not). */
  async linkFor(turn: Turn, now: string): Promise<ChannelLink> {
    return {
      platform: turn.platform as ChannelLink['platform'],
      conversationId: turn.conversationId,
      linkedAt: now,
      linkedBy: whoOf(turn),
    };
  }

  /** Link a channel to a case (a join approved by a member of the case): the case lists it, the channel points at it. */
  async link(key: string, link: ChannelLink): Promise<CaseRecord> {
    const saved = await this.mutate(key, (c) =>
      c.channels.some((l) => channelKey(l) === channelKey(link)) ? c : { ...c, channels: [...c.channels, link] },
    );
    const before = await this.o.store.get<{ case: string }>(CHANNEL_LINKS, channelKey(link));
    await this.o.store.put(CHANNEL_LINKS, channelKey(link), { case: key });
    if (before && before.case !== key) await this.unlink(before.case, link).catch(() => undefined);
    return saved;
  }

  private async unlink(key: string, where: { platform: string; conversationId: string }): Promise<void> {
    await this.mutate(key, (old) => ({ ...old, channels: old.channels.filter((l) => channelKey(l) !== channelKey(where)) }));
  }

  /** Name the lead coordinator (`case lead`, `case handover`); audited with the previous lead. */
  async setLead(
    turn: Turn,
    c: CaseRecord,
    who: { platform: string; mentionId: string; name?: string },
    handover: boolean,
  ): Promise<{ c: CaseRecord; before?: Lead }> {
    let before: Lead | undefined;
    const lead: Lead = { ...who, since: this.o.clock.now().toISOString(), by: whoOf(turn) };
    const saved = await this.mutate(c.key, (cur) => {
      before = cur.lead;
      return { ...cur, lead };
    });
    await this.audit(turn, saved, handover ? 'lead-handover' : 'lead-named', {
      platform: who.platform,
      lead: who.name ?? who.mentionId,
      ...(before ? { from: before.name ?? before.mentionId } : {}),
    });
    return { c: saved, ...(before ? { before } : {}) };
  }

  async close(turn: Turn, c: CaseRecord): Promise<CaseRecord> {
    const now = this.o.clock.now().toISOString();
    const saved = await this.mutate(c.key, (cur) =>
      cur.status === 'closed'
        ? cur
        : {
            ...cur,
            status: 'closed',
            closedAt: now,
            closedBy: whoOf(turn),
            deadlines: cur.deadlines.map((d) => ({ ...d, gen: d.gen + 1 })),
          },
    );
    // Reminders of a closed case stop: cancel every pending job of the old generation.
    for (const d of c.deadlines) for (const s of d.plan) await this.o.scheduler.cancel(jobId(c.key, d.id, d.gen, s.n));
    if (c.status !== 'closed') await this.audit(turn, saved, 'case-closed');
    return saved;
  }

  async reopen(turn: Turn, c: CaseRecord): Promise<CaseRecord> {
    if (c.status === 'open') return c;
    const now = this.o.clock.now();
    const saved = await this.mutate(c.key, (cur) => {
      const { closedAt: _a, closedBy: _b, ...rest } = cur;
      return {
        ...rest,
        status: 'open',
        deadlines: cur.deadlines.map((d) => (d.status === 'open' ? this.replan({ ...d, gen: d.gen + 1 }, now) : d)),
      };
    });
    for (const d of saved.deadlines) if (d.status === 'open') await this.scheduleAll(saved.key, d);
    await this.audit(turn, saved, 'case-reopened');
    return saved;
  }

  /** Record an event: store it with its deadlines (by the rules), schedule their reminders, audit. */
  async recordEvent(turn: Turn, c: CaseRecord, e: CaseEvent, formId?: string): Promise<RecordedEvent> {
    const now = this.o.clock.now();
    const rules = this.rules.deadlinesFor(e);
    let event: CaseEventRecord | undefined;
    let created: DeadlineRecord[] = [];
    let held: DeadlineRecord[] = [];
    let duplicate = false;
    const saved = await this.mutate(c.key, (cur) => {
      // The same form sent twice, or the same event typed twice: recorded once.
      event = (formId ? cur.events.find((x) => x.form === formId) : undefined) ?? cur.events.find((x) => isSameEvent(x, e));
      duplicate = !!event;
      if (event) return cur;
      if (cur.status !== 'open') throw new CaseError(closedCaseNote(cur));
      let nextId = cur.nextId;
      const recorded = eventRecord(`e${nextId++}`, e, now, turn, formId);
      event = recorded;
      created = rules.map((r) => this.replan(deadlineRecord(`d${nextId++}`, recorded.id, r), now));
      held = (e.type === 'meeting-held' ? metByMeetingHeld(cur, e) : []).map((d) => ({
        ...d,
        status: 'done' as const,
        doneAt: now.toISOString(),
        doneBy: whoOf(turn),
        gen: d.gen + 1,
      }));
      const deadlines = cur.deadlines.map((d) => held.find((x) => x.id === d.id) ?? d);
      return { ...cur, nextId, events: [...cur.events, recorded], deadlines: [...deadlines, ...created] };
    });
    if (duplicate)
      return { c: saved, event: event!, deadlines: saved.deadlines.filter((d) => d.eventId === event!.id), duplicate, held: [] };
    await this.afterRecorded(turn, saved, e, event!, created, held);
    return { c: saved, event: event!, deadlines: created, duplicate, held };
  }

  /** A new event stored: its reminders persisted before the command replies, the deadlines it met stopped, audited. */
  private async afterRecorded(
    turn: Turn,
    saved: CaseRecord,
    e: CaseEvent,
    event: CaseEventRecord,
    created: DeadlineRecord[],
    held: DeadlineRecord[],
  ): Promise<void> {
    for (const d of created) await this.scheduleAll(saved.key, d);
    for (const d of held) {
      await this.cancelAll(saved.key, { ...d, gen: d.gen - 1 });
      await this.audit(turn, saved, 'deadline-done', { deadline: d.id, rule: d.rule, by: 'meeting-held' });
      await this.onDeadlineChanged?.(saved, d);
    }
    await this.audit(turn, saved, e.type === 'way-forward' ? 'way-recorded' : 'event-recorded', {
      event: event.id,
      type: e.type,
      at: event.at,
      deadlines: created.length,
      ...(event.meetingAt ? { meetingAt: event.meetingAt } : {}),
      ...(event.meetingKind ? { meeting: event.meetingKind } : {}),
      ...(event.way ? { way: event.way } : {}),
    });
  }

  /** Set by the module: update the posted reminder copies of a deadline that changed. */
  onDeadlineChanged?: (c: CaseRecord, d: DeadlineRecord) => Promise<unknown>;

  /** The reminder steps of a deadline from now on: the rule's own, at the due time, once overdue. */
  replan(d: DeadlineRecord, now: Date): DeadlineRecord {
    const due = new Date(d.due);
    const hours = this.o.rules.escalateAfterWorkingHours ?? 2;
    // Escalation counts working hours from the time it became overdue, or from now for one already overdue
    // (recorded late, reopened): the channel gets those hours to act before the lead is called on.
    const escalateAt = this.o.rules.calendar.addWorkingHours(new Date(Math.max(due.getTime(), now.getTime())), hours);
    const { acknowledgedAt: _a, acknowledgedBy: _b, escalatedAt: _e, ...rest } = d;
    // A booked meeting: the agencies with no answer are named the working day before, at 09:00 London.
    const attendanceAt = d.rule === 'meeting' ? this.o.rules.calendar.workingDayBefore(due, 1, '09:00') : undefined;
    return { ...rest, plan: planSteps(due, d.offsetsMin, now, escalateAt, attendanceAt) };
  }

  async scheduleAll(caseKey: string, d: DeadlineRecord): Promise<void> {
    for (const s of d.plan) await this.scheduleStep(caseKey, d, s);
  }

  async scheduleStep(caseKey: string, d: DeadlineRecord, s: ReminderStep): Promise<void> {
    await this.o.scheduler.schedule({
      id: jobId(caseKey, d.id, d.gen, s.n),
      runAt: new Date(s.at),
      payload: { kind: 'reminder', case: caseKey, deadline: d.id, gen: d.gen, n: s.n },
    });
  }

  async cancelAll(caseKey: string, d: DeadlineRecord): Promise<void> {
    for (const s of d.plan) await this.o.scheduler.cancel(jobId(caseKey, d.id, d.gen, s.n));
  }

  /** Atomic change of one case; throws CaseError if it has gone (purged). */
  async mutate(key: string, fn: (c: CaseRecord) => CaseRecord): Promise<CaseRecord> {
    const saved = await this.o.store.update<CaseRecord>(CASES, key, (cur) => {
      if (!cur) throw new CaseError('This case no longer exists.');
      return fn(cur);
    });
    if (!saved) throw new CaseError('This case no longer exists.');
    return saved;
  }

  /** Post a shared checklist on the case (or show the one already there; `fresh`: start it again, e.g. a new episode). */
  startChecklist(turn: Turn, c: CaseRecord, list: Checklist, opts: { fresh?: boolean } = {}) {
    return startChecklist(this, turn, c, list, opts);
  }

  /** Save ticks from a checklist card (from an older card, only new ticks are added). */
  saveTicks(turn: Turn, c: CaseRecord, list: Checklist, version: number, ticked: string[]) {
    return saveTicks(this, turn, c, list, version, ticked);
  }
}

/** What recording an event did: the case saved, the event (or the same one recorded before), its deadlines, those met. */
export interface RecordedEvent {
  c: CaseRecord;
  event: CaseEventRecord;
  deadlines: DeadlineRecord[];
  duplicate: boolean;
  held: DeadlineRecord[];
}
