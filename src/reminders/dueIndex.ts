// The exclusive EmbeddedScheduler's index: job id -> when it next needs attention, with the earliest time and the jobs
// due by a time found without a pass over every job (a binary heap, stale entries skipped). With 100,000 pending
// reminders, a pass over the whole index for each run (and again for the next time) was most of a burst's own CPU.

export class DueIndex {
  private readonly at = new Map<string, number>();
  /**
   * A binary heap of [time, id], the earliest first, kept as two parallel arrays (two objects for the garbage collector
   * to look at, not one per job); an entry whose time is no longer the id's is stale and skipped.
   */
  private times: number[] = [];
  private ids: string[] = [];
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
    this.push(t, id);
    if (this.ids.length > 2 * this.at.size + 64) this.rebuild();
  }

  delete(id: string): void {
    this.at.delete(id);
    this.out.delete(id);
  }

  /** The earliest time in the index (Infinity when empty). */
  earliest(): number {
    this.dropStale();
    return this.times.length ? this.times[0]! : Infinity;
  }

  /**
   * The jobs due by `now`, earliest first, taken out of the heap (they stay in the index): each is then set (its new
   * time), deleted, or restored (put back as it was, e.g. after a failure).
   */
  takeDue(now: number): Array<[string, number]> {
    const due: Array<[string, number]> = [];
    for (this.dropStale(); this.times.length && this.times[0]! <= now; this.dropStale()) {
      const t = this.times[0]!;
      const id = this.pop();
      due.push([id, t]);
      this.out.add(id);
    }
    return due;
  }

  /** A job taken by takeDue and neither set nor deleted since goes back into the heap at its time. */
  restore(id: string): void {
    const t = this.at.get(id);
    if (!this.out.delete(id) || t === undefined) return;
    this.push(t, id);
  }

  private dropStale(): void {
    while (this.ids.length && !(this.at.get(this.ids[0]!) === this.times[0] && !this.out.has(this.ids[0]!))) this.pop();
  }

  private rebuild(): void {
    this.times = [];
    this.ids = [];
    for (const [id, t] of this.at) if (!this.out.has(id)) this.push(t, id);
  }

  private swap(i: number, j: number): void {
    const { times: h, ids } = this;
    const t = h[i]!;
    h[i] = h[j]!;
    h[j] = t;
    const id = ids[i]!;
    ids[i] = ids[j]!;
    ids[j] = id;
  }

  private push(t: number, id: string): void {
    const h = this.times;
    h.push(t);
    this.ids.push(id);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (h[p]! <= h[i]!) break;
      this.swap(p, i);
      i = p;
    }
  }

  /** Removes the earliest entry; its id. */
  private pop(): string {
    const h = this.times;
    const top = this.ids[0]!;
    const lastT = h.pop()!;
    const lastId = this.ids.pop()!;
    if (h.length) {
      h[0] = lastT;
      this.ids[0] = lastId;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l]! < h[m]!) m = l;
        if (r < h.length && h[r]! < h[m]!) m = r;
        if (m === i) break;
        this.swap(m, i);
        i = m;
      }
    }
    return top;
  }
}
