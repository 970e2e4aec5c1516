import { describe, expect, it } from 'vitest';
import { CodeUnitClass, codeUnitFlags, WHITE_SPACE } from '../../server/text/code-units.ts';

describe('CodeUnitClass', () => {
  it.each<[string, RegExp]>([
    ['white space', /\s/],
    ['Han', /\p{Script=Han}/u],
    ['letters', /\p{L}/u],
    ['a class of CJK punctuation', /[、，。；：！？（）《》]/],
  ])('answers %s as its RegExp does, for every code unit (twice: worked out, then remembered)', (_name, re) => {
    const cls = new CodeUnitClass(re);
    for (let pass = 0; pass < 2; pass++) {
      const wrong: number[] = [];
      for (let u = 0; u <= 0xffff; u++) if (cls.has(u) !== re.test(String.fromCharCode(u))) wrong.push(u);
      expect(wrong).toEqual([]);
    }
  });

  it('answers a code point beyond the BMP by the RegExp, and a lone surrogate as the RegExp does', () => {
    const han = new CodeUnitClass(/\p{Script=Han}/u);
    expect(['𠀀', '😀', '中', 'a'].map((ch) => han.hasCodePoint(ch.codePointAt(0)!))).toEqual([true, false, true, false]);
    expect(han.hasCodePoint(0xd840)).toBe(false);
  });

  it('refuses a global or sticky RegExp, whose test would depend on the one before', () => {
    expect(() => new CodeUnitClass(/\s/g)).toThrow(/without g or y/);
    expect(() => new CodeUnitClass(/\s/y)).toThrow(/without g or y/);
  });

  it('WHITE_SPACE is /\\s/: the ideographic space and NBSP are in it, U+0085 and letters are not', () => {
    expect([0x20, 0x09, 0xa0, 0x3000, 0xfeff].map((u) => WHITE_SPACE.has(u))).toEqual([true, true, true, true, true]);
    expect([0x85, 0x41, 0x4e2d].map((u) => WHITE_SPACE.has(u))).toEqual([false, false, false]);
  });
});

describe('codeUnitFlags', () => {
  it('ORs the flags of every string a character is in', () => {
    const t = codeUnitFlags([
      ['。！', 1],
      ['》！', 2],
    ]);
    expect([t['。'.charCodeAt(0)], t['！'.charCodeAt(0)], t['》'.charCodeAt(0)], t['a'.charCodeAt(0)]]).toEqual([1, 3, 2, 0]);
  });

  it('refuses a character outside the BMP, which is not one code unit', () => {
    expect(() => codeUnitFlags([['𠀀', 1]])).toThrow(/not one UTF-16 code unit/);
  });
});
