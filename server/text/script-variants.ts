import { Converter, Locale, Trie, type DictLike } from 'opencc-js';

// Finds traditional characters and Taiwan/Hong Kong word forms in text that should be
// Simplified Chinese, with OpenCC's dictionaries as the oracle:
//
// - characters: OpenCC's traditional→simplified tables (TSPhrases + TSCharacters, the
//   t→cn converter). Applied to Simplified text they change only what is traditional,
//   since their phrase entries keep the simplified uses of 乾 (乾隆), 藉 (慰藉), 瞭 (瞭望)
//   as they are. The tw→cn variant table is not used: it rewrites 著 in 显著 to 着, which is
//   wrong in Simplified text.
// - words: the Taiwan and Hong Kong phrase tables (TWPhrasesRev, HKPhrasesRev: 軟體→软件,
//   紐西蘭→新西兰, 歐巴馬→奥巴马), looked up in simplified spelling too, because MT output
//   is usually Taiwan vocabulary already written in simplified characters. Those tables
//   map a region's *computing* usage, so many entries are ordinary mainland words with
//   another meaning (资料, 建立, 程序, 执行, 文件, 影片, 核心, 哈萨克 as in 哈萨克族); the
//   lists below keep only what mainland news does not write. A word also has to start and
//   end on a word boundary (Intl.Segmenter), so two words that happen to spell a regional
//   one (坚硬 + 体质 → 硬体) are left alone.

export interface VariantHit {
  /** UTF-16 range in the text. */
  start: number;
  end: number;
  /** The simplified mainland form. */
  replacement: string;
  kind: 'character' | 'word';
}

// Two-character regional words that mainland news never uses in the same sense. Longer
// entries are kept unless listed in MAINLAND_TOO; two-character ones are mostly ambiguous.
const REGIONAL_2 = new Set(
  ('介面 伫列 位元 位址 侦错 函式 列印 加彭 寮国 帛琉 快取 汶莱 滑鼠 硬碟 硬体 软体 萤幕 网路 视讯 骇客 雷射 奈米 ' +
    '肯亚 叶门 葛摩 诺鲁 贝南 迦纳 宾士 辉达 韧体 字串 字元 巨集 选单 递回 回圈 金钥 溢位 画素 栏位 档名 缩图 ' +
    '杂凑 例项 型别 引数 组译 宝侨 全形 半形 西元 网咖 磁碟 萧邦 永珍').split(' '),
);

// Longer regional entries that are also ordinary mainland words (or names mainland
// writers also use): never flagged.
const MAINLAND_TOO = new Set(
  ('互动式 区域性 分散式 哈萨克 乌兹别克 塔吉克 土库曼 唐氏症 失智症 老年失智症 忧郁症 自闭症 白血球 红血球 血红素 ' +
    '脑梗塞 心肌梗塞 黄体素 阻断剂 超音波 彩色超音波 扫描器 微控制器 帕金森氏症 脚踏车 速食面 资料来源 资料包 ' +
    '重新整理 重新命名 来电转接 通话记录 通话卡 平行计算 进位制 市场行销 狮子山 罗德岛 永续性 点阵图 解析度 视觉化 ' +
    '使用者 叮叮当 叮叮当当 布列敦 华尔顿 葛拉斯 正规化 史特劳斯').split(' '),
);

// Mainland words (and word pairs: 互联网 + 路由器) that contain a regional word: matched
// whole, so they are left alone.
const KEEP = ['程式化', '方程式', '工程式', '网路由'];

interface Tables {
  chars: Trie;
  words: Trie;
  clues: Clues;
}

/**
 * What a text must hold for the tables to change anything in it: a character that an entry of
 * the character table replaces (all of the entry's characters, when it changes the length), or
 * a word the word table replaces. An entry can only change text that holds what it changes, so
 * a text with none of these — most Simplified paragraphs — is left as it is without walking it
 * through both tries.
 */
class Clues {
  /** Per BMP code unit: CHAR (an entry replaces it), WORD (a replaced word starts with it). */
  private readonly bmp = new Uint8Array(0x10000);
  private readonly astralChars = new Set<number>();
  /** The replaced words by their first two code points (pairKey). */
  private readonly words = new Map<number, string[]>();
  private readonly astralStarts = new Set<number>();

  /** An entry of the character table (which, of several for one source, wins does not matter: all are added). */
  addChars(source: string, replacement: string): void {
    if (source === replacement) return;
    const a = Array.from(source, (ch) => ch.codePointAt(0)!);
    const b = Array.from(replacement, (ch) => ch.codePointAt(0)!);
    a.forEach((c, j) => {
      if (a.length !== b.length || c !== b[j]) this.addChar(c);
    });
  }

  /** A word the word table replaces. */
  addWord(source: string): void {
    const first = source.codePointAt(0);
    if (first === undefined) return;
    const second = source.codePointAt(first > 0xffff ? 2 : 1);
    if (second === undefined) return this.addChar(first);
    const key = pairKey(first, second);
    const list = this.words.get(key);
    if (list) list.push(source);
    else this.words.set(key, [source]);
    if (first <= 0xffff) this.bmp[first]! |= WORD;
    else this.astralStarts.add(first);
  }

