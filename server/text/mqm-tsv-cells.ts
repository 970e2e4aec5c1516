// Cells of the WMT MQM TSV format (google/wmt-mqm-human-evaluation, read by Google's MQM
// Viewer): one row a line, cells split on tabs with no quoting, and the error span marked
// inside the source or target cell by <v>…</v>. The writer (report/mqm-tsv) and the reader
// (ingest/mqm-tsv) share these helpers so they cannot drift apart.
//
// Text goes into a cell length-preserving, so code-point offsets into the original text stay
// valid in the cell: each character that some TSV reader takes as the end of a row (tab, CR,
// LF, and the separators Python's splitlines honours) becomes one space, and a literal "<v>"
// or "</v>" in the text has its "<" replaced by the full-width "＜" (U+FF1C), so only the
// writer's markers can be read as markers.

import { codePointLength } from './codepoints.ts';

/** The nine WMT columns; xinda writes a tenth, `metadata` (a JSON object, as MQM Viewer reads it). */
export const MQM_TSV_COLUMNS = ['system', 'doc', 'doc_id', 'seg_id', 'rater', 'source', 'target', 'category', 'severity'] as const;
export const MQM_TSV_METADATA = 'metadata';

export const SPAN_OPEN = '<v>';
export const SPAN_CLOSE = '</v>';

/** The category and severity of a rater's row for a segment without errors. */
export const NO_ERROR = 'No-error';

const ROW_BREAKERS = /[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/g;
const MARKERS_IN_TEXT = /<(\/?v>)/g;

/** Text made safe for one cell, with the same number of code points. */
export function cellText(text: string): string {
  return text.replace(ROW_BREAKERS, ' ').replace(MARKERS_IN_TEXT, '\uFF1C$1');
}

/**
 * The text as a cell with code points [start, end) wrapped in <v>…</v>. The whole text is
 * made safe before it is cut, so a literal marker the span cuts in two is still disarmed and
 * every row of a segment carries the same text around its markers.
 */
export function markSpan(text: string, start: number, end: number): string {
  const cps = Array.from(cellText(text));
  const piece = (a: number, b: number) => cps.slice(a, b).join('');
  return piece(0, start) + SPAN_OPEN + piece(start, end) + SPAN_CLOSE + piece(end, cps.length);
}

export interface MarkedCell {
  /** The cell without its markers. */
  text: string;
  /** Code points of the marked span in `text`, or null when the cell has no markers. */
  span: { start: number; end: number } | null;
}

/** Reads a cell back; a message (for the reader to place in its file and line) when the markers are malformed. */
export function readMarkedCell(cell: string): MarkedCell | { error: string } {
  const open = cell.indexOf(SPAN_OPEN);
  const close = cell.indexOf(SPAN_CLOSE);
  if (open < 0 && close < 0) return { text: cell, span: null };
  if (open < 0 || close < 0 || close < open) return { error: `unbalanced ${SPAN_OPEN}…${SPAN_CLOSE}` };
  const before = cell.slice(0, open);
  const inside = cell.slice(open + SPAN_OPEN.length, close);
  const after = cell.slice(close + SPAN_CLOSE.length);
  if (inside.includes(SPAN_OPEN) || after.includes(SPAN_OPEN) || after.includes(SPAN_CLOSE)) {
    return { error: `more than one ${SPAN_OPEN}…${SPAN_CLOSE} span in one cell (one row is one error)` };
  }
  const start = codePointLength(before);
  return { text: before + inside + after, span: { start, end: start + codePointLength(inside) } };
}
