import { describe, expect, it } from 'vitest';
import { CodePointIndex, codePointOffsets, sliceCodePoints, toCodePoint, toUtf16 } from '../../server/text/codepoints.ts';

// Lone surrogates (a high one at the end, a low one alone, the halves reversed) are one code point each.
const samples = ['', 'abc', '中文😀x', '😀😀𠀀a😀', 'a\ud800b', '𠮷野家で𠮷', 'x\ud800', 'x\udc00y', '\udc00\ud800😀'];

describe('code-point conversions agree with each other and with Array.from', () => {
  it.each(samples)('%j', (text) => {
    const index = new CodePointIndex(text);
    const table = codePointOffsets(text);
    for (let i = 0; i <= text.length; i++) {
      const expected = Array.from(text.slice(0, i)).length;
      // Between the halves of a pair, Array.from counts the lone high surrogate: compare at boundaries only.
      const between = i > 0 && i < text.length && /[\ud800-\udbff]/.test(text[i - 1]!) && /[\udc00-\udfff]/.test(text[i]!);
      if (between) continue;
      expect(index.cp(i)).toBe(expected);
      expect(table[i]).toBe(expected);
      expect(toCodePoint(text, i)).toBe(expected);
      expect(toUtf16(text, expected)).toBe(i);
    }
  });

  it('slices by code points', () => {
    expect(sliceCodePoints('😀中文😀x', 1, 3)).toBe('中文');
  });
});
