import { describe, expect, it } from 'vitest';
import { codePointOffsets, highlight, type Span } from '../../server/web/highlight.ts';
import { codePointLength } from '../../server/text/codepoints.ts';

const mark = (id: number, start: number, end: number, sev = 'minor', title = `t${id}`): Span => ({
  id,
  start,
  end,
  className: `sev-${sev}`,
  title,
});
const open = (id: number, sev = 'minor', title = `t${id}`) => `<mark class="ann sev-${sev}" title="${title}" data-ann="${id}">`;

/** Every <mark> closes, and never before an inner one does. */
function wellNested(html: string): boolean {
  let depth = 0;
  for (const m of html.matchAll(/<(\/?)mark\b/g)) {
    depth += m[1] ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('highlight', () => {
  it('marks a span and escapes the text around it', () => {
    expect(highlight('a < b & c', [mark(1, 4, 5)])).toBe(`a &lt; ${open(1)}b</mark> &amp; c`);
  });

  it('reads offsets as code points, not UTF-16 units', () => {
    // 𠮷 is two UTF-16 units; code point 1 is 野.
    expect(highlight('𠮷野家在北京', [mark(1, 1, 3)])).toBe(`𠮷${open(1)}野家</mark>在北京`);
    expect(codePointOffsets('𠮷a')).toEqual([0, 2, 3]);
  });

  it('never cuts an entity: a span over "&" marks the whole escaped character', () => {
    expect(highlight('x&y', [mark(1, 1, 2)])).toBe(`x${open(1)}&amp;</mark>y`);
  });

  it('splits crossing spans into pieces that nest', () => {
    const html = highlight('abcdef', [mark(1, 0, 4, 'major'), mark(2, 2, 6, 'critical')]);
    expect(html).toBe(
      `${open(1, 'major')}ab</mark>${open(1, 'major')}${open(2, 'critical')}cd</mark></mark>${open(2, 'critical')}ef</mark>`,
    );
    expect(wellNested(html)).toBe(true);
  });

  it('nests a span inside a longer one', () => {
    const html = highlight('abcdef', [mark(2, 2, 3), mark(1, 0, 6)]);
    expect(html).toBe(`${open(1)}ab</mark>${open(1)}${open(2)}c</mark></mark>${open(1)}def</mark>`);
    expect(wellNested(html)).toBe(true);
  });

  it('stays well formed for many random overlapping spans', () => {
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const text = '官员周一<在>声明中说"它"&其他';
    const len = codePointLength(text);
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: 1 + rnd(6) }, (_, i) => {
        const a = rnd(len + 1);
        const b = rnd(len + 1);
        return mark(i, Math.min(a, b), Math.max(a, b));
      });
      const html = highlight(text, spans);
      expect(wellNested(html)).toBe(true);
      expect(html.replace(/<\/?mark[^>]*>/g, '')).toBe('官员周一&lt;在&gt;声明中说&#34;它&#34;&amp;其他');
    }
  });

  it('shows an empty span as a point mark', () => {
    expect(highlight('ab', [mark(1, 1, 1)])).toBe(`a<mark class="ann sev-minor ann-point" title="t1" data-ann="1"></mark>b`);
  });

  it('leaves out spans that do not fit the text', () => {
    expect(highlight('abc', [mark(1, 2, 9), mark(2, -1, 1), mark(3, 2, 1), mark(4, 0.5, 1)])).toBe('abc');
  });

  it('escapes titles and classes', () => {
    const html = highlight('ab', [{ id: 1, start: 0, end: 1, className: 'x"y', title: '"><script>alert(1)</script>' }]);
    expect(html).toBe('<mark class="ann x&#34;y" title="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" data-ann="1">a</mark>b');
  });
});
