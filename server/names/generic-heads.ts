// Category words that follow a name proper in Chinese (巴克莱银行, 卡诺州, 海防市, 法纳广播公司,
// 安菲尔德球场, 坎塔斯航空), each with the English words that say the same. A rendering takes
// its category word only when the English name has that word too (Kano State → 卡诺州, Fana
// Broadcasting → 法纳广播公司): added by the translator (Barclays → 巴克莱银行, Haiphong → 海防市),
// the word is the translation's description of the thing, not part of its name, and 海防 and
// 海防市 are one rendering. Language words, not names: no entity is listed here.

export interface GenericHead {
  /** The Chinese category word. */
  zh: string;
  /** English words (lower case) that name the same category. */
  en: readonly string[];
  /** Translators add it to a bare name (Barclays → 巴克莱银行, Haiphong → 海防市). */
  added?: true;
}

// Longest Chinese first, so that 航空公司 is taken before 公司 and 大区 before 区.
export const GENERIC_HEADS: readonly GenericHead[] = (
  <GenericHead[]>[
    { zh: '航空公司', en: ['airlines', 'airways', 'air'] },
    { zh: '广播公司', en: ['broadcasting', 'broadcaster', 'broadcast'] },
    { zh: '石油公司', en: ['oil', 'petroleum'] },
    { zh: '超市', added: true, en: ['supermarket', 'supermarkets'] },
    { zh: '公司', added: true, en: ['company', 'corporation', 'corp', 'inc', 'co', 'ltd', 'plc', 'llc'] },
    { zh: '银行', added: true, en: ['bank'] },
    { zh: '集团', added: true, en: ['group'] },
    { zh: '汽车', en: ['auto', 'motors', 'motor', 'automotive'] },
    { zh: '电子', en: ['electronics'] },
    { zh: '能源', en: ['energy', 'energies'] },
    { zh: '大学', en: ['university'] },
    { zh: '体育场', added: true, en: ['stadium'] },
    { zh: '球场', added: true, en: ['stadium', 'arena'] },
    { zh: '机场', added: true, en: ['airport'] },
    { zh: '航空', added: true, en: ['airways', 'airlines', 'air', 'aviation'] },
    { zh: '大区', added: true, en: ['region'] },
    { zh: '地区', added: true, en: ['region', 'district', 'area'] },
    { zh: '自治区', en: ['autonomous region'] },
    { zh: '邦', added: true, en: ['state'] },
    { zh: '州', added: true, en: ['state', 'oblast', 'region', 'province', 'prefecture'] },
    { zh: '省', added: true, en: ['province'] },
    { zh: '市', added: true, en: ['city', 'municipality'] },
    { zh: '城', en: ['city'] },
    { zh: '道', added: true, en: ['province'] },
    { zh: '町', added: true, en: ['town'] },
    { zh: '岛', added: true, en: ['island'] },
    // Words that end in a shorter head and are not it (频道 is "channel", not 道 added).
    { zh: '群岛', en: ['islands', 'archipelago'] },
    { zh: '频道', en: ['channel'] },
    { zh: '县', added: true, en: ['county', 'prefecture', 'district'] },
    { zh: '郡', added: true, en: ['county', 'shire'] },
    { zh: '区', added: true, en: ['district', 'borough'] },
  ]
).sort((a, b) => b.zh.length - a.zh.length);

const WORD = /[\p{L}\p{N}]+/gu;
const lowerWords = (english: string): string[] => english.toLowerCase().match(WORD) ?? [];

/** Whether the English name says the category a head names (Kano State for 州). */
export function englishHasHead(english: string, head: GenericHead): boolean {
  const words = lowerWords(english);
  const text = words.join(' ');
  return head.en.some((w) => (w.includes(' ') ? ` ${text} `.includes(` ${w} `) : words.includes(w)));
}

/**
 * The English name without a category word at its end (Kano State → Kano, Fana Broadcasting →
 * Fana), and the Chinese heads that word allows; undefined when the name has none or is
 * nothing but one.
 */
export function splitHead(english: string): { name: string; heads: GenericHead[] } | undefined {
  const m = /^(.*\S)\s+([\p{L}]+)\.?$/u.exec(english.trim());
  if (!m) return undefined;
  const last = m[2]!.toLowerCase();
  const heads = GENERIC_HEADS.filter((h) => h.en.includes(last));
  return heads.length > 0 ? { name: m[1]!, heads } : undefined;
}

// 市长 "mayor", 州长 "governor", 省委, 市场 "market", 城市 "city", 道路 "road", 岛国 "island
// nation": a one-character head that starts a word.
const WORD_AFTER_HEAD = new Set([...'长委政场民级属立内府议市路屿国']);

/** The head that starts the text at `at`, among those given (longest first). */
export function headAt(text: string, at: number, heads: readonly GenericHead[]): GenericHead | undefined {
  return heads.find((h) => text.startsWith(h.zh, at) && !(h.zh.length === 1 && WORD_AFTER_HEAD.has(text[at + 1] ?? '')));
}

/**
 * A Chinese rendering without the category word the English does not have (巴克莱银行 for
 * Barclays → 巴克莱), so that renderings are compared by the name: what the evaluation compares.
 */
export function withoutAddedHead(english: string, chinese: string): string {
  // The longest head it ends with decides: 航空公司 is a translation of Airlines, not 公司 added.
  const h = GENERIC_HEADS.find((g) => chinese.endsWith(g.zh));
  if (!h?.added || [...chinese].length - [...h.zh].length < 2 || englishHasHead(english, h)) return chinese;
  return chinese.slice(0, -h.zh.length);
}
