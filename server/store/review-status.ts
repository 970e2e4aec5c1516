import { audit } from './audit.ts';
import { nowIso, type Db } from './db.ts';
import type { User } from '../users/accounts.ts';

// "Reviewed" is a reviewer's statement that a translation has been gone through
// (translations.reviewed_by / reviewed_at); it can be withdrawn.

export interface ReviewMark {
  by: string;
  at: string;
}

export function reviewMarkOf(db: Db, translationId: number): ReviewMark | null {
  const row = db
    .prepare('SELECT u.name AS by, t.reviewed_at AS at FROM translations t JOIN users u ON u.id = t.reviewed_by WHERE t.id = ? AND t.reviewed_at IS NOT NULL')
    .get(translationId) as ReviewMark | undefined;
  return row ?? null;
}

export type MarkResult = 'changed' | 'unchanged' | 'not-found';

/** Marks (or unmarks) a translation reviewed; idempotent, audited when it changes. */
export function setReviewed(db: Db, translationId: number, reviewed: boolean, user: User): MarkResult {
  return db.transaction((): MarkResult => {
    const row = db.prepare('SELECT reviewed_by AS byId, reviewed_at AS at FROM translations WHERE id = ?').get(translationId) as
      | { byId: number | null; at: string | null }
      | undefined;
    if (!row) return 'not-found';
    if ((row.at !== null) === reviewed) return 'unchanged';
    const before = reviewMarkOf(db, translationId);
    const at = reviewed ? nowIso() : null;
    db.prepare('UPDATE translations SET reviewed_by = ?, reviewed_at = ? WHERE id = ?').run(reviewed ? user.id : null, at, translationId);
    audit(db, {
      actor: user.name,
      userId: user.id,
      action: reviewed ? 'translation.reviewed' : 'translation.unreviewed',
      entity: 'translation',
      entityId: translationId,
      before: before ?? { reviewed: false },
      after: reviewed ? { by: user.name, at } : { reviewed: false },
    });
    return 'changed';
  }).immediate();
}
