// Content loading for the composition root: every file the core needs is read here (contacts, the knowledge
// base's YAML), and the flows' dependencies are built from it. src/procedure gets only the text.
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { FlowDeps } from '../conversation/flow.js';
import { missingNumbers } from '../procedure/contacts.js';
import { createCalendar } from '../procedure/calendar.js';
import { contactsFileFor, loadContactsDirectory } from './contacts.js';
import { loadKnowledgeBase } from './kb.js';

export * from './contacts.js';
export * from './kb.js';

/** The flows' dependencies: the contacts directory (CONTACTS_FILE), the knowledge base, the calendar. */
export function buildFlowDeps(config: Pick<Config, 'CONTACTS_FILE' | 'HOLIDAY_REGION'>, log?: Logger): FlowDeps {
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
  return { contacts, kb: loadKnowledgeBase(), calendar: createCalendar(config.HOLIDAY_REGION) };
}
