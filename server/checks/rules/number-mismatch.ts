import type { Draft, Para, SegmentRule } from '../types.ts';
import { CodePointIndex } from '../../text/codepoints.ts';
import { canonical, chineseNumbers, englishNumbers, type NumberMention } from '../../text/numbers.ts';

// A figure in the Chinese that the aligned English does not contain. The English is read
// loosely (spelled-out numbers, months, digits in codes, 3 p.m. as 15) and the Chinese
// strictly (no 一 in 一些, no 万一, no MI6), so that what is left is a figure the
// translation changed, not a reading one side missed: a false alarm costs a desk more
// trust than a missed figure.

export interface NumberMismatchOptions {
  /** Flag figures the translation converted between units (100 miles → 161公里). */
  conversions: boolean;
}

interface SourceMention extends NumberMention {
  para: number;
  text: string;
}

interface TargetMention extends NumberMention {
  para: Para;
  text: string;
}

/** Imperial unit → metric unit and factor, for conversions a translation may do on its own. */
const CONVERSIONS: Record<string, [string, number][]> = {
  mile: [['km', 1.609344]],
  ft: [['m', 0.3048]],
  in: [['cm', 2.54]],
  lb: [['kg', 0.45359237]],
  acre: [['ha', 0.404686]],
  gal: [['l', 3.785411784]],
  sqmile: [['sqkm', 2.589988]],
};

const dateParts = (v: string) => v.split('-');

function significantDigits(value: string): number {
  const digits = value.replace(/^[0.-]+/, '').replace('.', '');
  const trimmed = digits.replace(/0+$/, '');
  return Math.max(1, trimmed.length);
}

function roundTo(n: number, digits: number): number {
  if (n === 0) return 0;
  const e = Math.floor(Math.log10(Math.abs(n)));
  const f = 10 ** (e - digits + 1);
  return Math.round(n / f) * f;
}

/** The values a side can answer with: each mention's value and its alternative readings. */
function valueSet(ms: readonly NumberMention[]): Set<string> {
  const s = new Set<string>();
  for (const m of ms) {
    s.add(m.value);
    for (const a of m.also ?? []) s.add(a);
    if (m.kind === 'date') {
      const p = dateParts(m.value);
      if (p.length === 3) s.add(`${p[1]}-${p[2]}`);
    }
  }
  return s;
}

function dateCovered(value: string, values: Set<string>): boolean {
  if (values.has(value)) return true;
  const p = dateParts(value);
  return p.length === 3 && values.has(`${p[1]}-${p[2]}`) && values.has(p[0]!);
}

/** Sorted numeric values of the source, for "约24万" against 236,000. */
class NumericIndex {
  private readonly sorted: number[];
  constructor(ms: readonly NumberMention[]) {
    this.sorted = ms
      .filter((m) => m.kind !== 'date')
      .map((m) => Number(m.value))
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
  }
  /** A source value that rounds to n at n's own precision (n given as approximate). */
  roundsTo(n: number, digits: number): boolean {
    const e = n === 0 ? 0 : Math.floor(Math.log10(Math.abs(n)));
    const half = 10 ** (e - digits + 1) / 2;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < n - half) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && this.sorted[i]! <= n + half; i++) {
      if (roundTo(this.sorted[i]!, digits) === roundTo(n, digits)) return true;
    }
    return false;
  }
}

const WORDS = { words: true } as const;
const LOOSE = { loose: true } as const;

/** What a target figure is looked up in: the source's values, its numbers in order, and whether any is approximate. */
interface SourceFigures {
  values: Set<string>;
  numeric: NumericIndex;
  anyApprox: boolean;
}

function figuresOf(ms: readonly NumberMention[]): SourceFigures {
  return { values: valueSet(ms), numeric: new NumericIndex(ms), anyApprox: ms.some((m) => m.approx) };
}

// By the reading of one English paragraph (the memoised array englishNumbers returns): every
// system's translation of a source is checked against the same figures.
const figuresMemo = new WeakMap<readonly NumberMention[], SourceFigures>();

function sourceFigures(paras: readonly Para[]): SourceFigures {
  if (paras.length !== 1) return figuresOf(paras.flatMap((p) => englishNumbers(p.text, LOOSE)));
  const ms = englishNumbers(paras[0]!.text, LOOSE);
  let f = figuresMemo.get(ms);
  if (!f) figuresMemo.set(ms, (f = figuresOf(ms)));
  return f;
}

