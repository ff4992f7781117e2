// The board report: `npm run report` writes one self-contained HTML page (no scripts, nothing fetched) with SVG
// charts rendered on the server by Vega-Lite, anonymised (no reference), and nothing but the count under 5 cases.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../support/server.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
beforeAll(async () => {
  dir = await tempDataDir('sg-report-');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const report = async (args: string[], env: Record<string, string> = {}) => {
  const out = path.join(dir, `r-${args.join('_').replace(/[^a-z0-9]/gi, '')}.html`);
  const r = await run(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args, '--out', out], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent', ...env },
  });
  return { stdout: r.stdout, html: await fs.readFile(out, 'utf8') };
};

describe('npm run report', () => {
  it('from seeded demo data: figures and server-side SVG charts, self-contained, no references', async () => {
    const { stdout, html } = await report(['--demo', '--from', '2026-01-01', '--to', '2026-12-31']);
    expect(stdout).toMatch(/report written to .* \(180 cases opened 2026-01-01 to 2026-12-31\)/);
    expect(html).toMatch(/1 January 2026 to 31 December 2026/);
    expect(html.match(/<svg[^>]*class="marks"/g)?.length).toBe(3);
    expect(html).toMatch(/median \d+(\.\d)? (hours|days), 90% within/);
    expect(html).toMatch(/Reasonable grounds decisions chased/);
    expect(html).not.toMatch(/<script|<link|src=|DEMO-\d/);
  }, 60_000);

  it('from the store (an empty DATA_DIR): fewer than 5 cases, so no figures at all', async () => {
    const { html } = await report(['--from', '2026-01-01', '--to', '2026-03-31']);
    expect(html).toMatch(/Fewer than 5 cases opened/);
    expect(html).not.toMatch(/<svg/);
  }, 60_000);

  it('refuses a date it cannot read', async () => {
    await expect(report(['--from', '01/01/2026'])).rejects.toMatchObject({
      stderr: expect.stringMatching(/--from must be a date as YYYY-MM-DD/),
    });
  }, 60_000);
});
