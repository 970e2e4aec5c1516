import { describe, expect, it } from 'vitest';
import { alternation } from '../../server/text/regexp.ts';

describe('alternation', () => {
  it.each([
    [['Niger', 'Nigeria'], 'Nigeria|Niger'],
    [['俄', '俄罗斯', '白俄罗斯'], '白俄罗斯|俄罗斯|俄'],
    [['b', 'a', 'B'], 'B|a|b'],
    [['U.S.', 'UK'], 'U\\.S\\.|UK'],
  ])('%j → %s', (forms, want) => {
    expect(alternation(forms)).toBe(want);
  });

  it('finds the longest form where a shorter one starts the same way', () => {
    const re = new RegExp(alternation(['Niger', 'Nigeria']), 'g');
    expect('Nigeria and Niger'.match(re)).toEqual(['Nigeria', 'Niger']);
  });
});
