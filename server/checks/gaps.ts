import { alignLinkSentences, type LinkSentences, type ParaSentence, type SentenceLink } from '../align/link-sentences.ts';
import { chineseLength, lengthCost, lengthDelta, RATIO } from '../align/paragraphs.ts';
import { toCodePoint } from '../text/codepoints.ts';
import { splitSentences, type Lang } from '../text/sentences.ts';
import type { Pair, Para, Span } from './types.ts';

// What one side of a document has that the other lacks, at three grains: whole paragraphs
// with no counterpart, sentences the sentence links leave alone, and links whose lengths
// disagree too much to be chance. `omission` reads the source side, `addition` the target side.

export type Side = 'source' | 'target';

export interface ParagraphGap {
  kind: 'paragraph';
  para: Para;
  /** Empty span on the other side where the counterpart would be. */
  at: Span;
}

export interface SentenceGap {
  kind: 'sentence';
  para: number;
  /** Code points in the paragraph. */
  start: number;
  end: number;
  text: string;
  at: Span;
  /** How much better the lengths near the gap fit without this sentence (−log likelihood). */
  gain: number;
}

export interface LengthGap {
  kind: 'length';
  /** What is compared: a whole link, or a source and a target sentence the sentence links could not match. */
  source: Span;
  target: Span;
  /** Chinese length over the length the English predicts. */
  ratio: number;
  /** Standardised difference of the lengths (Gale–Church δ). */
  delta: number;
}

export type Gap = ParagraphGap | SentenceGap | LengthGap;

export interface GapOptions {
  /** A source sentence shorter than this many words is a fragment, not an omission. */
  minWords: number;
  /** The same for target sentences, in Chinese characters (Latin counted at the English rate). */
  minChars: number;
  /** Lengths must fit this much better (−log likelihood) without the sentence. */
  minGain: number;
  /** Length outliers: Chinese length / expected below this (source side) or above 1/this (target side)... */
  ratio: number;
  /** ...and the Gale–Church δ at least this far from 0... */
  delta: number;
  /** ...and at least this many Chinese characters missing or extra (about a clause), since short sources vary most. */
  minExcess: number;
}

const hasContent = (t: string) => /[\p{L}\p{N}]/u.test(t);
const words = (t: string) => t.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0;
const otherOf = (side: Side): Side => (side === 'source' ? 'target' : 'source');
const linkKey = (side: Side) => (side === 'source' ? 'src' : 'tgt');

/**
 * How much longer (or shorter) this translation runs than the calibrated ratio: news with
 * many transliterated names runs longer than the MQM data the ratio comes from, and a verbose
 * translation must not hide a dropped sentence (nor a terse one invent them). The median of
 * the links' own ratios, so that the omissions being looked for do not move it; 1 when the
 * document has too few links to tell, and bounded so that one odd document stays plausible.
 */
function documentScale(pairs: readonly Pair[]): number {
  const ratios: number[] = [];
  for (const p of pairs) {
    const en = p.source.reduce((n, x) => n + x.text.trim().length, 0);
    const zh = p.target.reduce((n, x) => n + chineseLength(x.text.trim()), 0);
    if (en >= SCALE_MIN_CHARS && zh > 0) ratios.push(zh / (en * RATIO));
  }
  if (ratios.length < SCALE_MIN_LINKS) return 1;
  ratios.sort((x, y) => x - y);
  const mid = ratios.length / 2;
  const median = ratios.length % 2 ? ratios[Math.floor(mid)]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
  return Math.min(1.25, Math.max(0.8, median));
}
const SCALE_MIN_CHARS = 60;
const SCALE_MIN_LINKS = 5;

export function findGaps(pairs: readonly Pair[], side: Side, opts: GapOptions): Gap[] {
  const other = otherOf(side);
  const out: Gap[] = [];
  const doc = documentOf(pairs);
  for (let li = 0; li < pairs.length; li++) {
    const link = doc.link(li);
    const own = link[side];
    if (own.length === 0) continue;
    const others = link[other];
    if (others.length === 0) {
      const at = emptySpanNear(pairs, li, other);
      for (const p of own) out.push({ kind: 'paragraph', para: p, at });
      continue;
    }
    // With one sentence on each side the sentence links are 1-1, or 1-0 beside 0-1, whose
    // lengths are then compared as a pair: either way what is compared is the whole link's
    // lengths, below. So only links with more sentences are aligned (the costliest step).
    const found = doc.oneSentenceEach(li) ? [] : linkGaps(doc, li, side, opts);
    if (found.length > 0) out.push(...found);
    else {
      const lg = lengthGap(link.en * doc.scale, link.zh, side, opts);
      if (lg) out.push({ kind: 'length', source: wholeParagraph(link.source[0]!), target: wholeParagraph(link.target[0]!), ...lg });
    }
  }
  return out;
}

