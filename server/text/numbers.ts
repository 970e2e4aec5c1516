// Numbers and dates as values, so that 24万 and 240,000, or 8月9日 and Aug. 9, compare
// equal. Used by source matching now, and by the number checks and aligner later.

export interface NumberMention {
  /** Canonical value: a decimal string for numbers, "M-D" or "Y-M-D" for dates. */
  value: string;
  kind: 'number' | 'percent' | 'date' | 'year';
  start: number; // UTF-16 index in the text; callers convert at their boundary
  end: number;
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Parses a Chinese numeral such as 二十, 三百五十, 两千零二十四, 一亿二千万. NaN when not one. */
export function parseChineseNumeral(s: string): number {
  if (s === '') return NaN;
  // Three levels: what is already counted in 亿, in 万, and the section below 万.
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch]!;
    } else if (ch in CN_SMALL_UNITS) {
      section += (digit < 0 ? 1 : digit) * CN_SMALL_UNITS[ch]!;
      digit = -1;
    } else if (ch === '万') {
      wan += (section + Math.max(digit, 0) || 1) * 1e4;
      section = 0;
      digit = -1;
    } else if (ch === '亿') {
      yi += (wan + section + Math.max(digit, 0) || 1) * 1e8;
      wan = 0;
      section = 0;
      digit = -1;
    } else {
      return NaN;
    }
  }
  return yi + wan + section + Math.max(digit, 0);
}

/** Canonical decimal string without float noise: 2.5e8 → "250000000", 0.1+0.2 → "0.3". */
export function canonical(n: number): string {
  return String(Number(n.toPrecision(12)));
}

const EN_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const EN_MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const EN_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?/g;
const EN_NUMBER = /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(%|percent\b|per cent\b)|\s+(thousand|million|billion|trillion)\b)?/gi;

export function englishNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(EN_DATE)) {
    const month = EN_MONTHS[m[1]!.toLowerCase().slice(0, m[1]!.toLowerCase().startsWith('sept') ? 4 : 3)]!;
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    const value = m[3] ? `${m[3]}-${month}-${day}` : `${month}-${day}`;
    out.push({ value, kind: 'date', start: m.index, end: m.index + m[0].length });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(EN_NUMBER)) {
    if (taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const base = Number(m[1]!.replace(/,/g, '') + (m[2] ?? ''));
    const scale = m[4] ? EN_SCALES[m[4].toLowerCase()]! : 1;
    const kind = m[3] ? 'percent' : !m[2] && !m[4] && /^(1[89]|20)\d\d$/.test(m[1]!) ? 'year' : 'number';
    out.push({ value: canonical(base * scale), kind, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

const ZH_DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]/g;
const ZH_NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万亿|亿|万|千)?(%|％)?/g;
const ZH_NUMERAL = /[零〇一二两三四五六七八九十百千万亿]{2,}/g;

export function chineseNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const taken: [number, number][] = [];
  const free = (s: number) => !taken.some(([a, b]) => s >= a && s < b);
  for (const m of text.matchAll(ZH_DATE)) {
    const value = m[1] ? `${m[1]}-${Number(m[2])}-${Number(m[3])}` : `${Number(m[2])}-${Number(m[3])}`;
    out.push({ value, kind: 'date', start: m.index, end: m.index + m[0].length });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(ZH_NUMBER)) {
    if (!free(m.index)) continue;
    const base = Number(m[1]!.replace(/,/g, '') + (m[2] ?? ''));
    const unit = m[3];
    const scale = unit === '万亿' ? 1e12 : unit === '亿' ? 1e8 : unit === '万' ? 1e4 : unit === '千' ? 1e3 : 1;
    const isYear = !m[2] && !unit && !m[4] && text[m.index + m[0].length] === '年';
    out.push({
      value: canonical(base * scale),
      kind: m[4] ? 'percent' : isYear ? 'year' : 'number',
      start: m.index,
      end: m.index + m[0].length,
    });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(ZH_NUMERAL)) {
    if (!free(m.index)) continue;
    const n = parseChineseNumeral(m[0]);
    // 一 alone is too often a word (一些, 统一), so single digits are left out above.
    if (Number.isFinite(n)) out.push({ value: canonical(n), kind: 'number', start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
