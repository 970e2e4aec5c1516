import { expect, it } from 'vitest';
import { quoteMismatch } from '../../server/checks/rules/quote-mismatch.ts';
import { ruleTester, runRule } from './rule-tester.ts';

const longSource = '"Every republic has its own interests and many border issues," he said. '.repeat(700);
const longTarget = '“每个共和国都有自己的利益和许多边界问题，”他说。'.repeat(2000);
const abutting = '他说：“所有事态发展都表明，和平发展毫无意义。”“换句话说，国家的侵略机器已经启动，”诺夫鲁佐娃写道。';

ruleTester(quoteMismatch, {
  valid: [
    {
      name: 'a quotation kept as one',
      source: '"Since the war in Ukraine started, Central Asia has had an opportunity to reinvent itself," said Luca Anceschi.',
      target: '格拉斯哥大学讲师卢卡·安切斯基表示：“由于乌克兰战争爆发，中亚有机会重塑自我。”',
    },
    {
      name: 'two English quotations merged into one after the attribution (Chinese news style)',
      source: '"They are connected to the West," Anceschi told RFE/RL. "But they are not close to the West."',
      target: '安切斯基告诉自由欧洲电台：“他们与西方有联系。但他们并不亲近西方。”',
    },
    {
      name: 'a quoted title rendered with 《》',
      source: 'Tokayev\'s op-ed, titled "The Renaissance of Central Asia: Towards Sustainable Development and Prosperity," was bound to turn heads.',
      target: '托卡耶夫题为《中亚复兴：迈向可持续发展和繁荣》的专栏文章必然会引起关注。',
    },
    {
      name: 'a quoted name that is not speech, next to a 《》 title',
      source: 'The CDC issued the "Technical guidelines for seasonal influenza vaccination in China" last year.',
      target: '中国疾控中心去年发布了《中国季节性流感疫苗接种技术指南》。',
    },
    { name: 'a short quoted term without its marks', source: 'his term for the so-called "Mambet revolution" of 2022', target: '他对2022年所谓曼贝特革命的称呼' },
    { name: 'single quotes in a headline', source: "'Regional Security Architecture' Without Russia?", target: '没有俄罗斯的“地区安全架构”？' },
    { name: 'corner quotes', source: '"We are not going to side with Russia," he said.', target: '他说：「我们不会站在俄罗斯一边。」' },
    {
      name: 'a quotation over two paragraphs, the opening mark repeated',
      source: ['"The first part of this long statement is here.', '"And this is the end of the statement," he said.'],
      target: ['“这篇长篇声明的第一部分在这里。', '“这是声明的结尾，”他说。'],
    },
    {
      name: 'a continued quotation whose second paragraph does not repeat the mark',
      source: ['"The first part of this long statement is here.', 'And this is the end of the statement," he said.'],
      target: ['“这篇长篇声明的第一部分在这里。', '这是声明的结尾，”他说。'],
    },
    { name: 'quoted items side by side (GB/T 15834 drops the 、)', source: 'the "Three Represents" and the "Eight Honors"', target: '“三个代表”“八荣八耻”' },
    {
      name: 'apostrophes are not quotation marks',
      source: "Mardan told the states' leaders that Tokayev's \"idea of creating a defense alliance is unworkable.\"",
      target: '马尔丹告诉各国领导人，托卡耶夫“建立防御联盟的想法不可行”。',
    },
    { name: 'quotation marks the source does not have', source: 'The word he used is an insult.', target: '他使用的“这个词”是一种侮辱。' },
    { name: 'an unpaired mark and no source quotation', source: 'He spoke.', target: '他说：“' },
    { name: 'a target of punctuation only', source: '"We will never accept this outcome," he said.', target: '……。' },
    { name: 'empty paragraphs', source: '', target: '' },
    { name: 'a 50,000-character paragraph', source: longSource, target: longTarget },
  ],
  invalid: [
    {
      name: 'a whole-paragraph quotation without marks',
      source: '"But as the war drags on and the talk of secondary sanctions grows, perhaps the region\'s governments see this space shrinking a little."',
      target: '随着战争持续，关于二级制裁的讨论不断增加，该地区政府可能会发现空间在缩小。',
      findings: [{ text: '随着战争持续，关于二级制裁的讨论不断增加，该地区政府可能会发现空间在缩小', start: 0, severity: 'major', suggestion: null }],
    },
    {
      name: 'attribution after: the quotation is what comes before it',
      source: '"Every republic has its own interests and many border issues have not been resolved," he said.',
      target: '每个共和国都有自己的利益，许多边界问题尚未解决，他说。',
      findings: [
        {
          text: '每个共和国都有自己的利益，许多边界问题尚未解决',
          sourceText: '"Every republic has its own interests and many border issues have not been resolved,"',
          message: /no quotation marks/,
        },
      ],
    },
    {
      name: 'attribution before: the quotation is what follows it',
      source: 'Shahbazov said: "Azerbaijan believes that deepening ties with Central Asia will give it more room for maneuver."',
      target: '沙赫巴佐夫表示，阿塞拜疆认为深化与中亚的关系将为其提供更多的回旋余地。',
      findings: [{ text: '阿塞拜疆认为深化与中亚的关系将为其提供更多的回旋余地' }],
    },
    {
      name: 'the marks moved onto two words',
      source: 'At the same time, "initiatives on intra-Central Asian integration are often very vague on details and sometimes amount to nothing more than empty rhetoric," Anceschi argued.',
      target: '“中亚内部一体化”倡议通常在细节上非常模糊，有时只是空洞的言辞，安切斯基争辩道。',
      findings: [{ text: '“中亚内部一体化”倡议通常在细节上非常模糊，有时只是空洞的言辞', message: /quotes only “中亚内部一体化”/ }],
    },
    {
      name: 'two quotations abutting',
      source: '"All developments indicate that peaceful development is meaningless. In other words, the state\'s aggression machine has been started up," Novruzova wrote.',
      target: abutting,
      findings: [{ text: '”“', start: 23, message: /abut/ }],
    },
    { name: 'corner quotes abutting', source: '"It is meaningless. In other words, it has started," she wrote.', target: '她写道：「这一切都毫无意义。」「换句话说，机器已经启动。」', findings: [{ text: '」「' }] },
    { name: 'code-point offsets after an emoji', source: '"It is meaningless. In other words, it has started," she wrote.', target: '😀𠀀「这一切都毫无意义。」「换句话说，机器已经启动。」', findings: [{ text: '」「', start: 12 }] },
    {
      name: 'a quotation in mid-paragraph: the same stretch of the target',
      source: 'The plan was approved on Monday. Critics called it "a reckless gamble that will cost the country billions" and walked out.',
      target: '该计划于周一获得批准。批评者称其为一场将使国家损失数十亿美元的鲁莽赌博，随后退场。',
      findings: [{ text: '批评者称其为一场将使国家损失数十亿美元的鲁莽赌博' }],
    },
    {
      name: 'a single-quoted headline quotation',
      source: "'We will not back down from this fight,' the minister says",
      target: '部长表示不会在这场斗争中退缩',
      findings: [{ text: '部长表示不会在这场斗争中退缩' }],
    },
    {
      name: 'the second paragraph of a quotation loses its marks',
      source: ['"The first part of this long statement is here.', '"And this is the end of the long statement," he said.'],
      target: ['“这篇长篇声明的第一部分在这里。', '这是这篇长篇声明的结尾，他说。'],
      findings: [{ text: '这是这篇长篇声明的结尾', para: 1 }],
    },
    {
      name: 'straight quotation marks count as marks, their loss too',
      source: ['"We will never accept this outcome," the minister told the Financial Times.', '"We will never accept this outcome," he said.'],
      target: ['部长对《金融时报》表示，我们永远不会接受这一结果。', '"我们永远不会接受这一结果，"他说。'],
      findings: [{ text: '我们永远不会接受这一结果', para: 0 }],
    },
    { name: 'abutting quotations at the end of a 50,000-character paragraph', source: longSource, target: longTarget + abutting, findings: [{ text: '”“', start: longTarget.length + 23 }] },
  ],
});

it('quote-mismatch reads a 50,000-character paragraph quickly', () => {
  runRule(quoteMismatch, { source: longSource, target: longTarget + abutting });
});
