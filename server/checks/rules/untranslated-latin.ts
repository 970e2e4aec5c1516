import type { Draft, HouseStyle, Para, SegmentRule, Span } from '../types.ts';
import { CodePointIndex } from '../../text/codepoints.ts';
import { COMMON_WORDS } from '../../text/common-english.ts';
import { inRanges, latinTokens, latinZones, wordParts, type LatinToken, type Range } from '../../text/latin-words.ts';
import { untranslatedParagraph } from './untranslated-segment.ts';
import { documentNames, type DocNames, type Occurrence } from '../../names/entities.ts';
import { latinEntityOccurrences } from '../../names/untranslated.ts';
import { escapeRegExp, execAll } from '../../text/regexp.ts';
import { TextMemo } from '../../text/memo.ts';

// Unit symbols that are not English words: kept in Chinese text wherever they stand.
const UNITS = new Set(
  'mg μg ug ng kg ml mL dl dL cm mm km nm μm um mmol μmol nmol mmHg kPa MPa hPa Hz kHz MHz GHz kW MW GW kWh MWh mAh mph kph ppm ppb bpm kcal IU lb lbs oz ft sqm'.split(' '),
);
// Unit symbols that are also words or abbreviations of them: units only right after a number.
const UNITS_AFTER_NUMBER = new Set('min hr hrs sec yr yrs mi yd in cal mol Pa dB bar cc ha'.split(' '));

/** What the source says about a word, from how it is written there. */
interface Usage {
  lower: boolean;
  /** Capitalised somewhere other than at the start of a sentence: a name. */
  capMid: boolean;
  capInitial: boolean;
  /** All capitals or inner capitals (NIAC, logMAR, PoV): an acronym or code. */
  acronym: boolean;
}

type Kind = 'common' | 'name' | 'unclear' | 'plural';
const RANK: Record<Kind, number> = { plural: -1, name: 0, unclear: 1, common: 2 };

// Chinese technical writing keeps an eponym in Latin before the term it names (Cobb角, Gleason评分,
// Kaplan-Meier曲线, Babinski征); a grade in Roman numerals may stand between. Disease names are not
// here on purpose: news gives them their Chinese names (帕金森病).
const EPONYM_HEAD = /^\s*(?:[IVX\u2160-\u216B]{1,4}\s*)?(?:角|分级|分期|分型|分类|评分|量表|指数|系数|试验|检验|定律|定理|效应|常数|方程|曲线|回归|分布|校正|染色|级|征|氏)/u;

// An acronym with an English plural (NGOs, RCTs, PoVs): Chinese does not inflect, so the "s" is
// English grammar left in the translation, gloss or not.
const PLURAL_ACRONYM = /^\p{Lu}[\p{L}]*\p{Lu}s$/u;
const LATIN = /\p{Script=Latin}/u;

// Every system's translation of one source reads the same English: its usage is remembered
// per paragraph (read-only, shared) and merged only for links of several paragraphs.
const usageMemo = new TextMemo<ReadonlyMap<string, Readonly<Usage>>>(20_000);

function sourceUsage(texts: readonly string[]): ReadonlyMap<string, Readonly<Usage>> {
  if (texts.length === 1) return usageMemo.get(texts[0]!, paragraphUsage);
  const usage = new Map<string, Usage>();
  for (const text of texts) {
    for (const [key, u] of usageMemo.get(text, paragraphUsage)) {
      const merged = usage.get(key);
      if (!merged) usage.set(key, { ...u });
      else {
        merged.lower ||= u.lower;
        merged.capMid ||= u.capMid;
        merged.capInitial ||= u.capInitial;
        merged.acronym ||= u.acronym;
      }
    }
  }
  return usage;
}

function paragraphUsage(text: string): Map<string, Usage> {
  const usage = new Map<string, Usage>();
  for (const m of execAll(/[\p{Script=Latin}\p{Nd}]+/gu, text)) {
    const w = m[0];
    if (!/\p{Script=Latin}/u.test(w)) continue;
    const key = w.toLowerCase();
    const u = usage.get(key) ?? { lower: false, capMid: false, capInitial: false, acronym: false };
    if (w === key) u.lower = true;
    else if (isAcronym(w)) u.acronym = true;
    else if (sentenceInitial(text, m.index)) u.capInitial = true;
    else u.capMid = true;
    usage.set(key, u);
  }
  return usage;
}

