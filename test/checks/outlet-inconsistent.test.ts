import { ruleTester } from './rule-tester.ts';
import { outletInconsistent } from '../../server/checks/rules/outlet-inconsistent.ts';

const haqqin = { outlet: 'Haqqin.az', chinese: 'Haqqin.az网站', aliases: ['Haqqin'], kind: 'website' };

ruleTester(outletInconsistent, {
  valid: [
    { name: 'the address kept throughout', source: ['The private outlet Haqqin.az praised him.', 'Haqqin.az journalist Zuhra Novruzova wrote it.'], target: ['私营媒体Haqqin.az网站对其大加赞扬。', 'Haqqin.az网站记者祖赫拉·诺夫鲁佐娃写道。'] },
    { name: 'a newspaper may be a 《…报》', source: 'It was published in the newspaper Kommersant.', target: '文章发表在《生意人报》上。' },
    { name: 'one broadcaster rendered one way', source: ['Anceschi told RFE/RL.', 'Shahbazov told RFE/RL.'], target: ['安切斯基告诉自由欧洲电台。', '沙赫巴佐夫告诉自由欧洲电台/自由电台。'] },
  ],
  invalid: [
    {
      name: 'by meaning here, by sound there (the demo article\'s error), no outlets file',
      source: ['In Baku they were praised by the private outlet Haqqin.az.', 'In an article, Haqqin.az journalist Zuhra Novruzova agreed.'],
      target: ['在巴库，私营媒体《希望报》对其大加赞扬。', '《哈钦报》记者祖赫拉·诺夫鲁佐娃在一篇文章中表示赞同。'],
      findings: [{ text: '《希望报》', para: 0, suggestion: null, message: /by meaning.*《哈钦报》 \(by sound\).*website/ }],
    },
    {
      name: 'with the outlets file, every wrong rendering gets the standard name',
      source: ['In Baku they were praised by the private outlet Haqqin.az.', 'In an article, Haqqin.az journalist Zuhra Novruzova agreed.'],
      target: ['在巴库，私营媒体《希望报》对其大加赞扬。', '《哈钦报》记者祖赫拉·诺夫鲁佐娃在一篇文章中表示赞同。'],
      reference: { outlets: [haqqin] },
      findings: [
        { text: '《希望报》', suggestion: 'Haqqin.az网站' },
        { text: '《哈钦报》', suggestion: 'Haqqin.az网站' },
      ],
    },
    {
      name: 'a channel rendered as a newspaper',
      source: 'The story was aired by the Al Arabiya channel on Monday.',
      target: '这篇报道周一由《阿拉比亚报》播出。',
      findings: [{ text: '《阿拉比亚报》', message: /channel/ }],
    },
  ],
  docsReference: {},
});
