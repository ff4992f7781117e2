// What the stores that keep their data in this process (MemoryStore, LowdbStore) share: values copied in and out
// (a caller never holds the stored object), a collection listed by key prefix, a log read by one field.

export const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** The entries whose key starts with `prefix`, in key order, as copies. */
export function listByPrefix<T>(data: Map<string, unknown>, prefix: string): Array<{ key: string; value: T }> {
  return [...data.entries()]
    .filter(([k]) => k.startsWith(prefix))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ key, value: clone(value as T) }));
}

/** The log entries whose `field` equals `equals` (the last `limit` of them when given), as copies. */
export function matchingEntries(
  entries: Array<Record<string, unknown>>,
  filter: { field: string; equals: string; limit?: number },
): Array<Record<string, unknown>> {
  const hits = entries.filter((e) => e[filter.field] === filter.equals);
  return clone(filter.limit ? hits.slice(-filter.limit) : hits);
}
