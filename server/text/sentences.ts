// Sentence segmentation for English news and for Chinese. A first, rule-based splitter: the
// sentence aligner (issue 6) builds on it, so it only has to be right on what news text does
// (titles, initials, dotted acronyms, dates, quotes), and it must never lose or reorder text.

import { TextMemo } from './memo.ts';
import { codeUnitFlags } from './code-units.ts';

/** One sentence of a paragraph: UTF-16 offsets into the paragraph (end exclusive) and its text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export type Lang = 'en' | 'zh';

// Every system's translation of one source splits the same English.
const englishMemo = new TextMemo<readonly Sentence[]>(20_000);

export function splitSentences(text: string, lang: Lang): readonly Sentence[] {
  return lang === 'en' ? englishMemo.get(text, splitEnglish) : splitChinese(text);
}

// ---------------------------------------------------------------------------------------
// English

/** Abbreviations that are never the last word of a sentence: they always precede a name. */
const TITLES = new Set(
  'Mr Mrs Ms Messrs Mme Dr Prof Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Brig Gov Sen Rep Rev Hon Pres Supt Insp Amb Atty St Ste Mt Ft vs v cf e.g i.e viz'.split(' '),
);
/** Abbreviations that come before a number ("No. 5", "Aug. 9", "p. 12"). */
const BEFORE_NUMBER = new Set(
  'No Nos no nos Art art p pp Vol vol Fig fig Sec sec Ch ch Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec approx est pop ca c nr tel Tel ext'.split(' '),
);
/**
 * Abbreviations that may end a sentence ("... Apple Inc. The company", "in the U.S. But");
 * after them a boundary needs the next word to look like a sentence start.
 */
const MAY_END = new Set('etc Inc Corp Co Ltd Jr Sr Bros Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec a.m p.m A.M P.M'.split(' '));
/** Words that typically open an English sentence; they decide the ambiguous cases above. */
const STARTERS = new Set(
  (
    'The A An This That These Those There Then He She It They We I You His Her Its Their Our My Your ' +
    'But And Or So Yet Still However Meanwhile Moreover In On At As If When While After Before Since ' +
    'Although Though Because For From With Without By To Under Over Last Next Some Many Most All Both ' +
    'Such What Who Why How Where Which Other Another One Two Three No Not Now Earlier Later Also'
  ).split(' '),
);

const EN_TERMINATOR = /[.?!…]/;
/** What may follow a sentence-final mark and still belong to the sentence. */
const EN_CLOSER = /["'”’)\]»]/;
const EN_OPENER = /["'“‘(\[«]/;
/** Sticky, so that reading the next word never copies the rest of a long paragraph. */
const WORD = /[\p{L}\p{N}]+/uy;

export function splitEnglish(text: string): Sentence[] {
  const cuts: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (!EN_TERMINATOR.test(text[i]!)) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < text.length && EN_TERMINATOR.test(text[i]!)) i++;
    const run = text.slice(runStart, i);
    let k = i;
    while (k < text.length && EN_CLOSER.test(text[k]!)) k++;
    const closed = k > i;
    // A mark inside a token (3.5, Haqqin.az, U.S.-led) is not a boundary.
    if (k < text.length && !/\s/.test(text[k]!)) {
      i = k;
      continue;
    }
    if (isEnglishBoundary(text, runStart, run, closed, k)) cuts.push(k);
    i = k;
  }
  return pieces(text, cuts);
}

function isEnglishBoundary(text: string, runStart: number, run: string, closed: boolean, after: number): boolean {
  let l = after;
  while (l < text.length && /\s/.test(text[l]!)) l++;
  if (l >= text.length) return true;
  let w = l;
  while (w < text.length && EN_OPENER.test(text[w]!)) w++;
  WORD.lastIndex = w;
  const next = WORD.exec(text)?.[0] ?? '';
  const first = next[0] ?? '';
  // Sentences start with a capital, a digit or a quotation; "Why?" he asked. goes on.
  if (/\p{Ll}/u.test(first)) return false;
  if (first === '' && /[-–—]/.test(text[w] ?? '')) return false;
  if (/[?!]/.test(run) || closed) return true;
  const startsWord = STARTERS.has(next);
  const isDigit = /\p{N}/u.test(first);
  if (run.length > 1 || run === '…') {
    // An ellipsis set off by spaces marks words left out of a quotation, not an end.
    return /\s/.test(text[runStart - 1] ?? ' ') ? startsWord : true;
  }
  const token = wordBefore(text, runStart);
  if (token === '') return true;
  if (TITLES.has(token)) return false;
  if (BEFORE_NUMBER.has(token) && isDigit) return false;
  // Initials (J. R. Tolkien, John F. Kennedy) and dotted acronyms (U.S., U.N., E.U.).
  if (/^\p{Lu}$/u.test(token) || /^(?:\p{L}\.)+\p{L}$/u.test(token) || MAY_END.has(token)) return startsWord;
  return true;
}

