import type { RequestHandler } from 'express';
import type { Role } from '../users/accounts.ts';
import { HttpError } from './http-error.ts';

/** Pages need a session: a GET is sent to the login page (and back afterwards), anything else gets 401. */
export function requireLogin(): RequestHandler {
  return (req, res, next) => {
    if (res.locals.session) return next();
    if (req.method === 'GET' || req.method === 'HEAD') {
      res.redirect(302, res.locals.link(`/login?next=${encodeURIComponent(req.originalUrl)}`));
      return;
    }
    next(new HttpError(401, 'error.unauthorized'));
  };
}

/** Lets only the given roles through; mount it on every route that writes (viewers only read). */
export function requireRole(...roles: Role[]): RequestHandler {
  return (_req, res, next) => {
    const session = res.locals.session;
    if (!session) return next(new HttpError(401, 'error.unauthorized'));
    if (!roles.includes(session.user.role)) return next(new HttpError(403, 'error.forbidden'));
    next();
  };
}

/** The roles allowed to change the store (annotations, edits, reviews). */
export const WRITERS: readonly Role[] = ['reviewer', 'admin'];
