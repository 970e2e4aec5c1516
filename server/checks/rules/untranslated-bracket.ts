import type { Draft, SegmentRule } from '../types.ts';
import { CodePointIndex } from '../../text/codepoints.ts';
import { COMMON_WORDS } from '../../text/common-english.ts';
import { execAll } from '../../text/regexp.ts';

// Square brackets are editorial insertions in English quotes ("[and]", "[Baku's interest]");
// Chinese news does not use them, so English inside them in the Chinese was copied through.
const BRACKETED = /[[［]\s*([^\][［］\n]*?[A-Za-z][^\][［］\n]*?)\s*[\]］]/g;

export const untranslatedBracket: SegmentRule = {
  id: 'untranslated-bracket',
  category: 'Accuracy/Untranslated',
  severity: 'major',
  description: 'English text left inside square brackets in the Chinese (an editorial insertion copied through).',
  docs: {
    bad: { source: '"Every republic has its own interests [and] many border issues," he said.', target: '“每个共和国都有自己的利益 [and] 许多边界问题，”他说。' },
    good: { source: '"Every republic has its own interests [and] many border issues," he said.', target: '“每个共和国都有自己的利益，而且许多边界问题尚未解决，”他说。' },
  },
  scope: 'segment',
  defaultOptions: {},
  fixable: true,
  check({ pair }) {
    const out: Draft[] = [];
    for (const p of pair.target) {
      const index = new CodePointIndex(p.text);
      for (const m of execAll(BRACKETED, p.text)) {
        const inner = m[1]!;
        // Latin mixed with Chinese inside brackets is a gloss (e.g. [注：CSTO]), not a copy.
        if (/\p{Script=Han}/u.test(inner)) continue;
        const word = COMMON_WORDS[inner.toLowerCase()];
        out.push({
          target: { para: p.index, start: index.cp(m.index), end: index.cp(m.index + m[0].length) },
          message: `English left in brackets: "${inner}"`,
          confidence: 0.95,
          ...(word !== undefined && { suggestion: word }),
        });
      }
    }
    return out;
  },
};
