import { createHash } from 'node:crypto';
import type { ImportAnnotation, ImportDoc } from '../model.ts';
import { InputError } from './input-error.ts';
import { Fields, type JsonObject } from './json-fields.ts';
import { parseSeverity, parseSide } from './annotation-fields.ts';

interface Row {
  line: number;
  docId: string;
  segIndex: number;
  system: string;
  source: string;
  target: string;
  errors: Fields[];
}

/**
 * Pre-segmented MT-evaluation rows (WMT/MQM style): one row per segment × system.
 * Each (doc_id, system) group becomes one translation whose paragraphs are the rows in
 * seg_index order; its source is made of the same rows' source segments. Systems were
 * sampled on different segments, so sources of one doc_id can differ: the source key
 * carries a hash of its text, and identical sources collapse to one.
 */
export function docsFromSegmentRows(file: string, records: { line: number; obj: JsonObject }[]): ImportDoc[] {
  const groups = new Map<string, Row[]>();
  for (const { line, obj } of records) {
    const f = new Fields(file, line, obj);
    const row: Row = {
      line,
      docId: f.str('doc_id'),
      segIndex: f.int('seg_index'),
      system: f.str('system'),
      source: f.str('source'),
      target: f.str('target'),
      errors: f.objects('errors'),
    };
    const key = `${row.docId}\u0000${row.system}`;
    const g = groups.get(key);
    if (g) g.push(row);
    else groups.set(key, [row]);
  }

  const docs: ImportDoc[] = [];
  for (const rows of groups.values()) {
    rows.sort((a, b) => a.segIndex - b.segIndex);
    for (let i = 1; i < rows.length; i++) {
      if (rows[i]!.segIndex === rows[i - 1]!.segIndex) {
        throw new InputError(file, `duplicate seg_index ${rows[i]!.segIndex} for doc_id ${rows[i]!.docId}, system ${rows[i]!.system}`, { line: rows[i]!.line });
      }
    }
    const first = rows[0]!;
    const sourceParas = rows.map((r) => r.source);
    const annotations: ImportAnnotation[] = rows.flatMap((r, para) => r.errors.map((e) => toAnnotation(e, para, r)));
    docs.push({
      origin: { file, line: first.line },
      source: {
        key: `${first.docId}~${createHash('sha256').update(sourceParas.join('\n')).digest('hex').slice(0, 12)}`,
        title: first.docId,
        lang: 'en',
        paragraphs: sourceParas,
      },
      translations: [{ system: first.system, lang: 'zh-Hans', paragraphs: rows.map((r) => r.target), annotations, pairedWithSource: true }],
      warnings: [],
    });
  }
  return docs;
}

function toAnnotation(e: Fields, para: number, row: Row): ImportAnnotation {
  const side = parseSide(e, 'side', 'target');
  let start = e.optInt('start');
  let end = e.optInt('end');
  // Offsets the data set itself could not place (align = "unaligned") or that fall
  // outside the segment are kept, but as whole-paragraph annotations.
  const length = [...(side === 'source' ? row.source : row.target)].length;
  if (start === null || end === null || start < 0 || end > length || start > end) {
    start = null;
    end = null;
  }
  return {
    side,
    para,
    start,
    end,
    text: e.optStr('text') ?? '',
    category: e.str('category'),
    severity: parseSeverity(e, 'severity'),
    author: e.optStr('rater') ?? e.optStr('author') ?? 'unknown',
  };
}
