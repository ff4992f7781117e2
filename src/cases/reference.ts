// Case references are opaque labels the team chooses (e.g. "TC-2026-014", "HAR/0042"). They must never
// carry a child's name or date of birth, so anything that looks like one is refused, with the reason.

export type ReferenceCheck = { ok: true; ref: string } | { ok: false; reason: string };

const EXAMPLE = 'Choose an opaque reference such as TC-2026-014 or HAR/0042.';

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** Date-like patterns: 12/03/2011, 12.3.11, 2011-03-12, 12 March 2011, March 12 2011, 12th Mar. */
const DATE_PATTERNS: RegExp[] = [
  /(?<!\d)\d{1,2}[/.\-\s]\d{1,2}[/.\-\s]\d{2}(?:\d{2})?(?!\d)/,
  /(?<!\d)\d{4}[/.\-\s]\d{1,2}[/.\-\s]\d{1,2}(?!\d)/,
  new RegExp(`(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?[\\s._/-]*(?:${MONTHS})(?![a-z])`, 'i'),
  new RegExp(`(?<![a-z])(?:${MONTHS})[\\s._/-]*\\d{1,2}(?:st|nd|rd|th)?[\\s.,_/-]+\\d{2,4}(?!\\d)`, 'i'),
];

const validDayMonth = (d: number, m: number): boolean => d >= 1 && d <= 31 && m >= 1 && m <= 12;

/** Runs of 6 or 8 digits that read as DDMMYY, DDMMYYYY or YYYYMMDD (e.g. 120311, 20110312). */
function compactDate(text: string): boolean {
  for (const [run] of text.matchAll(/(?<!\d)(\d{6}|\d{8})(?!\d)/g)) {
    const n = (a: number, b: number) => Number(run.slice(a, b));
    if (validDayMonth(n(0, 2), n(2, 4)) && (run.length === 6 || (n(4, 8) >= 1900 && n(4, 8) <= 2099))) return true;
    if (run.length === 8 && n(0, 4) >= 1900 && n(0, 4) <= 2099 && validDayMonth(n(6, 8), n(4, 6))) return true;
  }
  return false;
}

export const looksLikeDate = (text: string): boolean => DATE_PATTERNS.some((p) => p.test(text)) || compactDate(text);

/** Capitalised words that are common in references and are not names. */
const NOT_NAMES = new Set(
  (
    'case ref reference team file child children referral meeting strategy trafficking safeguarding borough council london city east west north south central unit duty project pilot group social care csc mash nrm ictg lac cin cp new old ' +
    // words of London authority names, so "Tower Hamlets 12" is not taken for a person
    'barking dagenham barnet bexley brent bromley camden croydon ealing enfield greenwich hackney hammersmith fulham haringey harrow havering hillingdon hounslow islington kensington chelsea kingston upon thames lambeth lewisham merton newham redbridge richmond southwark sutton tower hamlets waltham forest wandsworth westminster of and'
  ).split(' '),
);

/**
 * Common first names (UK and the countries many trafficked children come from). Names that are also
 * everyday words or months (May, June, Will, Mark, Grace...) are left out to avoid false alarms.
 */
const FIRST_NAMES = new Set(
  (
    'amira amir ahmed ahmad mohammed muhammad mohamed ali omar hassan hussein ibrahim yusuf yousef abdul abdullah ' +
    'fatima aisha ayesha mariam maryam zainab hamza bilal tariq samir karim rashid reza farid jamal khalid ' +
    'nguyen minh anh linh thanh huong tuan trang ngoc ' +
    'arben besnik ardit klodian elira erion fatjon gentian dritan ermal blerina jonida ' +
    'daniel samuel david michael john james joseph thomas robert richard william george charles edward henry harry ' +
    'oliver jack jacob noah leo oscar charlie alfie archie freddie theo arthur lucas ethan liam mason logan ' +
    'olivia amelia isla ava emily sophia sophie lily mia ella isabella evie poppy ruby chloe jessica hannah ' +
    'sarah emma laura lucy katie megan rebecca amy rachel charlotte elizabeth mary anna maria sara ' +
    'chinedu emeka chioma ngozi adaeze oluwaseun tunde kemi funmi ' +
    'tesfaye abebe yonas dawit selam meron helen winta filmon senait mehari tekle ' +
    'ahmadullah wali zahir farhad habib nasir rahim rohan priya aarav arjun ravi sunil anil deepak ' +
    'jose juan carlos luis miguel pedro ana lucia elena ivan dmitri olga natalia andrei mihai ' +
    'kevin brian peter paul steven stephen simon andrew matthew luke adam ryan dylan jordan tyler kyle'
  ).split(' '),
);

