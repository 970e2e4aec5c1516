// Surname endings of Russian and other post-Soviet names, and a few endings of place names, with
// their fixed Chinese renderings (Xinhua's tables): Tokayev → 托卡耶夫, Novruzova → 诺夫鲁佐娃, Zelensky → 泽连斯基. An ending
// that agrees on both sides is strong evidence that a rendering is this name's; a feminine
// Latin ending rendered with a masculine Chinese one (…ova → …夫) is a wrong rendering.

export interface Ending {
  latin: RegExp;
  chinese: readonly string[];
  gender?: 'f' | 'm';
  /** A place name's ending, written by its fixed characters whatever it sounds like (-burg → 堡). */
  place?: true;
}

export const ENDINGS: readonly Ending[] = [
  { latin: /(?:ov|ev|yev|iev|off)$/, chinese: ['夫'], gender: 'm' },
  { latin: /(?:ova|eva|yeva|ieva)$/, chinese: ['娃'], gender: 'f' },
  { latin: /(?:sky|ski|skiy|skii)$/, chinese: ['斯基'], gender: 'm' },
  { latin: /(?:skaya|skaia)$/, chinese: ['斯卡娅', '斯卡亚'], gender: 'f' },
  // Ukrainian -ska, which Chinese writes as the Russian -skaya (Zhuravska → 茹拉夫斯卡娅).
  { latin: /ska$/, chinese: ['斯卡娅'], gender: 'f' },
  { latin: /(?:ina|yna)$/, chinese: ['娜'], gender: 'f' },
  { latin: /(?:aya|aia)$/, chinese: ['娅', '亚'], gender: 'f' },
  { latin: /(?:vich|vych)$/, chinese: ['维奇'], gender: 'm' },
  { latin: /(?:ovna|evna)$/, chinese: ['夫娜'], gender: 'f' },
  { latin: /enko$/, chinese: ['连科', '年科'] },
  { latin: /(?:yan|ian)$/, chinese: ['扬', '良'] },
  { latin: /shvili$/, chinese: ['什维利'] },
  { latin: /dze$/, chinese: ['泽'] },
  // Place names' endings: Trelleborg → 特雷勒堡, Razgrad → 拉兹格勒, Darmstadt → 达姆施塔特.
  { latin: /(?:burg|borg|bourg)$/, chinese: ['堡'], place: true },
  { latin: /(?:grad|hrad)$/, chinese: ['格勒'], place: true },
  { latin: /stadt$/, chinese: ['施塔特'], place: true },
];

/** Every Chinese character the ending table uses. */
export const ENDING_CHARS: readonly string[] = [...new Set(ENDINGS.flatMap((e) => e.chinese.flatMap((c) => [...c])))];

/**
 * +1 when the Latin name's surname ending and the Chinese rendering's ending agree, -1 when the
 * Latin has a gendered ending and the Chinese ends in the other gender's form, 0 otherwise.
 */
export function endingAgreement(latinAscii: string, chinese: string): -1 | 0 | 1 {
  const e = longestEnding(latinAscii, () => true);
  if (!e) return 0;
  const zh = chinese.replace(/[^\p{Script=Han}]/gu, '');
  if (e.chinese.some((c) => zh.endsWith(c))) return 1;
  if (e.gender && ENDINGS.some((o) => o.gender && o.gender !== e.gender && o.chinese.some((c) => zh.endsWith(c)))) return -1;
  return 0;
}

/** The gender a Slavic surname's ending reveals ("f" for Novruzova, 诺夫鲁佐娃), if any. */
export function endingGender(latinAscii: string): 'f' | 'm' | undefined {
  return longestEnding(latinAscii, (e) => e.gender !== undefined)?.gender;
}

/** The ending of the name's last word that matches most letters (-ova before -a, -skaya before -aya). */
function longestEnding(latinAscii: string, keep: (e: Ending) => boolean): Ending | undefined {
  const word = latinAscii.trim().split(/\s+/).pop() ?? '';
  let best: Ending | undefined;
  let bestLength = -1;
  for (const e of ENDINGS) {
    if (!keep(e)) continue;
    const length = e.latin.exec(word)?.[0].length;
    if (length !== undefined && length > bestLength) [best, bestLength] = [e, length];
  }
  return best;
}

/**
 * A name's place ending, if it has one (Trelleborg: the name without it, Trelle, and the
 * characters Chinese writes it with, 堡): the ending is a convention, not a sound, so a rendering
 * that ends in those characters is compared by the rest (burg and 堡, bao, share little).
 */
export function placeEnding(latinName: string, latinAscii: string): { stem: string; chinese: readonly string[] } | undefined {
  const e = longestEnding(latinAscii, (x) => x.place === true);
  if (!e) return undefined;
  const cut = e.latin.exec(latinAscii.trim().split(/\s+/).pop() ?? '')![0].length;
  const stem = latinName.slice(0, -cut);
  if (!latinName.toLowerCase().endsWith(latinAscii.slice(-cut)) || !/\p{L}{2}$/u.test(stem)) return undefined;
  return { stem, chinese: e.chinese };
}
