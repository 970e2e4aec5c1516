import type { Request, RequestHandler, Response } from 'express';
import { parseCookies, serializeCookie } from './cookies.ts';
import { HttpError } from './http-error.ts';
import type { CookieSettings } from './sessions.ts';
import { looksLikeToken, randomToken, sameToken } from './tokens.ts';

// Two CSRF defences. With a session, every state-changing request must echo the session's
// token (synchroniser token). Before login there is no session to tie a token to, so the
// login form uses a double-submit pair: a random cookie and a hidden field that must match.
// A cross-site form cannot read our cookie to copy it into the field, so login CSRF (logging
// a victim into the attacker's account) fails.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const PRE_SESSION_COOKIE = 'xinda_csrf_pre';
const PRE_SESSION_TTL_S = 2 * 60 * 60;

function submittedToken(req: Request): string | undefined {
  const header = req.get('x-csrf-token');
  if (header !== undefined) return header;
  const body: unknown = req.body;
  if (body && typeof body === 'object' && '_csrf' in body && typeof body._csrf === 'string') return body._csrf;
  return undefined;
}

/** Rejects unsafe methods whose token does not match the session's (runs after requireLogin). */
export function requireCsrf(): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const session = res.locals.session;
    if (!session) return next(new HttpError(401, 'error.unauthorized'));
    if (!sameToken(submittedToken(req), session.csrf)) return next(new HttpError(403, 'error.csrf'));
    next();
  };
}

/** The login form's token: reuses the browser's pre-session cookie so several open tabs keep working. */
export function issueLoginToken(req: Request, res: Response, cookies: CookieSettings): string {
  const existing = parseCookies(req.headers.cookie).get(PRE_SESSION_COOKIE);
  if (looksLikeToken(existing)) return existing;
  const token = randomToken();
  res.append(
    'Set-Cookie',
    serializeCookie(PRE_SESSION_COOKIE, token, { maxAgeSeconds: PRE_SESSION_TTL_S, path: '/login', secure: cookies.secure }),
  );
  return token;
}

export function loginTokenMatches(req: Request, field: unknown): boolean {
  const cookie = parseCookies(req.headers.cookie).get(PRE_SESSION_COOKIE);
  return looksLikeToken(cookie) && typeof field === 'string' && sameToken(field, cookie);
}

export function clearLoginToken(res: Response, cookies: CookieSettings): void {
  res.append('Set-Cookie', serializeCookie(PRE_SESSION_COOKIE, '', { maxAgeSeconds: 0, path: '/login', secure: cookies.secure }));
}
