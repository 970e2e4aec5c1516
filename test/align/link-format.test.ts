import { describe, expect, it } from 'vitest';
import { formatLinks, parseLinks } from '../../server/align/link-format.ts';
import { InputError } from '../../server/ingest/input-error.ts';

describe('alignment file format', () => {
  it('reads links with spaces and empty sides, and writes them back compactly', () => {
    const links = parseLinks('[0, 1]:[0]\n[2]:[]\n\n[]:[1]\r\n[3]:[2,3]\n', 'a.align', { src: 4, tgt: 4 });
    expect(links).toEqual([
      { src: [0, 1], tgt: [0] },
      { src: [2], tgt: [] },
      { src: [], tgt: [1] },
      { src: [3], tgt: [2, 3] },
    ]);
    expect(formatLinks(links)).toBe('[0,1]:[0]\n[2]:[]\n[]:[1]\n[3]:[2,3]\n');
  });

  it.each([
    ['an index past the end', '[0]:[0]\n[1]:[5]\n', 'a.align:2: target index 5 is out of range (the file has 2 sentences)'],
    ['a sentence linked twice', '[0]:[0]\n[0]:[1]\n', 'a.align:2: source sentence 0 is linked twice'],
    ['a line that is no link', '[0]:[0]\nhello\n', 'a.align:2: not a link'],
    ['two empty sides', '[]:[]\n', 'a.align:1: a link with two empty sides'],
    ['an empty index', '[0,]:[0]\n', 'a.align:1: empty index'],
  ])('refuses %s, naming the file and line', (_name, text, message) => {
    expect(() => parseLinks(text, 'a.align', { src: 2, tgt: 2 })).toThrow(InputError);
    expect(() => parseLinks(text, 'a.align', { src: 2, tgt: 2 })).toThrow(message);
  });
});
