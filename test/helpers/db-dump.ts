import Database from 'better-sqlite3';

type Db = Database.Database;

/**
 * Every table's rows, in a stable order, plus the schema and its version, as one JSON
 * string. Compares stores by content: WAL checkpoints change file bytes without
 * changing what the store holds.
 */
export function dumpDb(dbOrPath: Db | string): string {
  const db = typeof dbOrPath === 'string' ? new Database(dbOrPath, { readonly: true, fileMustExist: true }) : dbOrPath;
  try {
    const schema = db
      .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all() as { type: string; name: string; sql: string | null }[];
    const tables: Record<string, unknown[]> = {};
    for (const { name } of schema.filter((s) => s.type === 'table')) {
      const cols = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(name) as string[]).length;
      const order = Array.from({ length: cols }, (_, i) => i + 1).join(', ');
      tables[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).all();
    }
    const userVersion = db.pragma('user_version', { simple: true });
    return JSON.stringify({ userVersion, schema, tables });
  } finally {
    if (typeof dbOrPath === 'string') db.close();
  }
}

/** Row count of one table, for readable assertions next to a dump comparison. */
export function countRows(path: string, table: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
  } finally {
    db.close();
  }
}
