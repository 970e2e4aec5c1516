import { describe, expect, it } from 'vitest';
import { untranslatedLatin } from '../../server/checks/rules/untranslated-latin.ts';
import { ruleTester, runRule } from './rule-tester.ts';

// Domains (Haqqin.az), URLs, e-mail addresses, @handles and #hashtags are addresses, not
// words: Chinese news prints them as they are, so this rule never flags them.
ruleTester(untranslatedLatin, {
  valid: [
    // People and outlets left in Latin are name-untranslated's (test/checks/name-untranslated.test.ts).
    { name: 'a programme left in English is name-untranslated\'s', source: 'He appeared on the talk show Good Morning Kazakhstan.', target: '他出现在谈话节目《Good Morning Kazakhstan》中。' },
    {
      name: 'a channel left in Latin is name-untranslated\'s',
      source: 'Khod Mysley, a YouTube channel with more than 450,000 subscribers, asked.',
      target: 'YouTube频道Khod Mysley（超过45万订阅者）提出疑问。',
      reference: { allowLatin: ['YouTube'] },
    },
    { name: 'a name glossed after its Chinese rendering', source: 'Kazakh President Kassym-Jomart Tokayev spoke on Friday.', target: '哈萨克斯坦总统卡西姆-若马尔特·托卡耶夫（Kassym-Jomart Tokayev）周五发表讲话。' },
    { name: 'a half-width gloss with spaces', source: 'NATO Secretary-General Jens Stoltenberg said the alliance was ready.', target: '北约秘书长斯托尔滕贝格 (Jens Stoltenberg) 表示，北约已做好准备。' },
    { name: 'the original first, its Chinese in brackets', source: 'Meduza reported the arrests.', target: '据Meduza（美杜莎网）报道了逮捕事件。' },
    { name: 'a gloss beside Chinese inside one bracket', source: 'The channel Khod Mysley questioned it.', target: '频道“思路”（英文名：Khod Mysley）对此提出质疑。' },
    { name: 'house-style terms from the reference allowlist', source: 'He told his followers on Telegram and YouTube.', target: '他在Telegram和YouTube上告诉粉丝。', reference: { allowLatin: ['Telegram', 'YouTube'] } },
    { name: 'a term allowed in the config', source: 'Politico reported the plan first.', target: '据Politico报道，该计划最先曝光。', style: { allowLatin: ['Politico'] } },
    { name: 'a domain used as an outlet name', source: 'They were praised by the private outlet Haqqin.az.', target: '私营媒体Haqqin.az对此大加赞扬。' },
    { name: 'a domain spelt with a capital ending', source: 'He told the news site Pivden.Info that drones were shot down.', target: '他对新闻网站Pivden.Info表示，无人机被击落。' },
    { name: 'a URL and an e-mail address', source: 'Read more at https://www.rferl.org/a/kazakhstan/123.html or write to news@rferl.org.', target: '更多内容见https://www.rferl.org/a/kazakhstan/123.html，或致信news@rferl.org。' },
    { name: '@handles and hashtags', source: 'The outlet @nexta_tv posted it under #StandWithUkraine.', target: '媒体@nexta_tv以#StandWithUkraine标签发布了这条消息。' },
    { name: 'acronyms', source: 'The CSTO and the SCO met in Astana.', target: 'CSTO和SCO在阿斯塔纳举行会议。' },
    { name: 'model numbers and codes', source: 'Russia delivered Su-35 jets, S-400 systems and KB-BAC1 columns.', target: '俄罗斯交付了Su-35战机、S-400系统和KB-BAC1色谱柱。' },
    { name: 'units after numbers', source: 'A dose of 5 mg/kg was given within 10 min.', target: '在10 min内给予5 mg/kg的剂量。' },
    { name: 'a Latin word that is not in the source is not a copy', source: 'He waved goodbye.', target: '他挥手说了声bye。' },
    { name: 'eponyms before the term they name', source: 'The Gleason score and the Apgar score were recorded.', target: '记录了Gleason评分和Apgar评分。' },
    { name: 'bare names when house style allows them', source: 'Later, the authors of Khod Mysley questioned it.', target: '随后，Khod Mysley的作者对此提出质疑。', style: { latinNamesAllowed: true } },
    { name: 'lower-case-first brands and codes', source: 'mRNA vaccines and the iPhone maker, and the pH of blood.', target: 'mRNA疫苗和iPhone制造商，以及血液的pH值。' },
    { name: 'an acronym whose case the MT changed', source: 'Visual acuity (VA) improved.', target: '视力（Va）有所改善，Va提高。' },
    { name: 'group labels and variables', source: 'Group A and group B, n = 27.', target: 'A组和B组，n = 27。' },
    { name: 'English in square brackets is untranslated-bracket\'s', source: 'interests [and] many border issues', target: '利益 [and] 许多边界问题' },
    { name: 'a paragraph left in English is untranslated-segment\'s', source: 'The talks will resume next week in Astana.', target: 'The talks will resume next week in Astana.' },
    { name: 'empty paragraphs', source: '', target: '' },
    { name: 'a target of punctuation only', source: 'What?', target: '……！？' },
    { name: 'a Chinese target with no Latin', source: 'Tokayev spoke.', target: '托卡耶夫发表讲话。' },
  ],
  invalid: [
    {
      name: 'a common word copied twice, grouped',
      source: '21 cases were treated with INFIX and 27 with plate (plate group).',
      target: 'INFIX治疗21例，plate治疗27例（plate组）。',
      findings: [{ text: 'plate', start: 11, severity: 'major', count: 2, sourceText: 'plate', message: /English left untranslated: "plate"/ }],
    },
    {
      name: 'a phrase copied through',
      source: 'The talks were held behind closed doors in Astana.',
      target: '会谈behind closed doors在阿斯塔纳举行。',
      findings: [{ text: 'behind closed doors', start: 2, severity: 'major', suggestion: null }],
    },
    {
      name: 'code-point offsets after an emoji and an astral ideograph',
      source: 'The talks were held behind closed doors.',
      target: '😀𠀀会谈behind closed doors举行。',
      findings: [{ text: 'behind closed doors', start: 4 }],
    },
    {
      name: 'a bare name is minor',
      source: 'Later, the authors of Khod Mysley questioned whether Tokayev was right.',
      target: '随后，Khod Mysley的作者质疑托卡耶夫是否正确。',
      findings: [{ text: 'Khod Mysley', severity: 'minor', sourceText: 'Khod Mysley', message: /Name left in Latin script/ }],
    },
    {
      name: 'a quoted term',
      source: 'The word Mardan used, "Mambets," is a Soviet-era insult.',
      target: '马尔丹使用“Mambets”一词，这是苏联时代的侮辱性说法。',
      findings: [{ text: 'Mambets', severity: 'minor' }],
    },
    {
      name: 'a sentence-initial word: word or name cannot be told, so minor',
      source: 'Scarce literature has examined it.',
      target: 'Scarce文献对此进行了研究。',
      findings: [{ text: 'Scarce', severity: 'minor', message: /translate it, or if it is a name/ }],
    },
    {
      name: 'capitalised in the target, lower case in the source',
      source: 'A meta-analysis of 48 studies was conducted.',
      target: '对48项研究进行了Meta分析。',
      findings: [{ text: 'Meta', severity: 'major' }],
    },
    {
      name: 'an English plural on an acronym, even in a gloss',
      source: 'Non-governmental organisations (NGOs) protested.',
      target: '非政府组织（NGOs）提出抗议。',
      findings: [{ text: 'NGOs', severity: 'minor', message: /plural/ }],
    },
    {
      name: 'one phrase across an acronym inside it',
      source: 'the WHO report said cases rose',
      target: 'the WHO report称病例增加。',
      findings: [{ text: 'the WHO report', severity: 'major' }],
    },
    {
      name: 'common words stay flagged when names are allowed',
      source: 'He said the evidence was scarce, according to Khod Mysley.',
      target: '据Khod Mysley报道，他说证据scarce。',
      style: { latinNamesAllowed: true },
      findings: [{ text: 'scarce', severity: 'major' }],
    },
    {
      name: 'a name beside a gloss is still flagged where it stands bare',
      source: ['Tokayev met Shavkat Mirziyoyev.', 'Mirziyoyev spoke first.'],
      target: ['托卡耶夫会见了沙夫卡特·米尔济约耶夫（Shavkat Mirziyoyev）。', 'Mirziyoyev首先发言。'],
      findings: [{ text: 'Mirziyoyev', para: 1, severity: 'minor' }],
    },
    {
      name: 'a brand with inner capitals is a name',
      source: 'mRNA vaccines from BioNTech were approved.',
      target: 'BioNTech的mRNA疫苗获批。',
      findings: [{ text: 'BioNTech', severity: 'minor' }],
    },
    {
      name: 'a name with a year is a name, a model number is not',
      source: 'The Birlestik-2024 drills used Su-35 jets.',
      target: 'Birlestik-2024演习使用了Su-35战机。',
      findings: [{ text: 'Birlestik-2024', severity: 'minor' }],
    },
    {
      name: 'an untranslated clause is one finding across its commas',
      source: 'He said, however, that the talks would continue, and both sides met in Astana and Tashkent on border issues.',
      target: '他说however, that the talks would continue，双方已在阿斯塔纳和塔什干就边界问题举行了多轮磋商。',
      findings: [{ text: 'however, that the talks would continue', start: 2, severity: 'major' }],
    },
  ],
});

describe('untranslated-latin on a 50,000-character paragraph', () => {
  it('finishes quickly and still finds the copies', () => {
    const unit = '会谈在阿斯塔纳举行，plate和INFIX与KB-BAC1（CSTO）见https://x.org。';
    const target = unit.repeat(Math.ceil(50_000 / unit.length)).slice(0, 50_000);
    const found = runRule(untranslatedLatin, { source: 'The talks used plate and INFIX with KB-BAC1 (CSTO), see https://x.org.', target });
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe('plate');
    expect(found[0]!.count).toBeGreaterThan(900);
  });

  it('is quick on one long run of Latin letters and digits', () => {
    const target = `中文${'a1'.repeat(25_000)}`;
    runRule(untranslatedLatin, { source: 'a1', target });
  });
});
