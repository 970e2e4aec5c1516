// Numbers and dates as values, so that 24万 and 240,000, or 8月9日 and Aug. 9, compare
// equal. Used by source matching, the paragraph aligner and the number-mismatch rule.
//
// The two sides are read differently on purpose. What a translation is checked *against*
// (the English, with { loose: true }) is read generously — "two", "August", "G20", the
// 15:00 of "3 p.m." — because a value found there can only silence a finding. What is
// checked (the Chinese) is read strictly: a value read by mistake there is a false alarm.

import { TextMemo } from './memo.ts';
import { escapeRegExp, execAll } from './regexp.ts';

export interface NumberMention {
  /** Canonical value: a decimal string for numbers, "M-D" or "Y-M-D" for dates. */
  value: string;
  kind: 'number' | 'percent' | 'date' | 'year' | 'month' | 'ordinal' | 'fraction';
  start: number; // UTF-16 index in the text; callers convert at their boundary
  end: number;
  /** Other values the same mention may be written as on the other side (a date's day, 3 p.m. as 15, a decade's century). */
  also?: string[];
  /** Given as approximate: about, more than, 约, 多, 余, 左右. */
  approx?: boolean;
  /** Written in words (two, 二十, 三名) rather than digits. */
  words?: boolean;
  /** The measurement unit right after it, normalised (mile, km, ft, m, lb, kg, ...). */
  unit?: string;
  /** A fraction's numerator and denominator (三分之一 → [1, 3]), which the other side may give as "one in three". */
  parts?: [number, number];
  /**
   * A reading only context suggests (both → 2, May → 5, the 20 of G20): it may answer a value
   * on the other side but is not a figure of its own. Only loose English readings are weak.
   */
  weak?: boolean;
}

export interface EnglishOptions {
  /** Every plausible reading (spelled-out numbers, month names, digits inside codes): for the side values are looked up in. */
  loose?: boolean;
}

