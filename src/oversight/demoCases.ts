// Made-up cases for the sample board report, the benchmarks and the tests of the views across cases: opaque
// references (DEMO-0001), no people's names, events in a plausible order, deadlines from the real rules
// (procedure/deadlines.ts) met on time, late or not at all. Seeded, so the same seed gives the same cases.
import type { CaseEventRecord, CaseRecord, DeadlineRecord } from '../cases/service.js';
import type { Calendar } from '../procedure/calendar.js';
import { deadlinesFor, type CaseEvent } from '../procedure/deadlines.js';

const HOUR = 3_600_000;

/** mulberry32: a small seeded generator (uniform in [0, 1)). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoOptions {
  count: number;
  /** Cases are opened over the `days` before `now`. */
  now: Date;
  days?: number;
  seed?: number;
  /** Reference prefix (default DEMO). */
  prefix?: string;
}

const who = { id: 'demo' };

/** The events of one made-up case, from when it was opened (the draws of `rnd` in a fixed order). */
function demoEvents(rnd: () => number, opened: number): CaseEvent[] {
  const events: CaseEvent[] = [{ type: 'child-identified', at: new Date(opened) }];
  const after = (h: number) => new Date(opened + h * HOUR);
  events.push({ type: 'referral-received', at: after(0.5) });
  if (rnd() < 0.7) events.push({ type: 'verbal-referral', at: after(1) });
  if (rnd() < 0.85) events.push({ type: 'nrm-referral', at: after(2 + rnd() * (rnd() < 0.8 ? 48 : 400)) });
  if (rnd() < 0.6) {
    const wayAt = 4 + rnd() * 20;
    events.push({ type: 'way-forward', at: after(wayAt), way: 's47' });
    events.push({ type: 'meeting-held', at: after(wayAt + 10 + rnd() * (rnd() < 0.75 ? 40 : 160)), meetingKind: 'strategy' });
  }
  if (rnd() < 0.25) {
    const gone = 12 + rnd() * 200;
    events.push({ type: 'missing', at: after(gone) });
    if (rnd() < 0.9) events.push({ type: 'found', at: after(gone + 2 + rnd() * 70) });
  }
  return events;
}

/** The stored events and deadlines of the events recorded by now: most deadlines met on time, some late, a few not. */
function demoRecords(rnd: () => number, recorded: CaseEvent[], cal: Calendar, now: number) {
  let nextId = 1;
  const evs: CaseEventRecord[] = [];
  const deadlines: DeadlineRecord[] = [];
  for (const e of recorded) {
    const id = `e${nextId++}`;
    evs.push({
      id,
      type: e.type,
      at: e.at.toISOString(),
      ...(e.type === 'meeting-held' ? { meetingKind: e.meetingKind } : {}),
      ...(e.type === 'way-forward' ? { way: e.way } : {}),
      recordedAt: e.at.toISOString(),
      recordedBy: who,
    });
    for (const d of deadlinesFor(e, cal)) {
      const due = d.due.getTime();
      const r = rnd();
      const doneAt =
        r < 0.72 ? Math.max(e.at.getTime(), due - rnd() * (due - e.at.getTime())) : r < 0.9 ? due + rnd() * 72 * HOUR : undefined;
      const done = doneAt !== undefined && doneAt < now;
      deadlines.push({
        id: `d${nextId++}`,
        rule: d.key,
        title: d.title,
        eventId: id,
        due: d.due.toISOString(),
        source: d.source,
        status: done ? 'done' : 'open',
        ...(done ? { doneAt: new Date(doneAt).toISOString(), doneBy: who } : {}),
        offsetsMin: [],
        gen: 1,
        plan: [],
      });
    }
  }
  return { events: evs, deadlines, nextId };
}

export function demoCases(cal: Calendar, o: DemoOptions): CaseRecord[] {
  const rnd = seeded(o.seed ?? 13);
  const days = o.days ?? 365;
  const now = o.now.getTime();
  const out: CaseRecord[] = [];
  for (let i = 0; i < o.count; i++) {
    // Busier towards now (a growing service), never in the future.
    const opened = now - Math.floor((1 - Math.sqrt(rnd())) * days * 24 * HOUR) - HOUR;
    const ref = `${o.prefix ?? 'DEMO'}-${String(i + 1).padStart(4, '0')}`;
    const recorded = demoEvents(rnd, opened)
      .filter((e) => e.at.getTime() < now)
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    const records = demoRecords(rnd, recorded, cal, now);
    const closed = rnd() < 0.3 && opened < now - 60 * 24 * HOUR;
    out.push({
      v: 1,
      key: ref.toLowerCase(),
      ref,
      status: closed ? 'closed' : 'open',
      openedAt: new Date(opened).toISOString(),
      openedBy: who,
      ...(closed ? { closedAt: new Date(opened + 50 * 24 * HOUR).toISOString(), closedBy: who } : {}),
      channels: [{ platform: 'slack', conversationId: `CDEMO${i}`, linkedAt: new Date(opened).toISOString(), linkedBy: who }],
      events: records.events,
      deadlines: records.deadlines,
      checklists: [],
      nextId: records.nextId,
    });
  }
  return out;
}
