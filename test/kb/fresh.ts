// The shape of the fresh held-out sets (heldout6.ts, heldout7.ts, heldout8.ts; issue 11).
// A story is a practitioner telling what they saw about a child; `signs` are the PG47 §10.1
// indicator ids (src/procedure/indicators.ts) the story plainly shows, labelled when written.
export interface Fresh {
  q: string;
  /** The entry that answers it. For a story: 'what-to-do-first' (the story answer), unless it is a situation entry's. */
  expect: string;
  /** Another entry that is as good an answer. */
  also?: string;
  story?: true;
  signs?: string[];
}
