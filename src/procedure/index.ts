// The procedure (PG47), pure: contacts, indicators, ways forward, checklists. Files are read by src/content.

export * from './contacts.js';
export { indicatorGroups, allIndicators, findIndicator } from './indicators.js';
export { waysForward, findWay, isWayId, TELL_REFERRER } from './waysForward.js';
export type { WayId } from './waysForward.js';
export { checklists, findChecklist } from './checklists.js';
export type { Checklist, ChecklistItem } from './checklists.js';
