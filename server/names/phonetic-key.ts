import { readingsOf, type Syllable } from './pinyin.ts';
import { TextMemo } from '../text/memo.ts';
import { withoutMarks } from '../text/marks.ts';

// Both scripts brought to one small phoneme alphabet so that a Latin name and the pinyin of
// a Chinese rendering can be compared letter by letter (translit-score.ts does the comparing).
//
//   vowels      a e i o u
//   consonants  p b t d k g f v w m n l r s z h y
//               S (sh)  Z (zh, French j)  C (ch)  G (English j, dzh)  c (ts)  H (kh, Arabic/Russian х)
//               T (English th: Chinese writes it as t or s, 索恩伯里 for Thornberry)
//   pinyin only J (j)  Q (q)  X (x)  R (r)
//
// The key keeps what survives transliteration (the consonant skeleton and the syllable shape)
// and folds what does not (doubled letters, silent h, spelling conventions of the source
// language), so Novruzova, Novruzová and Новрузова get one key.

export const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

// Letters with diacritics that stand for a different consonant, as the languages of the news
// write them (Azerbaijani, Turkish, Slavic, Baltic, Romanian); other marks are just dropped.
const SPECIAL: Record<string, string> = {
  š: 'sh', č: 'ch', ž: 'zh', ş: 'sh', ș: 'sh', ç: 'ch', ć: 'ch', ś: 'sh', ź: 'zh', ż: 'zh', ț: 'ts', ţ: 'ts',
  // Polish ł is a w, which Chinese writes as 乌 (霍乌尼亚 for Hołownia): a u.
  ł: 'u',
  // Polish nasal vowels, as Chinese writes them: 埃尔布隆格 for Elbląg, 瓦文萨 for Wałęsa.
  ą: 'on', ę: 'en',
  đ: 'dj', ñ: 'ny', ğ: 'g', ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ə: 'a', ð: 'd', þ: 'th', ŋ: 'ng',
};

// Russian, Ukrainian, Kazakh and other Cyrillic letters, in the romanisation news uses.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ә: 'a', ғ: 'g', қ: 'k', ң: 'ng', ө: 'o', ұ: 'u',
  ү: 'u', һ: 'h', ў: 'u',
};

const asciiMemo = new TextMemo<string>(100_000);

/** Lower-case ASCII letters of a name in Latin or Cyrillic script, diacritics resolved. */
export function asciiLetters(name: string): string {
  return asciiMemo.get(name, toAscii);
}

function toAscii(name: string): string {
  let out = '';
  for (const raw of name.toLowerCase()) {
    const ch = SPECIAL[raw] ?? CYRILLIC[raw];
    if (ch !== undefined) {
      out += ch;
      continue;
    }
    const base = withoutMarks(raw);
    out += /^[a-z]+$/.test(base) ? base : ' ';
  }
  return out;
}

// Ordered: longer spellings first. Each maps to phonemes of the alphabet above.
const DIGRAPHS: [string, string][] = [
  ['shch', 'S'], ['sch', 'S'], ['tch', 'C'], ['dzh', 'G'], ['dsh', 'G'], ['sh', 'S'], ['ch', 'C'], ['zh', 'Z'],
  ['kh', 'H'], ['gh', 'g'], ['ph', 'f'], ['th', 'T'], ['ts', 'c'], ['tz', 'c'], ['dj', 'G'], ['ck', 'k'],
  ['qu', 'kw'], ['ee', 'i'], ['oo', 'u'],
];

/**
 * A name's spelling follows the conventions of its language, which the text does not say:
 * Anceschi is Italian (che-ski), Wojciech Polish (voy-chekh), Xi Jinping pinyin. Each reading
 * overrides some spellings; the scorer keeps the best.
 */
type Reading = {
  digraphs: [string, string][];
  c: (next: string) => string;
  j: string;
  x: string;
  q: string;
  w: string;
  z: string;
  /** What the spelling does at the end of a word (French silent consonants), before the letters are read. */
  word?: (w: string) => string;
  /** The names the reading is for (the ASCII letters), when not every name. */
  only?: (name: string) => boolean;
};

