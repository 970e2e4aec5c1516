import { wordChar } from './chinese-mentions.ts';
import { wordMeanings } from './cedict-words.ts';
import { legalHeads } from './generic-heads.ts';
import { worldRegionChinese } from './icu-names.ts';

// Names translated word by word: Uzbekistan Railways → 乌兹别克斯坦铁路, Sun Metals → 太阳金属,
// Armenian Parliament → 亚美尼亚议会. Each word is written as one of the headwords the dictionary
// glosses it with, in the English order; one character of neither may stand between two words
// or, after a name or a country, first (肯尼亚电力: power's 力 after 电).

/**
 * A name's words after its proper part, each as its translations alone (`one`) and as the
 * first of a two-word phrase the dictionary glosses as one (`two`: Art Gallery → 美术馆, coast
 * guard → 海警), longest first.
 */
export type MeaningWords = readonly { readonly one: readonly string[]; readonly two: readonly string[] }[];

const longestFirst = (heads: readonly string[]) => [...new Set(heads)].sort((a, b) => b.length - a.length);

/**
 * What a public body's (or a works') head word is in Chinese besides the dictionary's gloss of it: government
 * style names a bureau, an agency or an administration 局 or 署 (水利署 for the Water Resources
 * Agency, 中央气象署), a department 部, 厅, 局 or 署, which the dictionary's general senses
 * (机构 "agency", 部门 "department") do not give. Only as a name's last word.
 */
const INSTITUTION_HEADS: Readonly<Record<string, readonly string[]>> = {
  ministry: ['部'],
  department: ['部', '厅', '局', '署', '司', '处'],
  agency: ['局', '署', '厅', '机构'],
  authority: ['局', '管理局', '署'],
  administration: ['局', '署', '管理局'],
  bureau: ['局', '署'],
  service: ['局', '署', '厅', '处'],
  board: ['局', '委员会', '理事会'],
  office: ['办公室', '办事处', '局', '署', '厅'],
  commission: ['委员会'],
  chamber: ['商会', '会', '议院'],
  council: ['委员会', '理事会', '议会'],
  directorate: ['局', '署', '司'],
  division: ['司', '处', '局'],
  inspectorate: ['监察局', '检查局', '局'],
  secretariat: ['秘书处'],
  trust: ['信托', '信托基金', '基金会'],
  union: ['联合会', '工会', '联盟'],
  institute: ['研究所', '研究院', '学院', '所'],
  institution: ['学会', '研究所', '机构'],
  regulator: ['监管局', '监管机构', '监管委员会'],
  tribunal: ['法庭', '仲裁庭'],
  // A weather service's observatory is 天文台 or 气象台 (香港天文台), which the dictionary glosses otherwise.
  observatory: ['天文台', '气象台'],
  // Works are 厂 (迪尔伯恩卡车厂 for the Dearborn Truck Plant), which the dictionary glosses as "factory" only.
  plant: ['厂', '工厂'],
  works: ['厂', '工厂'],
};

/**
 * Words of names that the dictionary does not gloss as names use them, anywhere in the name:
 * utilities' and industries' (Hydro-Québec → 魁北克水电, Surkhob Solar → 苏尔霍布太阳能, Kumul
 * Petroleum Holdings → 库穆尔石油控股: the dictionary has "solar energy" and "hydroelectric power",
 * not the one word), the relief societies' emblems, a party's creed, places' and works' words.
 */
const NAME_WORDS: Readonly<Record<string, readonly string[]>> = {
  hydro: ['水电'],
  hydropower: ['水电'],
  solar: ['太阳能', '光伏'],
  holdings: ['控股'],
  // The emblems of the Red Cross and the Red Crescent (红十字医院), which the dictionary glosses as
  // a crossing and a moon's shape.
  cross: ['十字'],
  crescent: ['新月'],
  // A party's creed (自由党 for the Liberal Party: the dictionary has 自由派 "liberals") and a
  // region's coast (黄金海岸 for the Gold Coast: it has 岸 and 海边).
  liberal: ['自由'],
  coast: ['海岸'],
  // Environmental (环境保护司: the dictionary has 环保型 "environmentally friendly"), construction
  // (大宇建设: it has 施工 "building work"), a port's or airport's terminal (海湾码头), an
  // economic zone (经济区), a science park (科学园), a regional body (约克区警方), a stock
  // exchange (证券交易所), an industrial complex, and a First Nation (切罗基部落).
  environmental: ['环境', '环保'],
  construction: ['建设', '建筑'],
  terminal: ['码头', '航站楼'],
  zone: ['区'],
  park: ['园'],
  regional: ['区', '地区', '大区'],
  stock: ['证券'],
  complex: ['联合企业', '综合体'],
  nation: ['部落', '民族'],
  // A national body's 国家 (国家气象局), a global one's 环球 (环球新闻), a constitutional court's 宪法:
  // the dictionary glosses 国家 as "country" and 宪法 as "constitution" only.
  national: ['国家'],
  global: ['环球'],
  constitutional: ['宪法'],
};

