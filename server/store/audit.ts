import { nowIso, type Db } from './db.ts';
import { statement } from './statements.ts';

export interface AuditEntry {
  actor: string;
  userId?: number;
  action: string;
  entity: string;
  entityId?: number;
  before?: unknown;
  after?: unknown;
}

/** Every change made by a person lands here: who, what, when, before and after. */
export function audit(db: Db, e: AuditEntry): void {
  statement(
    db,
    'INSERT INTO audit_log (at, actor, user_id, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    nowIso(),
    e.actor,
    e.userId ?? null,
    e.action,
    e.entity,
    e.entityId ?? null,
    e.before === undefined ? null : JSON.stringify(e.before),
    e.after === undefined ? null : JSON.stringify(e.after),
  );
}
