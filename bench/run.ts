// `npm run bench`: every benchmark, one table of figures per module (and its own table, when it has one), and the
// whole run in bench/results/latest.json (figures, when, and how loaded the machine was). Each module exports
// run(): figures, and may export table(figures): markdown. `npm run bench -- turns slack` runs only those.
import { pathToFileURL } from 'node:url';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const modules = ['engine', 'kb', 'deadlines', 'store', 'cases', 'http', 'oversight', 'turns', 'slack', 'reminders', 'growth'];

type Figures = Record<string, number | string>;
interface Module {
  run: () => Promise<Figures>;
  table?: (f: Figures) => string;
}

const load = () => os.loadavg().map((x) => Math.round(x * 100) / 100);

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  let failed = false;
  const started = new Date();
  const results: Record<string, { figures?: Figures; error?: string; seconds: number; loadBefore: number[]; loadAfter: number[] }> = {};
  const tables: string[] = [];
  for (const name of modules) {
    if (only.length && !only.includes(name)) continue;
    const file = path.resolve('bench', `${name}.ts`);
    if (!existsSync(file)) continue;
    const mod = (await import(pathToFileURL(file).href)) as Module;
    const t0 = performance.now();
    const loadBefore = load();
    try {
      const figures = await mod.run();
      results[name] = { figures, seconds: Math.round((performance.now() - t0) / 100) / 10, loadBefore, loadAfter: load() };
      console.log(`\n## ${name}`);
      if (mod.table) {
        const t = mod.table(figures);
        tables.push(`### ${name}\n\n${t}`);
        console.log(t);
      } else for (const [k, v] of Object.entries(figures)) console.log(`  ${k}: ${typeof v === 'number' ? round(v) : v}`);
    } catch (e) {
      failed = true;
      results[name] = {
        error: String(e instanceof Error ? e.stack : e),
        seconds: Math.round((performance.now() - t0) / 100) / 10,
        loadBefore,
        loadAfter: load(),
      };
      console.error(`\n## ${name} FAILED: ${e instanceof Error ? e.stack : e}`);
    }
  }
  const out = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    modules: results,
    tables,
  };
  mkdirSync(path.resolve('bench', 'results'), { recursive: true });
  // A partial run (some modules only) is written beside, so latest.json stays the last full run.
  const file = path.resolve('bench', 'results', only.length ? 'partial.json' : 'latest.json');
  writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
  console.log(`\nwritten: ${path.relative(process.cwd(), file)}`);
  process.exit(failed ? 1 : 0);
}

const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000);

main();
