// Which PG47 §10.1 indicators a practitioner's story shows (content/signs.yaml), in checklist order.
import { allIndicators } from '../indicators.js';
import { loadCheckedSigns } from './content.js';

const ORDER = allIndicators().map((i) => i.id);
const SIGNS: Array<[string, RegExp[]]> = loadCheckedSigns(new Set(ORDER)).signs.map((s) => [
  s.indicator,
  s.match.map((m) => new RegExp(m)),
]);

/** The indicator ids a message shows, in the checklist's order (empty when none). */
export function indicatorsIn(text: string): string[] {
  const raw = ` ${text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"')} `;
  const found = new Set(SIGNS.filter(([, res]) => res.some((re) => re.test(raw))).map(([id]) => id));
  return ORDER.filter((id) => found.has(id));
}
