import express from 'express';
import type { Db } from '../../store/db.ts';
import { clearSessionCookie, deleteSession, type CookieSettings } from '../sessions.ts';

/** POST /logout; mounted behind requireLogin and requireCsrf, so a foreign page cannot log a user out. */
export function logoutRoutes(db: Db, cookies: CookieSettings): express.Router {
  const router = express.Router();
  router.post('/logout', (_req, res) => {
    const session = res.locals.session;
    if (session) deleteSession(db, session.tokenHash);
    clearSessionCookie(res, cookies);
    res.redirect(303, res.locals.link('/login'));
  });
  return router;
}
