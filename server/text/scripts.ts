// Character classes by script, shared by the rules and the names work.

import { CodeUnitClass } from './code-units.ts';

/** CJK ideographs, including extension blocks (astral) — needs the u flag. */
export const HAN = /\p{Script=Han}/u;
export const HAN_G = /\p{Script=Han}/gu;

/** A run of Latin-script words, allowing inner apostrophes, hyphens, dots and spaces. */
export const LATIN_RUN = /[A-Za-z][A-Za-z0-9]*(?:['’.\-&/][A-Za-z0-9]+)*(?:\s+[A-Za-z][A-Za-z0-9]*(?:['’.\-&/][A-Za-z0-9]+)*)*/g;

const HAN_UNITS = new CodeUnitClass(HAN);

export function isHan(ch: string): boolean {
  // One code unit (almost every character asked about): by table, not by a RegExp test.
  return ch.length === 1 ? HAN_UNITS.has(ch.charCodeAt(0)) : HAN.test(ch);
}

/** Share of letters (Han or Latin) that are Latin; 0 for a text without letters. */
export function latinShare(text: string): number {
  let latin = 0;
  let han = 0;
  for (const ch of text) {
    if (/[A-Za-z]/.test(ch)) latin++;
    else if (HAN.test(ch)) han++;
  }
  // A Chinese character carries about as much as a short English word (≈ 3 letters).
  const total = latin + han * 3;
  return total === 0 ? 0 : latin / total;
}
