import type { Draft, SegmentRule } from '../types.ts';
import { codePointOffsets } from '../../text/codepoints.ts';
import { HAN as HAN_CH } from '../../text/scripts.ts';
import { CodeUnitClass, WHITE_SPACE } from '../../text/code-units.ts';
import { execAll } from '../../text/regexp.ts';

// GB/T 15834 puts full-width marks in Chinese running text; MT output trained on mixed
// data often keeps the English ones. A half-width mark counts as "in Chinese text" when
// the clause it closes is Chinese: the nearest letter before it is a Chinese character,
// or a Latin/digit run that itself follows Chinese ("使用MRI,发现"), or, at the start of
// a paragraph, the text after it is Chinese. Numbers (1,000 / 9:00), URLs, e-mail
// addresses and Latin text on both sides are left alone.
//
// Parentheses around Latin letters and digits only — "(CSTO)", "(HLIM)", "(n=39)" after
// a Chinese name — are left half-width on purpose. In the MQM dev set the raters marked
// 17 of 184 such pairs in MT output, against 43 of 54 pairs holding Chinese, and the human
// reference translations write 42 of 44 Latin-only pairs half-width but all 20 pairs
// holding Chinese full-width. GB/T 15834 would make them full-width too; flagging them
// would make most findings of this rule ones that editors dismiss.

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const ANY_MARK = /[,:;?!()]/;
const LETTER = /\p{L}/u;

// Characters a Latin/digit run may contain and still be "the same run" for deciding
// whether it follows Chinese: "(CSTO)", "1,000", "9:00", "5%", "U.S.", "Baku's".
const RUN_PUNCT = new Set(Array.from(".'’-&/_:,;%+#@()[]!?", (c) => c.charCodeAt(0)));
// Chinese punctuation: what follows it is Chinese context, like what follows a character.
const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff65\u2014\u2026\u00b7]/;
const CURLY_OPEN = 0x201c; // “
const CURLY_CLOSE = 0x201d; // ”

// The scan classifies every character of a paragraph: by code unit, from tables the RegExps
// fill (text/code-units.ts).
const HAN_UNIT = new CodeUnitClass(HAN_CH);
const LETTER_UNIT = new CodeUnitClass(LETTER);
const CJK_PUNCT_UNIT = new CodeUnitClass(CJK_PUNCT);

const URL_OR_EMAIL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef"“”'‘’<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

type Cls = 0 | 1 | 2 | 3; // none, Han, Latin letter (any non-Han letter), digit
const NONE = 0, HAN = 1, LAT = 2, DIG = 3;

interface Scan {
  /** Class of each UTF-16 unit (low surrogates copy their pair). */
  cls: Uint8Array;
  /** Nearest letter/digit before i (skipping spaces and punctuation) and whether its run follows Chinese. */
  prevCls: Uint8Array;
  prevAfterHan: Uint8Array;
  /** Nearest letter/digit after i. */
  nextCls: Uint8Array;
  /** hanBefore[i] = number of Han units before i, to test a bracket's content in O(1). */
  hanBefore: Uint32Array;
  masked: Uint8Array;
}

function scan(text: string): Scan {
  const n = text.length;
  const cls = new Uint8Array(n);
  const masked = new Uint8Array(n);
  for (const m of execAll(URL_OR_EMAIL, text)) {
    // A URL ending a clause keeps its trailing mark outside (as linkifiers do).
    const end = m.index + m[0].replace(/[.,;:!?)]+$/, '').length;
    masked.fill(1, m.index, end);
  }
  for (let i = 0; i < n; i++) {
    const c = text.codePointAt(i)!;
    let k: Cls = NONE;
    if (c >= 0x30 && c <= 0x39) k = DIG;
    else if (HAN_UNIT.hasCodePoint(c)) k = HAN;
    else if (LETTER_UNIT.hasCodePoint(c)) k = LAT;
    cls[i] = k;
    if (c > 0xffff) cls[++i] = k;
  }
  const prevCls = new Uint8Array(n);
  const prevAfterHan = new Uint8Array(n);
  const hanBefore = new Uint32Array(n + 1);
  let last: Cls = NONE;
  let lastAfterHan = 0;
  let afterHan = 0;
  let hans = 0;
  let spaceAfterLatin = false;
  for (let i = 0; i < n; i++) {
    prevCls[i] = last;
    prevAfterHan[i] = lastAfterHan;
    hanBefore[i] = hans;
    const k = cls[i] as Cls;
    const u = text.charCodeAt(i);
    if (k === HAN) {
      hans++;
      afterHan = 1;
      last = HAN;
      lastAfterHan = 1;
    } else if (k === LAT || k === DIG) {
      // Two Latin words in a row are an English phrase ("Why not?"), whose marks are its own;
      // one term (使用MRI,) still belongs to the Chinese clause around it.
      if (spaceAfterLatin) afterHan = 0;
      last = k;
      lastAfterHan = afterHan;
    } else if (CJK_PUNCT_UNIT.has(u)) {
      afterHan = 1;
    } else if (!WHITE_SPACE.has(u) && !RUN_PUNCT.has(u) && u !== CURLY_OPEN && u !== CURLY_CLOSE) {
      // Straight quotes and other symbols usually open English material.
      afterHan = 0;
    }
    if (WHITE_SPACE.has(u)) spaceAfterLatin ||= cls[i - 1] === LAT;
    else spaceAfterLatin = false;
  }
  hanBefore[n] = hans;
  const nextCls = new Uint8Array(n);
  let next: Cls = NONE;
  for (let i = n - 1; i >= 0; i--) {
    nextCls[i] = next;
    const k = cls[i] as Cls;
    if (k !== NONE) next = k;
  }
  return { cls, prevCls, prevAfterHan, nextCls, hanBefore, masked };
}