export interface ChineseOptions {
  /** Also single Chinese digits before a measure word (三名, 两架) and bare months (三月). */
  words?: boolean;
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Parses a Chinese numeral such as 二十, 三百五十, 两千零二十四, 一亿二千万, the colloquial
 * 三千五 (3,500) and digit-by-digit years such as 二〇二四. NaN when it is not a well-formed numeral.
 */
export function parseChineseNumeral(s: string): number {
  if (s === '') return NaN;
  const chars = [...s];
  if (chars.every((c) => c in CN_DIGITS)) {
    // Digit by digit, as years are read: 二〇二四.
    if (chars.length === 1) return CN_DIGITS[chars[0]!]!;
    return Number(chars.map((c) => CN_DIGITS[c]!).join(''));
  }
  // Three levels: what is already counted in 亿, in 万, and the section below 万.
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit = -1;
  let lastUnit = 0; // the last unit seen, for 三千五 = 3,500
  let zeroSince = false;
  for (const ch of chars) {
    if (ch in CN_DIGITS) {
      const d = CN_DIGITS[ch]!;
      if (d === 0) {
        zeroSince = true;
        continue;
      }
      // Two digits in a row (一五一十, 三四) are not one numeral.
      if (digit >= 0) return NaN;
      digit = d;
    } else if (ch in CN_SMALL_UNITS) {
      const u = CN_SMALL_UNITS[ch]!;
      // Units fall within a section: 百 after 十 (十百) is not a numeral.
      if (lastUnit !== 0 && lastUnit < 1e4 && u >= lastUnit) return NaN;
      section += (digit < 0 ? 1 : digit) * u;
      digit = -1;
      lastUnit = u;
      zeroSince = false;
    } else if (ch === '万') {
      wan += (section + Math.max(digit, 0) || 1) * 1e4;
      section = 0;
      digit = -1;
      lastUnit = 1e4;
      zeroSince = false;
    } else if (ch === '亿') {
      yi += (wan + section + Math.max(digit, 0) || 1) * 1e8;
      wan = 0;
      section = 0;
      digit = -1;
      lastUnit = 1e8;
      zeroSince = false;
    } else {
      return NaN;
    }
  }
  let tail = Math.max(digit, 0);
  // 三千五 is 3,500 and 一万二 12,000; 三千零五 is 3,005.
  if (digit > 0 && !zeroSince && lastUnit >= 100) tail = digit * (lastUnit / 10);
  return yi + wan + section + tail;
}

/** Canonical decimal string without float noise: 2.5e8 → "250000000", 0.1+0.2 → "0.3". */
export function canonical(n: number): string {
  // An integer of up to 12 digits has no noise to drop and prints as it is; most figures are
  // such integers, and toPrecision is the costliest step of reading one.
  if (Number.isInteger(n) && Math.abs(n) < 1e12) return String(n);
  return String(Number(n.toPrecision(12)));
}

/**
 * Mentions found so far, and which UTF-16 positions they (or what was passed over as part of
 * a code) took: a later pattern reads only free text, in O(1) per position.
 */
class Found {
  readonly list: NumberMention[] = [];
  // Made on the first take: most texts have no figure at all.
  private mask: Uint8Array | undefined;
  constructor(private readonly length: number) {}
  free(start: number, end: number): boolean {
    const mask = this.mask;
    if (mask) for (let i = start; i < end; i++) if (mask[i]) return false;
    return true;
  }
  take(start: number, end: number): void {
    (this.mask ??= new Uint8Array(this.length + 1)).fill(1, start, end);
  }
  add(m: NumberMention): void {
    this.list.push(m);
    this.take(m.start, m.end);
  }
}

const byStart = (a: NumberMention, b: NumberMention): number => a.start - b.start;

// ---------------------------------------------------------------- English

const EN_SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3,
};
const EN_MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const EN_UNITS: [RegExp, string][] = [
  [/^square\s+miles?\b/i, 'sqmile'],
  [/^square\s+(?:kilomet(?:er|re)s?|km)\b/i, 'sqkm'],
  [/^miles?\b|^mi\b/i, 'mile'],
  [/^(?:kilomet(?:er|re)s?|km)\b/i, 'km'],
  [/^(?:feet|foot|ft)\b/i, 'ft'],
  [/^(?:inch(?:es)?|in\.)/i, 'in'],
  [/^(?:met(?:er|re)s?|m)\b/i, 'm'],
  [/^(?:centimet(?:er|re)s?|cm)\b/i, 'cm'],
  [/^(?:pounds?|lbs?)\b/i, 'lb'],
  [/^(?:kilograms?|kilos?|kg)\b/i, 'kg'],
  [/^(?:acres?)\b/i, 'acre'],
  [/^(?:hectares?|ha)\b/i, 'ha'],
  [/^(?:gallons?)\b/i, 'gal'],
  [/^(?:lit(?:er|re)s?)\b/i, 'l'],
  [/^(?:degrees\s+)?(?:fahrenheit|°\s*F)\b/i, 'F'],
  [/^(?:degrees\s+)?(?:celsius|centigrade|°\s*C)\b/i, 'C'],
];

const EN_APPROX_BEFORE =
  /(?:\b(?:about|around|approximately|nearly|almost|some|roughly|over|under|an estimated|estimated|close to|upwards of|more than|less than|fewer than|at least|at most|up to|as many as|as much as)\s+(?:\$|€|£|US\$)?|[~≈<>]\s*)$/i;

function englishUnit(after: string): string | undefined {
  const s = after.replace(/^[\s-]+/, '');
  for (const [re, unit] of EN_UNITS) if (re.test(s)) return unit;
  return undefined;
}

