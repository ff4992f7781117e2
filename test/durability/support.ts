/* eslint-disable @typescript-eslint/no-explicit-any -- Adaptive Card JSON is untyped here; tests read it freely */
// Durability tests: the real app in child processes (test/support/app-child.ts: startApp as src/server.ts runs it,
// Teams validating signed JWTs against a local key, and a test clock moved through the child's own control port),
// a fake Teams connector and a fake Slack Web API, a case linked in a Teams channel and a Slack channel.
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';
import { FakeConnector, TeamsActivities, actionsOf, cardOf, person, postActivity, type Recorded } from '../support/fakeConnector.js';
import { FakeSlack, SlackDriver, buttonLabels, blocksText, type Place } from '../support/fakeSlack.js';
import { tempDataDir } from '../support/server.js';
import { spawnAppChild, type AppChild } from '../support/appChild.js';
import { cardText } from '../teams/cards.js';
import { londonDate, londonTime } from '../../src/procedure/calendar.js';

export const SECRET = 'durability-signing-secret';
const HOUR = 3_600_000;

/** What a durability test file shares: one fake Teams connector and one fake Slack API for all its tests. */
export interface Rig {
  readonly fc: FakeConnector;
  readonly fake: FakeSlack;
  /** A server process, killed after the file's tests. */
  spawn(env: Record<string, string | undefined>): Promise<AppChild>;
  /** A fresh DATA_DIR, removed after the file's tests. */
  dataDir(prefix: string): Promise<string>;
}

/** Starts the fakes before the file's tests; afterwards kills every server spawned and removes every DATA_DIR. */
export function durabilityRig(): Rig {
  let fc: FakeConnector | undefined;
  let fake: FakeSlack | undefined;
  const running: AppChild[] = [];
  const dirs: string[] = [];
  beforeAll(async () => {
    fc = await new FakeConnector().start();
    fake = await FakeSlack.start();
  });
  afterAll(async () => {
    for (const s of running) await s.kill();
    await fc?.close();
    await fake?.close();
    for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
  });
  return {
    get fc() {
      return fc!;
    },
    get fake() {
      return fake!;
    },
    async spawn(env) {
      const s = await spawnAppChild(env);
      running.push(s);
      return s;
    },
    async dataDir(prefix) {
      const d = await tempDataDir(prefix);
      dirs.push(d);
      return d;
    },
  };
}

/** Two hours ago, to the minute: a verbal referral then makes the written referral due in 46 h (PG47 §14, 48 hours). */
export const twoHoursAgo = (): Date => new Date(Math.floor((Date.now() - 2 * HOUR) / 60_000) * 60_000);

/**
 * Opens case SG-DUR-00<n> in the Teams channel, links the Slack channel (its request approved in Teams) and records the
 * verbal referral at `verbalAt`; the Slack channel's reply to its request.
 */
export async function openCaseWithReferral(url: string, ch: CaseChannels, fake: FakeSlack, verbalAt: Date): Promise<string> {
  const ref = `SG-DUR-${String(ch.n).padStart(4, '0')}`;
  const reply = await ch.link(url, ref, fake);
  await ch.teamsSay(url, verbalReferralAt(verbalAt));
  return reply;
}

/** The one channel id TeamsActivities.channel uses. */
const TEAMS_CHANNEL = '19:case-channel@thread.tacv2';

/** Environment of a server child: Teams with JWT validation (app-child adds the test app id), Slack pointed at a fake. */
export function serverEnv(o: { dataDir?: string; databaseUrl?: string; slackApiUrl: string }): Record<string, string> {
  return {
    DATA_DIR: o.dataDir ?? '/nonexistent-unused',
    DATABASE_URL: o.databaseUrl ?? '',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'fake-bot-token-durability',
    SLACK_APP_TOKEN: '',
    SLACK_API_URL: o.slackApiUrl,
    PLAYGROUND: 'off',
    LOG_LEVEL: 'warn',
  };
}

/** The test clock of a server child: move its time forward and run what is due. */
export { advance } from '../support/appChild.js';

/** "case event verbal-referral <London date> <London time>" for an instant. */
export function verbalReferralAt(at: Date): string {
  return `case event verbal-referral ${londonDate(at)} ${londonTime(at)}`;
}

/** A case channel on both platforms: a Teams channel thread and a Slack channel. */
export class CaseChannels {
  readonly teams: TeamsActivities;
  readonly slackAt: Place;
  /** Set-up posts (the join request, the "now follows" note) are not counted by teamsPosts / slackPosts. */
  teamsSkip = 0;
  slackFrom = 0;
  constructor(
    readonly n: number,
    readonly fc: FakeConnector,
    readonly slack: () => SlackDriver,
  ) {
    this.teams = TeamsActivities.channel(fc.url, person(800 + n), `17000000${String(n).padStart(5, '0')}`);
    this.slackAt = { channel: `C0DUR${n}`, channelName: `case-${n}`, user: `U0DUR${n}`, userName: `lead${n}` };
  }

  get serviceUrl(): string {
    return this.fc.url;
  }

  /** Where Teams proactive posts go: the channel itself (no thread). */
  get teamsChannel(): string {
    return this.teamsActivity(this.teams.message('')).conversation.id.split(';')[0]!;
  }

  /** The fake's activities are all in one Teams channel: each case gets a channel of its own. */
  teamsActivity(a: Record<string, any>): Record<string, any> {
    return JSON.parse(JSON.stringify(a).replaceAll(TEAMS_CHANNEL, `19:case-dur-${this.n}@thread.tacv2`));
  }

  async teamsSay(url: string, text: string): Promise<void> {
    const res = await postActivity(url, this.teamsActivity(this.teams.message(text)));
    expect(res.status).toBe(200);
  }