/** A link's paragraphs that hold content, and their lengths without surrounding white space. */
interface LinkContent {
  source: Para[];
  target: Para[];
  /** English characters of the source paragraphs. */
  en: number;
  /** Chinese length of the target paragraphs (chineseLength). */
  zh: number;
}

/**
 * What omission and addition both work out about one document, once: they read the same list
 * of Pair objects (the engine builds it once per document), the first one fills this and the
 * second reuses it. Only the last document is kept, so nothing outlives it for long (a WeakMap
 * entry per link cost more than the lookups it saved).
 */
class DocumentGaps {
  readonly scale: number;
  private readonly content: (LinkContent | undefined)[] = [];
  private readonly single: (boolean | undefined)[] = [];
  private readonly sentenceLinks: (LinkSentences | undefined)[] = [];

  constructor(readonly pairs: readonly Pair[]) {
    this.scale = documentScale(pairs);
  }

  link(li: number): LinkContent {
    let c = this.content[li];
    if (!c) {
      const pair = this.pairs[li]!;
      const source = pair.source.filter((p) => hasContent(p.text));
      const target = pair.target.filter((p) => hasContent(p.text));
      const en = source.reduce((n, p) => n + p.text.trim().length, 0);
      const zh = target.reduce((n, p) => n + chineseLength(p.text.trim()), 0);
      this.content[li] = c = { source, target, en, zh };
    }
    return c;
  }

  /** Whether each side of the link holds exactly one sentence (the English splits are remembered, the Chinese fast). */
  oneSentenceEach(li: number): boolean {
    const pair = this.pairs[li]!;
    return (this.single[li] ??= sentenceCount(pair.source, 'en') === 1 && sentenceCount(pair.target, 'zh') === 1);
  }

  /** The sentence links inside link li. */
  sentences(li: number): LinkSentences {
    const pair = this.pairs[li]!;
    return (this.sentenceLinks[li] ??= alignLinkSentences(pair.source, pair.target, this.scale));
  }
}

let lastDocument: DocumentGaps | undefined;

function documentOf(pairs: readonly Pair[]): DocumentGaps {
  if (lastDocument?.pairs !== pairs) lastDocument = new DocumentGaps(pairs);
  return lastDocument;
}

/** Sentences in the paragraphs, counted up to 2. */
function sentenceCount(paras: readonly Para[], lang: Lang): number {
  let n = 0;
  for (const p of paras) {
    n += splitSentences(p.text, lang).length;
    if (n > 1) break;
  }
  return n;
}

/** Sentence links either side of a gap whose lengths decide whether the gap is real. */
const WINDOW = 2;

function linkGaps(doc: DocumentGaps, li: number, side: Side, opts: GapOptions): (SentenceGap | LengthGap)[] {
  const pair = doc.pairs[li]!;
  const scale = doc.scale;
  const other = otherOf(side);
  const la = doc.sentences(li);
  const links = la.links;
  const ownKey = linkKey(side);
  const otherKey = linkKey(other);
  const enOf = (k: number) => scale * links[k]!.src.reduce((n, i) => n + la.source[i]!.text.length, 0);
  const zhOf = (k: number) => links[k]!.tgt.reduce((n, i) => n + chineseLength(la.target[i]!.text), 0);
  const onlyOwn = (k: number) => k >= 0 && k < links.length && links[k]![ownKey].length > 0 && links[k]![otherKey].length === 0;
  const onlyOther = (k: number) => k >= 0 && k < links.length && links[k]![otherKey].length > 0 && links[k]![ownKey].length === 0;
  const out: (SentenceGap | LengthGap)[] = [];
  for (let k = 0; k < links.length; k++) {
    if (!onlyOwn(k)) continue;
    // A sentence left alone next to one left alone on the other side is a pair the length
    // model could not match (a sentence cut short or padded), not a sentence with no counterpart.
    const mate = onlyOther(k - 1) ? k - 1 : onlyOther(k + 1) ? k + 1 : -1;
    if (mate >= 0) {
      const s = la.source[(links[side === 'source' ? k : mate]!.src)[0]!]!;
      const t = la.target[(links[side === 'source' ? mate : k]!.tgt)[0]!]!;
      const lg = lengthGap(enOf(k) + enOf(mate), zhOf(k) + zhOf(mate), side, opts);
      if (lg) out.push({ kind: 'length', source: sentenceSpan(pair, 'source', s), target: sentenceSpan(pair, 'target', t), ...lg });
      continue;
    }
    for (const i of links[k]![ownKey]) {
      const s = la[side][i]!;
      const big = side === 'source' ? words(s.text) >= opts.minWords : chineseLength(s.text) >= opts.minChars && hasContent(s.text);
      if (!big) continue;
      // Lengths are compared near the gap only, so that a long link does not drown it.
      let en = 0;
      let zh = 0;
      for (let q = Math.max(0, k - WINDOW); q <= Math.min(links.length - 1, k + WINDOW); q++) {
        en += enOf(q);
        zh += zhOf(q);
      }
      const len = side === 'source' ? scale * s.text.length : chineseLength(s.text);
      const gain = side === 'source' ? lengthCost(en, zh) - lengthCost(en - len, zh) : lengthCost(en, zh) - lengthCost(en, zh - len);
      if (gain < opts.minGain) continue;
      const span = sentenceSpan(pair, side, s);
      out.push({ kind: 'sentence', ...span, text: s.text, at: sentencePosition(pair, other, la[other], links, k), gain });
    }
  }
  return out;
}

