import { SEVERITIES, type ImportDoc, type Severity, type Side } from '../model.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { MQM_TSV_COLUMNS, NO_ERROR, readMarkedCell } from '../text/mqm-tsv-cells.ts';
import { sliceCodePoints } from '../text/codepoints.ts';
import { InputError } from './input-error.ts';
import { isSeverity } from './annotation-fields.ts';
import { splitLines } from './lines.ts';
import { docsFromRows, type SegmentRow } from './segment-rows.ts';

// WMT MQM TSV (google/wmt-mqm-human-evaluation, and what xinda writes: docs/formats.md,
// "mqm-tsv"): one row per rater's error, the span in <v>…</v>, "No-error" rows for clean
// segments. Rows are gathered into segments (doc, doc_id, system), and the segments go
// through the same path as JSONL segment rows: one translation per (doc, system).

// Every row is tested for a repeated header: an anchored pattern looks at its start only,
// where stripping a BOM and lower-casing would copy the whole row twice.
const HEADER_START = new RegExp(`^\uFEFF?${escapeRegExp(MQM_TSV_COLUMNS.slice(0, 4).join('\t'))}`, 'i');

/** True when a file's first line is the MQM header (system, doc, doc_id, seg_id, …). */
export function isMqmTsvHeader(firstLine: string): boolean {
  return HEADER_START.test(firstLine);
}

export function readMqmTsv(file: string, text: string): ImportDoc[] {
  const lines = splitLines(text).filter((l) => l.text.trim() !== '');
  const first = lines[0];
  if (!first) throw new InputError(file, 'file is empty');
  if (!isMqmTsvHeader(first.text)) {
    throw new InputError(file, `expected the MQM header line (${MQM_TSV_COLUMNS.join(', ')}, separated by tabs)`, { line: first.line });
  }
  // Keyed by (doc, system, doc_id); a segment's line is the row that gave it its text, for
  // messages about later rows that disagree.
  const segments = new Map<string, SegmentRow>();
  for (const { line, text: t } of lines) {
    // Concatenated files repeat the header, as MQM Viewer allows.
    if (isMqmTsvHeader(t)) continue;
    const fail = (message: string): never => {
      throw new InputError(file, message, { line });
    };
    const cells = t.split('\t');
    if (cells.length < MQM_TSV_COLUMNS.length || cells.length > MQM_TSV_COLUMNS.length + 1) {
      fail(`expected ${MQM_TSV_COLUMNS.length} or ${MQM_TSV_COLUMNS.length + 1} tab-separated cells, found ${cells.length}`);
    }
    const [system = '', doc = '', docId = '', , rater = '', sourceCell = '', targetCell = '', category = '', severityCell = '', meta = ''] = cells;
    if (system === '' || doc === '') fail('empty system or doc');
    if (!/^[1-9]\d{0,8}$/.test(docId)) fail(`doc_id must be the segment's number in its document (1, 2, …), not "${docId}"`);
    const source = marked(sourceCell, 'source', fail);
    const target = marked(targetCell, 'target', fail);
    if (source.span && target.span) fail('both source and target carry a <v>…</v> span (one row is one error)');

    const key = `${doc}\u0000${system}\u0000${docId}`;
    let seg = segments.get(key);
    if (!seg) {
      seg = { line, docId: doc, segIndex: Number(docId), system, source: source.text, target: target.text, errors: [] };
      segments.set(key, seg);
    } else if (seg.source !== source.text || seg.target !== target.text) {
      fail(`segment ${docId} of ${doc} (${system}) has a different ${seg.source !== source.text ? 'source' : 'target'} on line ${seg.line}`);
    }
    if (severityCell.toLowerCase() === NO_ERROR.toLowerCase()) continue;
    const side: Side = source.span ? 'source' : 'target';
    const span = source.span ?? target.span;
    const sideText = side === 'source' ? source.text : target.text;
    seg.errors.push({
      side,
      start: span?.start ?? null,
      end: span?.end ?? null,
      text: span ? sliceCodePoints(sideText, span.start, span.end) : '',
      category,
      severity: severity(severityCell, fail),
      author: rater === '' ? 'unknown' : rater,
      ...note(meta),
    });
  }
  if (segments.size === 0) throw new InputError(file, 'no rows after the header line');
  return docsFromRows(file, [...segments.values()]);
}

function marked(cell: string, column: string, fail: (message: string) => never): { text: string; span: { start: number; end: number } | null } {
  const m = readMarkedCell(cell);
  return 'error' in m ? fail(`${column}: ${m.error}`) : m;
}

function severity(cell: string, fail: (message: string) => never): Severity {
  const s = cell.toLowerCase();
  return isSeverity(s) ? s : fail(`severity must be ${NO_ERROR} or one of ${SEVERITIES.join('/')} (any case), not "${cell}"`);
}

/** The tenth column: MQM Viewer's JSON metadata (its `note`), or, in older files, the note itself. */
function note(cell: string): { comment?: string } {
  const text = cell.trim();
  if (text === '') return {};
  if (text.startsWith('{')) {
    try {
      const meta: unknown = JSON.parse(text);
      if (typeof meta === 'object' && meta !== null && !Array.isArray(meta)) {
        const n = (meta as Record<string, unknown>)['note'];
        return typeof n === 'string' && n !== '' ? { comment: n } : {};
      }
    } catch {
      // Not JSON after all: a note that starts with a brace.
    }
  }
  return { comment: text };
}
