import express from 'express';
import type { Db } from '../../store/db.ts';
import { AccountError, addUser, listUsers, resetPassword, ROLES, type Role } from '../../users/accounts.ts';
import { requireRole } from '../auth.ts';
import { formField, routeId } from '../form.ts';
import { HttpError } from '../http-error.ts';
import { currentUser } from '../redirect.ts';

const AUDIT_ROWS = 200;

/**
 * Admin pages: /admin/users lists accounts, adds one (its generated password is shown once,
 * in the answer to the POST, never stored) and makes new passwords; /admin/audit shows the
 * newest entries of the audit log.
 */
export function userRoutes(db: Db): express.Router {
  const router = express.Router();
  router.use('/admin', requireRole('admin'));

  const page = (res: express.Response, status: number, extra: { created?: { name: string; password: string }; error?: string } = {}) =>
    res.status(status).render('users', { users: listUsers(db), roles: ROLES, created: extra.created ?? null, error: extra.error ?? null });

  router.get('/admin/users', (_req, res) => page(res, 200));

  router.post('/admin/users', (req, res) => {
    const name = (formField(req, 'name') ?? '').trim();
    const role = formField(req, 'role') as Role | undefined;
    if (role === undefined || !ROLES.includes(role)) throw new HttpError(400, 'error.badRequest');
    try {
      const { user, password } = addUser(db, name, role, currentUser(res).name);
      page(res, 201, { created: { name: user.name, password } });
    } catch (e) {
      if (e instanceof AccountError) return page(res, 400, { error: e.message });
      throw e;
    }
  });

  router.post('/admin/users/:uid/password', (req, res) => {
    const uid = routeId(req.params.uid);
    const user = listUsers(db).find((u) => u.id === uid);
    if (!user) throw new HttpError(404, 'error.notFound');
    page(res, 200, { created: { name: user.name, password: resetPassword(db, user.name, currentUser(res).name) } });
  });

  router.get('/admin/audit', (_req, res) => {
    const entries = db
      .prepare('SELECT id, at, actor, action, entity, entity_id AS entityId, before, after FROM audit_log ORDER BY id DESC LIMIT ?')
      .all(AUDIT_ROWS) as { id: number; at: string; actor: string; action: string; entity: string; entityId: number | null; before: string | null; after: string | null }[];
    res.render('audit', { entries });
  });
  return router;
}
