// The work a Slack listener does after its ack (Slack's 3 seconds; the target is 100 ms at 50 concurrent requests).
//
// A listener acks, then hands its turn (store, engine, Web API) to this queue instead of running it at once, so that
// the requests already arrived are read and acknowledged before any turn's work:
// - a job starts from a setImmediate (after the poll phase has read what has arrived), in arrival order, and only when
//   no Slack request is being read or acknowledged and none has arrived for quietMs (a burst is acknowledged whole
//   before its work begins); a job held for maxHoldMs starts anyway (a steady stream or a slow upload never stalls
//   the turns);
// - at most `concurrency` jobs run at once (each one's CPU lands between the acks); a job still running after slotMs
//   (a Web API call waiting out a 429) gives its slot to the next job and carries on.
import type { RequestHandler } from 'express';
import { errorText, type Logger } from '../logger.js';

export interface AfterAckOptions {
  concurrency: number;
  slotMs: number;
  quietMs: number;
  maxHoldMs: number;
}

export const AFTER_ACK_DEFAULTS: AfterAckOptions = { concurrency: 8, slotMs: 1000, quietMs: 10, maxHoldMs: 250 };

type Job = () => Promise<void>;

export class AfterAck {
  private readonly queue: Array<{ job: Job; at: number }> = [];
  private running = 0;
  /** Slack requests arrived and not yet answered (HTTP mode; Socket Mode acks over its socket). */
  private inbound = 0;
  private lastArrival = -Infinity;
  private scheduled = false;
  private holdTimer?: NodeJS.Timeout;

  constructor(
    private readonly log: Logger,
    private readonly opts: AfterAckOptions = AFTER_ACK_DEFAULTS,
  ) {}

  /** Express middleware in front of the receiver: counts each request from its arrival until its answer is sent. */
  track(): RequestHandler {
    return (_req, res, next) => {
      this.inbound++;
      this.lastArrival = performance.now();
      let open = true;
      const done = () => {
        if (!open) return;
        open = false;
        this.inbound--;
        this.pump();
      };
      res.once('finish', done);
      res.once('close', done);
      next();
    };
  }

  /** Queue a job; it never throws to the caller (a failure is logged). */
  run(job: Job): void {
    this.queue.push({ job, at: performance.now() });
    this.pump();
  }

  /** Jobs queued or running (for tests and shutdown). */
  get size(): number {
    return this.queue.length + this.running;
  }

  private pump(): void {
    if (this.scheduled || !this.queue.length) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.drain();
    });
  }

  private drain(): void {
    while (this.queue.length && this.running < this.opts.concurrency) {
      const now = performance.now();
      const holdLeft = this.opts.maxHoldMs - (now - this.queue[0]!.at);
      const quietLeft = this.opts.quietMs - (now - this.lastArrival);
      if (holdLeft > 0 && (this.inbound > 0 || quietLeft > 0)) return this.recheckIn(Math.min(holdLeft, Math.max(quietLeft, 1)));
      this.start(this.queue.shift()!.job);
    }
  }

  private recheckIn(ms: number): void {
    if (this.holdTimer) return;
    this.holdTimer = setTimeout(() => {
      this.holdTimer = undefined;
      this.pump();
    }, Math.ceil(ms));
  }

  private start(job: Job): void {
    this.running++;
    let holding = true;
    const release = () => {
      if (!holding) return;
      holding = false;
      clearTimeout(slot);
      this.running--;
      this.pump();
    };
    const slot = setTimeout(release, this.opts.slotMs);
    void (async () => {
      try {
        await job();
      } catch (e) {
        this.log.error({ err: errorText(e) }, 'slack work after the ack failed');
      } finally {
        release();
      }
    })();
  }
}
