import express from 'express';
import type { Db } from '../../store/db.ts';
import { loadDocument } from '../../store/documents.ts';
import { decisionsOf } from '../../store/finding-review.ts';
import { reviewMarkOf } from '../../store/review-status.ts';
import { WRITERS } from '../auth.ts';
import { buildDocPage } from '../doc-page.ts';
import { parseId } from '../form.ts';
import { HttpError } from '../http-error.ts';
import { categoryGroups, type CategoryTree } from '../mqm-categories.ts';
import { randomToken } from '../tokens.ts';

/** GET /doc/:id: source and translation side by side, with findings, annotations, edits and the review forms. */
export function documentRoutes(db: Db, categories: CategoryTree): express.Router {
  const router = express.Router();
  router.get('/doc/:id', (req, res, next) => {
    const id = parseId(req.params.id);
    const doc = id === undefined ? undefined : loadDocument(db, id);
    if (!doc) return next(new HttpError(404, 'error.notFound'));
    const user = res.locals.session!.user;
    res.render('doc', {
      doc,
      page: buildDocPage(doc, res.locals.t, decisionsOf(db, doc.translation.id)),
      canWrite: WRITERS.includes(user.role),
      me: user,
      review: reviewMarkOf(db, doc.translation.id),
      categories: categoryGroups(categories, res.locals.lang),
      // One per page view: the annotation form carries it, so posting the same form twice stores one annotation.
      requestKey: randomToken(),
    });
  });
  return router;
}
