import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { alignParagraphs } from '../../server/align/paragraphs.ts';
import { Browser, importDocs, start, user, type Running } from './harness.ts';
import { NEWS, SECOND_SYSTEM, UNEVEN } from './fixtures.ts';

let r: Running;
let b: Browser;
let ids: Record<string, number>;

beforeAll(async () => {
  r = await start();
  importDocs(r.db, [NEWS, SECOND_SYSTEM, UNEVEN]);
  ids = Object.fromEntries(
    (
      r.db
        .prepare('SELECT t.id, s.key || \'/\' || t.system AS k FROM translations t JOIN sources s ON s.id = t.source_id')
        .all() as { id: number; k: string }[]
    ).map((row) => [row.k, row.id]),
  );
  // Goes stale the way an import leaves it: the paragraph changed under the annotation.
  r.db
    .prepare(
      `INSERT INTO annotations (translation_id, side, para, start, end, text, category, severity, comment, author, origin, stale, stale_context, created_at)
       VALUES (?, 'target', 0, 2, 4, '谈判', 'Terminology/Wrong term', 'critical', 'old wording', 'rater3', 'review', 1, '两国谈判代表上周在日内瓦会面。', '2025-01-01T00:00:00Z')`,
    )
    .run(ids['news-1/mt-alpha']);
  b = new Browser(r.base);
  // Reading needs no more than the viewer role.
  expect((await b.login('vera', user(r.db, 'vera', 'viewer'))).status).toBe(303);
});
afterAll(() => r.close());

async function page(path: string): Promise<{ status: number; html: string }> {
  const res = await b.get(path);
  return { status: res.status, html: await res.text() };
}

/** The inner text of the element with this id (flat; fine for paragraphs). */
function paragraph(html: string, id: string): string {
  const m = new RegExp(`id="${id}"[^>]*>([\\s\\S]*?)</div>`).exec(html);
  if (!m?.[1]) throw new Error(`no #${id}`);
  return m[1];
}

describe('documents list', () => {
  it('lists every translation with its counts, and who is logged in', async () => {
    const { status, html } = await page('/');
    expect(status).toBe(200);
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).toContain('<h1>译文列表</h1>');
    const alpha = ids['news-1/mt-alpha']!;
    const noFindings = '<span class="n sev-critical">0</span> <span class="n sev-major">0</span> <span class="n sev-minor">0</span></td>\\s*';
    const row = new RegExp(
      `<a href="/doc/${alpha}">Talks resume in Geneva</a></td>\\s*<td>Example Times</td>\\s*<td>2025-02-28</td>\\s*` +
        `<td class="system">mt-alpha</td>\\s*<td class="num">3</td>\\s*` +
        `<td class="num counts open">${noFindings}<td class="num counts confirmed">${noFindings}<td class="num counts dismissed">${noFindings}` +
        `<td class="num">3</td>\\s*<td class="num">0</td>\\s*<td class="num score">0.00</td>\\s*<td class="state state-new">未开始</td>`,
    );
    expect(html).toMatch(row);
    expect(html).toContain(`<a href="/doc/${ids['news-1/mt-beta']}">`);
    expect(html).toContain(`<a href="/doc/${ids['uneven-1/mt-alpha']}">A statement is expected</a>`);
    expect(html).toContain('共 3 篇译文');
    expect(html).toContain('<strong class="user-name">vera</strong>');
    expect(html).toContain('只读');
    expect(html).toMatch(/<form class="logout" method="post" action="\/logout">\s*<input type="hidden" name="_csrf" value="[\w-]{43}">/);
  });

  it('filters by MT system', async () => {
    const { html } = await page('/?system=mt-beta');
    expect(html).toContain('共 1 篇译文');
    expect(html).toContain(`<a href="/doc/${ids['news-1/mt-beta']}">`);
    expect(html).not.toContain(`<a href="/doc/${ids['news-1/mt-alpha']}">`);
    expect(html).toContain('<option value="mt-beta" selected>mt-beta</option>');
    expect((await page('/?system=none')).html).toContain('没有符合条件的译文。');
  });

  it('switches to English with ?lang=en and keeps it in links', async () => {
    const { html } = await page('/?lang=en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Translations</h1>');
    expect(html).toContain('<th scope="col" rowspan="2">Source title</th>');
    expect(html).toContain('3 translations');
    expect(html).toContain(`<a href="/doc/${ids['news-1/mt-alpha']}?lang=en">`);
    expect(html).toContain('<a href="/" lang="zh-Hans">中文</a>');
    expect(html).not.toContain('译文列表');
  });
});

