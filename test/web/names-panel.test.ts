import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../server/ingest/read-inputs.ts';
import type { ImportDoc } from '../../server/model.ts';
import { shippedReference } from '../../server/web/default-reference.ts';
import { ROOT } from '../helpers/cli.ts';
import { XSS_ATTR, XSS_SCRIPT } from './fixtures.ts';
import { Browser, importDocs, start, user, type Running } from './harness.ts';

// The review page's names panel on the demo article (corpus/, judged by corpus/names.tsv and
// outlets.tsv), on hostile text, on a text without names, and after a re-import.

const ESCAPED_SCRIPT = '&lt;script&gt;alert(1)&lt;/script&gt;';
const ESCAPED_ATTR = '&#34;&gt;&lt;img src=x onerror=alert(1)&gt;';

const demoDocs = readInputs([join(ROOT, 'corpus')]).docs;

/** The demo article under another key, so re-importing it changed leaves the demo itself alone. */
function demoCopy(edit: (zh: string) => string): ImportDoc {
  const d = demoDocs[0]!;
  return {
    ...d,
    source: { ...d.source!, key: 'demo-copy' },
    translations: d.translations.map((t) => ({ ...t, system: 'copy', paragraphs: t.paragraphs.map(edit), annotations: [] })),
  };
}

/** An outlet named in English, rendered by meaning as a newspaper title holding markup. */
const HOSTILE_NAMES: ImportDoc = {
  origin: { file: 'hostile-names.jsonl', line: 1 },
  source: { key: 'hostile-names', lang: 'en', paragraphs: ['The claim was first published by Vostok Express, a local newspaper.'] },
  translations: [{ system: 'mt', lang: 'zh-Hans', paragraphs: [`这一说法最早由当地报纸《东方${XSS_ATTR}${XSS_SCRIPT}快报》发表。`], annotations: [] }],
  warnings: [],
};

const PRESENTER: ImportDoc = {
  origin: { file: 'presenter.jsonl', line: 1 },
  source: { key: 'presenter', lang: 'en', paragraphs: ['Presenter Sergei Mardan spoke on Monday.'] },
  translations: [{ system: 'mt', lang: 'zh-Hans', paragraphs: ['主持人谢尔盖·马尔丹周一发表讲话。'], annotations: [] }],
  warnings: [],
};

const NO_NAMES: ImportDoc = {
  origin: { file: 'no-names.jsonl', line: 1 },
  source: { key: 'no-names', lang: 'en', paragraphs: ['It rained again this week, and more rain is expected soon.'] },
  translations: [{ system: 'mt', lang: 'zh-Hans', paragraphs: ['本周又下了雨，预计很快还会有雨。'], annotations: [] }],
  warnings: [],
};

let r: Running;
let b: Browser;
const idOf = (key: string) => r.db.prepare('SELECT t.id FROM translations t JOIN sources s ON s.id = t.source_id WHERE s.key = ?').pluck().get(key) as number;
/** The 1-based number of the translation's paragraph that contains `text`, as the page's ids count. */
const paraOf = (key: string, text: string) =>
  (r.db.prepare('SELECT idx FROM translation_paragraphs WHERE translation_id = ? AND instr(text, ?) > 0').pluck().get(idOf(key), text) as number) + 1;

beforeAll(async () => {
  r = await start();
  importDocs(r.db, [...demoDocs, HOSTILE_NAMES, NO_NAMES, demoCopy((p) => p)]);
  b = new Browser(r.base);
  // Reading is enough for the panel.
  expect((await b.login('vera', user(r.db, 'vera', 'viewer'))).status).toBe(303);
}, 60_000);
afterAll(() => r.close());

async function html(path: string): Promise<string> {
  const res = await b.get(path);
  expect(res.status).toBe(200);
  return res.text();
}

function panelOf(page: string): string {
  const m = /<section class="names" id="names">([\s\S]*?)<\/section>/.exec(page);
  if (!m?.[1]) throw new Error('no names panel in the page');
  return m[1];
}

interface EntityView {
  classes: string[];
  english: string;
  body: string;
}

/** The listed entities in page order (the list of names with renderings). */
function entitiesOf(page: string): EntityView[] {
  const list = /<ol class="name-list">([\s\S]*?)<\/ol>/.exec(panelOf(page))?.[1] ?? '';
  return [...list.matchAll(/<li class="(entity [^"]*)">([\s\S]*?)<\/ul>\s*<\/li>/g)].map((m) => ({
    classes: m[1]!.split(' '),
    english: /<span class="english" lang="en">([^<]*)<\/span>/.exec(m[2]!)?.[1] ?? '',
    body: m[2]!,
  }));
}

