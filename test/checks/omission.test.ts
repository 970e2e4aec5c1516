import { expect, it } from 'vitest';
import { omission } from '../../server/checks/rules/omission.ts';
import { runRule, ruleTester } from './rule-tester.ts';

const P1 = 'Kazakh President Kassym-Jomart Tokayev called for closer defense cooperation among Central Asian states on Friday.';
const Z1 = '哈萨克斯坦总统卡西姆-若马尔特·托卡耶夫周五呼吁中亚国家加强防务合作。';
const P3 = 'The main driving force behind closer cooperation in the region has been Uzbekistan, the most populous country.';
const Z3 = '该地区加强合作的主要推动力来自乌兹别克斯坦，它是人口最多的国家。';
const SUB = "'Regional Security Architecture' Without Russia?";
const LONG_EN =
  'Under its first president, Islam Karimov, Tashkent treated much of its neighborhood as a nuisance to be kept at arm\'s length, ' +
  'but his successor, Shavkat Mirziyoyev, saw new opportunities for trade and diplomatic solidarity after coming to power in 2016.';
const LONG_ZH = '在第一任总统伊斯兰·卡里莫夫执政期间，塔什干视周边的大部分地区为应当远离的麻烦，但继任者沙夫卡特·米尔济约耶夫在2016年上台后看到了贸易和外交团结的新机遇。';
const QUOTE_EN = '"They are connected to the West, but they are not close to the West," Anceschi told RFE/RL.';
const QUOTE_ZH = '安切斯基告诉自由欧洲电台：“他们与西方有联系，但并不亲近西方。”';

