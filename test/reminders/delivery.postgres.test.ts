// The case module on the real PostgreSQL store with pg-boss, as two replicas on one database:
// an event recorded through one replica; both replicas run the due reminders; every linked channel
// gets each reminder exactly once, and Done from the other replica updates every copy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/conversation/engine.js';
import type { Turn } from '../../src/conversation/model.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';
import { createCaseModule } from '../../src/cases/index.js';
import type { CaseModule } from '../../src/cases/index.js';
import { PgBossScheduler } from '../../src/reminders/pgboss.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { assertPostgres, dropSchemas, newSchemaName, TEST_DATABASE_URL } from '../support/pg.js';
import { RecordingNotifier, TEAMS_CHANNEL, SLACK_CHANNEL, ALICE, BOB, button, textOf } from '../cases/caseHarness.js';

const schema = newSchemaName('cases');
const bossSchema = `${schema}_boss`;
const stores: PostgresStore[] = [];
const modules: CaseModule[] = [];

beforeAll(() => assertPostgres());
afterAll(async () => {
  for (const m of modules) await m.stop();
  for (const s of stores) await s.close();
  await dropSchemas(schema, bossSchema);
});

describe('case reminders on PostgreSQL with two replicas', () => {
  it('each reminder reaches each channel exactly once; Done through the other replica updates every copy', async () => {
    const clock = new ManualClock(new Date('2026-12-24T10:30:00Z'));
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: TEST_DATABASE_URL });
    const teams = new RecordingNotifier('teams');
    const slack = new RecordingNotifier('slack');
    const replicas: Array<{ engine: Engine; cases: CaseModule }> = [];
    for (let i = 0; i < 2; i++) {
      const store = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema, poolMax: 4 });
      stores.push(store);
      const scheduler = new PgBossScheduler({ store, clock, bossSchema, pollMs: 0, log: silentLogger });
      const cases = createCaseModule({ store, clock, log: silentLogger, config, deps: {}, scheduler });
      modules.push(cases);
      await cases.start([teams, slack]);
      replicas.push({ cases, engine: new Engine({ store, clock, log: silentLogger, deps: {} }, [], cases.handlers) });
    }
    const say = (r: number, where: typeof TEAMS_CHANNEL, user: typeof ALICE, text: string) =>
      replicas[r]!.engine.handle({ ...where, ...user, shared: true, input: { kind: 'text', text } } as Turn);
    await say(0, TEAMS_CHANNEL, ALICE, 'case open SG-2026-0147');
    // The Slack channel asks to follow the case (through the other replica); Alice approves it in the Teams channel.
    await say(1, SLACK_CHANNEL, BOB, 'case open SG-2026-0147');
    const request = teams.posts.find((p) => p.message.title?.startsWith('Request to follow'));
    expect(request, 'the join request in the Teams channel').toBeDefined();
    await replicas[0]!.engine.handle({
      ...TEAMS_CHANNEL,
      ...ALICE,
      shared: true,
      input: { kind: 'action', action: button(request!.message, 'Approve'), values: {} },
    });
    // The request and the "now follows" note are set-up, not the reminders this test counts.
    for (const n of [teams, slack]) {
      n.posts.splice(0);
      n.updates.splice(0);
    }
    const rec = await say(0, TEAMS_CHANNEL, ALICE, 'case event looked-after 2026-12-24 10:00');
    expect(textOf(rec.replies)).toContain('due Wednesday 30 December 2026, 17:00');

    clock.set(new Date('2026-12-29T17:00:00Z'));
    await Promise.all(replicas.map((r) => r.cases.runDue()));
    await Promise.all(replicas.map((r) => r.cases.runDue()));
    expect(teams.posts).toHaveLength(1);
    expect(slack.posts).toHaveLength(1);

    const done = slack.posts[0]!.message.buttons!.find((b) => b.label === 'Done')!;
    const r = await replicas[1]!.engine.handle({
      ...SLACK_CHANNEL,
      ...BOB,
      shared: true,
      input: { kind: 'action', action: done.action, values: {} },
    });
    expect(textOf(r.replies[0]!)).toContain('Marked done by Bob');
    expect(teams.updates.map((u) => u.posted.messageId)).toEqual([teams.posts[0]!.messageId]);
    expect(slack.updates.map((u) => u.posted.messageId)).toEqual([slack.posts[0]!.messageId]);

    clock.set(new Date('2026-12-31T10:00:00Z'));
    await Promise.all(replicas.map((r) => r.cases.runDue()));
    expect(teams.posts).toHaveLength(1);
    expect(slack.posts).toHaveLength(1);
  });
});
