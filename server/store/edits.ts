import { audit } from './audit.ts';
import { nowIso, type Db } from './db.ts';
import type { User } from '../users/accounts.ts';

// Post-edits of translation paragraphs, versioned per paragraph. Every save is a new row
// (the history is kept); a save names the version it was made on, and when someone else
// saved in between it is refused as a conflict instead of overwriting their work.

// A long news paragraph is a few hundred characters; the form body limit (64 kB, urlencoded) allows about 7,000 CJK characters.
export const MAX_EDIT_LENGTH = 5_000;

export interface StoredEdit {
  id: number;
  para: number;
  text: string;
  baseText: string;
  version: number;
  author: string;
  createdAt: string;
}

export interface EditRequest {
  translationId: number;
  para: number;
  text: string;
  /** The version the reviewer started from: 0 when the paragraph had no edit. */
  baseVersion: number;
  user: User;
}

export type SaveResult =
  | { kind: 'saved'; edit: StoredEdit; previous: StoredEdit | null }
  /** The text equals what is stored already (a resubmission, or two reviewers making the same fix). */
  | { kind: 'unchanged'; head: StoredEdit | null }
  /** Someone saved since baseVersion (head), or the edits went stale under a re-import (head null). */
  | { kind: 'conflict'; head: StoredEdit | null; mine: string; mt: string }
  | { kind: 'no-paragraph' };

const EDIT_COLUMNS = 'id, para, text, base_text AS baseText, version, author, created_at AS createdAt';

/** The live (not stale) newest edit of a paragraph. */
export function headEdit(db: Db, translationId: number, para: number): StoredEdit | null {
  return (
    (db
      .prepare(`SELECT ${EDIT_COLUMNS} FROM segment_edits WHERE translation_id = ? AND para = ? AND stale = 0 ORDER BY version DESC LIMIT 1`)
      .get(translationId, para) as StoredEdit | undefined) ?? null
  );
}

/** Every live edit of a paragraph, oldest first. */
export function editHistory(db: Db, translationId: number, para: number): StoredEdit[] {
  return db
    .prepare(`SELECT ${EDIT_COLUMNS} FROM segment_edits WHERE translation_id = ? AND para = ? AND stale = 0 ORDER BY version`)
    .all(translationId, para) as StoredEdit[];
}

/** Line breaks from a textarea become plain newlines; leading and trailing blanks go. */
export function normaliseEditText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

export function saveEdit(db: Db, r: EditRequest): SaveResult {
  const text = normaliseEditText(r.text);
  // IMMEDIATE: the version check and the insert must not interleave with another writer's.
  return db.transaction((): SaveResult => {
    const mt = db.prepare('SELECT text FROM translation_paragraphs WHERE translation_id = ? AND idx = ?').pluck().get(r.translationId, r.para) as
      | string
      | undefined;
    if (mt === undefined) return { kind: 'no-paragraph' };
    const head = headEdit(db, r.translationId, r.para);
    if (text === (head?.text ?? mt)) return { kind: 'unchanged', head };
    if (r.baseVersion !== (head?.version ?? 0)) return { kind: 'conflict', head, mine: text, mt };
    // Stale rows of an earlier text keep their numbers, so the next number counts them too.
    const top = db.prepare('SELECT max(version) FROM segment_edits WHERE translation_id = ? AND para = ?').pluck().get(r.translationId, r.para) as
      | number
      | null;
    const version = (top ?? 0) + 1;
    const id = Number(
      db
        .prepare(
          `INSERT INTO segment_edits (translation_id, para, base_text, text, version, author, user_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(r.translationId, r.para, mt, text, version, r.user.name, r.user.id, nowIso()).lastInsertRowid,
    );
    const edit = db.prepare(`SELECT ${EDIT_COLUMNS} FROM segment_edits WHERE id = ?`).get(id) as StoredEdit;
    audit(db, {
      actor: r.user.name,
      userId: r.user.id,
      action: 'edit.save',
      entity: 'segment_edit',
      entityId: id,
      before: head ? { version: head.version, text: head.text } : { version: 0, text: mt },
      after: { translationId: r.translationId, para: r.para, version, text },
    });
    return { kind: 'saved', edit, previous: head };
  }).immediate();
}
