import type { FindingSeverity } from '../checks/types.ts';
import { esc } from './escape.ts';
import { formatWeights } from './mqm-score.ts';
import type { CorpusReport, DocumentReport, Report, ReviewCounts, Tally } from './model.ts';
import { barChart, type BarRow } from './svg-bars.ts';

/** Rows of the documents table in the HTML; the CSV and JSON always have every document. */
export const HTML_DOCUMENT_ROWS = 500;

const SEVERITIES: readonly FindingSeverity[] = ['critical', 'major', 'minor'];

/**
 * The report's styles. The standalone file inlines them; a web page can serve them as a file
 * (its Content-Security-Policy forbids inline style) and reuse renderReportBody as it is.
 */
export const REPORT_CSS = `
.xr { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", sans-serif; color: #111827; max-width: 1100px; margin: 0 auto; padding: 1.5rem; }
.xr h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
.xr h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #d1d5db; padding-bottom: .2rem; }
.xr h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.xr .signature { font: 12px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; color: #374151; word-break: break-all; margin: .1rem 0; }
.xr .note { color: #4b5563; font-size: .9rem; }
.xr table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: .88rem; }
.xr th, .xr td { border: 1px solid #d1d5db; padding: .2rem .45rem; text-align: left; vertical-align: top; }
.xr th { background: #f3f4f6; }
.xr td.n, .xr th.n { text-align: right; font-variant-numeric: tabular-nums; }
.xr .summary td:first-child { font-weight: 600; }
.xr .chart { display: block; max-width: 100%; height: auto; margin: .4rem 0 1rem; }
.xr .legend span { display: inline-block; margin-right: 1rem; font-size: .85rem; }
.xr .sw { display: inline-block; width: .8em; height: .8em; margin-right: .3em; vertical-align: -.05em; }
.xr .sw-critical { background: #b91c1c; } .xr .sw-major { background: #d97706; } .xr .sw-minor { background: #0e7490; }
.xr .wide { overflow-x: auto; }
@media print {
  .xr { max-width: none; padding: 0; font-size: 10pt; }
  .xr h2 { break-after: avoid; }
  .xr table, .xr .chart { break-inside: avoid; }
  .xr .wide { overflow: visible; }
  .xr th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .xr .sw, .xr .chart { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

/** The whole report as one self-contained HTML file: no script, no external request. */
export function renderReportPage(report: Report): string {
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n` +
    `<title>${esc(report.title)}</title>\n<style>${REPORT_CSS}</style>\n</head>\n<body>\n` +
    renderReportBody(report) +
    '\n</body>\n</html>\n'
  );
}

/** The report's content, one <div class="xr">, for the standalone file and the web page. */
export function renderReportBody(r: Report): string {
  const out: string[] = ['<div class="xr">', `<h1>${esc(r.title)}</h1>`];
  for (const s of r.signatures) out.push(`<p class="signature">${esc(s)}</p>`);
  if (r.signatures.length === 0) out.push('<p class="signature">no findings stored yet: no signature</p>');
  out.push(`<p class="signature">mqm-weights:${esc(formatWeights(r.weights))}|per 100 source words</p>`);
  if (r.signatures.length > 1) out.push('<p class="note">The findings come from runs with different signatures; re-check to compare like with like.</p>');
  out.push(summary(r));
  for (const c of r.corpora) out.push(corpusSection(c, r.corpora.length > 1));
  out.push(worstSection(r.worst));
  out.push(entitiesSection(r));
  if (r.reviews) out.push(reviewsSection(r));
  out.push(
    '<p class="note">Scores are MQM-style penalties: each finding weighs by severity (' +
      `${esc(formatWeights(r.weights))}), summed and divided by the source words, times 100; lower is better. ` +
      'Dismissed findings do not count.</p>',
  );
  out.push('</div>');
  return out.join('\n');
}

function summary(r: Report): string {
  const t = r.total;
  return [
    '<h2>Summary</h2>',
    '<table class="summary"><tbody>',
    row(['Corpora', r.corpora.map((c) => c.corpus).join(', ') || '—']),
    row(['Documents', int(t.documents)]),
    row(['MT systems', int(new Set(r.corpora.flatMap((c) => c.systems.map((s) => s.system))).size)]),
    row(['Source words', int(t.score.words)]),
    row(['Findings', `${int(t.findings)} (${SEVERITIES.map((s) => `${int(t.bySeverity[s])} ${s}`).join(', ')})`]),
    row(['Penalty per 100 source words', score(t)]),
    '</tbody></table>',
  ].join('\n');
}