/** NIAC, PoVs, logMAR, mRNA, iPhone: more than one capital, or a capital after a lower-case start. */
function isAcronym(w: string): boolean {
  const letters = w.replace(/[^\p{Script=Latin}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (letters.length >= 2 && upper === letters.length) return true;
  if (/^\p{Ll}/u.test(letters) && upper > 0) return true;
  // McDonald, DeSantis, LeBron are names: their capitals are a minority.
  return upper >= 2 && upper * 2 >= letters.length;
}

function sentenceInitial(text: string, index: number): boolean {
  let i = index - 1;
  let quoted = false;
  while (i >= 0 && /[\s"'“‘(\[《「]/.test(text.charAt(i))) {
    if (/["'“‘(\[《「]/.test(text.charAt(i))) quoted = true;
    i--;
  }
  if (i < 0 || quoted || /[.!?:;…。！？：；\n—–]/.test(text.charAt(i))) return true;
  // "ALMATY, Kazakhstan -- Kazakh President": a spaced dash starts a clause; "Kassym-Jomart" does not.
  return text.charAt(i) === '-' && /\s|-/.test(text.charAt(i - 1));
}

function afterNumber(text: string, start: number): boolean {
  return /\p{Nd}\s?$/u.test(text.slice(Math.max(0, start - 2), start));
}

interface Flag {
  token: LatinToken;
  kind: Kind;
}

/** Where the flagged text stands in the source, for reviewers and span scoring. */
function sourceSpan(sources: readonly Para[], text: string, cache: Map<string, Span | undefined>): Span | undefined {
  if (!cache.has(text)) cache.set(text, findInSource(sources, text));
  return cache.get(text);
}

// The same Latin is looked for in every system's translation of a source: its RegExp (whose
// compiling costs more than the search) is made once.
const sourcePatterns = new TextMemo<RegExp>(5_000);

function sourcePattern(text: string): RegExp {
  return new RegExp(`(?<![\\p{Script=Latin}\\p{Nd}])${escapeRegExp(text).replace(/\s+/g, '\\s+')}(?![\\p{Script=Latin}\\p{Nd}])`, 'iu');
}

function findInSource(sources: readonly Para[], text: string): Span | undefined {
  const re = sourcePatterns.get(text, sourcePattern);
  for (const p of sources) {
    const m = re.exec(p.text);
    if (m) {
      const index = new CodePointIndex(p.text);
      return { para: p.index, start: index.cp(m.index), end: index.cp(m.index + m[0].length) };
    }
  }
  return undefined;
}

const MESSAGES: Record<Kind, (text: string) => string> = {
  common: (t) => `English left untranslated: "${t}" was copied from the source, and Chinese readers lose what it says`,
  name: (t) => `Name left in Latin script: "${t}" has no Chinese rendering; give one, with the original in brackets on first mention`,
  unclear: (t) => `Latin text copied from the source: "${t}"; translate it, or if it is a name give its Chinese rendering`,
  plural: (t) => `English plural kept on an acronym: "${t}"; Chinese does not inflect, so the acronym stands without the "s"`,
};
const CONFIDENCE: Record<Kind, number> = { common: 0.9, name: 0.7, unclear: 0.6, plural: 0.6 };

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

export const untranslatedLatin: SegmentRule = {
  id: 'untranslated-latin',
  category: 'Accuracy/Untranslated',
  severity: 'major',
  description:
    'English words copied from the source into the Chinese: common words are major, a bare name without its Chinese rendering is minor. Acronyms, codes, units, house-style terms, web addresses and glosses in brackets are left alone, and so are people and outlets, which name-untranslated reports.',
  docs: {
    bad: { source: 'The talks were held behind closed doors in Astana.', target: '会谈behind closed doors在阿斯塔纳举行。' },
    good: { source: 'The CSTO met on Monday, Haqqin.az reported.', target: '据Haqqin.az报道，集体安全条约组织（CSTO）周一举行会议。' },
  },
  scope: 'segment',
  defaultOptions: {},
  fixable: false,
  check({ doc, pair, style, reference }) {
    const out: Draft[] = [];
    // Most Chinese paragraphs hold no Latin at all: nothing to read in the source then.
    if (!pair.target.some((p) => LATIN.test(p.text))) return out;
    const sources = pair.source.map((p) => p.text);
    const usage = sourceUsage(sources);
    if (usage.size === 0) return out;
    const { allow, multiWordAllow } = allowedLatin(style.allowLatin);
    const found = new Map<string, Span | undefined>();
    // People and outlets left in Latin are name-untranslated's (it knows what they name).
    const owned = ownedOccurrences(documentNames(doc, reference), style);
    for (const p of pair.target) {
      const text = p.text;
      if (!LATIN.test(text)) continue;
      // A paragraph left in English as a whole is untranslated-segment's one critical finding.
      if (untranslatedParagraph(text, sources)) continue;
      const zones = latinZones(text);
      const allowed: Range[] = [];
      for (const term of multiWordAllow) {
        for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) allowed.push([i, i + term.length]);
      }
      const index = new CodePointIndex(text);
      const flags: (Flag | 'soft' | 'hard')[] = [];
      const mine = owned.filter((o) => o.para === p.index);
      for (const token of latinTokens(text)) {
        const a = index.cp(token.start);
        const b = index.cp(token.end);
        if (mine.some((o) => a >= o.start && b <= o.end)) flags.push('hard');
        else flags.push(classify(token, text, usage, allow, allowed, zones));
      }
      for (const group of groups(flags, text)) {
        const kind = group.reduce<Kind>((k, f) => (RANK[f.kind] > RANK[k] ? f.kind : k), group[0]!.kind);
        if ((kind === 'name' || kind === 'unclear') && style.latinNamesAllowed) continue;
        const first = group[0]!.token;
        const last = group[group.length - 1]!.token;
        const flagged = text.slice(first.start, last.end);
        const src = sourceSpan(pair.source, flagged, found) ?? sourceSpan(pair.source, first.text, found);
        out.push({
          target: { para: p.index, start: index.cp(first.start), end: index.cp(last.end) },
          ...(src && { source: src }),
          message: MESSAGES[kind](clip(flagged)),
          confidence: CONFIDENCE[kind],
          severity: kind === 'common' ? 'major' : 'minor',
        });
      }
    }
    return out;
  },
};

// The house style's list, as a set and its phrases, by the list (the engine keeps one style,
// and so one list, per configuration: checks/engine.ts).
const allowedMemo = new WeakMap<readonly string[], { allow: ReadonlySet<string>; multiWordAllow: readonly string[] }>();

function allowedLatin(list: readonly string[]): { allow: ReadonlySet<string>; multiWordAllow: readonly string[] } {
  let a = allowedMemo.get(list);
  if (!a) allowedMemo.set(list, (a = { allow: new Set(list), multiWordAllow: list.filter((t) => /\s/.test(t)) }));
  return a;
}

// The people and outlets of the last document, for each of its links.
let lastOwned: { names: DocNames; style: HouseStyle; occurrences: readonly Occurrence[] } | undefined;

function ownedOccurrences(names: DocNames, style: HouseStyle): readonly Occurrence[] {
  if (lastOwned?.names !== names || lastOwned.style !== style) {
    lastOwned = { names, style, occurrences: latinEntityOccurrences(names, style).map((x) => x.occurrence) };
  }
  return lastOwned.occurrences;
}

/**
 * A flag with its kind; 'soft' for Latin that is fine but may sit inside an untranslated phrase
 * ("the WHO report"); 'hard' for Latin that ends a phrase (an address, a gloss, a word not in the source).
 */
function classify(
  token: LatinToken,
  text: string,
  usage: ReadonlyMap<string, Readonly<Usage>>,
  allow: ReadonlySet<string>,
  allowed: readonly Range[],
  zones: ReturnType<typeof latinZones>,
): Flag | 'soft' | 'hard' {
  if (token.kind !== 'word') return 'hard';
  const { start, end } = token;
  if (PLURAL_ACRONYM.test(token.text) && usage.has(token.text.toLowerCase()) && !allow.has(token.text)) return { token, kind: 'plural' };
  if (inRanges(zones.gloss, start, end) || inRanges(zones.bracket, start, end)) return 'hard';
  if (allow.has(token.text) || inRanges(allowed, start, end)) return 'soft';
  if (UNITS.has(token.text) || (UNITS_AFTER_NUMBER.has(token.text) && afterNumber(text, start))) return 'soft';
  const parts = wordParts(token.text);
  // Codes and model numbers (KB-BAC1, IIV3, G20, p53) mix letters and digits in one part;
  // Su-35 and S-400 join a short prefix to a number. Birlestik-2024 is a name with a year.
  if (parts.some((part) => /\p{Nd}/u.test(part))) return 'soft';
  if (/\p{Nd}/u.test(token.text) && parts.every((part) => [...part].length <= 3 || isAcronym(part))) return 'soft';
  const words = parts.filter((part) => [...part].length > 1);
  // Single letters are group labels, variables, initials and units.
  if (words.length === 0) return 'soft';
  if (!parts.every((part) => usage.has(part.toLowerCase()))) return 'hard';
  let kind: Kind = 'name';
  for (const w of words) {
    const u = usage.get(w.toLowerCase())!;
    if (isAcronym(w) || (u.acronym && !u.lower)) return 'soft';
    const k: Kind = COMMON_WORDS[w.toLowerCase()] !== undefined || u.lower ? 'common' : u.capMid ? 'name' : w === w.toLowerCase() ? 'common' : 'unclear';
    if (RANK[k] > RANK[kind]) kind = k;
  }
  // A title in 《》 is a name, whatever words it is made of.
  if (inRanges(zones.title, start, end)) kind = 'name';
  else if (kind === 'name' && EPONYM_HEAD.test(text.slice(end, end + 8))) return 'soft';
  return { token, kind };
}

/** Flags joined into phrases across spaces, light punctuation and acceptable Latin between them. */
function groups(flags: readonly (Flag | 'soft' | 'hard')[], text: string): Flag[][] {
  const out: Flag[][] = [];
  let current: Flag[] = [];
  let lastEnd = -1;
  for (const f of flags) {
    if (f === 'hard') {
      if (current.length) out.push(current);
      current = [];
      continue;
    }
    if (f === 'soft') continue;
    if (f.kind === 'plural') {
      if (current.length) out.push(current);
      out.push([f]);
      current = [];
      continue;
    }
    if (current.length && !/^[\s,;:.!?'"’“”\-–—/&\p{Script=Latin}\p{Nd}]*$/u.test(text.slice(lastEnd, f.token.start))) {
      out.push(current);
      current = [];
    }
    current.push(f);
    lastEnd = f.token.end;
  }
  if (current.length) out.push(current);
  return out;
}