  private addChar(c: number): void {
    if (c <= 0xffff) this.bmp[c]! |= CHAR;
    else this.astralChars.add(c);
  }

  foundIn(text: string): boolean {
    for (let i = 0; i < text.length; ) {
      const c = text.codePointAt(i)!;
      const size = c > 0xffff ? 2 : 1;
      const flags = c <= 0xffff ? this.bmp[c]! : (this.astralChars.has(c) ? CHAR : 0) | (this.astralStarts.has(c) ? WORD : 0);
      if (flags & CHAR) return true;
      if (flags & WORD && i + size < text.length) {
        const words = this.words.get(pairKey(c, text.codePointAt(i + size)!));
        if (words) for (const w of words) if (text.startsWith(w, i)) return true;
      }
      i += size;
    }
    return false;
  }
}
const CHAR = 1;
const WORD = 2;
const pairKey = (first: number, second: number): number => first * 0x110000 + second;

/** The entries of an OpenCC dictionary, split as Trie.loadDict splits them. */
function entries(dict: DictLike): Iterable<readonly [string, string | undefined]> {
  return typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ') as [string, string | undefined]) : dict;
}

let tables: Tables | undefined;

function isAstral(s: string): boolean {
  for (const ch of s) if (ch.codePointAt(0)! > 0xffff) return true;
  return false;
}

/** Built on first use: parsing the dictionaries takes a few tens of milliseconds. */
function load(): Tables {
  if (tables) return tables;
  const toCn = Locale.to.cn?.[0];
  if (!toCn) throw new Error('opencc-js: no traditional→simplified dictionaries');
  const chars = new Trie();
  chars.loadDictGroup(toCn);
  const clues = new Clues();
  for (const dict of toCn) for (const [source, replacement] of entries(dict)) if (replacement !== undefined) clues.addChars(source, replacement);
  const t2cn = Converter({ from: 't', to: 'cn' });
  const words = new Trie();
  const addWord = (source: string, replacement: string): void => {
    words.addWord(source, replacement);
    if (source !== replacement) clues.addWord(source);
  };
  const seen = new Set<string>();
  // The first dictionary of the twp/hkp groups is the regional phrase table.
  for (const region of ['twp', 'hkp']) {
    const dict = Locale.from[region]?.[0]?.[0];
    if (typeof dict !== 'string') continue;
    for (const entry of dict.split('|')) {
      const [regional, mainland] = entry.split(' ');
      if (!regional || !mainland) continue;
      const simp = t2cn(regional);
      const want = t2cn(mainland);
      if (seen.has(simp)) continue;
      seen.add(simp);
      const n = [...simp].length;
      // Identity entries (軟體動物 → 軟體動物) and the words left out stay in the table as
      // themselves, so the longest match protects 软体动物 from 软体 and 资料夹 from 资料.
      // Astral replacements (戴奥辛 → 二𫫇英) are rare forms many fonts cannot show.
      const flagged = simp !== want && !isAstral(want) && n >= 2 && (n === 2 ? REGIONAL_2.has(simp) : !MAINLAND_TOO.has(simp));
      addWord(simp, flagged ? want : simp);
      if (regional !== simp && flagged) addWord(regional, want);
    }
  }
  for (const w of KEEP) if (!seen.has(w)) addWord(w, w);
  tables = { chars, words, clues };
  return tables;
}

let segmenter: Intl.Segmenter | undefined;

function wordBoundaries(text: string): Set<number> {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const b = new Set<number>([text.length]);
  for (const s of segmenter.segment(text)) b.add(s.index);
  return b;
}

/** Traditional characters and regional words in text, in order, adjacent ones merged. */
export function findTraditional(text: string): VariantHit[] {
  const { chars, words, clues } = load();
  const hits: VariantHit[] = [];
  if (!clues.foundIn(text)) return hits;
  let bounds: Set<number> | undefined;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // Below the CJK radicals block nothing can match: skip Latin, digits, punctuation fast.
    if (c < 0x2e80) {
      i++;
      continue;
    }
    const w = words.matchPrefix(text, i);
    if (w && w.value === text.slice(i, w.end)) {
      i = w.end;
      continue;
    }
    if (w) {
      bounds ??= wordBoundaries(text);
      if (bounds.has(i) && bounds.has(w.end)) {
        hits.push({ start: i, end: w.end, replacement: w.value, kind: 'word' });
        i = w.end;
        continue;
      }
    }
    const m = chars.matchPrefix(text, i);
    if (m) {
      const orig = text.slice(i, m.end);
      if (m.value !== orig && !isAstral(m.value)) hits.push({ start: i, end: m.end, replacement: m.value, kind: 'character' });
      i = m.end;
      continue;
    }
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  const merged: VariantHit[] = [];
  for (const h of hits) {
    const last = merged[merged.length - 1];
    if (last && last.end === h.start && last.kind === h.kind) {
      last.end = h.end;
      last.replacement += h.replacement;
    } else merged.push({ ...h });
  }
  return merged;
}
