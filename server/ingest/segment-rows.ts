import { createHash } from 'node:crypto';
import type { ImportAnnotation, ImportDoc } from '../model.ts';
import { InputError } from './input-error.ts';
import { Fields, type JsonObject } from './json-fields.ts';
import { parseSeverity, parseSide } from './annotation-fields.ts';
import { codePointLength } from '../text/codepoints.ts';

/** One segment of one system, as MT-evaluation data gives it (JSONL rows, WMT MQM TSV). */
export interface SegmentRow {
  line: number;
  docId: string;
  /** Orders the segments of (docId, system); gaps are allowed, repeats are not. */
  segIndex: number;
  system: string;
  source: string;
  target: string;
  /** The segment's errors; `para` is filled in when the segment's place is known. */
  errors: Omit<ImportAnnotation, 'para'>[];
}

/**
 * Pre-segmented MT-evaluation rows (WMT/MQM style): one row per segment × system.
 * Each (doc_id, system) group becomes one translation whose paragraphs are the rows in
 * seg_index order; its source is made of the same rows' source segments. Systems were
 * sampled on different segments, so sources of one doc_id can differ: the source key
 * carries a hash of its text, and identical sources collapse to one.
 */
export function docsFromSegmentRows(file: string, records: { line: number; obj: JsonObject }[]): ImportDoc[] {
  return docsFromRows(
    file,
    records.map(({ line, obj }) => {
      const f = new Fields(file, line, obj);
      const source = f.str('source');
      const target = f.str('target');
      return {
        line,
        docId: f.str('doc_id'),
        segIndex: f.int('seg_index'),
        system: f.str('system'),
        source,
        target,
        errors: f.objects('errors').map((e) => toAnnotation(e, source, target)),
      };
    }),
  );
}

/** Segment rows of any origin → one document per (docId, system), as above. */
export function docsFromRows(file: string, rows: readonly SegmentRow[]): ImportDoc[] {
  const groups = new Map<string, SegmentRow[]>();
  for (const row of rows) {
    const key = `${row.docId}\u0000${row.system}`;
    const g = groups.get(key);
    if (g) g.push(row);
    else groups.set(key, [row]);
  }

  const docs: ImportDoc[] = [];
  for (const group of groups.values()) {
    const sorted = group.sort((a, b) => a.segIndex - b.segIndex);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.segIndex === sorted[i - 1]!.segIndex) {
        throw new InputError(file, `duplicate seg_index ${sorted[i]!.segIndex} for doc_id ${sorted[i]!.docId}, system ${sorted[i]!.system}`, { line: sorted[i]!.line });
      }
    }
    const first = sorted[0]!;
    const sourceParas = sorted.map((r) => r.source);
    const annotations: ImportAnnotation[] = sorted.flatMap((r, para) => r.errors.map((e) => ({ ...e, para })));
    docs.push({
      origin: { file, line: first.line },
      source: {
        key: `${first.docId}~${createHash('sha256').update(sourceParas.join('\n')).digest('hex').slice(0, 12)}`,
        title: first.docId,
        lang: 'en',
        paragraphs: sourceParas,
      },
      translations: [{ system: first.system, lang: 'zh-Hans', paragraphs: sorted.map((r) => r.target), annotations, pairedWithSource: true }],
      warnings: [],
    });
  }
  return docs;
}

function toAnnotation(e: Fields, source: string, target: string): Omit<ImportAnnotation, 'para'> {
  const side = parseSide(e, 'side', 'target');
  let start = e.optInt('start');
  let end = e.optInt('end');
  // Offsets the data set itself could not place (align = "unaligned") or that fall
  // outside the segment are kept, but as whole-paragraph annotations.
  const length = codePointLength(side === 'source' ? source : target);
  if (start === null || end === null || start < 0 || end > length || start > end) {
    start = null;
    end = null;
  }
  return {
    side,
    start,
    end,
    text: e.optStr('text') ?? '',
    category: e.str('category'),
    severity: parseSeverity(e, 'severity'),
    author: e.optStr('rater') ?? e.optStr('author') ?? 'unknown',
  };
}
