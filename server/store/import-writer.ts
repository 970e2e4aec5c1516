import type { ImportAnnotation, ImportDoc, SourceDoc, TranslationDoc } from '../model.ts';
import { InputError } from '../ingest/input-error.ts';
import { MIN_MATCH_SCORE, TIE_MARGIN, rankSources } from '../ingest/fingerprint.ts';
import { nowIso, type Db } from './db.ts';
import { contentHash, shortHash } from './content-hash.ts';
import { paragraphMap } from './paragraph-map.ts';
import { audit } from './audit.ts';

export interface SourceMatch {
  file: string;
  key: string;
  score: number;
  runnerUp?: { key: string; score: number };
}

export interface ImportSummary {
  sourcesNew: number;
  sourcesChanged: number;
  translationsNew: number;
  translationsChanged: number;
  translationsUnchanged: number;
  annotationsNew: number;
  /** Of the new annotations, those the file gave without offsets: kept as whole-paragraph marks. */
  annotationsWholeParagraph: number;
  /** Reviewer work (annotations, edits, reviewed findings) whose paragraph changed. */
  markedStale: number;
  matches: SourceMatch[];
}

export interface WriteOptions {
  paths: string[];
  /** Who imports, for the audit log (default "cli"). */
  actor?: string;
  /** Called after each document is written, inside the transaction (tests use it to crash mid-import). */
  afterDocument?: (index: number) => void;
}

interface StoredText {
  id: number;
  content_hash: string;
}

/**
 * Writes a batch of parsed documents in one transaction: all of it lands or none.
 * Idempotent: documents whose content is unchanged are left alone, and imported
 * annotations are keyed by content so a second run adds nothing. A changed text keeps
 * what reviewers wrote on unchanged paragraphs (moved to the new index) and marks the
 * rest stale; nothing a reviewer wrote is deleted.
 */
