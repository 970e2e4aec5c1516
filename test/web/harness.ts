import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp, type AppOptions } from '../../server/web/app.ts';
import { openDb, type Db } from '../../server/store/db.ts';
import { addUser, type Role } from '../../server/users/accounts.ts';
import { writeImport } from '../../server/store/import-writer.ts';
import type { ImportDoc } from '../../server/model.ts';

// Starts the real app on a random port and drives it with fetch, keeping cookies like a browser.

export interface Running {
  base: string;
  db: Db;
  /** The app's clock; tests move it to expire sessions and limits. */
  clock: { now: number };
  close(): Promise<void>;
}

export async function start(opts: { db?: Db; app?: Omit<AppOptions, 'now'> } = {}): Promise<Running> {
  const db = opts.db ?? openDb(':memory:');
  const clock = { now: Date.parse('2025-03-01T08:00:00Z') };
  const app = createApp(db, { ...opts.app, now: () => clock.now });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    db,
    clock,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

export function user(db: Db, name: string, role: Role = 'reviewer'): string {
  return addUser(db, name, role, 'test').password;
}

export function importDocs(db: Db, docs: ImportDoc[]): void {
  writeImport(db, docs, { paths: ['test'] });
}

export class Browser {
  readonly cookies = new Map<string, string>();

  constructor(private readonly base: string) {}

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = decodeURIComponent(pair.slice(eq + 1).trim());
      if (/max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');
    return cookie ? { cookie, ...extra } : extra;
  }

  async get(path: string): Promise<Response> {
    const res = await fetch(this.base + path, { redirect: 'manual', headers: this.headers() });
    this.remember(res);
    return res;
  }

  async post(path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(this.base + path, {
      method: 'POST',
      redirect: 'manual',
      headers: this.headers(headers),
      body: new URLSearchParams(form),
    });
    this.remember(res);
    return res;
  }

  /** Fetches the login form and posts it, as a person would. */
  async login(name: string, password: string, next?: string): Promise<Response> {
    const page = await (await this.get('/login')).text();
    return this.post('/login', { csrf: hiddenField(page, 'csrf'), name, password, ...(next !== undefined && { next }) });
  }
}

export function hiddenField(html: string, name: string): string {
  const m = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!m?.[1]) throw new Error(`no hidden field ${name} in page`);
  return m[1];
}

/** The session's CSRF token, as a page hands it to its forms. */
export async function csrfOf(b: Browser, path = '/'): Promise<string> {
  return hiddenField(await (await b.get(path)).text(), '_csrf');
}

/** Posts a form with the browser's CSRF token, as the page's own forms do. */
export async function postForm(b: Browser, path: string, form: Record<string, string>, csrf?: string): Promise<Response> {
  return b.post(path, { _csrf: csrf ?? (await csrfOf(b)), ...form });
}
