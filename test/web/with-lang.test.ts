import { describe, expect, it } from 'vitest';
import { withLang } from '../../server/web/i18n.ts';

describe('withLang', () => {
  it.each([
    ['/', 'en', '/?lang=en'],
    ['/', 'zh', '/'],
    ['/doc/12/paragraphs/3/edit', 'en', '/doc/12/paragraphs/3/edit?lang=en'],
    ['/doc/12/', 'zh', '/doc/12/'],
    ['/doc/1?lang=en', 'zh', '/doc/1'],
    ['/?q=%E4%B8%AD&lang=en', 'en', '/?q=%E4%B8%AD&lang=en'],
    ['/doc/1#target-3', 'en', '/doc/1?lang=en#target-3'],
    ['/.//evil.example', 'zh', '/evil.example'],
    ['/a/../b', 'en', '/b?lang=en'],
  ] as const)('%s in %s is %s', (url, lang, expected) => {
    expect(withLang(url, lang)).toBe(expected);
  });
});
