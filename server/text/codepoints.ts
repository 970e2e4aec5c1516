// Rules find spans with regular expressions, which index UTF-16 code units; findings and
// every file format count code points. These helpers convert at that boundary.

/**
 * Whether a surrogate pair (one astral code point) starts at UTF-16 index i. A lone
 * surrogate is a code point of its own, as for-of and Array.from count it.
 */
function pairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** Code-point offset of a UTF-16 index in text. */
export function toCodePoint(text: string, utf16Index: number): number {
  let cp = 0;
  for (let i = 0; i < utf16Index && i < text.length; i++) {
    // A high surrogate followed by a low one is one code point: count it once.
    if (pairAt(text, i)) i++;
    cp++;
  }
  return cp;
}

/** UTF-16 index of a code-point offset in text. */
export function toUtf16(text: string, codePoint: number): number {
  let i = 0;
  for (let cp = 0; cp < codePoint && i < text.length; cp++) {
    const c = text.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * Converts UTF-16 indices of one text to code points: the identity for texts without astral
 * characters, else a binary search over where the surrogate pairs are (O(log k) per call).
 */
export class CodePointIndex {
  private readonly astral: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      if (pairAt(text, i)) {
        this.astral.push(i);
        i++;
      }
    }
  }

  /** Code-point offset of a UTF-16 index. */
  cp(utf16Index: number): number {
    // Pairs that end at or before the index each took two units for one code point.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid]! + 1 < utf16Index) lo = mid + 1;
      else hi = mid;
    }
    return utf16Index - lo;
  }
}

/**
 * offsets[i] = code-point offset of UTF-16 index i (length text.length + 1): O(1) lookups
 * for rules that convert many indices in any order. The low surrogate shares its pair's
 * offset, so a span never starts between the two.
 */
export function codePointOffsets(text: string): Uint32Array {
  const out = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = cp;
    if (pairAt(text, i)) {
      out[i + 1] = cp;
      i++;
    }
    cp++;
  }
  out[text.length] = cp;
  return out;
}

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function sliceCodePoints(text: string, start: number, end: number): string {
  return text.slice(toUtf16(text, start), toUtf16(text, end));
}
