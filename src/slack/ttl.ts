// Short-lived records in the shared Store (so they hold across replicas): seen event ids,
// messages offered for sharing, modal forms. Expired entries are pruned now and then.
import { randomUUID } from 'node:crypto';
import type { Store } from '../store/store.js';
import type { Clock } from '../clock.js';

interface Entry<T> {
  at: number;
  value: T;
}

const PRUNE_EVERY = 200;

export class TtlRecords<T> {
  private writes = 0;

  constructor(
    private readonly store: Store,
    private readonly collection: string,
    private readonly ttlMs: number,
    private readonly clock: Clock,
  ) {}

  private fresh(e: Entry<T> | undefined, now: number): e is Entry<T> {
    return e !== undefined && now - e.at < this.ttlMs;
  }

  /** True the first time a key is claimed within the TTL (atomic: one replica wins). */
  async claim(key: string, value: T): Promise<boolean> {
    const now = this.clock.now().getTime();
    let first = false;
    await this.store.update<Entry<T>>(this.collection, key, (cur) => {
      if (this.fresh(cur, now)) return cur;
      first = true;
      return { at: now, value };
    });
    await this.maybePrune(now);
    return first;
  }

  /** Store a value under a new random key. */
  async add(value: T): Promise<string> {
    const key = randomUUID().replace(/-/g, '').slice(0, 20);
    const now = this.clock.now().getTime();
    await this.store.put<Entry<T>>(this.collection, key, { at: now, value });
    await this.maybePrune(now);
    return key;
  }

  async get(key: string): Promise<T | undefined> {
    const e = await this.store.get<Entry<T>>(this.collection, key);
    return this.fresh(e, this.clock.now().getTime()) ? e.value : undefined;
  }

  private async maybePrune(now: number): Promise<void> {
    if (++this.writes % PRUNE_EVERY !== 0) return;
    const all = await this.store.list<Entry<T>>(this.collection);
    for (const { key, value } of all) if (!this.fresh(value, now)) await this.store.delete(this.collection, key);
  }
}
