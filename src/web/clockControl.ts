// The demo clock's buttons: move the bot's time forward, then deliver every reminder now due.
import type { CaseModule } from '../cases/index.js';
import type { AdvanceableClock } from './demoClock.js';

export type ClockStep = 'hour' | 'day' | 'next';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** "Next deadline" looks this far ahead, an hour at a time, when the case module cannot say when. */
const SEARCH_LIMIT = 7 * DAY;

/** Optional: a case module that knows when its next reminder is due jumps straight there. */
type WithNextDue = CaseModule & { nextDueAt?: () => Promise<Date | undefined> };

export async function advanceDemoClock(clock: AdvanceableClock, cases: CaseModule, step: ClockStep): Promise<{ advancedMs: number; delivered: number }> {
  if (step !== 'next') {
    const ms = step === 'hour' ? HOUR : DAY;
    clock.advance(ms);
    return { advancedMs: ms, delivered: await cases.runDue() };
  }
  const nextDueAt = (cases as WithNextDue).nextDueAt;
  if (typeof nextDueAt === 'function') {
    const due = await nextDueAt.call(cases);
    if (!due) return { advancedMs: 0, delivered: 0 };
    const ms = Math.max(0, due.getTime() - clock.now().getTime());
    clock.advance(ms);
    return { advancedMs: ms, delivered: await cases.runDue() };
  }
  let advancedMs = 0;
  while (advancedMs < SEARCH_LIMIT) {
    clock.advance(HOUR);
    advancedMs += HOUR;
    const delivered = await cases.runDue();
    if (delivered > 0) return { advancedMs, delivered };
  }
  return { advancedMs, delivered: 0 };
}
