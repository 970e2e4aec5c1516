import type { Draft, Para, SegmentRule, Span } from '../types.ts';
import { CodePointIndex } from '../../text/codepoints.ts';
import { TextMemo } from '../../text/memo.ts';
import { execAll } from '../../text/regexp.ts';

// A quotation turned into the reporter's own words. News attributes: a sentence inside
// quotation marks is the speaker's, outside them the outlet's, so a translation that drops
// or shrinks the marks changes who is saying it. Two quotations abutting (”“) mean a quote
// was split or its attribution lost.
//
// Only speech is compared: a quoted term of one to three words ("Mambets", "defense
// alliance") or a quoted title, which Chinese writes in 《》, may legitimately lose its marks.
// Fewer quotations than the source is not itself an error (Chinese news merges
// `"A," he said. "B."` into 他说：“A。B。”), so counts are only compared against zero.

interface Quote {
  /** UTF-16 offsets of the opening mark (0 for a quotation carried over) and just past the closing mark (or the paragraph end). */
  start: number;
  end: number;
  inner: string;
  closed: boolean;
}

interface Parsed {
  quotes: Quote[];
  titles: Quote[];
  /** A quotation still open at the end (it continues in the next paragraph). */
  openAtEnd: boolean;
}

type Mark = 'double' | 'single' | 'corner' | 'white' | 'title';

const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

interface Open {
  mark: Mark;
  start: number;
  inner: number;
}

// Every system's translation of one source reads the same English paragraphs, each parsed as
// itself and as the paragraph before the next one (carried): the parses are remembered.
const parsedMemos = { carried: new TextMemo<Parsed>(20_000), fresh: new TextMemo<Parsed>(20_000) };

/** Top-level quotations and 《》 titles of one paragraph; nested ones belong to their parent (read-only: shared). */
function parse(text: string, carry: boolean): Parsed {
  return carry ? parsedMemos.carried.get(text, parseCarried) : parsedMemos.fresh.get(text, parseFresh);
}

const parseCarried = (text: string): Parsed => parseQuotes(text, true);
const parseFresh = (text: string): Parsed => parseQuotes(text, false);

/** The innermost open mark of a kind on the stack, or -1. */
function findOpen(stack: readonly Open[], mark: Mark): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.mark === mark) return k;
  return -1;
}

/** Closes the mark at stack[k] (and any opened inside it); a top-level one becomes a quotation or a title. */
function closeOpen(text: string, stack: Open[], k: number, end: number, closed: boolean, out: Parsed): void {
  const open = stack[k]!;
  stack.length = k;
  if (k > 0) return;
  const q = { start: open.start, end, inner: text.slice(Math.min(open.inner, end), closed ? end - 1 : end), closed };
  (open.mark === 'title' ? out.titles : out.quotes).push(q);
}

