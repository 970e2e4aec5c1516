import { readingsOf } from './pinyin.ts';
import { TextMemo } from '../text/memo.ts';

// Chinese-origin names (Xi Jinping, Wang Yi, Li Qiang) are written in pinyin and rendered in
// characters that are not transliteration characters (习近平): they are found by reading the
// Chinese back into pinyin and comparing syllable by syllable.

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w', ''];
const FINALS = [
  'iang', 'iong', 'uang', 'ang', 'eng', 'ing', 'ong', 'uai', 'iao', 'ian', 'uan', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'in',
  'un', 'ia', 'ie', 'iu', 'ua', 'uo', 'ue', 'ui', 'er', 'a', 'o', 'e', 'i', 'u', 'v',
];
const SYLLABLES = new Set<string>();
for (const i of INITIALS) for (const f of FINALS) if (mandarin(i, f)) SYLLABLES.add(i + f);

/**
 * Whether an initial and a final make a Mandarin syllable: j, q, x only before i and ü; g, k, h
 * and the sibilants never before i (but zhi, chi, shi, ri, zi, ci, si); f, y and w with their few
 * finals; d and t without in. Hong Kong's Chan Kin-fai is no pinyin (kin, fai), so it is read as Cantonese instead.
 */
function mandarin(i: string, f: string): boolean {
  const iFinal = f.startsWith('i');
  if (['j', 'q', 'x'].includes(i)) return iFinal || ['u', 'ue', 'un', 'uan', 'v'].includes(f);
  if (['g', 'k', 'h'].includes(i)) return !iFinal && f !== 'v' && f !== 'ue';
  if (['z', 'c', 's', 'zh', 'ch', 'sh', 'r'].includes(i)) return (!iFinal || f === 'i') && f !== 'v' && f !== 'ue';
  if (i === 'f') return ['a', 'o', 'ei', 'an', 'en', 'ang', 'eng', 'ou', 'u'].includes(f);
  if (i === 'y') return ['a', 'ao', 'an', 'ang', 'e', 'i', 'in', 'ing', 'o', 'ong', 'ou', 'u', 'ue', 'uan', 'un'].includes(f);
  if (i === 'w') return ['a', 'ai', 'an', 'ang', 'ei', 'en', 'eng', 'o', 'u'].includes(f);
  // d and t have no din, tin, diang, tiong … (Sha Tin is Cantonese: 沙田).
  if (i === 'd' || i === 't') return !['in', 'iang', 'iong', 'v', 'ue', ...(i === 't' ? ['ia', 'iu'] : [])].includes(f);
  return true;
}

/** Splits one word into pinyin syllables, or undefined when it is not pinyin. */
function splitWord(w: string): string[] | undefined {
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= w.length; end++) {
    for (let len = Math.min(6, end); len >= 1; len--) {
      const prev = best[end - len];
      const syl = w.slice(end - len, end);
      if (prev && SYLLABLES.has(syl)) {
        // Fewest syllables wins (xian, not xi-an).
        if (!best[end] || best[end]!.length > prev.length + 1) best[end] = [...prev, syl];
      }
    }
  }
  return best[w.length];
}

// Asked for every name of every link: each name is split once.
const syllableMemo = new TextMemo<readonly string[] | null>(20_000);

/** The syllables of a name written in pinyin (two to four), or undefined. */
export function pinyinSyllables(name: string): readonly string[] | undefined {
  return syllableMemo.get(name, (n) => splitName(n) ?? null) ?? undefined;
}

/** Whether a word is one pinyin syllable (Wei, Zhang): what a Chinese surname after initials looks like (C.C. Wei). */
export function isOnePinyinSyllable(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && splitWord(word.toLowerCase())?.length === 1;
}

