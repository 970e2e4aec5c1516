import type { Draft, SegmentRule, Span } from '../types.ts';
import { codePointOffsets } from '../../text/codepoints.ts';

// 他 and 她 sound the same, and MT systems default to 他: a woman quoted in the English
// becomes a man in the Chinese. The rule only speaks when the evidence is one-sided on
// both sides of a link — the English uses only she/her (or only he/him/his) and the
// Chinese only the other singular pronoun — and when the Chinese has no more of them than
// the English, so that every 他 can be a rendering of one of the English pronouns rather
// than of a name the English spelled out. Links that mention a man and a woman by pronoun
// are left alone; telling who is who there would need coreference, and a wrong "major"
// finding costs a reviewer more than a missed one.

const MALE_EN = /\b(?:he|him|his|himself)\b/gi;
const FEMALE_EN = /\b(?:she|her|hers|herself)\b/gi;

// 他 in words that do not mean "he": 其他, 他人, 他国, 吉他 … (他们 is plural, not counted).
const NOT_HE_BEFORE = new Set([...'其吉利排无']);
const NOT_HE_AFTER = new Set([...'们人国乡方杀者日处途律']);

function chinesePronouns(text: string, ch: '他' | '她'): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) {
    const next = text[i + 1] ?? '';
    if (next === '们') continue;
    if (ch === '他' && (NOT_HE_BEFORE.has(text[i - 1] ?? '') || NOT_HE_AFTER.has(next))) continue;
    at.push(i);
  }
  return at;
}

interface EnHit {
  para: number;
  text: string;
  index: number;
  length: number;
}

function englishPronouns(paras: { index: number; text: string }[], re: RegExp): EnHit[] {
  const out: EnHit[] = [];
  for (const p of paras) for (const m of p.text.matchAll(re)) out.push({ para: p.index, text: p.text, index: m.index, length: m[0].length });
  return out;
}

export const pronounGender: SegmentRule = {
  id: 'pronoun-gender',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description: "他/她 in the Chinese contradicting the English he/she in the same link, when each side uses one gender only.",
  docs: {
    bad: { source: 'Novruzova said she expected the war to go on.', target: '诺夫鲁佐娃说，他预计战争将持续下去。' },
    good: { source: 'Novruzova said she expected the war to go on.', target: '诺夫鲁佐娃说，她预计战争将持续下去。' },
  },
  scope: 'segment',
  defaultOptions: {},
  fixable: false,
  check({ pair }) {
    const male = englishPronouns(pair.source, MALE_EN);
    const female = englishPronouns(pair.source, FEMALE_EN);
    if ((male.length === 0) === (female.length === 0)) return [];
    const sourceIsFemale = female.length > 0;
    const wrong = sourceIsFemale ? '他' : '她';
    const right = sourceIsFemale ? '她' : '他';
    const evidence = sourceIsFemale ? female : male;
    const found: { para: number; text: string; at: number[] }[] = [];
    let wrongCount = 0;
    for (const p of pair.target) {
      if (chinesePronouns(p.text, right).length > 0) return [];
      const at = chinesePronouns(p.text, wrong);
      wrongCount += at.length;
      if (at.length) found.push({ para: p.index, text: p.text, at });
    }
    if (wrongCount === 0 || wrongCount > evidence.length) return [];
    const first = evidence[0]!;
    const scp = codePointOffsets(first.text);
    const source: Span = { para: first.para, start: scp[first.index]!, end: scp[first.index + first.length]! };
    const words = [...new Set(evidence.map((e) => e.text.slice(e.index, e.index + e.length).toLowerCase()))].join('/');
    const out: Draft[] = [];
    for (const f of found) {
      const cp = codePointOffsets(f.text);
      for (const i of f.at) {
        out.push({
          target: { para: f.para, start: cp[i]!, end: cp[i + 1]! },
          source,
          message: `"${wrong}" where the source says ${words}; expected "${right}"`,
          confidence: 0.8,
        });
      }
    }
    return out;
  },
};
