// Units a reader can hold: no source file in src/ or dialogs/ over 400 lines, no function body (function, method,
// arrow function, accessor, constructor) over 60 lines. Parsed with the TypeScript compiler, so a long object literal
// of data is not a function, and a function inside a function is measured on its own as well as inside its parent.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const MAX_FILE_LINES = 400;
export const MAX_FUNCTION_LINES = 60;

/**
 * Offenders allowed for a while, each at exactly its size (so it may shrink, never grow): only for a split in progress,
 * with its owner named here. Empty since every file and function fits; anything over a limit fails at once.
 */
const ALLOWED: Record<string, number> = {};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'public' ? [] : sourceFiles(p);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

export interface Offender {
  /** `file` for a file, `file:line name` for a function. */
  where: string;
  lines: number;
  limit: number;
}

const lineOf = (sf: ts.SourceFile, pos: number) => sf.getLineAndCharacterOfPosition(pos).line;

function nameOf(node: ts.Node): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name && (ts.isIdentifier(named.name) || ts.isPrivateIdentifier(named.name) || ts.isStringLiteral(named.name)))
    return named.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && (ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name)))
    return parent.name.text;
  return '(anonymous)';
}

/** The offenders of one file's text: the file itself when too long, and each function whose body is too long. */
export function measure(file: string, text: string): Offender[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Offender[] = [];
  const fileLines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (fileLines > MAX_FILE_LINES) out.push({ where: file, lines: fileLines, limit: MAX_FILE_LINES });
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const body = node.body as ts.Node;
      const lines = lineOf(sf, body.getEnd()) - lineOf(sf, body.getStart(sf)) + 1;
      if (lines > MAX_FUNCTION_LINES)
        out.push({ where: `${file}:${lineOf(sf, node.getStart(sf)) + 1} ${nameOf(node)}`, lines, limit: MAX_FUNCTION_LINES });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const files = [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'dialogs'))];
const offenders = files.flatMap((f) => measure(path.relative(ROOT, f).split(path.sep).join('/'), fs.readFileSync(f, 'utf8')));
/** A function's key in ALLOWED leaves out its line number (which moves with every edit above it). */
const keyOf = (o: Offender) => o.where.replace(/:\d+ /, ' ');

describe('sizes', () => {
  it('the measure finds a long file and a long function, and only those', () => {
    const long = (n: number) => Array.from({ length: n }, (_, i) => `  const x${i} = ${i};`).join('\n');
    const text = `export function big() {\n${long(60)}\n}\nexport const small = () => {\n${long(58)}\n};\nclass K {\n  m() {\n${long(59)}\n  }\n}\n${'// pad\n'.repeat(300)}`;
    const found = measure('t.ts', text);
    expect(found.map((o) => [o.where, o.lines])).toEqual([
      ['t.ts', text.split('\n').length - 1],
      ['t.ts:1 big', 62],
      ['t.ts:124 m', 61],
    ]);
  });

  it(`no file over ${MAX_FILE_LINES} lines and no function over ${MAX_FUNCTION_LINES} lines in src/ and dialogs/`, () => {
    expect(files.length).toBeGreaterThan(50);
    const bad = offenders.filter((o) => !(keyOf(o) in ALLOWED) || o.lines > ALLOWED[keyOf(o)]!);
    if (bad.length) console.error(`Too long (lines > limit):\n${bad.map((o) => `  ${o.where}: ${o.lines} > ${o.limit}`).join('\n')}`);
    expect(bad.map((o) => `${o.where}: ${o.lines} lines (limit ${o.limit})`)).toEqual([]);
  });

  it('every allowed offender still breaks the limit (an entry that fits is removed)', () => {
    const keys = new Set(offenders.map(keyOf));
    expect(Object.keys(ALLOWED).filter((k) => !keys.has(k))).toEqual([]);
  });
});
