// The one storage port. LowdbStore (default, DATA_DIR) and PostgresStore (DATABASE_URL) implement it;
// test/store/contract.ts runs the same suite against both.
export interface Store {
  get<T>(collection: string, key: string): Promise<T | undefined>;
  put<T>(collection: string, key: string, value: T): Promise<void>;
  /** Atomic read-modify-write of one key (across replicas too). Return undefined to delete. */
  update<T>(collection: string, key: string, fn: (current: T | undefined) => T | undefined): Promise<T | undefined>;
  delete(collection: string, key: string): Promise<void>;
  list<T>(collection: string, prefix?: string): Promise<Array<{ key: string; value: T }>>;
  /** Append-only log (the audit trail). Entries are never changed. */
  append(log: string, entry: Record<string, unknown>): Promise<void>;
  readLog(log: string, filter: { field: string; equals: string; limit?: number }): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}
