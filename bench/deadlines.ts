// Deadline rules throughput: deadlinesFor over many events of every type, spread over 2026–2027
// (so every year's holidays, both clock changes and Christmas are crossed), plus the cold start.
import { createCalendar } from '../src/procedure/calendar.js';
import { deadlinesFor, SIMPLE_EVENT_TYPES, type CaseEvent } from '../src/procedure/deadlines.js';
import { parseCaseEventCommand } from '../src/cases/events.js';
import { timeMany } from './stats.js';

const HOUR = 3_600_000;

function makeEvents(n: number): CaseEvent[] {
  const start = Date.parse('2026-01-01T00:00:00Z');
  const span = 2 * 365 * 24; // hours
  const out: CaseEvent[] = [];
  for (let i = 0; i < n; i++) {
    const at = new Date(start + ((i * 7919) % span) * HOUR + (i % 60) * 60_000);
    const k = i % (SIMPLE_EVENT_TYPES.length + 3);
    if (k < SIMPLE_EVENT_TYPES.length) out.push({ type: SIMPLE_EVENT_TYPES[k]!, at });
    else if (k === SIMPLE_EVENT_TYPES.length)
      out.push({ type: 'meeting-booked', at, meetingAt: new Date(at.getTime() + (24 + (i % 400)) * HOUR), meetingKind: 'strategy' });
    else if (k === SIMPLE_EVENT_TYPES.length + 1) out.push({ type: 'meeting-held', at });
    else out.push({ type: 'way-forward', at, way: 's47' });
  }
  return out;
}

export async function run(): Promise<Record<string, number | string>> {
  const t0 = performance.now();
  const cold = createCalendar('SCT'); // a region no other benchmark has warmed
  cold.isWorkingDay(new Date('2026-06-01T12:00:00Z'));
  const coldMs = performance.now() - t0;

  const cal = createCalendar('ENG');
  const events = makeEvents(20_000);
  let deadlines = 0;
  const s = await timeMany(events.length, (i) => {
    deadlines += deadlinesFor(events[i]!, cal).length;
  });

  const now = new Date('2026-11-23T18:00:00Z');
  const p = await timeMany(5_000, (i) =>
    parseCaseEventCommand(`case event looked-after 2026-${String((i % 12) + 1).padStart(2, '0')}-1${i % 10} 10:00`, now),
  );

  return {
    events: events.length,
    'deadlines per event': deadlines / events.length,
    'deadlinesFor p50 ms': s.p50,
    'deadlinesFor p99 ms': s.p99,
    'deadlinesFor events/s': s.opsPerSec,
    'first lookup of a region/year ms': coldMs,
    'parse command p50 ms': p.p50,
    'parse command/s': p.opsPerSec,
  };
}
