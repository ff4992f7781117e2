// The contacts directory: 33 London authorities, validated at start-up, forgiving lookup, honest gaps.
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ICTG_LINE,
  NATIONAL_LINES,
  authorityFacts,
  fallbackLines,
  fallbackLinks,
  telUrl,
  parseContactsDirectory,
} from '../../src/procedure/contacts.js';
import { ContactsDirectory } from '../../src/procedure/index.js';
import { buildFlowDeps, loadContactsDirectory, loadLondonAuthorities, SHIPPED_CONTACTS_FILE } from '../../src/content/index.js';
import { loadConfig } from '../../src/config.js';

const dir = mkdtempSync(join(tmpdir(), 'contacts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const writeJson = (name: string, data: unknown) => {
  const f = join(dir, name);
  writeFileSync(f, JSON.stringify(data));
  return f;
};
const shipped = () => JSON.parse(readFileSync(SHIPPED_CONTACTS_FILE, 'utf8')) as { authorities: Array<Record<string, unknown>> };

describe('London authorities and the shipped directory', () => {
  it('has the 33 London authorities with unique codes and GSS codes', () => {
    const all = loadLondonAuthorities();
    expect(all).toHaveLength(33);
    expect(new Set(all.map((a) => a.code)).size).toBe(33);
    expect(all.map((a) => a.gss).sort()[0]).toBe('E09000001');
  });

  it('ships all 33 authorities with every number null (never invented)', () => {
    const data = shipped();
    expect(data.authorities).toHaveLength(33);
    for (const a of data.authorities) {
      expect([a['cscInHours'], a['cscOutOfHours'], a['councilMain']]).toEqual([null, null, null]);
    }
    expect(loadContactsDirectory().all()).toHaveLength(33);
  });

  it('has the national lines and the ICTG line exactly', () => {
    expect(ICTG_LINE).toBe('0800 043 4303');
    expect(NATIONAL_LINES.map((l) => l.number)).toEqual(['999', '101', '0808 800 5000', '08000 121 700']);
  });
});

describe('find', () => {
  const d = loadContactsDirectory();
  it.each([
    ['tower hamlets', 'TWH'],
    ['Hackney', 'HCK'],
    ['LBH', 'LBH'],
    ['lbh', 'LBH'],
    ['E09000033', 'WSM'],
    ['kingston-upon-thames', 'KTT'],
    ['Hammersmith & Fulham', 'HMF'],
    ['London Borough of Barnet', 'BNE'],
    ['Royal Borough of Greenwich', 'GRE'],
    ['  richmond ', 'RIC'],
    ['kensington', 'KEC'],
    ['Southwark Council', 'SWK'],
    ['city of london', 'LND'],
  ])('%s → %s', (q, code) => {
    expect(d.find(q)?.code).toBe(code);
  });

  it('returns nothing for unknown or ambiguous queries', () => {
    expect(d.find('Manchester')).toBeUndefined();
    expect(d.find('')).toBeUndefined();
    expect(d.search('ha').map((a) => a.code)).toEqual(['HCK', 'HMF', 'HRY', 'HRW', 'HAV']);
    expect(d.find('ha')).toBeUndefined();
  });
});

describe('validation at start-up', () => {
  it('accepts a filled-in entry and shows its numbers; missing ones say so with the fallback', () => {
    const data = shipped();
    data.authorities[11] = {
      code: 'HCK',
      name: 'Hackney',
      cscInHours: '020 0000 0001',
      cscOutOfHours: null,
      councilMain: '020 0000 0009',
      email: 'duty@example.org',
      url: 'https://example.org',
    };
    const d = loadContactsDirectory(writeJson('ok.json', data));
    const hck = d.get('HCK')!;
    expect(authorityFacts(hck)).toContainEqual({ label: "Children's Social Care (office hours)", value: '020 0000 0001' });
    expect(authorityFacts(hck)).toContainEqual({ label: "Children's Social Care (out of hours)", value: 'not filled in yet' });
    expect(fallbackLines(hck)).toEqual([
      'Hackney council main line: 020 0000 0009',
      'Hackney Council’s website: https://example.org',
      'GOV.UK finds the council’s children’s social care number: https://www.gov.uk/report-child-abuse-to-local-council',
      'In an emergency: police 999',
      `For advice on referring: ICTG 24/7 line ${ICTG_LINE}`,
      'NSPCC helpline: 0808 800 5000',
    ]);
    expect(fallbackLinks(hck).map((l) => l.url)).toEqual(['https://example.org', 'https://www.gov.uk/report-child-abuse-to-local-council']);
    expect(telUrl('0800 043 4303')).toBe('tel:+448000434303');
    expect(telUrl('999')).toBe('tel:999');
    expect(telUrl('020 0000 0001')).toBe('tel:+442000000001');
  });

  it('rejects an invalid number, naming the entry', () => {
    const data = shipped();
    data.authorities[11] = { ...data.authorities[11], cscInHours: 'call the office' };
    const f = writeJson('bad-number.json', data);
    expect(() => loadContactsDirectory(f)).toThrow(/authorities\[11\] \(code "HCK"\).*cscInHours/);
    expect(() => loadContactsDirectory(f)).toThrow(f);
  });

  it('rejects an unknown authority code, a duplicate, a mismatched name and an unknown field', () => {
    const authorities = loadLondonAuthorities();
    const entry = { code: 'HCK', cscInHours: null, cscOutOfHours: null, councilMain: null };
    expect(() => parseContactsDirectory({ authorities: [{ ...entry, code: 'ZZZ' }] }, authorities)).toThrow(
      /code "ZZZ".*unknown authority code/,
    );
    expect(() => parseContactsDirectory({ authorities: [entry, entry] }, authorities)).toThrow(/authorities\[1\].*listed twice/);
    expect(() => parseContactsDirectory({ authorities: [{ ...entry, name: 'Haringey' }] }, authorities)).toThrow(/does not match HCK/);
    expect(() => parseContactsDirectory({ authorities: [{ ...entry, cscInhours: '0207' }] }, authorities)).toThrow(
      /authorities\[0\].*cscInhours/,
    );
    expect(() => parseContactsDirectory({ authorities: [{ ...entry, url: 'http://insecure.example' }] }, authorities)).toThrow(/url/);
    expect(() => parseContactsDirectory({ boroughs: [] }, authorities)).toThrow(/authorities/);
  });

  it('rejects a file that is not JSON', () => {
    const f = join(dir, 'broken.json');
    writeFileSync(f, '{ not json');
    expect(() => loadContactsDirectory(f)).toThrow(/Cannot read contacts file/);
  });
});

describe('buildFlowDeps', () => {
  it('falls back to the shipped directory when CONTACTS_FILE does not exist', () => {
    const deps = buildFlowDeps(loadConfig({ CONTACTS_FILE: join(dir, 'nope.json') }));
    expect(deps['contacts']).toBeInstanceOf(ContactsDirectory);
    expect((deps['contacts'] as ContactsDirectory).all()).toHaveLength(33);
    expect(deps['calendar']).toBeDefined();
    expect(deps['kb']).toBeDefined();
  });

  it('throws when CONTACTS_FILE exists and is invalid', () => {
    const f = writeJson('invalid.json', { authorities: [{ code: 'XYZ', cscInHours: null, cscOutOfHours: null, councilMain: null }] });
    expect(() => buildFlowDeps(loadConfig({ CONTACTS_FILE: f }))).toThrow(/XYZ/);
  });

  it('uses a valid CONTACTS_FILE', () => {
    const f = writeJson('valid.json', {
      authorities: [{ code: 'SWK', cscInHours: '020 0000 0003', cscOutOfHours: null, councilMain: null }],
    });
    const d = buildFlowDeps(loadConfig({ CONTACTS_FILE: f }))['contacts'] as ContactsDirectory;
    expect(d.get('SWK')?.contacts.cscInHours).toBe('020 0000 0003');
  });
});
