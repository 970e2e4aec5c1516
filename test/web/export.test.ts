import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../server/checks/config.ts';
import { EMPTY_REFERENCE } from '../../server/checks/reference.ts';
import { RULES } from '../../server/checks/rules/index.ts';
import { checkStored } from '../../server/pipeline/check-stored.ts';
import { findingsOf } from '../../server/store/findings.ts';
import { Browser, importDocs, postForm, start, user, type Running } from './harness.ts';
import { BRACKETED, NEWS, span } from './fixtures.ts';

// Exports of reviewer work: JSON (everything, code-point offsets), WMT MQM TSV (errors with
// the span in <v>…</v>, No-error rows for reviewed documents) and a TSV of edits.

let r: Running;
let rita: Browser;
let vera: Browser;
let news: number;
let bracketed: number;

beforeAll(async () => {
  r = await start();
  importDocs(r.db, [NEWS, BRACKETED]);
  checkStored(r.db, resolveConfig(RULES.filter((x) => x.id === 'untranslated-bracket')), EMPTY_REFERENCE);
  const idOf = (key: string) => r.db.prepare('SELECT t.id FROM translations t JOIN sources s ON s.id = t.source_id WHERE s.key = ?').pluck().get(key) as number;
  news = idOf('news-1');
  bracketed = idOf('bracketed-1');
  rita = new Browser(r.base);
  await rita.login('rita', user(r.db, 'rita'));
  vera = new Browser(r.base);
  await vera.login('vera', user(r.db, 'vera', 'viewer'));

  const zh2 = NEWS.translations[0]!.paragraphs[1]!;
  const s = span(zh2, '外交部长');
  await postForm(rita, `/doc/${news}/annotations`, {
    side: 'target', para: '2', start: String(s.start), end: String(s.end), quote: s.text, category: 'Accuracy/Mistranslation', severity: 'major', comment: 'tab\there',
  });
  await postForm(rita, `/doc/${news}/paragraphs/1/edit`, { version: '0', text: '两国谈判代表周五在日内瓦举行第二轮会谈。' });
  await postForm(rita, `/doc/${news}/paragraphs/1/edit`, { version: '1', text: '两国谈判代表上周五在日内瓦举行第二轮会谈。' });
  const [and, spring] = findingsOf(r.db, bracketed);
  await postForm(rita, `/doc/${bracketed}/findings/${and!.id}/confirm`, {});
  await postForm(rita, `/doc/${bracketed}/findings/${spring!.id}/dismiss`, { reason: 'kept on purpose' });
  await postForm(rita, `/doc/${bracketed}/review`, { reviewed: '1' });
});
afterAll(() => r.close());

const tsvRows = (text: string) => text.replace(/\n$/, '').split('\n').map((l) => l.split('\t'));