function parseQuotes(text: string, carry: boolean): Parsed {
  const out: Parsed = { quotes: [], titles: [], openAtEnd: false };
  const stack: Open[] = [];
  if (carry) stack.push({ mark: 'double', start: 0, inner: 0 });
  for (let i = 0; i < text.length; i++) {
    // Only quotation marks and title marks matter; everything else is passed over by code unit.
    const c = text.charCodeAt(i);
    if (c !== 0x22 && c !== 0x27 && (c < 0x2018 || c > 0x201d) && (c < 0x300a || c > 0x300f)) continue;
    const ch = text[i]!;
    const prev = text[i - 1];
    const next = text[i + 1];
    switch (ch) {
      case '“': {
        // A second opening mark with one already open is a closing mark typed wrong (…“倡议).
        const k = findOpen(stack, 'double');
        if (k >= 0 && k === stack.length - 1 && !isLetter(next)) closeOpen(text, stack, k, i + 1, true, out);
        else stack.push({ mark: 'double', start: i, inner: i + 1 });
        break;
      }
      case '”': {
        const k = findOpen(stack, 'double');
        if (k >= 0) closeOpen(text, stack, k, i + 1, true, out);
        break;
      }
      case '"': {
        const k = findOpen(stack, 'double');
        if (k >= 0) closeOpen(text, stack, k, i + 1, true, out);
        else stack.push({ mark: 'double', start: i, inner: i + 1 });
        break;
      }
      case '「':
        stack.push({ mark: 'corner', start: i, inner: i + 1 });
        break;
      case '」': {
        const k = findOpen(stack, 'corner');
        if (k >= 0) closeOpen(text, stack, k, i + 1, true, out);
        break;
      }
      case '『':
        stack.push({ mark: 'white', start: i, inner: i + 1 });
        break;
      case '』': {
        const k = findOpen(stack, 'white');
        if (k >= 0) closeOpen(text, stack, k, i + 1, true, out);
        break;
      }
      case '《':
        stack.push({ mark: 'title', start: i, inner: i + 1 });
        break;
      case '》': {
        const k = findOpen(stack, 'title');
        if (k >= 0) closeOpen(text, stack, k, i + 1, true, out);
        break;
      }
      case '‘':
        if (!isLetter(prev)) stack.push({ mark: 'single', start: i, inner: i + 1 });
        break;
      case "'":
      case '’': {
        // Tokayev's, states' (a plural possessive) and '90s are apostrophes; a single quote
        // closes only one that was opened, and opens only before a letter.
        const k = findOpen(stack, 'single');
        if (k >= 0 && k === stack.length - 1 && !isLetter(next)) closeOpen(text, stack, k, i + 1, true, out);
        else if (ch === "'" && !isLetter(prev) && next !== undefined && /\p{L}/u.test(next)) stack.push({ mark: 'single', start: i, inner: i + 1 });
        break;
      }
    }
  }
  out.openAtEnd = stack.some((s) => s.mark === 'double' || s.mark === 'corner');
  // An unclosed straight ' may be a stray apostrophe; an unclosed curly ‘ is a quotation.
  const bottom = stack[0];
  if (bottom && bottom.mark !== 'title' && (bottom.mark !== 'single' || text[bottom.start] === '‘')) closeOpen(text, stack, 0, text.length, false, out);
  return out;
}

/**
 * Whether a paragraph continues a quotation the paragraph before left open. Convention
 * repeats the opening mark on the new paragraph (then it opens its own); only one whose first
 * mark closes (”, or a " after the words) starts inside — a stray mark elsewhere must not
 * turn the next paragraph into a quotation.
 */
