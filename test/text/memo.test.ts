import { describe, expect, it } from 'vitest';
import { TextMemo } from '../../server/text/memo.ts';

describe('TextMemo', () => {
  it('computes a text once and hands back the same value', () => {
    const memo = new TextMemo<{ n: number }>(10);
    let calls = 0;
    const make = (t: string) => ({ n: (calls++, t.length) });
    const a = memo.get('托卡耶夫', make);
    expect(memo.get('托卡耶夫', make)).toBe(a);
    expect(a.n).toBe(4);
    expect(calls).toBe(1);
  });

  it('starts over when full, so it never holds more than its limit', () => {
    const memo = new TextMemo<number>(3);
    let calls = 0;
    const make = (t: string) => (calls++, t.length);
    for (const t of ['a', 'bb', 'ccc']) memo.get(t, make);
    memo.get('dddd', make); // full: cleared, then this one stored
    expect(calls).toBe(4);
    memo.get('dddd', make);
    expect(calls).toBe(4);
    memo.get('a', make); // forgotten by the clear
    expect(calls).toBe(5);
  });

  it('remembers falsy values other than undefined', () => {
    const memo = new TextMemo<number | null | boolean>(5);
    let calls = 0;
    for (const [t, v] of [['zero', 0], ['null', null], ['false', false]] as const) {
      memo.get(t, () => (calls++, v));
      expect(memo.get(t, () => (calls++, v))).toBe(v);
    }
    expect(calls).toBe(3);
  });

  it('answers the last key again without asking the map, and a key equal in text but built anew', () => {
    const memo = new TextMemo<number>(2);
    let calls = 0;
    const make = (t: string) => (calls++, t.length);
    const text = ['哈萨克', '斯坦'].join('');
    memo.get(text, make);
    memo.get(text, make);
    memo.get(['哈萨克', '斯坦'].join(''), make); // same text, another string object
    expect(calls).toBe(1);
    memo.get('x', make);
    memo.get('yy', make); // full: cleared, but the last key's value is still right
    expect(memo.get('yy', make)).toBe(2);
    expect(memo.get(text, make)).toBe(5);
    expect(calls).toBe(4);
  });
});
