// The pure rules of the oversight views: the digest's next time (working days, England and Wales bank holidays,
// London time across the clock change), the figures (quantiles, groups under 5 hidden), the chronology's entries
// and files (no names; a CSV cell never runs as a formula).
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/procedure/calendar.js';
import { formatLondon } from '../../src/cases/format.js';
import { nextDigestAt, parseDigestTime } from '../../src/oversight/schedule.js';
import { computeFigures, quantile } from '../../src/oversight/figures.js';
import type { CaseFacts } from '../../src/oversight/facts.js';
import { chronology } from '../../src/oversight/chronology.js';
import { chronologyCsv, chronologyHtml } from '../../src/oversight/chronologyFiles.js';
import { demoCases } from '../../src/oversight/demoCases.js';
import type { AuditEntry } from '../../src/cases/audit.js';

const cal = createCalendar('ENG');
const iso = (d: Date) => d.toISOString();

describe('the next duty digest', () => {
  it.each([
    ['Thursday before 08:30: today', '2026-12-24T08:00:00Z', '2026-12-24T08:30:00.000Z'],
    [
      'after it on Christmas Eve: past Christmas, the weekend and the Boxing Day substitute',
      '2026-12-24T09:00:00Z',
      '2026-12-29T08:30:00.000Z',
    ],
    ['Maundy Thursday evening: past Good Friday, the weekend and Easter Monday', '2027-03-25T18:00:00Z', '2027-03-30T07:30:00.000Z'],
    ['Friday before the clocks go back: Monday 08:30 GMT', '2026-10-23T18:00:00Z', '2026-10-26T08:30:00.000Z'],
    ['the last Sunday of March 2026 (clocks forward): Monday 08:30 BST', '2026-03-29T12:00:00Z', '2026-03-30T07:30:00.000Z'],
    ['New Year (a Friday): Monday 4 January', '2026-12-31T12:00:00Z', '2027-01-04T08:30:00.000Z'],
  ])('%s', (_what, after, expected) => {
    expect(iso(nextDigestAt(new Date(after), '08:30', cal))).toBe(expected);
  });

  it('reads the time of day, or refuses', () => {
    expect(parseDigestTime('8:30')).toBe('08:30');
    expect(parseDigestTime('08.05')).toBe('08:05');
    for (const bad of ['24:00', '8', '8:3', 'eight', '08:30 tomorrow']) expect(parseDigestTime(bad)).toBeUndefined();
  });
});

const f = (p: Partial<CaseFacts>): CaseFacts => ({ openedAt: '2026-06-10T10:00:00.000Z', deadlines: [], missing: [], ...p });

describe('the partnership figures', () => {
  it('quantiles interpolate between ranks (as percentile_cont does)', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.9)).toBe(46);
  });

  it('a group of 4 is hidden, a group of 5 is shown; months of 1 to 4 are hidden, 0 is shown', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2027-01-01T00:00:00Z');
    const now = new Date('2026-12-01T00:00:00Z');
    const toNrm = (h: number) =>
      f({ identifiedAt: '2026-06-10T10:00:00.000Z', nrmAt: new Date(Date.parse('2026-06-10T10:00:00Z') + h * 3_600_000).toISOString() });
    const four = computeFigures([toNrm(1), toNrm(2), toNrm(3), toNrm(4)], from, to, now);
    expect(four.toNrm).toEqual({ shown: false, n: 4 });
    expect(four.perMonth.find((m) => m.month === '2026-06')!.cases).toBeNull();
    expect(four.perMonth.find((m) => m.month === '2026-05')!.cases).toBe(0);
    expect(four.perMonth).toHaveLength(12);
    const five = computeFigures([toNrm(1), toNrm(2), toNrm(3), toNrm(4), toNrm(10)], from, to, now);
    expect(five.toNrm).toEqual({ shown: true, n: 5, value: { medianHours: 3, p90Hours: 7.6 } });
    expect(five.perMonth.find((m) => m.month === '2026-06')!.cases).toBe(5);
  });

  it('each rule: on time, late, overdue (an open deadline not yet due does not count)', () => {
    const d = (status: 'open' | 'done', due: string, doneAt?: string) => ({
      rule: 'written-referral',
      due,
      status,
      ...(doneAt ? { doneAt } : {}),
    });
    const facts = [
      f({ deadlines: [d('done', '2026-06-12T10:00:00.000Z', '2026-06-11T10:00:00.000Z')] }),
      f({ deadlines: [d('done', '2026-06-12T10:00:00.000Z', '2026-06-11T10:00:00.000Z')] }),
      f({ deadlines: [d('done', '2026-06-12T10:00:00.000Z', '2026-06-13T10:00:00.000Z')] }),
      f({ deadlines: [d('open', '2026-06-12T10:00:00.000Z')] }),
      f({ deadlines: [d('done', '2026-06-12T10:00:00.000Z', '2026-06-12T10:00:00.000Z')] }),
      f({ deadlines: [d('open', '2027-06-12T10:00:00.000Z')] }),
    ];
    const r = computeFigures(facts, new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
    expect(r.rules.find((x) => x.rule === 'written-referral')).toMatchObject({
      shown: true,
      n: 5,
      value: { deadlines: 5, onTime: 3, late: 1, overdue: 1, share: 60 },
    });
  });
});

describe('the chronology', () => {
  const base = demoCases(cal, { count: 40, now: new Date('2026-12-03T09:00:00Z'), seed: 3 }).find((x) =>
    x.events.some((e) => e.type === 'found'),
  )!;
  const meeting = {
    ...base.deadlines[0]!,
    id: 'dm',
    rule: 'meeting',
    title: 'Strategy meeting',
    attendance: [
      {
        agency: 'police' as const,
        answer: 'sending' as const,
        deputy: 'DC Jones, CID',
        by: { id: 'u9', name: 'Practitioner 9' },
        at: base.openedAt,
      },
    ],
  };
  const c = { ...base, deadlines: [...base.deadlines, meeting] };
  const audit: AuditEntry[] = [
    {
      case: c.key,
      who: 'Practitioner 7',
      whoId: 'aad-7',
      what: 'lead-named',
      when: c.openedAt,
      where: 'teams:19:x',
      detail: { lead: 'Practitioner 7' },
    },
    {
      case: c.key,
      who: 'Practitioner 9',
      what: 'attendance-answered',
      when: base.openedAt,
      where: 'slack:C1',
      detail: { deadline: 'dm', agency: 'police', answer: 'sending' },
    },
  ];
  const entries = chronology(c, audit, new Date('2026-12-03T09:00:00Z'), formatLondon);

  it('is in time order, with lead changes and attendance, and no names', () => {
    expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort());
    expect(entries.find((e) => e.kind === 'lead')).toMatchObject({ what: 'Lead coordinator named', detail: 'on Teams' });
    expect(entries.filter((e) => e.kind === 'attendance')).toEqual([
      expect.objectContaining({ what: 'Police: sending someone in their place', source: 'Monitoring report §6.3' }),
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/Practitioner|aad-7|Jones/);
  });

  it('files: a CSV cell is never a formula; the HTML escapes what it shows', () => {
    const evil = [{ at: c.openedAt, kind: 'event' as const, what: '=HYPERLINK("http://x")', detail: '<script>x</script>' }];
    const csv = chronologyCsv('REF-1', evil, formatLondon);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(chronologyHtml('REF-1', evil, formatLondon, new Date())).not.toContain('<script>');
  });
});