function carried(all: readonly string[], index: number, text: string): boolean {
  const first = /[“”"「」]/.exec(text);
  if (!first) return false;
  const closes = first[0] === '”' || first[0] === '」' || (first[0] === '"' && first.index > 0 && /[\p{L}\p{N}.,!?;:…—-]/u.test(text[first.index - 1]!) && !/[\p{L}\p{N}]/u.test(text[first.index + 1] ?? ''));
  if (!closes) return false;
  const prev = all[index - 1];
  return prev !== undefined && parse(prev, false).openAtEnd;
}

const words = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;

const TITLE_CUE = /\b(?:titled|entitled|headlined|called|named|dubbed|article|book|film|movie|report|song|op-ed|column|newspaper|magazine|program(?:me)?|show|slogan|campaign)\s*[,:]?\s*$/i;

/** A quotation that names a work (an op-ed's title), which Chinese puts in 《》 instead. */
function titleLike(text: string, q: Quote): boolean {
  if (TITLE_CUE.test(text.slice(Math.max(0, q.start - 30), q.start))) return true;
  const ws = q.inner.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const content = ws.filter((w) => w.length > 3);
  return content.length >= 2 && content.filter((w) => /^[A-Z]/.test(w)).length / content.length >= 0.8;
}

/** Speech: a quotation of four words or more that is not a title. */
const isSpeech = (text: string, q: Quote) => words(q.inner) >= 4 && !titleLike(text, q);

const SAY = '(?:said|says|say|told|tells|wrote|writes|added|adds|argued|argues|asked|asks|insisted|noted|declared|stated|warned|explained|replied|recalled|according to)';
const SAY_AFTER = new RegExp(`^\\s*,?\\s*(?:[\\w.'’-]+\\s+){0,5}?${SAY}\\b`, 'i');
const SAY_BEFORE = new RegExp(`\\b${SAY}(?:\\s+[^,.:"“]{0,40})?\\s*[,:]?\\s*$`, 'i');

/**
 * Signs that a quotation is someone's words rather than a name (a report, a set of
 * guidelines), needed where the translation has a 《》 title that could render it: a first
 * or second person, a closing full stop inside the marks, or a verb of saying next to it.
 */
function spoken(text: string, q: Quote): boolean {
  if (/\b(?:I|we|you|my|our|us|me|your)\b/i.test(q.inner) || /[.!?…]\s*$/.test(q.inner)) return true;
  return SAY_AFTER.test(text.slice(q.end, q.end + 60)) || SAY_BEFORE.test(text.slice(Math.max(0, q.start - 60), q.start));
}

interface SideQuote extends Quote {
  para: Para;
  /** Centre of the quotation in the pair's side, 0..1. */
  from: number;
  to: number;
}

function sideQuotes(paras: readonly Para[], all: readonly string[]): { quotes: SideQuote[]; titles: number; length: number } {
  const total = paras.reduce((n, p) => n + p.text.length, 0) || 1;
  let offset = 0;
  const quotes: SideQuote[] = [];
  let titles = 0;
  for (const p of paras) {
    const parsed = parse(p.text, carried(all, p.index, p.text));
    titles += parsed.titles.length;
    for (const q of parsed.quotes) quotes.push({ ...q, para: p, from: (offset + q.start) / total, to: (offset + q.end) / total });
    offset += p.text.length;
  }
  return { quotes, titles, length: total };
}

const ATTRIBUTION = '(?:说|表示|写道|称|指出|补充说|补充道|争辩道|辩称|认为|强调|回忆说|警告说|坦言|透露|宣称|告诉[^，,。：:]{0,16})';
const ATTR_END = new RegExp(`[，,]\\s*[^，,。！？!?“”]{0,24}${ATTRIBUTION}[。.]?\\s*$`);
const ATTR_START = new RegExp(`^\\s*[^，,。！？!?“”：:]{0,24}${ATTRIBUTION}[：:，,]\\s*`);
const BOUNDARY = /[，,。；;：:！？!?]/;

/** The part of the target most likely rendering a source quotation. */
function rendering(pair: { source: readonly Para[]; target: readonly Para[] }, q: SideQuote, sourceShare: number): { para: Para; start: number; end: number; sure: boolean } {
  const total = pair.target.reduce((n, p) => n + p.text.length, 0) || 1;
  const centre = (q.from + q.to) / 2;
  let offset = 0;
  let para = pair.target[pair.target.length - 1]!;
  for (const p of pair.target) {
    if ((offset + p.text.length) / total >= centre) {
      para = p;
      break;
    }
    offset += p.text.length;
  }
  const text = para.text;
  let end = text.length;
  while (end > 0 && /[\s。.!！?？]/.test(text[end - 1]!)) end--;
  // A quotation that opens or closes its paragraph ("...," he said. / He said: "...") is
  // rendered by the target paragraph less its attribution, wherever the translation put it.
  const own = q.para.text;
  const edge = own.slice(0, q.start).trim() === '' || /^[\s.!?。]*$/.test(own.slice(q.end));
  if (pair.target.length === 1 && (edge || sourceShare >= 0.6)) {
    const tail = ATTR_END.exec(text);
    if (tail) return { para, start: 0, end: tail.index, sure: true };
    const head = ATTR_START.exec(text);
    if (head) return { para, start: head[0].length, end, sure: true };
    if (sourceShare >= 0.6) return { para, start: 0, end, sure: false };
  }
  // Otherwise the same stretch of the paragraph, moved to the nearest clause boundaries.
  const local = (x: number) => Math.round(Math.min(1, Math.max(0, (x * total - offset) / text.length)) * text.length);
  const snap = (i: number, limit: number) => {
    for (let k = 0; k <= 12; k++) {
      if (i - k >= 0 && (i - k === 0 || BOUNDARY.test(text[i - k - 1]!))) return i - k;
      if (i + k <= limit && (i + k === limit || BOUNDARY.test(text[i + k - 1] ?? ''))) return i + k;
    }
    return i;
  };
  let s = Math.min(snap(local(q.from), end), Math.max(0, end - 1));
  let e = Math.min(snap(Math.max(s + 1, local(q.to)), end), end);
  // The end lands after a boundary mark; the span stops before it.
  while (e > s + 1 && BOUNDARY.test(text[e - 1]!)) e--;
  if (e <= s) e = Math.min(text.length, s + 1);
  // Never cut an astral character (emoji, CJK extension) in two.
  const low = (i: number) => i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00;
  if (low(s)) s--;
  if (low(e)) e++;
  return { para, start: s, end: e, sure: false };
}

function cpSpan(para: Para, start: number, end: number): Span {
  const index = new CodePointIndex(para.text);
  return { para: para.index, start: index.cp(start), end: index.cp(end) };
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

export const quoteMismatch: SegmentRule = {
  id: 'quote-mismatch',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description: 'A quotation in the English whose quotation marks are missing, shrunk or split in the Chinese (a quote turned into the reporter\'s own words).',
  docs: {
    bad: {
      source: '"But as the war drags on, perhaps the region\'s governments see this space shrinking a little."',
      target: '随着战争持续，该地区政府可能会发现空间在缩小。',
    },
    good: {
      source: '"But as the war drags on, perhaps the region\'s governments see this space shrinking a little."',
      target: '“但随着战争持续，该地区政府可能会发现这一空间在缩小。”',
    },
  },
  scope: 'segment',
  defaultOptions: {},
  fixable: false,
  check({ pair, doc }) {
    // A target with no words at all is an omission, not a lost quotation.
    if (pair.source.length === 0 || !pair.target.some((p) => /[\p{L}\p{N}]/u.test(p.text))) return [];
    const out: Draft[] = [];
    const src = sideQuotes(pair.source, doc.source);
    // Most sources quote nobody: then the Chinese is read only for abutting quotations.
    const tgt = src.quotes.length > 0 ? sideQuotes(pair.target, doc.target) : undefined;
    const speech = tgt ? src.quotes.filter((q) => isSpeech(q.para.text, q) && (tgt.titles === 0 || spoken(q.para.text, q))) : [];

    // Two quotations abutting in the target: ”“ after a full stop or comma inside the first.
    const sourceAbuts = pair.source.some((p) => /[.!?,]["”]\s*["“]/.test(p.text));
    if (!sourceAbuts) {
      for (const p of pair.target) {
        for (const m of execAll(/[。！？!?，,；;…]([”」"])\s*([“「"])/g, p.text)) {
          // A straight quote pair ("A" "B") only when it really closes and reopens.
          if (m[1] === '"' && m[2] === '"') continue;
          const start = m.index + 1;
          // “六！”“七！”“八！”: short exclamations quoted one by one are a list, not a split quotation.
          const opener = m[1] === '」' ? '「' : '“';
          const before = m.index + 1 - p.text.lastIndexOf(opener, m.index);
          const after = m.index + m[0].length;
          const close = p.text.indexOf(m[1]!, after);
          if (Math.max(before, (close < 0 ? p.text.length : close) - after) < 7) continue;
          out.push({
            target: cpSpan(p, start, m.index + m[0].length),
            message: 'two quotations abut with nothing between them: a quotation split in two, or its attribution lost',
            confidence: 0.7,
          });
        }
      }
    }
    if (speech.length === 0 || !tgt) return out;

    const sourceShare = speech.reduce((n, q) => n + q.inner.length, 0) / src.length;
    if (tgt.quotes.length === 0) {
      for (const q of speech) {
        const share = q.inner.length / src.length;
        const r = rendering(pair, q, share);
        out.push({
          target: cpSpan(r.para, r.start, r.end),
          source: cpSpan(q.para, q.start, q.end),
          message: `the source quotes "${clip(q.inner, 60)}" but the translation has no quotation marks: the quote reads as the reporter's own words`,
          confidence: r.sure ? 0.75 : 0.6,
        });
      }
      return out;
    }

    // The marks moved: a long quotation in the source, a short one in the target.
    const targetShare = tgt.quotes.reduce((n, q) => n + q.inner.length, 0) / tgt.length;
    if (sourceShare >= 0.4 && targetShare < sourceShare * 0.35) {
      const longest = speech.reduce((a, b) => (b.inner.length > a.inner.length ? b : a));
      const r = rendering(pair, longest, longest.inner.length / src.length);
      const shown = tgt.quotes.map((q) => `“${clip(q.inner, 20)}”`).join('、');
      out.push({
        target: cpSpan(r.para, r.start, r.end),
        source: cpSpan(longest.para, longest.start, longest.end),
        message: `the source quotes "${clip(longest.inner, 60)}" but the translation quotes only ${shown}: the rest reads as the reporter's own words`,
        confidence: 0.55,
      });
    }
    return out;
  },
};
