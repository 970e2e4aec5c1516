import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../server/checks/config.ts';
import { EMPTY_REFERENCE } from '../../server/checks/reference.ts';
import { RULES } from '../../server/checks/rules/index.ts';
import { checkStored } from '../../server/pipeline/check-stored.ts';
import { mqmScore } from '../../server/report/mqm-score.ts';
import { countParagraphWords } from '../../server/report/source-words.ts';
import { findingsOf } from '../../server/store/findings.ts';
import { Browser, importDocs, postForm, start, user, type Running } from './harness.ts';
import { BRACKETED, NEWS, SECOND_SYSTEM, UNEVEN } from './fixtures.ts';

// The documents list: counts by status and severity, the MQM score, review state and
// reviewers, and the filters (system, review state, severity, full-text search).

let r: Running;
let b: Browser;
const id: Record<string, number> = {};

/** The <tr> of one document in the list. */
function rowOf(html: string, translationId: number): string {
  const m = new RegExp(`<tr>\\s*<td lang="en"><a href="/doc/${translationId}(?:\\?lang=en)?">[\\s\\S]*?</tr>`).exec(html);
  if (!m) throw new Error(`no row for ${translationId}`);
  return m[0];
}
const listed = (html: string) => [...html.matchAll(/<td lang="en"><a href="\/doc\/(\d+)/g)].map((m) => Number(m[1])).sort((x, y) => x - y);
const sorted = (...xs: number[]) => xs.sort((x, y) => x - y);

beforeAll(async () => {
  r = await start();
  importDocs(r.db, [NEWS, SECOND_SYSTEM, UNEVEN, BRACKETED]);
  checkStored(r.db, resolveConfig(RULES.filter((x) => x.id === 'untranslated-bracket')), EMPTY_REFERENCE);
  for (const row of r.db.prepare("SELECT t.id, s.key || '/' || t.system AS k FROM translations t JOIN sources s ON s.id = t.source_id").all() as { id: number; k: string }[]) {
    id[row.k] = row.id;
  }
  b = new Browser(r.base);
  await b.login('rita', user(r.db, 'rita'));
});
afterAll(() => r.close());

describe('documents list', () => {
  it('counts findings by status and severity and shows the MQM score of the findings not dismissed', async () => {
    const tid = id['bracketed-1/mt-alpha']!;
    const [first] = findingsOf(r.db, tid);
    await postForm(b, `/doc/${tid}/findings/${first!.id}/dismiss`, {});
    const html = await (await b.get('/')).text();
    const row = rowOf(html, tid);
    const cells = (status: string) => new RegExp(`<td class="num counts ${status}"><span class="n sev-critical">(\\d+)</span> <span class="n sev-major">(\\d+)</span> <span class="n sev-minor">(\\d+)</span>`).exec(row)!.slice(1).map(Number);
    expect(cells('open')).toEqual([0, 1, 0]);
    expect(cells('confirmed')).toEqual([0, 0, 0]);
    expect(cells('dismissed')).toEqual([0, 1, 0]);
    // one major finding left over the source's words: the same function the report uses
    const expected = mqmScore([{ severity: 'major', category: 'Accuracy/Untranslated' }], countParagraphWords(BRACKETED.source!.paragraphs));
    expect(expected.per100Words).toBeGreaterThan(0);
    expect(row).toContain(`<td class="num score">${expected.per100Words!.toFixed(2)}</td>`);
    expect(row).toContain('<td class="state state-in-progress">审校中</td>');
    expect(row).toContain('<td class="reviewers">rita</td>');
  });

  it.each([
    ['system', '?system=mt-beta', () => [id['news-1/mt-beta']!]],
    ['review state: in review', '?status=in-progress', () => [id['bracketed-1/mt-alpha']!]],
    ['review state: not started', '?status=new', () => [id['news-1/mt-alpha']!, id['news-1/mt-beta']!, id['uneven-1/mt-alpha']!]],
    ['severity at least major', '?severity=major', () => [id['bracketed-1/mt-alpha']!]],
    ['severity critical', '?severity=critical', () => []],
    ['text search in Chinese (two characters)', '?q=会谈', () => [id['news-1/mt-alpha']!, id['uneven-1/mt-alpha']!, id['bracketed-1/mt-alpha']!]],
    ['text search in Chinese (trigram)', `?q=${encodeURIComponent('外交部长')}`, () => [id['news-1/mt-alpha']!]],
    ['text search in the English source, for every system', '?q=delegation', () => [id['news-1/mt-alpha']!, id['news-1/mt-beta']!]],
    ['text search in titles', '?q=border+talks', () => [id['bracketed-1/mt-alpha']!]],
    ['search and system together', '?q=delegation&system=mt-beta', () => [id['news-1/mt-beta']!]],
    ['an unknown state (ignored)', '?status=<x>', () => Object.values(id)],
  ])('filters by %s', async (_what, query, expected) => {
    const html = await (await b.get(`/${query}`)).text();
    expect(listed(html)).toEqual(sorted(...expected()));
  });

  it('keeps the filters in the form and escapes the query', async () => {
    const html = await (await b.get(`/?q=${encodeURIComponent('"><script>')}&status=new&severity=minor`)).text();
    expect(html).toContain('value="&#34;&gt;&lt;script&gt;"');
    expect(html).toContain('<option value="new" selected>未开始</option>');
    expect(html).toContain('<option value="minor" selected>轻微及以上</option>');
    expect(html).toContain('没有符合条件的译文。');
  });

  it('finds a document by text imported after the server started (the index follows imports)', async () => {
    importDocs(r.db, [
      {
        origin: { file: 'late.jsonl' },
        source: { key: 'late-1', title: 'Late news', lang: 'en', paragraphs: ['Volcano erupts in Iceland.'] },
        translations: [{ system: 'mt-alpha', lang: 'zh-Hans', paragraphs: ['冰岛火山喷发。'], annotations: [] }],
        warnings: [],
      },
    ]);
    const late = r.db.prepare("SELECT t.id FROM translations t JOIN sources s ON s.id = t.source_id WHERE s.key = 'late-1'").pluck().get() as number;
    expect(listed(await (await b.get(`/?q=${encodeURIComponent('火山')}`)).text())).toEqual([late]);
  });
});
