// The case messages, platform-neutral, one module per kind: what they share (labels, refusals), the lead's handover
// summary, a missing child's alert, the case card, and the forms and replies (event form, recorded, audit, checklist).
export * from './cards/common.js';
export * from './cards/lead.js';
export * from './cards/missing.js';
export * from './cards/caseCard.js';
export * from './cards/forms.js';