const EN_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?/g;
const EN_DATE_DMY = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+(\d{4})\b)?/g;
const EN_NUMBER = /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(%|percent\b|per cent\b)|\s+(thousand|million|billion|trillion)\b)?/gi;
// Loose extras: "290 000", "$2.5bn", "£300m", "5k".
const EN_SPACED = /(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?![\d,])/g;
const EN_ABBREV_SCALE = /(?<![\w.])(\d+(?:\.\d+)?)\s?(bn|mn|m|k)\b/gi;
const EN_TIME = /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?/gi;
const EN_RANGE_SCALE = /^\s*(?:to|-|–|—|and|or)\s*(?:\$|€|£)?\d[\d.,]*\s*(thousand|million|billion|trillion)\b/i;
const EN_CLOCK = /(?<![\d.,])([01]\d|2[0-3])([0-5]\d)\s*(?:GMT|UTC|ET|EDT|EST|CET|BST|JST|local time|hours|hrs|h)\b/g;
const EN_ANY_DIGITS = /\d+(?:\.\d+)?/g;
const EN_DECADE = /(?<![\w])(?:(\d{2})(\d)0s|'(\d)0s)\b/g;
const EN_MONTH_NAME = /\b(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)(?![\w])/g;

const ONES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const WORD_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000,
};
/** Words that stand for a number without being numerals (both → 两, a decade → 十年). */
const IMPLIED: Record<string, number[]> = {
  both: [2], twice: [2], pair: [2], couple: [2], double: [2], doubled: [2], dual: [2], twin: [2], bilateral: [2], second: [2],
  once: [1], single: [1], thrice: [3], triple: [3], tripled: [3], trilateral: [3], quadrupled: [4],
  neither: [2], either: [2],
  twenties: [20], thirties: [30], forties: [40], fifties: [50], sixties: [60], seventies: [70], eighties: [80], nineties: [90],
  half: [0.5, 50], trimester: [3], trimesters: [3], triennial: [3], biennial: [2], quarter: [0.25, 25, 4], quarters: [0.75, 75, 4],
  decade: [10], decades: [10], century: [100], centuries: [100], fortnight: [14, 2], dozen: [12], noon: [12], midnight: [0, 12, 24],
};

// Where a spelled-out cardinal can start: a word of ONES or TENS, or "a" before a scale word
// (as spelledNumbers reads words: runs of ASCII letters, joined by blanks or a hyphen). Most
// paragraphs have none, and are not split into words.
const SPELLED_START = new RegExp(`(?<![A-Za-z])(?:${[...Object.keys(ONES), ...Object.keys(TENS)].join('|')}|a(?:\\s+|-)(?:hundred|thousand|million|billion|dozen))(?![A-Za-z])`, 'i');

