// Proactive sends (reminders, case alerts) kept under a platform's rate limits: a Notifier wrapped so that each post or
// update waits for a slot of its channel and of the whole app (sliding windows), and a 429 blocks that channel or the
// whole app (as the platform's limits say) until its Retry-After. Each adapter gives its platform's limits. A slot more than maxWaitMs away is not waited for: a retryable DeliveryError
// carries the wait, and the reminder scheduler runs the job again then (so one busy channel never holds up the others).
import type { Clock } from '../clock.js';
import type { Message } from './model.js';
import type { ChannelAddress, Notifier, PostedMessage } from './notifier.js';
import { DeliveryError } from './notifier.js';

/** At most `limit` sends in any `ms` milliseconds. */
export interface RateWindow {
  limit: number;
  ms: number;
}

export interface PacingLimits {
  perChannel: RateWindow[];
  perApp: RateWindow[];
  /** What a 429 blocks until its Retry-After: the one conversation, or every call of the app. */
  blockOn429: 'channel' | 'app';
  /** Longest wait for a slot inside a send (default 1.5 s); beyond it the send is refused (retryable) with the wait. */
  maxWaitMs?: number;
}

const APP = '\u0000app';

/** When a send may go, with a slot reserved in every window (or the wait, unreserved, when it is past maxWait). */
export class Pacer {
  private readonly logs = new Map<string, number[]>();
  private readonly blocked = new Map<string, number>();

  constructor(
    readonly limits: PacingLimits,
    private readonly now: () => number,
  ) {}

  /** The earliest time at or after `from` at which one more send fits all of `windows` in `log`. */
  private fit(log: number[], from: number, windows: RateWindow[]): number {
    let t = from;
    for (let moved = true, guard = 0; moved && guard < 1000; guard++) {
      moved = false;
      for (const w of windows) {
        // Every interval of length w.ms holding t must hold fewer than w.limit other sends.
        const near = log.filter((e) => e > t - w.ms && e < t + w.ms);
        near.push(t);
        near.sort((a, b) => a - b);
        for (const start of near) {
          if (start > t) break;
          const n = near.filter((p) => p >= start && p < start + w.ms).length;
          if (n > w.limit) {
            t = start + w.ms;
            moved = true;
            break;
          }
        }
      }
    }
    return t;
  }

  /** Reserves the next slot for `channel` (returns the wait in ms), or returns the wait without reserving when it is too long. */
  reserve(channel: string): { waitMs: number; reserved: boolean; at: number } {
    const now = this.now();
    const oldest = now - Math.max(1, ...[...this.limits.perChannel, ...this.limits.perApp].map((w) => w.ms));
    const chLog = (this.logs.get(channel) ?? []).filter((e) => e > oldest);
    const appLog = (this.logs.get(APP) ?? []).filter((e) => e > oldest);
    let t = Math.max(now, this.blocked.get(channel) ?? 0, this.blocked.get(APP) ?? 0);
    for (let prev = NaN; prev !== t;) {
      prev = t;
      t = this.fit(appLog, this.fit(chLog, t, this.limits.perChannel), this.limits.perApp);
    }
    const waitMs = t - now;
    if (waitMs > (this.limits.maxWaitMs ?? 1500)) {
      this.logs.set(channel, chLog);
      return { waitMs, reserved: false, at: t };
    }
    chLog.push(t);
    this.logs.set(channel, chLog);
    if (this.limits.perApp.length) {
      appLog.push(t);
      this.logs.set(APP, appLog);
    }
    return { waitMs, reserved: true, at: t };
  }

  /** A send that did not go out (refused by the platform, not for its rate): its slot is given back. */
  release(channel: string, at: number): void {
    for (const key of [channel, APP]) {
      const log = this.logs.get(key);
      const i = log?.indexOf(at) ?? -1;
      if (i >= 0) log!.splice(i, 1);
    }
  }

  /** A 429: nothing more goes to `channel` (or the app) until `retryAfterMs` from now. */
  block(channel: string, retryAfterMs: number): void {
    const key = this.limits.blockOn429 === 'app' ? APP : channel;
    this.blocked.set(key, Math.max(this.blocked.get(key) ?? 0, this.now() + retryAfterMs));
  }
}

/** `inner` behind a Pacer: the time is the app's clock; waiting uses real timers (or the `sleep` given, in tests). */
export class PacedNotifier implements Notifier {
  readonly platform: Notifier['platform'];
  readonly pacer: Pacer;

  constructor(
    private readonly inner: Notifier,
    limits: PacingLimits,
    clock: Clock,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.platform = inner.platform;
    this.pacer = new Pacer(limits, () => clock.now().getTime());
  }

  private async paced<T>(to: ChannelAddress, send: () => Promise<T>): Promise<T> {
    const { waitMs, reserved, at } = this.pacer.reserve(to.conversationId);
    if (!reserved)
      throw new DeliveryError(`paced: the ${this.platform} rate limit leaves no slot for ${Math.ceil(waitMs)} ms`, true, waitMs);
    if (waitMs > 0) await this.sleep(waitMs);
    try {
      return await send();
    } catch (e) {
      // A 429: its Retry-After blocks further sends. Any other failure posted nothing: the slot is free again.
      if (e instanceof DeliveryError && e.retryAfterMs !== undefined && e.retryAfterMs > 0)
        this.pacer.block(to.conversationId, e.retryAfterMs);
      else this.pacer.release(to.conversationId, at);
      throw e;
    }
  }

  post(to: ChannelAddress, message: Message): Promise<PostedMessage> {
    return this.paced(to, () => this.inner.post(to, message));
  }

  update(to: ChannelAddress, posted: PostedMessage, message: Message): Promise<void> {
    return this.paced(to, () => this.inner.update(to, posted, message));
  }
}
