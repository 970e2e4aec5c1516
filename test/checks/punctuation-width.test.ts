import { describe, expect, it } from 'vitest';
import { punctuationWidth } from '../../server/checks/rules/punctuation-width.ts';
import { ruleTester, runRule } from './rule-tester.ts';

const X = 'x';

ruleTester(punctuationWidth, {
  valid: [
    { source: X, target: '阿拉木图，哈萨克斯坦——托卡耶夫表示：“合作很重要。”', name: 'full-width throughout' },
    { source: X, target: '该地区约有1,000名士兵，会议于9:00开始，比分为3:2。', name: 'numbers: thousands, times, scores' },
    { source: X, target: '哈萨克斯坦对集体安全条约组织(CSTO)失去了信心。', name: 'Latin-only parentheses after a Chinese name' },
    { source: X, target: '研究纳入39例患者(n=39)，平均年龄69.5岁(2016-2018)。', name: 'digit and formula parentheses' },
    { source: X, target: '详见https://www.rferl.org/a/kazakhstan?id=1,2;x=3或联系news@rferl.org。', name: 'URL and e-mail' },
    { source: X, target: '专栏文章题为《Rats And Ships: Central Asian Defense Union》。', name: 'English title inside Chinese text' },
    { source: X, target: '他说“Hello, world”后离开。', name: 'English quote inside Chinese text' },
    { source: X, target: '他问道：“Why not?”随后离开。', name: 'an English phrase keeps its own question mark' },
    { source: X, target: '置信区间为(51.5, 56.5)个字母。', name: 'an interval in Latin-only parentheses' },
    { source: X, target: '', name: 'empty paragraph' },
    { source: X, target: ',,,;;;???', name: 'punctuation-only paragraph' },
    { source: X, target: 'Smith, John: the CSTO (Collective Security Treaty Organization)?', name: 'an English paragraph' },
    { source: X, target: '阿拉木图,哈萨克斯坦', style: { fullWidthPunctuation: false }, name: 'house style off' },
    { source: ['a', 'b'], target: ['中国，美国。', '俄罗斯（北约）。'], name: 'several paragraphs, all full-width' },
  ],
  invalid: [
    {
      source: X,
      target: '阿拉木图,哈萨克斯坦——托卡耶夫是外交官,擅长传达信息。',
      findings: [{ text: ',哈萨克斯坦——托卡耶夫是外交官,', start: 4, suggestion: '，哈萨克斯坦——托卡耶夫是外交官，', severity: 'minor', message: /^2 half-width/ }],
      name: 'one grouped finding from the first to the last mark',
    },
    {
      source: X,
      target: '但这是否只是表态呢?安切斯基表示:“中亚有机会;它们不会站队!”',
      findings: [{ text: '?安切斯基表示:“中亚有机会;它们不会站队!', suggestion: '？安切斯基表示：“中亚有机会；它们不会站队！' }],
      name: 'question, colon, semicolon, exclamation',
    },
    {
      source: X,
      target: 'YouTube频道Khod Mysley(超过45万订阅者)质疑此事。',
      findings: [{ text: '(超过45万订阅者)', suggestion: '（超过45万订阅者）' }],
      name: 'parentheses holding Chinese',
    },
    {
      source: X,
      target: '平均随访12.5个月(范围,6~16个月)。',
      findings: [{ text: '(范围,6~16个月)', suggestion: '（范围，6~16个月）' }],
      name: 'a comma before a number inside Chinese parentheses',
    },
    {
      source: X,
      target: '该组织(CSTO),是由俄罗斯主导的军事集团。',
      findings: [{ text: ',', suggestion: '，' }],
      name: 'a comma after Latin-only parentheses that follow Chinese',
    },
    {
      source: X,
      target: '研究人员使用MRI,发现病灶缩小。',
      findings: [{ text: ',', start: 9, suggestion: '，' }],
      name: 'a Chinese clause ending in a Latin term',
    },
    {
      source: X,
      target: '😀𠀀中国,美国',
      findings: [{ text: ',', start: 4, suggestion: '，' }],
      name: 'code-point offsets after an emoji and an astral ideograph',
    },
    {
      source: X,
      target: '与哈萨克斯坦一起, [Baku’s interest]更多的是关于能源 ,物流。',
      findings: [{ text: ', [Baku’s interest]更多的是关于能源 ,', suggestion: '，[Baku’s interest]更多的是关于能源，' }],
      name: 'spaces around a replaced mark go with it',
    },
    {
      source: X,
      target: '会议于9:00,在阿斯塔纳举行。',
      findings: [{ text: ',', suggestion: '，' }],
      name: 'a comma after a time, the time left alone',
    },
    {
      source: X,
      target: '内固定器（INFIX)与钢板(对照组）。',
      findings: [{ text: ')与钢板(', suggestion: '）与钢板（' }],
      name: 'half-width halves of mixed pairs',
    },
    {
      source: X,
      target: '第二,国家卫生健康委员会(PRC)发布了政策',
      findings: [{ text: ',', start: 2 }],
      name: 'ordinal comma; the Latin-only parentheses stay',
    },
    {
      source: ['a', 'b'],
      target: ['中国,美国', '俄罗斯:北约'],
      findings: [
        { text: ',', para: 0, suggestion: '，' },
        { text: ':', para: 1, suggestion: '：' },
      ],
      name: 'one finding per paragraph',
    },
    {
      source: X,
      target: '(与传统方法相比,效果更好',
      findings: [{ text: '(与传统方法相比,', suggestion: '（与传统方法相比，' }],
      name: 'an unpaired opening parenthesis',
    },
  ],
});

describe('punctuation-width on long input', () => {
  it('groups a 50,000-character paragraph into one finding, quickly', () => {
    const unit = '中国,美国(北约)🙂';
    const target = unit.repeat(Math.ceil(50_000 / unit.length));
    const f = runRule(punctuationWidth, { source: X, target });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/^\d+ half-width/);
    expect(f[0]!.suggestion).not.toMatch(/[,()]/);
    expect(f[0]!.target.start).toBe(2);
  });

  it('stays linear on adversarial input', () => {
    for (const target of ['('.repeat(25_000) + '中' + ')'.repeat(25_000), '中' + 'a,'.repeat(25_000), '中' + ' '.repeat(50_000) + ',']) {
      // Whatever it reports must be one grouped finding inside the paragraph.
      const found = runRule(punctuationWidth, { source: X, target });
      expect(found.length).toBeLessThanOrEqual(1);
      for (const f of found) expect(f.target.end).toBeLessThanOrEqual([...target].length);
    }
  });
});
