import { expect, it } from 'vitest';
import { numberMismatch } from '../../server/checks/rules/number-mismatch.ts';
import { ruleTester, runRule } from './rule-tester.ts';

const longSource = 'Officials said 1,250 people attended the rally on August 9. '.repeat(800);
const longTarget = '官员说，8月9日有1250人参加集会。'.repeat(2500);

ruleTester(numberMismatch, {
  valid: [
    { name: '24万 = some 240,000', source: 'Mardan told his some 240,000 followers on Telegram.', target: '马尔丹在Telegram上告诉他约24万粉丝。' },
    { name: '6500公里 = 6,500-kilometer', source: 'the Middle Corridor, a 6,500-kilometer trade route linking China and Europe', target: '中间走廊——一条长达6500公里、连接中国和欧洲的贸易路线' },
    { name: '230多人 = more than 230', source: 'The unrest in January 2022 killed more than 230 people.', target: '2022年1月的动乱造成230多人死亡。' },
    { name: 'dates: Aug. 9, 2024 and August 14', source: 'The meeting on Aug. 9, 2024, followed an article published on August 14.', target: '2024年8月9日的会议是在8月14日发表的一篇文章之后举行的。' },
    { name: '2.5亿 = $250 million; 1.2万亿 = 1.2 trillion', source: 'The $250 million loan is part of a 1.2 trillion yuan plan.', target: '这笔2.5亿美元的贷款是1.2万亿元计划的一部分。' },
    { name: 'Chinese numerals and spelled-out English', source: 'Twenty soldiers and three journalists were among the dozen groups over two decades.', target: '二十名士兵和3名记者在这二十年间的12个团体中。' },
    { name: 'ordinals', source: 'ahead of the sixth Consultative Meeting and the 20th party congress', target: '在第六次协商会议和第二十次党代会之前' },
    { name: 'numbers inside names and codes', source: 'British intelligence agency MI6, the G7 and the G20 discussed COVID-19 with KB-BAC1 samples.', target: '英国情报机构MI6、七国集团和二十国集团讨论了COVID-19与KB-BAC1样本。' },
    { name: '一 inside words', source: 'Some of the unified states have always been one of the partners.', target: '一些统一的国家一直是合作伙伴之一。' },
    { name: 'times', source: 'The talks began at 9:00 and ended at 3 p.m.', target: '会谈于9:00开始，15时结束。' },
    { name: 'ranges', source: 'Between 10-15 people and 3 to 5 million cases.', target: '10至15人，以及300万至500万例病例。' },
    { name: 'percent and half', source: 'Growth was 3.5 percent, and half of the voters agreed.', target: '增长率为3.5%，50%的选民表示同意。' },
    { name: 'years and decades', source: 'He came to power in 2016, as in the 1990s.', target: '他于2016年上台，就像20世纪90年代那样。' },
    { name: 'list numbering and months', source: '• In January 2022 the vote passed.', target: '1. 2022年1月，投票获得通过。' },
    { name: 'a rounded figure given as approximate', source: 'The channel has about 236,000 subscribers.', target: '该频道约有24万订阅者。' },
    { name: 'vague Chinese quantities are not figures', source: 'Dozens of people and tens of thousands of fans, in case of trouble, three or four days.', target: '数十人和数万粉丝，万一出事，三四天。' },
    { name: 'empty paragraphs', source: '', target: '' },
    { name: 'a target paragraph aligned to nothing is left to the omission rules', source: [], target: ['共有3人死亡。'], links: [{ src: [], tgt: [0] }] },
    { name: 'a 50,000-character paragraph', source: longSource, target: longTarget },
  ],
  invalid: [
    {
      name: 'one figure changed: the source value is the fix',
      source: 'There were 104 screws implanted in group A and 108 screws in group B.',
      target: 'A组植入螺钉104枚，B组植入螺钉1枚。',
      findings: [{ text: '1', start: 17, severity: 'major', suggestion: '108', sourceText: '108', message: /"1" where the source has "108"/ }],
    },
    { name: 'a scale error', source: 'The budget is $2.5 million.', target: '预算为25万美元。', findings: [{ text: '25万', suggestion: '250万' }] },
    { name: 'a wrong day', source: 'The summit opened in Astana on Aug. 9.', target: '峰会于8月19日在阿斯塔纳开幕。', findings: [{ text: '8月19日', suggestion: '8月9日', sourceText: 'Aug. 9' }] },
    { name: 'a wrong percentage', source: 'The economy grew 3.5 percent last year.', target: '去年经济增长了5.3%。', findings: [{ text: '5.3%', suggestion: '3.5%' }] },
    { name: 'a wrong year', source: 'He came to power in 2016.', target: '他于2018年上台。', findings: [{ text: '2018', suggestion: '2016' }] },
    {
      name: 'miles converted to kilometres: a lower-confidence finding',
      source: 'The convoy travelled 100 miles.',
      target: '车队行驶了161公里。',
      findings: [{ text: '161', message: /converted from "100 miles"/, sourceText: '100 miles' }],
    },
    { name: 'a Chinese numeral that differs', source: 'Twenty soldiers were killed.', target: '三十名士兵遇难。', findings: [{ text: '三十', suggestion: null, sourceText: 'Twenty' }] },
    { name: 'a spelled-out English number against other digits', source: 'Three journalists were detained.', target: '4名记者被拘留。', findings: [{ text: '4', suggestion: '3' }] },
    { name: 'code-point offsets after an emoji', source: '😀 Three journalists were detained.', target: '😀𠀀4名记者被拘留。', findings: [{ text: '4', start: 2 }] },
    {
      name: 'several figures changed: the message names the source figures',
      source: 'Police arrested 10 men and 20 women.',
      target: '警方逮捕了11名男子和21名妇女。',
      findings: [
        { text: '11', message: /source: 10, 20/, suggestion: null },
        { text: '21', message: /source: 10, 20/ },
      ],
    },
    { name: 'a figure the source does not have', source: 'The talks ended without agreement.', target: '会谈持续3天后无果而终。', findings: [{ text: '3', message: /no figures here/ }] },
    { name: 'the same wrong figure twice is one finding with a count', source: 'The vote was 7 to 5.', target: '投票结果为9比9，9比9。', findings: [{ text: '9', count: 4 }] },
    {
      name: 'a merged paragraph (2-1 link)',
      source: ['The blast killed 12 people.', 'Another 30 were injured.'],
      target: ['爆炸造成12人死亡，另有13人受伤。'],
      links: [{ src: [0, 1], tgt: [0] }],
      findings: [{ text: '13', suggestion: '30', sourceText: '30' }],
    },
    { name: 'figures run together by the translation', source: 'The mean was 501.3 (483.5, 519.1) µm.', target: '平均值为501.3（483.5519.1）µm。', findings: [{ text: '483.5519.1' }] },
    { name: 'a wrong figure at the end of a 50,000-character paragraph', source: longSource, target: longTarget + '另有7人受伤。', findings: [{ text: '7', start: longTarget.length + 2 }] },
  ],
});

it('number-mismatch reads a 50,000-character paragraph quickly', () => {
  runRule(numberMismatch, { source: longSource, target: longTarget + '另有7人受伤。' });
});
