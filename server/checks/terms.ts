import type { TermEntry } from './reference.ts';
import { escapeRegExp, execAll } from '../text/regexp.ts';
import { TextMemo } from '../text/memo.ts';

// Finding the newsroom's terms (corpus/terms.tsv) in English and their renderings in Chinese,
// shared by term-mismatch and term-inconsistent. Offsets are UTF-16; the rules convert.

export interface Hit {
  start: number;
  end: number;
}

export interface RenderingHit extends Hit {
  rendering: string;
}

const patterns = new Map<string, RegExp>();
const renderingPatterns = new Map<string, RegExp>();
const needles = new Map<string, string>();

/** The term's words at even indices, the spaces and hyphens between them at odd ones. */
const wordsAndGaps = (english: string): string[] => english.trim().split(/([\s\-‐‑–]+)/);

/**
 * The English term as a pattern: case-insensitive, whole words, the last word with simple
 * inflections (sanction → sanctions, exercise → exercising), and hyphens and spaces between
 * words interchangeable (op-ed, op ed, oped; secondary-sanctions).
 */
function termPattern(english: string): RegExp {
  let re = patterns.get(english);
  if (!re) {
    const parts = wordsAndGaps(english);
    const body = parts
      .map((p, i) => {
        if (i % 2 === 1) return /[-‐‑–]/.test(p) ? '(?:\\s*[-‐‑–]\\s*|\\s+|)' : '(?:\\s*[-‐‑–]\\s*|\\s+)';
        return i === parts.length - 1 ? `(?:${wordForms(p).map(escapeRegExp).join('|')})` : escapeRegExp(p);
      })
      .join('');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
    patterns.set(english, re);
  }
  return re;
}

/**
 * Lower-case ASCII letters and digits every match of the term's pattern starts with: the
 * first word, or what all forms of a one-word term share (cit for city, cities). Most
 * paragraphs name none of the newsroom's terms, and looking for these letters first spares
 * them the pattern, whose opening look-behind makes the engine try every position.
 */
function needleOf(english: string): string {
  let n = needles.get(english);
  if (n === undefined) {
    const parts = wordsAndGaps(english);
    const forms = parts.length === 1 ? wordForms(parts[0]!) : [parts[0]!.toLowerCase()];
    let prefix = forms[0] ?? '';
    for (const f of forms) while (!f.startsWith(prefix)) prefix = prefix.slice(0, -1);
    n = /^[a-z0-9]*/.exec(prefix)![0];
    needles.set(english, n);
  }
  return n;
}

// Under the pattern's case-insensitive Unicode matching, ſ matches s and the Kelvin sign k.
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

export function findTerm(text: string, english: string): Hit[] {
  if (english.trim() === '') return [];
  if (!mayHold(text.toLowerCase(), FOLDS_TO_ASCII.test(text), english)) return [];
  return execAll(termPattern(english), text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Whether a text (lower-cased: lower; folds: it holds a letter that folds to ASCII) can hold
 * the term: it has the letters every match starts with.
 */
function mayHold(lower: string, folds: boolean, english: string): boolean {
  const needle = needleOf(english);
  return needle === '' || folds || lower.includes(needle);
}

/** The first occurrence of each term in a text, by the term's index in the list; none: an empty array. */
export type TermHits = readonly (Hit | undefined)[];

const NO_HITS: TermHits = Object.freeze([]);
// Per term list (the read-only reference's), by text: both term rules ask about every term in
// every source paragraph, and every system's translation of a source has the same English.
const hitMemos = new WeakMap<readonly TermEntry[], TextMemo<TermHits>>();

/** Where each term of the list first occurs in text (findTerm's first hit), read once per text for all of them. */
export function termsIn(text: string, terms: readonly TermEntry[]): TermHits {
  if (terms.length === 0) return NO_HITS;
  let memo = hitMemos.get(terms);
  if (!memo) hitMemos.set(terms, (memo = new TextMemo(20_000)));
  return memo.get(text, () => firstHits(text, terms));
}

function firstHits(text: string, terms: readonly TermEntry[]): TermHits {
  const lower = text.toLowerCase();
  const folds = FOLDS_TO_ASCII.test(text);
  let out: (Hit | undefined)[] | undefined;
  terms.forEach((term, i) => {
    if (term.english.trim() === '' || !mayHold(lower, folds, term.english)) return;
    const re = termPattern(term.english);
    re.lastIndex = 0;
    const m = re.exec(text);
    re.lastIndex = 0;
    if (!m) return;
    out ??= new Array<Hit | undefined>(terms.length).fill(undefined);
    out[i] = { start: m.index, end: m.index + m[0].length };
  });
  return out ?? NO_HITS;
}

// Per entry of the (read-only) reference: the rules ask for every term at every link.
const renderingsMemo = new WeakMap<TermEntry, readonly string[]>();

/** The expected rendering first, then the allowed variants, without repeats (shared: read-only). */
export function renderingsOf(term: TermEntry): readonly string[] {
  let r = renderingsMemo.get(term);
  if (!r) renderingsMemo.set(term, (r = [...new Set([term.chinese, ...term.variants].map((s) => s.trim()).filter(Boolean))]));
  return r;
}

/**
 * Occurrences of any of the renderings, longest first so that a rendering inside a longer
 * one (演习 in 军事演习) is not counted twice; spaces that machine output puts between
 * Chinese characters (二级 制裁) are allowed.
 */
export function findRenderings(text: string, renderings: readonly string[]): RenderingHit[] {
  const hits: RenderingHit[] = [];
  const byLength = [...renderings].sort((a, b) => b.length - a.length);
  for (const r of byLength) {
    let re = renderingPatterns.get(r);
    if (!re) {
      re = new RegExp(Array.from(r).map(escapeRegExp).join('\\s*'), 'gu');
      renderingPatterns.set(r, re);
    }
    for (const m of execAll(re, text)) {
      const h = { start: m.index, end: m.index + m[0].length, rendering: r };
      if (!hits.some((o) => h.start < o.end && h.end > o.start)) hits.push(h);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function wordForms(word: string): string[] {
  const w = word.toLowerCase();
  const bases = new Set([w]);
  if (/[^s]s$/.test(w) && w.length > 3) bases.add(w.slice(0, -1));
  if (/(?:ch|sh|x|z|ss)es$/.test(w)) bases.add(w.slice(0, -2));
  if (/[^aeiou]ies$/.test(w)) bases.add(`${w.slice(0, -3)}y`);
  const forms = new Set<string>();
  for (const b of bases) {
    forms.add(b);
    if (/[^aeiou]y$/.test(b)) {
      forms.add(`${b.slice(0, -1)}ies`);
      forms.add(`${b.slice(0, -1)}ied`);
      forms.add(`${b}ing`);
    } else if (b.endsWith('e')) {
      forms.add(`${b}s`);
      forms.add(`${b}d`);
      forms.add(`${b.slice(0, -1)}ing`);
    } else if (/(?:ch|sh|x|z|s)$/.test(b)) {
      forms.add(`${b}es`);
      forms.add(`${b}ed`);
      forms.add(`${b}ing`);
    } else {
      forms.add(`${b}s`);
      forms.add(`${b}ed`);
      forms.add(`${b}ing`);
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}
