// The scheduler's building blocks for bursts: inLanes (several jobs at once, one lane in order) and DueIndex (the
// exclusive EmbeddedScheduler's heap of due times), the latter checked against a plain Map on random operations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DueIndex } from '../../src/reminders/dueIndex.js';
import { inLanes } from '../../src/reminders/lanes.js';

const tick = (ms = 1) => new Promise((r) => setTimeout(r, ms));

describe('inLanes', () => {
  it('runs at most `limit` lanes at once, a lane one item at a time in the order given, and sums the results', async () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ lane: `l${i % 5}`, i }));
    let active = 0;
    let max = 0;
    const busy = new Set<string>();
    const order: number[] = [];
    const total = await inLanes(items, (t) => t.lane, 3, async (t) => {
      expect(busy.has(t.lane)).toBe(false);
      busy.add(t.lane);
      max = Math.max(max, ++active);
      await tick();
      order.push(t.i);
      busy.delete(t.lane);
      active--;
      return t.i % 2;
    });
    expect(total).toBe(20);
    expect(max).toBe(3);
    for (let l = 0; l < 5; l++) {
      const lane = order.filter((i) => i % 5 === l);
      expect(lane).toEqual([...lane].sort((a, b) => a - b));
    }
  });

  it('with limit 1, is a plain loop in the order given', async () => {
    const order: string[] = [];
    await inLanes(['a', 'b', 'c', 'd'], (t) => t, 1, async (t) => {
      await tick();
      order.push(t);
      return 1;
    });
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('after a failure starts nothing more, lets what runs finish, then throws the failure', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = inLanes([0, 1, 2, 3, 4, 5, 6, 7], (i) => `l${i}`, 2, async (i) => {
      started.push(i);
      await tick(i === 1 ? 20 : 1);
      if (i === 0) throw new Error('boom');
      finished.push(i);
      return 1;
    });
    await expect(run).rejects.toThrow('boom');
    expect(started).toEqual([0, 1]);
    expect(finished).toEqual([1]); // the one running when 0 failed finished
  });
});

describe('DueIndex', () => {
  type Op =
    | { op: 'set'; id: number; t: number }
    | { op: 'delete'; id: number }
    | { op: 'take'; now: number }
    | { op: 'restore'; id: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ op: fc.constant('set' as const), id: fc.integer({ min: 0, max: 30 }), t: fc.integer({ min: 0, max: 100 }) }),
    fc.record({ op: fc.constant('delete' as const), id: fc.integer({ min: 0, max: 30 }) }),
    fc.record({ op: fc.constant('take' as const), now: fc.integer({ min: 0, max: 100 }) }),
    fc.record({ op: fc.constant('restore' as const), id: fc.integer({ min: 0, max: 30 }) }),
  );

  it('agrees with a plain map: the earliest time, and the jobs due (earliest first, each once, until set or restored)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const index = new DueIndex();
        const model = new Map<string, number>();
        const out = new Set<string>();
        for (const o of ops) {
          if (o.op === 'set') {
            index.set(`j${o.id}`, o.t);
            model.set(`j${o.id}`, o.t);
            out.delete(`j${o.id}`);
          } else if (o.op === 'delete') {
            index.delete(`j${o.id}`);
            model.delete(`j${o.id}`);
            out.delete(`j${o.id}`);
          } else if (o.op === 'restore') {
            index.restore(`j${o.id}`);
            out.delete(`j${o.id}`);
          } else {
            const got = index.takeDue(o.now);
            const want = [...model].filter(([id, t]) => t <= o.now && !out.has(id));
            expect(got.map(([id]) => id).sort()).toEqual(want.map(([id]) => id).sort());
            expect(got.map(([, t]) => t)).toEqual(want.map(([, t]) => t).sort((a, b) => a - b));
            for (const [id] of got) out.add(id);
          }
          const waiting = [...model].filter(([id]) => !out.has(id)).map(([, t]) => t);
          expect(index.earliest()).toBe(waiting.length ? Math.min(...waiting) : Infinity);
          expect(index.size).toBe(model.size);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the next of 100,000 jobs and the few due without a pass over all of them', () => {
    const index = new DueIndex();
    for (let i = 0; i < 100_000; i++) index.set(`j${i}`, 1_000 + ((i * 7919) % 100_000));
    const t0 = performance.now();
    let due = 0;
    for (let now = 1_000; now < 1_100; now++) {
      for (const [id, t] of index.takeDue(now)) {
        index.set(id, t + 1_000_000); // attended: next needs attention much later
        due++;
      }
      expect(index.earliest()).toBe(now + 1);
    }
    expect(due).toBe(100);
    // 100 runs over a 100,000-job index: a pass over every job for each would be ~10 million steps.
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
