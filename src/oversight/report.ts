// The board report: one self-contained HTML page (no scripts, nothing fetched) with the partnership figures and
// SVG charts rendered here, on the server, by Vega-Lite and Vega (headless, no canvas). Anonymised as the figures
// are: no reference, no figure for a group of fewer than 5 cases.
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { MIN_GROUP, type Figures } from './figures.js';
import { escapeHtml } from './chronologyFiles.js';
import { HIDDEN, hoursText, timingText } from './statsCard.js';

const FONT = 'system-ui, -apple-system, Segoe UI, sans-serif';
const config = { font: FONT, axis: { labelFontSize: 11, titleFontSize: 12 }, view: { stroke: null } };

/** A Vega-Lite spec as an SVG string. */
export async function svgOf(spec: TopLevelSpec): Promise<string> {
  const compiled = vl.compile({ ...spec, config: { ...config, ...(spec.config ?? {}) } } as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

const monthLabel = (m: string) =>
  new Date(`${m}-01T12:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });

function perMonthSpec(f: Figures): TopLevelSpec {
  const values = f.perMonth.map((m) => ({
    month: monthLabel(m.month),
    order: m.month,
    cases: m.cases ?? 0,
    label: m.cases === null ? `<${MIN_GROUP}` : String(m.cases),
  }));
  return {
    width: 640,
    height: 220,
    data: { values },
    layer: [
      { mark: { type: 'bar', color: '#2b6cb0' }, encoding: { y: { field: 'cases', type: 'quantitative', title: 'Cases opened' } } },
      { mark: { type: 'text', dy: -6, fontSize: 11 }, encoding: { y: { field: 'cases', type: 'quantitative' }, text: { field: 'label' } } },
    ],
    encoding: { x: { field: 'month', type: 'ordinal', sort: null, title: null, axis: { labelAngle: 0 } } },
  };
}

function timingSpec(f: Figures): TopLevelSpec | undefined {
  const values: Array<{ step: string; measure: string; days: number }> = [];
  for (const [step, t] of [
    ['To the NRM referral', f.toNrm],
    ['To the strategy meeting', f.toStrategy],
  ] as const)
    if (t.shown)
      values.push(
        { step, measure: 'Median', days: Math.round((t.value.medianHours / 24) * 10) / 10 },
        { step, measure: '90th percentile', days: Math.round((t.value.p90Hours / 24) * 10) / 10 },
      );
  if (!values.length) return undefined;
  return {
    width: 560,
    height: 130,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'step', type: 'nominal', title: null, axis: { labelLimit: 220 } },
      yOffset: { field: 'measure' },
      x: { field: 'days', type: 'quantitative', title: 'Days from identification' },
      color: { field: 'measure', type: 'nominal', scale: { range: ['#2b6cb0', '#90cdf4'] }, title: null, legend: { orient: 'bottom' } },
    },
  };
}

function rulesSpec(f: Figures): TopLevelSpec | undefined {
  const values = f.rules
    .flatMap((r) => (r.shown ? [{ rule: r.title.length > 48 ? r.title.slice(0, 47) + '…' : r.title, share: r.value.share }] : []))
    .sort((a, b) => b.share - a.share);
  if (!values.length) return undefined;
  return {
    width: 420,
    height: { step: 22 },
    data: { values },
    layer: [
      { mark: { type: 'bar', color: '#2f855a' } },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11 },
        encoding: { text: { field: 'share', type: 'quantitative', format: '.0f' } },
      },
    ],
    encoding: {
      y: { field: 'rule', type: 'nominal', sort: null, title: null, axis: { labelLimit: 320 } },
      x: { field: 'share', type: 'quantitative', title: '% met on time', scale: { domain: [0, 100] } },
    },
  };
}

const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;

export interface ReportOptions {
  /** e.g. "1 January 2026 to 31 December 2026". */
  period: string;
  generated: string;
  /** Where the figures come from, said in the footer (e.g. "seeded demo data"). */
  origin?: string;
}

export async function renderReport(f: Figures, o: ReportOptions): Promise<string> {
  const few = f.cases < MIN_GROUP;
  const charts: string[] = [];
  if (!few) {
    charts.push(
      `<h2>Cases opened per month</h2><figure>${await svgOf(perMonthSpec(f))}<figcaption>Months with 1 to 4 cases show "&lt;${MIN_GROUP}" and no bar.</figcaption></figure>`,
    );
    const t = timingSpec(f);
    charts.push(
      `<h2>Time from identification</h2>${t ? `<figure>${await svgOf(t)}</figure>` : ''}<table><thead><tr><th>Step</th><th>Figure</th></tr></thead><tbody>${row(['To the NRM referral', timingText(f.toNrm)])}${row(['To the strategy meeting', timingText(f.toStrategy)])}</tbody></table>`,
    );
    const r = rulesSpec(f);
    charts.push(
      `<h2>Deadlines met on time, by rule</h2>${r ? `<figure>${await svgOf(r)}</figure>` : ''}<table><thead><tr><th>Rule</th><th>On time</th><th>Late</th><th>Overdue</th><th>Share on time</th></tr></thead><tbody>${f.rules
        .map((x) =>
          x.shown
            ? row([x.title, String(x.value.onTime), String(x.value.late), String(x.value.overdue), `${x.value.share}%`])
            : row([x.title, HIDDEN, '', '', '']),
        )
        .join('')}</tbody></table>`,
    );
    charts.push(missingSection(f));
  }
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Safeguarding trafficked children: partnership figures, ${escapeHtml(o.period)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.45 ${FONT};color:#1a202c;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid #cbd5e0;padding-bottom:.2rem}
.lead{color:#4a5568}.big{font-size:2.2rem;font-weight:600;margin:.5rem 0}figure{margin:.5rem 0}figcaption,footer{color:#4a5568;font-size:.85rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #cbd5e0;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#edf2f7}
footer{margin-top:2.5rem;border-top:1px solid #cbd5e0;padding-top:.5rem}
@media print{body{margin:1cm;max-width:none}h2{break-after:avoid}figure,table{break-inside:avoid}}
</style></head><body>
<h1>Safeguarding trafficked children: partnership figures</h1>
<p class="lead">${escapeHtml(o.period)}. Produced ${escapeHtml(o.generated)} for the safeguarding board.</p>
<p class="big">${few ? `Fewer than ${MIN_GROUP}` : f.cases} cases opened</p>
${few ? `<p>No figures are shown for fewer than ${MIN_GROUP} cases, so that no child can be recognised from them.</p>` : charts.join('\n')}
<footer>Anonymised: no case reference, and no figure for any group of fewer than ${MIN_GROUP} cases, which guards against re-identification.
Deadlines follow PG47 (London Safeguarding Children Procedures) and the Home Office NRM guidance; working days are Monday to Friday less the bank holidays of England and Wales.
Routine figures answer the 2010 evidence to Parliament that "few LSCBs collect data in a routine fashion".${o.origin ? ` Source: ${escapeHtml(o.origin)}.` : ''}</footer>
</body></html>
`;
}

/** Missing episodes and reasonable grounds decisions chased: one table, hidden figures for small groups. */
function missingSection(f: Figures): string {
  const m = f.missing;
  const rg = f.reasonableGrounds;
  return `<h2>Missing episodes and reasonable grounds decisions</h2><table><tbody>${row([
    'Missing episodes',
    m.shown
      ? `${m.value.episodes} episodes in ${m.value.cases} cases${m.value.medianHours !== null ? `; median ${hoursText(m.value.medianHours)} missing` : ''}`
      : m.n
        ? HIDDEN
        : 'none',
  ])}${row([
    'Reasonable grounds decisions chased (5 working days after the NRM referral)',
    rg.shown
      ? `${rg.value.chased} of ${rg.value.due} chased (${rg.value.chasedOnTime} on time); ${rg.value.notChased} not chased`
      : rg.n
        ? HIDDEN
        : 'none due',
  ])}</tbody></table>`;
}
