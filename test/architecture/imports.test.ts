// The shape of the code, checked: no import cycle in src/ and dialogs/ (type-only imports count too: a cycle of
// types is still two modules that cannot be understood apart), the core imports no platform SDK, and the core names
// no platform at all (platform ids and their names live in src/platforms.ts and the adapters).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'public' ? [] : sourceFiles(p);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every relative import of a file, resolved to a .ts file of the project. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((f) => f.startsWith('.'))
    .map((f) => path.resolve(path.dirname(file), f.replace(/\.js$/, '.ts')))
    .filter((f) => fs.existsSync(f));
}

/** The cycles of the import graph (each as the files around it), found by depth-first search. */
export function findCycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') cycles.push([...stack.slice(stack.indexOf(g)), g].map((x) => path.relative(ROOT, x)));
      else if (!state.has(g) && graph.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}

const files = [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'dialogs'))];

describe('imports', () => {
  it('the checker finds a cycle when there is one', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'node_modules', '.cycle-check-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b.js';\nexport const a = b;\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "import type { a } from './a.js';\nexport const b = 1 as unknown as typeof a;\n");
      fs.writeFileSync(path.join(dir, 'c.ts'), "import { a } from './a.js';\nexport const c = a;\n");
      const found = findCycles(['a.ts', 'b.ts', 'c.ts'].map((f) => path.join(dir, f)));
      expect(found).toHaveLength(1);
      expect(found[0]!.map((f) => path.basename(f))).toEqual(['a.ts', 'b.ts', 'a.ts']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('src/ and dialogs/ have no import cycle', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(findCycles(files)).toEqual([]);
  });

  it('the core (conversation, cases, reminders, procedure, dialogs) imports no platform SDK', () => {
    const core = files.filter((f) => /[/\\](src[/\\](conversation|cases|reminders|procedure|store)|dialogs)[/\\]/.test(f));
    expect(core.length).toBeGreaterThan(20);
    const offending = core.flatMap((f) =>
      ts
        .preProcessFile(fs.readFileSync(f, 'utf8'), true, true)
        .importedFiles.map((i) => i.fileName)
        .filter((m) => /^(botbuilder|botframework-|@slack\/|adaptivecards|express$)/.test(m) || /\/(teams|slack|web)\//.test(m))
        .map((m) => `${path.relative(ROOT, f)} imports ${m}`),
    );
    expect(offending).toEqual([]);
  });

  it('src/procedure and dialogs are pure: they read no file, no environment and no network (the composition root gives them text)', () => {
    const pure = files.filter((f) => /[/\\](src[/\\]procedure|dialogs)[/\\]/.test(f));
    expect(pure.length).toBeGreaterThan(15);
    const offending = pure.flatMap((f) => {
      const text = fs.readFileSync(f, 'utf8');
      const imports = ts
        .preProcessFile(text, true, true)
        .importedFiles.map((i) => i.fileName)
        .filter((m) => /^(node:)?(fs|fs\/promises|child_process|net|http|https|worker_threads)$/.test(m) || /\/(content|store)\//.test(m))
        .map((m) => `${path.relative(ROOT, f)} imports ${m}`);
      const uses = /\bprocess\.env\b|\bimport\.meta\.url\b|\breadFileSync\b|\bfetch\(/.test(text)
        ? [`${path.relative(ROOT, f)} reads outside itself`]
        : [];
      return [...imports, ...uses];
    });
    expect(offending).toEqual([]);
  });

  it('the core (cases, reminders, conversation, dialogs) never names a platform, in code or comments', () => {
    const core = files.filter((f) => /[/\\](src[/\\](conversation|cases|reminders)|dialogs)[/\\]/.test(f));
    expect(core.length).toBeGreaterThan(20);
    const offending = core.flatMap((f) =>
      fs
        .readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\b(teams|slack)\b/i.test(line) ? [`${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offending).toEqual([]);
  });

  it('the platform-word check catches a platform named in a file', () => {
    const line = "if (turn.platform === 'teams') return;";
    expect(/\b(teams|slack)\b/i.test(line)).toBe(true);
    expect(/\b(teams|slack)\b/i.test('a team channel, a platform')).toBe(false);
  });
});
