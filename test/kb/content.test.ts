// The knowledge base's content files: validated with the zod schemas when loaded (start-up and
// here), a broken file refused with the file named, and `npm run kb:check` saying so.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KB_CONTENT_DIR, loadKbContent, loadKnowledgeBase, readKbFiles } from '../../src/content/kb.js';
import { parseEntries, parseFolds, parseSigns } from '../../src/procedure/kb/index.js';
import { allIndicators } from '../../src/procedure/indicators.js';
import { kbEntries } from './shipped.js';

const CONTENT_DIR = KB_CONTENT_DIR;
const loadEntries = (dir?: string) => parseEntries(readKbFiles(dir));
const loadFolds = (dir?: string) => parseFolds(readKbFiles(dir));
const loadCheckedSigns = (known: ReadonlySet<string>, dir?: string) => parseSigns(readKbFiles(dir), known);

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the content folder with one file changed. */
function broken(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-content-'));
  dirs.push(dir);
  cpSync(CONTENT_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

describe('knowledge base content files', () => {
  it('the shipped files are valid and are what the bot loads', () => {
    const { entries, topics } = loadEntries();
    expect(entries.map((e) => e.id)).toEqual(kbEntries.map((e) => e.id));
    expect(topics.length).toBeGreaterThanOrEqual(10);
    expect(new Set(topics.flatMap((t) => t.ids)).size).toBe(entries.length);
    expect(loadFolds().offTopic.length).toBeGreaterThan(0);
    const known = new Set(allIndicators().map((i) => i.id));
    expect(new Set(loadCheckedSigns(known).signs.map((s) => s.indicator))).toEqual(known);
  });

  it('refuses an uncited source, a missing answer, a bad pattern and an unknown indicator, naming the file', () => {
    const source = broken('01-first-steps.yaml', (t) => t.replace('      - PG47 §13\n', '      - somewhere I read\n'));
    expect(() => loadEntries(source)).toThrow(/01-first-steps\.yaml[\s\S]*cite a section/);
    const answer = broken('08-nrm.yaml', (t) => t.replace(/( {2}- id: sca\n {4}question: .*\n) {4}answer: >-\n/, '$1    answr: >-\n'));
    expect(() => loadEntries(answer)).toThrow(/08-nrm\.yaml[\s\S]*answer/);
    const pattern = broken('folds.yaml', (t) => t.replace('  - match: \\bhow many\\b', '  - match: \\bhow (many\\b'));
    expect(() => loadFolds(pattern)).toThrow(/folds\.yaml[\s\S]*not a valid pattern/);
    const sign = broken('signs.yaml', (t) => t.replace('  - indicator: begs', '  - indicator: begging'));
    expect(() => loadCheckedSigns(new Set(allIndicators().map((i) => i.id)), sign)).toThrow(/signs\.yaml names indicators .*begging/);
  });

  it('the knowledge base is built from the content it is given: a fold or a sign added to a copy changes only that copy', () => {
    const q = 'the lad keeps going on about his zorbly';
    const shipped = loadKnowledgeBase();
    expect(shipped.lex.terms(q)).not.toContain('qqfoldedqq');
    expect(shipped.signs.indicatorsIn(q)).toEqual([]);
    const dir = broken('folds.yaml', (t) => t.replace(/^folds:\n/m, 'folds:\n  - match: \\bzorbly\\b\n    to: qqfoldedqq\n'));
    const sign = join(dir, 'signs.yaml');
    writeFileSync(
      sign,
      readFileSync(sign, 'utf8').replace('  - indicator: begs\n    match:\n', '  - indicator: begs\n    match:\n      - \\bzorbly\\b\n'),
    );
    const copy = loadKnowledgeBase({}, dir);
    expect(copy.lex.terms(q)).toContain('qqfoldedqq');
    expect(copy.signs.indicatorsIn(q)).toEqual(['begs']);
    expect(loadKbContent(dir).entries.length).toBe(kbEntries.length);
    // The shipped base, built before and after, is untouched by the copy.
    expect(loadKnowledgeBase().lex.terms(q)).toEqual(shipped.lex.terms(q));
    expect(() => loadKbContent(join(dir, 'no-such-dir'))).toThrow(/knowledge base: cannot read/);
  });

  it('kb:check passes on the shipped content and fails, naming the file, on a broken copy', () => {
    const root = new URL('../..', import.meta.url).pathname;
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/kb-check.ts', ...args], { cwd: root, encoding: 'utf8' });
    const ok = run([]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/valid/);
    expect(ok.stdout).toMatch(new RegExp(`${kbEntries.length} entries in \\d+ topic files`));
    expect(ok.stdout).toMatch(/Every entry answers its own question: yes/);
    const bad = run([broken('01-first-steps.yaml', (t) => t.replace('      - PG47 §13\n', '      - somewhere I read\n'))]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/01-first-steps\.yaml/);
  }, 60_000);
});