export function writeImport(db: Db, docs: readonly ImportDoc[], opts: WriteOptions): ImportSummary {
  const summary: ImportSummary = {
    sourcesNew: 0,
    sourcesChanged: 0,
    translationsNew: 0,
    translationsChanged: 0,
    translationsUnchanged: 0,
    annotationsNew: 0,
    annotationsWholeParagraph: 0,
    markedStale: 0,
    matches: [],
  };
  const w = new Writer(db, summary);
  db.transaction(() => {
    docs.forEach((doc, i) => {
      const sourceId = doc.source
        ? w.upsertSource(doc.source, originText(doc))
        : doc.sourceKey !== undefined
          ? w.sourceIdByKey(doc.sourceKey, doc)
          : w.matchSource(doc);
      for (const t of doc.translations) w.upsertTranslation(sourceId, t, originText(doc));
      opts.afterDocument?.(i);
    });
    db.prepare(
      `INSERT INTO imports (at, paths, sources_new, translations_new, translations_changed, annotations_new)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(nowIso(), JSON.stringify(opts.paths), summary.sourcesNew, summary.translationsNew, summary.translationsChanged, summary.annotationsNew);
    const { matches: _, ...counts } = summary;
    audit(db, { actor: opts.actor ?? 'cli', action: 'import', entity: 'corpus', after: { paths: opts.paths, ...counts } });
  })();
  return summary;
}

function originText(doc: ImportDoc): string {
  return doc.origin.line !== undefined ? `${doc.origin.file}:${doc.origin.line}` : doc.origin.file;
}

class Writer {
  constructor(
    private readonly db: Db,
    private readonly summary: ImportSummary,
  ) {}

  sourceIdByKey(key: string, doc: ImportDoc): number {
    const row = this.db.prepare('SELECT id FROM sources WHERE key = ?').get(key) as { id: number } | undefined;
    if (!row) throw new InputError(doc.origin.file, `names source "${key}", which is not in the store`, lineOf(doc));
    return row.id;
  }

  matchSource(doc: ImportDoc): number {
    const first = doc.translations[0];
    if (!first) throw new InputError(doc.origin.file, 'document has no translation', lineOf(doc));
    const rows = this.db.prepare('SELECT id, key FROM sources').all() as { id: number; key: string }[];
    const paras = this.db.prepare('SELECT text FROM source_paragraphs WHERE source_id = ? ORDER BY idx').pluck();
    const candidates = rows.map((r) => ({ key: r.key, paragraphs: paras.all(r.id) as string[] }));
    const ranked = rankSources(first.paragraphs, candidates);
    const [best, second] = ranked;
    if (!best) throw new InputError(doc.origin.file, 'translation has no source and the store holds no sources to match it with', lineOf(doc));
    if (best.score < MIN_MATCH_SCORE) {
      throw new InputError(
        doc.origin.file,
        `no stored source matches this translation well enough (best: "${best.key}" at ${best.score.toFixed(2)}, needed ${MIN_MATCH_SCORE}); give its source`,
        lineOf(doc),
      );
    }
    if (second && best.score - second.score < TIE_MARGIN) {
      throw new InputError(
        doc.origin.file,
        `two sources match this translation equally well: "${best.key}" (${best.score.toFixed(2)}) and "${second.key}" (${second.score.toFixed(2)}); name one with source_id`,
        lineOf(doc),
      );
    }
    this.summary.matches.push({
      file: originText(doc),
      key: best.key,
      score: best.score,
      ...(second && { runnerUp: second }),
    });
    return rows.find((r) => r.key === best.key)!.id;
  }

  upsertSource(src: SourceDoc, origin: string): number {
    const now = nowIso();
    const hash = contentHash(src.lang, src.paragraphs);
    const key = src.key ?? `sha256:${hash.slice(0, 16)}`;
    const existing = this.db.prepare('SELECT id, content_hash FROM sources WHERE key = ?').get(key) as StoredText | undefined;
    const meta = [src.title ?? null, src.outlet ?? null, src.url ?? null, src.published ?? null];
    if (!existing) {
      const id = Number(
        this.db
          .prepare(
            `INSERT INTO sources (key, title, outlet, url, published, lang, content_hash, origin, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(key, ...meta, src.lang, hash, origin, now, now).lastInsertRowid,
      );
      this.insertParagraphs('source_paragraphs', 'source_id', id, src.paragraphs);
      this.summary.sourcesNew++;
      return id;
    }
    // Metadata given in the file wins; fields the file leaves out keep their stored value.
    this.db
      .prepare(
        `UPDATE sources SET title = coalesce(?, title), outlet = coalesce(?, outlet), url = coalesce(?, url),
           published = coalesce(?, published) WHERE id = ?`,
      )
      .run(...meta, existing.id);
    if (existing.content_hash !== hash) {
      const old = this.paragraphs('source_paragraphs', 'source_id', existing.id);
      this.replaceParagraphs('source_paragraphs', 'source_id', existing.id, src.paragraphs);
      this.db.prepare('UPDATE sources SET content_hash = ?, lang = ?, updated_at = ? WHERE id = ?').run(hash, src.lang, now, existing.id);
      const translationIds = this.db.prepare('SELECT id FROM translations WHERE source_id = ?').pluck().all(existing.id) as number[];
      const map = paragraphMap(old, src.paragraphs);
      for (const tid of translationIds) {
        this.remapAnnotations(tid, 'source', old, map);
        this.db.prepare('DELETE FROM alignment_links WHERE translation_id = ?').run(tid);
      }
      this.summary.sourcesChanged++;
    }
    return existing.id;
  }

  upsertTranslation(sourceId: number, t: TranslationDoc, origin: string): void {
    const now = nowIso();
    const hash = contentHash(t.lang, t.paragraphs);
    const existing = this.db
      .prepare('SELECT id, content_hash FROM translations WHERE source_id = ? AND system = ?')
      .get(sourceId, t.system) as StoredText | undefined;
    let id: number;
    if (!existing) {
      id = Number(
        this.db
          .prepare(
            `INSERT INTO translations (source_id, system, lang, content_hash, origin, imported_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(sourceId, t.system, t.lang, hash, origin, now, now).lastInsertRowid,
      );
      this.insertParagraphs('translation_paragraphs', 'translation_id', id, t.paragraphs);
      this.summary.translationsNew++;
    } else if (existing.content_hash !== hash) {
      id = existing.id;
      const old = this.paragraphs('translation_paragraphs', 'translation_id', id);
      this.replaceParagraphs('translation_paragraphs', 'translation_id', id, t.paragraphs);
      this.db
        .prepare('UPDATE translations SET content_hash = ?, lang = ?, version = version + 1, origin = ?, updated_at = ? WHERE id = ?')
        .run(hash, t.lang, origin, now, id);
      const map = paragraphMap(old, t.paragraphs);
      this.remapAnnotations(id, 'target', old, map);
      this.remapEdits(id, map);
      this.remapFindings(id, map);
      this.db.prepare('DELETE FROM alignment_links WHERE translation_id = ?').run(id);
      this.summary.translationsChanged++;
    } else {
      id = existing.id;
      this.summary.translationsUnchanged++;
    }
    this.storeGivenPairing(id, t);
    this.insertAnnotations(id, sourceId, t);
  }

  /** A pairing the file states (one unit = one source and one target paragraph) is gold, not a guess. */
  private storeGivenPairing(translationId: number, t: TranslationDoc): void {
    if (!t.pairedWithSource) return;
    // Links are dropped whenever either side changes; restore them when they are missing.
    const has = this.db.prepare("SELECT 1 FROM alignment_links WHERE translation_id = ? AND level = 'paragraph' LIMIT 1").get(translationId);
    if (has) return;
    const version = this.db.prepare('SELECT version FROM translations WHERE id = ?').pluck().get(translationId) as number;
    const insert = this.db.prepare(
      "INSERT INTO alignment_links (translation_id, level, src, tgt, score, version) VALUES (?, 'paragraph', ?, ?, NULL, ?)",
    );
    t.paragraphs.forEach((_, i) => insert.run(translationId, `[${i}]`, `[${i}]`, version));
  }

  private insertAnnotations(translationId: number, sourceId: number, t: TranslationDoc): void {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO annotations
         (translation_id, side, para, start, end, text, category, severity, comment, author, origin, import_key, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import', ?, ?)`,
    );
    const seen = new Map<string, number>();
    const now = nowIso();
    for (const a of t.annotations) {
      const identity = annotationIdentity(sourceId, t.system, a);
      // Two identical marks by one rater are both kept: the occurrence number tells them apart.
      const occurrence = seen.get(identity) ?? 0;
      seen.set(identity, occurrence + 1);
      const r = insert.run(
        translationId, a.side, a.para, a.start, a.end, a.text, a.category, a.severity, a.comment ?? null, a.author,
        shortHash([identity, occurrence]), now,
      );
      this.summary.annotationsNew += r.changes;
      if (a.start === null) this.summary.annotationsWholeParagraph += r.changes;
    }
  }

  private remapAnnotations(translationId: number, side: 'source' | 'target', old: string[], map: Map<number, number>): void {
    const rows = this.db
      .prepare('SELECT id, para FROM annotations WHERE translation_id = ? AND side = ? AND stale = 0')
      .all(translationId, side) as { id: number; para: number }[];
    for (const r of rows) {
      const to = map.get(r.para);
      if (to !== undefined) this.db.prepare('UPDATE annotations SET para = ? WHERE id = ?').run(to, r.id);
      else {
        this.db.prepare('UPDATE annotations SET stale = 1, stale_context = ? WHERE id = ?').run(old[r.para] ?? '', r.id);
        this.summary.markedStale++;
      }
    }
  }

  /**
   * Edits are unique per (translation, paragraph, version), so moving them one by one can
   * collide (paragraph 0 moving onto 1 before 1 has moved to 2). Moves go through unique
   * negative slots first; a stale edit parks at -id for good, since its paragraph index
   * means nothing once the text changed (its base_text keeps what it was made against).
   */
  private remapEdits(translationId: number, map: Map<number, number>): void {
    const rows = this.db
      .prepare('SELECT id, para FROM segment_edits WHERE translation_id = ? AND stale = 0')
      .all(translationId) as { id: number; para: number }[];
    const park = this.db.prepare('UPDATE segment_edits SET para = ? WHERE id = ?');
    const moving: { id: number; to: number }[] = [];
    for (const r of rows) {
      const to = map.get(r.para);
      park.run(-r.id, r.id);
      if (to !== undefined) moving.push({ id: r.id, to });
      else {
        this.db.prepare('UPDATE segment_edits SET stale = 1 WHERE id = ?').run(r.id);
        this.summary.markedStale++;
      }
    }
    for (const m of moving) park.run(m.to, m.id);
  }

  /** Open findings are the machine's and are recomputed; reviewed ones are reviewer work and stay. */
  private remapFindings(translationId: number, map: Map<number, number>): void {
    const rows = this.db
      .prepare('SELECT id, para, status FROM findings WHERE translation_id = ? AND stale = 0')
      .all(translationId) as { id: number; para: number; status: string }[];
    for (const r of rows) {
      const to = map.get(r.para);
      if (to !== undefined) this.db.prepare('UPDATE findings SET para = ? WHERE id = ?').run(to, r.id);
      else if (r.status === 'open') this.db.prepare('DELETE FROM findings WHERE id = ?').run(r.id);
      else {
        this.db.prepare('UPDATE findings SET stale = 1 WHERE id = ?').run(r.id);
        this.summary.markedStale++;
      }
    }
  }

  private paragraphs(table: string, fk: string, id: number): string[] {
    return this.db.prepare(`SELECT text FROM ${table} WHERE ${fk} = ? ORDER BY idx`).pluck().all(id) as string[];
  }

  private insertParagraphs(table: string, fk: string, id: number, paras: readonly string[]): void {
    const insert = this.db.prepare(`INSERT INTO ${table} (${fk}, idx, text) VALUES (?, ?, ?)`);
    paras.forEach((p, i) => insert.run(id, i, p));
  }

  private replaceParagraphs(table: string, fk: string, id: number, paras: readonly string[]): void {
    this.db.prepare(`DELETE FROM ${table} WHERE ${fk} = ?`).run(id);
    this.insertParagraphs(table, fk, id, paras);
  }
}

function annotationIdentity(sourceId: number, system: string, a: ImportAnnotation): string {
  return JSON.stringify([sourceId, system, a.side, a.para, a.start, a.end, a.category, a.severity, a.author, a.text, a.comment ?? null]);
}

function lineOf(doc: ImportDoc): { line?: number } {
  return doc.origin.line !== undefined ? { line: doc.origin.line } : {};
}
