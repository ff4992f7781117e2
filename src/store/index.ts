// Picks the store: PostgresStore when DATABASE_URL is set, else LowdbStore in DATA_DIR.
// PostgreSQL not reachable yet at start-up: logged (DATABASE_URL named, its password masked) and tried again with
// backoff (0.5 s doubling to 30 s, forever); the HTTP server answers /healthz 503 meanwhile (src/app.ts).
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Store } from './store.js';
import { LowdbStore } from './lowdb.js';
import { PostgresStore } from './postgres.js';

export async function createStore(config: Config, log: Logger): Promise<Store> {
  if (config.DATABASE_URL) {
    const store = await PostgresStore.open({
      connectionString: config.DATABASE_URL,
      log: log.child({ store: 'postgres' }),
      name: 'DATABASE_URL',
      retry: { firstDelayMs: 500, maxDelayMs: 30_000 },
    });
    log.info({ store: 'postgres' }, 'store ready');
    return store;
  }
  const store = await LowdbStore.open(config.DATA_DIR, { log: log.child({ store: 'lowdb' }) });
  log.info({ store: 'lowdb', dataDir: config.DATA_DIR }, 'store ready');
  return store;
}

export { LowdbStore, PostgresStore };
export type { Store };
export { CorruptStoreFileError, UnreadableRecordError } from './store.js';
