import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { entityMismatch } from '../../server/checks/rules/entity-mismatch.ts';
import { loadReference } from '../../server/checks/reference-load.ts';
import { ruleTester, runRule, type Case, type InvalidCase } from './rule-tester.ts';

// The newsroom's own demonym table, as the rule meets it in production.
const reference = { demonyms: loadReference(fileURLToPath(new URL('../../corpus/', import.meta.url))).demonyms };
const withTable = <C extends Case>(c: C): C => ({ reference, ...c });

const longSource = 'Kazakhstan and Russia held talks in Astana. '.repeat(2600);
const longTarget = '哈萨克斯坦和俄罗斯在阿斯塔纳举行会谈。'.repeat(2600);

const valid: Case[] = [
  { name: 'a demonym and the country name', source: 'Kazakh President Kassym-Jomart Tokayev spoke.', target: '哈萨克斯坦总统卡瑟姆-若马尔特·托卡耶夫发表讲话。' },
  { name: 'a dateline', source: 'ALMATY, Kazakhstan -- A diplomat-turned-politician', target: '阿拉木图,哈萨克斯坦——一位外交官出身的政治家' },
  { name: 'capitals standing for governments', source: 'Washington warned Beijing, and Moscow protested.', target: '美国警告中国，俄方提出抗议。' },
  { name: 'either Korea', source: 'South Korea and Japan discussed the Korean Peninsula.', target: '韩国和日本讨论了朝鲜半岛问题。' },
  { name: 'a country added, nothing missing', source: 'The minister spoke in Astana.', target: '俄罗斯部长在哈萨克斯坦阿斯塔纳发表讲话。' },
  { name: 'a country dropped, nothing added', source: 'Kazakhstan and Russia signed the deal.', target: '哈萨克斯坦签署了协议。' },
  { name: 'Georgia, the US state', source: 'Officials in Atlanta, Georgia, spoke on Monday.', target: '美国佐治亚州亚特兰大的官员周一发表讲话。' },
  {
    name: 'a country inside a hyphenated modifier',
    source: 'It drew backing from an outlet in Azerbaijan, which took part in Russia-less drills in western Kazakhstan.',
    target: '这得到了阿塞拜疆一家媒体的支持。阿塞拜疆参加了在哈萨克斯坦西部举行的演习。',
  },
  {
    name: 'a country named again for "it"',
    source: "Kazakhstan has grown used to hostile rhetoric from Russia since it declined to back Russia's 2022 invasion of Ukraine.",
    target: '自从哈萨克斯坦未支持俄罗斯在2022年的入侵后，哈萨克斯坦已经习惯了俄罗斯的敌对言论。',
  },
  { name: 'a transliteration starting like a country (马里兰, 马里乌波尔)', source: 'Maryland officials visited Mariupol, Ukraine and Poland.', target: '马里兰州官员访问了乌克兰马里乌波尔。' },
  { name: '发展中国家 is not China', source: 'Developing countries such as India and Brazil objected.', target: '印度等发展中国家表示反对。' },
  { name: 'a US$ amount', source: 'Japan gave a US$5 million grant.', target: '日本提供了500万美元赠款。' },
  { name: 'a language names its country', source: 'He spoke in Russian to Kazakh reporters.', target: '他用俄语对哈萨克记者讲话。' },
  { name: 'one-character abbreviations in a compound', source: 'Talks between China and the United States resumed.', target: '中美会谈恢复。' },
  { name: 'the Americas are not America', source: 'The Conquistadors who invaded the Americas were nothing more than robbers.', target: '入侵美洲的西班牙人不过是强盗。' },
  { name: 'empty paragraphs', source: '', target: '' },
  { name: 'a 50,000-character paragraph', source: longSource, target: longTarget },
];

const invalid: InvalidCase[] = [
  {
    name: 'the demo swap: Armenia instead of Kazakhstan, Armenia also in the source',
    source:
      'Later, the authors of Khod Mysley, a Russia-focused YouTube channel with more than 450,000 subscribers, questioned whether Tokayev, "following Armenian Prime Minister Nikol Pashinian," was "slowly but surely turning Kazakhstan from a friend of Russia into an enemy under the leadership of the Anglo-Saxons."',
    target: '随后，专注于俄罗斯的YouTube频道Khod Mysley（超过45万订阅者），其作者质疑托卡耶夫是否“继亚美尼亚总理尼科尔·帕希尼扬之后，”“在盎格鲁撒克逊人的领导下，正在缓慢但坚定地将亚美尼亚从俄罗斯的朋友变成敌人”。',
    findings: [{ text: '亚美尼亚', start: 95, severity: 'critical', sourceText: 'Kazakhstan', suggestion: null, message: /Armenia.*Kazakhstan/ }],
  },
  { name: 'a country absent from the source', source: 'Tokayev met the president of Uzbekistan.', target: '托卡耶夫会见了土库曼斯坦总统。', findings: [{ text: '土库曼斯坦', sourceText: 'Uzbekistan', suggestion: '乌兹别克斯坦' }] },
  { name: 'a demonym swapped', source: 'Kazakh President Tokayev arrived.', target: '吉尔吉斯斯坦总统托卡耶夫抵达。', findings: [{ text: '吉尔吉斯斯坦', sourceText: 'Kazakh', suggestion: null }] },
  { name: 'the other Korea', source: 'South Korea fired a missile.', target: '朝鲜发射了一枚导弹。', findings: [{ text: '朝鲜', sourceText: 'South Korea', suggestion: '韩国' }] },
  { name: 'a capital swapped', source: 'Officials in Moscow denied the report.', target: '基辅官员否认了这一报道。', findings: [{ text: '基辅', sourceText: 'Moscow' }] },
  {
    name: 'two countries swapped, paired by position',
    source: 'France and Germany signed the treaty.',
    target: '意大利和西班牙签署了条约。',
    findings: [
      { text: '意大利', sourceText: 'France', suggestion: '法国' },
      { text: '西班牙', sourceText: 'Germany', suggestion: '德国' },
    ],
  },
  { name: 'a short name swapped', source: 'U.S. officials declined to comment.', target: '英国官员拒绝置评。', findings: [{ text: '英国', sourceText: 'U.S.' }] },
  { name: 'code-point offsets after an emoji', source: 'Tokayev met the president of Uzbekistan.', target: '😀𠀀托卡耶夫会见了土库曼斯坦总统。', findings: [{ text: '土库曼斯坦', start: 9 }] },
  {
    name: 'a merged paragraph (2-1 link)',
    source: ['The drills took place in Kyrgyzstan.', 'Troops from Tajikistan also took part.'],
    target: ['演习在吉尔吉斯斯坦举行，来自土库曼斯坦的部队也参加了演习。'],
    links: [{ src: [0, 1], tgt: [0] }],
    findings: [{ text: '土库曼斯坦', sourceText: 'Tajikistan', para: 0 }],
  },
  {
    name: 'a swap at the end of a 50,000-character paragraph',
    source: longSource + 'Uzbekistan agreed.',
    target: longTarget + '土库曼斯坦表示同意。',
    findings: [{ text: '土库曼斯坦', start: longTarget.length }],
  },
];

ruleTester(entityMismatch, { valid: valid.map(withTable), invalid: invalid.map(withTable) });

it('entity-mismatch reads a 50,000-character paragraph quickly', () => {
  runRule(entityMismatch, withTable({ source: longSource + 'Uzbekistan agreed.', target: longTarget + '土库曼斯坦表示同意。' }));
});
