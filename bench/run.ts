// `npm run bench`: every benchmark, one table of figures. Each module exports run(): figures.
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import path from 'node:path';

const modules = ['engine', 'kb', 'deadlines', 'store', 'cases', 'http', 'oversight'];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  let failed = false;
  for (const name of modules) {
    if (only.length && !only.includes(name)) continue;
    const file = path.resolve('bench', `${name}.ts`);
    if (!existsSync(file)) continue;
    const mod = (await import(pathToFileURL(file).href)) as { run: () => Promise<Record<string, number | string>> };
    try {
      const figures = await mod.run();
      console.log(`\n## ${name}`);
      for (const [k, v] of Object.entries(figures)) console.log(`  ${k}: ${typeof v === 'number' ? round(v) : v}`);
    } catch (e) {
      failed = true;
      console.error(`\n## ${name} FAILED: ${e instanceof Error ? e.stack : e}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000);

main();
