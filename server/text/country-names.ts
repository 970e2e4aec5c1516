// Country names in English and Chinese as ICU knows them (Intl.DisplayNames over every ISO
// 3166 code), built once. Shared by the entity-mismatch rule, which adds the newsroom's
// demonyms on top, and by the aligner, which uses countries named on both sides as anchors.

import { alternation } from './regexp.ts';
import { withoutMarks } from './marks.ts';

// ISO 3166 codes that are not countries: user-assigned ranges (AA, QM–QZ, XA–XZ, ZZ; XK is
// Kosovo by convention) and the exceptionally reserved EU, EZ, UN (organisations).
const NOT_A_COUNTRY = (code: string) =>
  code === 'AA' || code === 'ZZ' || (code >= 'QM' && code <= 'QZ') || (code[0] === 'X' && code !== 'XK') || ['EU', 'EZ', 'UN'].includes(code);

export interface CountryForm {
  regions: string[];
  /** The standard name of its country (not a demonym, a capital or an abbreviation). */
  isName: boolean;
  weak: boolean;
}

let base: { en: Map<string, CountryForm>; zh: Map<string, CountryForm>; enName: Map<string, string>; zhName: Map<string, string> } | null = null;

export function addCountryForm(map: Map<string, CountryForm>, form: string, region: string, isName: boolean): void {
  const f = form.trim();
  if (!f) return;
  const prior = map.get(f);
  if (!prior) map.set(f, { regions: [region], isName, weak: false });
  else {
    if (!prior.regions.includes(region)) prior.regions.push(region);
    prior.isName ||= isName;
  }
}

/** English spellings of one ICU name: "Bosnia & Herzegovina", "St. Lucia", "Myanmar (Burma)", "Côte d’Ivoire". */
function englishVariants(name: string): string[] {
  const out = new Set<string>([name]);
  const paren = /^(.*?)\s*\((.+)\)$/.exec(name);
  if (paren) out.add(paren[1]!).add(paren[2]!);
  const dash = /^(.*?) - (.+)$/.exec(name);
  if (dash) out.add(dash[1]!).add(`${dash[1]}-${dash[2]}`);
  for (const v of [...out]) {
    out.add(v.replace(/ & /g, ' and '));
    out.add(v.replace(/^St\. /, 'Saint '));
    out.add(v.replace(/’/g, "'"));
    out.add(withoutMarks(v).replace(/’/g, "'"));
  }
  return [...out];
}

function chineseVariants(name: string): string[] {
  const out = new Set<string>([name]);
  const paren = /^(.*?)（(.+?)）(.*)$/.exec(name);
  if (paren) out.add(paren[1]! + paren[3]!).add(paren[1]! + paren[2]! + paren[3]!);
  return [...out];
}

/** ICU's country names in both languages, built once. */
export function icuCountryTables() {
  if (base) return base;
  const en = new Map<string, CountryForm>();
  const zh = new Map<string, CountryForm>();
  const enName = new Map<string, string>();
  const zhName = new Map<string, string>();
  const names = (locale: string, style: 'long' | 'short') => new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
  const enLong = names('en', 'long');
  const enShort = names('en', 'short');
  const zhLong = names('zh-Hans', 'long');
  const zhShort = names('zh-Hans', 'short');
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of A) {
    for (const b of A) {
      const code = a + b;
      if (NOT_A_COUNTRY(code)) continue;
      const long = enLong.of(code);
      if (!long) continue;
      // Deprecated codes (UK, TP, ZR) are aliases of current ones: read the current one only.
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      const short = enShort.of(code) ?? long;
      enName.set(code, short);
      zhName.set(code, zhShort.of(code) ?? zhLong.of(code) ?? code);
      for (const n of new Set([long, short])) for (const v of englishVariants(n)) addCountryForm(en, v, code, true);
      for (const n of new Set([zhLong.of(code), zhShort.of(code)])) if (n) for (const v of chineseVariants(n)) addCountryForm(zh, v, code, true);
    }
  }
  base = { en, zh, enName, zhName };
  return base;
}

let matchers: { en: RegExp; zh: RegExp } | null = null;

function countryMatchers(): { en: RegExp; zh: RegExp } {
  if (matchers) return matchers;
  const t = icuCountryTables();
  matchers = {
    en: new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(t.en.keys())})(?![\\p{L}\\p{N}])`, 'gu'),
    zh: new RegExp(alternation(t.zh.keys()), 'g'),
  };
  return matchers;
}

/** ISO codes of the countries an English text names by their ICU name (no demonyms). */
export function countriesInEnglish(text: string): string[] {
  const t = icuCountryTables();
  const out = new Set<string>();
  for (const m of text.matchAll(countryMatchers().en)) for (const r of t.en.get(m[1]!)?.regions ?? []) out.add(r);
  return [...out];
}

/** ISO codes of the countries a Chinese text names by their ICU name. */
export function countriesInChinese(text: string): string[] {
  const t = icuCountryTables();
  const out = new Set<string>();
  for (const m of text.matchAll(countryMatchers().zh)) for (const r of t.zh.get(m[0])?.regions ?? []) out.add(r);
  return [...out];
}
