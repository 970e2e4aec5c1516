import { chineseBase, icuNamesWithAllLanguages } from './icu-names.ts';
import { isHan } from '../text/scripts.ts';
import { translitSimilarity } from './translit-score.ts';
import { isProperNoun, nameKey, readProperNouns, senseNames, type CedictEntry } from './dictionary-names.ts';
import { cedictFile } from '../text/cedict-file.ts';
import { FUNCTION_CHARS } from './chinese-mentions.ts';

// Evidence for which characters Chinese spells foreign names with: Chinese names paired with
// the English name they stand for, scored by sound. A name the scorer accepts is a
// transliteration (阿塞拜疆 for Azerbaijan), one it rejects a translation (冰岛 for Iceland);
// each character is tallied on the side of every name it is in. Two sources: ICU's country,
// language and currency names, and CC-CEDICT's proper nouns. Deriving takes seconds, so only
// the generator (scripts/gen-translit-chars.ts) and the tests call this file.

const ACCEPT = 0.6;
const REJECT = 0.4;

/** Per character: in how many transliterations and in how many translations it appears. */
export type Tally = Map<string, { yes: number; no: number }>;

function emptyTally(): Tally {
  return new Map();
}

function count(t: Tally, ch: string, side: 'yes' | 'no'): void {
  let c = t.get(ch);
  if (!c) t.set(ch, (c = { yes: 0, no: 0 }));
  c[side]++;
}

/** Adds one name's characters: those of its sound to `yes`, the others to `no`. */
function tallyName(t: Tally, yes: ReadonlySet<string>, no: ReadonlySet<string>): void {
  for (const ch of yes) count(t, ch, 'yes');
  for (const ch of no) if (!yes.has(ch)) count(t, ch, 'no');
}

/** The ICU names: every Chinese name ICU pairs with an English one. */
function icuTally(): Tally {
  const t = emptyTally();
  for (const n of icuNamesWithAllLanguages()) {
    const chinese = chineseBase(n);
    if (!/^[\p{Script=Han}·\-]+$/u.test(chinese)) continue;
    const s = translitSimilarity(n.english, chinese);
    const han = new Set([...chinese].filter(isHan));
    if (s >= ACCEPT) tallyName(t, han, new Set());
    else if (s < REJECT) tallyName(t, new Set(), han);
  }
  return t;
}

/** The fields of a dictionary entry the judging reads. */
export type JudgedEntry = Pick<CedictEntry, 'simplified' | 'pinyin' | 'english'>;

/** Toneless letters of each pinyin syllable ("Bo2 nan2 ke4" → bo, nan, ke). */
const syllables = (pinyin: string) =>
  pinyin
    .toLowerCase()
    .replace(/u:/g, 'u')
    .split(/[\s·]+/)
    .map((s) => s.replace(/[^a-z]/g, ''))
    .filter(Boolean);

const letters = (s: string) => nameKey(s).replace(/[^a-z]/g, '');

/**
 * Whether an entry is a Chinese (or Japanese, Korean) name in its own characters rather than
 * a spelling of a foreign one: its English is the pinyin of some of its syllables
 * (Zhongshan 中山市, Nanchang Uprising 南昌起义), or a part of it between name dots has more
 * than one capitalised syllable, which is how CC-CEDICT writes a surname and a given name
 * (Li3 Guang1 yao4 李光耀, Jin1 Zheng4 en1 金正恩) or a name and a generic word
 * (Bo2 lin2 Qiang2 柏林墙); a foreign name has one capital per dotted part (Ya4 dang1 · Si1 mi4).
 */
export function nativeName(e: JudgedEntry, names: readonly string[]): boolean {
  if (e.pinyin.split('·').some((part) => (part.match(/(?:^|\s)\p{Lu}/gu) ?? []).length > 1)) return true;
  const syl = syllables(e.pinyin);
  const stretches = new Set<string>();
  for (let i = 0; i < syl.length; i++) for (let j = i + 1; j <= syl.length; j++) stretches.add(syl.slice(i, j).join(''));
  return names.some((n) =>
    n.split(/[\s-]+/).some((w) => {
      const l = letters(w);
      return l.length >= 2 && stretches.has(l);
    }),
  );
}

