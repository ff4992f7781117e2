// The contacts directory as a CSV the partnership keeps in a spreadsheet: the same validation as the JSON file,
// errors that name the row as the spreadsheet numbers it, `npm run contacts:check` listing what is missing, and
// one start-up log line with the count. No number is ever filled in by the code.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactsCsv, csvRows, missingNumbers, parseContactsCsv as parseCsvWith } from '../../src/procedure/contacts.js';
import { buildFlowDeps, loadContactsDirectory, loadLondonAuthorities, SHIPPED_CONTACTS_FILE } from '../../src/content/index.js';

/** The contacts CSV parsed against the 33 London authorities (the composition root reads that list and passes it in). */
const parseContactsCsv = (text: string) => parseCsvWith(text, loadLondonAuthorities());
import { loadConfig } from '../../src/config.js';
import type { Logger } from '../../src/logger.js';

const run = promisify(execFile);
const HEADER = 'code,name,cscInHours,cscOutOfHours,councilMain,email,url';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sg-contacts-csv-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const f = path.join(dir, name);
  await writeFile(f, text);
  return f;
}

describe('the contacts CSV', () => {
  it('the shipped config/contacts.csv is the shipped JSON directory: 33 authorities, no number filled in', () => {
    const csv = loadContactsDirectory(path.resolve('config/contacts.csv'));
    const json = loadContactsDirectory(SHIPPED_CONTACTS_FILE);
    expect(csv.all()).toEqual(json.all());
    expect(csv.all()).toHaveLength(33);
    expect(csv.all().every((e) => !e.contacts.cscInHours && !e.contacts.cscOutOfHours && !e.contacts.councilMain)).toBe(true);
  });

  it('reads what a spreadsheet saves: a BOM, CRLF, quoted cells with commas and quotes, rows in any order, blank lines', () => {
    const text =
      '\uFEFF' +
      [HEADER, 'HCK,Hackney,020 8356 5500,,"020 8356 3000",,https://hackney.gov.uk', '', 'CMD,"Camden",,"+44 20 7974 4444",,,'].join(
        '\r\n',
      );
    const d = parseContactsCsv(text);
    expect(d.get('HCK')!.contacts).toMatchObject({ cscInHours: '020 8356 5500', cscOutOfHours: null, councilMain: '020 8356 3000' });
    expect(d.get('HCK')!.contacts.url).toBe('https://hackney.gov.uk');
    expect(d.get('CMD')!.contacts.cscOutOfHours).toBe('+44 20 7974 4444');
    expect(d.get('BNE')!.contacts.cscInHours).toBeNull(); // not in the sheet: missing, never made up
    expect(csvRows('a,"b, ""c""",d\n')).toEqual([['a', 'b, "c"', 'd']]);
  });

  it('reads the CSV as spreadsheets save it (csv-parse): BOM, CRLF, a quoted line break, blank rows; a broken quote is named', () => {
    expect(csvRows('\uFEFFa,b\r\n\r\n"x\ny",2\r\n,\r\n')).toEqual([
      ['a', 'b'],
      ['x\ny', '2'],
    ]);
    // A quote inside an unquoted cell is text, as before.
    expect(csvRows('a,5" screen\n')).toEqual([['a', '5" screen']]);
    expect(() => parseContactsCsv(`${HEADER}\nHCK,"Hackney,,,,,`)).toThrow(/Invalid contacts CSV: .*quote/i);
  });

  it('refuses what the JSON file refuses, naming the row as the spreadsheet numbers it', () => {
    expect(() => parseContactsCsv(`${HEADER}\nHCK,Hackney,,,,,\nCMD,Camden,call the office,,,,`)).toThrow(
      /row 3 \(code "CMD"\): cscInHours: must be a phone number/,
    );
    expect(() => parseContactsCsv(`${HEADER}\nXYZ,Nowhere,,,,,`)).toThrow(/row 2 .*unknown authority code/);
    expect(() => parseContactsCsv(`${HEADER}\nHCK,Camden,,,,,`)).toThrow(/row 2 .*does not match HCK \(Hackney\)/);
    expect(() => parseContactsCsv(`${HEADER}\nHCK,,,,,,\nHCK,,,,,,`)).toThrow(/row 3 .*listed twice/);
    expect(() => parseContactsCsv(`${HEADER}\nHCK,,,,,,http://hackney.gov.uk`)).toThrow(/row 2 .*url/);
    expect(() => parseContactsCsv('borough,phone\nHackney,020 8356 5500')).toThrow(/first row must name the columns/);
  });

  it('writes a directory back as the same CSV (a template for the spreadsheet)', () => {
    const d = parseContactsCsv(`${HEADER}\nHCK,Hackney,020 8356 5500,,,"duty@hackney.gov.uk",`);
    const again = parseContactsCsv(contactsCsv(d));
    expect(contactsCsv(again)).toBe(contactsCsv(d));
    expect(again.get('HCK')!.contacts).toMatchObject({ cscInHours: '020 8356 5500', cscOutOfHours: null, email: 'duty@hackney.gov.uk' });
    expect(contactsCsv(d).split('\n')[0]).toBe(HEADER);
  });
});

describe('npm run contacts:check', () => {
  const check = (...args: string[]) => run('npx', ['tsx', 'scripts/contacts-check.ts', ...args], { cwd: process.cwd() });

  it('lists which authorities lack which numbers', async () => {
    const f = await file('two.csv', `${HEADER}\nHCK,Hackney,020 8356 5500,020 8356 2710,020 8356 3000,,\nCMD,Camden,020 7974 3317,,,,\n`);
    const { stdout } = await check(f);
    expect(stdout).toContain(`Contacts directory ${f}: valid, 33 London authorities.`);
    expect(stdout).toContain('32 of 33 authorities lack numbers');
    expect(stdout).not.toMatch(/Hackney \(HCK\)/);
    expect(stdout).toMatch(/Camden \(CMD\) +Children’s Social Care \(out of hours\); council main line\n/);
    expect(stdout).toMatch(
      /Barnet \(BNE\) +Children’s Social Care \(office hours\); Children’s Social Care \(out of hours\); council main line/,
    );
    expect(stdout).toContain('Missing: office hours 31, out of hours 32, council main line 32.');
  }, 30_000);

  it('exits 1 naming the row when the file is not valid', async () => {
    const f = await file('bad.csv', `${HEADER}\nHCK,Hackney,ring reception,,,,\n`);
    const failed = await check(f).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/row 2 \(code "HCK"\): cscInHours/);
  }, 30_000);
});

it('start-up logs the count of authorities lacking numbers once', () => {
  const lines: Array<{ obj: Record<string, unknown>; msg?: string }> = [];
  const log: Logger = {
    info: (obj: Record<string, unknown>, msg?: string) => void lines.push({ obj, msg }),
    warn() {},
    error() {},
    debug() {},
    child: () => log,
  } as unknown as Logger;
  const config = loadConfig({ PORT: '0', DATA_DIR: dir, LOG_LEVEL: 'silent', CONTACTS_FILE: path.resolve('config/contacts.csv') });
  const deps = buildFlowDeps(config, log);
  expect(missingNumbers(deps.contacts as never)).toHaveLength(33);
  const said = lines.filter((l) => /contacts directory/.test(l.msg ?? ''));
  expect(said).toHaveLength(1);
  expect(said[0]!.obj).toMatchObject({ authorities: 33, lackingNumbers: 33, lackingCscInHours: 33 });
  expect(said[0]!.msg).toBe('contacts directory: 33 of 33 London authorities lack a number (npm run contacts:check lists which)');
});
