// The core as the tests build it: createCore (the same as the server and the terminal chat) over a memory store and
// a manual clock, and the flows' dependencies read once from the shipped files.
import type { FlowDeps } from '../../src/conversation/flow.js';
import { buildFlowDeps } from '../../src/content/index.js';
import { loadConfig } from '../../src/config.js';

let deps: FlowDeps | undefined;
/** The flows' dependencies from the shipped files (contacts not filled in, the knowledge base, the calendar), built once. */
export function flowDeps(): FlowDeps {
  return (deps ??= buildFlowDeps(loadConfig({ NODE_ENV: 'test' })));
}