/** The names of an entry's senses a sound score can judge: Latin, title case, not acronyms. */
function latinNames(e: JudgedEntry): string[] {
  const out: string[] = [];
  for (const sense of e.english) {
    for (const n of senseNames(sense).names) if (/^\p{Lu}[\p{L}\p{M}'’ -]*$/u.test(n) && !/\p{Lu}{2}/u.test(n)) out.push(n);
  }
  return out;
}

export type Verdict =
  | { kind: 'transliteration'; name: string; sound: Set<string>; meaning: Set<string> }
  | { kind: 'translation'; name: string; meaning: Set<string> }
  | { kind: 'none' };

/**
 * What one proper-noun entry says about its characters. A transliteration's last
 * characters that the sound match does not need (湖 in 贝加尔湖 for Lake Baikal, 市, 州, 语 after
 * a name) is a word added by meaning and counts as a translation's.
 */
export function judgeEntry(e: JudgedEntry): Verdict {
  const head = e.simplified;
  if (!/^[\p{Script=Han}·]+$/u.test(head)) return { kind: 'none' };
  const chinese = head.replace(/·/g, '');
  if ([...chinese].length < 2) return { kind: 'none' };
  const names = latinNames(e);
  if (names.length === 0 || nativeName(e, names)) return { kind: 'none' };
  let best = -1;
  let name = '';
  for (const n of names) {
    const s = translitSimilarity(n, chinese);
    if (s > best) [best, name] = [s, n];
  }
  const all = new Set([...chinese].filter(isHan));
  if (best < REJECT) return { kind: 'translation', name, meaning: all };
  if (best < ACCEPT) return { kind: 'none' };
  // Only the end is trimmed: Chinese puts the generic word after the name (贝加尔湖, 休斯敦市),
  // and a vowel-only first syllable (埃 in 埃博拉 for Ebola) would look unneeded to the score.
  const cps = [...chinese];
  let to = cps.length;
  let score = best;
  for (let s = 0; to > 2 && (s = translitSimilarity(name, cps.slice(0, to - 1).join(''))) > score; to--) score = s;
  const sound = new Set(cps.slice(0, to).filter(isHan));
  const meaning = new Set(cps.slice(to).filter((c) => !sound.has(c)));
  return { kind: 'transliteration', name, sound, meaning };
}

/** CC-CEDICT's proper nouns (entries whose pinyin is capitalised). */
function cedictTally(entries: Iterable<JudgedEntry>): Tally {
  const t = emptyTally();
  for (const e of entries) {
    if (!isProperNoun(e)) continue;
    const v = judgeEntry(e);
    if (v.kind === 'transliteration') tallyName(t, v.sound, v.meaning);
    else if (v.kind === 'translation') tallyName(t, new Set(), v.meaning);
  }
  return t;
}

function addTallies(...ts: Tally[]): Tally {
  const out = emptyTally();
  for (const t of ts) {
    for (const [ch, c] of t) {
      const o = out.get(ch) ?? { yes: 0, no: 0 };
      out.set(ch, { yes: o.yes + c.yes, no: o.no + c.no });
    }
  }
  return out;
}

/**
 * The characters: in at least two transliterations and in no more translations. Function
 * words (的 in 加的夫, 和) are left out whatever their count: in running text they are words of
 * the sentence far more often, and chinese-mentions already takes them in between two run
 * characters, as a boundary.
 */
export function chooseChars(t: Tally, minYes = 2): string {
  return [...t]
    .filter(([ch, c]) => c.yes >= minYes && c.yes >= c.no && !FUNCTION_CHARS.has(ch))
    .map(([ch]) => ch)
    .sort()
    .join('');
}

/** The set as ICU and the installed dictionary give it today (over a second). */
export function deriveTranslitChars(): string {
  return chooseChars(addTallies(icuTally(), cedictTally(readProperNouns(cedictFile().file))));
}