/** The token that ends at a full stop, without opening quotes or brackets. */
function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && !/[\s"'“‘(\[«]/.test(text[s - 1]!)) s--;
  return text.slice(s, end);
}

// ---------------------------------------------------------------------------------------
// Chinese

// What each character is to the Chinese splitter, as bit flags in a table by UTF-16 code unit:
// it looks at every character of every Chinese paragraph, and a RegExp test (or a Set lookup)
// per character cost more than all the rest of it.
const TERMINATOR = 1;
const CLOSER = 2;
const TITLE_OPEN = 4;
const TITLE_CLOSE = 8;
const ZH_KIND = codeUnitFlags([
  ['。！？!?.…．｡', TERMINATOR],
  ['”’」』）》〉】)', CLOSER],
  ['《〈', TITLE_OPEN],
  ['》〉', TITLE_CLOSE],
]);
// The full-width full stop ． is also a decimal point (3．5), so it is treated like the half-width one.
const ZH_FULL_TERMINATOR = /[。！？…｡]/;
const ZH_OPENER = /[“‘「『（(【]/;
const HAN = /^\p{Script=Han}/u;
const STRAIGHT_QUOTE = 0x22; // "

export function splitChinese(text: string): Sentence[] {
  const cuts: number[] = [];
  let title = 0; // depth inside 《》 (and 〈〉): book and article titles are never split
  let straightOpen = false; // parity of half-width double quotes, to tell closing from opening
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const kind = ZH_KIND[c]!;
    if (kind & TITLE_OPEN) title++;
    else if (kind & TITLE_CLOSE && title > 0) title--;
    else if (c === STRAIGHT_QUOTE) straightOpen = !straightOpen;
    if (!(kind & TERMINATOR) || title > 0) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < text.length && ZH_KIND[text.charCodeAt(i)]! & TERMINATOR) i++;
    const run = text.slice(runStart, i);
    let k = i;
    for (; k < text.length; k++) {
      const d = text.charCodeAt(k);
      if (ZH_KIND[d]! & CLOSER) {
        if (ZH_KIND[d]! & TITLE_CLOSE && title > 0) title--;
      } else if (d === STRAIGHT_QUOTE && straightOpen) straightOpen = false;
      else break;
    }
    if (ZH_FULL_TERMINATOR.test(run) || halfWidthEnds(text, runStart, run, k)) cuts.push(k);
    i = k;
  }
  return pieces(text, cuts);
}

/**
 * Half-width . ? ! in Chinese text (machine output often has them) end a sentence only when
 * Chinese follows, so that 3.5亿, U.S.政府 and Latin text inside the Chinese stay whole.
 */
function halfWidthEnds(text: string, runStart: number, run: string, after: number): boolean {
  let l = after;
  while (l < text.length && /[ \t\u00a0]/.test(text[l]!)) l++;
  if (l >= text.length) return true;
  while (l < text.length && ZH_OPENER.test(text[l]!)) l++;
  // A closing quote before the Chinese was absorbed already; Latin or digits next go on.
  if (!HAN.test(text.slice(l, l + 2))) return false;
  if (/^[.．]+$/.test(run)) {
    const before = text[runStart - 1] ?? '';
    if (/\p{N}/u.test(before)) return false;
    // The last letter of a dotted acronym (U.S.) is a single letter after a dot or a non-letter.
    if (/\p{Script=Latin}/u.test(before) && !/\p{Script=Latin}/u.test(text[runStart - 2] ?? '')) return false;
    // An English title before a Chinese name (Dr.李) belongs to the name.
    if (TITLES.has(latinWordBefore(text, runStart))) return false;
  }
  return true;
}

function latinWordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && /[A-Za-z]/.test(text[s - 1]!)) s--;
  return text.slice(s, end);
}

// ---------------------------------------------------------------------------------------

/** Cuts text at the given offsets into trimmed, non-empty sentences. */
function pieces(text: string, cuts: number[]): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (const to of [...cuts, text.length]) {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    from = to;
  }
  return out;
}
