import { describe, expect, it } from 'vitest';
import { repeatedWord } from '../../server/checks/rules/repeated-word.ts';
import { ruleTester, runRule } from './rule-tester.ts';

const X = 'x';

ruleTester(repeatedWord, {
  valid: [
    { source: X, target: '我们要好好看看，常常谢谢大家，人人天天渐渐慢慢地高高兴兴。', name: 'AA and AABB reduplication' },
    { source: X, target: '我们回去研究研究，再讨论讨论。', name: 'AB AB verb reduplication' },
    { source: X, target: '目前的现象学研究研究了他们如何理解。', name: 'noun then verb with an aspect marker' },
    { source: X, target: '他一一作答，一步一步地推进，说着说着就笑了，哈哈哈。', name: 'numerals, V着V着, onomatopoeia' },
    { source: X, target: '实现目的的手段；他现在在北京；为了了解情况；发展和和平；他们对对方表示不满。', name: 'a function character next to a word ending or starting with it' },
    { source: X, target: '他的的确确来过，实实在在地干，此事不了了之，家家户户都知道。', name: 'idioms and AABB containing a doubled function character' },
    { source: X, target: '“是是是，对对对。”他说。', name: 'tripled interjections in speech' },
    { source: X, target: 'He said that that was true and had had enough; Bora Bora is far.', name: 'English doubles that are grammatical' },
    { source: X, target: '', name: 'empty paragraph' },
    { source: X, target: '，，。。！！', name: 'punctuation-only paragraph' },
    { source: X, target: '托卡耶夫呼吁中亚国家加强防务合作，此举引起了俄罗斯的关注。', name: 'plain news text' },
    { source: X, target: '他被被告起诉。', name: '被 before 被告' },
    { source: X, target: '所犯犯罪、人人、天天，X、X', name: 'a doubled character that is not a function word, alone or listed' },
  ],
  invalid: [
    { source: X, target: '中国的的经济增长放缓。', findings: [{ text: '的的', start: 2, suggestion: '的', severity: 'minor' }] },
    { source: X, target: '我们在在北京开会。', findings: [{ text: '在在', suggestion: '在' }] },
    { source: X, target: '他在在中国工作。', findings: [{ text: '在在', start: 1, suggestion: '在' }], name: 'a pronoun the segmenter joins to the first copy' },
    { source: X, target: '美国与与中国举行会谈，但但是没有结果。', findings: [{ text: '与与', suggestion: '与' }, { text: '但但', suggestion: '但' }] },
    { source: X, target: '各国政府政府表示反对。', findings: [{ text: '政府政府', suggestion: '政府' }], name: 'a two-character noun' },
    { source: X, target: '我们我们认为这是错误的。', findings: [{ text: '我们我们', suggestion: '我们' }] },
    { source: X, target: '俄罗斯俄罗斯外交部发表声明。', findings: [{ text: '俄罗斯俄罗斯', suggestion: '俄罗斯' }] },
    { source: X, target: '年龄为6岁的老年人的老年人的老年人、儿童。', findings: [{ text: '的老年人的老年人的老年人', suggestion: '的老年人' }], name: 'a phrase looping three times' },
    { source: X, target: '包括孕妇、孕期妇女、孕期妇女和儿童。', findings: [{ text: '孕期妇女、孕期妇女', suggestion: '孕期妇女' }], name: 'an item listed twice' },
    { source: X, target: 'Mardan said the the idea was unworkable.', findings: [{ text: 'the the', suggestion: 'the' }], name: 'an English function word' },
    { source: X, target: '这是a a good idea。', findings: [{ text: 'a a', start: 2, suggestion: 'a' }], name: 'a one-letter English function word (the one lone letter reported)' },
    { source: X, target: '😀𠀀他们的的立场', findings: [{ text: '的的', start: 4, suggestion: '的' }], name: 'code-point offsets after an emoji and an astral ideograph' },
    {
      source: ['a', 'b'],
      target: ['调查了了原因', '季节性流感疫苗疫苗接种'],
      findings: [
        { text: '了了', para: 0 },
        { text: '疫苗疫苗', para: 1, suggestion: '疫苗' },
      ],
    },
  ],
});

describe('repeated-word on long input', () => {
  it('handles a 50,000-character paragraph quickly', () => {
    const target = '托卡耶夫呼吁中亚国家加强防务合作，的的🙂'.repeat(2300);
    const f = runRule(repeatedWord, { source: X, target });
    expect(f).toHaveLength(1);
    expect(f[0]!.count).toBe(2300);
  });
});
