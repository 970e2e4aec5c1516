import type { Db } from '../store/db.ts';
import { loadDocument, type DocumentView } from '../store/documents.ts';
import { paragraphLinks, type ParagraphPair } from '../align/document-links.ts';
import { writeMqmTsv, type MqmDocument, type MqmError } from '../report/mqm-tsv.ts';
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

/**
 * WMT MQM TSV by the shared writer (report/mqm-tsv.ts; format in docs/formats.md): one row
 * per live annotation (imported ones too: they are raters' errors) and per confirmed finding
 * (by who confirmed it). Only a document marked reviewed has a rater vouching for its clean
 * segments, so only its error-free segments get a No-error row, by its reviewer.
 */
export function mqmTsv(docs: readonly ReviewDoc[]): string {
  return writeMqmTsv(docs.map(toMqmDocument));
}

function toMqmDocument(d: ReviewDoc): MqmDocument {
  const t = d.view.translation;
  const annotations: MqmError[] = d.view.annotations
    .filter((a) => !a.stale)
    .map((a) => ({ rater: a.author, side: a.side, para: a.para, start: a.start, end: a.end, category: a.category, severity: a.severity, note: a.comment }));
  const findings: MqmError[] = d.decided
    .filter((f) => f.status === 'confirmed')
    .map((f) => {
      // An omission flags nothing in the Chinese: its span is the English that was left out.
      const inSource = f.start === f.end && f.srcPara !== null;
      const span = inSource ? { side: 'source' as const, para: f.srcPara!, start: f.srcStart, end: f.srcEnd } : { side: 'target' as const, para: f.para, start: f.start, end: f.end };
      return { rater: f.decidedBy ?? 'xinda', ...span, category: f.category, severity: f.severity, note: `${f.ruleId}: ${f.message}` };
    });
  return {
    system: t.system,
    doc: t.sourceKey,
    sourceLang: d.view.sourceLang,
    targetLang: t.lang,
    source: d.view.source,
    target: d.view.target,
    links: d.links,
    errors: [...annotations, ...findings],
    cleanRater: d.reviewedBy,
  };
}

const EDITS_HEADER = ['system', 'doc', 'para', 'version', 'editor', 'created_at', 'stale', 'mt', 'post_edit'] as const;

/** Every saved version of every post-edited paragraph (paragraphs numbered from 0, as in the JSON). */
export function editsTsv(docs: readonly ReviewDoc[]): string {
  const rows = docs.flatMap((d) =>
    d.edits.map((e) => [d.view.translation.system, d.view.translation.sourceKey, e.para, e.version, e.author, e.createdAt, e.stale, e.baseText, e.text]),
  );
  return tsv(EDITS_HEADER, rows);
}
