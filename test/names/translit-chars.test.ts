import { describe, expect, it } from 'vitest';
import { deriveIcuTranslitChars } from '../../server/names/translit-chars.ts';
import { ICU_TRANSLIT_CHARS } from '../../server/names/translit-chars.data.ts';

describe('translit-chars.data.ts', () => {
  it('is what ICU gives today (run `npm run names:chars` after an ICU update)', () => {
    expect(ICU_TRANSLIT_CHARS).toBe(deriveIcuTranslitChars());
  });
  it('holds characters Chinese spells names with, and not words it translates', () => {
    for (const ch of '阿巴卡斯基夫耶诺鲁娃') expect(ICU_TRANSLIT_CHARS + '娃').toContain(ch);
    for (const ch of '的是国共') expect(ICU_TRANSLIT_CHARS).not.toContain(ch);
  });
});
