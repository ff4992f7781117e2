// Shared parts of the loopback benchmarks: a server in a child process (bench/turn-server.ts) with its own CPU and
// RSS readings, a minimal Bot Connector that resolves when a reply reaches it, percentiles, and PostgreSQL schemas.
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pg from 'pg';

export const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0;
};
export const r2 = (n: number) => Math.round(n * 100) / 100;

export interface Usage {
  cpuMs: number;
  rss: number;
  heapUsed: number;
  /** V8's heap as reserved (used or not), and memory outside it held by JS objects (Buffers): the rest of the RSS is code and native allocations. */
  heapTotal?: number;
  external?: number;
  /** CPU ms per thread name ("main" for the main thread), Linux only. */
  threads?: Record<string, number>;
  /** The longest hold-up of the server's event loop since the previous reading, ms. */
  loopDelayMaxMs?: number;
  /** The longest a file-system call (a stat through libuv's pool, asked every 100 ms) took since the previous reading. */
  fsProbeMaxMs?: number;
}

export class ServerChild {
  private seq = 0;
  private readonly pending = new Map<number, (m: Record<string, unknown>) => void>();
  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
    readonly label: string,
  ) {
    child.on('message', (m: Record<string, unknown>) => {
      const id = m.id as number | undefined;
      if (id !== undefined) this.pending.get(id)?.(m);
      if (id !== undefined) this.pending.delete(id);
    });
  }

  /** Forks bench/turn-server.ts with the spec; BENCH_PROFILE=dir adds --cpu-prof (dir/<label>/*.cpuprofile, one per thread, written on exit). */
  static async start(spec: Record<string, unknown>, label: string): Promise<ServerChild> {
    const prof = process.env.BENCH_PROFILE;
    // BENCH_APP_FLAGS: extra node flags for the servers other than the echo bot (to try a V8 setting side by side).
    const extra = label.startsWith('echo') ? [] : (process.env.BENCH_APP_FLAGS ?? '').split(/\s+/).filter(Boolean);
    const execArgv = [
      '--import',
      'tsx',
      '--expose-gc',
      ...extra,
      ...(prof ? ['--cpu-prof', `--cpu-prof-dir=${path.join(prof, label)}`] : []),
    ];
    const child = fork(path.resolve('bench/turn-server.ts'), [], {
      execArgv,
      env: { ...process.env, BENCH_SERVER: JSON.stringify(spec) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`${label} server exited (${code}) before it was ready`)));
      child.on('message', (m: { ready?: boolean; url?: string; error?: string }) => {
        if (m.error) reject(new Error(m.error));
        if (m.ready) resolve(m.url!);
      });
    });
    return new ServerChild(child, url, label);
  }

  private ask(op: string, extra: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const id = ++this.seq;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.child.send({ op, id, ...extra });
    });
  }

  /** Profiles the server's main thread from now until profileStop (BENCH_WINDOW_PROFILE=dir). */
  async profileStart(): Promise<void> {
    await this.ask('profile-start');
  }

  async profileStop(file: string): Promise<void> {
    await this.ask('profile-stop', { file });
  }

  async usage(): Promise<Usage> {
    return (await this.ask('usage')) as unknown as Usage;
  }

  /**
   * Starts (or stops) watching the server's event loop (Usage.loopDelayMaxMs) and timing a file-system call every 100 ms
   * (Usage.fsProbeMaxMs): off by default, as their timers cost CPU of their own.
   */
  async fsProbe(on: boolean): Promise<void> {
    await this.ask('fs-probe', { on });
  }

  async gc(): Promise<void> {
    await this.ask('gc');
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((r) => this.child.once('exit', () => r()));
    await this.ask('stop').catch(() => {});
    await exited;
  }
}

/**
 * A Bot Connector that only answers: POST /v3/conversations/:id/activities[/:replyTo] gets {id}; the first post into a
 * conversation after expect(id) resolves it (with the time it arrived). PUTs (card updates) are answered too.
 */
export class ReplyConnector {
  private server?: http.Server;
  private n = 0;
  private readonly waiting = new Map<string, (at: number) => void>();
  posts = 0;
  /** Called for every new post (not updates) with its conversation and arrival time (Date.now(), for lateness). */
  onPost?: (conversationId: string, atEpochMs: number) => void;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const at = performance.now();
        const parts = (req.url ?? '').split('?')[0]!.split('/').filter(Boolean);
        const conv = parts[2] ? decodeURIComponent(parts[2]) : '';
        if (req.method === 'POST' && parts[3] === 'activities') {
          this.posts++;
          this.onPost?.(conv, Date.now());
          const w = this.waiting.get(conv);
          if (w) {
            this.waiting.delete(conv);
            w(at);
          }
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `act-${++this.n}` }));
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  /** Resolves with performance.now() when the next reply into `conversationId` arrives. */
  expect(conversationId: string): Promise<number> {
    return new Promise((resolve) => this.waiting.set(conversationId, resolve));
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

/**
 * POST JSON over a keep-alive agent; resolves with the status and the time the whole response was read. A request sent
 * on a reused socket that the server had just closed as idle (ECONNRESET / EPIPE before any response: the echo bot keeps
 * node's default 5 s keep-alive) never reached it, so it is sent again once, as Node's documentation advises; the retry's
 * time counts in that turn's latency.
 */
export function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  retried = false,
): Promise<{ status: number; at: number; text: string }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, at: performance.now(), text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      const stale = req.reusedSocket && !answered && (err.code === 'ECONNRESET' || err.code === 'EPIPE');
      if (stale && !retried) postJson(url, body, headers, true).then(resolve, reject);
      else reject(err);
    });
    req.end(body);
  });
}

export async function dropSchemas(schemas: string[]): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  try {
    await c.connect();
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await c.end().catch(() => {});
  }
}

/** A markdown table. */
export function mdTable(head: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
