import express from 'express';
import type { Db } from '../../store/db.ts';
import { loadDocument } from '../../store/documents.ts';
import { buildDocPage } from '../doc-page.ts';
import { HttpError } from '../http-error.ts';

/** Positive decimal ids only; `/doc/abc`, `/doc/1e3` and `/doc/-1` are simply not found. */
function parseId(raw: string): number | undefined {
  if (!/^[1-9][0-9]{0,15}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

/** GET /doc/:id: source and translation side by side, with annotations. */
export function documentRoutes(db: Db): express.Router {
  const router = express.Router();
  router.get('/doc/:id', (req, res, next) => {
    const id = parseId(req.params.id);
    const doc = id === undefined ? undefined : loadDocument(db, id);
    if (!doc) return next(new HttpError(404, 'error.notFound'));
    res.render('doc', { doc, page: buildDocPage(doc, res.locals.t) });
  });
  return router;
}
