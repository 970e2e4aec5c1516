import type { Db } from './db.ts';
import { listTranslations, type TranslationRow } from './documents.ts';
import type { FindingStatus } from './finding-review.ts';
import { SEVERITIES, type Severity } from '../model.ts';
import { searchTranslations } from './search.ts';

// The documents list: every translation with its findings counted by status and severity,
// its review state and who has worked on it, filtered by system, review state, severity and
// a full-text query.

export type ReviewState = 'new' | 'in-progress' | 'reviewed';
export const REVIEW_STATES: readonly ReviewState[] = ['new', 'in-progress', 'reviewed'];

export type SeverityCounts = Record<Severity, number>;

export interface ListedDocument extends TranslationRow {
  sourceHash: string;
  /** Findings (rows, as the review page lists them) by status and severity; stale ones left out. */
  findings: Record<FindingStatus, SeverityCounts>;
  /** Errors that count for the MQM score: open and confirmed findings, by occurrence. */
  scored: { severity: Severity; category: string; count: number }[];
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** Everyone who annotated, edited or decided a finding here, by name. */
  reviewers: string[];
  state: ReviewState;
}

export interface ListFilter {
  system?: string;
  state?: ReviewState;
  /** Only documents with an open or confirmed finding of at least this severity. */
  minSeverity?: Severity;
  query?: string;
}

const RANK: Record<Severity, number> = { neutral: 0, minor: 1, major: 2, critical: 3 };

function zeroCounts(): SeverityCounts {
  return { neutral: 0, minor: 0, major: 0, critical: 0 };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function listDocuments(db: Db, filter: ListFilter = {}): ListedDocument[] {
  let rows = listTranslations(db);
  if (filter.system !== undefined) rows = rows.filter((r) => r.system === filter.system);
  if (filter.query !== undefined && filter.query.trim() !== '') {
    const found = searchTranslations(db, filter.query);
    rows = rows.filter((r) => found.has(r.id));
  }

  const counts = new Map<number, Record<FindingStatus, SeverityCounts>>();
  for (const c of db
    .prepare('SELECT translation_id AS id, status, severity, count(*) AS n FROM findings WHERE stale = 0 GROUP BY 1, 2, 3')
    .all() as { id: number; status: FindingStatus; severity: Severity; n: number }[]) {
    let byStatus = counts.get(c.id);
    if (!byStatus) counts.set(c.id, (byStatus = { open: zeroCounts(), confirmed: zeroCounts(), dismissed: zeroCounts() }));
    if (SEVERITIES.includes(c.severity)) byStatus[c.status][c.severity] += c.n;
  }
  const scored = new Map<number, ListedDocument['scored']>();
  for (const s of db
    .prepare(
      `SELECT translation_id AS id, severity, category, sum(count) AS count FROM findings
       WHERE stale = 0 AND status <> 'dismissed' GROUP BY 1, 2, 3`,
    )
    .all() as { id: number; severity: Severity; category: string; count: number }[]) {
    pushTo(scored, s.id, { severity: s.severity, category: s.category, count: s.count });
  }
  const meta = new Map(
    (
      db
        .prepare(
          `SELECT t.id, s.content_hash AS sourceHash, u.name AS reviewedBy, t.reviewed_at AS reviewedAt
           FROM translations t JOIN sources s ON s.id = t.source_id LEFT JOIN users u ON u.id = t.reviewed_by`,
        )
        .all() as { id: number; sourceHash: string; reviewedBy: string | null; reviewedAt: string | null }[]
    ).map((m) => [m.id, m]),
  );
  const reviewers = new Map<number, string[]>();
  for (const r of db
    .prepare(
      `SELECT DISTINCT w.tid AS id, u.name FROM (
         SELECT translation_id AS tid, user_id AS uid FROM annotations WHERE origin = 'review'
         UNION SELECT translation_id, user_id FROM segment_edits
         UNION SELECT translation_id, decided_by FROM findings
       ) w JOIN users u ON u.id = w.uid ORDER BY u.name`,
    )
    .all() as { id: number; name: string }[]) {
    pushTo(reviewers, r.id, r.name);
  }

  const listed = rows.map((r): ListedDocument => {
    const m = meta.get(r.id);
    const who = reviewers.get(r.id) ?? [];
    const reviewedAt = m?.reviewedAt ?? null;
    return {
      ...r,
      sourceHash: m?.sourceHash ?? '',
      findings: counts.get(r.id) ?? { open: zeroCounts(), confirmed: zeroCounts(), dismissed: zeroCounts() },
      scored: scored.get(r.id) ?? [],
      reviewedBy: m?.reviewedBy ?? null,
      reviewedAt,
      reviewers: who,
      state: reviewedAt !== null ? 'reviewed' : who.length > 0 ? 'in-progress' : 'new',
    };
  });
  return listed.filter(
    (d) =>
      (filter.state === undefined || d.state === filter.state) &&
      (filter.minSeverity === undefined ||
        SEVERITIES.some((s) => RANK[s] >= RANK[filter.minSeverity!] && d.findings.open[s] + d.findings.confirmed[s] > 0)),
  );
}
