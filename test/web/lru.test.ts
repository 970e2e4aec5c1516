import { describe, expect, it } from 'vitest';
import { Lru } from '../../server/web/lru.ts';

describe('Lru', () => {
  it('makes a value once per key and keeps the most recently used', () => {
    const made: string[] = [];
    const lru = new Lru<string>(2);
    const get = (k: string) => lru.get(k, () => (made.push(k), k.toUpperCase()));
    expect(get('a')).toBe('A');
    expect(get('b')).toBe('B');
    expect(get('a')).toBe('A'); // a hit: a is now the newest
    expect(get('c')).toBe('C'); // over the limit: b, the least recently used, goes
    expect(get('a')).toBe('A');
    expect(get('b')).toBe('B');
    expect(made).toEqual(['a', 'b', 'c', 'b']);
  });
});
