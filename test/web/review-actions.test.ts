import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../server/checks/config.ts';
import { EMPTY_REFERENCE } from '../../server/checks/reference.ts';
import { RULES } from '../../server/checks/rules/index.ts';
import { checkStored } from '../../server/pipeline/check-stored.ts';
import { findingsOf } from '../../server/store/findings.ts';
import { Browser, csrfOf, importDocs, postForm, start, user, type Running } from './harness.ts';
import { BRACKETED, NEWS, span } from './fixtures.ts';

// Every review action through HTTP, as the page's forms post them: what it stores, what the
// audit log says, what the page shows afterwards, and who may not do it.

const onlyBracket = () => resolveConfig(RULES.filter((r) => r.id === 'untranslated-bracket'));

let r: Running;
let rita: Browser; // reviewer
let rob: Browser; // reviewer
let vera: Browser; // viewer
let adam: Browser; // admin
let news: number;
let bracketed: number;

const one = <T>(sql: string, ...args: unknown[]) => r.db.prepare(sql).get(...args) as T;
const count = (sql: string, ...args: unknown[]) => r.db.prepare(sql).pluck().get(...args) as number;
const auditOf = (action: string) =>
  (r.db.prepare('SELECT actor, entity_id AS entityId, before, after FROM audit_log WHERE action = ? ORDER BY id').all(action) as {
    actor: string;
    entityId: number;
    before: string | null;
    after: string | null;
  }[]).map((a) => ({ ...a, before: a.before && JSON.parse(a.before), after: a.after && JSON.parse(a.after) }));

async function html(b: Browser, path: string): Promise<string> {
  return (await b.get(path)).text();
}

beforeAll(async () => {
  r = await start();
  importDocs(r.db, [NEWS, BRACKETED]);
  checkStored(r.db, onlyBracket(), EMPTY_REFERENCE);
  const ids = r.db.prepare("SELECT t.id FROM translations t JOIN sources s ON s.id = t.source_id ORDER BY s.key").pluck().all() as number[];
  [bracketed, news] = ids as [number, number];
  const login = async (name: string, role: 'reviewer' | 'viewer' | 'admin') => {
    const b = new Browser(r.base);
    expect((await b.login(name, user(r.db, name, role))).status).toBe(303);
    return b;
  };
  [rita, rob, vera, adam] = await Promise.all([login('rita', 'reviewer'), login('rob', 'reviewer'), login('vera', 'viewer'), login('adam', 'admin')]);
});
afterAll(() => r.close());