function covered(t: NumberMention, values: Set<string>, numeric: NumericIndex, anyApprox: boolean): boolean {
  if (t.kind === 'date') return dateCovered(t.value, values);
  if (values.has(t.value) || t.also?.some((a) => values.has(a))) return true;
  // 五分之一 for "one in five".
  if (t.parts && values.has(canonical(t.parts[0])) && values.has(canonical(t.parts[1]))) return true;
  const n = Number(t.value);
  // An approximate figure on either side may be rounded: 约24万 for 236,000.
  if ((t.approx || anyApprox) && Number.isFinite(n) && n >= 10) {
    const digits = significantDigits(t.value);
    if (digits <= 3 && numeric.roundsTo(n, digits)) return true;
  }
  return false;
}

/** Target mentions that number a list or a time's minutes, not a quantity. */
function isFurniture(text: string, m: NumberMention): boolean {
  // The character after first: it rules out most figures without a look at the text before.
  const after = text.charAt(m.end);
  if (LIST_MARK.test(after) && /^\s*$/.test(text.slice(0, m.start))) return true;
  const before = text.slice(Math.max(0, m.start - 2), m.start);
  if (CLOSE_BRACKET.test(after) && /[(（]$/.test(before) && Number(m.value) < 30) return true;
  // 9:00 — the "00" of a time.
  if (/\d[:：]$/.test(before) && Number(m.value) === 0) return true;
  return false;
}
const LIST_MARK = /^[.、．)）]/;
const CLOSE_BRACKET = /^[)）]/;

function convertedFrom(t: TargetMention, sources: readonly SourceMention[]): SourceMention | undefined {
  if (!t.unit) return undefined;
  const n = Number(t.value);
  for (const s of sources) {
    // 100°F → 38℃: not a factor, an offset too.
    if (s.unit === 'F' && t.unit === 'C' && Math.abs(n - ((Number(s.value) - 32) * 5) / 9) <= 1) return s;
    for (const [unit, factor] of CONVERSIONS[s.unit ?? ''] ?? []) {
      if (unit !== t.unit) continue;
      const expected = Number(s.value) * factor;
      // Within rounding of the converted figure (161 or 160 for 100 miles).
      if (Math.abs(n - expected) <= Math.max(1, expected * 0.03)) return s;
    }
  }
  return undefined;
}

const isStrongSource = (m: NumberMention) => !m.weak;

/** How the source figure would be written in the target's own notation, when that is mechanical. */
function rewrite(t: TargetMention, s: SourceMention): string | undefined {
  if (t.words || s.weak) return undefined;
  if (t.kind === 'date' || s.kind === 'date') {
    if (t.kind !== 'date' || s.kind !== 'date') return undefined;
    const [tp, sp] = [dateParts(t.value), dateParts(s.value)];
    const md = sp.slice(-2);
    const year = tp.length === 3 ? (sp.length === 3 ? sp[0] : tp[0]) : undefined;
    const suffix = t.text.endsWith('号') ? '号' : '日';
    return `${year ? `${year}年` : ''}${Number(md[0])}月${Number(md[1])}${suffix}`;
  }
  if ((t.kind === 'percent') !== (s.kind === 'percent')) return undefined;
  const n = Number(s.value);
  if (!Number.isFinite(n)) return undefined;
  const percent = t.kind === 'percent' ? (t.text.includes('％') ? '％' : '%') : '';
  const scale = /万亿/.test(t.text) ? ['万亿', 1e12] : /亿/.test(t.text) ? ['亿', 1e8] : /万/.test(t.text) ? ['万', 1e4] : /千/.test(t.text) ? ['千', 1e3] : null;
  if (scale) {
    const v = n / (scale[1] as number);
    const str = String(Number(v.toPrecision(12)));
    if ((str.split('.')[1] ?? '').length > 2) return undefined;
    return `${str}${scale[0] as string}${percent}`;
  }
  // Plain digits: Chinese style writes large numbers with 万/亿, so only small ones are mechanical.
  if (n >= 1e5) return undefined;
  const grouped = /,/.test(t.text) ? n.toLocaleString('en-US') : String(n);
  return `${grouped}${percent}`;
}

function confidenceOf(t: TargetMention): number {
  let c = t.words ? (t.kind === 'number' && [...t.text].length === 1 ? 0.45 : 0.6) : 0.8;
  if (t.approx) c -= 0.1;
  return Math.round(c * 100) / 100;
}

