// Japanese, Korean, Vietnamese and Hong Kong names written in characters: Chinese keeps the
// characters (熊本 for Kumamoto, 全州 for Jeonju, 梁怀南 for Luong Hoai Nam, 梁咏诗 for Leung
// Wing-sze), so such a name is found by reading the characters the way its own language does (Unihan's readings, sino-readings.data.ts), not by
// the sound of Mandarin.
//
// Readings and English spellings are compared in a coarse key that forgets what the
// romanisations disagree on: voicing (Revised Romanization's g/d/b against McCune's k/t/p, and
// Japanese rendaku: Ryogoku is ryou + koku), vowel length (Ryōgoku, Ryougoku, Ryogoku), r and l,
// eo/o, oo/u, ee/i.

import { SINO_READINGS } from './sino-readings.data.ts';
import { parseReadingLine, readingLines, type SinoReading } from './sino-readings-format.ts';
import { TextMemo } from '../text/memo.ts';
import { JOINERS } from './chinese-mentions.ts';
import { withoutMarks } from '../text/marks.ts';

export interface ReadingSpan {
  start: number;
  end: number;
  text: string;
}

const CONSONANT: Readonly<Record<string, string>> = { j: 'c', g: 'k', d: 't', b: 'p', z: 's', r: 'l' };
const VOWEL_PAIRS = /woo|wu|ou|oh(?![aeiouy])|uu|oo|ee|eo|eu|oe/g;
const VOWEL_KEY: Readonly<Record<string, string>> = { woo: 'u', wu: 'u', ou: 'o', oh: 'o', uu: 'u', oo: 'u', ee: 'i', eo: 'o', eu: 'u', oe: 'oi' };
// Readings repeat across characters (kan, shou, ki …): each is keyed once.
const keyMemo = new Map<string, string>();

/** The coarse key of a reading or of an English spelling (letters only). */
export function readingKey(latin: string): string {
  let key = keyMemo.get(latin);
  if (key === undefined) {
    key = makeKey(latin);
    if (keyMemo.size < 50_000) keyMemo.set(latin, key);
  }
  return key;
}

function makeKey(latin: string): string {
  let s = latin.toLowerCase();
  if (/[^a-z]/.test(s)) s = withoutMarks(s).replace(/đ/g, 'd').replace(/[^a-z]/g, '');
  // One pass over the consonants (tsu → tu, sh → s, ch → c, voiced → voiceless, r → l), one over the vowels.
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === 't' && s[i + 1] === 's' && s[i + 2] === 'u') i++;
    else if ((c === 's' || c === 'c') && s[i + 1] === 'h') i++;
    out += CONSONANT[c] ?? c;
  }
  return out.replace(VOWEL_PAIRS, (v) => VOWEL_KEY[v]!);
}

/**
 * The key of an English spelling: as a reading's, after what English spelling adds to these
 * names: an r before a consonant (Park for 박 bak), m before b or p (Shimbun for shinbun).
 */
export function spellingKey(english: string): string {
  const plain = withoutMarks(english.toLowerCase())
    .replace(/([aeiou])r(?![aeiouy])/g, '$1')
    .replace(/m(?=[bp])/g, 'n');
  return readingKey(plain);
}

interface CharKeys {
  /** Keys of the character's readings. */
  keys: readonly string[];
  /** Keys it takes after another character: Japanese h and f become b or p there (Ishibashi, Nippon). */
  inside: readonly string[];
  /** How a name spelled from it can start: its keys, and the part of one a doubled consonant shortens (hoku in Hokkaido). */
  heads: readonly string[];
  /** The first letters of the heads, one each: most characters of a paragraph start no reading of a name, and this says so without a walk over the heads. */
  firsts: string;
}

let lines: Map<string, string> | undefined;
// Keys are made for the characters met, not for the whole table (most are never read).
const keysMemo = new Map<string, CharKeys | null>();

function charKeys(ch: string): CharKeys | undefined {
  let got = keysMemo.get(ch);
  if (got === undefined) {
    lines ??= readingLines(SINO_READINGS);
    const line = lines.get(ch);
    got = line === undefined ? null : keysOf(parseReadingLine(line));
    keysMemo.set(ch, got);
  }
  return got ?? undefined;
}

/** Whether one of a character's readings ends the name (子 ko for Masako, 树 ki for Naoki). */
export function closesName(ch: string, english: string): boolean {
  const target = spellingKey(english);
  const keys = charKeys(ch);
  return keys !== undefined && keys.keys.some((k) => k.length >= 2 && target.length > k.length && target.endsWith(k));
}

