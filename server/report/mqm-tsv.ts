import type { Side } from '../model.ts';
import { MQM_TSV_COLUMNS, MQM_TSV_METADATA, NO_ERROR, cellText, markSpan } from '../text/mqm-tsv-cells.ts';
import { mqmSegments, type ParagraphLink } from './mqm-segments.ts';
import { codePointLength } from '../text/codepoints.ts';

// The one writer of WMT MQM TSV (see docs/formats.md, "mqm-tsv"), for `xinda lint --format
// mqm-tsv` and the review site's mqm.tsv export alike: one row per error with its span in
// <v>…</v>, a No-error row for each clean segment a rater vouches for, so the output goes
// through the same scripts and viewer as human MQM data.

export interface MqmError {
  rater: string;
  /** The side whose cell carries the <v>…</v> span. */
  side: Side;
  para: number;
  /** Code points in the paragraph; null (or a span outside it) writes the row without markers. */
  start: number | null;
  end: number | null;
  category: string;
  /** Lower case, as stored: minor, major, critical, neutral. */
  severity: string;
  /** Written as the `note` of the metadata cell. */
  note?: string | null;
}

export interface MqmDocument {
  system: string;
  /** The doc column: the source key, shared by every system of the source. */
  doc: string;
  sourceLang: string;
  targetLang: string;
  source: readonly string[];
  target: readonly string[];
  links: readonly ParagraphLink[];
  errors: readonly MqmError[];
  /** Rater of the No-error rows of segments without errors; null writes none (nobody vouched for them). */
  cleanRater: string | null;
}

export const MQM_TSV_HEADER: readonly string[] = [...MQM_TSV_COLUMNS, MQM_TSV_METADATA];

/**
 * Rows in document order, segments by doc_id, a segment's errors in the order given.
 * seg_id numbers (doc, doc_id) pairs from 1 in order of first appearance, so every system's
 * row for one segment number of one source shares it, as WMT's global segment ids do.
 */
export function writeMqmTsv(docs: readonly MqmDocument[]): string {
  const lines = [MQM_TSV_HEADER.join('\t')];
  const segIds = new Map<string, number>();
  for (const d of docs) {
    const segments = mqmSegments(d);
    const segmentOf = { source: new Map<number, number>(), target: new Map<number, number>() };
    segments.forEach((s, k) => {
      for (const p of s.sourceStart.keys()) segmentOf.source.set(p, k);
      for (const p of s.targetStart.keys()) segmentOf.target.set(p, k);
    });
    const errors = segments.map((): MqmError[] => []);
    for (const e of d.errors) {
      // Every paragraph is in a segment; an error on one the document lacks (a hand-made
      // import can hold such) has no text to show and is left out.
      const k = segmentOf[e.side].get(e.para);
      if (k !== undefined) errors[k]!.push(e);
    }
    segments.forEach((s, k) => {
      const key = `${d.doc}\u0000${s.docSegId}`;
      if (!segIds.has(key)) segIds.set(key, segIds.size + 1);
      const row = (rater: string, source: string, target: string, category: string, severity: string, note: string | null | undefined) =>
        [cellText(d.system), cellText(d.doc), String(s.docSegId), String(segIds.get(key)), cellText(rater), source, target, cellText(category), cellText(severity), metadata(note)].join('\t');
      const here = errors[k]!;
      for (const e of here) {
        const paras = e.side === 'source' ? d.source : d.target;
        const at = spanIn(paras[e.para] ?? '', e.start, e.end);
        const offset = (e.side === 'source' ? s.sourceStart : s.targetStart).get(e.para)!;
        const mark = (side: Side, text: string) => (at && side === e.side ? markSpan(text, offset + at.start, offset + at.end) : cellText(text));
        lines.push(row(e.rater, mark('source', s.source), mark('target', s.target), e.category, capitalised(e.severity), e.note));
      }
      if (here.length === 0 && d.cleanRater !== null) {
        lines.push(row(d.cleanRater, cellText(s.source), cellText(s.target), NO_ERROR, NO_ERROR, null));
      }
    });
  }
  return lines.join('\n') + '\n';
}

function spanIn(paragraph: string, start: number | null, end: number | null): { start: number; end: number } | null {
  if (start === null || end === null || start < 0 || end < start) return null;
  return end <= codePointLength(paragraph) ? { start, end } : null;
}

/**
 * MQM Viewer's tenth column: a JSON object, whose `note` it shows with the rating. JSON
 * escapes tabs and line feeds itself; the line separators it leaves raw are escaped too, so
 * the note survives whole.
 */
function metadata(note: string | null | undefined): string {
  return JSON.stringify(note ? { note } : {}).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
