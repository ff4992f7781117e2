// Who to call. National lines are facts (product.md); the 33 London authorities come from the
// mySociety list (CC BY 4.0); their Children's Social Care numbers come from a directory file the
// deploying partnership fills in. A number that is not filled in is shown as missing, never made up.
// Pure: the files are read by the composition root (src/content/contacts.ts), which passes their text in here.
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';

export const AUTHORITIES_ATTRIBUTION = 'List of London authorities: mySociety, CC BY 4.0';

/** PG47 §13.2: the ICTG service's 24/7 assessment line, for advice on referring a child. */
export const ICTG_LINE = '0800 043 4303';

export interface Line {
  id: string;
  label: string;
  number: string;
  note?: string;
  source: string;
}

export const ICTG: Line = {
  id: 'ictg',
  label: 'ICTG service (24/7 assessment line)',
  number: ICTG_LINE,
  note: 'advice on referring a child to the ICTG service',
  source: 'PG47 §13.2',
};

export const NATIONAL_LINES: Line[] = [
  { id: 'police-emergency', label: 'Police, emergency', number: '999', note: 'a child in immediate danger', source: 'PG47 §13.3 b' },
  { id: 'police-non-emergency', label: 'Police, non-emergency', number: '101', source: 'product facts' },
  { id: 'nspcc', label: 'NSPCC helpline', number: '0808 800 5000', source: 'product facts' },
  { id: 'modern-slavery', label: 'Modern Slavery & Exploitation Helpline (24/7)', number: '08000 121 700', source: 'product facts' },
];

export interface Authority {
  gss: string;
  code: string;
  officialName: string;
  name: string;
  slug: string;
}

const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{1,19}$/, 'must be a phone number (digits, spaces, + ( ) -)')
  .refine((v) => v.replace(/\D/g, '').length >= 3, 'must have at least 3 digits');

export const AuthorityContactsSchema = z
  .object({
    code: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter authority code, e.g. "HCK"'),
    name: z.string().optional(),
    /** Children's Social Care, in office hours. */
    cscInHours: Phone.nullable(),
    /** Children's Social Care emergency duty team, out of hours. */
    cscOutOfHours: Phone.nullable(),
    /** The council's main switchboard. */
    councilMain: Phone.nullable(),
    email: z.email().nullable().optional(),
    url: z
      .url({ protocol: /^https$/ })
      .nullable()
      .optional(),
  })
  .strict();
export type AuthorityContacts = z.infer<typeof AuthorityContactsSchema>;

const FileSchema = z
  .object({
    $comment: z.string().optional(),
    attribution: z.string().optional(),
    updated: z.string().nullable().optional(),
    authorities: z.array(z.unknown()),
  })
  .strict();

export interface AuthorityEntry extends Authority {
  contacts: AuthorityContacts;
}

const AUTHORITY_COLUMNS = ['gss_code', 'code', 'official_name', 'name', 'slug'];

/** Parse the text of the bundled CSV of the 33 London authorities (gss_code,code,official_name,name,slug). */
export function parseLondonAuthorities(text: string, label = 'the London authorities list'): Authority[] {
  const [header, ...rows] = csvRows(text, label);
  if (header?.map((h) => h.trim()).join(',') !== AUTHORITY_COLUMNS.join(',')) throw new Error(`Unexpected header in ${label}`);
  return rows.map((row) => {
    const [gss, code, officialName, name, slug] = row.map((c) => c.trim());
    if (row.length !== AUTHORITY_COLUMNS.length || !gss || !code || !officialName || !name || !slug)
      throw new Error(`Bad row in ${label}: ${row.join(',')}`);
    return { gss, code, officialName, name, slug };
  });
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^(the )?(london borough of|royal borough of|borough of|lb of|lb|rb)\s+/, '')
    .replace(/\s+(council|borough|borough council|childrens social care|social care)$/, '')
    .trim();

export class ContactsDirectory {
  private readonly byCode = new Map<string, AuthorityEntry>();

  constructor(entries: AuthorityEntry[]) {
    for (const e of entries) this.byCode.set(e.code, e);
  }