/**
 * Whether one of a character's readings opens the name (義 yoshi… for Yoshitaka, 直 nao for
 * Naoki): the reading whole, or its first three letters.
 */
export function opensName(ch: string, english: string): boolean {
  const target = spellingKey(english);
  const keys = charKeys(ch);
  return keys !== undefined && keys.heads.some((k) => k.length >= 2 && target.startsWith(k.slice(0, 3)));
}

// A Japanese syllable that shortens to a doubled consonant before the next (hoku + kai → Hokkaido).
const GEMINATING = /(?:ku|ki|ci|tu)$/;

// Japanese names read a verb's or adjective's stem (植 ueru → Ue-da, 弘 hiroi → Hiro-fumi).
const KUN_ENDING = /(?:tsu|ru|ku|su|mu|bu|gu|shii|i|u)$/;

function keysOf(r: SinoReading): CharKeys {
  const keys = new Set<string>();
  const inside = new Set<string>();
  for (const reading of [...r.ko, ...r.vi]) keys.add(readingKey(reading));
  for (const reading of r.ja) {
    // Japanese oo is a long o (大 oo → Ohtani), not the u English spells Korean names with (Woo, Moon).
    const long = reading.replace(/oo/g, 'o');
    keys.add(readingKey(long));
    const stem = long.replace(KUN_ENDING, '');
    if (long.length >= 4 && stem.length >= 2 && stem !== long) keys.add(readingKey(stem));
    // And the verb's i-form, which names use as a noun (巻 maku → Tsuru-maki, 書 kaku → kaki).
    if (/^[a-z]{2,}[kgsmbnr]u$/.test(long)) keys.add(readingKey(`${long.slice(0, -1)}i`));
  }
  // Korean drops or softens an initial r, and an n before i or y, at the start of a word (리 → 이, 녀 → 여).
  for (const reading of r.ko) {
    if (reading.startsWith('r')) {
      keys.add(readingKey(`n${reading.slice(1)}`));
      keys.add(readingKey(reading.slice(1)));
    }
    if (/^n[iy]/.test(reading)) keys.add(readingKey(reading.slice(1)));
    // English often writes eo as u: Myung, Suk, Jung (명 myeong, 석 seok, 정 jeong).
    if (reading.includes('eo')) keys.add(readingKey(reading.replace(/eo/g, 'u')));
  }
  // Hong Kong spells Cantonese its own way (Leung, Tsang, Sze for Jyutping loeng, zang, si).
  for (const reading of r.yue) for (const spelt of hongKongSpellings(reading)) keys.add(readingKey(spelt));
  for (const reading of r.ja) if (/^[hf]/.test(reading)) inside.add(readingKey(`p${reading.slice(1)}`));
  // And s as z, sh as j (崎 saki → Naga-zaki, 島 shima → Uwa-jima): the key makes z an s already, j a c.
  for (const reading of r.ja) if (reading.startsWith('sh')) inside.add(readingKey(`j${reading.slice(2)}`));
  for (const k of keys) inside.add(k);
  keys.delete('');
  inside.delete('');
  const heads = new Set(keys);
  for (const k of keys) if (GEMINATING.test(k) && k.length > 2) heads.add(k.slice(0, -2));
  const firsts = [...new Set([...heads].map((h) => h[0]!))].join('');
  return { keys: [...keys], inside: [...inside], heads: [...heads], firsts };
}

/** Jyutping initials that Hong Kong's spelling writes otherwise (z and c as ts or ch, j as y, gw as kw). */
const HK_INITIALS: Readonly<Record<string, readonly string[]>> = { z: ['ts', 'ch'], c: ['ch', 'ts'], j: ['y'], gw: ['kw'] };

/**
 * The ways Hong Kong writes a Cantonese syllable given in Jyutping: 梁 loeng → Leung, 曾 zang →
 * Tsang, 思 si → Sze, 李 lei → Lee, 周 zau → Chow, 阮 jyun → Yuen, 沙 saa → Sha (after the key
 * folds sh into s).
 */
export function hongKongSpellings(jyutping: string): string[] {
  const m = /^(gw|kw|ng|[bpmfdtnlgkhwzcsj]?)(.*)$/.exec(jyutping)!;
  const initial = m[1]!;
  const rest = m[2]!.replace(/aa/g, 'a').replace(/oe/g, 'eu').replace(/eo/g, 'u');
  const finals = new Set([rest]);
  // yu is written yu, u, or before n and t ue (孙 syun → Sun, Suen; 阮 jyun → Yuen).
  if (rest.startsWith('yu')) {
    finals.add(rest.slice(1));
    if (/^yu[nt]$/.test(rest)) finals.add(`ue${rest[2]}`);
  }
  if (rest === 'ei') finals.add('ee');
  if (rest === 'au') finals.add('ow');
  if (rest === 'ik') finals.add('ek');
  if (rest === 'i' && /^[szc]$/.test(initial)) finals.add('ze');
  const out = new Set<string>();
  // j is Hong Kong's y, which a yu final already starts with.
  for (const i of HK_INITIALS[initial] ?? [initial]) for (const f of finals) out.add(i === 'y' && f.startsWith('y') ? f : i + f);
  return [...out];
}

