import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, postForm, start, user, type Running } from './harness.ts';

// The admin pages: accounts (add with a one-time password, new password) and the audit log.

let r: Running;
let adam: Browser;

beforeAll(async () => {
  r = await start();
  adam = new Browser(r.base);
  await adam.login('adam', user(r.db, 'adam', 'admin'));
});
afterAll(() => r.close());

describe('user management', () => {
  it('adds an account and shows its generated password once; the password works', async () => {
    const res = await postForm(adam, '/admin/users', { name: 'nina', role: 'viewer' });
    expect(res.status).toBe(201);
    const html = await res.text();
    const password = /<code class="secret">([\w-]+)<\/code>/.exec(html)![1]!;
    expect(html).toContain('nina 的密码（只显示这一次，请转交本人）：');
    expect(r.db.prepare("SELECT role FROM users WHERE name = 'nina'").pluck().get()).toBe('viewer');
    expect((await adam.get('/admin/users')).status).toBe(200);
    expect(await (await adam.get('/admin/users')).text()).not.toContain(password);
    expect((await new Browser(r.base).login('nina', password)).status).toBe(303);
  });

  it.each([
    ['a taken name', { name: 'adam', role: 'reviewer' }, 400, 'user &#34;adam&#34; already exists'],
    ['a bad name', { name: 'a b', role: 'reviewer' }, 400, 'must be 1–64 letters'],
    ['a bad role', { name: 'zed', role: 'root' }, 400, '请求无效。'],
  ])('refuses %s', async (_what, form, status, message) => {
    const res = await postForm(adam, '/admin/users', form);
    expect(res.status).toBe(status);
    expect(await res.text()).toContain(message);
  });

  it('makes a new password, which ends the old sessions of that user', async () => {
    const pw = user(r.db, 'otto', 'reviewer');
    const otto = new Browser(r.base);
    await otto.login('otto', pw);
    const id = r.db.prepare("SELECT id FROM users WHERE name = 'otto'").pluck().get() as number;
    const html = await (await postForm(adam, `/admin/users/${id}/password`, {})).text();
    const fresh = /<code class="secret">([\w-]+)<\/code>/.exec(html)![1]!;
    expect(fresh).not.toBe(pw);
    expect((await otto.get('/')).status).toBe(302);
    expect((await new Browser(r.base).login('otto', fresh)).status).toBe(303);
    expect((await postForm(adam, '/admin/users/9999/password', {})).status).toBe(404);
  });

  it('shows the audit log with who, what and before/after, escaped', async () => {
    const html = await (await adam.get('/admin/audit?lang=en')).text();
    expect(html).toMatch(/<td>adam<\/td><td><code>user.add<\/code><\/td>\s*<td>user \d+<\/td>\s*<td><code class="json"><\/code><\/td><td><code class="json">\{&#34;name&#34;:&#34;nina&#34;,&#34;role&#34;:&#34;viewer&#34;\}<\/code><\/td>/);
  });
});
