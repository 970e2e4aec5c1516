import { describe, expect, it } from 'vitest';
import { alignZhEn, type ZhEnLink } from '../../server/align/sentence-align.ts';
import { alignLines, chineseSide } from '../../server/align/align-lines.ts';
import { dictionary } from '../../server/align/dictionary.ts';
import { namesRead, pinyinSyllables, wantedNames } from '../../server/align/pinyin-names.ts';
import { chineseSentence, englishSentence, segmentChinese } from '../../server/align/sentence-features.ts';

const fmt = (ls: ZhEnLink[]) => ls.map((l) => `[${l.zh.join(',')}]:[${l.en.join(',')}]`);

/** Every sentence of both sides exactly once, in order. */
function covers(links: { zh: number[]; en: number[] }[], zh: number, en: number): void {
  expect(links.flatMap((l) => l.zh)).toEqual([...Array(zh).keys()]);
  expect(links.flatMap((l) => l.en)).toEqual([...Array(en).keys()]);
}

describe('dictionary and sentence features', () => {
  it('cuts Chinese into dictionary words, fewest first', () => {
    expect(segmentChinese('那天晚上我们喝了热茶。', dictionary())).toEqual(['那天', '晚上', '我们', '喝', '了', '热茶']);
  });

  it('matches Chinese words to English ones through their glosses', () => {
    const d = dictionary();
    const zh = chineseSentence('我们喝了热茶。', d, wantedNames([]));
    const en = englishSentence('We drank hot tea.', d);
    // "drank" reaches 喝 (to drink) through its base form.
    const matched = [...en.keys].filter((k) => zh.keyWords.has(k));
    expect(matched.length).toBeGreaterThanOrEqual(2);
  });

  it('reads pinyin names in Latin script back into Chinese characters', () => {
    const d = dictionary();
    expect(pinyinSyllables('Xiaoming', d)).toEqual(['xiao', 'ming']);
    expect(pinyinSyllables('Chun-yan', d)).toEqual(['chun', 'yan']);
    expect(pinyinSyllables('Smith', d)).toBeNull();
    expect([...namesRead('王小明在上海。', wantedNames(['xiao ming', 'chun yan']), d)]).toEqual(['xiao ming']);
  });

  it('turns numbers, Latin tokens, countries and questions into shared anchors', () => {
    const d = dictionary();
    const en = englishSentence('Did 240,000 people in Kazakhstan sign the NATO petition?', d);
    const zh = chineseSentence('哈萨克斯坦有24万人签署了NATO请愿书吗？', d, wantedNames([]));
    const shared = [...en.anchors].filter((a) => zh.anchors.has(a)).sort();
    expect(shared).toEqual(['#240000', '?', 'CKZ', 'Lnato']);
  });
});

describe('alignZhEn', () => {
  it('lets the words decide where a Chinese sentence split in two belongs', () => {
    const links = alignZhEn(
      ['Yesterday I met his elder brother in Beijing.', 'He was very tall.', 'The weather was cold, so we drank hot tea together.'],
      ['我昨天在北京见到了他的哥哥，他个子很高。', '天气很冷，我们一起喝了热茶。'],
    );
    expect(fmt(links)).toEqual(['[0]:[0,1]', '[1]:[2]']);
  });

  it('links parallel sentences with pinyin names one to one', () => {
    const links = alignZhEn(
      ['Wang Xiaoming met Li Chunyan in Shanghai.', 'They talked about the old factory for an hour.', 'Then the rain started.'],
      ['王小明在上海遇到了李春燕。', '他们谈了一个小时老工厂的事。', '接着下起了雨。'],
    );
    expect(fmt(links)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]']);
  });

  it('merges two English sentences rendered as one Chinese sentence', () => {
    expect(fmt(alignZhEn(['He left.', 'She stayed.'], ['他走了，她留下了。']))).toEqual(['[0]:[0,1]']);
  });

  it('handles empty sides', () => {
    expect(alignZhEn([], [])).toEqual([]);
    expect(fmt(alignZhEn(['One.', 'Two.'], []))).toEqual(['[]:[0]', '[]:[1]']);
    expect(fmt(alignZhEn([], ['一。']))).toEqual(['[0]:[]']);
  });

  it('covers a long text in order through the anchor band', () => {
    // Sentences that differ only by their numbers: the numbers are the anchors.
    const en = Array.from({ length: 1500 }, (_, i) => `In year ${1000 + i} the village planted ${i * 7 + 3} trees near the river.`);
    const zh = Array.from({ length: 1500 }, (_, i) => `${1000 + i}年，村里在河边种了${i * 7 + 3}棵树。`);
    const links = alignZhEn(en, zh);
    covers(links, 1500, 1500);
    expect(links.filter((l) => l.zh.length === 1 && l.en.length === 1 && l.zh[0] === l.en[0]).length).toBeGreaterThan(1450);
  });
});

describe('alignZhEn on a long text with a block missing from the translation', () => {
  it('finds the pairs again after the gap and covers everything', () => {
    const en: string[] = [];
    const zh: string[] = [];
    const enOf: number[] = []; // the Chinese sentence each English one renders, or -1
    for (let i = 0; i < 600; i++) {
      if (i === 300) for (let k = 0; k < 60; k++) (en.push('An added remark without counterpart, about weather and roads.'), enOf.push(-1));
      en.push(`In year ${1000 + i} the village planted ${i * 7 + 3} trees near the river.`);
      enOf.push(zh.length);
      zh.push(`${1000 + i}年，村里在河边种了${i * 7 + 3}棵树。`);
    }
    const links = alignZhEn(en, zh);
    covers(links, zh.length, en.length);
    // Near the gap the unmatched remarks may be folded into neighbouring links (the priors come
    // from literary translation, where whole sentences are rarely left out); away from it the
    // anchors put every pair back together.
    const far = links.filter((l) => l.zh.length > 0 && Math.abs(l.zh[0]! - 300) > 20);
    const together = far.filter((l) => l.en.some((e) => l.zh.includes(enOf[e]!)));
    expect(together.length / far.length).toBeGreaterThan(0.99);
  });
});

describe('alignLines', () => {
  const en = ['The weather was cold.', 'We drank hot tea.'];
  const zh = ['天气很冷。', '我们喝了热茶。'];

  it('finds the Chinese side whichever file it is', () => {
    expect(chineseSide(en, zh)).toBe('tgt');
    expect(chineseSide(zh, en)).toBe('src');
    expect(chineseSide(en, en)).toBeNull();
  });

  it('gives the same links in both directions, sides swapped', () => {
    const a = alignLines(en, zh, 'tgt');
    const b = alignLines(zh, en, 'src');
    expect(a).toEqual([
      { src: [0], tgt: [0] },
      { src: [1], tgt: [1] },
    ]);
    expect(b.map((l) => ({ src: l.tgt, tgt: l.src }))).toEqual(a);
  });
});
