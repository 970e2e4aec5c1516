import { describe, expect, it } from 'vitest';
import { pronounAddition } from '../../server/checks/rules/pronoun-addition.ts';
import { ruleTester, runRule } from './rule-tester.ts';

ruleTester(pronounAddition, {
  valid: [
    { source: '"We are connected to the West," Anceschi told RFE/RL.', target: '安切斯基告诉自由欧洲电台：“我们与西方有联系。”', name: 'first person inside Chinese quotes, and in the source' },
    { source: 'Anceschi said the region was connected to the West.', target: '安切斯基说：“我们与西方有联系”', name: 'inside quotes even when the source paraphrases' },
    { source: 'He said the region was changing.', target: '他说「我们正在改变」。', name: 'corner quotes' },
    { source: 'He said the region was changing.', target: '他说"我们正在改变"。', name: 'straight quotes' },
    { source: 'He said the region was changing.', target: '他说：“我们正在改变，', name: 'a quotation left open runs to the end of the paragraph' },
    { source: 'It was a chance to reinvent itself.', target: '中亚有机会重塑自我，忘我地工作，敌我分明。', name: '自我, 忘我, 敌我 are not the writer' },
    { source: 'New vaccines were licensed in China.', target: '新型疫苗在我国获准上市。', name: 'the institutional 我国' },
    { source: 'Let us look at the facts.', target: '让我们看看事实。', name: 'the source has first person' },
    { source: 'In this review, we explain the barriers.', target: '在本文中，我们将解释这些障碍。', name: 'we in the source' },
    { source: '', target: '我们认为', name: 'no source to compare with' },
    { source: 'x', target: '', name: 'empty target' },
    { source: '...', target: '……', name: 'punctuation only' },
    { source: 'The US said it would act.', target: '美国表示将采取行动。', name: 'US is not us' },
  ],
  invalid: [
    {
      source: 'All the more reason, then, to stress regional integration.',
      target: '因此，我们更有理由强调中亚区域一体化。',
      findings: [{ text: '我们', start: 3, severity: 'minor', suggestion: null, message: /First person "我们"/ }],
    },
    { source: 'The barriers to drug delivery will be explained.', target: '我们将解释药物递送的障碍。', findings: [{ text: '我们', start: 0 }] },
    { source: 'It is clear that the plan failed.', target: '我认为该计划显然失败了。', findings: [{ text: '我' }] },
    {
      source: 'The plan failed, he said.',
      target: '他说：“计划失败了。”我们认为这是事实。',
      findings: [{ text: '我们', start: 11 }],
      name: 'after a closed quotation',
    },
    { source: 'The plan failed.', target: '😀𠀀我们失败了', findings: [{ text: '我们', start: 2 }], name: 'code-point offsets after an emoji and an astral ideograph' },
    { source: 'The plan failed.', target: '我在北京说，我的计划失败了', findings: [{ text: '我', count: 2 }], name: '我 joined to the next word by the segmenter, grouped' },
    { source: 'Analysts say Azerbaijan views Central Asia through trade.', target: '分析人士表示，咱们通过贸易看待中亚。', findings: [{ text: '咱们' }] },
    {
      source: ['The war drags on.', 'Sanctions grow.'],
      target: ['随着战争持续，我们看到制裁增加。'],
      links: [{ src: [0, 1], tgt: [0] }],
      findings: [{ text: '我们' }],
      name: 'a 2-1 link',
    },
    {
      source: ['The war drags on and sanctions grow.'],
      target: ['战争持续，我们', '制裁增加，我们看到了'],
      links: [{ src: [0], tgt: [0, 1] }],
      findings: [
        { text: '我们', para: 0 },
        { text: '我们', para: 1 },
      ],
      name: 'a 1-2 link',
    },
    { source: 'This is the end.', target: '我们到了终点，”我们知道', findings: [{ text: '我们', start: 8, count: 1 }], name: 'a closing mark without an opening one ends an earlier quotation' },
    { source: 'Officials said US troops would stay.', target: '官员们说我们的部队将留下。', findings: [{ text: '我们' }], name: 'US (the country) does not count as us' },
  ],
});

describe('pronoun-addition on long input', () => {
  it('handles a 50,000-character paragraph quickly', () => {
    const target = '他说：“我们会赢。”我们认为🙂'.repeat(3500);
    const f = runRule(pronounAddition, { source: 'He said they would win.', target });
    expect(f).toHaveLength(1);
    expect(f[0]!.count).toBe(3500);
  });
});
