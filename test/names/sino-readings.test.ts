import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentNames } from '../../server/names/entities.ts';
import { EMPTY_REFERENCE } from '../../server/checks/reference.ts';
import { hangulToLatin, parseReadingLine, readingLines, sinoReadingsModule } from '../../server/names/sino-readings-format.ts';
import { SINO_READINGS } from '../../server/names/sino-readings.data.ts';
import { hongKongSpellings, readingKey, readingMatches, spellingKey } from '../../server/names/sino-readings.ts';
import { UNIHAN_DIR, hasUnihan, unihanReadings } from '../../scripts/lib/unihan-readings.ts';

describe('Japanese, Korean and Vietnamese names read from their characters', () => {
  it.each([
    // Japanese: kun readings, on readings with rendaku and gemination, the family name first.
    ['熊本县知事表示', 'Kumamoto', '熊本'],
    ['横纲丰昇龙在两国国技馆夺冠', 'Ryogoku Kokugikan', '两国国技馆'],
    ['横纲丰昇龙在两国国技馆夺冠', 'Hoshoryu', '丰昇龙'],
    ['据《北海道新闻》报道', 'Hokkaido', '北海道'],
    ['石桥说', 'Ishibashi', '石桥'],
    // Rendaku of s as j (岛 shima in Uwa-jima).
    ['宇和岛市长表示', 'Uwajima', '宇和岛'],
    ['首相石破茂表示', 'Shigeru Ishiba', '石破茂'],
    // A kun reading's stem (早 hayai → haya, 苗 nae), and oo as a long o, not the Korean u.
    ['首相高市早苗表示', 'Sanae Takaichi', '高市早苗'],
    ['古川俊太郎说', 'Shuntaro Furukawa', '古川俊太郎'],
    // Korean: Revised Romanization and the spellings English keeps (Lee, Park, Woo, Myung, Suk).
    ['全州市长禹凡基表示', 'Jeonju', '全州'],
    ['全州市长禹凡基表示', 'Woo Beom-ki', '禹凡基'],
    ['总统李在明说', 'Lee Jae-myung', '李在明'],
    ['前总统朴槿惠', 'Park Geun-hye', '朴槿惠'],
    ['尹锡悦表示', 'Yoon Suk-yeol', '尹锡悦'],
    // Vietnamese, through the traditional form (怀 is read as 懷).
    ['越竹航空总裁梁怀南说', 'Luong Hoai Nam', '梁怀南'],
  ])('%s has %s', (text, english, want) => {
    expect(readingMatches(text, english).map((m) => m.text)).toContain(want);
  });

  it.each([
    // Not names of those languages, or not the characters' readings.
    ['他说人工智能数据中心将开工', 'Jeonju'],
    ['俄罗斯总统普京表示', 'Vladimir Putin'],
    ['该公司股价上涨', 'Alexander Smith'],
    // Too short to tell from chance, and one character is never a whole name here.
    ['金说', 'Kim'],
    // Rendaku makes shi ji, not sa ja: 崎 saki is Naga-zaki, never Naga-jaki.
    ['长崎港', 'Nagajaki'],
  ])('%s has no %s', (text, english) => {
    expect(readingMatches(text, english)).toEqual([]);
  });

  it('forgets what romanisations disagree on, and what English spelling adds', () => {
    expect(readingKey('ryougoku')).toBe(readingKey('ryogoku'));
    expect(readingKey('beom')).toBe(readingKey('pom'));
    expect(spellingKey('Park')).toBe(readingKey('bak'));
    expect(spellingKey('Shimbun')).toBe(readingKey('shinbun'));
    expect(readingKey('seo')).not.toBe(readingKey('sa'));
  });

  it('links such a name in a document, as a rendering by sound', () => {
    const doc = { key: 'd', source: ['Kumamoto Governor Takashi Kimura visited Kikuyo on Monday.'], target: ['熊本县知事木村敬周一访问了菊阳町。'], links: [{ src: [0], tgt: [0] }] };
    const occ = documentNames(doc, EMPTY_REFERENCE).entities.flatMap((e) => e.renderings.flatMap((r) => r.occurrences.map((o) => `${o.source.text}→${o.text}:${r.how}`)));
    expect(occ).toContain('Kumamoto→熊本:sound');
    expect(occ).toContain('Kikuyo→菊阳:sound');
  });

  // A given name read as its bearer chose (弘之 Hiroyuki): the surname read, the characters after
  // it up to the sentence's next word, the first of them reading as the given name starts.
  const occurrences = (en: string, zh: string) =>
    documentNames({ key: 'd', source: [en], target: [zh], links: [{ src: [0], tgt: [0] }] }, EMPTY_REFERENCE).entities.flatMap((e) =>
      e.renderings.flatMap((r) => r.occurrences.map((o) => `${o.source.text}→${o.text}`)),
    );
  it.each([
    ['发言人竹林弘之表示，该工厂将重新开放。', ['Hiroyuki Takebayashi→竹林弘之']],
    // The surname alone before the sentence's word (表示) or a function word (说): no full name.
    ['发言人竹林表示，该工厂将重新开放。', []],
    ['发言人竹林说，该工厂将重新开放。', []],
  ])('a Japanese full name: %s', (zh, want) => {
    expect(occurrences('Spokesman Hiroyuki Takebayashi said the plant would reopen.', zh)).toEqual(want);
  });

  it.each([
    // A name that also spells pinyin is read when its pinyin finds nothing (yong-in, gen-kai).
    ['The first fab at Yongin will be ready by May.', '龙仁的首座晶圆厂将于5月前建成。', ['Yongin→龙仁']],
    // An organisation's place read alone is not the organisation; with the Korean category word
    // for a port authority (港湾公社) it is.
    ['The Ulsan Port Authority expanded the terminal.', '蔚山扩建了码头。', []],
    ['The Ulsan Port Authority expanded the terminal.', '蔚山港湾公社扩建了码头。', ['Ulsan Port Authority→蔚山港湾公社']],
  ])('%s', (en, zh, want) => {
    expect(occurrences(en, zh)).toEqual(want);
  });

  it.each([
    // The given name's first character may be a function word's (和 kazu), not alone ("and").
    ['核电站站长石黑和宪表示，该机组将重启。', ['Kazunori Ishiguro→石黑和宪']],
    ['核电站站长石黑和工程师表示，该机组将重启。', []],
  ])('a given name that opens with a function word: %s', (zh, want) => {
    expect(occurrences('Plant chief Kazunori Ishiguro said the unit would restart.', zh)).toEqual(want);
  });

  it.each([
    // A given name of two characters whose first reads as a name's only (雅 masa) is known by its
    // second reading as the name ends (子 ko); a verb's i-form is a name's reading too (巻 maku → maki).
    ['Official Masako Tsukamoto said the schools were closed.', '官员冢本雅子表示，学校已停课。', ['Masako Tsukamoto→冢本雅子']],
    ['Plant manager Naoki Tsurumaki said the plant would switch.', '电厂厂长鹤卷直树表示，该厂将转换燃料。', ['Naoki Tsurumaki→鹤卷直树']],
    // Not a word of the sentence after the surname.
    ['Official Masako Tsukamoto said the schools were closed.', '官员冢本说子女的学校已停课。', []],
  ])('a given name known by its end: %s', (en, zh, want) => {
    expect(occurrences(en, zh)).toEqual(want);
  });
});

