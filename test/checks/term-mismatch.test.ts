import { expect, it } from 'vitest';
import { termMismatch } from '../../server/checks/rules/term-mismatch.ts';
import type { TermEntry } from '../../server/checks/reference.ts';
import { runRule, ruleTester } from './rule-tester.ts';

const term = (english: string, chinese: string, ...variants: string[]): TermEntry => ({ english, chinese, variants, note: '' });
const terms = [
  term('op-ed', '专栏文章', '评论文章'),
  term('secondary sanctions', '二级制裁', '次级制裁'),
  term('consultative meeting', '磋商会议', '协商会议'),
  term('military exercises', '军事演习', '军演'),
  term('peacekeepers', '维和部队', '维和人员'),
];
const reference = { terms };

ruleTester(termMismatch, {
  docsReference: reference,
  valid: [
    { name: 'the expected rendering', source: 'The talk of secondary sanctions grows.', target: '关于二级制裁的讨论不断增加。', reference },
    { name: 'an accepted variant', source: 'The talk of secondary sanctions grows.', target: '关于次级制裁的讨论不断增加。', reference },
    { name: 'capitalised in a headline', source: 'Secondary Sanctions Loom', target: '二级制裁迫在眉睫', reference },
    { name: 'a plural', source: 'He wrote two op-eds.', target: '他写了两篇专栏文章。', reference },
    { name: 'a space for the hyphen', source: 'In an op ed, he argued otherwise.', target: '他在一篇评论文章中提出了不同看法。', reference },
    { name: 'the singular of a plural term', source: 'A peacekeeper was wounded.', target: '一名维和人员受伤。', reference },
    { name: 'an inflected last word', source: 'The consultative meetings ended.', target: '磋商会议结束了。', reference },
    { name: 'not a whole word', source: 'The op-editor resigned.', target: '该编辑辞职了。', reference },
    { name: 'machine output with a space inside the rendering', source: 'Secondary sanctions would hurt.', target: '二级 制裁会造成伤害。', reference },
    { name: 'a dropped paragraph is an omission, not a term error', source: ['It held military exercises.', 'Next.'], target: ['下一段。'], links: [{ src: [0], tgt: [] }, { src: [1], tgt: [0] }], reference },
    { name: 'empty paragraphs', source: ['', 'military exercises'], target: ['', ''], reference },
    { name: 'the rendering in the second paragraph of a one-to-two link', source: ['Russia-less military exercises were held in western Kazakhstan.'], target: ['演习没有俄罗斯参加。', '这些军事演习在哈萨克斯坦西部举行。'], links: [{ src: [0], tgt: [0, 1] }], reference },
    { name: 'no term list', source: 'The talk of secondary sanctions grows.', target: '关于附带制裁的讨论不断增加。' },
    { name: 'two occurrences, one rendering', source: 'Secondary sanctions, he said, and more secondary sanctions.', target: '他说，二级制裁，还有更多的制裁。', reference },
  ],
  invalid: [
    {
      name: 'a wrong rendering: the whole target paragraph, no suggestion',
      source: 'The talk of secondary sanctions grows.',
      target: '关于附带制裁的讨论不断增加。',
      reference,
      findings: [{ text: '关于附带制裁的讨论不断增加。', para: 0, start: 0, sourceText: 'secondary sanctions', suggestion: null, severity: 'minor', message: /二级制裁 \(or 次级制裁\)/ }],
    },
    { name: 'a plural', source: 'He wrote two op-eds.', target: '他写了两篇社论。', reference, findings: [{ text: '他写了两篇社论。', sourceText: 'op-eds' }] },
    { name: 'a space for the hyphen', source: 'In an op ed, he argued otherwise.', target: '他在一篇社论中提出了不同看法。', reference, findings: [{ text: '他在一篇社论中提出了不同看法。', sourceText: 'op ed' }] },
    { name: 'capitalised', source: 'Military Exercises Begin', target: '军事训练开始', reference, findings: [{ text: '军事训练开始', sourceText: 'Military Exercises', message: /军事演习 \(or 军演\)/ }] },
    { name: 'an -ing form', source: 'Two nations are holding military exercising drills.', target: '两国正在举行军事训练。', reference, findings: [{ text: '两国正在举行军事训练。', sourceText: 'military exercising' }] },
    { name: 'code points after an emoji in the source', source: '😀𠀀 The talk of secondary sanctions grows.', target: '关于附带制裁的讨论不断增加。', reference, findings: [{ text: '关于附带制裁的讨论不断增加。', sourceText: 'secondary sanctions' }] },
    {
      name: 'white space around the target is not in the span',
      source: 'Peacekeepers arrived.',
      target: '  😀维持和平的士兵抵达了。 ',
      reference,
      findings: [{ text: '😀维持和平的士兵抵达了。', start: 2, sourceText: 'Peacekeepers' }],
    },
    {
      name: 'one-to-two link: the paragraph at the same relative position',
      source: ['Kazakhstan hosted the summit this week. It was held ahead of the sixth Consultative Meeting.'],
      target: ['哈萨克斯坦本周主办了峰会。', '峰会在第六次协调会议之前举行。'],
      links: [{ src: [0], tgt: [0, 1] }],
      reference,
      findings: [{ text: '峰会在第六次协调会议之前举行。', para: 1, sourceText: 'Consultative Meeting' }],
    },
    {
      name: 'two terms missing',
      source: 'The op-ed mentioned secondary sanctions.',
      target: '这篇文章提到了附带制裁。',
      reference,
      findings: [
        { text: '这篇文章提到了附带制裁。', sourceText: 'op-ed' },
        { text: '这篇文章提到了附带制裁。', sourceText: 'secondary sanctions' },
      ],
    },
    {
      name: 'the rendering elsewhere in the document does not count',
      source: ['The talk of secondary sanctions grows.', 'Nothing more.'],
      target: ['关于附带制裁的讨论不断增加。', '二级制裁。'],
      reference,
      findings: [{ text: '关于附带制裁的讨论不断增加。', para: 0 }],
    },
  ],
});

it('term-mismatch: a 50,000-character paragraph finishes quickly', () => {
  const en = 'The talk of secondary sanctions grows in the region. '.repeat(950);
  const zh = '关于附带制裁的讨论在该地区不断增加。'.repeat(2700);
  const got = runRule(termMismatch, { source: en, target: zh, reference });
  expect(got.map((f) => f.source?.text)).toEqual(['secondary sanctions']);
  expect(runRule(termMismatch, { source: en, target: `${zh}二级制裁`, reference })).toEqual([]);
});
