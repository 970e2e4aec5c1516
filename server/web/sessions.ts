import type { RequestHandler, Response } from 'express';
import type { Db } from '../store/db.ts';
import type { Role, User } from '../users/accounts.ts';
import { parseCookies, serializeCookie } from './cookies.ts';
import { looksLikeToken, randomToken, sha256Hex } from './tokens.ts';
import { statement } from '../store/statements.ts';
import './locals.ts';

// Server-side sessions in SQLite. The browser holds a random token; the table holds only
// its sha256, so a leaked database (or backup) does not hand out live sessions.

export const SESSION_COOKIE = 'xinda_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export type Clock = () => number;

export interface WebSession {
  tokenHash: string;
  /** The per-session CSRF token every POST must echo. */
  csrf: string;
  user: User;
  expiresAt: string;
}

export interface CookieSettings {
  secure: boolean;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Creates a session for the user and returns the token for the cookie. */
export function createSession(db: Db, userId: number, now: number): { token: string; csrf: string } {
  const token = randomToken();
  const csrf = randomToken();
  db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(iso(now));
  db.prepare('INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(
    sha256Hex(token),
    userId,
    csrf,
    iso(now),
    iso(now + SESSION_TTL_MS),
  );
  return { token, csrf };
}

/** The live session for a token; an expired one is deleted on sight. */
export function findSession(db: Db, token: string, now: number): WebSession | undefined {
  const tokenHash = sha256Hex(token);
  const row = statement(
    db,
    `SELECT s.csrf, s.expires_at AS expiresAt, u.id, u.name, u.role
     FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`,
  ).get(tokenHash) as { csrf: string; expiresAt: string; id: number; name: string; role: Role } | undefined;
  if (!row) return undefined;
  // ISO-8601 UTC strings of one length compare in time order.
  if (row.expiresAt <= iso(now)) {
    deleteSession(db, tokenHash);
    return undefined;
  }
  return { tokenHash, csrf: row.csrf, expiresAt: row.expiresAt, user: { id: row.id, name: row.name, role: row.role } };
}

export function deleteSession(db: Db, tokenHash: string): void {
  db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
}

export function sessionToken(cookieHeader: string | undefined): string | undefined {
  const token = parseCookies(cookieHeader).get(SESSION_COOKIE);
  return looksLikeToken(token) ? token : undefined;
}

export function setSessionCookie(res: Response, token: string, cookies: CookieSettings): void {
  res.append('Set-Cookie', serializeCookie(SESSION_COOKIE, token, { maxAgeSeconds: SESSION_TTL_MS / 1000, secure: cookies.secure }));
}

export function clearSessionCookie(res: Response, cookies: CookieSettings): void {
  res.append('Set-Cookie', serializeCookie(SESSION_COOKIE, '', { maxAgeSeconds: 0, secure: cookies.secure }));
}

/** Finds the request's session, if any, and puts it in res.locals.session. */
export function loadSession(db: Db, clock: Clock, cookies: CookieSettings): RequestHandler {
  return (req, res, next) => {
    const header = req.headers.cookie;
    const token = sessionToken(header);
    const session = token === undefined ? undefined : findSession(db, token, clock());
    if (session) res.locals.session = session;
    else if (parseCookies(header).has(SESSION_COOKIE)) clearSessionCookie(res, cookies);
    next();
  };
}
