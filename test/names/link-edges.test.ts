import { describe, expect, it } from 'vitest';
import { EMPTY_REFERENCE } from '../../server/checks/reference.ts';
import { documentNames } from '../../server/names/entities.ts';

// Where a sound link's Chinese stretch begins and ends: not on a function word glued to the name
// (在, 对), not on the coda 尔 with the 埃 before it dropped, and over a channel number.
const rendered = (en: string, zh: string) =>
  documentNames({ key: 'd', source: [en], target: [zh], links: [{ src: [0], tgt: [0] }] }, EMPTY_REFERENCE).entities.flatMap((e) =>
    e.renderings.flatMap((r) => r.occurrences.map((o) => `${o.source.text}→${o.text}`)),
  );

describe('the edges of a sound link', () => {
  it.each([
    ['He spoke in Hyderabad to the press.', '他在海得拉巴对媒体发表讲话。', 'Hyderabad→海得拉巴'],
    ['Deputy Elmira Sadykova voted against the bill.', '议员埃尔米拉·萨德科娃对该法案投了反对票。', 'Elmira Sadykova→埃尔米拉·萨德科娃'],
    ['She said so in an interview with the channel Orbita 24.', '她在接受奥尔比塔24频道采访时这样说。', 'Orbita 24→奥尔比塔24频道'],
    ['The minister, Rustam Saidaliyev, resigned.', '部长鲁斯塔姆·赛义达利耶夫辞职。', 'Rustam Saidaliyev→鲁斯塔姆·赛义达利耶夫'],
  ])('%s', (en, zh, want) => {
    expect(rendered(en, zh)).toContain(want);
  });
});

// An outlet's Chinese name may carry its country in front (意大利安莎社): the rendering of the
// outlet is what follows, unless the English name itself holds the country or a clipped form
// of it (Ukrinform, 乌克兰国家通讯社), or the Chinese is a country and nothing more.
describe('an outlet named after its country', () => {
  it.each([
    ['The strike was reported by the Italian agency ANSA on Monday.', '意大利安莎社周一报道了这次罢工。', 'ANSA→安莎社'],
    ['The talks will resume, the news agency Ukrinform reported.', '据乌克兰国家通讯社报道，谈判将恢复。', 'Ukrinform→乌克兰国家通讯社'],
  ])('%s', (en, zh, want) => {
    expect(rendered(en, zh)).toContain(want);
  });
});
