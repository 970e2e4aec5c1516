import { describe, expect, it } from 'vitest';
import { scriptTraditional } from '../../server/checks/rules/script-traditional.ts';
import { ruleTester, runRule } from './rule-tester.ts';

const X = 'x';

ruleTester(scriptTraditional, {
  valid: [
    { source: X, target: '托卡耶夫说，中亚国家应加强防务合作。', name: 'plain Simplified news text' },
    { source: X, target: '乾隆年间的乾坤之说', name: '乾 in its simplified uses' },
    { source: X, target: '安全合作显著加强，著名学者表示赞同。', name: '著 in 显著 and 著名' },
    { source: X, target: '慰藉了瞭望塔上的士兵，现场一片狼藉。', name: '藉 and 瞭 in simplified words' },
    { source: X, target: '哈萨克族牧民来自乌兹别克斯坦和塔吉克斯坦。', name: 'ethnic names that Taiwan tables map to countries' },
    { source: X, target: '他查阅资料，建立了新的程序，执行了文件中的核心计划。', name: 'mainland words that are Taiwan computing terms' },
    { source: X, target: '调查德国的尼日利亚移民', name: 'regional words across word boundaries' },
    { source: X, target: '软体动物和程式化的表演', name: 'words containing a regional word' },
    { source: X, target: '', name: 'empty paragraph' },
    { source: X, target: '，。！？……', name: 'punctuation-only paragraph' },
    { source: X, target: 'RFE/RL reported from Taipei.', name: 'Latin only' },
    { source: X, target: '😀𠀀中国', name: 'emoji and an extension-B character' },
    { source: X, target: '技术工作和全球控制', name: 'words that only begin like regional words' },
  ],
  invalid: [
    {
      source: X,
      target: '他們說這個软体很可靠。',
      findings: [{ text: '們說這個软体', start: 1, suggestion: '们说这个软件', severity: 'minor', message: /^2 traditional or Taiwan\/Hong Kong forms/ }],
      name: 'traditional characters and a Taiwan word, grouped',
    },
    {
      source: X,
      target: '欧巴马访问纽西兰',
      findings: [{ text: '欧巴马访问纽西兰', suggestion: '奥巴马访问新西兰', message: /Taiwan\/Hong Kong word forms/ }],
      name: 'Taiwan names in simplified characters',
    },
    {
      source: X,
      target: '這是臺灣的新聞',
      findings: [{ text: '這是臺灣的新聞', suggestion: '这是台湾的新闻', message: /^3 traditional forms/ }],
    },
    {
      source: X,
      target: '😀𠀀他們來了',
      findings: [{ text: '們來', start: 3, suggestion: '们来' }],
      name: 'code-point offsets after an emoji and an astral ideograph',
    },
    { source: X, target: '我们使用的网路很慢', findings: [{ text: '网路', suggestion: '网络' }] },
    { source: X, target: '他们用软体', findings: [{ text: '软体', start: 3, suggestion: '软件' }], name: 'a regional word ending the paragraph' },
    { source: X, target: '这是臺', findings: [{ text: '臺', start: 2, suggestion: '台' }], name: 'a traditional character ending the paragraph' },
    { source: X, target: '於是他同意了', findings: [{ text: '於', start: 0, suggestion: '于' }] },
    { source: X, target: '網際網路的發展', findings: [{ text: '網際網路的發', suggestion: '互联网的发' }], name: 'a traditional-script Taiwan word gets the mainland word' },
    { source: X, target: '保护私隐权', findings: [{ text: '私隐权', suggestion: '隐私权' }], name: 'a Hong Kong word' },
    {
      source: ['a', 'b'],
      target: ['中國', '美国和義大利'],
      findings: [
        { text: '國', para: 0, suggestion: '国' },
        { text: '義大利', para: 1, suggestion: '意大利' },
      ],
      name: 'one finding per paragraph',
    },
    {
      source: X,
      target: '這個國家的經濟發展與對外關係，並且們',
      findings: [{ text: '這個國家的經濟發展與對外關係，並且們', message: /, …$/ }],
      name: 'a paragraph in traditional script lists the first forms',
    },
    { source: X, target: '他在雷射实验室工作', findings: [{ text: '雷射', suggestion: '激光' }] },
  ],
});

describe('script-traditional on long input', () => {
  it('handles a 50,000-character traditional paragraph quickly', () => {
    const target = '他們說這個軟體很好，🙂'.repeat(4200);
    const f = runRule(scriptTraditional, { source: X, target });
    expect(f).toHaveLength(1);
    expect(f[0]!.suggestion).not.toMatch(/[們這軟體]/);
  });
});
