// The partnership's board report: npm run report -- --from 2026-01-01 --to 2026-12-31 --out report.html
// Reads the configured store (DATABASE_URL, or DATA_DIR when the bot is stopped: lowdb allows one process), or with
// --demo seeded made-up cases. --from and --to are London dates, both included; by default the last 12 months.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createStore } from '../src/store/index.js';
import { MemoryStore } from '../src/store/memory.js';
import type { Store } from '../src/store/store.js';
import { CASES } from '../src/cases/service.js';
import { createCalendar, addCalendarDays } from '../src/procedure/calendar.js';
import { formatLondon } from '../src/cases/format.js';
import { oversightQueries } from '../src/oversight/queries.js';
import { computeFigures } from '../src/oversight/figures.js';
import { renderReport } from '../src/oversight/report.js';
import { demoCases } from '../src/oversight/demoCases.js';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    out: { type: 'string', default: 'report.html' },
    demo: { type: 'boolean', default: false },
  },
});
const config = loadConfig();
const cal = createCalendar(config.HOLIDAY_REGION);
const day = (s: string | undefined, name: string): string | undefined => {
  if (s === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s))) {
    console.error(`--${name} must be a date as YYYY-MM-DD, e.g. 2026-01-01`);
    process.exit(2);
  }
  return s;
};
const now = new Date();
const today = cal.londonDate(now);
const toDay = day(values.to, 'to') ?? today;
const fromDay = day(values.from, 'from') ?? addCalendarDays(`${Number(toDay.slice(0, 4)) - 1}${toDay.slice(4)}`, 1);
if (fromDay > toDay) {
  console.error('--from must be on or before --to');
  process.exit(2);
}
const from = cal.atLondonTime(fromDay, '00:00');
const to = cal.atLondonTime(addCalendarDays(toDay, 1), '00:00');

let store: Store;
// With --demo, the figures are as they stood at the end of the made-up cases (the end of the period, or now).
const end = new Date(Math.min(to.getTime(), Math.max(from.getTime() + 86_400_000, now.getTime())));
if (values.demo) {
  store = new MemoryStore();
  // 180 made-up cases opened over the period (or up to today), seeded: the same report each time.
  for (const c of demoCases(cal, { count: 180, now: end, days: Math.round((end.getTime() - from.getTime()) / 86_400_000), seed: 2026 }))
    await store.put(CASES, c.key, c);
} else store = await createStore(config, createLogger('warn'));
try {
  const figures = computeFigures(await oversightQueries(store).factsOpened(from, to), from, to, values.demo ? end : now);
  const dayText = (d: string) =>
    formatLondon(cal.atLondonTime(d, '12:00'))
      .replace(/^\w+ /, '')
      .replace(/, \d{2}:\d{2}$/, '');
  const html = await renderReport(figures, {
    period: `${dayText(fromDay)} to ${dayText(toDay)}`,
    generated: formatLondon(now),
    ...(values.demo ? { origin: 'seeded demo data (made-up cases), not real cases' } : {}),
  });
  await writeFile(values.out!, html);
  console.log(`report written to ${values.out} (${figures.cases} cases opened ${fromDay} to ${toDay})`);
} finally {
  await store.close();
}