/**
 * Portfolios and remits of public bodies as government style writes them, where the dictionary
 * glosses the word otherwise or not at all: 国防部 for the Defence Ministry (the dictionary has
 * 国防 for "national defence" only), 内政部 for the Home Ministry, 财政部 for Finance, 选举委员会
 * for an Electoral Board, 税务局 for a Revenue Authority.
 */
const PORTFOLIO_WORDS: Readonly<Record<string, readonly string[]>> = {
  defence: ['国防', '防务'],
  defense: ['国防', '防务'],
  finance: ['财政'],
  treasury: ['财政'],
  home: ['内政'],
  interior: ['内政', '内务'],
  foreign: ['外交'],
  electoral: ['选举'],
  revenue: ['税务'],
  tax: ['税务'],
  health: ['卫生'],
  securities: ['证券'],
  maritime: ['海事'],
  irrigation: ['灌溉'],
  enforcement: ['执法'],
  immigration: ['移民'],
  integrity: ['廉政'],
  ombudsman: ['监察员'],
  utilities: ['公用事业'],
  water: ['水务', '水利', '供水'],
  prosecution: ['检察'],
  planning: ['规划'],
};

/**
 * Heads of two words that Chinese names by one (a procuratorate: 检察院 for a Prosecutor's Office,
 * 检察署 for a State Attorney's Office; a court by its rank: 高等法院 for a High Court), read with
 * their possessive dropped; only as a name's last words.
 */
const PROCURATORATE = ['检察院', '检察署', '检察厅', '检察官办公室'];
const INSTITUTION_PHRASES: Readonly<Record<string, readonly string[]>> = {
  // A national Red Cross or Red Crescent society (埃塞俄比亚红十字会).
  'cross society': ['十字会'],
  'crescent society': ['新月会'],
  'red cross': ['红十字会'],
  'red crescent': ['红新月会'],
  'prosecutor office': PROCURATORATE,
  'prosecutors office': PROCURATORATE,
  'attorney office': ['检察署', '检察院', '检察官办公室'],
  // Courts by their rank, as the judiciary names them (高等法院, not the dictionary's 高院 alone).
  'high court': ['高等法院', '高院'],
  'district court': ['地区法院', '区法院', '地方法院'],
  'regional court': ['州法院', '地区法院', '地方法院'],
  'magistrates court': ['地方法院', '治安法院'],
  'sheriff court': ['郡法院', '治安法院'],
  'metropolitan court': ['首都法院', '都市法院'],
  'appeal court': ['上诉法院'],
  'appeals court': ['上诉法院'],
  // England's court for serious criminal cases (萨瑟克刑事法院 for Southwark Crown Court).
  'crown court': ['刑事法院'],
};

/** Whether a name is such a head alone ("the High Court": the court of wherever the story is, no name). */
export function institutionPhraseAlone(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length === 2 && `${asNoun(words[0]!)} ${words[1]}`.toLowerCase() in INSTITUTION_PHRASES;
}

/** A word without its possessive, read as its noun (Ombudsman's → Ombudsman, Prosecutors' → Prosecutors). */
function asNoun(w: string): string {
  return w.includes("'") || w.includes('’') ? w.replace(/(?<=\p{L})(?:['’]s|s['’])$/u, (p) => (p.startsWith('s') ? 's' : '')) : w;
}

/**
 * Words of place names in other languages that Chinese translates (北拉布汉巴图 for Labuhanbatu
 * Utara, 下诺夫哥罗德 for Nizhny Novgorod, 小兹沃尔尼克 for Mali Zvornik): compass points and the
 * upper, lower, little and great of Indonesian and Malay, Slavic and Romance names. Chinese puts them
 * before the name, wherever the English has them.
 */
const PLACE_WORDS: Readonly<Record<string, readonly string[]>> = {
  utara: ['北'],
  selatan: ['南'],
  timur: ['东'],
  barat: ['西'],
  tengah: ['中'],
  nizhny: ['下'],
  nizhni: ['下'],
  verkhny: ['上'],
  verkhni: ['上'],
  mali: ['小'],
  veliki: ['大'],
  velika: ['大'],
  alto: ['上'],
  bajo: ['下'],
};

