import type { Finding } from '../checks/types.ts';
import { nowIso, type Db } from './db.ts';

// Per-document lint results (migration 3). A row is reused only when both the input hash
// (texts, links, reference data, the document's dismissals) and the run's signature match,
// so a changed text, rule set, configuration or xinda version always checks again.

export interface CachedResult {
  links: { src: number[]; tgt: number[] }[];
  findings: Finding[];
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
    if (row && row.inputHash === w.inputHash && row.signature === signature) out.set(w.docKey, JSON.parse(row.result) as CachedResult);
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
