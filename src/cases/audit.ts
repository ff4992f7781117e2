// The append-only audit trail of every case action: who, what, when, where. Structured fields only,
// never free text a person typed (it may hold personal data).
import type { Store } from '../store/store.js';

export const AUDIT_LOG = 'audit';

export interface AuditEntry {
  /** The case key (an opaque reference, lower case). */
  case: string;
  /** Display name of the person (or 'system'). */
  who: string;
  whoId?: string;
  /** A code, e.g. 'event-recorded'. */
  what: AuditWhat;
  /** ISO instant. */
  when: string;
  /** 'platform:conversationId', or 'scheduler'. */
  where: string;
  /** Structured details only: ids, event types, instants. */
  detail?: Record<string, string | number | boolean>;
}

export type AuditWhat =
  | 'case-opened'
  | 'channel-linked'
  | 'case-closed'
  | 'case-reopened'
  | 'event-recorded'
  | 'way-recorded'
  | 'checklist-posted'
  | 'checklist-ticked'
  | 'checklist-unticked'
  | 'deadline-done'
  | 'deadline-snoozed'
  | 'deadline-rescheduled'
  | 'deadline-acknowledged'
  | 'deadline-escalated'
  | 'attendance-answered'
  | 'reminder-posted'
  | 'reminder-failed'
  | 'case-purged'
  | 'join-requested'
  | 'join-approved'
  | 'join-declined'
  | 'role-refused'
  | 'lead-named'
  | 'lead-handover'
  | 'case-viewed';

export const WHAT_LABEL: Record<AuditWhat, string> = {
  'case-opened': 'opened the case',
  'channel-linked': 'linked a channel',
  'case-closed': 'closed the case',
  'case-reopened': 'reopened the case',
  'event-recorded': 'recorded an event',
  'way-recorded': 'recorded the way forward',
  'checklist-posted': 'posted a checklist',
  'checklist-ticked': 'ticked',
  'checklist-unticked': 'unticked',
  'deadline-done': 'marked a deadline done',
  'deadline-snoozed': 'snoozed a reminder',
  'deadline-rescheduled': 'rescheduled a deadline',
  'reminder-posted': 'posted a reminder',
  'reminder-failed': 'could not post a reminder',
  'case-purged': 'purged the closed case',
  'join-requested': 'asked for a channel to follow the case',
  'join-approved': 'approved a channel following the case',
  'join-declined': 'declined a channel following the case',
  'role-refused': 'was refused (duty managers only)',
  'lead-named': 'named the lead coordinator',
  'lead-handover': 'handed the case over to a new lead',
  'case-viewed': 'viewed the case from the duty digest (duty managers)',
  'deadline-acknowledged': 'said they are on an overdue deadline',
  'deadline-escalated': 'escalated an overdue deadline to the lead',
  'attendance-answered': 'answered for their agency on a meeting',
};

export class Audit {
  constructor(private readonly store: Store) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.store.append(AUDIT_LOG, { ...entry } as Record<string, unknown>);
  }

  /** The last `limit` entries of a case, oldest first. */
  async last(caseKey: string, limit = 20): Promise<AuditEntry[]> {
    const rows = await this.store.readLog(AUDIT_LOG, { field: 'case', equals: caseKey, limit });
    return rows as unknown as AuditEntry[];
  }
}
