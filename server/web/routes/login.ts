import express, { type Request, type Response } from 'express';
import type { Db } from '../../store/db.ts';
import { audit } from '../../store/audit.ts';
import { findUser } from '../../users/accounts.ts';
import { hashPassword, verifyPassword } from '../../users/passwords.ts';
import { clearLoginToken, issueLoginToken, loginTokenMatches } from '../csrf.ts';
import type { LoginLimiter } from '../login-limiter.ts';
import { createSession, deleteSession, setSessionCookie, type Clock, type CookieSettings } from '../sessions.ts';
import type { MessageKey } from '../i18n.ts';

export interface LoginDeps {
  db: Db;
  clock: Clock;
  cookies: CookieSettings;
  limiter: LoginLimiter;
}

const MAX_NAME = 64;
const MAX_PASSWORD = 1024;

/** Only local paths: `next` comes from the URL, and an absolute or `//host` target would be an open redirect. */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (/[\u0000-\u001f\u007f]/.test(next)) return '/';
  if (next === '/login' || next.startsWith('/login?')) return '/';
  return next;
}

// Checked against unknown names too, so a wrong name costs as long as a wrong password and
// response times do not tell which names exist.
let decoyHash: string | undefined;
function decoy(): string {
  decoyHash ??= hashPassword('xinda-decoy-password');
  return decoyHash;
}

function field(req: Request, name: string): string {
  const body: unknown = req.body;
  if (!body || typeof body !== 'object') return '';
  const value: unknown = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

export function loginRoutes(deps: LoginDeps): express.Router {
  const router = express.Router();

  const showForm = (req: Request, res: Response, status: number, next: string, error: string | null, name = '') => {
    const csrf = issueLoginToken(req, res, deps.cookies);
    res.status(status).render('login', { csrf, nextUrl: next, error, name });
  };

  router.get('/login', (req, res) => {
    const next = safeNext(req.query['next']);
    if (res.locals.session) {
      res.redirect(302, next);
      return;
    }
    showForm(req, res, 200, next, null);
  });

  router.post('/login', (req, res) => {
    const t = res.locals.t;
    const next = safeNext(field(req, 'next'));
    const name = field(req, 'name').trim().slice(0, MAX_NAME);
    const password = field(req, 'password').slice(0, MAX_PASSWORD);
    const fail = (status: number, key: MessageKey, vars?: Record<string, number>) => showForm(req, res, status, next, t(key, vars), name);

    if (!loginTokenMatches(req, field(req, 'csrf'))) return fail(403, 'login.expired');
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const wait = deps.limiter.retryAfter(ip, name);
    if (wait > 0) {
      res.set('Retry-After', String(Math.ceil(wait / 1000)));
      return fail(429, 'login.tooMany', { minutes: Math.ceil(wait / 60_000) });
    }
    const user = name ? findUser(deps.db, name) : undefined;
    const ok = verifyPassword(password, user?.pw_hash ?? decoy());
    if (!user || !ok) {
      deps.limiter.recordFailure(ip, name);
      return fail(401, 'login.failed');
    }

    deps.limiter.reset(ip, name);
    // A fresh token on every login (and the old session gone), so a token planted before login is worthless.
    const previous = res.locals.session;
    if (previous) deleteSession(deps.db, previous.tokenHash);
    const { token } = createSession(deps.db, user.id, deps.clock());
    setSessionCookie(res, token, deps.cookies);
    clearLoginToken(res, deps.cookies);
    audit(deps.db, { actor: user.name, userId: user.id, action: 'login', entity: 'user', entityId: user.id });
    res.redirect(303, next);
  });

  return router;
}
