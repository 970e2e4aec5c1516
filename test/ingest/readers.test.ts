import { describe, expect, it } from 'vitest';
import { readPairedText } from '../../server/ingest/paired-text.ts';
import { readJsonl } from '../../server/ingest/jsonl.ts';

describe('readPairedText', () => {
  it('reads one paragraph per non-blank line and the meta file', () => {
    const doc = readPairedText({
      name: 'a',
      en: { path: 'c/a.en.txt', text: 'Headline\n\nFirst paragraph.\r\nSecond.\n' },
      zh: { path: 'c/a.zh.txt', text: '\n标题\n第一段。\n第二段。\n\n\n' },
      meta: { path: 'c/a.meta.json', text: '{"outlet":"RFE/RL","system":"deepl","published":"2024-08-15","note":"ignored"}' },
    });
    expect(doc.source).toEqual({ key: 'a', lang: 'en', paragraphs: ['Headline', 'First paragraph.', 'Second.'], title: 'Headline', outlet: 'RFE/RL', published: '2024-08-15' });
    expect(doc.translations).toEqual([{ system: 'deepl', lang: 'zh-Hans', paragraphs: ['标题', '第一段。', '第二段。'], annotations: [] }]);
    expect(doc.warnings).toEqual([]);
  });

  it('warns when the paragraph counts are far apart', () => {
    const doc = readPairedText({ name: 'a', en: { path: 'a.en.txt', text: 'a\nb\nc\nd\n' }, zh: { path: 'a.zh.txt', text: '甲\n乙\n' } });
    expect(doc.warnings).toEqual(['a.en.txt: 4 paragraphs against 2 in a.zh.txt; check that these files belong together']);
  });

  it.each([
    [{ name: 'a', en: { path: 'd/a.en.txt', text: 'x' } }, 'd/a.en.txt: no translation beside it: expected a.zh.txt in the same folder'],
    [{ name: 'a', en: { path: 'a.en.txt', text: 'x' }, zh: { path: 'a.zh.txt', text: '\n  \n' } }, 'a.zh.txt: file is empty'],
    [{ name: 'a', zh: { path: 'a.zh.txt', text: '甲' }, meta: { path: 'a.meta.json', text: '{"title": 3' } }, 'a.meta.json: malformed JSON'],
    [{ name: 'a', zh: { path: 'a.zh.txt', text: '甲' }, meta: { path: 'a.meta.json', text: '{"title": [1]}' } }, 'a.meta.json: field "title" must be a string'],
  ])('refuses bad pairs (%#)', (files, message) => {
    expect(() => readPairedText(files)).toThrow(message);
  });

  it('a lone Chinese file is a translation whose source is found later', () => {
    const doc = readPairedText({ name: 'b', zh: { path: 'b.zh.txt', text: '甲\n' }, meta: { path: 'b.meta.json', text: '{"source_id":"k1"}' } });
    expect(doc.source).toBeUndefined();
    expect(doc.sourceKey).toBe('k1');
  });
});

describe('readJsonl: documents', () => {
  it('reads sources, translations and annotations', () => {
    const line = JSON.stringify({
      id: 'd1',
      source: { title: 'T', outlet: 'O', url: 'https://x', published: '2024-01-02', paragraphs: ['A.', 'B.'] },
      translations: [{ system: 's1', paragraphs: ['甲。', '乙。'], annotations: [{ para: 1, start: 0, end: 1, text: '乙', category: 'Style', severity: 'Major', author: 'ed' }] }],
    });
    const [doc] = readJsonl('f.jsonl', `\n${line}\n`);
    expect(doc!.origin).toEqual({ file: 'f.jsonl', line: 2 });
    expect(doc!.source).toMatchObject({ key: 'd1', title: 'T', outlet: 'O', url: 'https://x', published: '2024-01-02', paragraphs: ['A.', 'B.'] });
    expect(doc!.translations[0]!.annotations).toEqual([
      { side: 'target', para: 1, start: 0, end: 1, text: '乙', category: 'Style', severity: 'major', author: 'ed' },
    ]);
  });

  it.each([
    ['{"id":"a","source":{"paragraphs":["A"]}}\n{"id":', 'f.jsonl:2: malformed JSON'],
    ['[1,2]', 'f.jsonl:1: expected a JSON object on this line'],
    ['{"id":"a"}', 'f.jsonl:1: record has neither "source" nor "translations"'],
    ['{"id":"a","source":{"paragraphs":"A"}}', 'f.jsonl:1: field "source.paragraphs" must be an array of strings'],
    ['{"id":"a","source":{"paragraphs":["A"]},"translations":[{"paragraphs":["甲"]}]}', 'f.jsonl:1: missing field "translations[0].system"'],
    ['{"id":"a","source":{"paragraphs":["A"]},"translations":[{"system":"s","paragraphs":["甲"],"annotations":[{"para":0,"category":"x","severity":"huge","author":"a"}]}]}', 'must be one of neutral/minor/major/critical'],
    ['  \n\n', 'f.jsonl: file is empty'],
  ])('refuses %s', (text, message) => {
    expect(() => readJsonl('f.jsonl', text)).toThrow(message);
  });
});

