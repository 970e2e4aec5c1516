import type Database from 'better-sqlite3';
import type { Db } from './db.ts';

// Preparing a statement compiles its SQL, which costs more than running a small one; the
// web's hot paths (every request's session, every annotation and its audit entry) keep
// theirs, per connection. A statement's mode (pluck, raw) sticks to it: use each SQL text
// one way only.
const byDb = new WeakMap<Db, Map<string, Database.Statement>>();

export function statement(db: Db, sql: string): Database.Statement {
  let cache = byDb.get(db);
  if (!cache) byDb.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s;
}
