import { createRequire } from 'node:module';

// The sounds of Chinese characters, as the transliteration scorer compares them: every
// reading pinyin-pro knows for the character (卡 is ka in names, qia elsewhere; the scorer
// takes whichever fits), toneless, split into initial and final.
//
// pinyin-pro's dictionary takes about 0.2 s to load, so it is required on first use rather
// than imported: commands and rules that never read a name do not pay for it. Its
// polyphonic() reads characters one by one, without building the word dictionary that
// pinyin() needs on its first call.

type PinyinPro = typeof import('pinyin-pro');
let lib: PinyinPro | null = null;
const load = (): PinyinPro => (lib ??= createRequire(import.meta.url)('pinyin-pro') as PinyinPro);

export interface Syllable {
  initial: string;
  final: string;
}

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w'];

const readings = new Map<string, Syllable[]>();

/** Splits a toneless pinyin syllable ("zhuang", "yi", "lv") into initial and final. */
export function splitSyllable(py: string): Syllable {
  const s = py.replace(/ü|v/g, 'u').replace(/u:/g, 'u');
  for (const i of INITIALS) if (s.startsWith(i) && s.length > i.length) return { initial: i, final: s.slice(i.length) };
  return { initial: '', final: s };
}

/** Every reading of one Han character; empty for anything else. */
export function readingsOf(ch: string): Syllable[] {
  let r = readings.get(ch);
  if (r) return r;
  const found = /\p{Script=Han}/u.test(ch) ? ((load().polyphonic(ch, { toneType: 'none', type: 'array' }) as string[][])[0] ?? []) : [];
  r = [...new Set(found.filter((p) => /^[a-zü:v]+$/.test(p)))].map(splitSyllable);
  readings.set(ch, r);
  return r;
}
