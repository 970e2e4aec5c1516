// Latin-script tokens in Chinese text, and the places where Latin is expected there:
// web addresses, handles, glosses in brackets, titles in 《》. Offsets are UTF-16 (regex
// indices); callers convert to code points at their boundary.

import { HAN } from './scripts.ts';
import { TextMemo } from './memo.ts';
import { execAll } from './regexp.ts';

export type LatinTokenKind = 'url' | 'email' | 'handle' | 'hashtag' | 'domain' | 'word';

export interface LatinToken {
  kind: LatinTokenKind;
  text: string;
  /** UTF-16 start and end (exclusive). */
  start: number;
  end: number;
}

const LAT = '\\p{Script=Latin}';
const ALNUM = `[${LAT}\\p{Nd}]`;
// Generic top-level domains common in news, plus any two-letter country code. Domains are
// required to end in a lower-case label so that "St.Petersburg" or "U.S." are not taken for one;
// a generic one may have its capital as the site spells itself (Pivden.Info, Kyiv.Media).
const GENERIC_TLDS = ['com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'news', 'online', 'media', 'site', 'app', 'live', 'today'];
export const TLD = `(?:[a-z]{2}|${GENERIC_TLDS.map((t) => `[${t[0]}${t[0]!.toUpperCase()}]${t.slice(1)}`).join('|')})`;
const STOP = '\\s\\p{Script=Han}，。；：！？、（）《》「」『』“”‘’<>"\'';

const TOKEN = new RegExp(
  [
    `(?<url>(?<!${ALNUM})(?:https?:\\/\\/|www\\.)[^${STOP}]+)`,
    `(?<email>(?<![${LAT}\\p{Nd}._%+\\-])[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+)`,
    `(?<handle>(?<![${LAT}\\p{Nd}_@])@[A-Za-z0-9_]{1,30})`,
    `(?<hashtag>(?<![${LAT}\\p{Nd}_#&])#[${LAT}\\p{Nd}_]+)`,
    `(?<domain>(?<![${LAT}\\p{Nd}.@\\-])(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?\\.)+${TLD}(?![${LAT}\\p{Nd}\\-])(?:\\/[^${STOP}]*)?)`,
    // Inner apostrophes, hyphens and ampersands keep "Baku's", "anti-VEGF", "J&W" one token;
    // the lookbehind stops the scan from restarting inside a number (linear on long digit runs).
    `(?<word>(?<!${ALNUM})${ALNUM}*${LAT}${ALNUM}*(?:['’\\-&]${ALNUM}+)*)`,
  ].join('|'),
  'gu',
);

// Every token needs a Latin letter, an @ or a #: most Chinese paragraphs have none.
const MAY_HOLD_TOKEN = /[\p{Script=Latin}@#]/u;
// Several rules and the names analysis tokenise the same paragraph.
const tokenMemo = new TextMemo<readonly LatinToken[]>(10_000);
const NONE: readonly LatinToken[] = Object.freeze([]);

export function latinTokens(text: string): readonly LatinToken[] {
  if (!MAY_HOLD_TOKEN.test(text)) return NONE;
  return tokenMemo.get(text, (t) => Object.freeze(tokenize(t)));
}

function tokenize(text: string): LatinToken[] {
  const out: LatinToken[] = [];
  for (const m of execAll(TOKEN, text)) {
    const g = m.groups!;
    const kind = (Object.keys(g) as LatinTokenKind[]).find((k) => g[k] !== undefined)!;
    let t = m[0];
    // A sentence's full stop or closing bracket is not part of an address.
    if (kind === 'url' || kind === 'domain') t = t.replace(/[.,;:!?)\]'"]+$/, '');
    out.push({ kind, text: t, start: m.index, end: m.index + t.length });
  }
  return out;
}

/** The letter-bearing parts of a word token: "anti-VEGF" → anti, VEGF; "Birlestik-2024" → Birlestik. */
export function wordParts(token: string): string[] {
  return token.split(/['’\-&]/).filter((p) => /\p{Script=Latin}/u.test(p));
}

/** UTF-16 ranges, end exclusive. */
export type Range = [number, number];

export function inRanges(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some(([a, b]) => start >= a && end <= b);
}

const OPEN_AFTER_CHINESE = /[\p{Script=Han}》」』”’）)\]]/u;
// Global, for execAll: built once rather than per bracket.
const GLOSS_SEPARATOR = /[，,、；;：:]|又称|或译|即|英文|原文|简称/g;

/**
 * Where Latin stands as the original of a Chinese rendering (中文名（Original）, Original（中文名）,
 * （中文名，Original）) or as a title in 《》. Square brackets holding only Latin are returned too:
 * they are editorial insertions, another rule's concern.
 */
export function latinZones(text: string): { gloss: Range[]; title: Range[]; bracket: Range[] } {
  const gloss: Range[] = [];
  const title: Range[] = [];
  const bracket: Range[] = [];
  for (const m of execAll(/[（(]([^（()）\n]*)[)）]/g, text)) {
    const inner = m[1]!;
    const innerStart = m.index + 1;
    const hasHan = HAN.test(inner);
    if (!hasHan) {
      if (OPEN_AFTER_CHINESE.test(charBefore(text, m.index))) gloss.push([innerStart, innerStart + inner.length]);
      continue;
    }
    // （哈金网，Haqqin.az）: a piece of Latin beside a piece of Chinese, split by a separator.
    const pieces = splitWithOffsets(inner, GLOSS_SEPARATOR);
    if (pieces.length > 1) {
      for (const [a, b] of pieces) if (!HAN.test(inner.slice(a, b))) gloss.push([innerStart + a, innerStart + b]);
    }
    // Original（中文名）: the Latin run right before a bracket holding only a short Chinese name;
    // "Khod Mysley（超过45万订阅者）" is a remark about the name, not its rendering.
    if (/^\s*[\p{Script=Han}·・\-]{1,15}\s*$/u.test(inner)) {
      let s = m.index;
      while (s > 0 && /[\p{Script=Latin}\p{Nd}\s'’\-&.]/u.test(text.charAt(s - 1))) s--;
      if (s < m.index) gloss.push([s, m.index]);
    }
  }
  for (const m of execAll(/《([^《》\n]*)》/g, text)) title.push([m.index + 1, m.index + 1 + m[1]!.length]);
  for (const m of execAll(/[[［]([^\][［］\n]*)[\]］]/g, text)) {
    if (!HAN.test(m[1]!)) bracket.push([m.index + 1, m.index + 1 + m[1]!.length]);
  }
  return { gloss, title, bracket };
}

/** The nearest character before index that is not a space (a whole code point). */
function charBefore(text: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && /\s/.test(text.charAt(i))) i--;
  if (i < 0) return '';
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 ? text.slice(i - 1, i + 1) : text.charAt(i);
}

/** Pieces of text between matches of sep (a global RegExp), as [start, end) offsets. */
function splitWithOffsets(text: string, sep: RegExp): Range[] {
  const out: Range[] = [];
  let at = 0;
  for (const m of execAll(sep, text)) {
    out.push([at, m.index]);
    at = m.index + m[0].length;
  }
  out.push([at, text.length]);
  return out;
}