function corpusSection(c: CorpusReport, named: boolean): string {
  const out: string[] = [`<h2>${named ? `Corpus ${esc(c.corpus)}` : `Systems (${esc(c.corpus)})`}</h2>`];
  out.push(
    barChart(
      `Penalty per 100 source words by system, ${c.corpus}`,
      c.systems.map((s) => ({ label: s.system, parts: [{ value: s.tally.score.per100Words ?? 0, tone: 'score', label: 'penalty per 100 words' }], note: score(s.tally) })),
    ),
  );
  out.push(legend());
  out.push(
    barChart(
      `Findings by severity and system, ${c.corpus}`,
      c.systems.map((s): BarRow => ({ label: s.system, parts: SEVERITIES.map((sev) => ({ value: s.tally.bySeverity[sev], tone: sev, label: sev })) })),
    ),
  );
  out.push(
    table(
      ['System', 'Documents', 'Source words', 'Findings', 'Critical', 'Major', 'Minor', 'Penalty', 'Per 100 words'],
      c.systems.map((s) => [s.system, ...tallyCells(s.tally)]),
      [1, 2, 3, 4, 5, 6, 7, 8],
    ),
  );
  const categories = Object.keys(c.tally.byCategory);
  if (categories.length) {
    out.push('<h3>Findings by MQM category</h3>');
    out.push(barChart(`Findings by MQM category, ${c.corpus}`, categories.map((k) => ({ label: k, parts: [{ value: c.tally.byCategory[k] ?? 0, tone: 'score', label: 'findings' }] }))));
    out.push(matrix('Category', categories, c, (t, k) => t.byCategory[k] ?? 0));
  }
  const rules = Object.keys(c.tally.byRule);
  if (rules.length) {
    out.push('<h3>Findings by rule</h3>');
    out.push(matrix('Rule', rules, c, (t, k) => t.byRule[k] ?? 0));
  }
  out.push('<h3>Documents</h3>');
  const docs = c.systems.flatMap((s) => s.documents);
  out.push(documentsTable(docs.slice(0, HTML_DOCUMENT_ROWS)));
  if (docs.length > HTML_DOCUMENT_ROWS) out.push(`<p class="note">${int(docs.length - HTML_DOCUMENT_ROWS)} more documents are in the CSV and JSON files.</p>`);
  return out.join('\n');
}

/**
 * Counts of categories or rules by system: the longer list runs down the rows and the
 * shorter across, so the table fits a printed page.
 */
function matrix(head: string, keys: readonly string[], c: CorpusReport, pick: (t: Tally, k: string) => number): string {
  const systems = c.systems;
  const numeric = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  const t =
    keys.length >= systems.length
      ? table(
          [head, 'Total', ...systems.map((s) => s.system)],
          keys.map((k) => [k, int(pick(c.tally, k)), ...systems.map((s) => int(pick(s.tally, k)))]),
          numeric(systems.length + 1),
        )
      : table(
          ['System', 'Total', ...keys],
          systems.map((s) => [s.system, int(s.tally.findings), ...keys.map((k) => int(pick(s.tally, k)))]),
          numeric(keys.length + 1),
        );
  return `<div class="wide">${t}</div>`;
}

function documentsTable(docs: readonly DocumentReport[]): string {
  return table(
    ['Document', 'System', 'Source words', 'Findings', 'Critical', 'Major', 'Minor', 'Penalty', 'Per 100 words'],
    docs.map((d) => [d.title !== undefined && d.title !== d.sourceKey ? `${d.sourceKey} — ${d.title}` : d.sourceKey, d.system, ...tallyCells(d.tally).slice(1)]),
    [2, 3, 4, 5, 6, 7, 8],
  );
}

