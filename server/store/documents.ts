import type { Db } from './db.ts';
import type { Severity, Side } from '../model.ts';
import { findingsOf, type StoredFinding } from './findings.ts';

export interface TranslationRow {
  id: number;
  sourceId: number;
  sourceKey: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  system: string;
  lang: string;
  version: number;
  importedAt: string;
  paragraphs: number;
  annotations: number;
  edits: number;
}

export interface AnnotationRow {
  id: number;
  side: Side;
  para: number;
  start: number | null;
  end: number | null;
  text: string;
  category: string;
  severity: Severity;
  comment: string | null;
  author: string;
  origin: 'import' | 'review';
  stale: number;
  staleContext: string | null;
  createdAt: string;
}

export interface EditRow {
  para: number;
  text: string;
  baseText: string;
  version: number;
  author: string;
  createdAt: string;
}

export interface DocumentView {
  translation: TranslationRow;
  url: string | null;
  sourceLang: string;
  source: string[];
  target: string[];
  annotations: AnnotationRow[];
  /** The newest edit of each paragraph that has one. */
  edits: Map<number, EditRow>;
  /** Paragraph links stored for this translation (given by the file or computed earlier); null when none are. */
  storedLinks: { src: number[]; tgt: number[] }[] | null;
  findings: StoredFinding[];
}

const TRANSLATION_SELECT = `
  SELECT t.id, t.source_id AS sourceId, s.key AS sourceKey, s.title, s.outlet, s.published, t.system, t.lang,
         t.version, t.imported_at AS importedAt,
         (SELECT count(*) FROM translation_paragraphs p WHERE p.translation_id = t.id) AS paragraphs,
         (SELECT count(*) FROM annotations a WHERE a.translation_id = t.id AND a.stale = 0) AS annotations,
         (SELECT count(DISTINCT e.para) FROM segment_edits e WHERE e.translation_id = t.id AND e.stale = 0) AS edits
  FROM translations t JOIN sources s ON s.id = t.source_id`;

export function listTranslations(db: Db, filter: { sourceKey?: string } = {}): TranslationRow[] {
  if (filter.sourceKey !== undefined) {
    return db.prepare(`${TRANSLATION_SELECT} WHERE s.key = ? ORDER BY s.key, t.system`).all(filter.sourceKey) as TranslationRow[];
  }
  return db.prepare(`${TRANSLATION_SELECT} ORDER BY s.key, t.system`).all() as TranslationRow[];
}

export function loadDocument(db: Db, translationId: number): DocumentView | undefined {
  const translation = db.prepare(`${TRANSLATION_SELECT} WHERE t.id = ?`).get(translationId) as TranslationRow | undefined;
  if (!translation) return undefined;
  const src = db.prepare('SELECT url, lang FROM sources WHERE id = ?').get(translation.sourceId) as { url: string | null; lang: string };
  const source = db.prepare('SELECT text FROM source_paragraphs WHERE source_id = ? ORDER BY idx').pluck().all(translation.sourceId) as string[];
  const target = db.prepare('SELECT text FROM translation_paragraphs WHERE translation_id = ? ORDER BY idx').pluck().all(translationId) as string[];
  const annotations = db
    .prepare(
      `SELECT id, side, para, start, end, text, category, severity, comment, author, origin, stale,
              stale_context AS staleContext, created_at AS createdAt
       FROM annotations WHERE translation_id = ? ORDER BY stale, para, start, id`,
    )
    .all(translationId) as AnnotationRow[];
  const editRows = db
    .prepare(
      `SELECT para, text, base_text AS baseText, version, author, created_at AS createdAt FROM segment_edits
       WHERE translation_id = ? AND stale = 0 ORDER BY para, version`,
    )
    .all(translationId) as EditRow[];
  const edits = new Map<number, EditRow>();
  for (const e of editRows) edits.set(e.para, e);
  const linkRows = db
    .prepare("SELECT src, tgt FROM alignment_links WHERE translation_id = ? AND level = 'paragraph' ORDER BY id")
    .all(translationId) as { src: string; tgt: string }[];
  const storedLinks = linkRows.length
    ? linkRows.map((l) => ({ src: JSON.parse(l.src) as number[], tgt: JSON.parse(l.tgt) as number[] }))
    : null;
  return { translation, url: src.url, sourceLang: src.lang, source, target, annotations, edits, storedLinks, findings: findingsOf(db, translationId) };
}

export function storeCounts(db: Db): { sources: number; translations: number; annotations: number } {
  const one = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    sources: one('SELECT count(*) FROM sources'),
    translations: one('SELECT count(*) FROM translations'),
    annotations: one('SELECT count(*) FROM annotations'),
  };
}
