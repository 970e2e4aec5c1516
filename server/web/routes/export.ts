import express, { type Response } from 'express';
import type { Db } from '../../store/db.ts';
import { nowIso } from '../../store/db.ts';
import { editsTsv, loadReviewDocs, mqmTsv, reviewJson, type ReviewDoc } from '../../export/review-export.ts';
import { routeId } from '../form.ts';
import { HttpError } from '../http-error.ts';

type Format = (docs: ReviewDoc[]) => { body: string; type: string; ext: string };

const FORMATS: Record<string, Format> = {
  'annotations.json': (docs) => ({ body: reviewJson(docs, nowIso()), type: 'application/json; charset=utf-8', ext: 'review.json' }),
  'mqm.tsv': (docs) => ({ body: mqmTsv(docs), type: 'text/tab-separated-values; charset=utf-8', ext: 'mqm.tsv' }),
  'edits.tsv': (docs) => ({ body: editsTsv(docs), type: 'text/tab-separated-values; charset=utf-8', ext: 'edits.tsv' }),
};

function formatOf(file: unknown): Format | undefined {
  return typeof file === 'string' && Object.hasOwn(FORMATS, file) ? FORMATS[file] : undefined;
}

function send(res: Response, format: Format, docs: ReviewDoc[], name: string): void {
  const { body, type, ext } = format(docs);
  // The name comes from a source key: keep it to safe characters for the header.
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80) || 'xinda';
  res.type(type).attachment(`${safe}.${ext}`).send(body);
}

/** GET /export/FILE (the whole corpus) and /doc/:id/export/FILE; FILE is annotations.json, mqm.tsv or edits.tsv. */
export function exportRoutes(db: Db): express.Router {
  const router = express.Router();
  router.get('/export/:file', (req, res) => {
    const format = formatOf(req.params.file);
    if (!format) throw new HttpError(404, 'error.notFound');
    const ids = db.prepare('SELECT t.id FROM translations t JOIN sources s ON s.id = t.source_id ORDER BY s.key, t.system').pluck().all() as number[];
    send(res, format, loadReviewDocs(db, ids), 'xinda-corpus');
  });
  router.get('/doc/:id/export/:file', (req, res) => {
    const format = formatOf(req.params.file);
    if (!format) throw new HttpError(404, 'error.notFound');
    const docs = loadReviewDocs(db, [routeId(req.params.id)]);
    const first = docs[0];
    if (!first) throw new HttpError(404, 'error.notFound');
    send(res, format, docs, `${first.view.translation.sourceKey}-${first.view.translation.system}`);
  });
  return router;
}
