import { ruleTester } from './rule-tester.ts';
import { nameVariantCorpus } from '../../server/checks/rules/name-variant-corpus.ts';

ruleTester(nameVariantCorpus, {
  valid: [
    { name: 'one rendering in every document', source: 'Foreign Minister Sergei Lavrov spoke.', target: '外长谢尔盖·拉夫罗夫讲话。', more: [{ key: 'b', source: 'Lavrov left Ankara.', target: '拉夫罗夫离开了安卡拉。' }] },
    { name: 'one document only', source: 'Foreign Minister Sergei Lavrov spoke.', target: '外长谢尔盖·拉夫罗夫讲话。' },
    {
      name: 'two MT systems spelling a name two ways: a difference between systems, not an error of either',
      source: 'Foreign Minister Sergei Lavrov spoke.',
      target: '外长谢尔盖·拉夫罗夫讲话。',
      system: 'mt-a',
      more: [{ key: 'b', source: 'Foreign Minister Sergei Lavrov spoke.', target: '外长谢尔盖·拉夫洛夫讲话。', system: 'mt-b' }],
    },
    {
      name: 'a gloss read from further back in one article is the same rendering',
      source: 'China has licensed trivalent inactivated vaccine (IIV3).',
      target: '中国已获得三价灭活疫苗（IIV3）许可。',
      more: [{ key: 'b', source: 'Trivalent inactivated vaccine (IIV3) is cheaper.', target: '三价灭活疫苗（IIV3）更便宜。' }],
    },
    {
      name: 'a surname two full names of the corpus end with joins neither',
      source: 'Kazakh President Kassym-Jomart Tokayev spoke.',
      target: '哈萨克斯坦总统卡西姆·若马尔特·托卡耶夫讲话。',
      more: [
        { key: 'b', source: 'Senator Dariga Tokayev spoke.', target: '参议员达丽加·托卡耶夫讲话。' },
        { key: 'c', source: 'Tokayev left.', target: '托卡也夫离开了。' },
      ],
    },
  ],
  invalid: [
    {
      name: 'two spellings of one minister in two articles; the majority is the fix',
      source: 'Foreign Minister Sergei Lavrov spoke.',
      target: '外长谢尔盖·拉夫罗夫讲话。',
      more: [
        { key: 'b', source: 'Foreign Minister Sergei Lavrov left.', target: '外长谢尔盖·拉夫罗夫离开了。' },
        { key: 'c', source: 'Foreign Minister Sergei Lavrov arrived.', target: '外长谢尔盖·拉夫洛夫抵达。' },
      ],
      findings: [{ text: '谢尔盖·拉夫洛夫', docKey: 'c', suggestion: '谢尔盖·拉夫罗夫', message: /谢尔盖·拉夫罗夫: 2 in 2 documents; 谢尔盖·拉夫洛夫: 1 in 1 document/ }],
    },
    {
      name: "one system's articles are compared with each other",
      source: 'Foreign Minister Sergei Lavrov spoke.',
      target: '外长谢尔盖·拉夫罗夫讲话。',
      system: 'mt-a',
      more: [
        { key: 'b', source: 'Foreign Minister Sergei Lavrov left.', target: '外长谢尔盖·拉夫洛夫离开了。', system: 'mt-a' },
        { key: 'c', source: 'Foreign Minister Sergei Lavrov left.', target: '外长谢尔盖·拉夫洛夫离开了。', system: 'mt-b' },
      ],
      findings: [{ text: '谢尔盖·拉夫洛夫', docKey: 'b', message: /in mt-a's other documents/ }],
    },
    {
      name: 'a surname in one article, the full name in another',
      source: 'Kazakh President Kassym-Jomart Tokayev spoke.',
      target: '哈萨克斯坦总统卡西姆·若马尔特·托卡耶夫讲话。',
      more: [{ key: 'b', source: 'Tokayev left.', target: '托卡也夫离开了。' }],
      findings: [{ text: '托卡也夫', docKey: 'b', suggestion: '托卡耶夫' }],
    },
  ],
  docsReference: {},
});