  async slackSay(text: string, fake: FakeSlack, driver: SlackDriver = this.slack()): Promise<string> {
    const { res, from } = await driver.command(text, this.slackAt);
    expect(res.status).toBe(200);
    const msg = await fake.nextMessage(from);
    return blocksText(msg) || String(msg.body.text ?? '');
  }

  /**
   * `case open <ref>` in the Teams channel (through teamsUrl), then in the Slack channel (through `slackVia`), whose
   * request to follow the case is approved in the Teams channel. Returns the Slack channel's reply to its request.
   */
  async link(teamsUrl: string, ref: string, fake: FakeSlack, slackVia: SlackDriver = this.slack()): Promise<string> {
    await this.teamsSay(teamsUrl, `case open ${ref}`);
    const before = allTeamsPosts(this.fc, this).length;
    const slackFrom = fake.calls.length;
    const reply = await this.slackSay(`case open ${ref}`, fake, slackVia);
    let request: Recorded | undefined;
    await until(
      () =>
        (request = allTeamsPosts(this.fc, this)
          .slice(before)
          .find((p) => cardOf(p.body) && /Request to follow case/i.test(teamsText(p)))) !== undefined,
      `the request to follow ${ref} in the Teams channel`,
      10_000,
    );
    const res = await teamsPress(teamsUrl, this, request!, 'Approve');
    expect(res.status).toBe(200);
    await until(
      () =>
        fake.calls
          .slice(slackFrom)
          .some(
            (c) => c.method === 'chat.postMessage' && c.body.channel === this.slackAt.channel && /now follows case/i.test(blocksText(c)),
          ),
      `the Slack channel told it follows ${ref}`,
      10_000,
    );
    this.teamsSkip = allTeamsPosts(this.fc, this).length;
    this.slackFrom = fake.calls.length;
    return reply;
  }
}

const allTeamsPosts = (fc: FakeConnector, ch: CaseChannels): Recorded[] =>
  fc.sent(ch.teamsChannel).filter((r) => r.activityId === undefined);

/** Proactive reminder posts a Teams channel received (new messages, not replies in a thread), after the case's set-up. */
export function teamsPosts(fc: FakeConnector, ch: CaseChannels): Recorded[] {
  return allTeamsPosts(fc, ch).slice(ch.teamsSkip);
}

/** chat.postMessage calls into a Slack channel that the fake answered ok (the bot's own posts, not replies), after set-up. */
export function slackPosts(fake: FakeSlack, ch: CaseChannels, from = 0) {
  return fake.calls
    .slice(Math.max(from, ch.slackFrom))
    .filter((c) => c.method === 'chat.postMessage' && c.body.channel === ch.slackAt.channel && c.response?.ok);
}

export const teamsText = (r: Recorded): string => cardText(cardOf(r.body)!);
export const slackText = blocksText;

/** Press a button on a Teams card posted in the channel (Action.Execute invoke, as Teams sends it from the channel post). */
export async function teamsPress(url: string, ch: CaseChannels, post: Recorded, label: string): Promise<{ status: number; body: any }> {
  const card = cardOf(post.body)!;
  const action = actionsOf(card).find((a) => a.title === label);
  expect(action, `no ${label} on: ${cardText(card)}`).toBeDefined();
  const inThread = TeamsActivities.channel(ch.serviceUrl, person(900 + ch.n), post.id);
  return postActivity(url, ch.teamsActivity(inThread.execute({ verb: action!.verb!, title: label, data: action!.data ?? {} }, post.id)));
}

/** Press Done on a Teams reminder card. */
export const teamsDone = (url: string, ch: CaseChannels, post: Recorded) => teamsPress(url, ch, post, 'Done');

export const hasDone = (blocks: Array<Record<string, unknown>>) => buttonLabels(blocks).includes('Done');

/**
 * An HTTP pass-through to a fake (e.g. the Slack Web API) that can hold one request: a held request is
 * forwarded on release(), or dropped (its sender died before the platform got it: it was not delivered).
 */
export class HoldingProxy {
  private server?: http.Server;
  url = '';
  private holdPred?: (method: string, path: string, body: string) => boolean;
  private onHeld?: () => void;
  private pending?: () => Promise<void>;

  constructor(private readonly target: string) {}

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The next request matching pred is held; resolves when it arrives. */
  holdNext(pred: (method: string, path: string, body: string) => boolean): Promise<void> {
    this.holdPred = pred;
    return new Promise((r) => (this.onHeld = r));
  }

  /** No request is held from now on (one already held stays held until release or drop). */
  cancelHold(): void {
    this.holdPred = undefined;
    this.onHeld = undefined;
  }

  /** Forward the held request now (its answer goes back to the sender, if it is still there). */
  async release(): Promise<void> {
    const p = this.pending;
    this.pending = undefined;
    await p?.();
  }

  /** Never forward the held request: it did not reach the platform. */
  drop(): void {
    this.pending = undefined;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const forward = async () => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && !['host', 'connection'].includes(k)) headers[k] = v;
      try {
        const up = await fetch(this.target.replace(/\/$/, '') + path, { method, headers, ...(body.length ? { body } : {}) });
        const out: Record<string, string> = {};
        up.headers.forEach((v, k) => {
          if (!['content-length', 'transfer-encoding', 'connection', 'content-encoding'].includes(k)) out[k] = v;
        });
        res.writeHead(up.status, out);
        res.end(Buffer.from(await up.arrayBuffer()));
      } catch {
        res.destroy();
      }
    };
    if (this.holdPred?.(method, path, body.toString('utf8'))) {
      this.holdPred = undefined;
      this.pending = forward;
      this.onHeld?.();
      return;
    }
    await forward();
  }
}

/** Poll (bounded) until check returns true. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
