import type { Summaries } from '../checks/engine.ts';
import type { Finding } from '../checks/types.ts';
import { nowIso, type Db } from './db.ts';

// Per-document lint results (migration 3). A row is reused only when both the input hash
// (texts, links, reference data, the document's dismissals) and the run's signature match,
// so a changed text, rule set, configuration or xinda version always checks again.

export interface CachedResult {
  links: { src: number[]; tgt: number[] }[];
  findings: Finding[];
  /** Corpus rules' summaries of the document, by rule id. */
  summaries: Summaries;
}

export interface CacheEntry {
  docKey: string;
  inputHash: string;
  signature: string;
  result: CachedResult;
}

/** Results for the keys whose stored hash and signature both match. */
export function readCache(db: Db, wanted: readonly { docKey: string; inputHash: string }[], signature: string): Map<string, CachedResult> {
  const get = db.prepare('SELECT input_hash AS inputHash, signature, result FROM lint_cache WHERE doc_key = ?');
  const out = new Map<string, CachedResult>();
  for (const w of wanted) {
    const row = get.get(w.docKey) as { inputHash: string; signature: string; result: string } | undefined;
    if (!row || row.inputHash !== w.inputHash || row.signature !== signature) continue;
    const result = JSON.parse(row.result) as Partial<CachedResult>;
    // Rows written before corpus rules kept summaries lack them: check those documents again.
    if (result.links && result.findings && result.summaries) out.set(w.docKey, result as CachedResult);
  }
  return out;
}

/** Stores results; the caller runs this inside its transaction. */
export function writeCache(db: Db, entries: readonly CacheEntry[]): void {
  const put = db.prepare(
    `INSERT INTO lint_cache (doc_key, input_hash, signature, result, checked_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(doc_key) DO UPDATE SET input_hash = excluded.input_hash, signature = excluded.signature,
       result = excluded.result, checked_at = excluded.checked_at`,
  );
  const now = nowIso();
  for (const e of entries) put.run(e.docKey, e.inputHash, e.signature, JSON.stringify(e.result), now);
}

/**
 * True when the translation's open findings are exactly what replaceFindings would store
 * for these findings and this signature. A cached document whose findings are already
 * stored is then left alone, so its finding ids (in reviewers' open pages) stay valid.
 */
export function storedFindingsMatch(db: Db, translationId: number, findings: readonly Finding[], signature: string): boolean {
  const key = (ruleId: string, para: number, start: number | null, end: number | null, text: string) => JSON.stringify([ruleId, para, start, end, text]);
  const reviewed = new Set(
    (
      db
        .prepare("SELECT rule_id AS ruleId, para, start, end, text FROM findings WHERE translation_id = ? AND status <> 'open' AND stale = 0")
        .all(translationId) as { ruleId: string; para: number; start: number | null; end: number | null; text: string }[]
    ).map((r) => key(r.ruleId, r.para, r.start, r.end, r.text)),
  );
  const expected = findings.filter((f) => !reviewed.has(key(f.ruleId, f.target.para, f.target.start, f.target.end, f.text)));
  const open = db
    .prepare(
      `SELECT rule_id AS ruleId, severity, message, para, start, end, text, count, suggestion, signature FROM findings
       WHERE translation_id = ? AND status = 'open' ORDER BY id`,
    )
    .all(translationId) as { ruleId: string; severity: string; message: string; para: number; start: number | null; end: number | null; text: string; count: number; suggestion: string | null; signature: string | null }[];
  if (open.length !== expected.length) return false;
  return open.every((r, i) => {
    const f = expected[i]!;
    return (
      r.signature === signature && r.ruleId === f.ruleId && r.severity === f.severity && r.message === f.message && r.para === f.target.para &&
      r.start === f.target.start && r.end === f.target.end && r.text === f.text && r.count === f.count && r.suggestion === (f.suggestion ?? null)
    );
  });
}
