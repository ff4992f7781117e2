// The contacts files, read here at the composition root (src/procedure gets their text): the bundled list of the
// 33 London authorities, and the directory of their numbers (CONTACTS_FILE, JSON or a spreadsheet's CSV).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { ContactsDirectory, parseContactsText, parseLondonAuthorities, type Authority } from '../procedure/contacts.js';

export const AUTHORITIES_CSV = fileURLToPath(new URL('../procedure/reference/london-authorities.csv', import.meta.url));
export const SHIPPED_CONTACTS_FILE = fileURLToPath(new URL('../../config/contacts.json', import.meta.url));

/** The 33 London authorities (mySociety, CC BY 4.0), from the bundled CSV. */
export function loadLondonAuthorities(file = AUTHORITIES_CSV): Authority[] {
  return parseLondonAuthorities(readFileSync(file, 'utf8'), file);
}

/** Read and validate a contacts file: JSON, or a CSV kept in a spreadsheet (.csv). Throws an Error naming the
 * file and the bad entry (its row, for a CSV). */
export function loadContactsDirectory(file: string = SHIPPED_CONTACTS_FILE): ContactsDirectory {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read contacts file ${file}: ${(err as Error).message}`, { cause: err });
  }
  return parseContactsText(raw, /\.csv$/i.test(file) ? 'csv' : 'json', loadLondonAuthorities(), `contacts file ${file}`);
}

let shipped: ContactsDirectory | undefined;
/** The directory shipped in config/contacts.json (numbers not filled in), loaded once. */
export function shippedContactsDirectory(): ContactsDirectory {
  return (shipped ??= loadContactsDirectory(SHIPPED_CONTACTS_FILE));
}

/**
 * The contacts file: CONTACTS_FILE if it exists (and it must be valid, or start-up stops with a
 * message naming the bad entry); otherwise the shipped config/contacts.json.
 */
export function contactsFileFor(config: Pick<Config, 'CONTACTS_FILE'>): string {
  return existsSync(config.CONTACTS_FILE) ? config.CONTACTS_FILE : SHIPPED_CONTACTS_FILE;
}
