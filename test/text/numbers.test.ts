import { describe, expect, it } from 'vitest';
import { canonical, chineseNumbers, englishNumbers, parseChineseNumeral } from '../../server/text/numbers.ts';

const values = (ms: readonly { value: string; kind: string }[]) => ms.map((m) => `${m.kind}:${m.value}`);

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
    ['2022年1月的动乱', ['year:2022', 'month:1']],
    ['二〇二四年', ['year:2024']],
    ['三千五百人', ['number:3500']],
    ['五十两银子', ['number:50']],
    ['百分之三十', ['percent:30']],
    ['三分之二', ['fraction:0.666666666667']],
    ['250百万美元', ['number:250000000']],
    ['300万至500万例', ['number:3000000', 'number:5000000']],
    ['MI6和G7、5G、COVID-19、Birlestik-2024', []],
    ['剂量为10mg', ['number:10']],
    // 千 before 米, 克 and 瓦 is kilo-, not a thousand; before anything else it is the scale.
    ['5千米、5千克、5千瓦、5千人', ['number:5', 'number:5', 'number:5', 'number:5000']],
    ['一些、之一、一直、一一、万一、三四天、数十万、几百', []],
  ])('%s', (text, expected) => {
    expect(values(chineseNumbers(text))).toEqual(expected);
  });

  it('marks approximate figures and units', () => {
    const [a] = chineseNumbers('约24万粉丝');
    expect(a).toMatchObject({ value: '240000', approx: true });
    expect(chineseNumbers('230多人')[0]?.approx).toBe(true);
    expect(chineseNumbers('长达6500公里')[0]?.unit).toBe('km');
  });

  // Every unit after digits (blanks allowed) and after a numeral: the units' first characters
  // are what zhUnit looks for before trying them.
  it.each([
    ['5平方英里', 'sqmile'], ['5平方公里', 'sqkm'], ['5 英里', 'mile'], ['5公里', 'km'], ['5千米', 'km'], ['5千克', 'kg'],
    ['5英尺', 'ft'], ['5英寸', 'in'], ['5厘米', 'cm'], ['5米', 'm'], ['5磅', 'lb'], ['5公斤', 'kg'],
    ['5英亩', 'acre'], ['5公顷', 'ha'], ['5加仑', 'gal'], ['5升', 'l'], ['5华氏度', 'F'],
    ['5摄氏度', 'C'], ['5℃', 'C'], ['5 °C', 'C'], ['三十公里', 'km'], ['5人', undefined], ['5平方', undefined],
  ])('%s has the unit %s', (text, unit) => {
    expect(chineseNumbers(text)[0]?.unit).toBe(unit);
  });

  it('reads a lone digit before a measure word only when asked', () => {
    expect(values(chineseNumbers('三名士兵和两架飞机'))).toEqual([]);
    expect(values(chineseNumbers('三名士兵和两架飞机', { words: true }))).toEqual(['number:3', 'number:2']);
    expect(values(chineseNumbers('第六次会议，两人，三月', { words: true }))).toEqual(['month:3']);
  });

  // One reading serves both (text/numbers.ts): each must come out the same whichever of the
  // two is asked for first.
  it.each([
    ['三名士兵在2024年8月9日抵达，两架飞机', ['date:2024-8-9'], ['number:3', 'date:2024-8-9', 'number:2']],
    ['二十名士兵和三架飞机，五月', ['number:20'], ['number:20', 'number:3', 'month:5']],
    ['百分之三十的两人', ['percent:30'], ['percent:30']],
    ['没有数字', [], []],
  ])('%s: strictly %j, with words %j', (text, strict, withWords) => {
    expect(values(chineseNumbers(`${text}。`))).toEqual(strict);
    expect(values(chineseNumbers(`${text}。`, { words: true }))).toEqual(withWords);
    expect(values(chineseNumbers(`${text}！`, { words: true }))).toEqual(withWords);
    expect(values(chineseNumbers(`${text}！`))).toEqual(strict);
  });

  it('shares the scale of a range (3至5万)', () => {
    expect(chineseNumbers('3至5万人')[0]?.also).toEqual(['30000']);
  });

  it('keeps figures run together as one garbled figure', () => {
    expect(values(chineseNumbers('（483.5519.1）'))).toEqual(['number:483.5519.1']);
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
    ['on 9 August 2024', ['date:2024-8-9']],
  ])('%s', (text, expected) => {
    expect(values(englishNumbers(text))).toEqual(expected);
  });

  const loose = (t: string) => englishNumbers(t, { loose: true });
  const answers = (t: string) => new Set(loose(t).flatMap((m) => [m.value, ...(m.also ?? [])]));

  it.each([
    ['twenty-five soldiers', '25'],
    ['thirty-six thousand, five hundred and one', '36501'],
    ['a dozen eggs', '12'],
    ['two decades', '20'],
    ['the sixth meeting', '6'],
    ['twenty-first century', '21'],
    ['two-thirds of voters', '0.666666666667'],
    ['half of them', '50'],
    ['both sides', '2'],
    ['in January', '1'],
    ['at 3 p.m.', '15'],
    ['in the 1990s', '20'],
    ['the G20 summit', '20'],
    ['3 to 5 million cases', '3000000'],
    ['290 000 deaths', '290000'],
    ['a $2.5bn loan', '2500000000'],
    ['in the eighties', '80'],
    ['during any trimester', '3'],
  ])('loosely, "%s" can be answered by %s', (text, value) => {
    expect(answers(text).has(value)).toBe(true);
  });

  it('marks weak readings, approximations and units', () => {
    expect(loose('both sides')[0]?.weak).toBe(true);
    expect(loose('MI6')[0]?.weak).toBe(true);
    expect(loose('some 240,000 followers')[0]?.approx).toBe(true);
    expect(loose('100 miles')[0]?.unit).toBe('mile');
    expect(loose('one of them')[0]?.weak).toBe(true);
  });
});

describe('canonical', () => {
  it.each<[number, string]>([
    [240000, '240000'],
    [-12, '-12'],
    [-0, '0'],
    [999_999_999_999, '999999999999'],
    [1e12, '1000000000000'],
    [1_234_567_890_123, '1234567890120'],
    [2.5e8, '250000000'],
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.333333333333'],
  ])('%d → %s', (n, s) => expect(canonical(n)).toBe(s));
});

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10], ['十五', 15], ['二十', 20], ['一百零五', 105], ['三千', 3000], ['一万二千', 12000], ['一亿二千万', 120000000],
    ['三千五', 3500], ['一万二', 12000], ['三千零五', 3005], ['二〇二四', 2024], ['两千零二十四', 2024],
  ])('%s = %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  it('rejects non-numerals', () => {
    expect(parseChineseNumeral('中国')).toBeNaN();
    expect(parseChineseNumeral('一五一十')).toBeNaN();
    expect(parseChineseNumeral('十百')).toBeNaN();
  });
});

describe('long runs of numerals', () => {
  // A regression guard: an unbounded run before 分之 once made this quadratic (seconds).
  it('reads 50,000 numeral characters without backtracking', () => {
    expect(chineseNumbers('一'.repeat(50_000))).toEqual([]);
    expect(chineseNumbers(`${'一'.repeat(50_000)}三分之一`).map((n) => n.kind)).toEqual(['fraction']);
  });
});
