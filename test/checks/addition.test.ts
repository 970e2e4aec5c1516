import { expect, it } from 'vitest';
import { addition } from '../../server/checks/rules/addition.ts';
import { runRule, ruleTester } from './rule-tester.ts';

const P1 = 'Kazakh President Kassym-Jomart Tokayev called for closer defense cooperation among Central Asian states on Friday.';
const Z1 = '哈萨克斯坦总统卡西姆-若马尔特·托卡耶夫周五呼吁中亚国家加强防务合作。';
const P3 = 'The main driving force behind closer cooperation in the region has been Uzbekistan, the most populous country.';
const Z3 = '该地区加强合作的主要推动力来自乌兹别克斯坦，它是人口最多的国家。';
const LONG_EN =
  "Under its first president, Islam Karimov, Tashkent treated much of its neighborhood as a nuisance to be kept at arm's length, " +
  'but his successor, Shavkat Mirziyoyev, saw new opportunities for trade and diplomatic solidarity after coming to power in 2016.';
const LONG_ZH = '在第一任总统伊斯兰·卡里莫夫执政期间，塔什干视周边的大部分地区为应当远离的麻烦，但继任者沙夫卡特·米尔济约耶夫在2016年上台后看到了贸易和外交团结的新机遇。';
/** A sentence no English above says anything about. */
const EXTRA = '分析人士普遍认为，这一表态标志着中亚地区一体化进程进入了一个全新的历史阶段，值得国际社会高度关注。';

ruleTester(addition, {
  valid: [
    { name: 'a faithful one-to-one paragraph', source: P1, target: Z1 },
    { name: 'three sentences, three sentences', source: `${P1} ${LONG_EN} ${P3}`, target: Z1 + LONG_ZH + Z3 },
    { name: 'one English sentence split in two', source: LONG_EN, target: '在第一任总统伊斯兰·卡里莫夫执政期间，塔什干视周边的大部分地区为应当远离的麻烦。但继任者沙夫卡特·米尔济约耶夫在2016年上台后看到了贸易和外交团结的新机遇。' },
    { name: 'an acronym spelled out is not an addition', source: 'The CSTO failed to act.', target: '集体安全条约组织（CSTO）未能采取行动。' },
    { name: 'a translator note of a few characters', source: P1, target: [Z1, '（完）'], links: [{ src: [0], tgt: [0, 1] }] },
    { name: 'empty paragraphs', source: ['', P1], target: ['', Z1] },
    { name: 'an empty target paragraph with no source', source: [P1, P3], target: [Z1, '', Z3], links: [{ src: [0], tgt: [0] }, { src: [], tgt: [1] }, { src: [1], tgt: [2] }] },
    { name: 'a punctuation-only target paragraph with no source', source: [P1, P3], target: [Z1, '……', Z3], links: [{ src: [0], tgt: [0] }, { src: [], tgt: [1] }, { src: [1], tgt: [2] }] },
    { name: 'a one-to-two paragraph link', source: [LONG_EN], target: ['在第一任总统伊斯兰·卡里莫夫执政期间，塔什干视周边的大部分地区为应当远离的麻烦。', '但继任者沙夫卡特·米尔济约耶夫在2016年上台后看到了贸易和外交团结的新机遇。'], links: [{ src: [0], tgt: [0, 1] }] },
    { name: 'a two-to-one paragraph link', source: [P1, P3], target: [Z1 + Z3], links: [{ src: [0, 1], tgt: [0] }] },
    { name: 'a somewhat long translation is within the norm', source: P3, target: '在该地区，推动各国加强合作的最主要力量一直是乌兹别克斯坦，它是中亚人口最多的国家。' },
    { name: 'an emoji', source: `😀 ${P1}`, target: `😀${Z1}` },
    { name: 'a dropped source paragraph is not an addition', source: [P1, P3], target: [Z1], links: [{ src: [0], tgt: [0] }, { src: [1], tgt: [] }] },
  ],
  invalid: [
    {
      name: 'a target paragraph with no source (0-1 link)',
      source: [P1, P3],
      target: [Z1, EXTRA, Z3],
      links: [{ src: [0], tgt: [0] }, { src: [], tgt: [1] }, { src: [1], tgt: [2] }],
      findings: [{ text: EXTRA, para: 1, start: 0, severity: 'minor', message: /no counterpart in the source/ }],
    },
    {
      name: 'a target paragraph linked to an empty source paragraph',
      source: [P1, ''],
      target: [Z1, EXTRA],
      findings: [{ text: EXTRA, para: 1 }],
    },
    {
      name: 'white space around an added paragraph is not part of the span',
      source: [P1],
      target: [Z1, `  ${EXTRA}  `],
      links: [{ src: [0], tgt: [0] }, { src: [], tgt: [1] }],
      findings: [{ text: EXTRA, para: 1, start: 2 }],
    },
    {
      name: 'an added last sentence inside a link',
      source: addition.docs.bad.source,
      target: addition.docs.bad.target,
      findings: [{ text: '分析人士认为，这次会议标志着中亚地区一体化进入了一个全新的历史阶段。', start: 12 }],
    },
    {
      name: 'an added middle sentence',
      source: `${P1} ${P3}`,
      target: Z1 + EXTRA + Z3,
      findings: [{ text: EXTRA, start: Array.from(Z1).length }],
    },
    {
      name: 'code points after an emoji',
      source: `${P1} ${P3}`,
      target: `😀𠀀${Z1}${EXTRA}${Z3}`,
      findings: [{ text: EXTRA, start: Array.from(Z1).length + 2 }],
    },
    {
      name: 'an added sentence in a one-to-two paragraph link',
      source: [LONG_EN],
      target: [LONG_ZH, EXTRA],
      links: [{ src: [0], tgt: [0, 1] }],
      findings: [{ text: EXTRA, para: 1, start: 0 }],
    },
    {
      name: 'a translation padded far beyond its source (length outlier, low confidence)',
      source: 'The summit opened on Friday in Astana, the capital.',
      target: '峰会于周五在首都阿斯塔纳隆重开幕，来自中亚五国的元首、政府首脑以及众多国际组织代表齐聚一堂，围绕地区安全、经济合作与人文交流等一系列重大议题展开了深入而广泛的讨论。',
      findings: [{ text: '峰会于周五在首都阿斯塔纳隆重开幕，来自中亚五国的元首、政府首脑以及众多国际组织代表齐聚一堂，围绕地区安全、经济合作与人文交流等一系列重大议题展开了深入而广泛的讨论。', message: /much longer/ }],
    },
  ],
});

it('addition: a 50,000-character paragraph finishes quickly', () => {
  const en = `${P1} ${LONG_EN} `.repeat(150);
  const zh = (Z1 + LONG_ZH).repeat(150);
  expect(runRule(addition, { source: en, target: zh })).toEqual([]);
  expect(runRule(addition, { source: en, target: zh + EXTRA }).map((f) => f.text)).toEqual([EXTRA]);
  // Fifty thousand Chinese characters for fifty thousand English letters is an outlier indeed.
  expect(runRule(addition, { source: 'x'.repeat(50_000), target: '一'.repeat(50_000) }).map((f) => f.message)).toEqual([expect.stringMatching(/much longer/)]);
});
