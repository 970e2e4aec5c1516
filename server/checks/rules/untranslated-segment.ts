import type { Draft, SegmentRule } from '../types.ts';
import { codePointLength } from '../../text/codepoints.ts';
import { latinShare } from '../../text/scripts.ts';
import { latinTokens, latinZones, type Range } from '../../text/latin-words.ts';

interface Options {
  /** latinShare (Han weighted as three letters) from which a paragraph counts as left in English. */
  minLatinShare: number;
  /** Fewer Latin words than this is a name, a heading or an address, not a paragraph left in English. */
  minWords: number;
}

const DEFAULTS: Options = { minLatinShare: 0.7, minWords: 3 };

const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/**
 * Why a target paragraph is untranslated as a whole, or undefined. Glosses, titles and web
 * addresses are left out of the share: Chinese that names many things in Latin is still Chinese.
 */
export function untranslatedParagraph(target: string, sources: readonly string[], options: Options = DEFAULTS): 'copied' | 'latin' | undefined {
  const tokens = latinTokens(target);
  const words = tokens.filter((t) => t.kind === 'word' && /\p{Script=Latin}{2}/u.test(t.text));
  // A name ("Joe Biden", "The New York Times Magazine") is short and has no lower-case word;
  // a headline in capitals is longer than a name.
  if (words.length < options.minWords || (!words.some((w) => /^\p{Ll}{2,}$/u.test(w.text)) && words.length < 6)) return undefined;
  if (sources.length > 0 && squash(target) === squash(sources.join(''))) return 'copied';
  const zones = latinZones(target);
  const drop: Range[] = [...zones.gloss, ...zones.title, ...tokens.filter((t) => t.kind !== 'word').map((t): Range => [t.start, t.end])];
  return latinShare(blank(target, drop)) >= options.minLatinShare ? 'latin' : undefined;
}

function blank(text: string, ranges: readonly Range[]): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [a, b] of sorted) {
    if (a > at) out += text.slice(at, a);
    at = Math.max(at, b);
  }
  return out + text.slice(at);
}

export const untranslatedSegment: SegmentRule<Options> = {
  id: 'untranslated-segment',
  category: 'Accuracy/Untranslated',
  severity: 'critical',
  description: 'A target paragraph left in English: mostly Latin script, or the source copied as it is.',
  docs: {
    bad: { source: 'The talks will resume next week in Astana.', target: 'The talks will resume next week in Astana.' },
    good: { source: 'The talks will resume next week in Astana.', target: '会谈将于下周在阿斯塔纳恢复。' },
  },
  scope: 'segment',
  defaultOptions: DEFAULTS,
  fixable: false,
  check({ pair, options }) {
    const out: Draft[] = [];
    const sources = pair.source.map((p) => p.text);
    const src = pair.source.length === 1 ? pair.source[0] : undefined;
    for (const p of pair.target) {
      const why = untranslatedParagraph(p.text, sources, options);
      if (!why) continue;
      out.push({
        target: { para: p.index, start: 0, end: codePointLength(p.text) },
        ...(src && { source: { para: src.index, start: 0, end: codePointLength(src.text) } }),
        message:
          why === 'copied'
            ? 'Paragraph identical to its source: it was not translated, so Chinese readers get none of it'
            : 'Paragraph left mostly in English: Chinese readers get none of it',
        confidence: why === 'copied' ? 0.95 : 0.85,
      });
    }
    return out;
  },
};
