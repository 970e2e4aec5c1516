import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requireLogin, requireRole, WRITERS } from '../../server/web/auth.ts';
import { requireCsrf } from '../../server/web/csrf.ts';
import { errorHandler } from '../../server/web/errors.ts';
import { i18n } from '../../server/web/i18n.ts';
import { createSession, loadSession, SESSION_COOKIE } from '../../server/web/sessions.ts';
import { sha256Hex } from '../../server/web/tokens.ts';
import { configureViews } from '../../server/web/views.ts';
import { openDb } from '../../server/store/db.ts';
import { Browser, hiddenField, start, user, type Running } from './harness.ts';

let r: Running;
let password: string;

beforeEach(async () => {
  r = await start();
  password = user(r.db, 'alice', 'reviewer');
});
afterEach(() => r.close());

const sessionCount = () => r.db.prepare('SELECT count(*) FROM sessions').pluck().get() as number;

describe('login', () => {
  it('sends an anonymous visitor to the login page, remembering where they were going', async () => {
    const b = new Browser(r.base);
    const res = await b.get('/doc/1?lang=en');
    expect(res.status).toBe(302);
    const to = new URL(res.headers.get('location')!, r.base);
    expect(to.pathname).toBe('/login');
    expect(to.searchParams.get('next')).toBe('/doc/1?lang=en');
    expect(to.searchParams.get('lang')).toBe('en');
  });

  it('shows a form whose CSRF field matches an HttpOnly pre-session cookie', async () => {
    const b = new Browser(r.base);
    const res = await b.get('/login');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('<form method="post" action="/login">');
    expect(html).toContain('用户名');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('xinda_csrf_pre='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(hiddenField(html, 'csrf')).toBe(b.cookies.get('xinda_csrf_pre'));
  });

  it('logs in: a new hashed session, an audit entry, a redirect to next', async () => {
    const b = new Browser(r.base);
    const res = await b.login('alice', password, '/doc/7?lang=en');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/doc/7?lang=en');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=43200/);
    expect(cookie).not.toMatch(/Secure/);
    // the pre-session cookie is spent
    expect(b.cookies.has('xinda_csrf_pre')).toBe(false);

    const token = b.cookies.get(SESSION_COOKIE)!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = r.db.prepare('SELECT token_hash, expires_at, created_at FROM sessions').get() as Record<string, string>;
    expect(row['token_hash']).toBe(sha256Hex(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(Date.parse(row['expires_at']!) - Date.parse(row['created_at']!)).toBe(12 * 3600 * 1000);
    const audit = r.db.prepare("SELECT actor, action, entity FROM audit_log WHERE action = 'login'").all();
    expect(audit).toEqual([{ actor: 'alice', action: 'login', entity: 'user' }]);

    const home = await (await b.get('/')).text();
    expect(home).toContain('<strong class="user-name">alice</strong>');
    expect(home).toContain('审校员');
  });

  it('marks cookies Secure when asked', async () => {
    const secure = await start({ app: { secureCookies: true } });
    try {
      const pw = user(secure.db, 'carol');
      const b = new Browser(secure.base);
      const form = await b.get('/login');
      expect(form.headers.getSetCookie()[0]).toMatch(/; Secure$/);
      const res = await b.login('carol', pw);
      expect(res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))).toMatch(/; Secure$/);
    } finally {
      await secure.close();
    }
  });

  it('refuses a wrong password or an unknown name with the same message', async () => {
    for (const [name, pw] of [
      ['alice', 'wrong'],
      ['nobody', password],
    ] as const) {
      const b = new Browser(r.base);
      const res = await b.login(name, pw);
      expect(res.status).toBe(401);
      const html = await res.text();
      expect(html).toContain('用户名或密码错误。');
      expect(html).toContain(`value="${name}"`);
      expect(b.cookies.has(SESSION_COOKIE)).toBe(false);
    }
    expect(sessionCount()).toBe(0);
  });

  it('only follows local next targets', async () => {
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
      const res = await new Browser(r.base).login('alice', password, next);
      expect(res.headers.get('location')).toBe('/');
    }
  });

  it('locks out after 5 failures, even the right password, until the window passes', async () => {
    const b = new Browser(r.base);
    for (let i = 0; i < 5; i++) expect((await b.login('alice', 'wrong')).status).toBe(401);
    const locked = await b.login('alice', password);
    expect(locked.status).toBe(429);
    expect(await locked.text()).toContain('登录失败次数过多，请在 15 分钟后再试。');
    expect(Number(locked.headers.get('retry-after'))).toBe(15 * 60);
    expect(b.cookies.has(SESSION_COOKIE)).toBe(false);

    r.clock.now += 15 * 60 * 1000;
    expect((await b.login('alice', password)).status).toBe(303);
  });

  it('says so in English too', async () => {
    const b = new Browser(r.base);
    for (let i = 0; i < 5; i++) await b.login('alice', 'wrong');
    const page = await (await b.get('/login?lang=en')).text();
    const res = await b.post('/login?lang=en', { csrf: hiddenField(page, 'csrf'), name: 'alice', password });
    expect(res.status).toBe(429);
    expect(await res.text()).toContain('Too many failed logins. Try again in 15 minutes.');
  });

  it('resets the failure count on success', async () => {
    const attempt = (pw: string) => new Browser(r.base).login('alice', pw);
    for (let i = 0; i < 4; i++) await attempt('wrong');
    expect((await attempt(password)).status).toBe(303);
    for (let i = 0; i < 4; i++) expect((await attempt('wrong')).status).toBe(401);
    expect((await attempt(password)).status).toBe(303);
  });

  it('rejects a login without the matching CSRF pair (login CSRF)', async () => {
    const b = new Browser(r.base);
    const page = await (await b.get('/login')).text();
    const token = hiddenField(page, 'csrf');

    const missing = await b.post('/login', { name: 'alice', password });
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain('登录表单已过期或无效');

    const other = 'A'.repeat(43);
    expect((await b.post('/login', { csrf: other, name: 'alice', password })).status).toBe(403);

    // a cross-site form can send the field but has no way to send our cookie
    const noCookie = await fetch(`${r.base}/login`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({ csrf: token, name: 'alice', password }),
    });
    expect(noCookie.status).toBe(403);
    expect(sessionCount()).toBe(0);
  });

  it('replaces an existing session on login (no fixation)', async () => {
    const other = new Browser(r.base);
    await other.login('alice', password);
    const planted = other.cookies.get(SESSION_COOKIE)!;

    const b = new Browser(r.base);
    const form = await (await b.get('/login')).text();
    b.cookies.set(SESSION_COOKIE, planted);
    expect((await b.post('/login', { csrf: hiddenField(form, 'csrf'), name: 'alice', password })).status).toBe(303);
    const fresh = b.cookies.get(SESSION_COOKIE)!;
    expect(fresh).not.toBe(planted);
    expect(r.db.prepare('SELECT token_hash FROM sessions').pluck().all()).toEqual([sha256Hex(fresh)]);
    expect((await other.get('/')).status).toBe(302);
  });
});

