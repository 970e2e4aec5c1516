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
for (const i of INITIALS) for (const f of FINALS) SYLLABLES.add(i + f);

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

/** Stretches of Han characters that read as the syllables, in order. UTF-16 offsets. */
export function pinyinMatches(text: string, syllables: readonly string[]): { start: number; end: number; text: string }[] {
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
      const s = syllables[k]!;
      ok = r.includes(s) || r.includes(s.replace(/v/g, 'u'));
    }
    if (ok) out.push({ start: at[i]!, end: at[i + syllables.length]!, text: text.slice(at[i]!, at[i + syllables.length]!) });
  }
  return out;
}
