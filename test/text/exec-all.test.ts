import { describe, expect, it } from 'vitest';
import { execAll } from '../../server/text/regexp.ts';

// execAll stands in for matchAll where the RegExp is large or the loop hot: it must yield what
// matchAll yields, empty matches included, and leave the shared RegExp as it found it.
const seen = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, [...m], m.groups ?? null]);

describe('execAll', () => {
  it.each<[string, RegExp, string]>([
    ['literal alternation', /Niger|Nigeria|Chad/g, 'Nigeria, Niger and Chad'],
    ['groups', /(\d+)年(\d+)月/g, '2024年8月和2025年1月'],
    ['named groups', /(?<word>[A-Za-z]+)|(?<num>\d+)/g, 'G20 and MI6'],
    ['empty matches between characters', /x*/g, 'axxb'],
    ['empty matches step over an astral character in Unicode mode', /(?:)/gu, 'a😀𠀀b'],
    ['empty matches step by code unit without Unicode mode', /(?:)/g, 'a😀b'],
    ['look-behind', /(?<![\p{L}\p{N}])one(?![\p{L}\p{N}])/giu, 'One, someone, one-off, ONE'],
    ['no match', /[0-9]/g, '没有数字'],
    ['sticky and global', /a/gy, 'aab'],
  ])('%s', (_name, re, text) => {
    expect(seen(execAll(re, text))).toEqual(seen(text.matchAll(new RegExp(re))));
    expect(re.lastIndex).toBe(0);
  });

  it('refuses a RegExp without the g flag, as matchAll does', () => {
    expect(() => execAll(/a/, 'aaa')).toThrow(TypeError);
  });
});
