import { describe, expect, it } from 'vitest';
import { prepareLatin, soundsAtEdge, translitSimilarity } from '../../server/names/translit-score.ts';
import { codaOnly, latinKey, latinKeys, asciiLetters } from '../../server/names/phonetic-key.ts';
import { endingAgreement, endingGender } from '../../server/names/endings.ts';
import { SOUND_THRESHOLD } from '../../server/names/link.ts';

describe('translitSimilarity', () => {
  // A nasal written twice across a syllable break: the whole rendering must not lose to the
  // one cut before the doubled n.
  it.each([
    ['Savannah', '萨凡纳', '萨凡'],
    ['Fontana', '丰塔纳', '丰塔'],
    ['Hannah', '汉娜', '汉'],
  ])('%s: %s scores above %s', (en, whole, cut) => {
    expect(translitSimilarity(en, whole)).toBeGreaterThan(translitSimilarity(en, cut));
  });

  // English j as 乔 (Joe): the last syllable is the name's, not a syllable too many.
  it.each([
    ['Adebanjo', '阿德班乔', '阿德班'],
  ])('%s: %s scores within 0.03 of %s', (en, whole, cut) => {
    expect(translitSimilarity(en, whole)).toBeGreaterThan(translitSimilarity(en, cut) - 0.03);
  });

  // Renderings of names the code has never been told about: the score must come from sound.
  const same: [string, string][] = [
    ['Tokayev', '托卡耶夫'],
    ['Kassym-Jomart Tokayev', '卡西姆·若马尔特·托卡耶夫'],
    ['Novruzova', '诺夫鲁佐娃'],
    ['Anceschi', '安切斯基'],
    ['Nagorno-Karabakh', '纳戈尔诺-卡拉巴赫'],
    ['Mohammed bin Salman', '穆罕默德·本·萨勒曼'],
    ['Berdimuhamedov', '别尔德穆哈梅多夫'],
    ['Xi Jinping', '习近平'],
    ['Zelensky', '泽连斯基'],
    ['Šahbazov', '沙赫巴佐夫'],
    ['Новрузова', '诺夫鲁佐娃'],
    ["O'Brien", '奥布莱恩'],
    // English th as s, Polish ł as 乌, French silent endings and oi, Spanish j as 哈, 尔 as a coda.
    ['Emily Thornberry', '埃米莉·索恩伯里'],
    ['Szymon Hołownia', '希蒙·霍乌尼亚'],
    ['François Bayrou', '弗朗索瓦·贝鲁'],
    ['Javier Milei', '哈维尔·米莱'],
    ['Petr Pavel', '彼得·帕维尔'],
    // French soft g (ge, gi) as 热/日.
    ['Gérard Larcher', '热拉尔·拉尔歇'],
    ['Gilles Kepel', '吉勒·凯佩尔'],
    // A place ending written by its fixed characters: the rest is what sounds alike.
    ['Trelleborg', '特雷勒堡'],
    ['Orenburg', '奥伦堡'],
    // English -er, -or at the end of a longer word: the r is not said.
    ['Shotover', '肖托弗'],
    ['Windsor', '温莎'],
  ];
  it.each(same)('%s sounds like %s', (en, zh) => {
    expect(translitSimilarity(en, zh)).toBeGreaterThanOrEqual(SOUND_THRESHOLD);
  });

  const different: [string, string][] = [
    ['Tokayev', '马尔丹'],
    ['Mardan', '托卡耶夫'],
    ['Haqqin', '希望'],
    ['Vostok Express', '东方快报'],
    ['Anceschi', '诺夫鲁佐娃'],
    // ...but only where the rest sounds alike too.
    ['Trelleborg', '马尔丹堡'],
  ];
  // Well under the lowest floor of link.ts (SOUND_THRESHOLD, 0.68, for names of eight phonemes or more).
  it.each(different)('%s does not sound like %s', (en, zh) => {
    expect(translitSimilarity(en, zh)).toBeLessThan(0.6);
  });

  // Short names must clear the stricter floor of link.ts (0.8 for five phonemes or fewer).
  it.each([
    ['Belém', '贝伦'],
    ['Renault', '雷诺'],
  ])('short %s sounds like %s above the short-name floor', (en, zh) => {
    expect(translitSimilarity(en, zh)).toBeGreaterThanOrEqual(0.72);
  });
  it("reads pinyin's q as j, differing by aspiration only as b and p do (Qena → 基纳, over the 0.8 floor of a short name)", () => {
    expect(translitSimilarity('Qena', '基纳')).toBeGreaterThanOrEqual(0.8);
  });
  it.each([
    // A French reading must not let a rendering lose its last syllable on names that are not French.
    ['Kaladze', '卡拉泽', '卡拉'],
    ['Balkanabat', '巴尔坎纳巴德', '巴尔坎纳巴'],
    ['Friedrich Merz', '弗里德里希·默茨', '弗里德里希·默'],
    // 埃 and 艾 write an initial e (埃托沙, 埃德蒙顿).
    ['Etosha', '埃托沙', '托沙'],
    ['Edmonton', '埃德蒙顿', '德蒙顿'],
    // 希 writes a hi (拉瓦希, 塔法希).
    ['Rawahi', '拉瓦希', '拉瓦'],
    ['Tafahi', '塔法希', '塔法'],
    // So do zh and ch (芝 for the ci of Cilegon).
    ['Cilegon', '芝勒贡', '勒贡'],
    // 加 writes a ga (恩加, 陶朗加).
    ['Enga', '恩加', '恩'],
    ['Tauranga', '陶朗加', '陶朗'],
  ])('%s: the whole %s beats the cut %s', (en, whole, cut) => {
    expect(translitSimilarity(en, whole)).toBeGreaterThan(translitSimilarity(en, cut));
  });

  it('prefers the short form for a surname and the full form for a full name', () => {
    expect(translitSimilarity('Tokayev', '托卡耶夫')).toBeGreaterThan(translitSimilarity('Tokayev', '卡西姆·若马尔特·托卡耶夫'));
    expect(translitSimilarity('Kassym-Jomart Tokayev', '卡西姆·若马尔特·托卡耶夫')).toBeGreaterThan(translitSimilarity('Kassym-Jomart Tokayev', '托卡耶夫'));
  });
});