/** Spelled-out cardinals ("twenty-five", "a hundred", "two million", "a dozen") as [start, end, value]. */
function spelledNumbers(text: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  if (!SPELLED_START.test(text)) return out;
  // Words and hyphen parts, with positions.
  const words: { w: string; start: number; end: number }[] = [];
  const WORD = /[A-Za-z]+/g;
  for (const m of execAll(WORD, text)) words.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  let i = 0;
  while (i < words.length) {
    const w = words[i]!.w;
    const isStart = w in ONES || w in TENS || (w === 'a' && words[i + 1] !== undefined && /^(hundred|thousand|million|billion|dozen)$/.test(words[i + 1]!.w) && adjacent(text, words[i]!, words[i + 1]!));
    if (!isStart) {
      i++;
      continue;
    }
    let total = 0;
    let current = 0;
    let last: 'one' | 'ten' | 'teen' | 'scale' | 'a' | null = null;
    let j = i;
    let end = words[i]!.end;
    for (; j < words.length; j++) {
      const x = words[j]!.w;
      if (j > i && !adjacent(text, words[j - 1]!, words[j]!)) break;
      if (x === 'a' && j === i) {
        last = 'a';
      } else if (x === 'and') {
        // "one hundred and five": only between a scale and what follows.
        if (last !== 'scale' || !words[j + 1] || !(words[j + 1]!.w in ONES || words[j + 1]!.w in TENS)) break;
        continue;
      } else if (x in ONES) {
        const v = ONES[x]!;
        if (last === 'one' || last === 'teen' || (last === 'ten' && v >= 10)) break;
        current += v;
        last = v >= 10 ? 'teen' : 'one';
      } else if (x in TENS) {
        if (last === 'one' || last === 'teen' || last === 'ten') break;
        current += TENS[x]!;
        last = 'ten';
      } else if (x === 'hundred') {
        current = (current || 1) * 100;
        last = 'scale';
      } else if (x === 'dozen') {
        current = (current || 1) * 12;
        last = 'scale';
      } else if (x in ORDINALS && last === 'ten' && text.slice(words[j - 1]!.end, words[j]!.start) === '-') {
        // twenty-first
        current += ORDINALS[x]!;
        end = words[j]!.end;
        j++;
        break;
      } else if (x in WORD_SCALES) {
        total += (current || 1) * WORD_SCALES[x]!;
        current = 0;
        last = 'scale';
      } else break;
      end = words[j]!.end;
    }
    if (last !== 'a') out.push([words[i]!.start, end, total + current]);
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Two words belong to one number when only spaces or a hyphen separate them. */
function adjacent(text: string, a: { end: number; w?: string }, b: { start: number }): boolean {
  const gap = text.slice(a.end, b.start);
  // "thirty-six thousand, five hundred": a comma may follow a scale word.
  return /^(?:\s+|-)$/.test(gap) || (a.w !== undefined && /^(?:thousand|million|billion|trillion)$/.test(a.w) && /^,\s+$/.test(gap));
}

// Remembered per text and options (see memo.ts): the aligner, the paragraph aligner and the
// number rule read the same paragraphs, and every system's translation the same English.
// One memo per reading, keyed by the text itself: a key built by concatenation would be
// hashed afresh on every call, which for a long paragraph costs more than it saves.
const memos = { strict: new TextMemo<readonly NumberMention[]>(20_000), loose: new TextMemo<readonly NumberMention[]>(20_000) };
// The strict Chinese reading is the words reading without its lone digits, which are looked
// for last and so change nothing before them: one reading gives both. The paragraph aligner
// asks for the one and number-mismatch for the other, of every paragraph.
const zhMemo = new TextMemo<ChineseReadings>(20_000);

export function englishNumbers(text: string, options: EnglishOptions = {}): readonly NumberMention[] {
  return (options.loose ? memos.loose : memos.strict).get(text, () => readEnglishNumbers(text, options));
}

export function chineseNumbers(text: string, options: ChineseOptions = {}): readonly NumberMention[] {
  const readings = zhMemo.get(text, readChineseNumbers);
  return options.words ? readings.words : readings.strict;
}

function readEnglishNumbers(text: string, options: EnglishOptions): NumberMention[] {
  const found = new Found(text.length);
  const loose = options.loose === true;
  const approxBefore = (start: number) => EN_APPROX_BEFORE.test(text.slice(Math.max(0, start - 24), start));
  const monthOf = (name: string) => EN_MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)]!;
  const date = (start: number, end: number, month: number, day: number, year: string | undefined) => {
    if (day < 1 || day > 31) return;
    const md = `${month}-${day}`;
    found.add({
      value: year ? `${year}-${md}` : md,
      kind: 'date',
      start,
      end,
      also: [md, String(month), String(day), ...(year ? [year] : [])],
    });
  };
  for (const m of execAll(EN_DATE, text)) {
    date(m.index, m.index + m[0].length, monthOf(m[1]!), Number(m[2]), m[3]);
  }
  for (const m of execAll(EN_DATE_DMY, text)) {
    if (found.free(m.index, m.index + m[0].length)) date(m.index, m.index + m[0].length, monthOf(m[2]!), Number(m[1]), m[3]);
  }
  if (loose) {
    for (const m of execAll(EN_TIME, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!found.free(start, end)) continue;
      const h = Number(m[1]);
      const pm = m[3]!.toLowerCase() === 'p';
      const also = [String(h), ...(m[2] ? [String(Number(m[2]))] : [])];
      if (pm && h < 12) also.push(String(h + 12));
      if (!pm && h === 12) also.push('0');
      found.add({ value: String(h), kind: 'number', start, end, also });
    }
    // 0300 GMT: a 24-hour clock time, which Chinese gives as 3时.
    for (const m of execAll(EN_CLOCK, text)) {
      const start = m.index;
      const end = start + m[1]!.length + m[2]!.length;
      if (!found.free(start, end)) continue;
      const h = Number(m[1]);
      found.add({ value: String(h), kind: 'number', start, end, also: [String(Number(m[2])), ...(h > 12 ? [String(h - 12)] : [])] });
    }
    for (const m of execAll(EN_SPACED, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!found.free(start, end)) continue;
      const parts = m[1]!.split(/[ \u00a0\u202f]/);
      found.add({ value: canonical(Number(parts.join(''))), kind: 'number', start, end, also: parts.map((p) => canonical(Number(p))) });
    }
    for (const m of execAll(EN_ABBREV_SCALE, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!found.free(start, end)) continue;
      const base = Number(m[1]);
      const scale = EN_SCALES[m[2]!.toLowerCase()]!;
      // "5m" may be five metres: keep both readings.
      found.add({ value: canonical(base * scale), kind: 'number', start, end, also: [canonical(base)], approx: approxBefore(start) });
    }
  }
  for (const m of execAll(EN_NUMBER, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!found.free(start, end)) continue;
    const base = Number(m[1]!.replace(/,/g, '') + (m[2] ?? ''));
    const scale = m[4] ? EN_SCALES[m[4].toLowerCase()]! : 1;
    const isYear = !m[2] && !m[4] && !m[3] && /^(1[89]|20)\d\d$/.test(m[1]!);
    const kind = m[3] ? 'percent' : isYear ? 'year' : 'number';
    const unit = m[3] || m[4] ? undefined : englishUnit(text.slice(end, end + 24));
    const also: string[] = [];
    if (isYear) {
      // 1990 may come back as 90 (90年代) or its century (20世纪).
      also.push(String(Number(m[1]!.slice(2))), String(Math.floor(Number(m[1]) / 100) + 1));
    }
    if (m[4]) also.push(canonical(base));
    // "3 to 5 million": the first figure shares the scale of the second.
    const shared = !m[4] && !m[3] ? EN_RANGE_SCALE.exec(text.slice(end, end + 40)) : null;
    if (shared) also.push(canonical(base * EN_SCALES[shared[1]!.toLowerCase()]!));
    // COVID-19, Su-35, F-16: the number of a name.
    const code = /[A-Za-z][-‐]$/.test(text.slice(Math.max(0, start - 2), start));
    found.add({
      value: canonical(base * scale),
      kind,
      start,
      end,
      ...(code && { weak: true }),
      ...(also.length && { also }),
      ...(approxBefore(start) && { approx: true }),
      ...(unit && { unit }),
    });
  }
  if (loose) looseEnglish(text, found, approxBefore);
  return found.list.sort(byStart);
}