/** Letters and endings of Ukrainian, Russian and Belarusian names as English spells them. */
const EAST_SLAVIC = /zh|kh|shch|[iy]y\b|yi|horod|(?:enko|chuk|yuk|ska|sky|skyi|ych|ov|ova|ev|eva|hrad)\b/;
const ENGLISH: Reading = { digraphs: DIGRAPHS, c: (n) => (/[eiy]/.test(n) ? 's' : 'k'), j: 'G', x: 'ks', q: 'k', w: 'w', z: 'z' };
const READINGS: Reading[] = [
  ENGLISH,
  // English and French names' soft g before e, i, y (George → 乔治, Gilles → 吉勒): the same key as
  // ENGLISH's, and so dropped, for a name without one.
  { ...ENGLISH, word: (w) => w.replace(/g(?=[eiy])/g, 'j') },
  // English -er, -or, -ur at the end of a word of six letters or more: the r is not said, and
  // Chinese writes none (Porter → 波特, Shotover → 肖托弗, Windsor → 温莎); read so only for a name
  // with such a word (a short one, Dar or Water, keeps it: Bahir Dar → 巴赫达尔).
  { ...ENGLISH, word: (w) => w.replace(/(?<=\w{4}[eou])r$/, ''), only: (name) => /\w{4}[eou]r\b/.test(name) },
  // Ukrainian h is Russian g, which Chinese follows (Halyna → 加琳娜, Serhiy → 谢尔盖, Kirovohrad →
  // 基洛沃格勒); an h of kh, zh, sh, ch or th stays. Only for a name that looks East Slavic.
  { ...ENGLISH, word: (w) => w.replace(/(?<![kzsctgpb])h/g, 'g'), only: (name) => EAST_SLAVIC.test(name) },
  // Italian: ce/ci are che/chi, sce/sci she/shi, ch and sch hard.
  { ...ENGLISH, digraphs: [['sch', 'sk'], ['sce', 'Se'], ['sci', 'Si'], ['ch', 'k'], ['gli', 'li'], ['gn', 'ny'], ...DIGRAPHS], c: (n) => (/[ei]/.test(n) ? 'C' : 'k') },
  // Central European: j is y, c is ts, w is v, cz/sz/rz are ch/sh/zh, ch is kh.
  // Hungarian's zs, cs and gy (Zsófia → 若菲娅, Pécs → 佩奇, Gyula → 久拉), which no other of these languages writes.
  { digraphs: [['szcz', 'SC'], ['cz', 'C'], ['sz', 'S'], ['rz', 'Z'], ['zs', 'Z'], ['cs', 'C'], ['gy', 'G'], ['ch', 'H'], ...DIGRAPHS], c: () => 'c', j: 'y', x: 'ks', q: 'k', w: 'v', z: 'z' },
  // French: eau/au/ault are o, ou is u, oi is wa, ch is sh, j and soft g are zh, and the
  // consonants after French final vowels (-ois, -ait, -ault, -eaux, -oux) and the e after a
  // doubled consonant are not said: Bayrou → bairu, François → fransua, Renault → reno,
  // Pierre → pier. Only those endings: a t or z after any vowel is said in most languages
  // (Balkanabat, Tabriz), and dropping it would let a rendering lose its last syllable.
  {
    // ge/gi are zhe/zhi (Gérald → 热拉尔), gue/gui keep a hard g.
    digraphs: [['eaux', 'o'], ['eau', 'o'], ['ault', 'o'], ['aux', 'o'], ['au', 'o'], ['oi', 'wa'], ['ou', 'u'], ['ch', 'S'], ['gn', 'ny'], ['gue', 'ge'], ['gui', 'gi'], ['ge', 'Ze'], ['gi', 'Zi'], ['gy', 'Zi'], ['qu', 'k'], ['th', 't'], ...DIGRAPHS],
    c: (n) => (/[eiy]/.test(n) ? 's' : 'k'),
    j: 'Z',
    x: 'ks',
    q: 'k',
    w: 'v',
    z: 'z',
    word: (w) => w.replace(/([^aeiou])\1e$/, '$1').replace(/(oi|ai|au|eu|ou)(?:lt|[stx])$/, '$1'),
  },
  // Spanish and Portuguese: j is kh (哈维尔 for Javier), ll is y, gue/gui and que/qui keep a
  // hard g/k, nh/lh are ny/ly, z is s, h after a vowel is silent, a v that starts a word is b
  // (Villahermosa → 比亚埃尔莫萨; inside one Chinese writes it either way), and a final m is a
  // nasal n (Belém → 贝伦).
  {
    digraphs: [['ll', 'y'], ['que', 'ke'], ['qui', 'ki'], ['gue', 'ge'], ['gui', 'gi'], ['nh', 'ny'], ['lh', 'ly'], ...DIGRAPHS],
    c: (n) => (/[ei]/.test(n) ? 's' : 'k'),
    j: 'H',
    x: 'ks',
    q: 'k',
    w: 'w',
    z: 's',
    word: (w) => w.replace(/([aeiou])m$/, '$1n').replace(/^v/, 'b').replace(/(?<=[aeiou])h/g, '').replace(/(?<=[aeiou])b(?=[aeiou]|r[aeiou])/g, 'v'),
  },
  // Hanyu pinyin (Chinese-origin names): x, q, j, zh, c, r are pinyin's own sounds.
  { digraphs: [['zh', 'Z'], ['ch', 'C'], ['sh', 'S'], ['ng', 'n']], c: () => 'c', j: 'J', x: 'X', q: 'Q', w: 'w', z: 'z' },
];