describe('phonetic keys', () => {
  it.each([
    ['Šahbazov', 'Shahbazov'],
    ['Novruzová', 'Novruzova'],
    ['Новрузова', 'Novruzova'],
    ['Haqqin', 'Hakkin'],
  ])('%s and %s get one key', (a, b) => {
    expect(latinKey(a)).toBe(latinKey(b));
  });
  it('turns marks and Cyrillic into ASCII letters', () => {
    expect(asciiLetters('Şahbazov Çelik')).toBe('shahbazov chelik');
    expect(asciiLetters('Токаев')).toBe('tokaev');
  });
});

describe('spelling conventions', () => {
  it.each([
    ['François', 'franSwa'],
    ['Renault', 'reno'],
    ['Javier', 'Havier'],
    ['Belém', 'belen'],
    ['Thornberry', 'Tornberi'],
    // Spanish: a v that starts a word is b, h is silent; inside a word v stays (Portoviejo → 波托维耶霍).
    ['Valdivia', 'baldivia'],
    ['Almohada', 'almoada'],
    ['Portoviejo', 'portovieHo'],
    // ...and a b between vowels is the same soft sound, which Chinese writes as a v (科尔多瓦, 乌韦达).
    ['Córdoba', 'kordova'],
    ['Úbeda', 'uveda'],
    // Hungarian zs, cs, gy.
    ['Zsófia', 'Zofia'],
    ['Pécs', 'peC'],
    ['Győr', 'Gor'],
    // Polish nasal vowels as Chinese writes them (埃尔布隆格, 瓦文萨); an initial nasal before a consonant is a syllable.
    ['Elbląg', 'elblong'],
    ['Wałęsa', 'vauensa'],
    ['Nnewi', 'nnewi'],
    // ğ: silent in Turkish (埃尔多安), a g in Azerbaijani (阿格达姆).
    ['Erdoğan', 'erdoan'],
    ['Ağdam', 'agdam'],
  ])('%s has the reading %s', (name, key) => {
    expect(latinKeys(name)).toContain(key);
  });
  it('reads 尔 as a coda, never as the start of a rendering', () => {
    expect(codaOnly('尔')).toBe(true);
    expect(codaOnly('埃')).toBe(false);
  });
  it.each([
    ['Hyderabad', '对', 'end', false],
    ['Yousafzai', '在', 'end', true],
    ['Gaziantep', '在', 'start', false],
  ] as const)('%s ends or starts with the sound of %s at the %s: %s', (name, ch, edge, want) => {
    expect(soundsAtEdge(prepareLatin(name), ch, edge)).toBe(want);
  });
});

describe('surname endings', () => {
  it.each([
    ['novruzova', '诺夫鲁佐娃', 1],
    ['tokayev', '托卡耶夫', 1],
    ['zelensky', '泽连斯基', 1],
    ['novruzova', '诺夫鲁佐夫', -1],
    ['mardan', '马尔丹', 0],
    // Places' endings.
    ['trelleborg', '特雷勒堡', 1],
    ['razgrad', '拉兹格勒', 1],
    ['darmstadt', '达姆施塔特', 1],
  ] as const)('%s ~ %s: %i', (en, zh, want) => {
    expect(endingAgreement(en, zh)).toBe(want);
  });
  it('reads gender from a Slavic surname', () => {
    expect(endingGender('zuhra novruzova')).toBe('f');
    expect(endingGender('fuad shahbazov')).toBe('m');
    expect(endingGender('luca anceschi')).toBeUndefined();
  });
});