/** Whether a word is one of those: a translation of it goes before the name in Chinese. */
export function placeWordFirst(word: string): boolean {
  return word.toLowerCase() in PLACE_WORDS;
}

/** Whether a name ends on a public body's head word (the High Court, the Revenue Authority): no company's. */
export function namesPublicBody(name: string): boolean {
  const last = name.split(/\s+/).pop()!.toLowerCase();
  return last === 'court' || (last in INSTITUTION_HEADS && last !== 'plant' && last !== 'works');
}

/** Those head words: one character of them ends a name's translation as a word does (中央气象署|地震学家). */
export const INSTITUTION_HEAD_WORDS: ReadonlySet<string> = new Set(Object.values(INSTITUTION_HEADS).flat());

/**
 * The translations of each word, or undefined when the words cannot all be read: a word with
 * no translation (a name, or one the dictionary does not gloss) that is in no glossed phrase.
 */
export function meaningWords(words: readonly string[], headLast = false): MeaningWords | undefined {
  // A world region is read as ICU writes it (Council of Europe → 欧洲委员会, Central Asia → 中亚).
  const region = (name: string) => {
    const zh = worldRegionChinese(name);
    return zh ? [zh] : [];
  };
  // A company's legal form as Chinese writes it after the translated name (Strike Energy Ltd →
  // 斯特莱克能源有限公司, Kyzylkum Rare Metals JSC → 克孜勒库姆稀有金属股份公司), which the
  // dictionary glosses not at all; one of several words (Co. Ltd.) comes as one word.
  const last = (w: string) => [...(INSTITUTION_HEADS[w.toLowerCase().replace(/\.$/, '')] ?? []), ...legalHeads(w)];
  // A possessive inside the name is read as its noun (Ombudsman's Office → 监察员 + 办公室); the
  // last two words may be a head of two (High Court → 高等法院).
  const phrase = (i: number) => (headLast && i === words.length - 2 ? (INSTITUTION_PHRASES[`${asNoun(words[i]!)} ${words[i + 1]}`.toLowerCase()] ?? []) : []);
  const out = words.map((w, i) => ({
    one: longestFirst([...wordMeanings(asNoun(w)), ...region(w), ...(NAME_WORDS[w.toLowerCase()] ?? PORTFOLIO_WORDS[w.toLowerCase()] ?? PLACE_WORDS[w.toLowerCase()] ?? []), ...(headLast && i === words.length - 1 ? last(w) : [])]),
    two: i + 1 < words.length ? longestFirst([...wordMeanings(`${asNoun(w)} ${words[i + 1]}`), ...region(`${w} ${words[i + 1]}`), ...phrase(i)]) : [],
  }));
  // Reachable[k]: words 0..k−1 can be read, one by one or in phrases.
  const reachable = words.map((_, k) => k === 0);
  reachable.push(false);
  out.forEach((w, k) => {
    if (!reachable[k]) return;
    if (w.one.length > 0) reachable[k + 1] = true;
    if (w.two.length > 0) reachable[k + 2] = true;
  });
  return words.length > 0 && reachable[words.length] ? out : undefined;
}

/** The translations the reading may start with. */
export function firstMeanings(words: MeaningWords): string[] {
  return [...words[0]!.one, ...words[0]!.two];
}

/** The translations the reading may end with: the last word's, or its phrase's with the word before. */
export function lastMeanings(words: MeaningWords): string[] {
  return [...words[words.length - 1]!.one, ...(words[words.length - 2]?.two ?? [])];
}

/**
 * Where a word-by-word translation of `words` that starts at `from` ends (exclusive), or -1:
 * the longest reading, each word (or phrase) one of its translations, with at most one other
 * character between two of them or, when `anchored` (a name or country stands before), before the first.
 */
export function meaningEnd(text: string, from: number, words: MeaningWords, anchored: boolean): number {
  const n = words.length;
  const read = (k: number, at: number, gapLeft: boolean): number => {
    if (k === n) return at;
    let best = step(k, at, gapLeft);
    if (best < 0 && gapLeft && (k > 0 || anchored) && wordChar(text[at])) best = step(k, at + 1, false);
    return best;
  };
  const step = (k: number, at: number, gapLeft: boolean): number => {
    let best = -1;
    for (const h of words[k]!.one) if (text.startsWith(h, at)) best = Math.max(best, read(k + 1, at + h.length, gapLeft));
    if (k + 2 <= n) for (const h of words[k]!.two) if (text.startsWith(h, at)) best = Math.max(best, read(k + 2, at + h.length, gapLeft));
    return best;
  };
  return n === 0 ? -1 : read(0, from, true);
}
