import { expect, it } from 'vitest';
import { termInconsistent } from '../../server/checks/rules/term-inconsistent.ts';
import type { TermEntry } from '../../server/checks/reference.ts';
import { runRule, ruleTester } from './rule-tester.ts';

const term = (english: string, chinese: string, ...variants: string[]): TermEntry => ({ english, chinese, variants, note: '' });
const terms = [
  term('op-ed', '专栏文章', '评论文章'),
  term('secondary sanctions', '二级制裁', '次级制裁'),
  term('consultative meeting', '磋商会议', '协商会议', '咨询会议'),
  term('military exercises', '军事演习', '军演'),
  term('peacekeepers', '维和部队', '维和人员'),
];
const reference = { terms };
const S = 'The talk of secondary sanctions grows.';
const S2 = 'Secondary sanctions would hurt the region.';
const S3 = 'Officials fear secondary sanctions.';

ruleTester(termInconsistent, {
  docsReference: reference,
  valid: [
    { name: 'the house rendering throughout', source: [S, S2], target: ['关于二级制裁的讨论不断增加。', '二级制裁会伤害该地区。'], reference },
    { name: 'one accepted variant throughout', source: [S, S2], target: ['关于次级制裁的讨论不断增加。', '次级制裁会伤害该地区。'], reference },
    { name: 'the short form after the full form', source: ['They held military exercises.', 'The military exercises ended.'], target: ['他们举行了军事演习。', '军演结束了。'], reference },
    { name: 'full and short form in one paragraph', source: 'The military exercises, the largest military exercises yet, ended.', target: '这次军事演习是迄今规模最大的军演，已经结束。', reference },
    { name: 'the term in one link only', source: [S, 'Nothing else.'], target: ['关于次级制裁的讨论不断增加。', '别无其他。'], reference },
    { name: 'a rendering in a link whose source lacks the term', source: [S, 'Officials fear more punishment.'], target: ['关于二级制裁的讨论不断增加。', '官员们担心次级制裁。'], reference },
    { name: 'no term list', source: [S, S2], target: ['关于二级制裁的讨论不断增加。', '次级制裁会伤害该地区。'] },
    { name: 'empty paragraphs', source: ['', S, ''], target: ['', '关于二级制裁的讨论不断增加。', ''], reference },
    { name: 'a missing rendering is term-mismatch, not an inconsistency', source: [S, S2], target: ['关于二级制裁的讨论不断增加。', '附带制裁会伤害该地区。'], reference },
    { name: 'two terms, each consistent', source: ['The op-ed mentioned secondary sanctions.', 'Another op-ed did too.'], target: ['这篇评论文章提到了二级制裁。', '另一篇评论文章也提到了。'], reference },
    { name: 'a dropped paragraph', source: [S, S2], target: ['关于二级制裁的讨论不断增加。'], links: [{ src: [0], tgt: [0] }, { src: [1], tgt: [] }], reference },
    { name: 'a term with one rendering cannot be inconsistent', source: [S, S2], target: ['关于二级制裁的讨论不断增加。', '次级制裁会伤害该地区。'], reference: { terms: [term('secondary sanctions', '二级制裁')] } },
  ],
  invalid: [
    {
      name: 'two links against one: the minority flagged, the majority as the fix',
      source: [S, S2, S3],
      target: ['关于二级制裁的讨论不断增加。', '二级制裁会伤害该地区。', '官员们担心次级制裁。'],
      reference,
      findings: [{ text: '次级制裁', para: 2, start: 5, suggestion: '二级制裁', sourceText: 'secondary sanctions', severity: 'minor', message: /次级制裁 here but 二级制裁 elsewhere.*二级制裁 2, 次级制裁 1/ }],
    },
    {
      name: 'a tie goes to the house rendering, even when the variant comes first',
      source: [S, S2],
      target: ['关于次级制裁的讨论不断增加。', '二级制裁会伤害该地区。'],
      reference,
      findings: [{ text: '次级制裁', para: 0, start: 2, suggestion: '二级制裁', sourceText: 'secondary sanctions' }],
    },
    {
      name: 'a variant used more than the house rendering is the majority',
      source: [S, S2, S3],
      target: ['关于次级制裁的讨论不断增加。', '次级制裁会伤害该地区。', '官员们担心二级制裁。'],
      reference,
      findings: [{ text: '二级制裁', para: 2, suggestion: '次级制裁' }],
    },
    {
      name: 'a tie between two variants goes to the one used first',
      source: ['The consultative meeting opened.', 'The consultative meeting closed.'],
      target: ['协商会议开幕。', '咨询会议闭幕。'],
      reference,
      findings: [{ text: '咨询会议', para: 1, suggestion: '协商会议', sourceText: 'consultative meeting' }],
    },
    {
      name: 'two renderings inside one link',
      source: ['Secondary sanctions, he said, and more secondary sanctions.', S2],
      target: ['他说，二级制裁，还有更多的次级制裁。', '二级制裁会伤害该地区。'],
      reference,
      findings: [{ text: '次级制裁', para: 0, start: 13, suggestion: '二级制裁' }],
    },
    {
      name: 'code points after an emoji',
      source: [S, S2, S3],
      target: ['😀𠀀关于次级制裁的讨论。', '二级制裁会伤害该地区。', '官员们担心二级制裁。'],
      reference,
      findings: [{ text: '次级制裁', para: 0, start: 4 }],
    },
    {
      name: 'a short form before any full form is a rendering of its own',
      source: ['They held military exercises.', 'The military exercises ended.'],
      target: ['他们举行了军演。', '军事演习结束了。'],
      reference,
      findings: [{ text: '军演', para: 0, suggestion: '军事演习', sourceText: 'military exercises' }],
    },
    {
      name: 'the same minority rendering twice in a paragraph is one finding with a count',
      source: [S, S2, 'Secondary sanctions here, secondary sanctions there.'],
      target: ['关于二级制裁的讨论不断增加。', '二级制裁会伤害该地区。', '这里是次级制裁，那里也是次级制裁。'],
      reference,
      findings: [{ text: '次级制裁', para: 2, count: 2 }],
    },
    {
      name: 'across an n-m link',
      source: ['Peacekeepers arrived on Monday.', 'More peacekeepers came.', 'The peacekeepers left.'],
      target: ['维和部队周一抵达。更多维和人员来了。', '维和部队离开了。'],
      links: [{ src: [0, 1], tgt: [0] }, { src: [2], tgt: [1] }],
      reference,
      findings: [{ text: '维和人员', para: 0, start: 11, suggestion: '维和部队' }],
    },
  ],
});

it('term-inconsistent: a 50,000-character paragraph finishes quickly', () => {
  const en = 'The talk of secondary sanctions grows in the region. '.repeat(950);
  const zh = '关于二级制裁的讨论在该地区不断增加。'.repeat(2700);
  expect(runRule(termInconsistent, { source: [en, S], target: [zh, '次级制裁。'], reference }).map((f) => f.text)).toEqual(['次级制裁']);
});
