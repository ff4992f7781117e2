// In-memory Store: for unit tests and the CLI chat. Same contract as LowdbStore and PostgresStore.
import type { Store } from './store.js';
import { clone, listByPrefix, matchingEntries } from './inProcess.js';

export class MemoryStore implements Store {
  private readonly data = new Map<string, Map<string, unknown>>();
  private readonly logs = new Map<string, Array<Record<string, unknown>>>();

  private col(name: string): Map<string, unknown> {
    let c = this.data.get(name);
    if (!c) this.data.set(name, (c = new Map()));
    return c;
  }
  async get<T>(collection: string, key: string): Promise<T | undefined> {
    return clone(this.col(collection).get(key) as T | undefined);
  }
  async put<T>(collection: string, key: string, value: T): Promise<void> {
    this.col(collection).set(key, clone(value));
  }
  async update<T>(collection: string, key: string, fn: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    const next = fn(clone(this.col(collection).get(key) as T | undefined));
    if (next === undefined) this.col(collection).delete(key);
    else this.col(collection).set(key, clone(next));
    return clone(next);
  }
  async delete(collection: string, key: string): Promise<void> {
    this.col(collection).delete(key);
  }
  async list<T>(collection: string, prefix = ''): Promise<Array<{ key: string; value: T }>> {
    return listByPrefix<T>(this.col(collection), prefix);
  }
  async append(log: string, entry: Record<string, unknown>): Promise<void> {
    const l = this.logs.get(log) ?? [];
    l.push(clone(entry));
    this.logs.set(log, l);
  }
  async readLog(log: string, filter: { field: string; equals: string; limit?: number }): Promise<Array<Record<string, unknown>>> {
    return matchingEntries(this.logs.get(log) ?? [], filter);
  }
  async close(): Promise<void> {}
}