describe('sessions', () => {
  it('rejects and deletes an expired session', async () => {
    const b = new Browser(r.base);
    await b.login('alice', password);
    r.clock.now += 12 * 3600 * 1000 - 1000;
    expect((await b.get('/')).status).toBe(200);
    r.clock.now += 1000;
    const res = await b.get('/');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/login?next=%2F');
    expect(sessionCount()).toBe(0);
    expect(b.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('ignores an unknown token', async () => {
    const b = new Browser(r.base);
    b.cookies.set(SESSION_COOKIE, 'x'.repeat(43));
    expect((await b.get('/')).status).toBe(302);
  });
});

describe('logout', () => {
  it('needs the session CSRF token', async () => {
    const b = new Browser(r.base);
    await b.login('alice', password);
    const missing = await b.post('/logout', {});
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain('CSRF');
    expect((await b.post('/logout', { _csrf: 'wrong' })).status).toBe(403);
    expect((await b.post('/logout', {}, { 'x-csrf-token': 'wrong' })).status).toBe(403);
    expect(sessionCount()).toBe(1);
    expect((await b.get('/')).status).toBe(200);
  });

  it('deletes the session', async () => {
    const b = new Browser(r.base);
    await b.login('alice', password);
    const csrf = hiddenField(await (await b.get('/')).text(), '_csrf');
    const res = await b.post('/logout', { _csrf: csrf });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login');
    expect(sessionCount()).toBe(0);
    expect(b.cookies.has(SESSION_COOKIE)).toBe(false);
    expect((await b.get('/')).status).toBe(302);
  });

  it('accepts the token in the x-csrf-token header', async () => {
    const b = new Browser(r.base);
    await b.login('alice', password);
    const csrf = hiddenField(await (await b.get('/')).text(), '_csrf');
    expect((await b.post('/logout', {}, { 'x-csrf-token': csrf })).status).toBe(303);
    expect(sessionCount()).toBe(0);
  });

  it('answers 401 to a POST without a session', async () => {
    const res = await new Browser(r.base).post('/logout', { _csrf: 'x' });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('请先登录。');
  });
});

describe('requireRole', () => {
  // A write route as later issues will add them: login, CSRF, then the role check.
  it('lets reviewers and admins write, and refuses viewers', async () => {
    const db = openDb(':memory:');
    const app = express();
    configureViews(app);
    app.use(i18n());
    app.use(express.urlencoded({ extended: false }));
    app.use(loadSession(db, Date.now, { secure: false }));
    app.use(requireLogin());
    app.use(requireCsrf());
    app.post('/write', requireRole(...WRITERS), (_req, res) => {
      res.send('written');
    });
    app.use(errorHandler());
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const post = (role: string) => {
        user(db, role, role as 'admin' | 'reviewer' | 'viewer');
        const id = db.prepare('SELECT id FROM users WHERE name = ?').pluck().get(role) as number;
        const { token, csrf } = createSession(db, id, Date.now());
        return fetch(`${base}/write`, {
          method: 'POST',
          headers: { cookie: `${SESSION_COOKIE}=${token}`, 'x-csrf-token': csrf },
        });
      };
      const viewer = await post('viewer');
      expect(viewer.status).toBe(403);
      expect(await viewer.text()).toContain('你的角色无权执行此操作。');
      for (const role of ['reviewer', 'admin']) {
        const res = await post(role);
        expect(res.status).toBe(200);
        expect(await res.text()).toBe('written');
      }
      expect((await fetch(`${base}/write`, { method: 'POST' })).status).toBe(401);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
