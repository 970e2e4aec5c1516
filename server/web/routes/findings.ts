import express from 'express';
import type { Db } from '../../store/db.ts';
import { decideFinding, type FindingStatus } from '../../store/finding-review.ts';
import { requireRole, WRITERS } from '../auth.ts';
import { formField, routeId } from '../form.ts';
import { HttpError } from '../http-error.ts';
import { backToDoc, currentUser } from '../redirect.ts';

const ACTIONS: Record<string, FindingStatus> = { confirm: 'confirmed', dismiss: 'dismissed', reopen: 'open' };

/** POST /doc/:id/findings/:fid/confirm | dismiss (optional reason) | reopen. */
export function findingRoutes(db: Db): express.Router {
  const router = express.Router();
  router.post('/doc/:id/findings/:fid/:action', requireRole(...WRITERS), (req, res) => {
    const action = req.params.action;
    const status = typeof action === 'string' && Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined;
    if (status === undefined) throw new HttpError(404, 'error.notFound');
    const translationId = routeId(req.params.id);
    const findingId = routeId(req.params.fid);
    const result = decideFinding(db, { translationId, findingId, status, reason: formField(req, 'reason') ?? '', user: currentUser(res) });
    if (result.kind === 'not-found') throw new HttpError(404, 'error.notFound');
    backToDoc(res, translationId, `finding-${findingId}`);
  });
  return router;
}
