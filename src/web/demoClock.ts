// The playground's demo clock: real time (or any base clock) plus an offset the page can move forward.
import type { Clock } from '../clock.js';

/** A clock that can be moved forward. The playground's demo clock controls need one. */
export interface AdvanceableClock extends Clock {
  advance(ms: number): void;
}

export const isAdvanceable = (c: Clock): c is AdvanceableClock => typeof (c as Partial<AdvanceableClock>).advance === 'function';

export class OffsetClock implements AdvanceableClock {
  private offsetMs = 0;
  constructor(private readonly base: Clock) {}
  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }
  /** Move forward only: a demo clock that goes back would re-fire reminders out of order. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance(ms) takes a positive number of milliseconds');
    this.offsetMs += ms;
  }
  get offset(): number {
    return this.offsetMs;
  }
}
