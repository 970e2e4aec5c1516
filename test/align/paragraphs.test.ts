import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { alignParagraphs, chineseLength, RATIO } from '../../server/align/paragraphs.ts';

const fmt = (links: { src: number[]; tgt: number[] }[]) => links.map((l) => `[${l.src.join(',')}]:[${l.tgt.join(',')}]`);

describe('alignParagraphs', () => {
  it('links equal-length documents one to one', () => {
    const en = ['The president spoke on August 9 in Astana for an hour.', 'He said 240,000 people had signed the petition.'];
    const zh = ['总统8月9日在阿斯塔纳讲话一小时。', '他说已有24万人签署请愿书。'];
    expect(fmt(alignParagraphs(en, zh))).toEqual(['[0]:[0]', '[1]:[1]']);
  });

  it('finds a dropped paragraph and a merge', () => {
    const en = [
      'Kazakh President Kassym-Jomart Tokayev called for closer defense cooperation among Central Asian states on Friday.',
      'A Subheading That Was Dropped',
      'Analysts said the proposal, published on August 8, was aimed at Moscow as much as at the region itself.',
      'It drew 1,500 comments.',
      'The summit opened in Astana on August 9 with five presidents attending the closed session.',
    ];
    const zh = [
      '哈萨克斯坦总统托卡耶夫周五呼吁中亚国家加强防务合作。',
      '分析人士说，这份8月8日发表的提议既针对该地区，也针对莫斯科。它引来1500条评论。',
      '峰会于8月9日在阿斯塔纳开幕，五位总统出席了闭门会议。',
    ];
    expect(fmt(alignParagraphs(en, zh))).toEqual(['[0]:[0]', '[1]:[]', '[2,3]:[1]', '[4]:[2]']);
  });

  it('handles empty sides', () => {
    expect(fmt(alignParagraphs([], ['一。']))).toEqual(['[]:[0]']);
    expect(alignParagraphs([], [])).toEqual([]);
  });

  it('reproduces the hand-made alignment of the demo article', () => {
    const lines = (f: string) => readFileSync(new URL(`../../corpus/${f}`, import.meta.url), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const gold = readFileSync(new URL('../../corpus/seed-000.alignment-notes.md', import.meta.url), 'utf8').match(/^\[[\d, ]*\]:\[[\d, ]*\]$/gm)!;
    const got = fmt(alignParagraphs(lines('seed-000.en.txt'), lines('seed-000.zh.txt')));
    expect(got).toEqual(gold.map((g) => g.replace(/ /g, '')));
  });
});

describe('chineseLength', () => {
  // Code points, each Latin one at the English rate: as a for-of over the text counts them.
  const byCodePoints = (p: string) => [...p].reduce((n, ch) => n + (ch.charCodeAt(0) < 128 ? RATIO : 1), 0);
  it.each(['', '会谈将恢复', 'NATO 峰会', '𠀀𠀁 and 𪚥', 'lone \ud800 high', 'lone \udc00 low', 'ends high \ud800', '\udc00\ud800 reversed'])('%j', (p) => {
    expect(chineseLength(p)).toBeCloseTo(byCodePoints(p), 12);
  });
});
