import { ruleTester } from './rule-tester.ts';
import { nameNonstandard } from '../../server/checks/rules/name-nonstandard.ts';

const names = [
  { english: 'Kassym-Jomart Tokayev', chinese: '卡瑟姆-若马尔特·托卡耶夫', kind: 'person', note: '' },
  { english: 'Luca Anceschi', chinese: '卢卡·安切斯基', kind: 'person', note: '' },
];
const outlets = [{ outlet: 'RFE/RL', chinese: '自由欧洲电台', aliases: ['Radio Liberty', '自由电台'], kind: 'broadcaster' }];

ruleTester(nameNonstandard, {
  valid: [
    { name: 'the standard form and its surname', source: ['Kassym-Jomart Tokayev spoke.', 'Tokayev left.'], target: ['卡瑟姆-若马尔特·托卡耶夫发表讲话。', '托卡耶夫离开了。'], reference: { names } },
    { name: 'an alias the outlets file accepts', source: 'Anceschi told RFE/RL.', target: '安切斯基告诉自由欧洲电台/自由电台。', reference: { names, outlets } },
    { name: 'no names file, nothing to compare with', source: 'Kassym-Jomart Tokayev spoke.', target: '卡西姆·若马尔特·托卡耶夫发表讲话。' },
  ],
  invalid: [
    {
      name: 'a rendering the names file does not have',
      source: 'Kassym-Jomart Tokayev spoke.',
      target: '卡西姆·若马尔特·托卡耶夫发表讲话。',
      reference: { names },
      findings: [{ text: '卡西姆·若马尔特·托卡耶夫', suggestion: '卡瑟姆-若马尔特·托卡耶夫', severity: 'minor' }],
    },
    {
      name: 'a surname alone gets the standard surname',
      source: '"It is vague," Anceschi argued.',
      target: '“这很模糊，”安切斯奇争辩道。',
      reference: { names },
      findings: [{ text: '安切斯奇', suggestion: '安切斯基' }],
    },
  ],
  docsReference: { names },
});