describe('document page', () => {
  it('shows source and translation side by side, English as the source', async () => {
    const { status, html } = await page(`/doc/${ids['news-1/mt-alpha']}`);
    expect(status).toBe(200);
    expect(html).toContain('<h1 lang="en">Talks resume in Geneva</h1>');
    expect(html).toContain('<th scope="col" class="src">原文 <span class="lang-code">en</span></th>');
    expect(html).toContain('<th scope="col" class="tgt">译文 <span class="lang-code">zh-Hans</span></th>');
    expect(html).toMatch(/<td class="src" lang="en">\s*<div class="para" id="source-1">[\s\S]*?Negotiators from both countries/);
    expect(html).toMatch(/<td class="tgt" lang="zh-Hans">\s*<div class="para" id="target-1">[\s\S]*?两国谈判代表周五在日内瓦举行了第二轮会谈。/);
    expect(html).toContain('<a href="https://example.com/talks" rel="noopener noreferrer">');
  });

  it('highlights an annotation at its code-point offsets, with severity class and details in the title', async () => {
    const { html } = await page(`/doc/${ids['news-1/mt-alpha']}`);
    const p = paragraph(html, 'target-2');
    expect(p).toContain(
      '𠮷代表团由外交部长<mark class="ann sev-major" title="Accuracy/Mistranslation · 严重 · rater1: name rendered inconsistently" data-ann="1">安娜·贝里</mark>率领',
    );
    expect(paragraph(html, 'source-1')).toContain('met in <mark class="ann sev-neutral" title="Accuracy/Source · 中性 · rater1" data-ann="3">Geneva</mark> on Friday');
  });

  it('marks whole-paragraph annotations on the paragraph', async () => {
    const { html } = await page(`/doc/${ids['news-1/mt-alpha']}`);
    expect(html).toContain('<div class="para ann-whole sev-minor" id="target-3" title="Fluency/Style · 轻微 · rater2">');
    expect(paragraph(html, 'target-3')).toContain('<span class="whole-tag">整段标注</span>');
  });

  it('lists annotations under the table, and stale ones apart with their old paragraph', async () => {
    const { html } = await page(`/doc/${ids['news-1/mt-alpha']}?lang=en`);
    const [live, stale] = html.split('<h2>Stale annotations</h2>') as [string, string];
    expect(live).toMatch(
      /<tr id="ann-1" title="Accuracy\/Mistranslation · major · rater1: name rendered inconsistently">[\s\S]*?translation · Paragraph 2[\s\S]*?<span class="quote">安娜·贝里<\/span>[\s\S]*?<span class="sev-badge sev-major">major<\/span>[\s\S]*?<td>name rendered inconsistently<\/td>/,
    );
    expect(live).toContain('<tr id="ann-2"');
    expect(live).not.toContain('old wording');
    expect(stale).toMatch(/<tr id="ann-\d+" title="Terminology\/Wrong term · critical · rater3: old wording">/);
    expect(stale).toContain('<span class="label">Paragraph as it was</span> <span class="text">两国谈判代表上周在日内瓦会面。</span>');
    // a stale annotation is not drawn on the current text
    expect(paragraph(html, 'target-1')).not.toContain('<mark');
  });

  it('gives every paragraph one place and leaves the other cell empty for 1-0 and 0-1 links', async () => {
    const { html } = await page(`/doc/${ids['uneven-1/mt-alpha']}`);
    const links = alignParagraphs(UNEVEN.source!.paragraphs, UNEVEN.translations[0]!.paragraphs);
    const rows = html.split('<tbody>')[1]!.split('</tbody>')[0]!.split('<tr>').slice(1);
    expect(rows).toHaveLength(links.length);
    expect(html.match(/id="source-\d+"/g)).toHaveLength(3);
    expect(html.match(/id="target-\d+"/g)).toHaveLength(2);
    const gaps = links.filter((l) => l.src.length === 0 || l.tgt.length === 0).length;
    expect(gaps).toBeGreaterThan(0);
    expect(html.match(/<span class="gap">（此处无对应段落）<\/span>/g)).toHaveLength(gaps);
  });

  it('answers 404 for unknown and non-numeric ids', async () => {
    for (const path of ['/doc/9999', '/doc/abc', '/doc/1e1', '/doc/-1', '/doc/99999999999999999999', '/nowhere']) {
      const { status, html } = await page(path);
      expect(status, path).toBe(404);
      expect(html).toContain('找不到这个页面或文档。');
    }
    expect((await page('/doc/abc?lang=en')).html).toContain('There is no such page or document.');
  });
});

describe('headers and assets', () => {
  const expectSecurityHeaders = (res: Response) => {
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
  };

  it('sets the security headers on pages, redirects, errors and static files', async () => {
    for (const path of ['/', `/doc/${ids['news-1/mt-alpha']}`, '/doc/abc', '/static/xinda.css', '/static/missing.css']) {
      expectSecurityHeaders(await b.get(path));
    }
    const anonymous = new Browser(r.base);
    expectSecurityHeaders(await anonymous.get('/'));
    expectSecurityHeaders(await anonymous.get('/login'));
    expect((await b.get('/')).headers.get('cache-control')).toBe('no-store');
  });

  it('serves the stylesheet, with a CJK font stack and print rules', async () => {
    const res = await new Browser(r.base).get('/static/xinda.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/css/);
    const css = await res.text();
    expect(css).toContain('"Noto Sans CJK SC"');
    expect(css).toContain('@media print');
    expect(css).toContain('.sev-critical');
  });

  it('uses no inline scripts, styles or event handlers', async () => {
    for (const path of ['/', `/doc/${ids['news-1/mt-alpha']}`, '/doc/abc', '/login']) {
      const { html } = await page(path);
      // The only scripts are files from /static (the CSP refuses anything else anyway).
      const scripts = html.match(/<script[^>]*>/gi) ?? [];
      for (const tag of scripts) expect(tag).toMatch(/^<script src="\/static\/[a-z-]+\.js" defer>$/);
      expect(html.replace(/<script src="\/static\/[a-z-]+\.js" defer><\/script>/g, '')).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    }
  });
});

describe('server errors', () => {
  it('logs the error and shows a generic page without details', async () => {
    const broken = await start();
    const pw = user(broken.db, 'alice');
    const browser = new Browser(broken.base);
    await browser.login('alice', pw);
    broken.db.exec('DROP TABLE segment_edits');
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await browser.get('/');
      expect(res.status).toBe(500);
      const html = await res.text();
      expect(html).toContain('服务器出错，已记录。请稍后再试。');
      expect(html).not.toMatch(/segment_edits|SqliteError|\bat .*\.ts:\d+/);
      expect(log).toHaveBeenCalled();
      expect(String(log.mock.calls[0]?.[0])).toContain('GET / failed');
    } finally {
      log.mockRestore();
      await broken.close();
    }
  });
});