describe('export', () => {
  it('writes a document as JSON with annotations, decided findings and every edit version (readable by viewers)', async () => {
    const res = await vera.get(`/doc/${news}/export/annotations.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=news-1-mt-alpha.review.json');
    const body = (await res.json()) as { format: string; documents: Record<string, unknown>[] };
    expect(body.format).toBe('xinda-review');
    const [d] = body.documents as [Record<string, unknown> & { annotations: Record<string, unknown>[]; edits: unknown[]; post_edited: string[] }];
    expect(body.documents).toHaveLength(1);
    expect(d).toMatchObject({ id: news, source_key: 'news-1', system: 'mt-alpha', reviewed_by: null });
    expect(d.annotations.find((a) => a['origin'] === 'review')).toMatchObject({ side: 'target', para: 1, start: 5, end: 9, text: '外交部长', author: 'rita', comment: 'tab\there' });
    expect(d.annotations.filter((a) => a['origin'] === 'import')).toHaveLength(3);
    expect(d.edits).toEqual([
      expect.objectContaining({ para: 0, version: 1, author: 'rita', text: '两国谈判代表周五在日内瓦举行第二轮会谈。', base_text: NEWS.translations[0]!.paragraphs[0] }),
      expect.objectContaining({ para: 0, version: 2, text: '两国谈判代表上周五在日内瓦举行第二轮会谈。' }),
    ]);
    expect(d.post_edited[0]).toBe('两国谈判代表上周五在日内瓦举行第二轮会谈。');
    expect(d.post_edited[1]).toBe(NEWS.translations[0]!.paragraphs[1]);
  });

  it('writes WMT MQM TSV: span in <v></v>, confirmed findings by who confirmed them, No-error rows for a reviewed document', async () => {
    const res = await rita.get('/export/mqm.tsv');
    expect(res.headers.get('content-type')).toBe('text/tab-separated-values; charset=utf-8');
    const rows = tsvRows(await res.text());
    expect(rows[0]).toEqual(['system', 'doc', 'doc_id', 'seg_id', 'rater', 'source', 'target', 'category', 'severity', 'metadata']);
    expect(rows.filter((row) => row.length !== 10)).toEqual([]);
    const mine = rows.find((row) => row[4] === 'rita' && row[7] === 'Accuracy/Mistranslation')!;
    expect(mine[6]).toBe('𠮷代表团由<v>外交部长</v>安娜·贝里率领，她表示有可能取得进展。');
    expect(mine[8]).toBe('Major');
    // the comment is the metadata's note, whole: JSON keeps the tab without breaking the row
    expect(JSON.parse(mine[9]!)).toEqual({ note: 'tab\there' });
    const geneva = rows.find((row) => row[7] === 'Accuracy/Source')!;
    expect(geneva[5]).toContain('met in <v>Geneva</v> on Friday');
    expect(geneva[8]).toBe('Neutral');
    const confirmed = rows.filter((row) => row[1] === 'bracketed-1' && row[7] !== 'No-error');
    expect(confirmed).toHaveLength(1);
    expect(confirmed[0]!.slice(4)).toEqual([
      'rita', BRACKETED.source!.paragraphs[0], '“每个共和国都有自己的利益 <v>[and]</v> 许多边界问题，”他说。', 'Accuracy/Untranslated', 'Major', expect.stringMatching(/^\{"note":"untranslated-bracket: /),
    ]);
    // the dismissed finding's segment is error-free: reviewed, so a No-error row by the reviewer
    const noError = rows.filter((row) => row[1] === 'bracketed-1' && row[7] === 'No-error');
    expect(noError.map((row) => [row[2], row[4], row[8]])).toEqual([['2', 'rita', 'No-error']]);
    // doc_id is the segment's first English paragraph (from 1); seg_id numbers (doc, doc_id) pairs over the export
    expect([...new Set(rows.slice(1).map((row) => `${row[1]} ${row[2]} ${row[3]}`))]).toEqual(['bracketed-1 1 1', 'bracketed-1 2 2', 'news-1 1 3', 'news-1 2 4', 'news-1 3 5']);
    // an annotation without offsets (the whole paragraph) is a row without <v> markers
    const whole = rows.find((row) => row[7] === 'Fluency/Style')!;
    expect([whole[2], whole[4], whole[6]]).toEqual(['3', 'rater2', NEWS.translations[0]!.paragraphs[2]]);
  });

  it('writes every edit version as TSV', async () => {
    const rows = tsvRows(await (await rita.get(`/doc/${news}/export/edits.tsv`)).text());
    expect(rows[0]).toEqual(['system', 'doc', 'para', 'version', 'editor', 'created_at', 'stale', 'mt', 'post_edit']);
    expect(rows.slice(1).map((row) => [row[2], row[3], row[4], row[8]])).toEqual([
      ['0', '1', 'rita', '两国谈判代表周五在日内瓦举行第二轮会谈。'],
      ['0', '2', 'rita', '两国谈判代表上周五在日内瓦举行第二轮会谈。'],
    ]);
  });

  it('answers 404 for unknown formats and documents', async () => {
    for (const path of ['/export/all.xml', `/doc/${news}/export/x.json`, '/doc/999/export/mqm.tsv', '/export/__proto__']) {
      expect((await rita.get(path)).status, path).toBe(404);
    }
  });
});
