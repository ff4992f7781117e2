// Phone numbers inside plain text, so every client can make each one a call link (tel:), as it writes links:
// Adaptive Cards markdown, mrkdwn <tel:…|…>, HTML <a href="tel:…">. Only numbers written as UK numbers
// are found: 999, 101, and 0… with 10 or 11 digits (0800 043 4303, 020 7525 1921). Nothing is ever made up here.
import { telUrl } from '../procedure/contacts.js';

export interface TextSpan {
  text: string;
  /** The tel: URL when this span is a phone number. */
  tel?: string;
}

// Not inside a longer number, a section (§10.1), a time (10:10) or a reference (TEST-101, 101a).
const PHONE = /(?<![\d§.:/#+\p{L}-])(999|101|0\d{2,4}(?:[ -]?\d{3,4}){1,2})(?![\d:/\p{L}-]|\.\d)/gu;

/** The text cut into plain spans and phone-number spans, in order; joined, the spans give the text back. */
export function phoneSpans(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let at = 0;
  for (const m of text.matchAll(PHONE)) {
    const number = m[1]!;
    const digits = number.replace(/\D/g, '');
    if (number.length > 3 && (digits.length < 10 || digits.length > 11)) continue;
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push({ text: number, tel: telUrl(number) });
    at = m.index + number.length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** The text with each phone number written as the client writes a link. */
export function linkPhones(text: string, link: (number: string, tel: string) => string, plain: (s: string) => string = (s) => s): string {
  return phoneSpans(text)
    .map((s) => (s.tel ? link(s.text, s.tel) : plain(s.text)))
    .join('');
}

/** The phone numbers in a text, as written. */
export const phonesIn = (text: string): string[] => phoneSpans(text).flatMap((s) => (s.tel ? [s.text] : []));
