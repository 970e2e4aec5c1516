import { describe, expect, it } from 'vitest';
import { cellText, markSpan, readMarkedCell } from '../../server/text/mqm-tsv-cells.ts';
import { codePointLength, sliceCodePoints } from '../../server/text/codepoints.ts';

describe('cellText: text into one TSV cell, length-preserving', () => {
  it.each([
    ['tab and line feed', 'a\tb\nc', 'a b c'],
    ['CRLF is two spaces, not one', '甲\r\n乙', '甲  乙'],
    ['vertical tab, form feed, NEL, line and paragraph separators', 'a\vb\fc\u0085d\u2028e\u2029f', 'a b c d e f'],
    ['file/group/record separators (Python splitlines)', 'a\x1cb\x1dc\x1ed', 'a b c d'],
    ['a literal <v> loses its ASCII <', 'x<v>y</v>z', 'x＜v>y＜/v>z'],
    ['upper-case <V> is no marker and stays', '<V>a</V>', '<V>a</V>'],
    ['other angle brackets stay', '<script>1 < 2</script>', '<script>1 < 2</script>'],
    ['astral characters stay one code point each', '😀𠮷\t👍🏽', '😀𠮷 👍🏽'],
  ])('%s', (_, text, cell) => {
    expect(cellText(text)).toBe(cell);
    expect(codePointLength(cellText(text))).toBe(codePointLength(text));
    expect(cellText(text)).not.toMatch(/[\t\r\n]/);
  });
});

describe('markSpan and readMarkedCell round trip at code-point offsets', () => {
  it.each([
    ['span at the very start, astral', '😀 is a smile', 0, 1, '😀'],
    ['span at the very end, emoji with modifier (two code points)', '好👍🏽', 1, 3, '👍🏽'],
    ['the whole text', '托卡耶夫', 0, 4, '托卡耶夫'],
    ['an empty span (where something is missing)', '他说。', 2, 2, ''],
    ['after a supplementary-plane character', '𠮷他说,是', 3, 4, ','],
    ['text holding a literal marker before the span', 'a <v> b c', 6, 7, 'b'],
    ['marked text that is itself a marker', 'x</v>y', 1, 5, '＜/v>'],
    ['a literal marker as the whole span', 'a<v>', 1, 4, '＜v>'],
    ['a span that cuts a literal close marker in two', 'x</v>y', 0, 3, 'x＜/'],
    ['a span that starts inside a literal open marker', '甲<v>乙', 2, 5, 'v>乙'],
    ['a lone "<" right before the span', 'a<bc', 2, 3, 'b'],
    ['a "</v" right before the close marker', 'x</vy', 0, 4, 'x</v'],
  ])('%s', (_, text, start, end, inside) => {
    const cell = markSpan(text, start, end);
    expect(cell.match(/<v>/g)).toHaveLength(1);
    expect(cell.match(/<\/v>/g)).toHaveLength(1);
    expect(readMarkedCell(cell)).toEqual({ text: cellText(text), span: { start, end } });
    // What the span holds once read back: the cell's own text, its literal markers disarmed.
    expect(sliceCodePoints(cellText(text), start, end)).toBe(inside);
  });

  it('reads a cell without markers as text without a span', () => {
    expect(readMarkedCell('没有错误。')).toEqual({ text: '没有错误。', span: null });
  });

  it.each([
    ['an open marker alone', 'a<v>b', /unbalanced/],
    ['a close marker alone', 'a</v>b', /unbalanced/],
    ['close before open', 'a</v>b<v>c', /unbalanced/],
    ['two spans', '<v>a</v> and <v>b</v>', /more than one/],
    ['nested spans', '<v>a<v>b</v></v>', /more than one/],
  ])('refuses %s', (_, cell, message) => {
    const r = readMarkedCell(cell);
    expect('error' in r && r.error).toMatch(message);
  });
});
