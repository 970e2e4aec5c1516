// Rules find spans with regular expressions, which index UTF-16 code units; findings and
// every file format count code points. These helpers convert at that boundary.

/** Code-point offset of a UTF-16 index in text. */
export function toCodePoint(text: string, utf16Index: number): number {
  let cp = 0;
  for (let i = 0; i < utf16Index && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it once.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
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
 * Converts many UTF-16 indices of one text in increasing order in linear time; for texts
 * without astral characters it is the identity.
 */
export class CodePointIndex {
  private readonly astral: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        this.astral.push(i);
        i++;
      }
    }
  }

  /** Code-point offset of a UTF-16 index. */
  cp(utf16Index: number): number {
    if (this.astral.length === 0) return utf16Index;
    let before = 0;
    for (const a of this.astral) {
      if (a + 1 < utf16Index) before++;
      else break;
    }
    return utf16Index - before;
  }
}

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function sliceCodePoints(text: string, start: number, end: number): string {
  return text.slice(toUtf16(text, start), toUtf16(text, end));
}
