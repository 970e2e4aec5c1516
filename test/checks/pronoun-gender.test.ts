import { describe, expect, it } from 'vitest';
import { pronounGender } from '../../server/checks/rules/pronoun-gender.ts';
import { ruleTester, runRule } from './rule-tester.ts';

const PEOPLE = {
  names: [
    { english: 'Zuhra Novruzova', chinese: '祖赫拉·诺夫鲁佐娃', kind: 'person', note: '', gender: 'f' as const },
    { english: 'Kassym-Jomart Tokayev', chinese: '卡瑟姆-若马尔特·托卡耶夫', kind: 'person', note: '', gender: 'm' as const },
    { english: 'Luca Anceschi', chinese: '卢卡·安切斯基', kind: 'person', note: '' },
    { english: 'Ülkü Özdemir', chinese: '于尔居·厄兹德米尔', kind: 'person', note: '', gender: 'f' as const },
  ],
};

ruleTester(pronounGender, {
  valid: [
    { name: 'known woman, right pronoun', source: '"The machine has been started," Novruzova wrote.', target: '她写道：“机器已经启动。”', reference: PEOPLE },
    { name: 'known woman and known man in one link', source: 'Novruzova praised Tokayev.', target: '他受到了诺夫鲁佐娃的赞扬。', reference: PEOPLE },
    { name: 'a person whose gender the file does not give', source: '"It is vague," Anceschi argued.', target: '她认为：“这很模糊。”', reference: PEOPLE },
    { name: 'a known surname inside a longer word is not that person', source: '"Talks will resume," Özdemirova wrote.', target: '他写道：“会谈将恢复。”', reference: PEOPLE },
    { name: 'no reference data: nothing to know', source: '"The machine has been started," Novruzova wrote.', target: '他写道：“机器已经启动。”' },
    { source: 'Novruzova said she expected the war to go on.', target: '诺夫鲁佐娃说，她预计战争将持续下去。', name: 'agreeing pronouns' },
    { source: 'Mardan told his 240,000 followers that he disagreed.', target: '马尔丹告诉他约24万粉丝，他不同意。', name: 'agreeing male pronouns' },
    { source: 'Novruzova said Tokayev was right.', target: '诺夫鲁佐娃说他是对的。', name: 'no pronoun in the source' },
    { source: 'She said he was right.', target: '她说他是对的。', name: 'a man and a woman in the source' },
    { source: 'She said the plan would fail.', target: '他说，他认为计划会失败。', name: 'two 他 but only one she: a name may be behind the second' },
    {
      source: 'Zuhra Novruzova praised Tokayev in her article, and she called him experienced.',
      target: '祖赫拉·诺夫鲁佐娃在他的文章中赞扬托卡耶夫，他称其经验丰富。',
      name: 'her … she … him: a man and a woman, so no side is one-sided',
    },
    { source: 'She said other countries objected.', target: '其他国家和他国都反对，吉他手也是。', name: '其他, 他国, 吉他 are not "he"' },
    { source: 'Her colleagues said they would leave.', target: '他们的同事说他们将离开。', name: 'plural 他们 is not counted' },
    { source: 'She said so, and he agreed.', target: '她这么说，他也同意。', name: 'both genders on both sides' },
    { source: '', target: '', name: 'empty paragraphs' },
    { source: '...', target: '……！', name: 'punctuation only' },
    { source: 'He said it.', target: '据报道，此事已经确认。', name: 'the pronoun dropped in Chinese' },
    { source: 'She said the talks went well.', target: '她说会谈进展顺利，他们很满意。', name: 'female on both sides' },
  ],
  invalid: [
    {
      name: 'known woman rendered 他',
      source: '"All developments indicate this," Novruzova wrote.',
      target: '他说：“所有事态发展都表明了这一点。”',
      reference: PEOPLE,
      findings: [{ text: '他', start: 0, sourceText: 'Novruzova', message: /listed as a woman/ }],
    },
    {
      name: 'known woman whose surname starts with a letter outside ASCII',
      source: '"Talks will resume," Özdemir wrote.',
      target: '他写道：“会谈将恢复。”',
      reference: PEOPLE,
      findings: [{ text: '他', start: 0, sourceText: 'Özdemir', message: /listed as a woman/ }],
    },
    {
      name: 'known man rendered 她, full name',
      source: 'Kassym-Jomart Tokayev spoke in Astana.',
      target: '她在阿斯塔纳发表讲话。',
      reference: PEOPLE,
      findings: [{ text: '她', sourceText: 'Kassym-Jomart Tokayev' }],
    },
    {
      source: 'Novruzova wrote that she expected the war to go on.',
      target: '诺夫鲁佐娃写道，他预计战争将持续下去。',
      findings: [{ text: '他', start: 8, severity: 'major', sourceText: 'she', message: /where the source says she/ }],
    },
    {
      source: 'Tokayev said he would not back the invasion.',
      target: '托卡耶夫说，她不会支持入侵。',
      findings: [{ text: '她', sourceText: 'he', message: /expected "他"/ }],
    },
    {
      source: 'She said the plan would fail, and her party agreed.',
      target: '他说该计划会失败，他的政党表示同意。',
      findings: [{ text: '他', count: 2, sourceText: 'She' }],
    },
    {
      source: 'The minister said she would resign.',
      target: '😀𠀀部长说他将辞职。',
      findings: [{ text: '他', start: 5 }],
      name: 'code-point offsets after an emoji and an astral ideograph',
    },
    {
      source: ['She arrived on Monday.', 'Her visit was brief.'],
      target: ['他周一抵达，访问很短暂。'],
      links: [{ src: [0, 1], tgt: [0] }],
      findings: [{ text: '他', sourceText: 'She' }],
      name: 'a 2-1 link',
    },
    {
      source: ['He arrived on Monday and his visit was brief.'],
      target: ['她周一抵达。', '她的访问很短暂。'],
      links: [{ src: [0], tgt: [0, 1] }],
      findings: [
        { text: '她', para: 0 },
        { text: '她', para: 1 },
      ],
      name: 'a 1-2 link',
    },
    { source: 'HER remarks angered Moscow, HERSELF a critic.', target: '他的言论激怒了莫斯科。', findings: [{ text: '他' }], name: 'capitals in the source' },
    { source: '"I am tired," she said.', target: '“我累了，”他说。', findings: [{ text: '他' }], name: 'a quote' },
    { source: 'She told RFE/RL she was hopeful.', target: '他告诉自由欧洲电台，他抱有希望。', findings: [{ text: '他', count: 2, start: 0 }], name: 'as many 他 as she' },
    { source: 'He said he was done.', target: '她说，她已经完成了。', findings: [{ text: '她', count: 2 }] },
  ],
});

describe('pronoun-gender on long input', () => {
  it('handles a 50,000-character paragraph quickly', () => {
    const target = '她说会谈进展顺利。🙂'.repeat(5000);
    const f = runRule(pronounGender, { source: 'He said the talks went well.', target });
    expect(f).toHaveLength(0);
  });
});
