// STUB (owner: store): replaced by LowdbStore / PostgresStore selection.
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Store } from './store.js';
import { MemoryStore } from './memory.js';

export async function createStore(_config: Config, _log: Logger): Promise<Store> {
  return new MemoryStore();
}