/** UTF-16 indices of the half-width marks that belong to Chinese text, in order. */
export function offendingMarks(text: string): number[] {
  if (!ANY_MARK.test(text) || !HAN_CH.test(text)) return [];
  const s = scan(text);
  const bad = new Set<number>();
  const inChinese = (i: number): boolean => {
    const p = s.prevCls[i]!;
    const q = s.nextCls[i]!;
    if (p === HAN) return true;
    if (p === NONE) return q === HAN;
    return s.prevAfterHan[i] === 1 && q !== LAT && q !== DIG;
  };
  const opens: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (s.masked[i]) continue;
    if (ch === ',' || ch === ':' || ch === ';' || ch === '?' || ch === '!') {
      if (s.cls[i - 1] === DIG && s.cls[i + 1] === DIG) continue; // 1,000 · 9:00 · 3:2
      if (inChinese(i)) bad.add(i);
    } else if (ch === '(' || ch === '（') {
      opens.push(i);
    } else if (ch === ')' || ch === '）') {
      const o = opens.pop();
      if (o === undefined) {
        if (ch === ')' && (s.prevCls[i] === HAN || (s.prevCls[i] === NONE && s.nextCls[i] === HAN))) bad.add(i);
        continue;
      }
      const openHalf = text[o] === '(';
      const closeHalf = ch === ')';
      if (openHalf && closeHalf) {
        if (s.hanBefore[i]! - s.hanBefore[o + 1]! > 0) {
          bad.add(o);
          bad.add(i);
        }
      } else if (openHalf) bad.add(o); // （…) and (…） : the pair is Chinese already
      else if (closeHalf) bad.add(i);
    }
  }
  for (const o of opens) {
    if (text[o] === '(' && (s.nextCls[o] === HAN || s.prevCls[o] === HAN)) bad.add(o);
  }
  return [...bad].sort((a, b) => a - b);
}

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\u00a0';

export const punctuationWidth: SegmentRule = {
  id: 'punctuation-width',
  category: 'Linguistic conventions/Punctuation',
  severity: 'minor',
  description: 'Half-width , : ; ? ! ( ) in Chinese text, where GB/T 15834 uses full-width ，：；？！（）; one finding per paragraph that fixes them all.',
  docs: {
    bad: { source: 'ALMATY, Kazakhstan -- But was it more than posturing?', target: '阿拉木图,哈萨克斯坦——但这是否只是一种表态呢?' },
    good: { source: 'ALMATY, Kazakhstan -- But was it more than posturing?', target: '阿拉木图，哈萨克斯坦——但这是否只是一种表态呢？' },
  },
  scope: 'segment',
  defaultOptions: {},
  fixable: true,
  check({ pair, style }) {
    if (!style.fullWidthPunctuation) return [];
    const out: Draft[] = [];
    for (const p of pair.target) {
      const marks = offendingMarks(p.text);
      if (marks.length === 0) continue;
      const text = p.text;
      // Full-width marks carry their own spacing, so spaces around a replaced mark go with it.
      const drop = new Set<number>();
      for (const m of marks) {
        for (let j = m - 1; j >= 0 && isSpace(text[j]); j--) drop.add(j);
        for (let j = m + 1; j < text.length && isSpace(text[j]); j++) drop.add(j);
      }
      let start = marks[0]!;
      while (drop.has(start - 1)) start--;
      let end = marks[marks.length - 1]! + 1;
      while (drop.has(end)) end++;
      const markSet = new Set(marks);
      let fixed = '';
      for (let i = start; i < end; i++) {
        if (markSet.has(i)) fixed += FULL[text[i]!] ?? text[i]!;
        else if (!drop.has(i)) fixed += text[i]!;
      }
      const counts = new Map<string, number>();
      for (const m of marks) counts.set(text[m]!, (counts.get(text[m]!) ?? 0) + 1);
      const detail = [...counts].map(([ch, k]) => `${ch} ×${k}`).join(', ');
      const cp = codePointOffsets(text);
      out.push({
        target: { para: p.index, start: cp[start]!, end: cp[end]! },
        message: `${marks.length} half-width punctuation mark${marks.length === 1 ? '' : 's'} in Chinese text (${detail}); GB/T 15834 uses full-width ，：；？！（）`,
        confidence: 0.9,
        suggestion: fixed,
      });
    }
    return out;
  },
};
