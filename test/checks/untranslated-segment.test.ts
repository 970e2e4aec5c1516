import { describe, expect, it } from 'vitest';
import { untranslatedSegment } from '../../server/checks/rules/untranslated-segment.ts';
import { ruleTester, runRule } from './rule-tester.ts';

const EN = 'The talks will resume next week in Astana, officials said on Friday.';

ruleTester(untranslatedSegment, {
  valid: [
    { name: 'a Chinese paragraph', source: EN, target: '官员周五表示，会谈将于下周在阿斯塔纳恢复。' },
    { name: 'a paragraph that is only a URL', source: 'https://www.rferl.org/a/kazakhstan-tokayev/33080951.html', target: 'https://www.rferl.org/a/kazakhstan-tokayev/33080951.html' },
    { name: 'a paragraph that is only a name', source: 'Kassym-Jomart Tokayev', target: 'Kassym-Jomart Tokayev' },
    { name: 'an outlet name as a byline', source: 'The New York Times', target: 'The New York Times' },
    { name: 'a short credit line', source: 'Photo: AP', target: 'Photo: AP' },
    { name: 'empty paragraphs', source: '', target: '' },
    { name: 'a target of punctuation only', source: '...', target: '……' },
    { name: 'acronyms and numbers copied as they are', source: 'COVID-19: 1,234 (WHO, CDC)', target: 'COVID-19: 1,234 (WHO, CDC)' },
    {
      name: 'Chinese with a long English gloss is still Chinese',
      source: 'Anti-vascular endothelial growth factors (anti-VEGF) have become the most common treatment.',
      target: '抗血管内皮生长因子(anti-vascular endothelial growth factor,anti-vascular endothelial growth factor,anti-VEGF)已成为最常见的治疗方式。',
    },
    { name: 'Chinese with an English title in 《》', source: 'He told The New York Times Magazine in an interview.', target: '他在接受《The New York Times Magazine》采访时说。' },
    { name: 'half Chinese, half English is untranslated-latin\'s', source: EN, target: '官员周五表示，会谈将于下周恢复 next week in Astana。' },
    { name: 'a paragraph of addresses', source: 'news@rferl.org, https://rferl.org, @RFERL', target: 'news@rferl.org, https://rferl.org, @RFERL' },
  ],
  invalid: [
    { name: 'the source copied as it is', source: EN, target: EN, findings: [{ text: EN, start: 0, severity: 'critical', sourceText: EN, message: /identical to its source/ }] },
    {
      name: 'copied with other spacing and case',
      source: EN,
      target: `  ${EN.toUpperCase().replace(/ /g, '  ')}`,
      findings: [{ text: `  ${EN.toUpperCase().replace(/ /g, '  ')}`, message: /identical to its source/ }],
    },
    {
      name: 'mostly English with a few Chinese characters',
      source: EN,
      target: 'The talks will resume 下周 in Astana, officials said on Friday.',
      findings: [{ text: 'The talks will resume 下周 in Astana, officials said on Friday.', message: /mostly in English/, severity: 'critical' }],
    },
    {
      name: 'English that is not the source (an MT paraphrase) is still untranslated',
      source: EN,
      target: 'Officials said the negotiations restart in Astana next week.',
      findings: [{ text: 'Officials said the negotiations restart in Astana next week.', message: /mostly in English/ }],
    },
    {
      name: 'code points after an emoji',
      source: ['一', EN],
      target: ['一', `😀 ${EN}`],
      findings: [{ text: `😀 ${EN}`, para: 1, start: 0 }],
    },
    {
      name: 'only the untranslated paragraph of a document',
      source: ['Tokayev spoke.', EN, 'Mirziyoyev listened.'],
      target: ['托卡耶夫发表讲话。', EN, '米尔济约耶夫在听。'],
      findings: [{ text: EN, para: 1 }],
    },
    {
      name: 'a merged link: no single source paragraph to point at',
      source: ['Tokayev spoke.', 'He was brief.'],
      target: ['Tokayev spoke, and he was brief about the talks.'],
      links: [{ src: [0, 1], tgt: [0] }],
      findings: [{ text: 'Tokayev spoke, and he was brief about the talks.', sourceText: undefined }],
    },
  ],
});

describe('untranslated-segment on a 50,000-character paragraph', () => {
  it('finishes quickly', () => {
    const target = '会谈将于下周在阿斯塔纳恢复，plate。'.repeat(2500).slice(0, 50_000);
    expect(runRule(untranslatedSegment, { source: EN, target })).toEqual([]);
    const english = `${EN} `.repeat(800).slice(0, 50_000);
    expect(runRule(untranslatedSegment, { source: EN, target: english })).toHaveLength(1);
  });

  it('can be tuned: a lower share flags half-English paragraphs', () => {
    const c = { source: EN, target: '官员周五表示，会谈将于下周恢复 next week in Astana。', options: { minLatinShare: 0.2 } };
    expect(runRule(untranslatedSegment, c)).toHaveLength(1);
  });
});
