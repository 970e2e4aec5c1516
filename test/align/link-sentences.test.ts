import { describe, expect, it } from 'vitest';
import { alignLinkSentences, alignSentencesByLength, type SentenceLink } from '../../server/align/link-sentences.ts';

const fmt = (links: SentenceLink[]) => links.map((l) => `${l.src.length}-${l.tgt.length}`);

/** Every sentence of both sides exactly once, in order. */
function covers(links: SentenceLink[], n: number, m: number): void {
  expect(links.flatMap((l) => l.src)).toEqual([...Array(n).keys()]);
  expect(links.flatMap((l) => l.tgt)).toEqual([...Array(m).keys()]);
}

describe('alignSentencesByLength', () => {
  it('links parallel sentences one to one', () => {
    const en = ['The summit opened in Astana on Friday.', 'Five presidents attended the closed session, which lasted four hours.'];
    const zh = ['峰会周五在阿斯塔纳开幕。', '五位总统出席了持续四个小时的闭门会议。'];
    expect(fmt(alignSentencesByLength(en, zh))).toEqual(['1-1', '1-1']);
  });

  it('leaves a long dropped sentence alone and merges a split one', () => {
    const en = [
      'Kazakh President Kassym-Jomart Tokayev called for closer defense cooperation among Central Asian states on Friday.',
      "Under its first president, Islam Karimov, Tashkent treated much of its neighborhood as a nuisance to be kept at arm's length, but his successor, Shavkat Mirziyoyev, saw new opportunities for trade and diplomatic solidarity after coming to power in 2016.",
      'The main driving force behind closer cooperation in the region has been Uzbekistan, the most populous country.',
    ];
    const zh = ['哈萨克斯坦总统卡西姆-若马尔特·托卡耶夫周五呼吁中亚国家加强防务合作。', '该地区加强合作的主要推动力来自乌兹别克斯坦。', '它是人口最多的国家。'];
    expect(fmt(alignSentencesByLength(en, zh))).toEqual(['1-1', '1-0', '1-2']);
  });

  it('handles empty sides', () => {
    expect(alignSentencesByLength([], [])).toEqual([]);
    expect(fmt(alignSentencesByLength(['One sentence here.'], []))).toEqual(['1-0']);
    expect(fmt(alignSentencesByLength([], ['一句话。']))).toEqual(['0-1']);
  });

  it('uses a band on big links and still covers everything', () => {
    const en = Array.from({ length: 1200 }, (_, i) => `Sentence number ${i} says something of moderate length here.`);
    const zh = Array.from({ length: 1200 }, (_, i) => `第${i}句话说了一些长度适中的内容。`);
    const links = alignSentencesByLength(en, zh);
    covers(links, 1200, 1200);
    expect(links.every((l) => l.src.length === 1 && l.tgt.length === 1)).toBe(true);
  });

  it('finishes quickly on a degenerate 50,000-character paragraph', () => {
    const la = alignLinkSentences([{ index: 0, text: 'Go. '.repeat(12_500) }], [{ index: 0, text: '走。'.repeat(25_000) }]);
    covers(la.links, 12_500, 25_000);
  });

  it('keeps paragraph indices and UTF-16 offsets of the sentences', () => {
    const la = alignLinkSentences([{ index: 3, text: '😀 One. Two.' }], [{ index: 5, text: '一。二。' }]);
    expect(la.source.map((s) => [s.para, s.start, s.end, s.text])).toEqual([[3, 0, 7, '😀 One.'], [3, 8, 12, 'Two.']]);
    expect(la.target.map((s) => [s.para, s.start, s.text])).toEqual([[5, 0, '一。'], [5, 2, '二。']]);
  });
});
