import express from 'express';
import type { Db } from '../../store/db.ts';
import { setReviewed } from '../../store/review-status.ts';
import { requireRole, WRITERS } from '../auth.ts';
import { formField, routeId } from '../form.ts';
import { HttpError } from '../http-error.ts';
import { backToDoc, currentUser } from '../redirect.ts';

/** POST /doc/:id/review with reviewed=1 (mark reviewed) or reviewed=0 (withdraw the mark). */
export function reviewRoutes(db: Db): express.Router {
  const router = express.Router();
  router.post('/doc/:id/review', requireRole(...WRITERS), (req, res) => {
    const id = routeId(req.params.id);
    const flag = formField(req, 'reviewed');
    if (flag !== '1' && flag !== '0') throw new HttpError(400, 'error.badRequest');
    if (setReviewed(db, id, flag === '1', currentUser(res)) === 'not-found') throw new HttpError(404, 'error.notFound');
    backToDoc(res, id);
  });
  return router;
}
