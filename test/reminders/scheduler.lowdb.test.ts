import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmbeddedScheduler } from '../../src/reminders/embedded.js';
import { LowdbStore } from '../../src/store/lowdb.js';
import { schedulerSuite } from './scheduler-suite.js';

// Two schedulers in one process share one LowdbStore (lowdb is single-process by design).
schedulerSuite('EmbeddedScheduler on LowdbStore', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'sg-sched-'));
  let store: LowdbStore | undefined;
  return {
    async open(clock, opts) {
      store ??= await LowdbStore.open(dir);
      return new EmbeddedScheduler(store, { clock, ...opts });
    },
    childArgs: () => ['lowdb', dir],
    async dispose() {
      await store?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});