/** The length outlier, if these lengths are one; the caller says where (spans take time to work out). */
function lengthGap(en: number, zh: number, side: Side, opts: GapOptions): { ratio: number; delta: number } | null {
  if (en === 0) return null;
  const ratio = zh / (en * RATIO);
  const delta = lengthDelta(en, zh);
  const excess = zh - en * RATIO;
  const out =
    side === 'source'
      ? ratio < opts.ratio && delta <= -opts.delta && -excess >= opts.minExcess
      : ratio > 1 / opts.ratio && delta >= opts.delta && excess >= opts.minExcess;
  return out ? { ratio, delta } : null;
}

function sentenceSpan(pair: Pair, side: Side, s: ParaSentence): Span {
  const text = paraText(pair, side, s.para);
  return { para: s.para, start: toCodePoint(text, s.start), end: toCodePoint(text, s.end) };
}

/** Where the counterpart of sentence link k would start on the other side of the link. */
function sentencePosition(pair: Pair, other: Side, sents: ParaSentence[], ls: SentenceLink[], k: number): Span {
  const key = linkKey(other);
  for (let q = k + 1; q < ls.length; q++) {
    const first = ls[q]![key][0];
    if (first !== undefined) {
      const s = sents[first]!;
      const cp = toCodePoint(paraText(pair, other, s.para), s.start);
      return { para: s.para, start: cp, end: cp };
    }
  }
  for (let q = k - 1; q >= 0; q--) {
    const last = ls[q]![key].at(-1);
    if (last !== undefined) {
      const s = sents[last]!;
      const cp = toCodePoint(paraText(pair, other, s.para), s.end);
      return { para: s.para, start: cp, end: cp };
    }
  }
  const p = pair[other][0];
  return { para: p?.index ?? 0, start: 0, end: 0 };
}

/** Empty span at the start of the other side's next paragraph, else at the end of its previous one. */
function emptySpanNear(pairs: readonly Pair[], li: number, other: Side): Span {
  const here = pairs[li]![other][0];
  if (here) return { para: here.index, start: 0, end: 0 };
  for (let q = li + 1; q < pairs.length; q++) {
    const p = pairs[q]![other][0];
    if (p) return { para: p.index, start: 0, end: 0 };
  }
  for (let q = li - 1; q >= 0; q--) {
    const p = pairs[q]![other].at(-1);
    if (p) {
      const end = toCodePoint(p.text, p.text.length);
      return { para: p.index, start: end, end };
    }
  }
  return { para: 0, start: 0, end: 0 };
}

function paraText(pair: Pair, side: Side, index: number): string {
  return pair[side].find((p) => p.index === index)?.text ?? '';
}

/** Whole paragraph as a code-point span, without its surrounding white space. */
export function wholeParagraph(p: Para): Span {
  const s = p.text.length - p.text.trimStart().length;
  const e = p.text.trimEnd().length;
  return { para: p.index, start: toCodePoint(p.text, s), end: toCodePoint(p.text, Math.max(s, e)) };
}

/** A short quotation of a text for messages. */
export function excerpt(text: string, max = 60): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const cps = Array.from(t);
  return cps.length <= max ? t : `${cps.slice(0, max - 1).join('')}…`;
}
