import type { DocumentRule, Draft } from '../types.ts';
import { excerpt, findGaps, wholeParagraph, type GapOptions } from '../gaps.ts';

// Content of the source with nothing in the translation: a dropped paragraph (subheading,
// quote, caption) is certain once the paragraphs are aligned; a dropped sentence inside a
// link depends on the sentence links, and a link that is simply too short says only that
// something is missing, not what — hence the falling confidence of the three.

export const omission: DocumentRule<GapOptions> = {
  id: 'omission',
  category: 'Accuracy/Omission',
  severity: 'major',
  description: 'Source paragraphs or sentences with no counterpart in the translation, and translations far shorter than their source.',
  docs: {
    bad: {
      source: 'The summit opened in Astana on Friday. Five presidents attended the closed session, which lasted four hours.',
      target: '峰会周五在阿斯塔纳开幕。',
    },
    good: {
      source: 'The summit opened in Astana on Friday. Five presidents attended the closed session, which lasted four hours.',
      target: '峰会周五在阿斯塔纳开幕。五位总统出席了持续四个小时的闭门会议。',
    },
  },
  scope: 'document',
  // Set so that no human reference row of the MQM dev set fires (their lengths stay within
  // 0.67–1.52 of the expected ratio, δ −1.7 to 1.4), while truncated machine output does.
  defaultOptions: { minWords: 4, minChars: 8, minGain: 2, ratio: 0.6, delta: 3, minExcess: 15 },
  fixable: false,
  check({ pairs, options }) {
    const out: Draft[] = [];
    for (const g of findGaps(pairs, 'source', options)) {
      if (g.kind === 'paragraph') {
        out.push({
          target: g.at,
          source: wholeParagraph(g.para),
          message: `Source paragraph not translated: "${excerpt(g.para.text)}"`,
          confidence: 0.85,
        });
      } else if (g.kind === 'sentence') {
        out.push({
          target: g.at,
          source: { para: g.para, start: g.start, end: g.end },
          message: `Source sentence has no counterpart in the translation: "${excerpt(g.text)}"`,
          // More confident the more the lengths say the sentence is missing.
          confidence: 0.5 + 0.2 * Math.min(1, (g.gain - options.minGain) / 8),
        });
      } else {
        out.push({
          target: g.target,
          source: g.source,
          message: `Translation is much shorter than its source (${Math.round(g.ratio * 100)}% of the expected length): content may be missing`,
          severity: 'minor',
          confidence: 0.35 + 0.15 * Math.min(1, (-g.delta - options.delta) / 3),
        });
      }
    }
    return out;
  },
};
