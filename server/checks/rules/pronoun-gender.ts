import type { Draft, Pair, SegmentRule, Span } from '../types.ts';
import type { NameEntry } from '../reference.ts';
import { codePointOffsets } from '../../text/codepoints.ts';
import { escapeRegExp } from '../../text/regexp.ts';

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
  description:
    "他/她 in the Chinese contradicting the English he/she in the same link (each side using one gender only), or the gender the names file gives for the person the link names.",
  docs: {
    bad: { source: 'Novruzova said she expected the war to go on.', target: '诺夫鲁佐娃说，他预计战争将持续下去。' },
    good: { source: 'Novruzova said she expected the war to go on.', target: '诺夫鲁佐娃说，她预计战争将持续下去。' },
  },
  scope: 'segment',
  defaultOptions: {},
  fixable: false,
  check({ pair, reference }) {
    // Without a 他 or 她 in the Chinese there is nothing to contradict.
    if (!pair.target.some((p) => p.text.includes('他') || p.text.includes('她'))) return [];
    const male = englishPronouns(pair.source, MALE_EN);
    const female = englishPronouns(pair.source, FEMALE_EN);
    if (male.length === 0 && female.length === 0) return byKnownGender(pair, reference.names);
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

const namePatterns = new WeakMap<NameEntry, RegExp>();

/** The full name or the surname alone, as whole words; built once per names.tsv row. */
function namePattern(entry: NameEntry): RegExp {
  let re = namePatterns.get(entry);
  if (!re) {
    const surname = entry.english.split(/\s+/).pop()!;
    // Whole words in any script: \b only knows ASCII letters, so it would miss Özdemir.
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escapeRegExp(entry.english)}|${escapeRegExp(surname)})(?![\\p{L}\\p{N}])`, 'u');
    namePatterns.set(entry, re);
  }
  return re;
}

/**
 * The English often names a person where the Chinese says 他/她 ("…," Novruzova wrote →
 * 他说). When the link's English has no gendered pronoun, names people from the names file
 * whose gender is known and all of one gender, and the Chinese uses only the other singular
 * pronoun, the pronoun contradicts what the newsroom knows about the person.
 */
function byKnownGender(pair: Pair, names: readonly NameEntry[]): Draft[] {
  const mentioned: { entry: NameEntry; para: number; start: number; end: number; text: string }[] = [];
  for (const entry of names) {
    if (entry.kind !== 'person' || (entry.gender !== 'f' && entry.gender !== 'm')) continue;
    const re = namePattern(entry);
    for (const p of pair.source) {
      const m = re.exec(p.text);
      if (m) {
        const cp = codePointOffsets(p.text);
        mentioned.push({ entry, para: p.index, start: cp[m.index]!, end: cp[m.index + m[0].length]!, text: m[0] });
        break;
      }
    }
  }
  if (mentioned.length === 0 || new Set(mentioned.map((m) => m.entry.gender)).size > 1) return [];
  const female = mentioned[0]!.entry.gender === 'f';
  const wrong = female ? '他' : '她';
  const right = female ? '她' : '他';
  const out: Draft[] = [];
  for (const p of pair.target) {
    if (chinesePronouns(p.text, right).length > 0) return [];
    const cp = codePointOffsets(p.text);
    for (const i of chinesePronouns(p.text, wrong)) {
      const who = mentioned[0]!;
      out.push({
        target: { para: p.index, start: cp[i]!, end: cp[i + 1]! },
        source: { para: who.para, start: who.start, end: who.end },
        message: `"${wrong}" for ${who.entry.english}, listed as ${female ? 'a woman' : 'a man'} in the names file; expected "${right}"`,
        // A 他 may still refer to someone the English does not name here.
        confidence: 0.6,
      });
    }
  }
  return out;
}
