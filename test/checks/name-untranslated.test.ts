import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from './rule-tester.ts';
import { nameUntranslated } from '../../server/checks/rules/name-untranslated.ts';
import { untranslatedLatin } from '../../server/checks/rules/untranslated-latin.ts';

const outlets = [{ outlet: 'Khod Mysley', chinese: '《思路》', aliases: [], kind: 'channel' }];

ruleTester(nameUntranslated, {
  valid: [
    { name: 'a web address is the outlet\'s name', source: 'The private outlet Haqqin.az praised him.', target: '私营媒体Haqqin.az网站对其大加赞扬。' },
    { name: 'house style keeps YouTube', source: 'The video was posted on the channel YouTube.', target: '视频发布在YouTube上。', style: { allowLatin: ['YouTube'] } },
    { name: 'the original in brackets after a rendering', source: 'Journalist Zuhra Novruzova wrote it.', target: '记者祖赫拉·诺夫鲁佐娃（Zuhra Novruzova）写了这篇文章。' },
    { name: 'house style accepts Latin names', source: 'Economist Timur Suleimenov rejected it.', target: '经济学家Timur Suleimenov拒绝了。', style: { latinNamesAllowed: true } },
  ],
  invalid: [
    { name: 'a person left in Latin', source: 'Economist Timur Suleimenov rejected the forecast.', target: '经济学家Timur Suleimenov拒绝了这一预测。', findings: [{ text: 'Timur Suleimenov', suggestion: null, message: /^Person/ }] },
    { name: 'a channel left in Latin, with the outlets file\'s name', source: 'The authors of Khod Mysley, a YouTube channel, asked.', target: 'YouTube频道Khod Mysley的作者问道。', reference: { outlets }, findings: [{ text: 'Khod Mysley', suggestion: '《思路》', message: /^Outlet/ }] },
    { name: 'a programme title in 《》 left in English', source: 'He appeared on the talk show Good Morning Kazakhstan.', target: '他出现在谈话节目《Good Morning Kazakhstan》中。', findings: [{ text: 'Good Morning Kazakhstan', severity: 'minor' }] },
    {
      name: 'a remark in brackets after a name is not its rendering',
      source: 'Khod Mysley, a YouTube channel with more than 450,000 subscribers, asked.',
      target: 'YouTube频道Khod Mysley（超过45万订阅者）提出疑问。',
      style: { allowLatin: ['YouTube'] },
      findings: [{ text: 'Khod Mysley', start: 9 }],
    },
    { name: 'Cyrillic left in the text', source: 'Analyst Arkady Dubnov said so.', target: '分析人士Аркадий Дубнов这样说。', findings: [{ text: 'Аркадий Дубнов' }] },
  ],
  docsReference: {},
});

describe('name-untranslated and untranslated-latin', () => {
  it('report a person left in Latin once, from name-untranslated', () => {
    const c = { source: 'Economist Timur Suleimenov rejected the forecast.', target: '经济学家Timur Suleimenov拒绝了这一预测。' };
    expect(runRule(nameUntranslated, c).map((f) => f.text)).toEqual(['Timur Suleimenov']);
    expect(runRule(untranslatedLatin, c)).toEqual([]);
  });
  it('leave other Latin to untranslated-latin', () => {
    const c = { source: 'The word Mardan used, "Mambets," is an insult.', target: '马尔丹使用“Mambets”一词是一种侮辱。' };
    expect(runRule(nameUntranslated, c)).toEqual([]);
    expect(runRule(untranslatedLatin, c).map((f) => f.text)).toEqual(['Mambets']);
  });
});
