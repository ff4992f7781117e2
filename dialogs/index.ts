// STUB (owner: dialogs): every flow, written once.
import type { Flow } from '../src/conversation/flow.js';

export const allFlows: Flow[] = [];
