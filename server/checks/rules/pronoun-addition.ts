import type { Draft, SegmentRule } from '../types.ts';
import { codePointOffsets } from '../../text/codepoints.ts';
import { inRanges, quotedRanges } from '../../text/quotes.ts';
import { execAll } from '../../text/regexp.ts';

// A reporter does not speak in the first person. MT adds 我们 when it turns an English
// impersonal construction ("All the more reason, then, to stress …", "It was found …")
// into a Chinese sentence that needs a subject, and the article suddenly takes a side.
// Inside a quotation the first person is the speaker's, so quotations are skipped, and
// a link whose source says I/we/our/us/me anywhere (quoted or not) is left alone: the
// first person may then be a faithful rendering moved to another clause.
//
// Found by character, not with Intl.Segmenter, whose dictionary joins 我 with what follows
// (我在, 我是, 我的). 我 after 自, 忘, 敌, 唯 … is part of a word or idiom (自我, 忘我, 敌我,
// 唯我独尊), not the writer speaking.

const FIRST_PERSON_ZH = /我们|咱们|我|咱/g;
const NOT_SPEAKER_BEFORE = new Set([...'自忘你敌本唯舍非超小大物虞死卿无']);
// 我国, 我方, 我院, 我校 … are the institutional "our" of Chinese official and academic
// prose, which the human references use for "China" too (4 of 186 reference rows of the
// MQM dev set otherwise): a question of house style, not of the reporter taking a side.
const INSTITUTION_AFTER = new Set([...'国方军院校司部局省市县区厂所馆党台报社刊团队行委']);

// "I" is matched in capitals only and "us" in lower case only, so "US" (the country) does
// not count; counting a roman numeral "I" (Phase I) errs on the side of silence.
const FIRST_PERSON_EN = /\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|WE|[Uu]s|[Oo]ur|[Oo]urs|[Oo]urselves|[Ll]et['’]s)\b/;

export const pronounAddition: SegmentRule = {
  id: 'pronoun-addition',
  category: 'Accuracy/Addition',
  severity: 'minor',
  description: 'First person (我们, 我) outside quotations in the Chinese where the aligned English has no I/we/our/us/me: the translation speaks for the reporter.',
  docs: {
    bad: { source: 'All the more reason, then, to stress regional integration.', target: '因此，我们更有理由强调区域一体化。' },
    good: { source: '"We must stress regional integration," he said.', target: '他说：“我们必须强调区域一体化。”' },
  },
  scope: 'segment',
  defaultOptions: {},
  fixable: false,
  check({ pair }) {
    const source = pair.source.map((p) => p.text).join('\n');
    // Without a source there is nothing to compare with (the addition rule reports those).
    if (source.trim() === '' || FIRST_PERSON_EN.test(source)) return [];
    const out: Draft[] = [];
    for (const p of pair.target) {
      const text = p.text;
      if (!/[我咱]/.test(text)) continue;
      const quoted = quotedRanges(text);
      let cp: Uint32Array | undefined;
      for (const m of execAll(FIRST_PERSON_ZH, text)) {
        const i = m.index;
        if (inRanges(quoted, i) || NOT_SPEAKER_BEFORE.has(text[i - 1] ?? '')) continue;
        if (m[0] === '我' && INSTITUTION_AFTER.has(text[i + 1] ?? '')) continue;
        if (text.startsWith('我行我素', i) || text.startsWith('我行我素', i - 2)) continue;
        cp ??= codePointOffsets(text);
        out.push({
          target: { para: p.index, start: cp[i]!, end: cp[i + m[0].length]! },
          message: `First person "${m[0]}" outside a quotation; the source has no I/we/our/us/me`,
          confidence: 0.7,
        });
      }
    }
    return out;
  },
};
