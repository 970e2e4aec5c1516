import { describe, expect, it } from 'vitest';
import { oneLinkOccurrences } from '../helpers/one-link-names.ts';
import { EMPTY_REFERENCE } from '../../server/checks/reference.ts';

// A full name and its surname alone later in the same link: the full name keeps the whole
// rendering, and the surname takes the rendering that stands alone, not the one inside it.
const rendered = (en: string, zh: string) => oneLinkOccurrences(en, zh).map((o) => `${o.source.text}→${o.text}@${o.start}`);

describe('linking a full name and its short form in one link', () => {
  it.each([
    [
      'Finance Minister Anna Kowalczyk will speak on Friday; Kowalczyk declined to comment.',
      '财政部长安娜·科瓦尔奇克将于周五发表讲话；科瓦尔奇克拒绝置评。',
      ['Anna Kowalczyk→安娜·科瓦尔奇克@4', 'Kowalczyk→科瓦尔奇克@21'],
    ],
    [
      "Mayor Oleksandr Hrytsenko's allies met; Hrytsenko denied the claims.",
      '市长奥列克山大·格里岑科的盟友会面；格里岑科否认了这些说法。',
      ['Oleksandr Hrytsenko→奥列克山大·格里岑科@2', 'Hrytsenko→格里岑科@18'],
    ],
  ])('%s', (en, zh, want) => {
    expect(rendered(en, zh).sort()).toEqual(want.sort());
  });
});
