// The exclusive EmbeddedScheduler's index: job id -> when it next needs attention, with the earliest time and the jobs
// due by a time found without a pass over every job (a binary heap, stale entries skipped). With 100,000 pending
// reminders, a pass over the whole index for each run (and again for the next time) was most of a burst's own CPU.

export class DueIndex {
  private readonly at = new Map<string, number>();
  /** [time, id], the earliest first; an entry whose time is no longer the id's is stale and skipped. */
  private heap: Array<[number, string]> = [];
  /** Ids handed out by takeDue and not set, deleted or restored since (their entries are out of the heap). */
  private readonly out = new Set<string>();

  get size(): number {
    return this.at.size;
  }

  get(id: string): number | undefined {
    return this.at.get(id);
  }

  set(id: string, t: number): void {
    if (this.at.get(id) === t && !this.out.has(id)) return;
    this.at.set(id, t);
    this.out.delete(id);
    this.push([t, id]);
    if (this.heap.length > 2 * this.at.size + 64) this.rebuild();
  }

  delete(id: string): void {
    this.at.delete(id);
    this.out.delete(id);
  }

  /** The earliest time in the index (Infinity when empty). */
  earliest(): number {
    this.dropStale();
    return this.heap[0]?.[0] ?? Infinity;
  }

  /**
   * The jobs due by `now`, earliest first, taken out of the heap (they stay in the index): each is then set (its new
   * time), deleted, or restored (put back as it was, e.g. after a failure).
   */
  takeDue(now: number): Array<[string, number]> {
    const due: Array<[string, number]> = [];
    for (this.dropStale(); this.heap.length && this.heap[0]![0] <= now; this.dropStale()) {
      const [t, id] = this.pop();
      due.push([id, t]);
      this.out.add(id);
    }
    return due;
  }

  /** A job taken by takeDue and neither set nor deleted since goes back into the heap at its time. */
  restore(id: string): void {
    const t = this.at.get(id);
    if (!this.out.delete(id) || t === undefined) return;
    this.push([t, id]);
  }

  private current([t, id]: [number, string]): boolean {
    return this.at.get(id) === t && !this.out.has(id);
  }

  private dropStale(): void {
    while (this.heap.length && !this.current(this.heap[0]!)) this.pop();
  }

  private rebuild(): void {
    this.heap = [];
    for (const [id, t] of this.at) if (!this.out.has(id)) this.push([t, id]);
  }

  private push(e: [number, string]): void {
    const h = this.heap;
    h.push(e);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (h[p]![0] <= h[i]![0]) break;
      [h[p], h[i]] = [h[i]!, h[p]!];
      i = p;
    }
  }

  private pop(): [number, string] {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l]![0] < h[m]![0]) m = l;
        if (r < h.length && h[r]![0] < h[m]![0]) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
  }
}
