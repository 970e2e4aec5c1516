import { audit } from './audit.ts';
import { nowIso, type Db } from './db.ts';
import type { User } from '../users/accounts.ts';

// A reviewer's decision on a machine finding. Dismissed findings are read back by
// dismissedKeys (store/findings.ts), so a later check run does not raise them again;
// confirmed ones survive later runs as reviewer work.

export type FindingStatus = 'open' | 'confirmed' | 'dismissed';

export const MAX_REASON = 500;

export interface Decision {
  translationId: number;
  findingId: number;
  status: FindingStatus;
  /** Kept only with a dismissal; empty means none. */
  reason?: string;
  user: User;
}

export type DecisionResult = { kind: 'changed' | 'unchanged'; status: FindingStatus; reason: string | null } | { kind: 'not-found' };

const ACTION: Record<FindingStatus, string> = { open: 'finding.reopen', confirmed: 'finding.confirm', dismissed: 'finding.dismiss' };

/**
 * Sets a finding's status. Idempotent: deciding what is already decided (same status, same
 * reason) changes nothing and writes no audit entry, so a double click or a second reviewer
 * confirming the same finding is harmless.
 */
export function decideFinding(db: Db, d: Decision): DecisionResult {
  const reason = d.status === 'dismissed' && d.reason?.trim() ? d.reason.trim().slice(0, MAX_REASON) : null;
  return db.transaction((): DecisionResult => {
    const row = db
      .prepare('SELECT status, reason, rule_id AS ruleId, text FROM findings WHERE id = ? AND translation_id = ?')
      .get(d.findingId, d.translationId) as { status: FindingStatus; reason: string | null; ruleId: string; text: string } | undefined;
    if (!row) return { kind: 'not-found' };
    if (row.status === d.status && row.reason === reason) return { kind: 'unchanged', status: row.status, reason: row.reason };
    const now = nowIso();
    const decided = d.status === 'open' ? [null, null] : [d.user.id, now];
    db.prepare('UPDATE findings SET status = ?, reason = ?, decided_by = ?, decided_at = ?, updated_at = ? WHERE id = ?').run(
      d.status,
      reason,
      ...decided,
      now,
      d.findingId,
    );
    audit(db, {
      actor: d.user.name,
      userId: d.user.id,
      action: ACTION[d.status],
      entity: 'finding',
      entityId: d.findingId,
      before: { status: row.status, reason: row.reason },
      after: { status: d.status, reason, translationId: d.translationId, ruleId: row.ruleId, text: row.text },
    });
    return { kind: 'changed', status: d.status, reason };
  }).immediate();
}

/** Who decided each reviewed finding of a translation, by finding id. */
export function decisionsOf(db: Db, translationId: number): Map<number, { by: string; at: string }> {
  const rows = db
    .prepare(
      `SELECT f.id, u.name AS by, f.decided_at AS at FROM findings f JOIN users u ON u.id = f.decided_by
       WHERE f.translation_id = ? AND f.decided_at IS NOT NULL`,
    )
    .all(translationId) as { id: number; by: string; at: string }[];
  return new Map(rows.map((r) => [r.id, { by: r.by, at: r.at }]));
}
