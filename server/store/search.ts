import type { Db } from './db.ts';
import { codePointLength } from '../text/codepoints.ts';

// Full-text search over titles and both sides' paragraphs (the search_text FTS5 table of
// migration 4, kept in step by triggers). The trigram tokenizer answers any substring of at
// least three characters from the index; one- and two-character terms, common in Chinese
// (北京, 制裁), cannot use trigrams and are matched by a scan of the same table instead.

export const MAX_QUERY_LENGTH = 200;
const MIN_TRIGRAM = 3;

/** The terms of a query: whitespace-separated, each matched as a substring. */
export function queryTerms(query: string): string[] {
  return query
    .slice(0, MAX_QUERY_LENGTH)
    .split(/\s+/u)
    .filter((t) => t !== '');
}

/** An FTS5 string literal: the term as one phrase, so operators and quotes in it are plain text. */
function phrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

interface Hit {
  kind: 'title' | 'source' | 'target';
  owner: number;
}

function hits(db: Db, term: string): Hit[] {
  if (codePointLength(term) >= MIN_TRIGRAM) {
    return db
      .prepare('SELECT r.kind, r.owner FROM search_text JOIN search_rows r ON r.id = search_text.rowid WHERE search_text MATCH ?')
      .all(phrase(term)) as Hit[];
  }
  return db
    .prepare('SELECT r.kind, r.owner FROM search_text JOIN search_rows r ON r.id = search_text.rowid WHERE instr(lower(search_text.text), lower(?)) > 0')
    .all(term) as Hit[];
}

/**
 * Ids of the translations whose title, source or own text contains every term of the query
 * (terms may match in different paragraphs). An empty query matches nothing: callers skip
 * the search instead.
 */
export function searchTranslations(db: Db, query: string): Set<number> {
  const terms = queryTerms(query);
  if (terms.length === 0) return new Set();
  const bySource = new Map<number, number[]>();
  for (const r of db.prepare('SELECT id, source_id AS sourceId FROM translations').all() as { id: number; sourceId: number }[]) {
    const list = bySource.get(r.sourceId);
    if (list) list.push(r.id);
    else bySource.set(r.sourceId, [r.id]);
  }
  let result: Set<number> | undefined;
  for (const term of terms) {
    const matched = new Set<number>();
    for (const h of hits(db, term)) {
      if (h.kind === 'target') matched.add(h.owner);
      else for (const id of bySource.get(h.owner) ?? []) matched.add(id);
    }
    result = result ? new Set([...result].filter((id) => matched.has(id))) : matched;
    if (result.size === 0) break;
  }
  return result ?? new Set();
}
