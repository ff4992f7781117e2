// The demo clock's buttons: move the bot's time forward, then deliver every reminder now due.
import type { CaseModule } from '../cases/index.js';
import type { AdvanceableClock } from './demoClock.js';

/** What the demo clock needs of the case module. */
export type DueRunner = Pick<CaseModule, 'runDue'> & { nextDueAt?: () => Promise<Date | undefined> };

export type ClockStep = 'hour' | 'day' | 'next';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** "Next deadline" looks this far ahead, an hour at a time, when the case module cannot say when. */
const SEARCH_LIMIT = 7 * DAY;

/**
 * "next": to the case module's next due time (nextDueAt), not moving when none is due; a module without
 * nextDueAt is stepped hour by hour until something is delivered, up to 7 days. Then deliver what is due.
 */
export async function advanceDemoClock(
  clock: AdvanceableClock,
  cases: DueRunner,
  step: ClockStep,
): Promise<{ advancedMs: number; delivered: number }> {
  if (step !== 'next') {
    const ms = step === 'hour' ? HOUR : DAY;
    clock.advance(ms);
    return { advancedMs: ms, delivered: await cases.runDue() };
  }
  if (typeof cases.nextDueAt === 'function') {
    const due = await cases.nextDueAt();
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