function worstSection(worst: readonly DocumentReport[]): string {
  const out = ['<h2>Worst documents</h2>'];
  if (worst.length === 0) {
    out.push('<p>No document has findings.</p>');
    return out.join('\n');
  }
  out.push(barChart('Worst documents: penalty per 100 source words', worst.map((d) => ({ label: `${d.sourceKey} · ${d.system}`, parts: [{ value: d.tally.score.per100Words ?? 0, tone: 'bad', label: 'penalty per 100 words' }], note: score(d.tally) }))));
  out.push(
    table(
      ['Document', 'System', 'Corpus', 'Source words', 'Findings', 'Penalty', 'Per 100 words'],
      worst.map((d) => [d.sourceKey, d.system, d.corpus, int(d.tally.score.words), int(d.tally.findings), dec(d.tally.score.penalty), score(d.tally)]),
      [3, 4, 5, 6],
    ),
  );
  return out.join('\n');
}

function entitiesSection(r: Report): string {
  const out = ['<h2>Entities with inconsistent renderings</h2>'];
  if (r.entities.length === 0) {
    out.push('<p>None found (rules name-*, outlet-* and term-inconsistent raised nothing).</p>');
    return out.join('\n');
  }
  out.push(
    table(
      ['Entity', 'Flagged renderings', 'Preferred', 'Documents', 'Systems', 'Rules'],
      r.entities.map((e) => [e.entity, e.flagged.map((f) => `${f.text} ×${f.count}`).join(', '), e.preferred.join(', '), int(e.documents), e.systems.join(', '), e.rules.join(', ')]),
      [3],
    ),
  );
  return out.join('\n');
}

function reviewsSection(r: Report): string {
  const rv = r.reviews!;
  const out = ['<h2>Reviewers’ verdicts</h2>'];
  const decided = rv.overall.confirmed + rv.overall.dismissed;
  if (decided === 0) {
    out.push(`<p>No finding has been confirmed or dismissed yet (${int(rv.overall.open)} open).</p>`);
    return out.join('\n');
  }
  out.push(`<p>Precision as seen by reviewers: <strong>${pct(rv.overall)}</strong> (${int(rv.overall.confirmed)} confirmed, ${int(rv.overall.dismissed)} dismissed, ${int(rv.overall.open)} not yet reviewed; counted per finding row).</p>`);
  const decidedRules = rv.byRule.filter((x) => x.confirmed + x.dismissed > 0);
  out.push(
    barChart(
      'Confirmed and dismissed findings by rule',
      decidedRules.map((x) => ({
        label: x.ruleId,
        parts: [
          { value: x.confirmed, tone: 'good', label: 'confirmed' },
          { value: x.dismissed, tone: 'bad', label: 'dismissed' },
        ],
        note: pct(x),
      })),
    ),
  );
  out.push(table(['Rule', 'Confirmed', 'Dismissed', 'Open', 'Precision'], rv.byRule.map((x) => [x.ruleId, int(x.confirmed), int(x.dismissed), int(x.open), pct(x)]), [1, 2, 3, 4]));
  return out.join('\n');
}

function legend(): string {
  return `<p class="legend">${SEVERITIES.map((s) => `<span><span class="sw sw-${s}"></span>${s}</span>`).join('')}</p>`;
}

function tallyCells(t: Tally): string[] {
  return [int(t.documents), int(t.score.words), int(t.findings), ...SEVERITIES.map((s) => int(t.bySeverity[s])), dec(t.score.penalty), score(t)];
}

/** A table; cells are plain text (escaped here); `numeric` columns are right-aligned. */
function table(head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[]): string {
  const cls = (i: number) => (numeric.includes(i) ? ' class="n"' : '');
  const h = head.map((c, i) => `<th${cls(i)}>${esc(c)}</th>`).join('');
  const b = rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${h}</tr></thead><tbody>\n${b}\n</tbody></table>`;
}

function row(cells: readonly string[]): string {
  return `<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
}

function int(n: number): string {
  return n.toLocaleString('en-US');
}

function dec(n: number): string {
  return n.toFixed(2);
}

function score(t: Tally): string {
  return t.score.per100Words === null ? '—' : t.score.per100Words.toFixed(2);
}

function pct(c: ReviewCounts): string {
  return c.precision === null ? '—' : `${(c.precision * 100).toFixed(1)} %`;
}
