import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../server/store/db.ts';
import { addAnnotation } from '../../server/store/review-annotations.ts';
import { findUser } from '../../server/users/accounts.ts';
import { Browser, csrfOf, importDocs, postForm, start, user, type Running } from './harness.ts';
import { NEWS } from './fixtures.ts';

// The review page is kept rendered until the store changes. It must never show anything old
// (after a write by this server or by another process) nor anyone else's name or token.

let dir: string;
let r: Running;
let rita: Browser;
let rob: Browser;
let doc: number;
const dbFile = () => join(dir, 'store.db');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xinda-page-cache-'));
  r = await start({ db: openDb(dbFile()) });
  importDocs(r.db, [NEWS]);
  doc = r.db.prepare('SELECT id FROM translations').pluck().get() as number;
  rita = new Browser(r.base);
  await rita.login('rita', user(r.db, 'rita'));
  rob = new Browser(r.base);
  await rob.login('rob', user(r.db, 'rob'));
});
afterAll(async () => {
  await r.close();
  r.db.close();
  rmSync(dir, { recursive: true, force: true });
});

const page = async (b: Browser, path = `/doc/${doc}`) => (await b.get(path)).text();
const requestKey = (html: string) => /name="request" value="([\w-]{43})"/.exec(html)![1]!;

describe('the cached review page', () => {
  it("gives every view its session's token, a fresh request key and its user's name", async () => {
    const res = await rita.get(`/doc/${doc}`);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    await res.text();
    const [a, b] = [await page(rita), await page(rita)];
    const token = await csrfOf(rita, `/doc/${doc}`);
    expect(a.match(/name="_csrf" value="([\w-]{43})"/g)!.every((m) => m.endsWith(`"${token}"`))).toBe(true);
    expect(requestKey(a)).not.toBe(requestKey(b));
    expect(a.replace(requestKey(a), '')).toBe(b.replace(requestKey(b), ''));
    const other = await page(rob);
    expect(other).toContain('<strong class="user-name">rob</strong>');
    expect(other).not.toContain(token);
    expect(other).toContain(`value="${await csrfOf(rob, `/doc/${doc}`)}"`);
    expect(await page(rita, `/doc/${doc}?lang=en`)).toContain('<h2>Automatic findings</h2>');
    expect(await page(rita)).toContain('<h2>自动检查结果</h2>');
  });

  it('shows a write made through the site at once', async () => {
    await page(rita);
    await postForm(rita, `/doc/${doc}/annotations`, { side: 'target', para: '1', quote: '日内瓦', category: 'Accuracy/Mistranslation', severity: 'major', comment: 'first' });
    expect(await page(rita)).toContain('Accuracy/Mistranslation · 严重 · rita: first');
    expect(await page(rob)).toContain('Accuracy/Mistranslation · 严重 · rita: first');
  });

  it('shows a write made by another process (another connection to the store) at once', async () => {
    expect(await page(rob)).not.toContain('from the command line');
    const other = openDb(dbFile());
    const rob_ = findUser(other, 'rob')!;
    addAnnotation(other, { translationId: doc, side: 'target', para: 2, start: 0, end: 2, category: 'Style/Awkward', severity: 'minor', comment: 'from the command line', user: { id: rob_.id, name: rob_.name, role: rob_.role } });
    other.close();
    expect(await page(rob)).toContain('from the command line');
  });
});
