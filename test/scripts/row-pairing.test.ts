import { describe, expect, it } from 'vitest';
import { buildDocument, correctRows, rowsOfSentences } from '../../scripts/lib/row-pairing.ts';

const rows = [
  { source: 'First row. It has two sentences.', target: '第一行。它有两句话。' },
  { source: 'Second row.', target: '第二行。' },
  { source: 'Third row.', target: '第三行' }, // no final mark: runs into the next row's Chinese
  { source: 'Fourth row.', target: '第四行。' },
];

describe('News-MT row pairing', () => {
  it('joins rows into paragraphs of a few segments on both sides', () => {
    const d = buildDocument(rows);
    expect(d.source).toEqual(['First row. It has two sentences. Second row. Third row.', 'Fourth row.']);
    expect(d.target).toEqual(['第一行。它有两句话。第二行。第三行', '第四行。']);
    expect(d.spans[1]).toEqual({ para: 0, src: [33, 44], tgt: [10, 14] });
  });

  it('counts a row correct only when its sentences link within the row', () => {
    const d = buildDocument(rows.slice(0, 2));
    const src = [
      { para: 0, start: 0, end: 10 },
      { para: 0, start: 11, end: 32 },
      { para: 0, start: 33, end: 44 },
    ];
    const tgt = [
      { para: 0, start: 0, end: 4 },
      { para: 0, start: 4, end: 10 },
      { para: 0, start: 10, end: 14 },
    ];
    const sr = rowsOfSentences(src, d.spans, 'src');
    const tr = rowsOfSentences(tgt, d.spans, 'tgt');
    expect(sr).toEqual([[0], [0], [1]]);
    const right = [
      { src: [0], tgt: [0] },
      { src: [1], tgt: [1] },
      { src: [2], tgt: [2] },
    ];
    expect(correctRows(2, sr, tr, right)).toEqual([true, true]);
    // A link across the row boundary fails both rows.
    expect(correctRows(2, sr, tr, [{ src: [0], tgt: [0] }, { src: [1, 2], tgt: [1, 2] }])).toEqual([false, false]);
    // A sentence left unlinked leaves its row unpaired.
    expect(correctRows(2, sr, tr, [{ src: [0, 1], tgt: [0, 1] }, { src: [2], tgt: [] }, { src: [], tgt: [2] }])).toEqual([true, false]);
  });

  it('fails both rows of a Chinese sentence that straddles them', () => {
    const d = buildDocument(rows);
    const tgt = [
      { para: 0, start: 0, end: 4 },
      { para: 0, start: 4, end: 10 },
      { para: 0, start: 10, end: 14 },
      { para: 0, start: 14, end: 17 },
      { para: 1, start: 0, end: 4 },
    ];
    expect(rowsOfSentences(tgt, d.spans, 'tgt')[3]).toEqual([2]);
    const d2 = buildDocument([rows[2]!, rows[3]!, rows[0]!]);
    // 第三行第四行。 is one sentence spanning rows 0 and 1 of this document.
    expect(rowsOfSentences([{ para: 0, start: 0, end: 7 }], d2.spans, 'tgt')).toEqual([[0, 1]]);
  });
});