  all(): AuthorityEntry[] {
    return [...this.byCode.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  get(code: string): AuthorityEntry | undefined {
    return this.byCode.get(code.toUpperCase());
  }

  /** Forgiving lookup by name, slug, three-letter code or GSS code ('tower hamlets', 'LBH', 'E09000012'). */
  find(query: string): AuthorityEntry | undefined {
    const matches = this.search(query);
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** Every authority the query could mean: exact matches first; otherwise unique prefixes or substrings. */
  search(query: string): AuthorityEntry[] {
    const q = norm(query);
    if (!q) return [];
    const all = this.all();
    const keys = (e: AuthorityEntry) => [e.code, e.gss, e.slug, e.name, e.officialName].map(norm);
    const exact = all.filter((e) => keys(e).includes(q) || norm(e.slug.replace(/-/g, ' ')) === q);
    if (exact.length) return exact;
    const starts = all.filter((e) => [e.name, e.officialName].map(norm).some((k) => k.startsWith(q)));
    if (starts.length) return starts;
    return q.length >= 3 ? all.filter((e) => norm(e.name).includes(q)) : [];
  }
}

/** Validate a contacts document against the 33 authorities. Throws an Error naming the bad entry. */
export function parseContactsDirectory(data: unknown, authorities: Authority[], label = 'contacts file'): ContactsDirectory {
  const file = FileSchema.safeParse(data);
  if (!file.success) {
    const issues = file.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`Invalid ${label}: ${issues}`);
  }
  const known = new Map(authorities.map((a) => [a.code, a]));
  const given = new Map<string, AuthorityContacts>();
  file.data.authorities.forEach((item, index) => {
    const tag = typeof item === 'object' && item && 'code' in item ? ` (code ${JSON.stringify((item as { code: unknown }).code)})` : '';
    const where = `${label}: authorities[${index}]${tag}`;
    const entry = AuthorityContactsSchema.safeParse(item);
    if (!entry.success) {
      const issues = entry.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ');
      throw new Error(`Invalid ${where}: ${issues}`);
    }
    const authority = known.get(entry.data.code);
    if (!authority) throw new Error(`Invalid ${where}: unknown authority code; use one of ${[...known.keys()].join(', ')}`);
    if (entry.data.name && norm(entry.data.name) !== norm(authority.name)) {
      throw new Error(`Invalid ${where}: name "${entry.data.name}" does not match ${authority.code} (${authority.name})`);
    }
    if (given.has(entry.data.code)) throw new Error(`Invalid ${where}: ${entry.data.code} is listed twice`);
    given.set(entry.data.code, entry.data);
  });
  const empty = (code: string): AuthorityContacts => ({ code, cscInHours: null, cscOutOfHours: null, councilMain: null });
  return new ContactsDirectory(authorities.map((a) => ({ ...a, contacts: given.get(a.code) ?? empty(a.code) })));
}

/** Validate the text of a contacts file: JSON, or a CSV kept in a spreadsheet (`csv`). Throws an Error naming the
 * file (`label`) and the bad entry (its row, for a CSV). */
export function parseContactsText(
  raw: string,
  format: 'json' | 'csv',
  authorities: Authority[],
  label = 'contacts file',
): ContactsDirectory {
  if (format === 'csv') return parseContactsCsv(raw, authorities, label);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new Error(`Cannot read ${label}: ${(err as Error).message}`, { cause: err });
  }
  return parseContactsDirectory(data, authorities, label);
}

/** The columns of the contacts CSV, in order (the first row of the file). */
export const CONTACTS_CSV_COLUMNS = ['code', 'name', 'cscInHours', 'cscOutOfHours', 'councilMain', 'email', 'url'] as const;

/**
 * RFC 4180 rows (csv-parse): fields may be quoted ("a, b"), quotes doubled inside (""), as spreadsheets save them;
 * the byte-order mark Excel writes is dropped, and so are blank rows. A stray quote inside a field is kept as text.
 */
export function csvRows(text: string, label = 'CSV'): string[][] {
  let rows: string[][];
  try {
    rows = parseCsv(text, { bom: true, relax_column_count: true, relax_quotes: true }) as string[][];
  } catch (err) {
    throw new Error(`Invalid ${label}: ${(err as Error).message}`, { cause: err });
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/**
 * A contacts CSV (one row per authority, the columns of CONTACTS_CSV_COLUMNS; an empty cell is a number not
 * filled in) checked with the same schema as the JSON file. Errors name the row as a spreadsheet numbers it.
 */
export function parseContactsCsv(text: string, authorities: Authority[], label = 'contacts CSV'): ContactsDirectory {
  const [header, ...rows] = csvRows(text, label);
  const columns = (header ?? []).map((h) => h.trim());
  const unknown = columns.filter((c) => !(CONTACTS_CSV_COLUMNS as readonly string[]).includes(c));
  if (!columns.includes('code') || unknown.length)
    throw new Error(
      `Invalid ${label}: the first row must name the columns ${CONTACTS_CSV_COLUMNS.join(',')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`,
    );
  const entries = rows.map((cells, i) => {
    if (cells.length > columns.length)
      throw new Error(`Invalid ${label}: row ${i + 2} has ${cells.length} cells for ${columns.length} columns`);
    const entry: Record<string, string | null> = {};
    columns.forEach((c, k) => {
      const v = (cells[k] ?? '').trim();
      entry[c] = v === '' ? null : v;
    });
    if (entry.name === null) delete entry.name;
    for (const c of ['cscInHours', 'cscOutOfHours', 'councilMain'] as const) if (!(c in entry)) entry[c] = null;
    return entry;
  });
  try {
    return parseContactsDirectory({ authorities: entries }, authorities, label);
  } catch (err) {
    // "authorities[3]" is row 5 of the sheet (row 1 is the header).
    throw new Error(
      (err as Error).message.replace(/authorities\[(\d+)\]/, (_, n: string) => `row ${Number(n) + 2}`),
      { cause: err },
    );
  }
}

/** The directory as a contacts CSV (a template for the spreadsheet: empty cells where a number is missing). */
export function contactsCsv(directory: ContactsDirectory): string {
  const cell = (v: string | null | undefined) => (v == null ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = directory
    .all()
    .sort((a, b) => a.gss.localeCompare(b.gss))
    .map((e) =>
      [e.code, e.name, e.contacts.cscInHours, e.contacts.cscOutOfHours, e.contacts.councilMain, e.contacts.email, e.contacts.url]
        .map(cell)
        .join(','),
    );
  return [CONTACTS_CSV_COLUMNS.join(','), ...lines].join('\n') + '\n';
}

/** Which numbers each authority lacks (office hours, out of hours, the council's main line), in the directory's order. */
export function missingNumbers(directory: ContactsDirectory): Array<{ code: string; name: string; missing: string[] }> {
  const names: Array<[keyof AuthorityContacts, string]> = [
    ['cscInHours', 'Children’s Social Care (office hours)'],
    ['cscOutOfHours', 'Children’s Social Care (out of hours)'],
    ['councilMain', 'council main line'],
  ];
  return directory
    .all()
    .map((e) => ({ code: e.code, name: e.name, missing: names.filter(([k]) => !e.contacts[k]).map(([, n]) => n) }))
    .filter((x) => x.missing.length > 0);
}

export const NOT_FILLED = 'not filled in yet';

/** What to call when a number is missing: the council's main line if known, 999 in an emergency, the ICTG line. */
/** A tel: link for a UK number as written ("0800 043 4303" -> tel:+448000434303; "999" -> tel:999). */
export function telUrl(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  if (/^\d{3}$/.test(digits)) return `tel:${digits}`;
  if (digits.startsWith('+')) return `tel:${digits}`;
  return `tel:+44${digits.replace(/^0/, '')}`;
}

/** A button that calls a number. */
export const callLink = (label: string, number: string): { label: string; url: string } => ({
  label: `Call ${label} ${number}`.slice(0, 75),
  url: telUrl(number),
});

/** GOV.UK's finder for a council's children's social care (a real page: never an invented number). */
export const GOVUK_REPORT_TO_COUNCIL = 'https://www.gov.uk/report-child-abuse-to-local-council';

/** Where to find the number that is not filled in: the council's own site (when known) and GOV.UK's finder. */
export function fallbackLinks(entry: AuthorityEntry): Array<{ label: string; url: string }> {
  return [
    ...(entry.contacts.url ? [{ label: `${entry.name} Council website`, url: entry.contacts.url }] : []),
    { label: 'GOV.UK: find the council to call', url: GOVUK_REPORT_TO_COUNCIL },
  ];
}

export function fallbackLines(entry: AuthorityEntry): string[] {
  const lines: string[] = [];
  if (entry.contacts.councilMain) lines.push(`${entry.name} council main line: ${entry.contacts.councilMain}`);
  if (entry.contacts.url) lines.push(`${entry.name} Council’s website: ${entry.contacts.url}`);
  lines.push(`GOV.UK finds the council’s children’s social care number: ${GOVUK_REPORT_TO_COUNCIL}`);
  lines.push('In an emergency: police 999');
  lines.push(`For advice on referring: ICTG 24/7 line ${ICTG_LINE}`);
  lines.push('NSPCC helpline: 0808 800 5000');
  return lines;
}

/** The authority's numbers as label/value pairs; missing ones say so plainly. */
export function authorityFacts(entry: AuthorityEntry): Array<{ label: string; value: string }> {
  const c = entry.contacts;
  const facts = [
    { label: "Children's Social Care (office hours)", value: c.cscInHours ?? NOT_FILLED },
    { label: "Children's Social Care (out of hours)", value: c.cscOutOfHours ?? NOT_FILLED },
    { label: 'Council main line', value: c.councilMain ?? NOT_FILLED },
  ];
  if (c.email) facts.push({ label: 'Email', value: c.email });
  if (c.url) facts.push({ label: 'Web', value: c.url });
  return facts;
}

export const hasMissingNumbers = (entry: AuthorityEntry): boolean => !entry.contacts.cscInHours || !entry.contacts.cscOutOfHours;