describe('findings: confirm, dismiss, reopen', () => {
  const findingId = (text: string) => findingsOf(r.db, bracketed).find((f) => f.text === text)!.id;

  it('confirms once: the second confirm (by anyone) changes nothing and logs nothing', async () => {
    const fid = findingId('[and]');
    const res = await postForm(rita, `/doc/${bracketed}/findings/${fid}/confirm`, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/doc/${bracketed}#finding-${fid}`);
    const row = one<{ status: string; decided_by: number; decided_at: string }>('SELECT status, decided_by, decided_at FROM findings WHERE id = ?', fid);
    expect(row.status).toBe('confirmed');
    expect(row.decided_by).toBe(count("SELECT id FROM users WHERE name = 'rita'"));
    expect(auditOf('finding.confirm')).toEqual([
      { actor: 'rita', entityId: fid, before: { status: 'open', reason: null }, after: expect.objectContaining({ status: 'confirmed', translationId: bracketed, text: '[and]' }) },
    ]);

    for (const b of [rita, rob]) expect((await postForm(b, `/doc/${bracketed}/findings/${fid}/confirm`, {})).status).toBe(303);
    expect(auditOf('finding.confirm')).toHaveLength(1);
    expect(one<{ decided_by: number }>('SELECT decided_by FROM findings WHERE id = ?', fid).decided_by).toBe(row.decided_by);

    const page = await html(rita, `/doc/${bracketed}?lang=en`);
    expect(page).toMatch(new RegExp(`<li id="finding-${fid}" class="finding status-confirmed"[\\s\\S]*?<div class="decided">confirmed · by rita, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC</div>`));
  });

  it('dismisses with a reason, idempotently, and a later check run does not raise it again', async () => {
    const fid = findingId('[spring]');
    const dismiss = () => postForm(rita, `/doc/${bracketed}/findings/${fid}/dismiss`, { reason: '  house style keeps it  ' });
    expect((await dismiss()).status).toBe(303);
    expect((await dismiss()).status).toBe(303);
    expect(one('SELECT status, reason FROM findings WHERE id = ?', fid)).toEqual({ status: 'dismissed', reason: 'house style keeps it' });
    expect(auditOf('finding.dismiss')).toEqual([
      { actor: 'rita', entityId: fid, before: { status: 'open', reason: null }, after: expect.objectContaining({ status: 'dismissed', reason: 'house style keeps it' }) },
    ]);

    const page = await html(rita, `/doc/${bracketed}`);
    expect(page).toContain('<div class="reason">理由: house style keeps it</div>');
    // dismissed: listed, but no longer marked in the text
    expect(page).not.toMatch(new RegExp(`<mark[^>]*data-finding="${fid}"`));

    checkStored(r.db, onlyBracket(), EMPTY_REFERENCE);
    const after = findingsOf(r.db, bracketed).filter((f) => f.text === '[spring]');
    expect(after.map((f) => [f.id, f.status])).toEqual([[fid, 'dismissed']]);
  });

  it('reopens a decision, and a dismissal without a reason keeps none', async () => {
    const fid = findingId('[and]');
    expect((await postForm(rob, `/doc/${bracketed}/findings/${fid}/reopen`, {})).status).toBe(303);
    expect(one('SELECT status, reason, decided_by AS by FROM findings WHERE id = ?', fid)).toEqual({ status: 'open', reason: null, by: null });
    expect(auditOf('finding.reopen').map((a) => [a.actor, a.before.status, a.after.status])).toEqual([['rob', 'confirmed', 'open']]);
    expect((await postForm(rob, `/doc/${bracketed}/findings/${fid}/dismiss`, { reason: '' })).status).toBe(303);
    expect(one('SELECT status, reason FROM findings WHERE id = ?', fid)).toEqual({ status: 'dismissed', reason: null });
    expect((await postForm(rob, `/doc/${bracketed}/findings/${fid}/reopen`, {})).status).toBe(303);
  });

  it.each([
    ['an unknown finding', () => `/doc/${bracketed}/findings/99999/confirm`],
    ['a finding of another document', () => `/doc/${news}/findings/${findingId('[and]')}/confirm`],
    ['an unknown action', () => `/doc/${bracketed}/findings/${findingId('[and]')}/approve`],
    ['a non-numeric id', () => `/doc/${bracketed}/findings/1e3/confirm`],
  ])('answers 404 for %s', async (_what, path) => {
    expect((await postForm(rita, path(), {})).status).toBe(404);
  });
});

describe('annotations', () => {
  const para2 = NEWS.translations[0]!.paragraphs[1]!; // starts with 𠮷, outside the BMP
  const en1 = NEWS.source!.paragraphs[0]!;
  const last = () => one<Record<string, unknown>>('SELECT side, para, start, end, text, category, severity, comment, author, origin FROM annotations ORDER BY id DESC LIMIT 1');

  it('stores a selection at its code-point offsets, checked against the selected text, and marks it on the page', async () => {
    const s = span(para2, '外交部长');
    const res = await postForm(rita, `/doc/${news}/annotations`, {
      side: 'target', para: '2', start: String(s.start), end: String(s.end), quote: s.text,
      category: 'Accuracy/Mistranslation', severity: 'major', comment: ' title ',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/doc/${news}#target-2`);
    expect(s.start).toBe(5); // 𠮷 counts one (its UTF-16 index is 6)
    expect(last()).toEqual({ side: 'target', para: 1, start: 5, end: 9, text: '外交部长', category: 'Accuracy/Mistranslation', severity: 'major', comment: 'title', author: 'rita', origin: 'review' });
    const id = count('SELECT max(id) FROM annotations');
    expect(auditOf('annotation.add').at(-1)).toEqual({ actor: 'rita', entityId: id, before: null, after: expect.objectContaining({ start: 5, end: 9, text: '外交部长' }) });
    const page = await html(rita, `/doc/${news}`);
    expect(page).toContain(`𠮷代表团由<mark class="ann sev-major" title="Accuracy/Mistranslation · 严重 · rita: title" data-ann="${id}">外交部长</mark>`);
  });

  it('finds typed text without a script (first occurrence, code points), on either side', async () => {
    expect((await postForm(rita, `/doc/${news}/annotations`, { side: 'target', para: '2', quote: '安娜', category: 'Terminology/Inconsistent', severity: 'minor' })).status).toBe(303);
    expect(last()).toMatchObject({ para: 1, start: 9, end: 11, text: '安娜', comment: null });
    expect((await postForm(rita, `/doc/${news}/annotations`, { side: 'source', para: '1', quote: 'second round', category: 'Accuracy/Omission', severity: 'critical' })).status).toBe(303);
    expect(last()).toMatchObject({ side: 'source', para: 0, ...span(en1, 'second round') });
  });

  it('stores a form posted twice (same request key) once', async () => {
    const before = count('SELECT count(*) FROM annotations');
    const page = await html(rita, `/doc/${news}`);
    const request = /name="request" value="([\w-]{43})"/.exec(page)![1]!;
    const form = { side: 'target', para: '3', quote: '联合声明', category: 'Style/Awkward', severity: 'minor', request };
    const [a, b] = await Promise.all([postForm(rita, `/doc/${news}/annotations`, form), postForm(rita, `/doc/${news}/annotations`, form)]);
    expect([a.status, b.status]).toEqual([303, 303]);
    expect(count('SELECT count(*) FROM annotations')).toBe(before + 1);
    // another reviewer's form with the same key is another form
    expect((await postForm(rob, `/doc/${news}/annotations`, form)).status).toBe(303);
    expect(count('SELECT count(*) FROM annotations')).toBe(before + 2);
  });

  it.each([
    ['an unknown category', { category: 'Accuracy/Made up' }, 400, '请从类别树中选择一个 MQM 类别。'],
    ['no category', { category: '' }, 400, '请从类别树中选择一个 MQM 类别。'],
    ['severity neutral', { severity: 'neutral' }, 400, '请选择严重程度'],
    ['a missing paragraph', { para: '9' }, 400, '没有这个段落。'],
    ['paragraph 0', { para: '0' }, 400, '没有这个段落。'],
    ['a bad side', { side: 'middle' }, 400, '请求无效。'],
    ['text the paragraph lacks', { quote: '不存在的文字' }, 400, '在这一段中找不到要标注的文字。'],
    ['no text', { quote: '  ' }, 400, '请填写要标注的文字。'],
    ['offsets past the end', { start: '3', end: '999', quote: '' }, 400, '标注范围无效。'],
    ['an empty span', { start: '3', end: '3', quote: '' }, 400, '标注范围无效。'],
    ['malformed offsets', { start: '-1', end: '3' }, 400, '请求无效。'],
    ['offsets that no longer hold the selected text', { start: '0', end: '2', quote: '安娜' }, 409, '这一段的文字已经变化'],
  ])('refuses %s', async (_what, change, status, message) => {
    const before = count('SELECT count(*) FROM annotations');
    const form = { side: 'target', para: '2', quote: '安娜', category: 'Accuracy/Mistranslation', severity: 'major', ...change };
    const res = await postForm(rita, `/doc/${news}/annotations`, form);
    expect(res.status).toBe(status);
    expect(await res.text()).toContain(message);
    expect(count('SELECT count(*) FROM annotations')).toBe(before);
  });

  it('lets the author (or an admin) delete a review annotation, never an imported one', async () => {
    const mine = count("SELECT max(id) FROM annotations WHERE author = 'rita'");
    const imported = count("SELECT min(id) FROM annotations WHERE origin = 'import'");
    const del = (b: Browser, id: number) => postForm(b, `/doc/${news}/annotations/${id}/delete`, {});
    expect((await del(rob, mine)).status).toBe(403);
    expect((await del(rita, imported)).status).toBe(403);
    expect((await del(adam, imported)).status).toBe(403);
    expect((await del(rita, mine)).status).toBe(303);
    expect(count('SELECT count(*) FROM annotations WHERE id = ?', mine)).toBe(0);
    expect(auditOf('annotation.delete').at(-1)).toMatchObject({ actor: 'rita', entityId: mine, before: { id: mine, author: 'rita', origin: 'review' } });
    const robs = count("SELECT max(id) FROM annotations WHERE author = 'rob'");
    expect((await del(adam, robs)).status).toBe(303);
    expect((await del(adam, robs)).status).toBe(404);
  });
});

describe('post-editing', () => {
  const mt = NEWS.translations[0]!.paragraphs[2]!; // 预计下周将发表联合声明。
  const versions = () => r.db.prepare('SELECT version, text, author FROM segment_edits WHERE translation_id = ? AND para = 2 ORDER BY version').all(news);

  it('saves an edit as version 1 and shows it as a character diff against the MT', async () => {
    const res = await postForm(rita, `/doc/${news}/paragraphs/3/edit`, { version: '0', text: '预计下周将发表一份联合声明。\r\n' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/doc/${news}#target-3`);
    expect(versions()).toEqual([{ version: 1, text: '预计下周将发表一份联合声明。', author: 'rita' }]);
    expect(auditOf('edit.save')).toEqual([
      { actor: 'rita', entityId: expect.any(Number), before: { version: 0, text: mt }, after: { translationId: news, para: 2, version: 1, text: '预计下周将发表一份联合声明。' } },
    ]);
    const page = await html(rita, `/doc/${news}`);
    expect(page).toContain('<p class="diff">预计下周将发表<ins>一份</ins>联合声明。</p>');
    // the next edit starts from version 1, inline (the script's form) or on the edit page
    expect(page).toContain(`<a class="edit-link" href="/doc/${news}/paragraphs/3/edit" data-version="1">修改本段</a>`);
    const form = await html(rita, `/doc/${news}/paragraphs/3/edit`);
    expect(form).toContain(NEWS.source!.paragraphs[2]); // the English it translates
    expect(form).toMatch(/<input type="hidden" name="version" value="1">\s*<textarea[^>]*>预计下周将发表一份联合声明。<\/textarea>/);
    expect((await vera.get(`/doc/${news}/paragraphs/3/edit`)).status).toBe(403);
    expect((await rita.get(`/doc/${news}/paragraphs/9/edit`)).status).toBe(404);
  });

  it('answers a save made on an old version with a conflict view showing both versions, and keeps theirs', async () => {
    const res = await postForm(rob, `/doc/${news}/paragraphs/3/edit`, { version: '0', text: '联合声明预计下周发表。' });
    expect(res.status).toBe(409);
    const page = await res.text();
    expect(page).toContain('<h1 lang="zh-Hans">修改冲突</h1>');
    expect(page).toMatch(/你在 v0 的基础上修改了第 3 段，但 rita 已在 \d{4}-\d\d-\d\d \d\d:\d\d UTC 保存了 v1。/);
    expect(page).toContain('预计下周将发表<ins>一份</ins>联合声明。'); // theirs against the MT
    expect(page).toContain(`<textarea name="text" rows="5" maxlength="5000" aria-label="修改第 3 段译文">联合声明预计下周发表。</textarea>`); // mine, to save deliberately
    expect(page).toContain('<input type="hidden" name="version" value="1">');
    expect(versions()).toHaveLength(1);
  });

  it('treats a resubmission of the stored text as done, and a deliberate save on the new version as version 2', async () => {
    expect((await postForm(rob, `/doc/${news}/paragraphs/3/edit`, { version: '0', text: '预计下周将发表一份联合声明。' })).status).toBe(303);
    expect(versions()).toHaveLength(1);
    expect((await postForm(rob, `/doc/${news}/paragraphs/3/edit`, { version: '1', text: '联合声明预计下周发表。' })).status).toBe(303);
    expect(versions()).toEqual([
      { version: 1, text: '预计下周将发表一份联合声明。', author: 'rita' },
      { version: 2, text: '联合声明预计下周发表。', author: 'rob' },
    ]);
    expect(auditOf('edit.save').at(-1)).toMatchObject({ actor: 'rob', before: { version: 1, text: '预计下周将发表一份联合声明。' }, after: { version: 2 } });
  });

  it('keeps the history: every version with its diffs, newest first', async () => {
    const page = await html(vera, `/doc/${news}/paragraphs/3/history`);
    expect(page).toContain('<h1>第 3 段的修改记录</h1>');
    const v2 = page.indexOf('<li id="v2">');
    const v1 = page.indexOf('<li id="v1">');
    expect(v2).toBeGreaterThan(0);
    expect(v1).toBeGreaterThan(v2);
    expect(page).toMatch(/<h3>v2 · rob · \d{4}-\d\d-\d\d \d\d:\d\d UTC<\/h3>/);
    expect((await vera.get(`/doc/${news}/paragraphs/99/history`)).status).toBe(404);
    expect((await vera.get(`/doc/999999/paragraphs/1/history`)).status).toBe(404);
  });

  it.each([
    ['an empty text', { version: '2', text: ' \n ' }, 400],
    ['no version', { text: '新文本' }, 400],
    ['a malformed version', { version: 'v2', text: '新文本' }, 400],
    ['a text over 5,000 characters', { version: '2', text: '字'.repeat(5001) }, 400],
  ])('refuses %s', async (_what, form, status) => {
    expect((await postForm(rita, `/doc/${news}/paragraphs/3/edit`, form)).status).toBe(status);
    expect(versions()).toHaveLength(2);
  });

  it('answers 404 for a paragraph the translation does not have', async () => {
    expect((await postForm(rita, `/doc/${news}/paragraphs/9/edit`, { version: '0', text: '新文本' })).status).toBe(404);
  });
});

describe('marking a document reviewed', () => {
  it('sets and withdraws the mark, idempotently, and the list shows the state', async () => {
    const mark = (b: Browser, v: string) => postForm(b, `/doc/${news}/review`, { reviewed: v });
    expect((await mark(rita, '1')).status).toBe(303);
    expect((await mark(rob, '1')).status).toBe(303);
    const row = one<{ by: string; at: string }>('SELECT u.name AS by, t.reviewed_at AS at FROM translations t JOIN users u ON u.id = t.reviewed_by WHERE t.id = ?', news);
    expect(row.by).toBe('rita');
    expect(auditOf('translation.reviewed')).toHaveLength(1);
    expect(await html(rita, `/doc/${news}`)).toMatch(/<span class="review-state state-reviewed">已审校：rita，\d{4}-\d\d-\d\d \d\d:\d\d UTC<\/span>/);
    expect(await html(rita, '/?status=reviewed')).toContain(`<a href="/doc/${news}">`);
    expect((await mark(rob, '0')).status).toBe(303);
    expect(count('SELECT count(*) FROM translations WHERE id = ? AND reviewed_at IS NULL', news)).toBe(1);
    expect(auditOf('translation.unreviewed')[0]).toMatchObject({ actor: 'rob', before: { by: 'rita' }, after: { reviewed: false } });
    expect((await mark(rob, 'yes')).status).toBe(400);
  });
});

describe('what may not happen', () => {
  const writes = (): [string, Record<string, string>][] => [
    [`/doc/${bracketed}/findings/${findingsOf(r.db, bracketed)[0]!.id}/confirm`, {}],
    [`/doc/${bracketed}/findings/${findingsOf(r.db, bracketed)[0]!.id}/dismiss`, { reason: 'x' }],
    [`/doc/${news}/annotations`, { side: 'target', para: '1', quote: '日内瓦', category: 'Accuracy/Mistranslation', severity: 'major' }],
    [`/doc/${news}/annotations/1/delete`, {}],
    [`/doc/${news}/paragraphs/1/edit`, { version: '0', text: '改过的文字。' }],
    [`/doc/${news}/review`, { reviewed: '1' }],
    ['/admin/users', { name: 'mallory', role: 'admin' }],
  ];
  const snapshot = () =>
    ['annotations', 'segment_edits', 'audit_log', 'users'].map((t) => count(`SELECT count(*) FROM ${t}`)).concat(
      count("SELECT count(*) FROM findings WHERE status <> 'open'"),
      count('SELECT count(*) FROM translations WHERE reviewed_at IS NOT NULL'),
    );

  it('refuses every write without a session (401), from a viewer (403), and without a valid CSRF token (403)', async () => {
    const before = snapshot();
    const anon = new Browser(r.base);
    // A token that was valid once: the token of a session that has since been logged out,
    // posted from the same user's new session.
    const pw = user(r.db, 'rita2', 'reviewer');
    const fresh = new Browser(r.base);
    await fresh.login('rita2', pw);
    const staleToken = await csrfOf(fresh);
    expect((await fresh.post('/logout', { _csrf: staleToken })).status).toBe(303);
    await fresh.login('rita2', pw);
    expect(await csrfOf(fresh)).not.toBe(staleToken);
    const freshAfter = snapshot();
    const viewerToken = await csrfOf(vera);
    const ritaToken = await csrfOf(rita);
    for (const [path, form] of writes()) {
      expect((await anon.post(path, { _csrf: ritaToken, ...form })).status, `anonymous ${path}`).toBe(401);
      const viewer = await vera.post(path, { _csrf: viewerToken, ...form });
      expect(viewer.status, `viewer ${path}`).toBe(403);
      expect(await viewer.text()).toContain('你的角色无权执行此操作。');
      expect((await rita.post(path, form)).status, `no token ${path}`).toBe(403);
      expect((await rita.post(path, { _csrf: viewerToken, ...form })).status, `another session's token ${path}`).toBe(403);
      expect((await rita.post(path, form, { 'x-csrf-token': 'x'.repeat(43) })).status, `wrong header ${path}`).toBe(403);
      const stale = await fresh.post(path, { _csrf: staleToken, ...form });
      expect(stale.status, `stale token ${path}`).toBe(403);
      expect(await stale.text()).toContain('CSRF');
    }
    expect(snapshot()).toEqual(freshAfter);
    // nothing but this test's own account and logins was added
    expect(snapshot().slice(0, 2)).toEqual(before.slice(0, 2));
    expect(snapshot().slice(4)).toEqual(before.slice(4));
  });

  it('accepts the token in the x-csrf-token header too', async () => {
    const res = await rita.post(`/doc/${news}/review`, { reviewed: '0' }, { 'x-csrf-token': await csrfOf(rita) });
    expect(res.status).toBe(303);
  });

  it('keeps the admin pages to admins', async () => {
    expect((await rita.get('/admin/users')).status).toBe(403);
    expect((await vera.get('/admin/audit')).status).toBe(403);
    expect((await adam.get('/admin/users')).status).toBe(200);
  });

  it('shows viewers no forms that write', async () => {
    const page = await html(vera, `/doc/${bracketed}`);
    expect(page).not.toContain('method="post" action="/doc/');
    expect(page).not.toContain('<textarea');
    expect(page).not.toContain('id="annotate-form"');
    expect(page).toContain('<code>untranslated-bracket</code>');
  });
});
