import { describe, expect, it } from 'vitest';
import { joinerFor, mqmSegments, type ParagraphLink } from '../../server/report/mqm-segments.ts';
import { MQM_TSV_HEADER, writeMqmTsv, type MqmDocument, type MqmError } from '../../server/report/mqm-tsv.ts';

// The one WMT MQM TSV writer shared by `xinda lint --format mqm-tsv` and the review export.

const EN = ['First.', 'Second.', 'Third.', 'Fourth.'];
const ZH = ['第一。', '第二。', '第三。', '第四。'];
const seg = (doc: { links: ParagraphLink[]; source?: string[]; target?: string[] }) =>
  mqmSegments({ source: doc.source ?? EN, target: doc.target ?? ZH, sourceLang: 'en', targetLang: 'zh-Hans', links: doc.links }).map((s) => [
    s.docSegId,
    s.source,
    s.target,
  ]);

describe('segments: doc_id follows the first English paragraph', () => {
  it.each<[string, ParagraphLink[], (string | number)[][]]>([
    [
      'one-to-one links number 1, 2, 3, 4',
      [0, 1, 2, 3].map((i) => ({ src: [i], tgt: [i] })),
      [
        [1, 'First.', '第一。'],
        [2, 'Second.', '第二。'],
        [3, 'Third.', '第三。'],
        [4, 'Fourth.', '第四。'],
      ],
    ],
    [
      'a merged link leaves a gap; English joined by a space, Chinese by nothing',
      [
        { src: [0, 1], tgt: [0] },
        { src: [2], tgt: [1, 2] },
        { src: [3], tgt: [3] },
      ],
      [
        [1, 'First. Second.', '第一。'],
        [3, 'Third.', '第二。第三。'],
        [4, 'Fourth.', '第四。'],
      ],
    ],
    [
      'a link without English folds into the segment before it',
      [
        { src: [0], tgt: [0] },
        { src: [], tgt: [1] },
        { src: [1, 2, 3], tgt: [2, 3] },
      ],
      [
        [1, 'First.', '第一。第二。'],
        [2, 'Second. Third. Fourth.', '第三。第四。'],
      ],
    ],
    [
      'a leading link without English folds into the first segment',
      [
        { src: [], tgt: [0] },
        { src: [0, 1], tgt: [1] },
        { src: [2, 3], tgt: [2, 3] },
      ],
      [
        [1, 'First. Second.', '第一。第二。'],
        [3, 'Third. Fourth.', '第三。第四。'],
      ],
    ],
    [
      'English the MT dropped is a segment with an empty target',
      [
        { src: [0], tgt: [0, 1] },
        { src: [1], tgt: [] },
        { src: [2, 3], tgt: [2, 3] },
      ],
      [
        [1, 'First.', '第一。第二。'],
        [2, 'Second.', ''],
        [3, 'Third. Fourth.', '第三。第四。'],
      ],
    ],
    [
      'paragraphs the links miss are kept: English alone, Chinese with the Chinese before it',
      [
        { src: [0], tgt: [0] },
        { src: [2], tgt: [3] },
      ],
      [
        [1, 'First.', '第一。第二。第三。'],
        [2, 'Second.', ''],
        [3, 'Third.', '第四。'],
        [4, 'Fourth.', ''],
      ],
    ],
    [
      'a paragraph in two links counts once, in the first',
      [
        { src: [0, 1], tgt: [0, 1] },
        { src: [1, 2, 3], tgt: [1, 2, 3] },
      ],
      [
        [1, 'First. Second.', '第一。第二。'],
        [3, 'Third. Fourth.', '第三。第四。'],
      ],
    ],
  ])('%s', (_, links, expected) => {
    expect(seg({ links })).toEqual(expected);
  });

  it.each([
    ['zh-Hans', '第一。', '第二。', ''],
    ['zh-Hant', '第一。', '第二。', ''],
    ['zh', '特朗普称将访问NATO', 'NATO秘书长说', ' '],
    ['zh', '共计2024', '2025年', ' '],
    ['zh', '他说。', 'NATO秘书长说', ''],
    ['ja', '一つ。', '二つ。', ''],
    ['en', 'One.', 'Two.', ' '],
    ['de', 'Eins.', 'Zwei.', ' '],
  ])('joins %s paragraphs "%s" + "%s" with "%s"', (lang, before, after, sep) => {
    expect(joinerFor(lang)(before, after)).toBe(sep);
  });
});

const doc = (over: Partial<MqmDocument>): MqmDocument => ({
  system: 'mt-a',
  doc: 'story',
  sourceLang: 'en',
  targetLang: 'zh-Hans',
  source: EN,
  target: ZH,
  links: [0, 1, 2, 3].map((i) => ({ src: [i], tgt: [i] })),
  errors: [],
  cleanRater: 'xinda',
  ...over,
});
const error = (over: Partial<MqmError>): MqmError => ({
  rater: 'rita',
  side: 'target',
  para: 0,
  start: 0,
  end: 1,
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  ...over,
});
const rows = (docs: MqmDocument[]) =>
  writeMqmTsv(docs)
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => l.split('\t'));

