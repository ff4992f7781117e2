// `npm run contacts:check [file]`: validate the contacts directory (JSON, or the CSV the partnership keeps in a
// spreadsheet) with the same zod schema as at start-up, and list which London authorities lack which numbers.
// `npm run contacts:check -- --csv [file]` prints the directory as a CSV to start or refresh the spreadsheet.
// Exits 1, naming the file and the row or entry, when the file is not valid. It never fills a number in.
import { contactsCsv, missingNumbers } from '../src/procedure/contacts.js';
import { contactsFileFor, loadContactsDirectory } from '../src/content/index.js';

const args = process.argv.slice(2);
const asCsv = args.includes('--csv');
const file =
  args.find((a) => !a.startsWith('--')) ?? contactsFileFor({ CONTACTS_FILE: process.env.CONTACTS_FILE ?? './config/contacts.json' });

try {
  const directory = loadContactsDirectory(file);
  if (asCsv) {
    process.stdout.write(contactsCsv(directory));
    process.exit(0);
  }
  const all = directory.all();
  const missing = missingNumbers(directory);
  console.log(`Contacts directory ${file}: valid, ${all.length} London authorities.`);
  if (!missing.length) {
    console.log('Every authority has its office-hours, out-of-hours and main numbers.');
  } else {
    console.log(`\n${missing.length} of ${all.length} authorities lack numbers:`);
    for (const m of missing) console.log(`  ${`${m.name} (${m.code})`.padEnd(30)} ${m.missing.join('; ')}`);
    const count = (what: string) => missing.filter((m) => m.missing.some((x) => x.includes(what))).length;
    console.log(
      `\nMissing: office hours ${count('office hours')}, out of hours ${count('out of hours')}, council main line ${count('main line')}.`,
    );
    console.log(
      'Until a number is filled in, the bot says it is missing and points to the council website (when known), GOV.UK’s ' +
        '"report child abuse to a local council" finder, 999, the ICTG line and the NSPCC helpline. It never makes one up.',
    );
  }
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
