import { chineseBase, icuNames } from './icu-names.ts';
import { isCommonWord, isKnownWord, wordMeanings } from './cedict-words.ts';
import type { EnglishLexicon } from './english-mentions.ts';

// Country names on both sides (ICU regions and languages, plus the newsroom's demonyms):
// countries are entity-mismatch's business, so the names module recognises them only to leave
// them out (哈萨克斯坦总统 is a country and a title, not a name to link).

export interface DemonymSource {
  demonyms: readonly { english: string; chinese: readonly string[] }[];
}

export interface Lexicon extends EnglishLexicon {
  /** Chinese country, language and demonym forms, longest first. */
  chineseCountries: readonly string[];
  /** The same forms as a set (built once: the names analysis of every document asks). */
  chineseCountrySet: ReadonlySet<string>;
  /** An English country word's Chinese forms (Ethiopian → 埃塞俄比亚), for names that open with one. */
  chineseOf: ReadonlyMap<string, readonly string[]>;
  /**
   * The forms among them that only a language gives (信德 of 信德语, 威尔士 of 威尔士语): a place of
   * the same name (Sindh, Wales) is no country of ICU's, and may be linked to them.
   */
  chineseLanguagesOnly: ReadonlySet<string>;
}

const cache = new WeakMap<object, Lexicon>();

export function lexiconFor(ref: DemonymSource): Lexicon {
  const hit = cache.get(ref.demonyms);
  if (hit) return hit;
  const en = new Set<string>();
  const zh = new Set<string>();
  const chineseOf = new Map<string, string[]>();
  const places = new Set<string>();
  const languages = new Set<string>();
  const regionNames = new Set<string>();
  const pair = (english: string, chinese: string, language = false) => {
    (language ? languages : places).add(chinese);
    zh.add(chinese);
    const forms = chineseOf.get(english);
    if (!forms) chineseOf.set(english, [chinese]);
    else if (!forms.includes(chinese)) forms.push(chinese);
  };
  for (const n of icuNames()) {
    if (n.type === 'currency') continue;
    const zhName = chineseBase(n);
    // ICU writes Côte d’Ivoire with a typographic apostrophe, news text often with a straight one.
    for (const english of n.english.includes('’') ? [n.english, n.english.replaceAll('’', "'")] : [n.english]) {
      en.add(english);
      // "Bosnia & Herzegovina", "Myanmar (Burma)": the parts are names too.
      for (const part of english.split(/\s*[()&,]\s*/)) if (part) en.add(part);
      if (n.type === 'region') regionNames.add(english);
      if (n.type === 'region' && [...zhName].length >= 2) pair(english, zhName);
      if (n.type === 'language' && [...zhName].length >= 2 && /^\p{Script=Han}+$/u.test(zhName)) pair(english, zhName, true);
    }
  }
  for (const d of ref.demonyms) {
    en.add(d.english);
    for (const c of d.chinese) if ([...c].length >= 2) pair(d.english, c);
  }
  const chineseCountries = [...zh].sort((a, b) => b.length - a.length);
  const chineseLanguagesOnly = new Set([...languages].filter((c) => !places.has(c)));
  const lex: Lexicon = {
    countryWords: en,
    commonWord: isCommonWord,
    knownWord: isKnownWord,
    glossed: (w) => wordMeanings(w).length > 0,
    regionNames,
    chineseCountries,
    chineseCountrySet: new Set(chineseCountries),
    chineseOf,
    chineseLanguagesOnly,
  };
  cache.set(ref.demonyms, lex);
  return lex;
}

/** The runs of one to three words of an English name, as country words are looked up (Czech, Bosnia and Herzegovina). */
export function wordWindows(name: string): string[] {
  const ws = name.split(/[\s-]+/);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) for (let j = i + 1; j <= Math.min(ws.length, i + 3); j++) out.push(ws.slice(i, j).join(' '));
  return out;
}

/** Whether an English name holds a country word of one to three words (Czech Television, Azerbaijan State News Agency). */
export function holdsCountryWord(name: string, countryWords: ReadonlySet<string>): boolean {
  return wordWindows(name).some((w) => countryWords.has(w));
}

/** Whether a country word of an English name is the place written `form` in Chinese (Dushanbe-2 and 杜尚别, Oil Search Uganda and 乌干达). */
export function namesPlace(name: string, form: string, chineseOf: ReadonlyMap<string, readonly string[]>): boolean {
  return wordWindows(name).some((w) => chineseOf.get(w)?.includes(form) === true);
}