function entity(page: string, english: string): EntityView {
  const e = entitiesOf(page).find((x) => x.english === english);
  if (!e) throw new Error(`${english} is not in the names panel`);
  return e;
}

/** The rendering rows of an entity: classes and text. */
function renderingsOf(e: EntityView): { classes: string[]; text: string; row: string }[] {
  return [...e.body.matchAll(/<li class="(rendering [^"]*)">([\s\S]*?)<\/li>/g)].map((m) => ({
    classes: m[1]!.split(' '),
    text: /<span class="zh" lang="zh-Hans">([^<]*)<\/span>/.exec(m[2]!)?.[1] ?? '',
    row: m[2]!,
  }));
}

describe('the names panel of the demo article', () => {
  it('lists Haqqin.az first, marked inconsistent in words, with both renderings, their counts and the authority form', async () => {
    const page = await html(`/doc/${idOf('seed-000')}`);
    const all = entitiesOf(page);
    expect(all.length).toBeGreaterThan(10);
    const haqqin = all[0]!;
    expect(haqqin.english).toBe('Haqqin.az');
    expect(haqqin.classes).toEqual(expect.arrayContaining(['kind-outlet', 'inconsistent']));
    expect(haqqin.body).toContain('<span class="kind">媒体</span>');
    expect(haqqin.body).toContain('<span class="verdict verdict-inconsistent">译名不一致</span>');
    expect(haqqin.body).toContain('规范译名: <span class="zh" lang="zh-Hans">Haqqin.az网站</span>');
    const rows = renderingsOf(haqqin);
    expect(rows.map((x) => x.text)).toEqual(['《希望报》', '《哈钦报》']);
    expect(rows.map((x) => x.classes.find((c) => c.startsWith('way-')))).toEqual(['way-1', 'way-2']);
    for (const row of rows) {
      expect(row.row).toContain('<span class="count">×1</span>');
      expect(row.row).toContain('<span class="mark mark-nonstandard">非规范译名</span>');
      // Each occurrence links to the paragraph that holds it, and that paragraph is on the page.
      const n = paraOf('seed-000', row.text);
      expect(row.row).toContain(`<a href="#target-${n}" title="第 ${n} 段 · Haqqin.az">${n}</a>`);
      expect(new RegExp(`id="target-${n}"[^>]*>[\\s\\S]*?${row.text}`).test(page)).toBe(true);
    }
    expect(panelOf(page)).toMatch(/<p class="summary">共 \d+ 个名称，其中 1 个译名不一致<\/p>/);
  });

  it('puts every inconsistent name before the others', async () => {
    const flags = entitiesOf(await html(`/doc/${idOf('seed-000')}`)).map((e) => e.classes.includes('inconsistent'));
    expect(flags.indexOf(false)).toBeGreaterThan(0);
    expect(flags.lastIndexOf(true)).toBeLessThan(flags.indexOf(false));
  });

  it('leaves a consistently rendered name unmarked', async () => {
    const page = await html(`/doc/${idOf('seed-000')}`);
    for (const name of ['Sergei Mardan / Mardan', 'Luca Anceschi / Anceschi']) {
      const e = entity(page, name);
      expect(e.classes).toEqual(['entity', 'kind-person']);
      expect(e.body).not.toContain('class="verdict');
      expect(e.body).not.toContain('class="mark');
      expect(renderingsOf(e).length).toBe(2); // the full name and the surname: one way of rendering it
      expect(e.body).not.toContain('class="way"');
    }
    expect(renderingsOf(entity(page, 'Sergei Mardan / Mardan')).map((x) => x.text)).toEqual(['马尔丹', '谢尔盖·马尔丹']);
  });

  it('marks a name left in Latin as untranslated, and a rendering the authority file does not accept as nonstandard', async () => {
    const page = await html(`/doc/${idOf('seed-000')}`);
    const khod = entity(page, 'Khod Mysley');
    expect(khod.classes).toContain('flagged');
    expect(khod.body).toContain('<span class="verdict verdict-untranslated">未翻译</span>');
    const [latin] = renderingsOf(khod);
    expect(latin!.classes).toEqual(['rendering', 'how-latin', 'untranslated']);
    expect(latin!.row).toContain('<span class="mark mark-untranslated">未翻译（保留拉丁字母）</span>');

    const tokayev = entity(page, 'Kassym-Jomart Tokayev / Tokayev');
    expect(tokayev.body).toContain('<span class="verdict verdict-nonstandard">不合规范</span>');
    expect(tokayev.classes).not.toContain('inconsistent');
    const rows = renderingsOf(tokayev);
    expect(rows.filter((x) => x.classes.includes('nonstandard')).map((x) => x.text)).toEqual(['卡西姆·若马尔特·托卡耶夫']);
    expect(rows.find((x) => x.text === '托卡耶夫')!.row).toMatch(/<span class="count">×(\d+)<\/span>/);
  });

  it('labels the panel in English with ?lang=en', async () => {
    const page = await html(`/doc/${idOf('seed-000')}?lang=en`);
    const panel = panelOf(page);
    expect(panel).toContain('<h2>Names</h2>');
    expect(panel).toMatch(/<p class="summary">\d+ names, 1 rendered inconsistently<\/p>/);
    const haqqin = entity(page, 'Haqqin.az');
    expect(haqqin.body).toContain('<span class="kind">outlet</span>');
    expect(haqqin.body).toContain('<span class="verdict verdict-inconsistent">inconsistent</span>');
    expect(haqqin.body).toContain('Authority form: <span class="zh" lang="zh-Hans">Haqqin.az网站</span>');
    expect(haqqin.body).toContain('<span class="mark mark-nonstandard">not the authority form</span>');
    expect(haqqin.body).toContain('<span class="way">way 2</span>');
    expect(entity(page, 'Khod Mysley').body).toContain('<span class="verdict verdict-untranslated">untranslated</span>');
    // No Chinese label is left over (the renderings themselves are Chinese, of course).
    expect(panel).not.toMatch(/译名一览|规范译名|译名不一致|不合规范|未翻译|译法|段落/);
  });
});

