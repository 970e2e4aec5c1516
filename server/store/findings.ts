import type { Finding } from '../checks/types.ts';
import { dismissalKey } from '../checks/engine.ts';
import { nowIso, type Db } from './db.ts';

export interface StoredFinding {
  id: number;
  ruleId: string;
  category: string;
  severity: string;
  confidence: number;
  message: string;
  para: number;
  start: number | null;
  end: number | null;
  text: string;
  srcPara: number | null;
  srcStart: number | null;
  srcEnd: number | null;
  srcText: string | null;
  suggestion: string | null;
  count: number;
  status: 'open' | 'confirmed' | 'dismissed';
  reason: string | null;
  stale: number;
}

/** The key a check run uses for a stored translation: stable across runs and re-imports. */
export function docKeyOf(sourceKey: string, system: string): string {
  return `${sourceKey}/${system}`;
}

/** Dismissed findings as engine dismissal keys, so a run does not raise them again. */
export function dismissedKeys(db: Db): Set<string> {
  const rows = db
    .prepare(
      `SELECT f.rule_id AS ruleId, s.key AS sourceKey, t.system, f.text, f.src_text AS srcText FROM findings f
       JOIN translations t ON t.id = f.translation_id JOIN sources s ON s.id = t.source_id
       WHERE f.status = 'dismissed'`,
    )
    .all() as { ruleId: string; sourceKey: string; system: string; text: string; srcText: string | null }[];
  return new Set(rows.map((r) => dismissalKey(r.ruleId, docKeyOf(r.sourceKey, r.system), r.text, r.srcText ?? '')));
}

/**
 * Replaces the machine's open findings of a translation with a new run's. Findings a
 * reviewer confirmed or dismissed are theirs and stay; a new finding identical to a
 * confirmed one is not stored twice.
 */
export function replaceFindings(db: Db, translationId: number, findings: readonly Finding[], signature: string): number {
  const now = nowIso();
  const reviewed = new Set(
    (
      db
        .prepare("SELECT rule_id, para, start, end, text FROM findings WHERE translation_id = ? AND status <> 'open' AND stale = 0")
        .all(translationId) as { rule_id: string; para: number; start: number; end: number; text: string }[]
    ).map((r) => JSON.stringify([r.rule_id, r.para, r.start, r.end, r.text])),
  );
  db.prepare("DELETE FROM findings WHERE translation_id = ? AND status = 'open'").run(translationId);
  const insert = db.prepare(
    `INSERT INTO findings (translation_id, rule_id, category, severity, confidence, message, para, start, end, text,
       src_para, src_start, src_end, src_text, suggestion, count, signature, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let stored = 0;
  for (const f of findings) {
    if (reviewed.has(JSON.stringify([f.ruleId, f.target.para, f.target.start, f.target.end, f.text]))) continue;
    insert.run(
      translationId, f.ruleId, f.category, f.severity, f.confidence, f.message, f.target.para, f.target.start, f.target.end, f.text,
      f.source?.para ?? null, f.source?.start ?? null, f.source?.end ?? null, f.source?.text ?? null, f.suggestion ?? null, f.count, signature, now, now,
    );
    stored++;
  }
  return stored;
}

export function findingsOf(db: Db, translationId: number): StoredFinding[] {
  return db
    .prepare(
      `SELECT id, rule_id AS ruleId, category, severity, confidence, message, para, start, end, text,
              src_para AS srcPara, src_start AS srcStart, src_end AS srcEnd, src_text AS srcText, suggestion, count, status, reason, stale
       FROM findings WHERE translation_id = ? ORDER BY stale, para, start, id`,
    )
    .all(translationId) as StoredFinding[];
}
