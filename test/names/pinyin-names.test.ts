import { describe, expect, it } from 'vitest';
import { pinyinMatches, pinyinSyllables, wadeGilesSyllables } from '../../server/names/pinyin-names.ts';
import { oneLinkOccurrences } from '../helpers/one-link-names.ts';

describe('pinyinSyllables', () => {
  it.each([
    ['Xi Jinping', ['xi', 'jin', 'ping']],
    ['Wang Yi', ['wang', 'yi']],
    // One word of two syllables is a place; Wade–Giles and other languages are no pinyin.
    ['Shanghai', ['shang', 'hai']],
    ['Tseng Wen-hsiung', undefined],
    ['Kassym-Jomart Tokayev', undefined],
    // Syllables Mandarin does not have (kin, fai, jen): Cantonese or English, not pinyin.
    ['Chan Kin-fai', undefined],
    ['Sha Tin', undefined],
    ['Tai Po', ['tai', 'po']],
    ['Jensen Huang', undefined],
    ['Ding Xuexiang', ['ding', 'xue', 'xiang']],
  ])('%s', (name, want) => {
    expect(pinyinSyllables(name)).toEqual(want);
  });
});

describe('wadeGilesSyllables', () => {
  it.each([
    ['Tseng Wen-hsiung', [['zeng', 'ceng'], ['wen'], ['xiong']]],
    ['Hsu Chih-wei', [['xu'], ['zhi', 'chi', 'ji', 'qi'], ['wei']]],
    // Korean and Western hyphened names spell syllables Wade–Giles has not.
    ['Lee Jae-myung', undefined],
    ['Kang Tae-young', undefined],
    ['Mary Smith-Jones', undefined],
    ['Xi Jinping', undefined],
  ])('%s', (name, want) => {
    expect(wadeGilesSyllables(name)).toEqual(want);
  });

  it('matches characters by any of the pinyin each syllable may be', () => {
    const syllables = wadeGilesSyllables('Hsu Chih-wei')!;
    expect(pinyinMatches('董事长许志伟表示', syllables).map((m) => m.text)).toEqual(['许志伟']);
    expect(pinyinMatches('董事长许伟表示', syllables)).toEqual([]);
  });
});

describe('Taiwanese names in Wade–Giles', () => {
  it.each([
    ['Water agency chief Tseng Wen-hsiung said the reservoir was full.', '水利署署长曾文雄表示，水库已满。', 'Tseng Wen-hsiung→曾文雄'],
    // A name that spells pinyin too (liao kuan ting) is read in Wade–Giles when its pinyin finds nothing.
    ['Railway engineer Liao Kuan-ting said the line would reopen.', '铁路工程师廖冠廷表示，线路将恢复通车。', 'Liao Kuan-ting→廖冠廷'],
    ['Taipower spokesman Hsu Chih-wei said so on Monday.', '台电发言人许志伟周一这样表示。', 'Hsu Chih-wei→许志伟'],
  ])('%s', (en, zh, want) => {
    expect(oneLinkOccurrences(en, zh).map((o) => `${o.source.text}→${o.text}`)).toContain(want);
  });
});
