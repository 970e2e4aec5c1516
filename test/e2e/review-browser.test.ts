import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../server/checks/config.ts';
import { loadReference } from '../../server/checks/reference-load.ts';
import { RULES } from '../../server/checks/rules/index.ts';
import { readInputs } from '../../server/ingest/read-inputs.ts';
import { checkStored } from '../../server/pipeline/check-stored.ts';
import { writeImport } from '../../server/store/import-writer.ts';
import { codePointLength, toCodePoint } from '../../server/text/codepoints.ts';
import { ROOT } from '../helpers/cli.ts';
import { HOSTILE, XSS_ATTR, XSS_SCRIPT } from '../web/fixtures.ts';
import { importDocs, start, user, type Running } from '../web/harness.ts';

// The review page in a real browser (Debian's Chromium driven by playwright-core): a reviewer
// logs in, opens the demo article, sees the bracketed English highlighted, decides findings
// with the keyboard and the forms, annotates a selection, post-edits a paragraph, reloads and
// finds it all there; a viewer can change nothing; corpus HTML stays text.

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`skipping the browser end-to-end tests: ${CHROMIUM} is not installed (apt-get install chromium; .ci/run does it)`);
}
const ARTIFACTS = join(ROOT, 'test/artifacts');

let r: Running;
let context: BrowserContext;
let page: Page;
let profile: string;
let demo: number;
let hostile: number;
let ritaPw: string;
let veraPw: string;
const cspErrors: string[] = [];

const count = (sql: string, ...args: unknown[]) => r.db.prepare(sql).pluck().get(...args) as number;
const findingId = (text: string) => count('SELECT id FROM findings WHERE translation_id = ? AND text = ?', demo, text);

async function login(name: string, password: string): Promise<void> {
  await page.goto(`${r.base}/login`);
  await page.fill('#name', name);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(`${r.base}/`), page.click('section.login button[type="submit"]')]);
}

/** Selects `text` inside a paragraph's text as a person would with the mouse: a DOM selection over its text nodes. */
async function select(paragraphId: string, text: string): Promise<void> {
  await page.evaluate(
    ([id, wanted]) => {
      const p = document.querySelector(`#${id} p.text`)!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const whole = nodes.map((n) => n.data).join('');
      const at = whole.indexOf(wanted);
      if (at < 0) throw new Error(`${wanted} not in #${id}`);
      const locate = (offset: number): [Text, number] => {
        let left = offset;
        for (const n of nodes) {
          if (left <= n.data.length) return [n, left];
          left -= n.data.length;
        }
        throw new Error('offset past the end');
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + wanted.length));
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    [paragraphId, text] as const,
  );
}

