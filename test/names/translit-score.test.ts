import { describe, expect, it } from 'vitest';
import { translitSimilarity } from '../../server/names/translit-score.ts';
import { latinKey, asciiLetters } from '../../server/names/phonetic-key.ts';
import { endingAgreement, endingGender } from '../../server/names/endings.ts';
import { SOUND_THRESHOLD } from '../../server/names/link.ts';

describe('translitSimilarity', () => {
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
  ];
  it.each(different)('%s does not sound like %s', (en, zh) => {
    expect(translitSimilarity(en, zh)).toBeLessThan(0.55);
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

describe('surname endings', () => {
  it.each([
    ['novruzova', '诺夫鲁佐娃', 1],
    ['tokayev', '托卡耶夫', 1],
    ['zelensky', '泽连斯基', 1],
    ['novruzova', '诺夫鲁佐夫', -1],
    ['mardan', '马尔丹', 0],
  ] as const)('%s ~ %s: %i', (en, zh, want) => {
    expect(endingAgreement(en, zh)).toBe(want);
  });
  it('reads gender from a Slavic surname', () => {
    expect(endingGender('zuhra novruzova')).toBe('f');
    expect(endingGender('fuad shahbazov')).toBe('m');
    expect(endingGender('luca anceschi')).toBeUndefined();
  });
});
