import type { Finding } from '../checks/types.ts';
import type { LintedDocument } from '../pipeline/lint-docs.ts';

// The WMT MQM annotation format (Freitag et al. 2021, google/wmt-mqm-human-evaluation):
// one row per error with the span wrapped in <v>…</v>, "No-error" rows for clean segments,
// so xinda's output goes through the same scripts as human MQM data, with rater "xinda".
// A segment here is one paragraph link of the alignment.

export const MQM_TSV_COLUMNS = ['system', 'doc', 'doc_id', 'seg_id', 'rater', 'source', 'target', 'category', 'severity'] as const;

export const MQM_RATER = 'xinda';

/** Paragraphs of one side of a segment are joined with one space. */
const JOIN = ' ';

interface Segment {
  source: string[];
  target: string[];
  /** Code-point offset of each paragraph in the joined text. */
  srcStart: Map<number, number>;
  tgtStart: Map<number, number>;
}

export function formatMqmTsv(docs: readonly LintedDocument[]): string {
  const out: string[] = [MQM_TSV_COLUMNS.join('\t')];
  const docIds = new Map<string, number>();
  const nextSeg = new Map<string, number>();
  for (const d of docs) {
    if (!docIds.has(d.sourceKey)) docIds.set(d.sourceKey, docIds.size + 1);
    const docId = docIds.get(d.sourceKey)!;
    const segments = d.doc.links.map((l) => segmentOf(l, d.doc.source, d.doc.target));
    const bySegment = assign(d, segments.length);
    segments.forEach((seg, i) => {
      const segId = (nextSeg.get(d.system) ?? 0) + 1;
      nextSeg.set(d.system, segId);
      const base = [d.system, d.sourceKey, String(docId), String(segId), MQM_RATER];
      const src = seg.source.join(JOIN);
      const tgt = seg.target.join(JOIN);
      const found = bySegment[i] ?? [];
      if (found.length === 0) {
        out.push([...base, src, tgt, 'No-error', 'No-error'].map(cell).join('\t'));
        return;
      }
      for (const f of found) {
        const tgtPara = d.doc.target[f.target.para] ?? '';
        for (const at of occurrences(tgtPara, f.text, f.target.start, f.count)) {
          let s = src;
          let t = tgt;
          const marksSource = at.start === at.end && f.source !== undefined && seg.srcStart.has(f.source.para);
          if (marksSource) {
            const off = seg.srcStart.get(f.source!.para)!;
            s = wrap(src, off + f.source!.start, off + f.source!.end);
          } else {
            const off = seg.tgtStart.get(f.target.para) ?? 0;
            t = wrap(tgt, off + at.start, off + at.end);
          }
          out.push([...base, s, t, f.category, capitalise(f.severity)].map(cell).join('\t'));
        }
      }
    });
  }
  return out.join('\n') + '\n';
}

function segmentOf(link: { src: number[]; tgt: number[] }, source: readonly string[], target: readonly string[]): Segment {
  const side = (idx: number[], paras: readonly string[]) => {
    const texts: string[] = [];
    const starts = new Map<number, number>();
    let at = 0;
    for (const i of idx) {
      if (texts.length) at += Array.from(JOIN).length;
      starts.set(i, at);
      const t = paras[i] ?? '';
      texts.push(t);
      at += Array.from(t).length;
    }
    return { texts, starts };
  };
  const s = side(link.src, source);
  const t = side(link.tgt, target);
  return { source: s.texts, target: t.texts, srcStart: s.starts, tgtStart: t.starts };
}

/**
 * Findings per segment: an omission (empty target span with a source span) belongs to the
 * link holding its source paragraph, where its <v> goes; the others to the link holding
 * their target paragraph.
 */
function assign(d: LintedDocument, n: number): Finding[][] {
  const byTgt = new Map<number, number>();
  const bySrc = new Map<number, number>();
  d.doc.links.forEach((l, i) => {
    for (const p of l.tgt) byTgt.set(p, i);
    for (const p of l.src) bySrc.set(p, i);
  });
  const out: Finding[][] = Array.from({ length: n }, () => []);
  for (const f of d.findings) {
    const omitted = f.target.start === f.target.end && f.source !== undefined ? bySrc.get(f.source.para) : undefined;
    const i = omitted ?? byTgt.get(f.target.para) ?? (f.source ? bySrc.get(f.source.para) : undefined) ?? 0;
    out[i]?.push(f);
  }
  return out;
}

/**
 * A grouped finding stands for `count` occurrences; the later ones are the next places the
 * same text occurs in the paragraph (code points).
 */
function occurrences(paragraph: string, text: string, first: number, count: number): { start: number; end: number }[] {
  const needle = Array.from(text);
  const out = [{ start: first, end: first + needle.length }];
  if (needle.length === 0 || count <= 1) return out;
  const cps = Array.from(paragraph);
  for (let i = first + needle.length; out.length < count && i + needle.length <= cps.length; i++) {
    let hit = true;
    for (let k = 0; k < needle.length && hit; k++) hit = cps[i + k] === needle[k];
    if (hit) {
      out.push({ start: i, end: i + needle.length });
      i += needle.length - 1;
    }
  }
  // Should the text not recur (it always does for grouped findings), the count still shows.
  while (out.length < count) out.push(out[0]!);
  return out;
}

function wrap(text: string, start: number, end: number): string {
  const cps = Array.from(text);
  return cps.slice(0, start).join('') + '<v>' + cps.slice(start, end).join('') + '</v>' + cps.slice(end).join('');
}

/** TSV cells cannot hold tabs or line breaks; WMT files have none either. */
function cell(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