export const numberMismatch: SegmentRule<NumberMismatchOptions> = {
  id: 'number-mismatch',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description: 'A number, date or percentage in the Chinese whose value the aligned English does not contain (24万 = 240,000; 8月9日 = Aug. 9).',
  docs: {
    bad: { source: 'There were 104 screws implanted in group A and 108 screws in group B.', target: 'A组植入螺钉104枚，B组植入螺钉1枚。' },
    good: { source: 'Mardan told his some 240,000 followers on Telegram on August 9.', target: '马尔丹8月9日在Telegram上告诉他约24万粉丝。' },
  },
  scope: 'segment',
  defaultOptions: { conversions: true },
  fixable: true,
  check({ pair, options }) {
    if (pair.source.length === 0 || pair.target.length === 0) return [];
    // The Chinese side first: most segments have no figure there, and then the (costlier,
    // generous) reading of the English is not needed.
    const targets: NumberMention[] = [];
    const paras: Para[] = [];
    for (const p of pair.target) {
      for (const m of chineseNumbers(p.text, WORDS)) {
        if (isFurniture(p.text, m)) continue;
        targets.push(m);
        paras.push(p);
      }
    }
    if (targets.length === 0) return [];
    const { values, numeric, anyApprox } = sourceFigures(pair.source);
    // Mentions with their paragraph and text only for the figures the source does not answer, which are few.
    const unmatched: TargetMention[] = [];
    targets.forEach((m, k) => {
      if (covered(m, values, numeric, anyApprox)) return;
      const p = paras[k]!;
      unmatched.push({ ...m, para: p, text: p.text.slice(m.start, m.end) });
    });
    if (unmatched.length === 0) return [];
    const sources: SourceMention[] = pair.source.flatMap((p) =>
      englishNumbers(p.text, LOOSE).map((m) => ({ ...m, para: p.index, text: p.text.slice(m.start, m.end) })),
    );

    // Source figures no target figure answers: what the message names.
    const targetValues = valueSet(targets);
    const strong = sources.filter(isStrongSource);
    const missing = strong.filter((s) => {
      if (s.kind === 'date') return !dateCovered(s.value, targetValues) && !targetValues.has(dateParts(s.value).slice(-2).join('-'));
      return ![s.value, ...(s.also ?? [])].some((v) => targetValues.has(v));
    });

    const out: Draft[] = [];
    const converted = new Set<TargetMention>();
    const conversionSources = new Set<SourceMention>();
    if (options.conversions) {
      for (const t of unmatched) {
        const s = convertedFrom(t, sources);
        if (!s) continue;
        converted.add(t);
        conversionSources.add(s);
        const index = new CodePointIndex(t.para.text);
        const srcPara = pair.source.find((p) => p.index === s.para)!.text;
        const unitWord = /^[\s-]*(?:square\s+|degrees\s+)?[A-Za-z°]+/.exec(srcPara.slice(s.end))?.[0] ?? '';
        const withUnit = { ...s, end: s.end + unitWord.length, text: s.text + unitWord };
        out.push({
          target: { para: t.para.index, start: index.cp(t.start), end: index.cp(t.end) },
          source: sourceSpan(pair.source, withUnit),
          message: `"${t.text}" looks converted from "${withUnit.text}" in the source: the figure differs from the original`,
          confidence: 0.45,
        });
      }
    }
    const rest = unmatched.filter((t) => !converted.has(t));
    const open = missing.filter((s) => !conversionSources.has(s));
    const list = (open.length ? open : strong).map((s) => s.text);
    const named = list.length ? `source: ${[...new Set(list)].slice(0, 6).join(', ')}` : 'the source has no figures here';
    for (const t of rest) {
      const index = new CodePointIndex(t.para.text);
      const target = { para: t.para.index, start: index.cp(t.start), end: index.cp(t.end) };
      if (rest.length === 1 && open.length === 1) {
        const s = open[0]!;
        const suggestion = rewrite(t, s);
        out.push({
          target,
          source: sourceSpan(pair.source, s),
          message: `"${t.text}" where the source has "${s.text}"`,
          confidence: Math.min(0.9, Math.round((confidenceOf(t) + 0.1) * 100) / 100),
          ...(suggestion !== undefined && suggestion !== t.text && { suggestion }),
        });
      } else {
        out.push({ target, message: `"${t.text}" matches no figure in the source (${named})`, confidence: confidenceOf(t) });
      }
    }
    return out;
  },
};

function sourceSpan(paras: readonly Para[], s: SourceMention) {
  const p = paras.find((x) => x.index === s.para)!;
  const index = new CodePointIndex(p.text);
  return { para: s.para, start: index.cp(s.start), end: index.cp(s.end) };
}
