// Builds the read-only dependencies flows get as ctx.deps: contacts directory, calendar (and knowledge base).
import { existsSync } from 'node:fs';
import type { Config } from '../config.js';
import { loadContactsDirectory, SHIPPED_CONTACTS_FILE } from './contacts.js';
import { createCalendar } from './calendar.js';
import { createKnowledgeBase } from './kb/index.js';

export * from './contacts.js';
export { indicatorGroups, allIndicators, findIndicator } from './indicators.js';
export { waysForward, findWay, isWayId, TELL_REFERRER } from './waysForward.js';
export type { WayId } from './waysForward.js';
export { checklists, findChecklist } from './checklists.js';
export type { Checklist, ChecklistItem } from './checklists.js';

/**
 * The contacts file: CONTACTS_FILE if it exists (and it must be valid, or start-up stops with a
 * message naming the bad entry); otherwise the shipped config/contacts.json.
 */
export function contactsFileFor(config: Pick<Config, 'CONTACTS_FILE'>): string {
  return existsSync(config.CONTACTS_FILE) ? config.CONTACTS_FILE : SHIPPED_CONTACTS_FILE;
}

export function buildFlowDeps(config: Config): Record<string, unknown> {
  return {
    contacts: loadContactsDirectory(contactsFileFor(config)),
    kb: createKnowledgeBase(),
    calendar: createCalendar(config.HOLIDAY_REGION),
  };
}
