// Child process for the scheduler SIGKILL test. Schedules j0..j4 (due at T0) and j5 (due T0+1h),
// then runs due jobs with a handler that records "start <id>" and hangs on the first job it gets (so
// it dies holding the claim). Prints "claimed <id>" for the parent, which then kills it with SIGKILL.
// Usage: tsx scheduler-child.ts lowdb <dir> | pg <url> <schema> <bossSchema> | pg-embedded <url> <schema>, then <runsFile> <T0>
import { appendFileSync } from 'node:fs';
import { ManualClock } from '../../src/clock.js';
import { EmbeddedScheduler } from '../../src/reminders/embedded.js';
import { PgBossScheduler } from '../../src/reminders/pgboss.js';
import type { Scheduler } from '../../src/reminders/scheduler.js';
import { LowdbStore } from '../../src/store/lowdb.js';
import { PostgresStore } from '../../src/store/postgres.js';

const args = process.argv.slice(2);
const [runsFile, t0] = args.slice(-2) as [string, string];
const clock = new ManualClock(new Date(t0));
let scheduler: Scheduler;
if (args[0] === 'pg') {
  const store = await PostgresStore.open({ connectionString: args[1]!, schema: args[2] });
  scheduler = new PgBossScheduler({ store, clock, bossSchema: args[3], pollMs: 0 });
} else if (args[0] === 'pg-embedded') {
  const store = await PostgresStore.open({ connectionString: args[1]!, schema: args[2] });
  scheduler = new EmbeddedScheduler(store, { clock, pollMs: 0 });
} else {
  scheduler = new EmbeddedScheduler(await LowdbStore.open(args[1]!), { clock, pollMs: 0 });
}
for (let i = 0; i < 5; i++) await scheduler.schedule({ id: `j${i}`, runAt: new Date(t0), payload: { i } });
await scheduler.schedule({ id: 'j5', runAt: new Date(Date.parse(t0) + 3_600_000), payload: { i: 5 } });
await scheduler.start(async (job) => {
  appendFileSync(runsFile, `start ${job.id}\n`);
  process.stdout.write(`claimed ${job.id}\n`);
  await new Promise(() => {}); // never finishes: the parent kills us here
});
setInterval(() => {}, 60_000); // stay alive until killed
await scheduler.runDue();