describe('readJsonl: segment rows', () => {
  const row = (doc: string, i: number, system: string, source: string, target: string, errors: unknown[] = []) =>
    JSON.stringify({ doc_id: doc, seg_index: i, system, source, target, errors });

  it('groups rows by document and system in seg_index order and shares identical sources', () => {
    const text = [
      row('d1', 1, 'A', 'Two.', '二。', [{ side: 'target', start: 0, end: 1, text: '二', category: 'Accuracy/Mistranslation', severity: 'minor', rater: 'r1' }]),
      row('d1', 0, 'A', 'One.', '一。'),
      row('d1', 0, 'B', 'One.', '壹。'),
      row('d1', 1, 'B', 'Two.', '贰。', [{ side: 'source', start: null, end: null, text: 'Two', category: 'Accuracy/Omission', severity: 'major', rater: 'r2' }]),
    ].join('\n');
    const docs = readJsonl('m.jsonl', text);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.source!.paragraphs).toEqual(['One.', 'Two.']);
    expect(docs[0]!.source!.key).toBe(docs[1]!.source!.key);
    expect(docs[0]!.translations[0]).toMatchObject({ system: 'A', paragraphs: ['一。', '二。'] });
    expect(docs[0]!.translations[0]!.annotations).toEqual([
      { side: 'target', para: 1, start: 0, end: 1, text: '二', category: 'Accuracy/Mistranslation', severity: 'minor', author: 'r1' },
    ]);
    expect(docs[1]!.translations[0]!.annotations[0]).toMatchObject({ side: 'source', para: 1, start: null, end: null, author: 'r2' });
  });

  it('keeps out-of-range offsets as whole-paragraph annotations', () => {
    const docs = readJsonl('m.jsonl', row('d', 0, 'A', 'One.', '一。', [{ side: 'target', start: 5, end: 9, text: 'x', category: 'c', severity: 'minor', rater: 'r' }]));
    expect(docs[0]!.translations[0]!.annotations[0]).toMatchObject({ start: null, end: null });
  });

  it.each([
    [JSON.stringify({ doc_id: 'd', seg_index: 0, system: 'A', target: '一' }), 'm.jsonl:1: missing field "source"'],
    [JSON.stringify({ doc_id: 'd', seg_index: 0, system: 'A', source: 'One' }), 'm.jsonl:1: missing field "target"'],
    [JSON.stringify({ doc_id: 'd', seg_index: 'x', system: 'A', source: 'One', target: '一' }), 'field "seg_index" must be an integer'],
    [`${row('d', 0, 'A', 'a', '甲')}\n${row('d', 0, 'A', 'b', '乙')}`, 'm.jsonl:2: duplicate seg_index 0'],
    [`${row('d', 0, 'A', 'a', '甲')}\n{"id":"x","translations":[]}`, 'm.jsonl:2: expected a segment row'],
  ])('refuses bad rows (%#)', (text, message) => {
    expect(() => readJsonl('m.jsonl', text)).toThrow(message);
  });
});
