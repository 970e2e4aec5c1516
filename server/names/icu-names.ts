// Names ICU already knows in both English and Chinese (Intl.DisplayNames): countries and
// territories, languages and currencies. They are the names module's dictionary of
// transliterations (阿塞拜疆 ~ Azerbaijan, 坚戈 ~ tenge) and its list of country names, which
// are not people or outlets and are left to entity-mismatch.

export interface IcuName {
  english: string;
  chinese: string;
  type: 'region' | 'language' | 'currency';
}

/** The Chinese name of what the entry names: 阿塞拜疆语 is the language of 阿塞拜疆, whose name is the rest. */
export function chineseBase(n: IcuName): string {
  return n.type === 'language' ? n.chinese.replace(/[语文]$/, '') : n.chinese;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
let cached: IcuName[] | null = null;
let cachedAll: IcuName[] | null = null;

// Constructed languages, of no people or place: their Chinese names are words (世界语 Esperanto,
// 国际语 Interlingua) or sounds (伊多语 Ido) that a country's would block inside other names
// (世界 of 《世界经济报》, 伊多 of 托卡伊多达).
const CONSTRUCTED = new Set(['eo', 'ia', 'ie', 'io', 'vo']);

// ISO 3166 codes that are not places: user-assigned ranges and organisations (EU, UN).
const notAPlace = (code: string) => code === 'AA' || code === 'ZZ' || (code >= 'QM' && code <= 'QZ') || (code[0] === 'X' && code !== 'XK') || ['EU', 'EZ', 'UN'].includes(code);

/**
 * Every language with a three-letter code as well (about 650 more names). Scanning every
 * three-letter code takes most of a second, so only the generator of translit-chars.data.ts
 * and its freshness test ask for it.
 */
export function icuNamesWithAllLanguages(): IcuName[] {
  if (cachedAll) return cachedAll;
  const en = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const zh = new Intl.DisplayNames(['zh-Hans'], { type: 'language', fallback: 'none' });
  const more: IcuName[] = [];
  const letters = LETTERS.toLowerCase();
  for (const a of letters) {
    for (const b of letters) {
      for (const c of letters) {
        const code = a + b + c;
        const e = en.of(code);
        const z = e ? zh.of(code) : undefined;
        if (e && z && e !== code) more.push({ english: e, chinese: z, type: 'language' });
      }
    }
  }
  cachedAll = [...icuNames(), ...more];
  return cachedAll;
}

/** Every region, two-letter language and currency with both an English and a Chinese name. */
export function icuNames(): IcuName[] {
  if (cached) return cached;
  const out: IcuName[] = [];
  const dn = (locale: string, type: 'region' | 'language' | 'currency', style: 'long' | 'short' = 'long') =>
    new Intl.DisplayNames([locale], { type, style, fallback: 'none' });
  const enR = dn('en', 'region');
  const enRs = dn('en', 'region', 'short');
  const zhR = dn('zh-Hans', 'region');
  const zhRs = dn('zh-Hans', 'region', 'short');
  const enL = dn('en', 'language');
  const zhL = dn('zh-Hans', 'language');
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      if (!notAPlace(code)) {
        for (const [en, zh] of [[enR.of(code), zhR.of(code)], [enRs.of(code), zhRs.of(code)]]) {
          if (en && zh && en !== code) out.push({ english: en, chinese: zh, type: 'region' });
        }
      }
      const lang = code.toLowerCase();
      if (CONSTRUCTED.has(lang)) continue;
      const en = enL.of(lang);
      const zh = en ? zhL.of(lang) : undefined;
      if (en && zh && en !== lang) out.push({ english: en, chinese: zh, type: 'language' });
    }
  }
  const enC = dn('en', 'currency');
  const zhC = dn('zh-Hans', 'currency');
  for (const c of Intl.supportedValuesOf('currency')) {
    const en = enC.of(c);
    const zh = zhC.of(c);
    if (en && zh && en !== c) out.push({ english: en, chinese: zh, type: 'currency' });
  }
  cached = out;
  return out;
}

// UN M.49 codes of the world's regions (Europe, Central Asia, Latin America …), which ICU names too.
const WORLD_REGION_CODES = ['002', '003', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035', '039', '053', '054', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419'];
let worldRegions: Map<string, string> | null = null;

/**
 * The Chinese name ICU gives a world region (Europe → 欧洲), by its English name. Left out of the
 * country table (a region is no country an entity-mismatch finding could be about), it names
 * what an organisation's name is of (Council of Europe → 欧洲委员会).
 */
export function worldRegionChinese(english: string): string | undefined {
  if (!worldRegions) {
    const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const zh = new Intl.DisplayNames(['zh-Hans'], { type: 'region', fallback: 'none' });
    worldRegions = new Map();
    for (const code of WORLD_REGION_CODES) {
      const e = en.of(code);
      const z = zh.of(code);
      if (e && z) worldRegions.set(e, z);
    }
  }
  return worldRegions.get(english);
}
