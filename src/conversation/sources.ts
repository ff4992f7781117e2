// Citations as a reader finds them: the source document by its name, not the shorthand the procedure modules
// use as ids ('Southwark scrutiny §x' is the Southwark Council scrutiny session). Renderers show these names.

const NAMES: Array<[RegExp, string]> = [[/^Southwark scrutiny\b/, 'Southwark Council scrutiny session']];

/** One citation with its source document named in full ('PG47 §13.2' stays as it is: the procedure's own name). */
export function citation(source: string): string {
  for (const [re, name] of NAMES) if (re.test(source)) return source.replace(re, name);
  return source;
}

/** Citations named in full, in order, without repeats. */
export const citations = (sources: string[]): string[] => [...new Set(sources.map(citation))];

/** Shorthand citations inside a sentence ("(Southwark scrutiny)") named in full. */
export const withCitations = (text: string): string => text.replace(/\b(Southwark scrutiny)\b/g, (m) => citation(m));