const words = (text: string): string[] => text.match(/[A-Za-z]+(?:'[A-Za-z]+)?/g) ?? [];

/** Two or more capitalised words in a row ("John Smith"), or a common first name ("Amira"). */
export function looksLikeName(text: string): boolean {
  const capitalised = (w: string) => /^[A-Z][a-z']+$/.test(w) && !NOT_NAMES.has(w.toLowerCase());
  // "JaneDoe2012" is "Jane Doe" run together: split at a lower-to-upper case change.
  const parts = text.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[\s._/\d-]+/);
  for (let i = 0; i + 1 < parts.length; i++) if (capitalised(parts[i]) && capitalised(parts[i + 1])) return true;
  return words(text).some((w) => FIRST_NAMES.has(w.toLowerCase()));
}

/** Check a case reference a team proposes. Returns it tidied (trimmed, single spaces, upper case) or the reason it is refused. */
export function validateCaseReference(ref: unknown): ReferenceCheck {
  if (typeof ref !== 'string') return { ok: false, reason: `Give a case reference. ${EXAMPLE}` };
  const r = ref.trim().replace(/\s+/g, ' ');
  if (r.length < 3 || r.length > 32) return { ok: false, reason: `A case reference is 3 to 32 characters long. ${EXAMPLE}` };
  if (!/^[A-Za-z0-9 _./-]+$/.test(r))
    return { ok: false, reason: `A case reference may use only letters, digits, spaces and - _ / . ${EXAMPLE}` };
  if (!/\d/.test(r)) return { ok: false, reason: `A case reference needs at least one digit. ${EXAMPLE}` };
  if (looksLikeDate(r))
    return {
      ok: false,
      reason: `That looks like a date, which could be a child's date of birth. Keep dates out of the reference. ${EXAMPLE}`,
    };
  if (looksLikeName(r))
    return {
      ok: false,
      reason: `That looks like a person's name. Never use a child's name in a case reference. ${EXAMPLE}`,
    };
  // A reference is shown to every channel that follows the case: never a phone number, a postcode or an NHS number.
  if (looksLikeContactOrId(r))
    return {
      ok: false,
      reason: `That looks like a phone number, a postcode or an NHS number. Keep personal details out of the reference. ${EXAMPLE}`,
    };
  return { ok: true, ref: r.toUpperCase() };
}

/** A UK phone number (10-11 digits from 0 or +44), a full postcode (any case), or an NHS number (10 digits). */
function looksLikeContactOrId(r: string): boolean {
  const digits = r.replace(/[^\d]/g, '');
  const compact = r.replace(/[\s._/-]/g, '');
  if (/^(?:0\d{9,10}|44\d{9,10})$/.test(digits) && digits.length >= 10 && /^(?:\+?44|0)/.test(compact)) return true;
  if (/^\d{10}$/.test(digits) && /^(?:NHS)?\d{10}$/i.test(compact)) return true;
  if (/\bNHS\b/i.test(r) && digits.length === 10) return true;
  return /(?:^|[\s._/-])[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}(?:$|[\s._/-])/i.test(r);
}

// ---------------------------------------------------------------------------------------------
// Free text in a channel: a gentle warning, kept conservative (few false alarms).
// ---------------------------------------------------------------------------------------------

const DOB_WORDS = /\b(?:d\.?o\.?b\.?|date of birth|born on|birthday)\b/i;
const NAME_PHRASE =
  /\b(?:(?:his|her|their|the child'?s|child'?s|first|last|sur|full)\s?name\s+is|(?:is|was)\s+called|named)\s+[A-Z][a-z]+/i;
// Upper case only: "s47 2pm" must not read as a postcode.
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b/;
const ADDRESS =
  /\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Gardens|Court|Crescent|Terrace|Grove|Square|Mews)\b/;
/** UK mobile numbers belong to people; helplines and office numbers (0800, 0808, 020, 101, 999...) do not. */
const MOBILE = /(?<![\d+])(?:\+44\s?7|07)\d{3}[\s-]?\d{3}[\s-]?\d{3}(?!\d)/;
const FULL_DATE_WITH_YEAR = [
  /(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](\d{4})(?!\d)/,
  /(?<!\d)(\d{4})-\d{1,2}-\d{1,2}(?!\d)/,
  new RegExp(`(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})[a-z]*\\s+(\\d{4})(?!\\d)`, 'i'),
];

const ADVICE = "Please don't share a child's name, date of birth or address here; use the case reference instead.";

/**
 * A gentle warning if free text looks like it holds a child's personal data, else undefined.
 * Dates only count when marked as a birth date or more than a year before `now` (events on a case are recent).
 */
export function looksLikePersonalData(text: string, now: Date = new Date()): string | undefined {
  if (DOB_WORDS.test(text)) return `This message may contain a date of birth. ${ADVICE}`;
  const oldYear = now.getUTCFullYear() - 2;
  for (const p of FULL_DATE_WITH_YEAR) {
    const m = p.exec(text);
    if (m && Number(m[1]) <= oldYear && Number(m[1]) >= 1990) return `This message may contain a date of birth. ${ADVICE}`;
  }
  if (NAME_PHRASE.test(text)) return `This message may contain a name. ${ADVICE}`;
  if (ADDRESS.test(text) || POSTCODE.test(text)) return `This message may contain an address or postcode. ${ADVICE}`;
  if (MOBILE.test(text)) return `This message may contain a personal phone number. ${ADVICE}`;
  return undefined;
}