describe('sino-readings.data.ts', () => {
  it('reads Hangul in Revised Romanization', () => {
    expect(['전', '범', '석', '최', '명', '박'].map(hangulToLatin)).toEqual(['jeon', 'beom', 'seok', 'choe', 'myeong', 'bak']);
  });

  it('holds each character once, with readings in Latin letters', () => {
    const lines = readingLines(SINO_READINGS);
    expect(lines.size).toBeGreaterThan(6000);
    expect(parseReadingLine(lines.get('全')!)).toEqual({ ja: expect.arrayContaining(['zen']), ko: ['jeon'], vi: ['toan'], yue: ['cyun'] });
    for (const line of lines.values()) expect(line).toMatch(/^[a-z ]*\t[a-z ]*\t[a-z ]*\t[a-z ]*$/);
  });

  // Regenerating reads Unihan (about 1 s); machines without the unicode-data package skip it.
  it.skipIf(!hasUnihan(UNIHAN_DIR))('is what Unihan gives (run `npm run names:readings` after an update)', () => {
    const file = readFileSync(new URL('../../server/names/sino-readings.data.ts', import.meta.url), 'utf8');
    expect(file).toBe(sinoReadingsModule(unihanReadings(UNIHAN_DIR)));
  }, 30_000);
});

// Hong Kong and Macau names keep their characters and Hong Kong's spelling of Cantonese.
describe('Cantonese readings', () => {
  it.each([
    ['loeng', ['leung']],
    ['zang', ['tsang', 'chang']],
    ['si', ['si', 'sze']],
    ['lei', ['lei', 'lee']],
    ['jyun', ['yun', 'yuen']],
    ['saa', ['sa']],
    ['gwan', ['kwan']],
  ])('Jyutping %s is written %j', (jyutping, spellings) => {
    expect(hongKongSpellings(jyutping)).toEqual(spellings);
  });

  it.each([
    ['董事梁咏诗表示', 'Leung Wing-sze', '梁咏诗'],
    ['服务将军澳的巴士', 'Tseung Kwan O', '将军澳'],
    ['主席陈健辉表示', 'Chan Kin-fai', '陈健辉'],
  ])('%s holds %s', (text, english, want) => {
    expect(readingMatches(text, english).map((m) => m.text)).toContain(want);
  });

  it('reads over the name dot between a Japanese given name and surname', () => {
    expect(readingMatches('记者美香·森田表示', 'Mika Morita').map((m) => m.text)).toEqual(['美香·森田']);
  });

  it('moves a hyphened given name whole when it reads the surname last', () => {
    // yan + Leung + Ka would read 人梁家 in 发言人梁家欣.
    expect(readingMatches('女发言人梁家欣表示', 'Leung Ka-yan').map((m) => m.text)).toEqual(['梁家欣']);
  });
});
