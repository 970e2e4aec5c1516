import type { Db } from '../store/db.ts';
import { loadDocument, type DocumentView } from '../store/documents.ts';
import { paragraphLinks, type ParagraphPair } from '../align/document-links.ts';
import { toUtf16 } from '../text/codepoints.ts';
import { VERSION } from '../version.ts';

// Reviewer work of one document or the whole corpus: annotations, decided findings and the
// full history of post-edits, as JSON, as WMT MQM TSV (the format of Google's
// wmt-mqm-human-evaluation data) and as a TSV of edits. Offsets are code points.

export interface ExportedEdit {
  para: number;
  version: number;
  text: string;
  baseText: string;
  author: string;
  createdAt: string;
  stale: number;
}

export interface DecidedFinding {
  id: number;
  ruleId: string;
  category: string;
  severity: string;
  para: number;
  start: number | null;
  end: number | null;
  text: string;
  srcPara: number | null;
  srcStart: number | null;
  srcEnd: number | null;
  message: string;
  suggestion: string | null;
  status: 'confirmed' | 'dismissed';
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface ReviewDoc {
  view: DocumentView;
  links: ParagraphPair[];
  edits: ExportedEdit[];
  decided: DecidedFinding[];
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export function loadReviewDocs(db: Db, translationIds: readonly number[]): ReviewDoc[] {
  const editsOf = db.prepare(
    `SELECT para, version, text, base_text AS baseText, author, created_at AS createdAt, stale FROM segment_edits
     WHERE translation_id = ? ORDER BY para, version`,
  );
  const decidedOf = db.prepare(
    `SELECT f.id, f.rule_id AS ruleId, f.category, f.severity, f.para, f.start, f.end, f.text, f.src_para AS srcPara,
            f.src_start AS srcStart, f.src_end AS srcEnd, f.message, f.suggestion, f.status, f.reason,
            u.name AS decidedBy, f.decided_at AS decidedAt
     FROM findings f LEFT JOIN users u ON u.id = f.decided_by
     WHERE f.translation_id = ? AND f.status <> 'open' AND f.stale = 0 ORDER BY f.para, f.start, f.id`,
  );
  const reviewOf = db.prepare(
    'SELECT u.name AS reviewedBy, t.reviewed_at AS reviewedAt FROM translations t LEFT JOIN users u ON u.id = t.reviewed_by WHERE t.id = ?',
  );
  return translationIds.flatMap((id) => {
    const view = loadDocument(db, id);
    if (!view) return [];
    const review = reviewOf.get(id) as { reviewedBy: string | null; reviewedAt: string | null };
    return [
      {
        view,
        links: paragraphLinks(view),
        edits: editsOf.all(id) as ExportedEdit[],
        decided: decidedOf.all(id) as DecidedFinding[],
        reviewedBy: review.reviewedAt !== null ? review.reviewedBy : null,
        reviewedAt: review.reviewedAt,
      },
    ];
  });
}

export const REVIEW_JSON_VERSION = 1;

export function reviewJson(docs: readonly ReviewDoc[], exportedAt: string): string {
  return (
    JSON.stringify(
      {
        format: 'xinda-review',
        version: REVIEW_JSON_VERSION,
        generator: `xinda ${VERSION}`,
        exported_at: exportedAt,
        offsets: 'code points, end exclusive; paragraphs numbered from 0',
        documents: docs.map((d) => {
          const t = d.view.translation;
          return {
            id: t.id,
            source_key: t.sourceKey,
            system: t.system,
            title: t.title,
            source_lang: d.view.sourceLang,
            target_lang: t.lang,
            reviewed_by: d.reviewedBy,
            reviewed_at: d.reviewedAt,
            source: d.view.source,
            target: d.view.target,
            post_edited: d.view.target.map((p, i) => d.view.edits.get(i)?.text ?? p),
            links: d.links,
            annotations: d.view.annotations.map((a) => ({
              id: a.id,
              side: a.side,
              para: a.para,
              start: a.start,
              end: a.end,
              text: a.text,
              category: a.category,
              severity: a.severity,
              comment: a.comment,
              author: a.author,
              origin: a.origin,
              created_at: a.createdAt,
              stale: a.stale === 1,
              ...(a.stale ? { stale_context: a.staleContext } : {}),
            })),
            findings: d.decided.map((f) => ({
              id: f.id,
              rule_id: f.ruleId,
              category: f.category,
              severity: f.severity,
              para: f.para,
              start: f.start,
              end: f.end,
              text: f.text,
              src_para: f.srcPara,
              src_start: f.srcStart,
              src_end: f.srcEnd,
              message: f.message,
              suggestion: f.suggestion,
              status: f.status,
              reason: f.reason,
              decided_by: f.decidedBy,
              decided_at: f.decidedAt,
            })),
            edits: d.edits.map((e) => ({
              para: e.para,
              version: e.version,
              text: e.text,
              base_text: e.baseText,
              author: e.author,
              created_at: e.createdAt,
              stale: e.stale === 1,
            })),
          };
        }),
      },
      null,
      2,
    ) + '\n'
  );
}

/** A TSV cell: tabs and line breaks would break the row, so they become spaces. */
function cell(value: string | number | null): string {
  return value === null ? '' : String(value).replace(/[\t\r\n]+/g, ' ');
}

function tsv(header: readonly string[], rows: readonly (string | number | null)[][]): string {
  return [header.join('\t'), ...rows.map((r) => r.map(cell).join('\t'))].join('\n') + '\n';
}

const MQM_HEADER = ['system', 'doc', 'doc_id', 'seg_id', 'rater', 'source', 'target', 'category', 'severity', 'comment'] as const;

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface SpanMark {
  side: 'source' | 'target';
  para: number;
  start: number | null;
  end: number | null;
}

/** A segment's text (the paragraphs of one link, English joined by a space, Chinese by nothing), the span in <v>…</v>. */
function segmentText(paras: readonly string[], indices: readonly number[], joiner: string, mark: SpanMark | null): string {
  return indices
    .map((i) => {
      const text = paras[i] ?? '';
      if (!mark || mark.para !== i || mark.start === null || mark.end === null) return text;
      const from = toUtf16(text, mark.start);
      const to = toUtf16(text, mark.end);
      return `${text.slice(0, from)}<v>${text.slice(from, to)}</v>${text.slice(to)}`;
    })
    .join(joiner);
}

/**
 * WMT MQM TSV: one row per error (reviewers' annotations and confirmed findings; imported
 * annotations too, as they are raters' errors), the error span in <v>…</v> in the source or the
 * target. A segment is one paragraph link of the alignment. doc_id numbers the segments of a
 * document from 1; seg_id numbers all exported segments from 1. Documents marked reviewed get a
 * "No-error" row, by their reviewer, for every segment without an error, as WMT's files do.
 */
export function mqmTsv(docs: readonly ReviewDoc[]): string {
  const rows: (string | number | null)[][] = [];
  let segId = 0;
  for (const d of docs) {
    const t = d.view.translation;
    const linkOf = { source: new Map<number, number>(), target: new Map<number, number>() };
    d.links.forEach((l, k) => {
      for (const i of l.src) linkOf.source.set(i, k);
      for (const i of l.tgt) linkOf.target.set(i, k);
    });
    const errors = new Map<number, { rater: string; mark: SpanMark; category: string; severity: string; comment: string | null }[]>();
    const add = (side: 'source' | 'target', e: { rater: string; mark: SpanMark; category: string; severity: string; comment: string | null }) => {
      const k = linkOf[side].get(e.mark.para);
      if (k === undefined) return;
      const list = errors.get(k) ?? [];
      list.push(e);
      errors.set(k, list);
    };
    for (const a of d.view.annotations) {
      if (a.stale) continue;
      add(a.side, { rater: a.author, mark: { side: a.side, para: a.para, start: a.start, end: a.end }, category: a.category, severity: a.severity, comment: a.comment });
    }
    for (const f of d.decided) {
      if (f.status !== 'confirmed') continue;
      // An omission flags nothing in the Chinese: its span is the English that was left out.
      const inSource = f.start === f.end && f.srcPara !== null;
      const mark: SpanMark = inSource
        ? { side: 'source', para: f.srcPara!, start: f.srcStart, end: f.srcEnd }
        : { side: 'target', para: f.para, start: f.start, end: f.end };
      add(mark.side, { rater: f.decidedBy ?? 'xinda', mark, category: f.category, severity: f.severity, comment: `${f.ruleId}: ${f.message}` });
    }
    d.links.forEach((l, k) => {
      segId++;
      const base = [t.system, t.sourceKey, k + 1, segId] as const;
      const here = errors.get(k) ?? [];
      for (const e of here) {
        rows.push([
          ...base,
          e.rater,
          segmentText(d.view.source, l.src, ' ', e.mark.side === 'source' ? e.mark : null),
          segmentText(d.view.target, l.tgt, '', e.mark.side === 'target' ? e.mark : null),
          e.category,
          capitalised(e.severity),
          e.comment,
        ]);
      }
      if (here.length === 0 && d.reviewedBy !== null) {
        rows.push([...base, d.reviewedBy, segmentText(d.view.source, l.src, ' ', null), segmentText(d.view.target, l.tgt, '', null), 'No-error', 'No-error', null]);
      }
    });
  }
  return tsv(MQM_HEADER, rows);
}

const EDITS_HEADER = ['system', 'doc', 'para', 'version', 'editor', 'created_at', 'stale', 'mt', 'post_edit'] as const;

/** Every saved version of every post-edited paragraph (paragraphs numbered from 0, as in the JSON). */
export function editsTsv(docs: readonly ReviewDoc[]): string {
  const rows = docs.flatMap((d) =>
    d.edits.map((e) => [d.view.translation.system, d.view.translation.sourceKey, e.para, e.version, e.author, e.createdAt, e.stale, e.baseText, e.text]),
  );
  return tsv(EDITS_HEADER, rows);
}