describe('writeMqmTsv', () => {
  it('writes the header, ten cells a row, and a No-error row per clean segment by the clean rater', () => {
    const r = rows([doc({})]);
    expect(r[0]).toEqual([...MQM_TSV_HEADER]);
    expect(r.slice(1)).toEqual([
      ['mt-a', 'story', '1', '1', 'xinda', 'First.', '第一。', 'No-error', 'No-error', '{}'],
      ['mt-a', 'story', '2', '2', 'xinda', 'Second.', '第二。', 'No-error', 'No-error', '{}'],
      ['mt-a', 'story', '3', '3', 'xinda', 'Third.', '第三。', 'No-error', 'No-error', '{}'],
      ['mt-a', 'story', '4', '4', 'xinda', 'Fourth.', '第四。', 'No-error', 'No-error', '{}'],
    ]);
  });

  it('writes no No-error rows when nobody vouches for clean segments', () => {
    expect(rows([doc({ cleanRater: null, errors: [error({ para: 2 })] })]).slice(1).map((x) => [x[2], x[7]])).toEqual([['3', 'Accuracy/Mistranslation']]);
  });

  it('shares seg_id between systems for the same (doc, doc_id), whatever their alignment', () => {
    const merged = doc({ system: 'mt-b', links: [{ src: [0, 1], tgt: [0, 1] }, { src: [2], tgt: [2] }, { src: [3], tgt: [3] }] });
    const other = doc({ doc: 'other', source: ['Only.'], target: ['唯一。'], links: [{ src: [0], tgt: [0] }] });
    const r = rows([doc({}), merged, other]).slice(1);
    expect(r.map((x) => `${x[0]} ${x[1]} ${x[2]} ${x[3]}`)).toEqual([
      'mt-a story 1 1',
      'mt-a story 2 2',
      'mt-a story 3 3',
      'mt-a story 4 4',
      'mt-b story 1 1',
      'mt-b story 3 3',
      'mt-b story 4 4',
      'mt-a other 1 5',
    ]);
  });

  it.each<[string, Partial<MqmDocument>, MqmError, string, string]>([
    ['a target span at the start', {}, error({ start: 0, end: 2 }), 'First.', '<v>第一</v>。'],
    ['a target span at the end', {}, error({ start: 2, end: 3 }), 'First.', '第一<v>。</v>'],
    ['a source span (an omission)', {}, error({ side: 'source', start: 0, end: 5 }), '<v>First</v>.', '第一。'],
    [
      'a span in the second paragraph of a merged segment, offset by the first and the joiner',
      { links: [{ src: [0, 1], tgt: [0, 1] }, { src: [2, 3], tgt: [2, 3] }] },
      error({ para: 1, start: 0, end: 2 }),
      'First. Second.',
      '第一。<v>第二</v>。',
    ],
    [
      'English offsets count the joining space',
      { links: [{ src: [0, 1], tgt: [0, 1] }, { src: [2, 3], tgt: [2, 3] }] },
      error({ side: 'source', para: 1, start: 0, end: 6 }),
      'First. <v>Second</v>.',
      '第一。第二。',
    ],
    ['code points, not UTF-16 units', { target: ['𠮷😀好。', ...ZH.slice(1)] }, error({ start: 2, end: 3 }), 'First.', '𠮷😀<v>好</v>。'],
    ['no offsets: no markers', {}, error({ start: null, end: null }), 'First.', '第一。'],
    ['offsets outside the paragraph: no markers', {}, error({ start: 2, end: 9 }), 'First.', '第一。'],
    [
      'tabs and line breaks become spaces, a literal <v> loses its ASCII <',
      { source: ['a\tb <v> c', ...EN.slice(1)], target: ['甲\n乙</v>', ...ZH.slice(1)] },
      error({ start: 1, end: 2 }),
      'a b ＜v> c',
      '甲<v> </v>乙＜/v>',
    ],
  ])('%s', (_, over, e, source, target) => {
    const row = rows([doc({ ...over, errors: [e] })]).find((x) => x[7] === 'Accuracy/Mistranslation')!;
    expect([row[5], row[6]]).toEqual([source, target]);
  });

  it('capitalises the severity, puts the note in the metadata JSON and cleans every cell', () => {
    const e = error({ rater: 'ri\tta', category: 'Fluency/\nGrammar', severity: 'neutral', note: 'see\tthe "style" guide\n<v>\u2028\u0085' });
    const row = rows([doc({ system: 'mt\ta', doc: 'sto\nry', errors: [e] })]).find((x) => x[8] === 'Neutral')!;
    expect(row).toHaveLength(10);
    expect([row[0], row[1], row[4], row[7]]).toEqual(['mt a', 'sto ry', 'ri ta', 'Fluency/ Grammar']);
    expect(row[9]).not.toMatch(/[\t\n\u2028\u0085]/);
    expect(JSON.parse(row[9]!)).toEqual({ note: 'see\tthe "style" guide\n<v>\u2028\u0085' });
  });

  it('keeps the errors of one segment in the order given and leaves out errors on paragraphs the document lacks', () => {
    const errors = [error({ para: 1, category: 'B' }), error({ para: 1, category: 'A' }), error({ para: 9, category: 'C' })];
    const r = rows([doc({ errors })]).slice(1);
    expect(r.map((x) => `${x[2]} ${x[7]}`)).toEqual(['1 No-error', '2 B', '2 A', '3 No-error', '4 No-error']);
  });
});
