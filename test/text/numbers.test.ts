import { describe, expect, it } from 'vitest';
import { chineseNumbers, englishNumbers, parseChineseNumeral } from '../../server/text/numbers.ts';

const values = (ms: { value: string; kind: string }[]) => ms.map((m) => `${m.kind}:${m.value}`);

describe('chineseNumbers', () => {
  it.each([
    ['约24万粉丝', ['number:240000']],
    ['预算2.5亿美元', ['number:250000000']],
    ['6500公里', ['number:6500']],
    ['6,500公里', ['number:6500']],
    ['230多人死亡', ['number:230']],
    ['8月9日在阿斯塔纳', ['date:8-9']],
    ['2024年8月9日', ['date:2024-8-9']],
    ['2016年上台', ['year:2016']],
    ['增长了3.5%', ['percent:3.5']],
    ['增长了12％', ['percent:12']],
    ['二十名士兵', ['number:20']],
    ['三百五十人', ['number:350']],
    ['两千零二十四', ['number:2024']],
    ['1.2万亿元', ['number:1200000000000']],
    ['第六次会议', []],
    ['统一战线', []],
  ])('%s', (text, expected) => {
    expect(values(chineseNumbers(text))).toEqual(expected);
  });
});

describe('englishNumbers', () => {
  it.each([
    ['some 240,000 followers', ['number:240000']],
    ['$250 million budget', ['number:250000000']],
    ['a 6,500-kilometer border', ['number:6500']],
    ['more than 230 people', ['number:230']],
    ['on August 9 in Astana', ['date:8-9']],
    ['on Aug. 9, 2024,', ['date:2024-8-9']],
    ['Sept. 11 attacks', ['date:9-11']],
    ['came to power in 2016', ['year:2016']],
    ['grew 3.5 percent', ['percent:3.5']],
    ['grew 12%', ['percent:12']],
    ['1.2 trillion yuan', ['number:1200000000000']],
    ['MI6 and G7', []],
  ])('%s', (text, expected) => {
    expect(values(englishNumbers(text))).toEqual(expected);
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10], ['十五', 15], ['二十', 20], ['一百零五', 105], ['三千', 3000], ['一万二千', 12000], ['一亿二千万', 120000000],
  ])('%s = %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  it('rejects non-numerals', () => expect(parseChineseNumeral('中国')).toBeNaN());
});
