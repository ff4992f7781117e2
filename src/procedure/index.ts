// The procedure (PG47), pure: contacts (given the files' text; src/content reads them), indicators, ways forward, checklists.

export * from './contacts.js';
export { indicatorGroups, allIndicators, findIndicator } from './indicators.js';
export { waysForward, findWay, isWayId, TELL_REFERRER } from './waysForward.js';
export type { WayId } from './waysForward.js';
export { checklists, findChecklist } from './checklists.js';
export type { Checklist, ChecklistItem } from './checklists.js';