function looseEnglish(text: string, found: Found, approxBefore: (s: number) => boolean): void {
  for (const [start, end, value] of spelledNumbers(text)) {
    if (!found.free(start, end)) continue;
    const unit = englishUnit(text.slice(end, end + 24));
    const also: string[] = [];
    // "two decades" → 二十年, "three quarters" → 四分之三.
    const next = /^[\s-]+(decades?|centuries|century|dozen|thirds?|quarters?|fifths?|tenths?)\b/i.exec(text.slice(end, end + 16));
    if (next) {
      const w = next[1]!.toLowerCase();
      if (w.startsWith('decade')) also.push(canonical(value * 10));
      else if (w.startsWith('centur')) also.push(canonical(value * 100));
      else if (w.startsWith('third')) also.push(canonical(value / 3), '3');
      else if (w.startsWith('quarter')) also.push(canonical(value / 4), canonical((value * 100) / 4), '4');
      else if (w.startsWith('fifth')) also.push(canonical(value / 5), '5');
      else if (w.startsWith('tenth')) also.push(canonical(value / 10), '10');
    }
    // "one" is as often a pronoun (one of them, no one) as a figure.
    const weak = value === 1 && /^one$/i.test(text.slice(start, end));
    found.add({ value: canonical(value), kind: 'number', start, end, words: true, ...(weak && { weak }), ...(also.length && { also }), ...(approxBefore(start) && { approx: true }), ...(unit && { unit }) });
  }
  const WORDY = /\b([A-Za-z]+(?:-[A-Za-z]+)?)\b/g;
  for (const m of execAll(WORDY, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!found.free(start, end)) continue;
    const w = m[1]!.toLowerCase();
    const parts = w.split('-');
    const lastPart = parts[parts.length - 1]!;
    if (lastPart in ORDINALS) {
      const head = parts.length === 2 ? (TENS[parts[0]!] ?? 0) : 0;
      const n = head + ORDINALS[lastPart]!;
      found.add({ value: String(n), kind: 'ordinal', start, end, words: true, weak: true, also: [canonical(1 / n)] });
    } else if (w in IMPLIED) {
      const [first, ...rest] = IMPLIED[w]!;
      found.add({ value: canonical(first!), kind: 'number', start, end, words: true, weak: true, ...(rest.length && { also: rest.map(canonical) }) });
    } else if (parts.length === 2 && (parts[1] === 'thirds' || parts[1] === 'third') && parts[0]! in ONES) {
      const k = ONES[parts[0]!]!;
      found.add({ value: canonical(k / 3), kind: 'fraction', start, end, words: true, also: [String(k), '3'] });
    }
  }
  for (const m of execAll(EN_MONTH_NAME, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!found.free(start, end)) continue;
    const month = EN_MONTHS[m[1]!.toLowerCase().slice(0, m[1]!.toLowerCase().startsWith('sept') ? 4 : 3)]!;
    found.add({ value: String(month), kind: 'month', start, end, words: true, weak: true });
  }
  for (const m of execAll(EN_DECADE, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!found.free(start, end)) continue;
    const decade = m[1] !== undefined ? Number(`${m[1]}${m[2]}0`) : Number(`19${m[3]}0`);
    found.add({ value: String(decade), kind: 'year', start, end, also: [String(decade % 100), String(Math.floor(decade / 100) + 1)] });
  }
  // Digits inside names and codes (G20, MI6, COVID-19): the translation may spell them out (二十国集团).
  for (const m of execAll(EN_ANY_DIGITS, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!found.free(start, end)) continue;
    found.add({ value: canonical(Number(m[0])), kind: 'number', start, end, weak: true });
  }
  // A fraction written a/b (2/3) may come back as 三分之二.
  for (const m of execAll(/(?<![\d.])(\d{1,2})\/(\d{1,2})(?![\d/])/g, text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // Read last and over what is taken: "2/3" is also the figures 2 and 3.
    if (b > 0 && a < b) found.list.push({ value: canonical(a / b), kind: 'fraction', start: m.index, end: m.index + m[0].length, weak: true });
  }
}

// ---------------------------------------------------------------- Chinese

const ZH_DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]/g;
const ZH_YEAR_MONTH = /(\d{4})年(\d{1,2})月(?![\d份])/g;
// 百万/千万/十万 after digits are MT calques of "million" (250百万) but still values. 千 before
// 米/克/瓦 is the prefix kilo- (5千米 is 5 km), not a thousand.
const ZH_NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万亿|百万|千万|十万|亿|万|千(?![米克瓦]))?(%|％)?/g;
const ZH_RANGE_SCALE = /^\s*[-~～至到—–]\s*\d+(?:\.\d+)?\s*(万亿|亿|万)/;
/** Characters of Chinese numerals, the digits with their units. */
const ZH_NUMERALS = '零〇一二两三四五六七八九十百千万亿';
const ZH_NUMERAL = new RegExp(`[${ZH_NUMERALS}]{2,}`, 'g');
// Bounded runs: an unbounded one before 分之 backtracks quadratically over a long run of numerals.
const ZH_FRACTION = /(百|千|[零〇一二两三四五六七八九十]{1,6}|\d{1,9})分之([零〇一二两三四五六七八九十百]{1,6}|\d{1,9}(?:\.\d+)?)/g;
const ZH_SCALES: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4, 千: 1e3 };
/** Units of measurement after a Chinese figure, by the forms that open them (longer forms first where one opens another). */
const ZH_UNITS: [forms: readonly string[], unit: string][] = [
  [['平方英里'], 'sqmile'],
  [['平方公里'], 'sqkm'],
  [['英里'], 'mile'],
  [['公里', '千米'], 'km'],
  [['英尺'], 'ft'],
  [['英寸'], 'in'],
  [['厘米'], 'cm'],
  [['米'], 'm'],
  [['磅'], 'lb'],
  [['公斤', '千克'], 'kg'],
  [['英亩'], 'acre'],
  [['公顷'], 'ha'],
  [['加仑'], 'gal'],
  [['升'], 'l'],
  [['华氏'], 'F'],
  [['摄氏度', '℃', '°C'], 'C'],
];
/** Measure words after which a lone Chinese digit is a count (三名士兵, 两架飞机). */
const MEASURE = '名个位人次架艘辆天年周岁家座所条项枚起例只头场届轮批份件种部台颗层';
const ZH_SINGLE = new RegExp(`(?<![第数几${ZH_NUMERALS}])([二两三四五六七八九十])(?=[${MEASURE}]|月|分钟|小时|公里|英里|米|吨)`, 'g');
const ZH_APPROX_BEFORE = /(?:约|大约|近|将近|接近|超过|逾|多达|不到|不足|至少|上|大概|差不多|高达|达)$/;
const ZH_APPROX_AFTER = /^(?:多|余|左右|上下|以上|以下|来|几)/;
// Latin letters (or a Latin word and a hyphen) right before or after digits make them part of a code (MI6, G7, COVID-19, 5G).
const CODE_BEFORE = /[A-Za-z][-‐–]?$/;
const CODE_AFTER = /^(?:[-‐–]?[A-Za-z])/;
// ...unless the letters are a unit of measurement (10mg, 5km, 3%).
const UNIT_AFTER = /^(?:mg|μg|ug|ng|g|kg|km|m|cm|mm|ml|mL|L|l|h|min|s|ms|IU|kDa|Hz|MHz|GHz|GB|MB|KB|kW|MW|GW|V|mmHg|mmol|μmol|mol)(?![A-Za-z])/;

