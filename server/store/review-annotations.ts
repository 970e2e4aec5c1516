import { audit } from './audit.ts';
import { nowIso, type Db } from './db.ts';
import type { Severity, Side } from '../model.ts';
import type { User } from '../users/accounts.ts';
import { codePointLength, sliceCodePoints } from '../text/codepoints.ts';
import { statement } from './statements.ts';

// Annotations a reviewer adds on the review page (origin 'review'), and their removal.
// Offsets are code points into the paragraph as stored, end exclusive.

export const MAX_COMMENT = 2000;

export interface NewAnnotation {
  translationId: number;
  side: Side;
  para: number;
  start: number;
  end: number;
  category: string;
  severity: Severity;
  comment: string;
  user: User;
  /** A key the form carries, so submitting the same form twice stores one annotation. */
  requestKey?: string;
}

export type AddResult =
  | { kind: 'added' | 'duplicate'; id: number }
  | { kind: 'no-paragraph' }
  | { kind: 'bad-span'; length: number };

export function paragraphText(db: Db, translationId: number, side: Side, para: number): string | undefined {
  const sql =
    side === 'target'
      ? 'SELECT text FROM translation_paragraphs WHERE translation_id = ? AND idx = ?'
      : 'SELECT p.text FROM source_paragraphs p JOIN translations t ON t.source_id = p.source_id WHERE t.id = ? AND p.idx = ?';
  return statement(db, sql).pluck().get(translationId, para) as string | undefined;
}

export function addAnnotation(db: Db, a: NewAnnotation): AddResult {
  return db.transaction((): AddResult => {
    if (a.requestKey !== undefined) {
      const seen = statement(db, 'SELECT id FROM annotations WHERE request_key = ?').pluck().get(a.requestKey) as number | undefined;
      if (seen !== undefined) return { kind: 'duplicate', id: seen };
    }
    const text = paragraphText(db, a.translationId, a.side, a.para);
    if (text === undefined) return { kind: 'no-paragraph' };
    const length = codePointLength(text);
    if (!(Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.start < a.end && a.end <= length)) {
      return { kind: 'bad-span', length };
    }
    const marked = sliceCodePoints(text, a.start, a.end);
    const comment = a.comment.trim().slice(0, MAX_COMMENT) || null;
    const id = Number(
      statement(
        db,
        `INSERT INTO annotations (translation_id, side, para, start, end, text, category, severity, comment, author, user_id, origin, request_key, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'review', ?, ?)`,
      ).run(a.translationId, a.side, a.para, a.start, a.end, marked, a.category, a.severity, comment, a.user.name, a.user.id, a.requestKey ?? null, nowIso())
        .lastInsertRowid,
    );
    audit(db, {
      actor: a.user.name,
      userId: a.user.id,
      action: 'annotation.add',
      entity: 'annotation',
      entityId: id,
      after: { translationId: a.translationId, side: a.side, para: a.para, start: a.start, end: a.end, text: marked, category: a.category, severity: a.severity, comment },
    });
    return { kind: 'added', id };
  }).immediate();
}

export type DeleteResult = 'deleted' | 'not-found' | 'forbidden';

/**
 * Removes a reviewer's annotation: its author may, and so may an admin. Imported annotations
 * are data from a file and are never deleted here. The audit entry keeps the whole row.
 */
export function deleteAnnotation(db: Db, translationId: number, id: number, user: User): DeleteResult {
  return db.transaction((): DeleteResult => {
    const row = db.prepare('SELECT * FROM annotations WHERE id = ? AND translation_id = ?').get(id, translationId) as
      | (Record<string, unknown> & { origin: string; user_id: number | null })
      | undefined;
    if (!row) return 'not-found';
    if (row.origin !== 'review' || (row.user_id !== user.id && user.role !== 'admin')) return 'forbidden';
    db.prepare('DELETE FROM annotations WHERE id = ?').run(id);
    audit(db, { actor: user.name, userId: user.id, action: 'annotation.delete', entity: 'annotation', entityId: id, before: row });
    return 'deleted';
  }).immediate();
}