function splitName(name: string): string[] | undefined {
  const words = name.toLowerCase().replace(/['’-]/g, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || !words.every((w) => /^[a-zü]+$/.test(w))) return undefined;
  // Xi Jinping, Wang Yi, Ouyang Xiu: two or three words of one or two syllables each.
  // One word of two syllables (Shanghai, Beijing) is a place.
  if (words.length > 3) return undefined;
  const out: string[] = [];
  for (const w of words) {
    const s = splitWord(w.replace(/ü/g, 'v'));
    if (!s || s.length > 2) return undefined;
    out.push(...s);
  }
  if (words.length === 1 && out.length !== 2) return undefined;
  return out.length >= 2 && out.length <= 4 ? out : undefined;
}

// Every paragraph is read against every name of its link: each character's readings once.
const joinedMemo = new TextMemo<string[]>(20_000);
const joined = (ch: string) => joinedMemo.get(ch, () => readingsOf(ch).map((r) => (r.initial + r.final).replace(/ü/g, 'v')));

/** Stretches of Han characters that read as the syllables (or one of each position's), in order. UTF-16 offsets. */
export function pinyinMatches(text: string, syllables: readonly (string | readonly string[])[]): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const chars = [...text];
  const at: number[] = [];
  let o = 0;
  for (const c of chars) {
    at.push(o);
    o += c.length;
  }
  at.push(o);
  for (let i = 0; i + syllables.length <= chars.length; i++) {
    let ok = true;
    for (let k = 0; k < syllables.length && ok; k++) {
      const r = joined(chars[i + k]!);
      const want = syllables[k]!;
      ok = typeof want === 'string' ? r.includes(want) || r.includes(want.replace(/v/g, 'u')) : want.some((s) => r.includes(s));
    }
    if (ok) out.push({ start: at[i]!, end: at[i + syllables.length]!, text: text.slice(at[i]!, at[i + syllables.length]!) });
  }
  return out;
}

// Taiwanese names keep Wade–Giles (Tseng Wen-hsiung 曾文雄, Hsu Chih-wei 许志伟), written without
// its apostrophes and umlauts, so one spelling stands for several pinyin syllables (ch for zh,
// ch, j and q): each is read as every pinyin syllable it may be, and a character matches when
// one of its readings is among them.

/** Wade–Giles initials, longest first, and the pinyin initials each may be without its apostrophe. */
const WG_INITIALS: [string, string[]][] = [
  ['tz', ['z', 'c']], ['ts', ['z', 'c']], ['ch', ['zh', 'ch', 'j', 'q']], ['hs', ['x']], ['sh', ['sh']], ['ss', ['s']], ['sz', ['s']],
  ['p', ['b', 'p']], ['t', ['d', 't']], ['k', ['g', 'k']], ['j', ['r']],
];
/** Wade–Giles finals that pinyin spells otherwise. */
const WG_FINALS: [string, string[]][] = [
  ['iung', ['iong']], ['ung', ['ong']], ['ieh', ['ie']], ['ien', ['ian']], ['ueh', ['ue']], ['uei', ['ui']], ['eh', ['e']], ['ih', ['i']], ['o', ['o', 'e', 'uo']],
];
/** Whole syllables whose spelling differs altogether. */
const WG_WHOLE: Record<string, string[]> = { yu: ['you', 'yu'], i: ['yi'], yi: ['yi'], yeh: ['ye'], yen: ['yan'], yung: ['yong'], yuan: ['yuan'], yun: ['yun'], erh: ['er'] };

function wadeGiles(syllable: string): string[] {
  const whole = WG_WHOLE[syllable];
  if (whole) return whole;
  const [init, initials] = WG_INITIALS.find(([w]) => syllable.startsWith(w)) ?? [/^[fmnlhswy]/.test(syllable) ? syllable[0]! : '', []];
  const rest = syllable.slice(init.length);
  const finals = WG_FINALS.find(([w]) => rest === w)?.[1] ?? (/^(?:tz|ts|ss|sz)$/.test(init) && rest === 'u' ? ['i', 'u'] : [rest]);
  const out = new Set<string>();
  for (const i of initials.length > 0 ? initials : [init]) for (const f of finals) if (SYLLABLES.has(i + f)) out.add(i + f);
  return [...out];
}

const wadeGilesMemo = new TextMemo<readonly (readonly string[])[] | null>(20_000);

/**
 * The pinyin syllables a name in Wade–Giles may be, per syllable: a surname and a given name of
 * two syllables joined by a hyphen (Tseng Wen-hsiung), or undefined.
 */
export function wadeGilesSyllables(name: string): readonly (readonly string[])[] | undefined {
  return wadeGilesMemo.get(name, (n) => {
    const m = /^([A-Za-z]+)\s+([A-Za-z]+)-([A-Za-z]+)$/.exec(n.trim());
    if (!m) return null;
    const out = [m[1]!, m[2]!, m[3]!].map((w) => wadeGiles(w.toLowerCase()));
    return out.every((o) => o.length > 0) ? out : null;
  }) ?? undefined;
}
