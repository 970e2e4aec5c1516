import type { ImportDoc } from '../model.ts';
import { InputError } from './input-error.ts';
import { splitLines } from './lines.ts';
import { parseJsonLine, type JsonObject } from './json-fields.ts';
import { docFromRecord } from './jsonl-docs.ts';
import { docsFromSegmentRows } from './segment-rows.ts';

/**
 * Reads a JSONL file of either shape: one document per line, or pre-segmented
 * MT-evaluation rows (doc_id, seg_index, system, source, target). The first record
 * decides; a file mixing both is an error at the first line of the other shape.
 */
export function readJsonl(file: string, text: string): ImportDoc[] {
  const records: { line: number; obj: JsonObject }[] = [];
  for (const { line, text: t } of splitLines(text)) {
    if (t.trim() === '') continue;
    records.push({ line, obj: parseJsonLine(file, line, t) });
  }
  if (records.length === 0) throw new InputError(file, 'file is empty');
  const first = records[0]!;
  const rows = isSegmentRow(first.obj);
  for (const r of records) {
    if (isSegmentRow(r.obj) !== rows) {
      throw new InputError(
        file,
        rows ? 'expected a segment row (doc_id, seg_index, system, source, target)' : 'expected a document record ({"id", "source", "translations"})',
        { line: r.line },
      );
    }
  }
  return rows ? docsFromSegmentRows(file, records) : records.map((r) => docFromRecord(file, r.line, r.obj));
}

/** Segment rows carry doc_id; document records carry translations. */
function isSegmentRow(o: JsonObject): boolean {
  return 'doc_id' in o && !('translations' in o);
}
