import type { DocumentRule, Draft } from '../types.ts';
import { excerpt, findGaps, wholeParagraph, type GapOptions } from '../gaps.ts';

// Text in the translation that renders nothing in the source: a paragraph with no source
// paragraph, a sentence the sentence links leave alone, or a link far longer than its
// source. Chinese news translation legitimately adds short glosses, so only substantial
// sentences count.

export const addition: DocumentRule<GapOptions> = {
  id: 'addition',
  category: 'Accuracy/Addition',
  severity: 'minor',
  description: 'Translated paragraphs or sentences with no counterpart in the source, and translations far longer than their source.',
  docs: {
    bad: {
      source: 'The summit opened in Astana on Friday.',
      target: '峰会周五在阿斯塔纳开幕。分析人士认为，这次会议标志着中亚地区一体化进入了一个全新的历史阶段。',
    },
    good: {
      source: 'The summit opened in Astana on Friday.',
      target: '峰会周五在阿斯塔纳开幕。',
    },
  },
  scope: 'document',
  // The same thresholds as omission (see there), read on the target side.
  defaultOptions: { minWords: 4, minChars: 8, minGain: 2, ratio: 0.6, delta: 3, minExcess: 15 },
  fixable: false,
  check({ pairs, options }) {
    const out: Draft[] = [];
    for (const g of findGaps(pairs, 'target', options)) {
      if (g.kind === 'paragraph') {
        out.push({
          target: wholeParagraph(g.para),
          message: 'Paragraph has no counterpart in the source',
          confidence: 0.8,
        });
      } else if (g.kind === 'sentence') {
        out.push({
          target: { para: g.para, start: g.start, end: g.end },
          message: `Sentence has no counterpart in the source: "${excerpt(g.text)}"`,
          confidence: 0.5 + 0.2 * Math.min(1, (g.gain - options.minGain) / 8),
        });
      } else {
        out.push({
          target: g.target,
          source: g.source,
          message: `Translation is much longer than its source (${Math.round(g.ratio * 100)}% of the expected length): text may have been added`,
          confidence: 0.35 + 0.15 * Math.min(1, (g.delta - options.delta) / 3),
        });
      }
    }
    return out;
  },
};