ruleTester(omission, {
  valid: [
    { name: 'a faithful one-to-one paragraph', source: P1, target: Z1 },
    { name: 'two sentences, two sentences', source: `${P1} ${QUOTE_EN}`, target: `${Z1}${QUOTE_ZH}` },
    {
      name: 'two English sentences merged into one Chinese sentence',
      source: 'His call last week was a case in point. The proposal caught the eye of pro-Kremlin commentators in Russia.',
      target: '他上周的呼吁就是一个例子，这一提议引起了俄罗斯亲克里姆林宫评论人士的注意。',
    },
    {
      name: 'one English sentence split into two Chinese sentences',
      source: 'It also drew strong backing from a pro-government outlet in Azerbaijan, which last month took part in rare military exercises with Central Asian states.',
      target: '该提议得到了阿塞拜疆一家亲政府媒体的强烈支持。阿塞拜疆上个月与中亚国家举行了罕见的军事演习。',
    },
    {
      name: 'a dropped two-word fragment is not an omission',
      source: 'Sans Russia? What Is Behind the Kazakh President\'s Call for a Central Asian Security Grouping',
      target: '哈萨克斯坦总统呼吁建立中亚安全集团背后的寓意',
    },
    { name: 'empty paragraphs', source: ['', P1], target: ['', Z1] },
    { name: 'an empty source paragraph linked to nothing', source: [P1, '', P3], target: [Z1, Z3], links: [{ src: [0], tgt: [0] }, { src: [1], tgt: [] }, { src: [2], tgt: [1] }] },
    { name: 'a separator linked to nothing', source: [P1, '* * *', P3], target: [Z1, Z3], links: [{ src: [0], tgt: [0] }, { src: [1], tgt: [] }, { src: [2], tgt: [1] }] },
    { name: 'a two-to-one paragraph link', source: [P1, P3], target: [Z1 + Z3], links: [{ src: [0, 1], tgt: [0] }] },
    { name: 'a one-to-two paragraph link', source: [LONG_EN], target: ['在第一任总统伊斯兰·卡里莫夫执政期间，塔什干视周边的大部分地区为应当远离的麻烦。', '但继任者沙夫卡特·米尔济约耶夫在2016年上台后看到了贸易和外交团结的新机遇。'], links: [{ src: [0], tgt: [0, 1] }] },
    { name: 'a somewhat short translation is within the norm', source: LONG_EN, target: '卡里莫夫时期塔什干疏远邻国，米尔济约耶夫2016年上台后看到了贸易和外交团结的新机遇。' },
    { name: 'a short source with a terse translation', source: 'Yes.', target: '是。' },
    { name: 'an emoji in a faithful translation', source: `😀 ${P1}`, target: `😀${Z1}` },
    { name: 'a quote and its reporting clause', source: QUOTE_EN, target: QUOTE_ZH },
  ],
  invalid: [
    {
      name: 'a dropped subheading (1-0 link): empty span at the start of the next target paragraph',
      source: [P1, SUB, P3],
      target: [Z1, Z3],
      links: [{ src: [0], tgt: [0] }, { src: [1], tgt: [] }, { src: [2], tgt: [1] }],
      findings: [{ text: '', para: 1, start: 0, severity: 'major', sourceText: SUB, message: /not translated/ }],
    },
    {
      name: 'a dropped last paragraph: empty span at the end of the previous one',
      source: [P1, SUB],
      target: [Z1],
      links: [{ src: [0], tgt: [0] }, { src: [1], tgt: [] }],
      findings: [{ text: '', para: 0, start: Array.from(Z1).length, sourceText: SUB }],
    },
    {
      name: 'a source paragraph linked to an empty target paragraph',
      source: [P1, P3],
      target: [Z1, ''],
      findings: [{ text: '', para: 1, start: 0, sourceText: P3 }],
    },
    {
      name: 'two dropped paragraphs in a row',
      source: [P1, SUB, QUOTE_EN, P3],
      target: [Z1, Z3],
      links: [{ src: [0], tgt: [0] }, { src: [1], tgt: [] }, { src: [2], tgt: [] }, { src: [3], tgt: [1] }],
      findings: [
        { text: '', para: 1, start: 0, sourceText: SUB },
        { text: '', para: 1, start: 0, sourceText: QUOTE_EN },
      ],
    },
    {
      name: 'a dropped last sentence inside a link',
      source: omission.docs.bad.source,
      target: omission.docs.bad.target,
      findings: [{ text: '', para: 0, start: 12, sourceText: 'Five presidents attended the closed session, which lasted four hours.', message: /no counterpart/ }],
    },
    {
      name: 'a dropped middle sentence: empty span where it would go',
      source: `${P1} ${LONG_EN} ${P3}`,
      target: `${Z1}${Z3}`,
      findings: [{ text: '', para: 0, start: Array.from(Z1).length, sourceText: LONG_EN }],
    },
    {
      name: 'code points after an emoji',
      source: `${P1} ${LONG_EN}`,
      target: `😀𠀀${Z1}`,
      findings: [{ text: '', para: 0, start: Array.from(Z1).length + 2, sourceText: LONG_EN }],
    },
    {
      name: 'a dropped sentence in a two-to-one paragraph link',
      source: [P1, `${LONG_EN} ${P3}`],
      target: [Z1 + Z3],
      links: [{ src: [0, 1], tgt: [0] }],
      findings: [{ text: '', para: 0, start: Array.from(Z1).length, sourceText: LONG_EN }],
    },
    {
      name: 'a translation cut short (length outlier, minor, low confidence)',
      source: LONG_EN,
      target: '在第一任总统伊斯兰·卡里莫夫执政期间，',
      findings: [{ text: '在第一任总统伊斯兰·卡里莫夫执政期间，', severity: 'minor', message: /much shorter/, sourceText: LONG_EN }],
    },
  ],
});

it('omission: confidence falls from dropped paragraphs to dropped sentences to short links', () => {
  const para = runRule(omission, { source: [P1, SUB, P3], target: [Z1, Z3], links: [{ src: [0], tgt: [0] }, { src: [1], tgt: [] }, { src: [2], tgt: [1] }] })[0]!;
  const sentence = runRule(omission, { source: omission.docs.bad.source, target: omission.docs.bad.target })[0]!;
  const short = runRule(omission, { source: LONG_EN, target: '在第一任总统伊斯兰·卡里莫夫执政期间，' })[0]!;
  expect(sentence.confidence).toBeGreaterThanOrEqual(0.5);
  expect(sentence.confidence).toBeLessThanOrEqual(0.7);
  expect(para.confidence).toBeGreaterThan(sentence.confidence);
  expect(sentence.confidence).toBeGreaterThan(short.confidence);
});

it('omission: a 50,000-character paragraph finishes quickly', () => {
  const en = `${P1} ${LONG_EN} `.repeat(150);
  const zh = (Z1 + LONG_ZH).repeat(150);
  expect(runRule(omission, { source: en, target: zh })).toEqual([]);
  const dropped = runRule(omission, { source: `${en}${LONG_EN}`, target: zh });
  expect(dropped.map((f) => f.source?.text)).toEqual([LONG_EN]);
  expect(runRule(omission, { source: 'x'.repeat(50_000), target: '一'.repeat(50_000) })).toEqual([]);
});
