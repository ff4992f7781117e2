// The AfterAck queue: the work after an ack waits for the requests already arrived to be answered, and for a quiet
// moment, but never long; at most `concurrency` jobs at once; a slow job gives up its slot and carries on.
import { EventEmitter } from 'node:events';
import type { NextFunction, Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { AfterAck, type AfterAckOptions } from '../../src/slack/afterAck.js';
import { silentLogger } from '../../src/logger.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A request arriving through the queue's middleware; answer() sends its response ('finish'). */
function arrive(q: AfterAck): { answer: () => void } {
  const res = new EventEmitter();
  q.track()({} as Request, res as unknown as Response, (() => {}) as NextFunction);
  return { answer: () => void res.emit('finish') };
}

const queue = (o: Partial<AfterAckOptions> = {}) =>
  new AfterAck(silentLogger, { concurrency: 8, slotMs: 1000, quietMs: 10, maxHoldMs: 250, ...o });

describe('AfterAck', () => {
  it('starts no job while a request is being answered; starts it once answered', async () => {
    const q = queue({ maxHoldMs: 5000 });
    const started: string[] = [];
    const first = arrive(q);
    q.run(async () => void started.push('turn'));
    await sleep(40);
    expect(started).toEqual([]); // the request is still open
    first.answer();
    await sleep(50);
    expect(started).toEqual(['turn']);
  });

  it('waits quietMs after the last arrival: the next request of a burst is read first', async () => {
    const q = queue({ quietMs: 200, maxHoldMs: 5000 });
    let startedAt = 0;
    const t0 = performance.now();
    arrive(q).answer();
    q.run(async () => void (startedAt = performance.now()));
    await sleep(50);
    expect(startedAt).toBe(0);
    await sleep(400);
    expect(startedAt - t0).toBeGreaterThanOrEqual(198);
  });

  it('a burst of requests is answered before any of its jobs starts', async () => {
    const q = queue({ quietMs: 200, maxHoldMs: 5000 });
    const order: string[] = [];
    for (let i = 0; i < 20; i++) {
      const r = arrive(q);
      q.run(async () => void order.push(`job ${i}`));
      await new Promise((resolve) => setImmediate(resolve));
      r.answer();
      order.push(`ack ${i}`);
      await sleep(1);
    }
    await sleep(400);
    expect(order.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => `ack ${i}`));
    expect(order.slice(20)).toEqual(Array.from({ length: 20 }, (_, i) => `job ${i}`)); // in arrival order
  });

  it('a request that never ends holds the jobs at most maxHoldMs', async () => {
    const q = queue({ maxHoldMs: 60 });
    arrive(q); // never answered (a slow upload)
    const t0 = performance.now();
    let startedAt = 0;
    q.run(async () => void (startedAt = performance.now()));
    await sleep(500);
    expect(startedAt - t0).toBeGreaterThanOrEqual(55); // held while the request was open, then started anyway
  });

  it('runs at most `concurrency` jobs at once, in arrival order', async () => {
    const q = queue({ concurrency: 2, quietMs: 0 });
    let running = 0;
    let most = 0;
    const started: number[] = [];
    for (let i = 0; i < 6; i++) {
      q.run(async () => {
        started.push(i);
        most = Math.max(most, ++running);
        await sleep(15);
        running--;
      });
    }
    await sleep(150);
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(q.size).toBe(0);
  });

  it('a job still running after slotMs gives its slot to the next job, and still finishes', async () => {
    const q = queue({ concurrency: 2, slotMs: 40, quietMs: 0 });
    const done: string[] = [];
    q.run(async () => void (await sleep(1000), done.push('slow 1')));
    q.run(async () => void (await sleep(1000), done.push('slow 2')));
    q.run(async () => void done.push('quick'));
    await sleep(400);
    expect(done).toEqual(['quick']); // started after 40 ms, not after 1000
    await sleep(900);
    expect(done.sort()).toEqual(['quick', 'slow 1', 'slow 2']);
  });

  it('a job that throws is logged, and the next one runs', async () => {
    const q = queue({ quietMs: 0 });
    const ran: string[] = [];
    q.run(async () => {
      throw new Error('boom');
    });
    q.run(async () => void ran.push('next'));
    await sleep(20);
    expect(ran).toEqual(['next']);
  });
});
