// Builds the read-only dependencies flows get as ctx.deps: contacts directory, calendar (and knowledge base).
import { existsSync } from 'node:fs';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { loadContactsDirectory, missingNumbers, SHIPPED_CONTACTS_FILE } from './contacts.js';
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

export function buildFlowDeps(config: Config, log?: Logger): Record<string, unknown> {
  const file = contactsFileFor(config);
  const contacts = loadContactsDirectory(file);
  // Said once at start-up: how many authorities still lack numbers (npm run contacts:check lists which).
  const missing = missingNumbers(contacts);
  log?.info(
    {
      file,
      authorities: contacts.all().length,
      lackingNumbers: missing.length,
      lackingCscInHours: missing.filter((m) => m.missing.some((x) => x.includes('office hours'))).length,
    },
    `contacts directory: ${missing.length} of ${contacts.all().length} London authorities lack a number (npm run contacts:check lists which)`,
  );
  return {
    contacts,
    kb: createKnowledgeBase(),
    calendar: createCalendar(config.HOLIDAY_REGION),
  };
}
