import express from 'express';
import type { Db } from '../../store/db.ts';
import { listDocuments, REVIEW_STATES, type ListFilter, type ReviewState } from '../../store/document-list.ts';
import { MAX_QUERY_LENGTH } from '../../store/search.ts';
import { SEVERITIES, type Severity } from '../../model.ts';
import { mqmScore } from '../../report/mqm-score.ts';
import { countParagraphWords } from '../../report/source-words.ts';

function choice<T extends string>(raw: unknown, allowed: readonly T[]): T | undefined {
  return typeof raw === 'string' && (allowed as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

/** GET /: every translation with its findings, MQM score and review state; filters and full-text search. */
export function documentsRoutes(db: Db): express.Router {
  const router = express.Router();
  // Source words per source text (by content hash): the denominator of the MQM score.
  const words = new Map<string, number>();
  const wordsOf = (sourceId: number, hash: string): number => {
    let n = words.get(hash);
    if (n === undefined) {
      n = countParagraphWords(db.prepare('SELECT text FROM source_paragraphs WHERE source_id = ? ORDER BY idx').pluck().all(sourceId) as string[]);
      words.set(hash, n);
    }
    return n;
  };

  router.get('/', (req, res) => {
    const q = req.query;
    const system = typeof q['system'] === 'string' && q['system'] !== '' ? q['system'] : undefined;
    const state = choice<ReviewState>(q['status'], REVIEW_STATES);
    const minSeverity = choice<Severity>(q['severity'], SEVERITIES);
    const query = typeof q['q'] === 'string' ? q['q'].trim().slice(0, MAX_QUERY_LENGTH) : '';
    const filter: ListFilter = { ...(system && { system }), ...(state && { state }), ...(minSeverity && { minSeverity }), ...(query && { query }) };
    const rows = listDocuments(db, filter).map((d) => ({ ...d, score: mqmScore(d.scored, wordsOf(d.sourceId, d.sourceHash)) }));
    const systems = db.prepare('SELECT DISTINCT system FROM translations ORDER BY system').pluck().all() as string[];
    res.render('documents', { rows, systems, system: system ?? null, state: state ?? '', severity: minSeverity ?? '', query, states: REVIEW_STATES });
  });
  return router;
}
