import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, importDocs, start, user, type Running } from './harness.ts';
import { HOSTILE, XSS_ATTR, XSS_SCRIPT, XSS_TEXTAREA } from './fixtures.ts';

// Corpus text comes from outside (news sites, MT output, rater files) and must only ever be text.

const ESCAPED = {
  script: '&lt;script&gt;alert(1)&lt;/script&gt;',
  attr: '&#34;&gt;&lt;img src=x onerror=alert(1)&gt;',
  textarea: '&lt;/textarea&gt;',
};

function expectInert(page: string): void {
  // The page's own edit boxes close with </textarea>; what is inside them must be escaped text.
  const html = page
    .replace(/<textarea[^>]*>([\s\S]*?)<\/textarea>/g, (_m, inner: string) => {
      expect(inner).not.toMatch(/[<>"]/);
      return '';
    })
    // …and its own script is a file from /static.
    .replace(/<script src="\/static\/[a-z-]+\.js" defer><\/script>/g, '');
  expect(html).not.toContain(XSS_SCRIPT);
  expect(html).not.toContain(XSS_ATTR);
  expect(html).not.toContain('<img');
  expect(html).not.toContain(XSS_TEXTAREA);
  expect(html).not.toMatch(/<script/i);
}

let r: Running;
let b: Browser;
let id: number;

beforeAll(async () => {
  r = await start();
  importDocs(r.db, [HOSTILE]);
  id = r.db.prepare('SELECT id FROM translations').pluck().get() as number;
  b = new Browser(r.base);
  await b.login('alice', user(r.db, 'alice'));
});
afterAll(() => r.close());

describe('escaping', () => {
  it('shows hostile titles, outlets and system names as text in the list', async () => {
    const html = await (await b.get('/')).text();
    expectInert(html);
    expect(html).toContain(`<a href="/doc/${id}">Breaking ${ESCAPED.script}</a>`);
    expect(html).toContain(`<td>${ESCAPED.attr}</td>`);
    expect(html).toContain(`<td class="system">sys${ESCAPED.textarea}</td>`);
    expect(html).toContain(`<option value="sys${ESCAPED.textarea}">`);
  });

  it('shows hostile paragraphs, annotations and metadata as text on the document page', async () => {
    const html = await (await b.get(`/doc/${id}`)).text();
    expectInert(html);
    expect(html).toContain(`<title>Breaking ${ESCAPED.script} · 信达</title>`);
    expect(html).toContain(`Officials said ${ESCAPED.script} and ${ESCAPED.attr} then ${ESCAPED.textarea} in a statement`);
    // the annotation covers "<script>": the mark wraps the escaped tag, never a raw one
    expect(html).toContain(
      `官员周一在声明中说 <mark class="ann sev-critical" title="Accuracy${ESCAPED.attr} · 致命 · ${ESCAPED.textarea}: ${ESCAPED.script}" data-ann="1">&lt;script&gt;</mark>alert(1)&lt;/script&gt; 以及 ${ESCAPED.attr} 然后 ${ESCAPED.textarea}。`,
    );
    expect(html).toContain(`<td>Accuracy${ESCAPED.attr}</td>`);
    expect(html).toContain(`<td>${ESCAPED.textarea}</td>`);
    expect(html).toContain(`<td>${ESCAPED.script}</td>`);
    // a javascript: URL from the corpus is shown, never linked
    expect(html).not.toContain('href="javascript:');
    expect(html).toMatch(/<dd>\s*javascript:alert\(1\)\s*<\/dd>/);
  });

  it('escapes what the login form echoes back', async () => {
    const anon = new Browser(r.base);
    const form = await anon.get(`/login?next=${encodeURIComponent(`/${XSS_ATTR}`)}`);
    const html = await form.text();
    expectInert(html);
    expect(html).toContain(`name="next" value="/${ESCAPED.attr}"`);
    const csrf = /name="csrf" value="([^"]+)"/.exec(html)![1]!;
    const failed = await (await anon.post('/login', { csrf, name: XSS_ATTR, password: 'x' })).text();
    expectInert(failed);
    expect(failed).toContain(`value="${ESCAPED.attr}"`);
  });
});