// The first characters of the units (after blanks): most figures have none after them, and
// then the units are not tried one by one.
const ZH_UNIT_START = new RegExp(`^\\s*[${escapeRegExp([...new Set(ZH_UNITS.flatMap(([forms]) => forms.map((f) => f[0]!)))].join(''))}]`);

function zhUnit(after: string): string | undefined {
  if (!ZH_UNIT_START.test(after)) return undefined;
  const s = after.replace(/^\s+/, '');
  for (const [forms, unit] of ZH_UNITS) if (forms.some((f) => s.startsWith(f))) return unit;
  return undefined;
}

function zhApprox(text: string, start: number, end: number): boolean {
  return ZH_APPROX_BEFORE.test(text.slice(Math.max(0, start - 3), start)) || ZH_APPROX_AFTER.test(text.slice(end, end + 2));
}

function zhCode(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 6);
  return CODE_BEFORE.test(before) || (CODE_AFTER.test(after) && !UNIT_AFTER.test(after.replace(/^\s+/, '')));
}

// Every pattern needs an ASCII digit or a Chinese numeral (the dates a 月 too): a pattern
// whose characters a sentence lacks is not run over it (this runs for every paragraph and
// sentence of a corpus, several times).
const ASCII_DIGIT = /\d/;
const ZH_NUMERAL_CHAR = new RegExp(`[${ZH_NUMERALS}]`);