/** The phoneme string of a Latin (or Cyrillic) name in its English reading; words are joined. */
export function latinKey(name: string): string {
  return latinKeys(name)[0] ?? '';
}

/** The name's phoneme strings under each spelling convention, without repeats (English first). */
export function latinKeys(name: string): string[] {
  // ğ is a g in Azerbaijani (Ağdam → 阿格达姆) and silent in Turkish (Erdoğan → 埃尔多安, Oğuzhan → 奥乌兹汗): both are read.
  if (/ğ/i.test(name)) return [...new Set([...latinKeys(name.replace(/ğ/gi, 'g')), ...latinKeys(name.replace(/ğ/gi, ''))])];
  const words = asciiLetters(name).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  // Al-Mahrouqi → 马赫鲁吉, al-Sisi → 塞西: Chinese usually drops the Arabic article, so the name
  // is also read without it. Only the article's Arabic spellings (hyphened, or in lower case):
  // Spanish El Teniente keeps its El (埃尔特尼恩特).
  const bare = ARABIC_ARTICLE.test(name) ? words.filter((w, i) => !(ARABIC_ARTICLES.has(w) && i + 1 < words.length)) : words;
  const forms = bare.length < words.length ? [words, bare] : [words];
  const ascii = words.join(' ');
  return [...new Set(forms.flatMap((ws) => READINGS.filter((r) => !r.only || r.only(ascii)).map((r) => ws.map((w) => wordKey(w, r)).join(''))))];
}

/** The Arabic article as English writes it apart from the name (Al Rawahi, al-Sisi's al). */
export const ARABIC_ARTICLES: ReadonlySet<string> = new Set(['al', 'el']);
// "Al Wakra", "Al Ain": Al with a capital and a space is Arabic too (Spanish writes al in lower case).
const ARABIC_ARTICLE = /(?:^|[\s-])(?:[Aa]l|[Ee]l)-\p{L}|(?:^|\s)(?:al|el|Al)\s/u;

function wordKey(word: string, r: Reading): string {
  const w = r.word ? r.word(word) : word;
  let out = '';
  let i = 0;
  while (i < w.length) {
    const di = r.digraphs.find(([g]) => w.startsWith(g, i));
    if (di) {
      out += di[1];
      i += di[0].length;
      continue;
    }
    const ch = w[i]!;
    const next = w[i + 1] ?? '';
    let ph: string;
    if (ch === 'c') ph = r.c(next);
    else if (ch === 'q') ph = r.q;
    else if (ch === 'x') ph = i === 0 && r.x === 'ks' ? 'z' : r.x;
    else if (ch === 'j') ph = r.j;
    else if (ch === 'w') ph = r.w;
    else if (ch === 'z') ph = r.z;
    // y is a consonant before a vowel (Yerlan, Aliyev), a vowel elsewhere (Mirziyoyev's i, Kyrgyz).
    else if (ch === 'y') ph = VOWELS.has(next) ? 'y' : 'i';
    else ph = ch;
    // Doubled letters are one sound (Haqqin, Anna), but a word's initial nasal before another is a
    // syllable of its own (Nnewi → 恩内维, Nnamdi → 纳姆迪 drops it).
    if (!(ph.length === 1 && out.endsWith(ph) && !VOWELS.has(ph)) || (i === 1 && (ph === 'n' || ph === 'm'))) out += ph;
    i++;
  }
  return out;
}

