// Work on several jobs at once, in lanes: at most `limit` lanes run at a time, and the items of one lane (e.g. the jobs
// of one case) run one after another, in the order they were added. Items can be added while others run (a burst of
// reminders is fed in as each falls due, instead of in batches that each wait for their slowest job).
// After a failure nothing more is started (as a loop one by one stops there): what is running finishes, and done()
// throws the failure.

export class Lanes<T> {
  /** Lanes started or waiting to start: the items not yet begun. */
  private readonly queues = new Map<string, T[]>();
  /** Lanes with items, waiting for a free place. */
  private readonly waiting: string[] = [];
  private running = 0;
  private total = 0;
  private failure?: { err: unknown };
  private waiters: Array<() => void> = [];

  constructor(
    private readonly limit: number,
    private readonly laneOf: (t: T) => string,
    private readonly fn: (t: T) => Promise<number>,
  ) {}

  /** Lanes running now. */
  get active(): number {
    return this.running;
  }

  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** Queues the item in its lane (started at once when the lane is free and there is room). False after a failure. */
  add(t: T): boolean {
    if (this.failure) return false;
    const k = this.laneOf(t);
    const q = this.queues.get(k);
    if (q) {
      q.push(t);
      return true;
    }
    this.queues.set(k, [t]);
    if (this.running < Math.max(1, this.limit)) void this.runLane(k);
    else this.waiting.push(k);
    return true;
  }

  /** Resolves when an item finishes (or at once when nothing runs). */
  progress(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((r) => this.waiters.push(r));
  }

  /** Waits for every item added (and any added meanwhile); the sum of what fn returned, or the first failure. */
  async done(): Promise<number> {
    while (this.running) await this.progress();
    if (this.failure) throw this.failure.err;
    return this.total;
  }

  private async runLane(k: string): Promise<void> {
    this.running++;
    const q = this.queues.get(k)!;
    for (let t = q.shift(); t !== undefined && !this.failure; t = q.shift()) {
      try {
        const n = await this.fn(t); // (not `total += await`: that would add to the total read before the wait)
        this.total += n;
      } catch (err) {
        this.failure ??= { err };
      }
      this.notify();
    }
    this.queues.delete(k);
    const next = this.failure ? undefined : this.waiting.shift();
    this.running--;
    if (next !== undefined) void this.runLane(next);
    this.notify();
  }

  private notify(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const r of w) r();
  }
}

/** Runs fn over the items in lanes (Lanes), waits for all, and returns the sum of what fn returned. */
export function inLanes<T>(items: T[], laneOf: (t: T) => string, limit: number, fn: (t: T) => Promise<number>): Promise<number> {
  const lanes = new Lanes(limit, laneOf, fn);
  for (const t of items) lanes.add(t);
  return lanes.done();
}
