// STUB (owner: cases): case commands, deadlines and reminders.
import type { CommandHandler } from '../conversation/flow.js';
import type { Notifier } from '../conversation/notifier.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Config } from '../config.js';

export interface CaseModuleOptions {
  store: Store;
  clock: Clock;
  log: Logger;
  config: Config;
  deps: Record<string, unknown>;
}

export interface CaseModule {
  handlers: CommandHandler[];
  start(notifiers: Notifier[]): Promise<void>;
  /** Deliver every reminder due at clock.now() (catch-up after downtime; the playground's demo clock). */
  runDue(): Promise<number>;
  stop(): Promise<void>;
}

export function createCaseModule(_opts: CaseModuleOptions): CaseModule {
  return { handlers: [], start: async () => {}, runDue: async () => 0, stop: async () => {} };
}
