import { csvTable, type CsvValue } from './csv.ts';
import { formatWeights } from './mqm-score.ts';
import type { Report, Tally } from './model.ts';

// The report's machine-readable faces (docs/formats.md, "Report files"). The HTML is for
// people; these carry every number, for every document, for spreadsheets and scripts.

export const REPORT_JSON_VERSION = 1;

export function reportJson(r: Report): string {
  return JSON.stringify({ format: 'xinda-report', version: REPORT_JSON_VERSION, weightsText: formatWeights(r.weights), ...r }, null, 2) + '\n';
}

const SCORE_HEADER = ['level', 'corpus', 'system', 'document', 'title', 'documents', 'source_words', 'findings', 'critical', 'major', 'minor', 'penalty', 'per_100_words'];

function scoreCells(t: Tally): CsvValue[] {
  return [t.documents, t.score.words, t.findings, t.bySeverity.critical, t.bySeverity.major, t.bySeverity.minor, t.score.penalty, t.score.per100Words];
}

/** One row per total, corpus, system and document: counts by severity and the MQM score. */
export function reportScoresCsv(r: Report): string {
  const rows: CsvValue[][] = [['total', '', '', '', '', ...scoreCells(r.total)]];
  for (const c of r.corpora) {
    rows.push(['corpus', c.corpus, '', '', '', ...scoreCells(c.tally)]);
    for (const s of c.systems) {
      rows.push(['system', c.corpus, s.system, '', '', ...scoreCells(s.tally)]);
      for (const d of s.documents) rows.push(['document', c.corpus, s.system, d.sourceKey, d.title ?? '', ...scoreCells(d.tally)]);
    }
  }
  return csvTable(SCORE_HEADER, rows);
}

/** Long format: one row per (level, what, key) count, for categories, rules and severities. */
export function reportCountsCsv(r: Report): string {
  const rows: CsvValue[][] = [];
  const push = (level: string, corpus: string, system: string, document: string, t: Tally) => {
    for (const [k, n] of Object.entries(t.bySeverity)) rows.push([level, corpus, system, document, 'severity', k, n]);
    for (const [k, n] of Object.entries(t.byCategory)) rows.push([level, corpus, system, document, 'category', k, n]);
    for (const [k, n] of Object.entries(t.byRule)) rows.push([level, corpus, system, document, 'rule', k, n]);
  };
  push('total', '', '', '', r.total);
  for (const c of r.corpora) {
    push('corpus', c.corpus, '', '', c.tally);
    for (const s of c.systems) {
      push('system', c.corpus, s.system, '', s.tally);
      for (const d of s.documents) push('document', c.corpus, s.system, d.sourceKey, d.tally);
    }
  }
  return csvTable(['level', 'corpus', 'system', 'document', 'kind', 'key', 'count'], rows);
}
