import type { LintedDocument } from '../pipeline/lint-docs.ts';
import { csvTable, type CsvValue } from '../report/csv.ts';

/** Columns of `xinda lint --format csv` (docs/formats.md): one row per finding. */
export const CSV_COLUMNS = [
  'file', 'line', 'document', 'system', 'rule', 'category', 'severity', 'confidence',
  'para', 'start', 'end', 'text', 'source_para', 'source_start', 'source_end', 'source_text',
  'message', 'suggestion', 'count',
] as const;

/**
 * One row per finding, offsets in code points (paragraphs 0-based), RFC 4180 quoting. No
 * signature line: every row must be a record for spreadsheet and pandas readers (the
 * JSON, stylish and HTML outputs carry it).
 */
export function formatCsv(docs: readonly LintedDocument[]): string {
  const rows: CsvValue[][] = [];
  for (const d of docs) {
    for (const f of d.findings) {
      rows.push([
        d.file, d.line, d.doc.key, d.system, f.ruleId, f.category, f.severity, Number(f.confidence.toFixed(3)),
        f.target.para, f.target.start, f.target.end, f.text,
        f.source?.para, f.source?.start, f.source?.end, f.source?.text,
        f.message, f.suggestion, f.count,
      ]);
    }
  }
  return csvTable(CSV_COLUMNS, rows);
}
