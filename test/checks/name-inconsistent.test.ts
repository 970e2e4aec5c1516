import { ruleTester } from './rule-tester.ts';
import { nameInconsistent } from '../../server/checks/rules/name-inconsistent.ts';

const tokayev = { english: 'Kassym-Jomart Tokayev', chinese: '卡瑟姆-若马尔特·托卡耶夫', kind: 'person', note: '' };

ruleTester(nameInconsistent, {
  valid: [
    { name: 'full name, then the surname alone', source: ['Kassym-Jomart Tokayev spoke.', 'Tokayev left.'], target: ['卡西姆·若马尔特·托卡耶夫发表讲话。', '托卡耶夫离开了。'] },
    { name: 'one rendering throughout', source: ['Fuad Shahbazov said so.', 'Shahbazov added more.'], target: ['福阿德·沙赫巴佐夫这样说。', '沙赫巴佐夫补充道。'] },
    { name: 'countries are not names here', source: ['Kazakhstan and Russia talked.', 'Kazakhstan agreed.'], target: ['哈萨克斯坦和俄罗斯进行了会谈。', '哈萨克斯坦同意了。'] },
    { name: 'a name left in Latin is name-untranslated\'s', source: ['Sergei Mardan wrote it.', 'Mardan said it.'], target: ['谢尔盖·马尔丹写道。', 'Mardan说。'] },
    { name: 'no capitalised word, nothing to check', source: 'the results were good.', target: '结果很好。' },
    {
      name: 'two acronyms that differ in a digit are two names',
      source: ['Trivalent vaccine (IIV3) and quadrivalent vaccine (IIV4) are licensed.', 'Most children got IIV3.'],
      target: ['三价疫苗（IIV3）和四价疫苗（IIV4）均已获批。', '多数儿童接种了三价疫苗。'],
    },
    {
      name: 'a gloss that starts earlier in its sentence is the same rendering',
      source: ['China has licensed trivalent inactivated vaccine (IIV3).', 'Trivalent inactivated vaccine (IIV3) is cheaper.'],
      target: ['中国已获得三价灭活疫苗（IIV3）许可。', '三价灭活疫苗（IIV3）更便宜。'],
    },
    {
      name: 'a bracket that holds more than the original glosses nothing',
      source: ['We compared the fixator (INFIX) with plates.', '21 cases were treated with INFIX (INFIX group).'],
      target: ['比较内固定器（INFIX）与钢板。', '21例采用INFIX治疗（INFIX组）。'],
    },
  ],
  invalid: [
    {
      name: 'surname spelt two ways, no names file: the majority wins',
      source: ['Kassym-Jomart Tokayev spoke.', 'Tokayev left.', 'Tokayev returned.'],
      target: ['卡西姆·若马尔特·托卡耶夫发表讲话。', '托卡也夫离开了。', '托卡耶夫回来了。'],
      findings: [{ text: '托卡也夫', para: 1, suggestion: '托卡耶夫', severity: 'major', sourceText: 'Tokayev' }],
    },
    {
      name: 'the names file decides the fix',
      source: ['Kassym-Jomart Tokayev spoke.', 'Tokayev left.'],
      target: ['卡西姆·若马尔特·托卡耶夫发表讲话。', '托卡也夫离开了。'],
      reference: { names: [tokayev] },
      findings: [
        { text: '卡西姆·若马尔特·托卡耶夫', suggestion: '卡瑟姆-若马尔特·托卡耶夫' },
        { text: '托卡也夫', suggestion: '托卡耶夫' },
      ],
    },
    {
      name: 'a Russian name with diacritics and two renderings',
      source: ['Journalist Zuhra Novruzová wrote it.', 'Novruzová argued.', 'Novruzová added.'],
      target: ['记者祖赫拉·诺夫鲁佐娃写了这篇文章。', '诺夫鲁佐娃认为。', '诺夫罗佐娃补充道。'],
      findings: [{ text: '诺夫罗佐娃', para: 2, suggestion: '诺夫鲁佐娃', message: /Novruzová/ }],
    },
  ],
  docsReference: {},
});
