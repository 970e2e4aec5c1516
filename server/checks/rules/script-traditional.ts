import type { Draft, SegmentRule } from '../types.ts';
import { codePointOffsets } from '../../text/codepoints.ts';
import { findTraditional } from '../../text/script-variants.ts';

// Traditional characters (們, 這, 臺灣) or Taiwan/Hong Kong vocabulary (软体, 纽西兰, 欧巴马)
// in a Simplified translation come from MT systems trained on converted regional text.
// MQM files writing a word in the wrong orthography under Spelling; the regional word
// forms are reported with them because the reviewer's fix is the same — write the
// mainland form — and a separate rule for a handful of words would be noise in the list.
//
// One finding per paragraph, like punctuation-width: a paragraph that came out in
// traditional script is one problem with one fix, not forty findings.

const SHOWN = 5;

export const scriptTraditional: SegmentRule = {
  id: 'script-traditional',
  category: 'Linguistic conventions/Spelling',
  severity: 'minor',
  description: 'Traditional characters or Taiwan/Hong Kong word forms in Simplified Chinese text (found with OpenCC); one finding per paragraph with the simplified mainland forms.',
  docs: {
    bad: { source: 'They said the software was reliable.', target: '他們說這個软体很可靠。' },
    good: { source: 'They said the software was reliable.', target: '他们说这个软件很可靠。' },
  },
  scope: 'segment',
  defaultOptions: {},
  fixable: true,
  check({ pair }) {
    const out: Draft[] = [];
    for (const p of pair.target) {
      const hits = findTraditional(p.text);
      if (hits.length === 0) continue;
      const text = p.text;
      const first = hits[0]!;
      const last = hits[hits.length - 1]!;
      let fixed = '';
      let at = first.start;
      for (const h of hits) {
        fixed += text.slice(at, h.start) + h.replacement;
        at = h.end;
      }
      const pairs = hits.slice(0, SHOWN).map((h) => `${text.slice(h.start, h.end)}→${h.replacement}`);
      if (hits.length > SHOWN) pairs.push('…');
      const words = hits.filter((h) => h.kind === 'word').length;
      const what = words === 0 ? 'traditional form' : words === hits.length ? 'Taiwan/Hong Kong word form' : 'traditional or Taiwan/Hong Kong form';
      const cp = codePointOffsets(text);
      out.push({
        target: { para: p.index, start: cp[first.start]!, end: cp[last.end]! },
        message: `${hits.length} ${what}${hits.length === 1 ? '' : 's'} in Simplified Chinese: ${pairs.join(', ')}`,
        // A character table is exact; a regional word list is a judgement about usage.
        confidence: words === 0 ? 0.95 : 0.8,
        suggestion: fixed,
      });
    }
    return out;
  },
};
