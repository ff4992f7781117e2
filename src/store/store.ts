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

/**
 * A stored record that could not be read (a corrupt or truncated file): it was set aside (LowdbStore moves it to
 * `<collection dir>/quarantine/`) and its key refuses every read and write until an operator restores or removes it,
 * so nothing can overwrite it or quietly start again from nothing.
 */
export class UnreadableRecordError extends Error {
  constructor(
    readonly collection: string,
    readonly key: string,
    /** Where the unreadable file is now (its quarantine path), when it could be moved. */
    readonly quarantinedAt?: string,
  ) {
    super(
      `The stored ${collection} record ${JSON.stringify(key)} could not be read` +
        (quarantinedAt ? `; it was set aside in ${quarantinedAt}` : '') +
        ': nothing was read or changed.',
    );
    this.name = 'UnreadableRecordError';
  }
}

/** A file in DATA_DIR that must be whole for the store to start (a strict collection's file, the lock) is not: start-up stops. */
export class CorruptStoreFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
    advice?: string,
    readonly backup?: string,
  ) {
    super(
      `DATA_DIR file ${file} is corrupt: ${reason}. ` +
        (advice ??
          `Move it away${backup ? ` or restore its last good version from ${backup}` : ' or restore it from a backup'} before starting.`),
    );
    this.name = 'CorruptStoreFileError';
  }
}
