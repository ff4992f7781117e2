// Slack ack (issue 14): the time from a signed request to its HTTP 200 (Slack's 3-second ack), at 50 concurrent
// requests: `/safeguard help` slash commands, and block_actions (a click on "No" in 50 people's own referral walks).
// The real server runs in a child process (bench/turn-server.ts) against a fake Slack Web API; the signing and the
// load come from this process. `npm run bench -- slack`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LocalBotAuth } from '../test/support/botAuth.js';
import { FakeSlack, SlackDriver, type Place } from '../test/support/fakeSlack.js';
import { ServerChild, mdTable, pct, r2 } from './rig.js';

const CONCURRENT = 50;
const ROUNDS = Number(process.env.BENCH_SLACK_ROUNDS ?? 6);
const SECRET = 'bench-signing-secret';

const place = (i: number): Place => ({ channel: 'C0BENCH01', user: `U0B${String(i).padStart(5, '0')}` });

/**
 * n requests at once, each timed to its HTTP answer; then waits until each one's reply reached its response_url, so
 * the next batch does not land on the work of this one (each figure is 50 concurrent requests, not 50 plus a backlog).
 */
async function timedAll(
  fake: FakeSlack,
  n: number,
  fn: (i: number) => Promise<{ res: Response; responseUrl: string; from: number }>,
): Promise<{ ms: number[]; bad: number }> {
  const ms: number[] = [];
  let bad = 0;
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const t0 = performance.now();
      const { res, responseUrl, from } = await fn(i);
      await res.text();
      ms.push(performance.now() - t0);
      if (res.status !== 200) bad++;
      const id = responseUrl.slice(responseUrl.lastIndexOf('/') + 1);
      await fake.waitFor((c) => c.kind === 'respond' && c.method === id, { from, timeoutMs: 30_000 });
    }),
  );
  return { ms, bad };
}

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = { concurrent: CONCURRENT, rounds: ROUNDS };
  const auth = await LocalBotAuth.start();
  const fake = await FakeSlack.start();
  const dir = await mkdtemp(path.join(tmpdir(), 'sg-bench-slack-'));
  const app = await ServerChild.start(
    { kind: 'app', metadataUrl: auth.metadataUrl, dataDir: dir, slackApiUrl: fake.apiUrl, slackSecret: SECRET },
    'app-slack',
  );
  try {
    const slack = new SlackDriver(app.url, SECRET, fake);
    // Warm-up: the first requests load code paths.
    await timedAll(fake, 10, (i) => slack.command('help', place(i)));
    const help: number[] = [];
    const clicks: number[] = [];
    let bad = 0;
    const windowProfile = process.env.BENCH_WINDOW_PROFILE;
    if (windowProfile) await app.profileStart();
    for (let r = 0; r < ROUNDS; r++) {
      const h = await timedAll(fake, CONCURRENT, (i) => slack.command('help', place(i)));
      help.push(...h.ms);
      bad += h.bad;
      // Each person starts their own walk (not timed), then all 50 click "No" at once (timed to the ack).
      const cards = await Promise.all(
        Array.from({ length: CONCURRENT }, async (_, i) => {
          const { from, res, responseUrl } = await slack.command('refer', place(1000 * (r + 1) + i));
          await res.text();
          const id = responseUrl.slice(responseUrl.lastIndexOf('/') + 1);
          const reply = (await fake.waitFor((c) => c.kind === 'respond' && c.method === id, { from, timeoutMs: 30_000 })) as unknown as {
            body: { blocks: Array<Record<string, unknown>> };
          };
          return { blocks: reply.body.blocks, ephemeral: true };
        }),
      );
      const c = await timedAll(fake, CONCURRENT, (i) => slack.click(cards[i]!, /^No$/, place(1000 * (r + 1) + i)));
      clicks.push(...c.ms);
      bad += c.bad;
    }
    if (windowProfile) await app.profileStop(path.join(windowProfile, `slack-${Date.now()}.cpuprofile`));
    out['command_help.ack_p50_ms'] = r2(pct(help, 0.5));
    out['command_help.ack_p99_ms'] = r2(pct(help, 0.99));
    out['command_help.samples'] = help.length;
    out['block_actions.ack_p50_ms'] = r2(pct(clicks, 0.5));
    out['block_actions.ack_p99_ms'] = r2(pct(clicks, 0.99));
    out['block_actions.samples'] = clicks.length;
    out['non_200'] = bad;
  } finally {
    await app.stop();
    await fake.close();
    await auth.close();
    await rm(dir, { recursive: true, force: true });
  }
  return out;
}

export function table(f: Record<string, number | string>): string {
  return mdTable(
    ['request (50 concurrent, signed)', 'ack p50 ms', 'ack p99 ms', 'samples', 'target p99'],
    [
      ['/safeguard help', f['command_help.ack_p50_ms']!, f['command_help.ack_p99_ms']!, f['command_help.samples']!, '< 100 ms'],
      [
        'block_actions (click in a walk)',
        f['block_actions.ack_p50_ms']!,
        f['block_actions.ack_p99_ms']!,
        f['block_actions.samples']!,
        '< 100 ms',
      ],
    ],
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const f = await run();
  console.log(table(f));
  console.log(JSON.stringify(f, null, 2));
}