interface ChineseReadings {
  strict: readonly NumberMention[];
  /** With the lone digits before a measure word (ChineseOptions.words). */
  words: readonly NumberMention[];
}

const NONE: readonly NumberMention[] = Object.freeze([]);
const NO_READINGS: ChineseReadings = { strict: NONE, words: NONE };

function readChineseNumbers(text: string): ChineseReadings {
  const digits = ASCII_DIGIT.test(text);
  const numerals = ZH_NUMERAL_CHAR.test(text);
  if (!digits && !numerals) return NO_READINGS;
  const found = new Found(text.length);
  if (digits && text.includes('月')) {
    for (const m of execAll(ZH_DATE, text)) {
      const value = m[1] ? `${m[1]}-${Number(m[2])}-${Number(m[3])}` : `${Number(m[2])}-${Number(m[3])}`;
      found.add({ value, kind: 'date', start: m.index, end: m.index + m[0].length });
    }
    for (const m of execAll(ZH_YEAR_MONTH, text)) {
      if (!found.free(m.index, m.index + m[0].length)) continue;
      const yEnd = m.index + m[1]!.length;
      found.add({ value: m[1]!, kind: 'year', start: m.index, end: yEnd });
      const mStart = m.index + m[0].indexOf('年') + 1;
      found.add({ value: String(Number(m[2])), kind: 'month', start: mStart, end: mStart + m[2]!.length });
    }
  }
  if (text.includes('分之')) {
    for (const m of execAll(ZH_FRACTION, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!found.free(start, end)) continue;
      const den = m[1] === '百' ? 100 : m[1] === '千' ? 1000 : /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
      const num = /\d/.test(m[2]!) ? Number(m[2]) : parseChineseNumeral(m[2]!);
      if (!Number.isFinite(den) || !Number.isFinite(num) || den === 0) continue;
      const words = !/\d/.test(m[0]);
      found.add(
        den === 100
          ? { value: canonical(num), kind: 'percent', start, end, ...(words && { words }) }
          : { value: canonical(num / den), kind: 'fraction', start, end, parts: [num, den], ...(words && { words }) },
      );
    }
  }
  if (digits) {
    for (const m of execAll(ZH_NUMBER, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!found.free(start, end)) continue;
      // Digits glued to other digits by a dot or colon are one figure read elsewhere (times, versions).
      if (zhCode(text, start, start + m[1]!.length + (m[2]?.length ?? 0))) {
        found.take(start, end);
        continue;
      }
      // 483.5519.1: two figures run together by the translation; one garbled figure.
      const garbled = m[2] && !m[3] && !m[4] ? /^\.\d+/.exec(text.slice(end)) : null;
      if (garbled) {
        found.add({ value: text.slice(start, end + garbled[0].length), kind: 'number', start, end: end + garbled[0].length });
        continue;
      }
      const base = Number(m[1]!.replace(/,/g, '') + (m[2] ?? ''));
      const unit = m[3];
      const scale = unit ? ZH_SCALES[unit]! : 1;
      // 3至5万: the first figure shares the scale of the second.
      const shared = !unit && !m[4] ? ZH_RANGE_SCALE.exec(text.slice(end, end + 16)) : null;
      const isYear = !m[2] && !unit && !m[4] && text[end] === '年' && m[1]!.length === 4;
      const measure = m[4] || unit ? undefined : zhUnit(text.slice(end, end + 5));
      found.add({
        value: canonical(base * scale),
        kind: m[4] ? 'percent' : isYear ? 'year' : 'number',
        start,
        end,
        ...(shared && { also: [canonical(base * ZH_SCALES[shared[1]!]!)] }),
        ...(zhApprox(text, start, end) && { approx: true }),
        ...(measure && { unit: measure }),
      });
    }
  }
  for (const m of numerals ? execAll(ZH_NUMERAL, text) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (!found.free(start, end)) continue;
    // 五十两: a 两 after a unit is the tael, not a digit.
    const s = /[十百千万亿]两$/.test(m[0]) ? m[0].slice(0, -1) : m[0];
    if (s.length < 2) continue;
    const first = s[0]!;
    const isYear = text[end] === '年' && s.length === 4 && [...s].every((c) => c in CN_DIGITS);
    // 万一, 千万 (be sure to), 百万 (millions): a numeral starting with a large unit is a word or vague.
    if (!isYear && '百千万亿'.includes(first)) continue;
    // 一一, 三四 (three or four), 五六: digit runs without units are words or ranges, not values.
    if (!isYear && [...s].every((c) => c in CN_DIGITS)) continue;
    // 数十万, 几百: "tens of thousands", "several hundred" — vague on purpose.
    if (/[数几成上]$/.test(text.slice(Math.max(0, start - 1), start))) continue;
    const n = parseChineseNumeral(s);
    if (!Number.isFinite(n)) continue;
    const unit = zhUnit(text.slice(end, end + 5));
    found.add({
      value: canonical(n),
      kind: isYear ? 'year' : 'number',
      start,
      end: start + s.length,
      words: true,
      ...(zhApprox(text, start, end) && { approx: true }),
      ...(unit !== undefined && { unit }),
    });
  }
  const strict = found.list.sort(byStart);
  const lone: NumberMention[] = [];
  for (const m of numerals ? execAll(ZH_SINGLE, text) : []) {
    const start = m.index;
    const end = start + 1;
    if (!found.free(start, end)) continue;
    // 两人, 二位: "the two of them", said where English has "they".
    if ('两二'.includes(m[1]!) && '人位'.includes(text[end] ?? '')) continue;
    const isMonth = text[end] === '月';
    // Not taken: lone digits are single characters, none of which can overlap another.
    lone.push({
      value: String(CN_DIGITS[m[1]!] ?? 10),
      kind: isMonth ? 'month' : 'number',
      start,
      end,
      words: true,
      ...(zhApprox(text, start, end) && { approx: true }),
    });
  }
  return { strict, words: lone.length === 0 ? strict : [...strict, ...lone].sort(byStart) };
}