// What a name must spell, per English name; which characters of a paragraph have readings, per
// paragraph: every mention of a link is read against every paragraph of it.
const targetMemo = new TextMemo<string[]>(5_000);
const readableMemo = new TextMemo<Readable[]>(5_000);

interface Readable {
  at: number;
  keys: CharKeys;
}

/**
 * Stretches of two to six Han characters of `text` whose readings, in order, spell the whole
 * English name, each word in order (梁怀南 for Luong Hoai Nam, 李在明 for Lee Jae-myung) or the
 * last word first, as Japanese names are written (石破茂 for Shigeru Ishiba). UTF-16 offsets.
 */
export function readingMatches(text: string, english: string): ReadingSpan[] {
  const targets = targetMemo.get(english, spellings);
  const out: ReadingSpan[] = [];
  if (targets.length === 0) return out;
  for (const { at: i, keys: ck } of readableMemo.get(text, readable)) {
    for (const target of targets) {
      // What spell() tries first, without its walk: most characters start no reading of the name.
      if (!ck.firsts.includes(target[0]!) || !startsWithAny(target, ck.heads)) continue;
      for (const end of spell(text, i, target)) {
        if (!out.some((o) => o.start === i && o.end === end)) out.push({ start: i, end, text: text.slice(i, end) });
      }
    }
  }
  return out;
}

/** The keys a rendering's readings must spell: the name in its order and, for two words or more, surname first. */
function spellings(english: string): string[] {
  const words = english.split(/\s+/).filter(Boolean);
  const key = (ws: readonly string[]) => ws.flatMap((w) => w.split('-').filter(Boolean)).map(spellingKey).join('');
  const targets = [key(words)];
  // "Shigeru Ishiba" is 石破茂 in Japanese order; "Woo Beom-ki" is already in it, and a hyphened
  // given name moves whole (Leung Ka-yan is never 人梁家, yan + Leung + Ka).
  if (words.length >= 2) targets.push(key([words[words.length - 1]!, ...words.slice(0, -1)]));
  // Short names match too much by chance.
  return targets.filter((t) => t.length >= 5);
}

/** The characters of a paragraph that have readings, where they stand. */
function readable(text: string): Readable[] {
  const out: Readable[] = [];
  for (let i = 0; i < text.length; i++) {
    const keys = charKeys(text[i]!);
    if (keys) out.push({ at: i, keys });
  }
  return out;
}

function startsWithAny(s: string, heads: readonly string[]): boolean {
  for (const h of heads) if (s.startsWith(h)) return true;
  return false;
}

/**
 * Where a stretch starting at `from` ends when its readings spell `target` whole (two characters
 * or more). The characters with readings are all in the basic block: one UTF-16 unit each.
 */
function spell(text: string, from: number, target: string): number[] {
  const ends: number[] = [];
  // `dots`: the name dots read over so far (one at most), which count as no character.
  const walk = (k: number, pos: number, dots: number) => {
    if (pos === target.length) {
      if (k - from - dots >= 2) ends.push(k);
      return;
    }
    if (k >= text.length || k - from - dots >= 6) return;
    // 沙耶香·仓持 for Sayaka Kuramochi: a name dot between given name and surname is read over.
    if (k > from && dots === 0 && JOINERS.includes(text[k]!)) {
      walk(k + 1, pos, 1);
      return;
    }
    const ck = charKeys(text[k]!);
    if (!ck) return;
    for (const key of k === from ? ck.keys : ck.inside) {
      if (target.startsWith(key, pos)) walk(k + 1, pos + key.length, dots);
      // hoku + kai → hokkai, nichi + hon → nippon: the last syllable becomes the next one's consonant, doubled.
      if (GEMINATING.test(key)) {
        const base = key.slice(0, -2);
        const at = pos + base.length;
        if (base && target.startsWith(base, pos) && !'aeiouy'.includes(target[at] ?? 'a') && target[at] === target[at + 1]) walk(k + 1, at + 1, dots);
      }
    }
  };
  walk(from, 0, 0);
  return ends;
}
