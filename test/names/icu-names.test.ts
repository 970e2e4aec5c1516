import { describe, expect, it } from 'vitest';
import { icuNames } from '../../server/names/icu-names.ts';
import { lexiconFor } from '../../server/names/lexicon.ts';

describe('ICU names', () => {
  const countries = lexiconFor({ demonyms: [] }).chineseCountrySet;

  it('holds countries and the languages of peoples', () => {
    for (const c of ['阿塞拜疆', '哈萨克斯坦', '斯瓦希里']) expect(countries.has(c)).toBe(true);
  });

  // Their Chinese names are words or sounds found inside other names (《世界经济报》, 托卡伊多达),
  // which a country's name would block.
  it('knows the forms only a language gives, which a place may share', () => {
    const only = lexiconFor({ demonyms: [] }).chineseLanguagesOnly;
    for (const c of ['威尔士', '车臣', '旁遮普']) expect(only.has(c)).toBe(true);
    for (const c of ['阿塞拜疆', '哈萨克斯坦']) expect(only.has(c)).toBe(false);
  });

  it('leaves out constructed languages, of no people or place', () => {
    for (const c of ['世界', '国际', '伊多', '沃拉普克']) expect(countries.has(c)).toBe(false);
    expect(icuNames().some((n) => n.english === 'Esperanto' || n.english === 'Ido')).toBe(false);
  });
});
