// Every flow, written once, platform-neutral.
import type { Flow } from '../src/conversation/flow.js';
import { referFlow } from './refer.js';
import { indicatorsFlow } from './indicators.js';
import { waysForwardFlow } from './waysForward.js';
import { checklistFlow } from './checklist.js';
import { contactsFlow } from './contacts.js';
import { askFlow } from './ask.js';

export { referFlow, indicatorsFlow, waysForwardFlow, checklistFlow, contactsFlow, askFlow };
export { checklistBlocks } from './checklist.js';

/** The procedure flows (without the question-answering flow). */
export const procedureFlows: Flow[] = [referFlow, indicatorsFlow, waysForwardFlow, checklistFlow, contactsFlow] as Flow[];

/** Every flow the engine runs: the procedure flows and free-text questions (`ask`, written by the knowledge-base part). */
export const allFlows: Flow[] = [...procedureFlows, askFlow as Flow];
