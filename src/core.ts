// The core, built in one place for the server (src/app.ts), the terminal chat (src/cli/chat.ts) and the tests: the
// flows' dependencies (read from the files the config names), the case module, oversight, and the engine over them.
import type { Config } from './config.js';
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';
import type { Store } from './store/store.js';
import type { Scheduler } from './reminders/scheduler.js';
import type { Flow, FlowDeps } from './conversation/flow.js';
import { Engine } from './conversation/engine.js';
import { allFlows, askFlow } from '../dialogs/index.js';
import { createCaseModule, type CaseModule } from './cases/index.js';
import type { Roles } from './cases/roles.js';
import { looksLikePersonalData } from './cases/reference.js';
import { createOversight, type Oversight } from './oversight/index.js';
import { buildFlowDeps } from './content/index.js';

export interface CoreOptions {
  config: Config;
  store: Store;
  clock: Clock;
  log: Logger;
  /** The flows' dependencies; by default built from the config's files (buildFlowDeps). */
  deps?: FlowDeps;
  /** A scheduler (tests: polling off); by default the config's (embedded, or pg-boss on PostgreSQL). */
  scheduler?: Scheduler;
  /** Duty managers; by default read from ROLES_FILE. */
  roles?: Roles;
  /** The flows; by default every flow, with the question flow (`ask`) answering free text. */
  flows?: Flow[];
  /** The oversight commands (duty digest, chronology, stats); by default on. The terminal chat, with no cases, has none. */
  oversight?: boolean;
}

export interface Core {
  engine: Engine;
  cases: CaseModule;
  oversight: Oversight;
  deps: FlowDeps;
}

export function createCore(opts: CoreOptions): Core {
  const { config, store, clock, log } = opts;
  const deps = opts.deps ?? buildFlowDeps(config, log);
  const cases = createCaseModule({
    store,
    clock,
    log,
    config,
    deps,
    ...(opts.scheduler ? { scheduler: opts.scheduler } : {}),
    ...(opts.roles ? { roles: opts.roles } : {}),
  });
  const oversight = createOversight({ module: cases, store, log });
  const flows = opts.flows ?? allFlows;
  const questionFlow = flows.includes(askFlow as Flow) ? { questionFlow: askFlow.id } : {};
  // The oversight commands come first: `case chronology` is theirs, every other `case ...` the case module's.
  const handlers = [...(opts.oversight === false ? [] : oversight.handlers), ...cases.handlers];
  const engine = new Engine({ store, clock, log, deps }, flows, handlers, looksLikePersonalData, questionFlow);
  return { engine, cases, oversight, deps };
}
