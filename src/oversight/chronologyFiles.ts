// The chronology as files: Markdown (to paste into the NRM referral form or the conference report), CSV (for a
// spreadsheet) and a printable HTML page. The case reference only: the entries hold no names and no typed text.
import type { MessageFile } from '../conversation/model.js';
import { KIND_LABEL, type ChronologyEntry } from './chronology.js';

const NOTE = 'Case reference only: no names, dates of birth or addresses. Times are London time.';

export const safeFileStem = (ref: string): string => `chronology-${ref.replace(/[^A-Za-z0-9-]+/g, '-').slice(0, 60)}`;

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** RFC 4180; a cell a spreadsheet would run as a formula starts with an apostrophe. */
const csvCell = (s: string) => {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function chronologyMarkdown(ref: string, entries: ChronologyEntry[], fmt: (d: Date) => string, now: Date): string {
  const rows = entries.map(
    (e) =>
      `| ${mdCell(fmt(new Date(e.at)))} | ${KIND_LABEL[e.kind]} | ${mdCell(e.what)} | ${mdCell(e.detail)} | ${mdCell(e.source ?? '')} |`,
  );
  return [
    `# Case ${ref}: chronology`,
    '',
    `Produced ${fmt(now)}. ${NOTE}`,
    '',
    '| When | Kind | What | Detail | Source |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

export function chronologyCsv(ref: string, entries: ChronologyEntry[], fmt: (d: Date) => string): string {
  const lines = [['case', 'at_utc', 'when_london', 'kind', 'what', 'detail', 'source']];
  for (const e of entries) lines.push([ref, e.at, fmt(new Date(e.at)), e.kind, e.what, e.detail, e.source ?? '']);
  return lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function chronologyHtml(ref: string, entries: ChronologyEntry[], fmt: (d: Date) => string, now: Date): string {
  const rows = entries
    .map(
      (e) =>
        `<tr class="k-${e.kind}"><td>${escapeHtml(fmt(new Date(e.at)))}</td><td>${KIND_LABEL[e.kind]}</td><td>${escapeHtml(e.what)}</td><td>${escapeHtml(e.detail)}</td><td>${escapeHtml(e.source ?? '')}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Case ${escapeHtml(ref)}: chronology</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#111}
h1{font-size:1.4rem;margin:0 0 .3rem}p{color:#444;margin:0 0 1rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}tr.k-missing td{background:#fde8e8}tr.k-deadline td:nth-child(4){font-style:italic}
@media print{body{margin:1cm;font-size:10pt}tr{break-inside:avoid}thead{display:table-header-group}}
</style></head><body>
<h1>Case ${escapeHtml(ref)}: chronology</h1>
<p>Produced ${escapeHtml(fmt(now))}. ${NOTE}</p>
<table><thead><tr><th>When</th><th>Kind</th><th>What</th><th>Detail</th><th>Source</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}

export function chronologyFiles(ref: string, entries: ChronologyEntry[], fmt: (d: Date) => string, now: Date): MessageFile[] {
  const stem = safeFileStem(ref);
  return [
    {
      name: `${stem}.md`,
      mimeType: 'text/markdown; charset=utf-8',
      title: `Chronology of case ${ref} (Markdown)`,
      content: chronologyMarkdown(ref, entries, fmt, now),
    },
    {
      name: `${stem}.csv`,
      mimeType: 'text/csv; charset=utf-8',
      title: `Chronology of case ${ref} (CSV)`,
      content: chronologyCsv(ref, entries, fmt),
    },
    {
      name: `${stem}.html`,
      mimeType: 'text/html; charset=utf-8',
      title: `Chronology of case ${ref} (printable)`,
      content: chronologyHtml(ref, entries, fmt, now),
    },
  ];
}