describe('the names panel of other texts', () => {
  it('shows a rendering holding markup as text', async () => {
    const page = await html(`/doc/${idOf('hostile-names')}`);
    const panel = panelOf(page);
    const [vostok] = entitiesOf(page);
    expect(vostok?.english).toBe('Vostok Express');
    expect(renderingsOf(vostok!)[0]!.text).toBe(`《东方${ESCAPED_ATTR}${ESCAPED_SCRIPT}快报》`);
    expect(panel).not.toContain(XSS_SCRIPT);
    expect(panel).not.toContain(XSS_ATTR);
    expect(panel).not.toMatch(/<(?:script|img)/i);
  });

  it('shows an authority form holding markup as text', async () => {
    // The site's reference data is the app's own: here a names.tsv row with markup.
    const shipped = shippedReference();
    const other = await start({ app: { reference: { ...shipped, names: [...shipped.names, { english: 'Sergei Mardan', chinese: `${XSS_SCRIPT}${XSS_ATTR}`, kind: 'person', note: '' }] } } });
    try {
      importDocs(other.db, [PRESENTER]);
      const browser = new Browser(other.base);
      await browser.login('vera', user(other.db, 'vera', 'viewer'));
      const page = await (await browser.get(`/doc/${other.db.prepare('SELECT id FROM translations').pluck().get() as number}`)).text();
      const mardan = entity(page, 'Sergei Mardan');
      expect(mardan.body).toContain(`规范译名: <span class="zh" lang="zh-Hans">${ESCAPED_SCRIPT}${ESCAPED_ATTR}</span>`);
      expect(renderingsOf(mardan).map((x) => [x.text, x.classes.includes('nonstandard')])).toEqual([['谢尔盖·马尔丹', true]]);
      expect(panelOf(page)).not.toMatch(/<(?:script|img)/i);
    } finally {
      await other.close();
    }
  });

  it('says so when the source names nobody', async () => {
    const panel = panelOf(await html(`/doc/${idOf('no-names')}`));
    expect(panel).toContain('<p class="empty">没有在原文中识别出人名、地名、机构或媒体名称。</p>');
    expect(panel).not.toContain('name-list');
    expect(panelOf(await html(`/doc/${idOf('no-names')}?lang=en`))).toContain('<p class="empty">No names of people, places, organisations or outlets were recognised in the source.</p>');
  });

  it('follows a re-import: the cached page and its panel change with the text', async () => {
    const path = `/doc/${idOf('demo-copy')}`;
    expect(entitiesOf(await html(path))[0]!.classes).toContain('inconsistent');
    expect(entitiesOf(await html(path))[0]!.english).toBe('Haqqin.az'); // served from the page cache
    // The translation now writes the outlet one way throughout.
    importDocs(r.db, [demoCopy((p) => p.replaceAll('《希望报》', '《哈钦报》'))]);
    const page = await html(path);
    expect(entitiesOf(page).some((e) => e.classes.includes('inconsistent'))).toBe(false);
    expect(renderingsOf(entity(page, 'Haqqin.az')).map((x) => [x.text, x.row.match(/×(\d+)/)?.[1]])).toEqual([['《哈钦报》', '2']]);
  });
});
