// Child process for the SIGKILL durability test: writes forever, printing "acked N" after each
// round of put/update/append (a key-file collection and a journal one on lowdb) has resolved. Usage: tsx store-child.ts lowdb <dir> | postgres <url> <schema>
import { LowdbStore } from '../../src/store/lowdb.js';
import { PostgresStore } from '../../src/store/postgres.js';
import type { Store } from '../../src/store/store.js';

const [kind, a, b] = process.argv.slice(2);
const store: Store = kind === 'postgres' ? await PostgresStore.open({ connectionString: a!, schema: b }) : await LowdbStore.open(a!);
for (let i = 1; ; i++) {
  await Promise.all([
    store.put('items', `i${i}`, { i }),
    store.update<{ n: number }>('counters', 'shared', (c) => ({ n: (c?.n ?? 0) + 1 })),
    // A journal collection on lowdb (lowdb/journal.ts): one line per change, not a file per key.
    store.update<{ n: number }>('conversations', 'teams:conv-1', (c) => ({ n: (c?.n ?? 0) + 1 })),
    store.put('conversations', `teams:conv-i${i}`, { i }),
  ]);
  await store.append('audit', { kind: 'tick', i });
  process.stdout.write(`acked ${i}\n`);
}