// Pinyin initials → phonemes.
const INITIAL: Record<string, string> = {
  b: 'b', p: 'p', m: 'm', f: 'f', d: 'd', t: 't', n: 'n', l: 'l', g: 'g', k: 'k', h: 'h', j: 'J', q: 'Q', x: 'X',
  zh: 'Z', ch: 'C', sh: 'S', r: 'R', z: 'z', c: 'c', s: 's', y: 'y', w: 'w', '': '',
};

/** The phonemes of one pinyin syllable. */
function syllableKey(s: Syllable): string {
  let f = s.final.replace(/ng$/, 'n').replace(/^uo$/, 'o');
  // 尔 (er) spells an r or l after the vowel of the syllable before (埃尔 El-, 维尔 -vel): its e is
  // only there to make a syllable.
  if (s.initial === '' && f === 'er') return 'r';
  // The vowel of zi, ci, si, zhi, chi, shi, ri is a buzz, not an i: 斯 is how Chinese writes a bare s.
  if (f === 'i' && /^(?:z|c|s|zh|ch|sh|r)$/.test(s.initial)) f = '';
  // yi, wu, yu: the y or w is only spelling.
  let init = INITIAL[s.initial] ?? '';
  if ((s.initial === 'y' && /^[iu]/.test(f)) || (s.initial === 'w' && f === 'u')) init = '';
  return init + f;
}

/** A syllable's key and the others a transliteration reads it with. */
function syllableKeys(s: Syllable): string[] {
  const key = syllableKey(s);
  // 武 is wu as well as u: the w the Latin writes after a consonant is heard (埃泽阿格武 for Ezeagwu).
  if (s.initial === 'w' && s.final === 'u') return [key, 'wu'];
  // 华, 怀, 惠 write wa, wai, wei (华盛顿 Washington, 怀基基 Waikiki, 惠灵顿 Wellington): hu before a
  // vowel is a w. Its u stays, so that the reading weighs what hua does (the scorer normalises by the lightest).
  if (s.initial === 'h' && /^u[aei]/.test(s.final)) return [key, `w${key.slice(1)}`];
  // 埃, 艾 write an e (埃托沙 Etosha, 埃德蒙顿 Edmonton, 艾伦 Ellen) as well as an ai.
  if (s.initial === '' && s.final === 'ai') return [key, 'e'];
  // 希 writes a hi (希尔顿 Hilton, 拉瓦希 Rawahi) as well as a xi.
  if (s.initial === 'x' && s.final === 'i') return [key, 'hi'];
  // 加, 嘉, 佳 write a ga (加纳 Ghana, 加蓬 Gabon, 恩加 Enga) as well as a jia.
  if (s.initial === 'j' && s.final === 'ia') return [key, 'ga'];
  return [key];
}

/** 尔, 儿: a character that only ever spells a coda r/l, so no rendering starts with it (埃尔金容, not 尔金容). */
export function codaOnly(ch: string): boolean {
  const r = readingsOf(ch);
  return r.length > 0 && r.every((s) => s.initial === '' && s.final === 'er');
}

/** Phoneme alternatives for each character of a Chinese rendering (non-Han characters are skipped). */
export function chineseKeys(text: string): string[][] {
  const out: string[][] = [];
  for (const ch of text) {
    const r = readingsOf(ch);
    if (!r.length) continue;
    const keys = [...new Set(r.flatMap(syllableKeys))];
    // A nasal is written twice across a syllable break (安娜 for Anna, 费尔干纳 for Fergana):
    // after a syllable that ends in n, an n- syllable may stand for its vowel alone.
    const before = out[out.length - 1];
    if (before?.every((k) => k.endsWith('n'))) for (const k of keys) if (k.length > 1 && k[0] === 'n' && VOWELS.has(k[1]!)) keys.push(k.slice(1));
    out.push(keys);
  }
  return out;
}