describe.skipIf(!hasChromium)('the review page in Chromium', () => {
  beforeAll(async () => {
    const corpus = join(ROOT, 'corpus');
    // One reference for the checks and the site's names panel, as `xinda serve --setup` has it.
    const reference = loadReference(corpus);
    r = await start({ app: { reference } });
    writeImport(r.db, readInputs([corpus]).docs, { paths: [corpus] });
    importDocs(r.db, [HOSTILE]);
    checkStored(r.db, resolveConfig(RULES), reference);
    demo = count("SELECT t.id FROM translations t JOIN sources s ON s.id = t.source_id WHERE s.key = 'seed-000'");
    hostile = count("SELECT t.id FROM translations t JOIN sources s ON s.id = t.source_id WHERE s.key = 'hostile-1'");
    ritaPw = user(r.db, 'rita', 'reviewer');
    veraPw = user(r.db, 'vera', 'viewer');
    profile = mkdtempSync(join(tmpdir(), 'xinda-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
    });
    page.on('pageerror', (e) => cspErrors.push(`page error: ${e.message}`));
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await r?.close();
  });

  it('logs in and opens the demo article from the list', async () => {
    await login('rita', ritaPw);
    await expect.poll(() => page.locator('table.documents a', { hasText: 'Sans Russia?' }).count()).toBe(1);
    await Promise.all([page.waitForURL(`${r.base}/doc/${demo}`), page.click('table.documents a:has-text("Sans Russia?")')]);
    expect(await page.locator('h1').textContent()).toContain("What's Behind Kazakh President's Call");
  });

  it('highlights the bracketed English fragment left in the Chinese', async () => {
    const mark = page.locator('#target-23 mark.finding', { hasText: '[and]' });
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.getAttribute('class')).toContain('sev-major');
    expect(await mark.getAttribute('title')).toContain('untranslated-bracket');
    expect(await mark.evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('dashed');
    await mark.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'review-page-highlight.png') });
  });

  it('lists the outlet rendered two ways first in the names panel, and jumps to its paragraph', async () => {
    const haqqin = page.locator('#names li.entity').first();
    await haqqin.scrollIntoViewIfNeeded();
    expect(await haqqin.isVisible()).toBe(true);
    expect(await haqqin.locator('.english').textContent()).toBe('Haqqin.az');
    expect(await haqqin.locator('.verdict-inconsistent').textContent()).toBe('译名不一致');
    expect(await haqqin.locator('li.rendering .zh').allTextContents()).toEqual(['《希望报》', '《哈钦报》']);
    const link = haqqin.locator('li.rendering a').first();
    const anchor = (await link.getAttribute('href'))!.slice(1);
    await link.click();
    await page.waitForURL(new RegExp(`#${anchor}$`));
    expect(await page.locator(`#${anchor} p.text`).textContent()).toContain('《希望报》');
    expect(await page.locator('table.aligned > tbody > tr.current').locator(`#${anchor}`).count()).toBe(1);
  });

  it('confirms a finding with the keyboard and dismisses another through its form, with a reason', async () => {
    const and = findingId('[and]');
    await page.locator('#target-23 mark.finding', { hasText: '[and]' }).focus();
    await Promise.all([page.waitForURL(new RegExp(`#finding-${and}$`)), page.keyboard.press('c')]);
    await expect.poll(() => page.locator(`#finding-${and}`).getAttribute('class')).toContain('status-confirmed');
    expect(count('SELECT count(*) FROM findings WHERE id = ? AND status = ?', and, 'confirmed')).toBe(1);

    const mambets = findingId('Mambets');
    const li = page.locator(`#finding-${mambets}`);
    await li.locator('details.dismiss summary').click();
    await li.locator('input[name="reason"]').fill('人名按本社体例保留');
    // Enter in the reason field submits with the form's default button: it must be dismiss, not confirm.
    await Promise.all([page.waitForURL(new RegExp(`#finding-${mambets}$`)), li.locator('input[name="reason"]').press('Enter')]);
    await expect.poll(() => page.locator(`#finding-${mambets}`).getAttribute('class')).toContain('status-dismissed');
    expect(await page.locator(`mark[data-finding="${mambets}"]`).count()).toBe(0);
  });

  it('annotates a span selected inside a highlighted stretch, at its code-point offsets', async () => {
    await select('target-5', '卢卡·安切斯基');
    await page.keyboard.press('a');
    const form = page.locator('#annotate-form');
    expect(await form.locator('input[name="quote"]').inputValue()).toBe('卢卡·安切斯基');
    expect(await form.locator('input[name="para"]').inputValue()).toBe('5');
    await form.locator('select[name="category"]').selectOption('Accuracy/Mistranslation');
    await form.locator('input[name="severity"][value="major"]').check();
    await form.locator('textarea[name="comment"]').fill('新华社译名：卢卡·安切斯基？请核对');
    await Promise.all([page.waitForURL(/#target-5$/), form.locator('button[type="submit"]').click()]);

    const stored = r.db.prepare("SELECT para, start, end, text FROM annotations WHERE origin = 'review'").get() as { para: number; start: number; end: number; text: string };
    const zh = r.db.prepare('SELECT text FROM translation_paragraphs WHERE translation_id = ? AND idx = 4').pluck().get(demo) as string;
    const at = toCodePoint(zh, zh.indexOf('卢卡·安切斯基'));
    expect(stored).toEqual({ para: 4, start: at, end: at + codePointLength('卢卡·安切斯基'), text: '卢卡·安切斯基' });
    expect(await page.locator('#target-5 mark.ann', { hasText: '卢卡·安切斯基' }).count()).toBe(1);
  });

  it('post-edits a paragraph with the keyboard and shows the character diff against the MT', async () => {
    await page.locator('#target-23 p.text').click();
    await page.keyboard.press('e');
    const area = page.locator('#target-23 form.edit-form textarea');
    expect(await area.evaluate((el) => el === document.activeElement)).toBe(true);
    const text = await area.inputValue();
    await area.fill(text.replace('[and]', '和'));
    expect(await page.locator('#target-23 form.edit-form input[name="version"]').inputValue()).toBe('0');
    await Promise.all([page.waitForURL(/#target-23$/), page.locator('#target-23 form.edit-form button[type="submit"]').click()]);
    expect(await page.locator('#target-23 .edit p.diff del').allTextContents()).toEqual(['[and]']);
    expect(await page.locator('#target-23 .edit p.diff ins').allTextContents()).toEqual(['和']);
  });

  it('moves between rows with j and k and between findings with n', async () => {
    await page.goto(`${r.base}/doc/${demo}`);
    const current = () => page.evaluate(() => [...document.querySelectorAll('table.aligned > tbody > tr')].findIndex((tr) => tr.classList.contains('current')));
    await page.keyboard.press('j');
    expect(await current()).toBe(0);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(await current()).toBe(1);
    await page.keyboard.press('n');
    const first = await page.locator('li.finding').first().getAttribute('id');
    expect(await page.locator('li.finding.current-finding').getAttribute('id')).toBe(first);
    await page.keyboard.press('n');
    expect(await page.locator('li.finding.current-finding').getAttribute('id')).toBe(await page.locator('li.finding').nth(1).getAttribute('id'));
    // the row follows the finding's place in the text
    const anchor = await page.locator('li.finding.current-finding').getAttribute('data-anchor');
    expect(await current()).toBe(await page.evaluate((id) => [...document.querySelectorAll('table.aligned > tbody > tr')].findIndex((tr) => tr.querySelector(`#${id}`)), anchor!));
  });

  it('finds all of it still there after a reload, and saves a screenshot', async () => {
    await page.reload();
    expect(await page.locator(`#finding-${findingId('[and]')}`).getAttribute('class')).toContain('status-confirmed');
    expect(await page.locator(`#finding-${findingId('Mambets')}`).getAttribute('class')).toContain('status-dismissed');
    expect(await page.locator(`#finding-${findingId('Mambets')} .reason`).textContent()).toContain('人名按本社体例保留');
    expect(await page.locator('#target-5 mark.ann', { hasText: '卢卡·安切斯基' }).count()).toBe(1);
    expect(await page.locator('#target-23 .edit p.diff ins').allTextContents()).toEqual(['和']);
    await page.locator('#target-23').scrollIntoViewIfNeeded();
    await page.keyboard.press('?');
    await page.screenshot({ path: join(ARTIFACTS, 'review-page.png') });
    expect(cspErrors).toEqual([]);
  });

  it('lets a viewer read but change nothing', async () => {
    await Promise.all([page.waitForURL(/\/login/), page.click('form.logout button')]);
    await login('vera', veraPw);
    await page.goto(`${r.base}/doc/${demo}`);
    const before = ['annotations', 'segment_edits', 'audit_log'].map((t) => count(`SELECT count(*) FROM ${t}`));
    expect(await page.locator('form.decide, a.edit-link, #edit-template, #annotate-form').count()).toBe(0);
    await page.locator('#target-23 mark.finding', { hasText: '[and]' }).focus();
    await page.keyboard.press('d');
    await page.keyboard.press('e');
    // a forged request with the viewer's own valid token is refused by role
    const status = await page.evaluate(async (url) => {
      const token = (document.querySelector('form.logout input[name="_csrf"]') as HTMLInputElement).value;
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ _csrf: token, reviewed: '1' }) });
      return res.status;
    }, `${r.base}/doc/${demo}/review`);
    expect(status).toBe(403);
    expect(['annotations', 'segment_edits', 'audit_log'].map((t) => count(`SELECT count(*) FROM ${t}`))).toEqual(before);
  });

  it('shows an XSS payload from an imported document as text', async () => {
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.goto(`${r.base}/doc/${hostile}`);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').evaluateAll((els) => els.map((e) => e.getAttribute('src')))).toEqual(['/static/review.js']);
    const target = await page.locator('#target-1 p.text').textContent();
    expect(target).toContain(XSS_SCRIPT);
    expect(await page.locator('#source-1 p.text').textContent()).toContain(XSS_ATTR);
    expect(await page.locator('h1').textContent()).toBe(`Breaking ${XSS_SCRIPT}`);
    expect(dialogs).toBe(0);
  });
});
