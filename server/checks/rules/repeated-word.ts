import type { Draft, SegmentRule } from '../types.ts';
import { codePointLength, codePointOffsets } from '../../text/codepoints.ts';
import { HAN } from '../../text/scripts.ts';
import { CodeUnitClass, WHITE_SPACE } from '../../text/code-units.ts';

// MT decoders sometimes emit a word twice (的的, 在在, 疫苗疫苗, "the the") or loop on a
// phrase (的老年人的老年人的老年人). Chinese also doubles words on purpose — 看看, 常常,
// 渐渐, 高高兴兴, 研究研究 (verb reduplication), 一步一步, 哈哈 — so the rule only flags:
//
// - a single-character function word written twice where neither copy belongs to a
//   neighbouring word (的的, 在在, 与与; not 目的的, 现在在, 为了了解, 和和平, 实实在在);
// - a word of three or more characters written twice (俄罗斯俄罗斯);
// - a two-character word written twice, unless it is a verb or adjective that reduplicates
//   (研究研究, 雪白雪白) or the second copy is a verb taking an aspect marker (研究研究了 =
//   "the study studied");
// - a phrase of three or more characters written twice or more, adjacent or listed twice
//   with 、 (儿童、儿童);
// - an English function word twice ("the the"), not "that that" or "had had".
//
// Word boundaries come from Intl.Segmenter. Confidence is lower for two-character words,
// where an unlisted verb may still be reduplicated on purpose.

const FUNCTION_CHARS = new Set([...'的了在是和与及对把被将从向于并而但或之其该此由以也都就又还已所因则即且给跟同为这那很']);

// X + XY where the doubled X is never meant: 但但是, 并并且 (unlike 被被告, 对对方, 和和平).
const FUNCTION_COMPOUNDS = new Set(['但是', '并且', '而且', '就是', '还有', '此外', '其他', '所有', '在于', '已经', '都是', '也是', '以及', '因为', '所以', '对于', '关于']);

// Segmenter joins a pronoun with the next function word (他在|在中国): the first copy then
// still stands alone.
const PRONOUN_CHARS = new Set([...'他她它我你']);

// Idioms that contain a doubled function character.
const IDIOMS = ['不了了之', '不甚了了', '小时了了', '在在皆是', '比比皆是', '对对碰', '了了可见'];

// Two-character words that reduplicate as ABAB: verbs ("let's discuss it a bit"), state
// adjectives (雪白雪白) and onomatopoeia.
const REDUPLICATES = new Set(
  ('研究 讨论 考虑 学习 休息 商量 打听 介绍 准备 锻炼 活动 整理 检查 了解 认识 交流 放松 比较 调查 琢磨 思考 分析 ' +
    '总结 练习 收拾 打扫 清理 体验 尝试 试验 享受 感受 观察 参观 欣赏 表示 表扬 批评 教育 帮助 照顾 关心 安慰 鼓励 ' +
    '庆祝 纪念 熟悉 适应 调整 改善 改进 提高 研讨 沟通 协调 联系 联络 请教 指点 指导 说明 解释 证明 检验 核对 核实 ' +
    '梳理 清点 盘点 测试 检测 考察 反省 反思 回忆 回顾 想象 打扮 溜达 晃悠 折腾 嘀咕 唠叨 比划 比画 热闹 凉快 暖和 ' +
    '舒服 高兴 开心 轻松 痛快 明白 清楚 干净 漂亮 商讨 议论 评评 问问 走动 走走 散散 乐呵 拾掇 捯饬 ' +
    '雪白 通红 冰凉 笔直 漆黑 火热 滚烫 碧绿 蔚蓝 金黄 粉红 雪亮 冰冷 喷香 乌黑 湛蓝 煞白 蜡黄 血红 瓦蓝 鲜红 翠绿 ' +
    '嫩绿 细长 稀烂 精光 溜圆 滚圆 崭新 锃亮 透亮 ' +
    '哗啦 叮当 扑通 轰隆 滴答 咕噜 乒乓 噼啪 咔嚓 嘀嗒 呼啦 叽喳 扑哧 哐当 叮咚 啪嗒 咯噔 嘎吱 吧嗒 咕咚 呼噜 ' +
    '再见 拜拜').split(' '),
);

// Two-character pronouns and function words never reduplicate: as sure as 的的.
const CLOSED_CLASS_2 = new Set(
  ('我们 他们 她们 你们 它们 咱们 自己 这个 那个 这些 那些 这里 那里 以及 但是 因为 所以 如果 虽然 然而 同时 此外 并且 ' +
    '而且 或者 已经 正在 目前 可能 没有 这样 那样 对于 关于 通过 根据 其中 由于 为了 之后 之前 以来').split(' '),
);

const NUMERAL_START = /^[一二两三四五六七八九十百千万几每半]/;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const ASPECT = new Set(['了', '着', '过']);

const LATIN_FUNCTION = new Set('the a an of to in on for and or is are was were be been with at by from as it its this will has have not'.split(' '));

interface Tok {
  s: string;
  /** UTF-16 start. */
  i: number;
  word: boolean;
}

interface Hit {
  start: number;
  end: number;
  single: string;
  confidence: number;
}

let segmenter: Intl.Segmenter | undefined;

function tokens(text: string): Tok[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: Tok[] = [];
  for (const s of segmenter.segment(text)) out.push({ s: s.segment, i: s.index, word: s.isWordLike === true });
  return out;
}

// Word segmentation is this rule's whole cost, and most sentences repeat nothing. Every
// repetition reported below is some stretch w followed — directly, after blanks, or after
// one 、 — by w again (ASCII letters without case), and w never holds a blank or CJK
// punctuation (word tokens do not). A text with no such stretch is skipped unsegmented.
// A blank or CJK punctuation, which no word token holds.
const BREAK = new CodeUnitClass(/[\s、，。；：！？（）《》〈〉“”‘’「」『』【】…—～·]/);
const isSpace = (c: number): boolean => WHITE_SPACE.has(c);
const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const COMMA_IDEO = 0x3001; // 、
const alnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function sameAt(text: string, a: number, b: number, len: number): boolean {
  if (b + len > text.length) return false;
  for (let k = 0; k < len; k++) if (fold(text.charCodeAt(a + k)) !== fold(text.charCodeAt(b + k))) return false;
  return true;
}

/**
 * No word boundary falls between two ASCII letters or digits (Unicode word-break rules WB5,
 * WB8–WB10), so a copy cannot start or end inside such a run ("2020", "hello").
 */
function inRun(text: string, k: number): boolean {
  return k > 0 && k < text.length && alnum(text.charCodeAt(k - 1)) && alnum(text.charCodeAt(k));
}

// Per position of the text mayRepeat reads: where the stretch without breaks that holds it
// starts, and the last position before it with the same character (ASCII letters without
// case; -1 for none). Reused from text to text and grown as needed: typed arrays made on every
// call cost more than the scan.
let stretchAt = new Int32Array(256);
let prevSame = new Int32Array(256);
// Where each character was last seen while filling prevSame: one slot per UTF-16 code unit,
// valid when its stamp is the current text's, so the table is never cleared.
const lastSeen = new Int32Array(0x10000);
const seenStamp = new Uint32Array(0x10000);
let stamp = 0;

function mayRepeat(text: string): boolean {
  const n = text.length;
  if (n < 2) return false;
  if (n > stretchAt.length) {
    stretchAt = new Int32Array(2 * n);
    prevSame = new Int32Array(2 * n);
  }
  if (++stamp === 0x100000000) {
    seenStamp.fill(0);
    stamp = 1;
  }
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    stretchAt[k] = k > 0 && !BREAK.has(text.charCodeAt(k - 1)) ? stretchAt[k - 1]! : k;
    const f = fold(c);
    prevSame[k] = seenStamp[f] === stamp ? lastSeen[f]! : -1;
    seenStamp[f] = stamp;
    lastSeen[f] = k;
  }
  // A second copy starts at g, after no gap, a run of blanks, or one 、.
  for (let g = 1; g < n; g++) {
    if (BREAK.has(text.charCodeAt(g)) || inRun(text, g)) continue;
    if (firstCopy(text, g, g)) return true;
    const before = text.charCodeAt(g - 1);
    if (before === COMMA_IDEO) {
      if (firstCopy(text, g, g - 1)) return true;
    } else if (isSpace(before)) {
      let ws = g - 1;
      while (ws > 0 && isSpace(text.charCodeAt(ws - 1))) ws--;
      if (firstCopy(text, g, ws)) return true;
    }
  }
  return false;
}

/**
 * Whether a copy of what starts at g ends at e: it starts at an earlier occurrence of text[g]
 * in the stretch that ends at e, and only those occurrences are tried (following prevSame).
 */
function firstCopy(text: string, g: number, e: number): boolean {
  if (e <= 0 || BREAK.has(text.charCodeAt(e - 1))) return false;
  const from = stretchAt[e - 1]!;
  let i = prevSame[g]!;
  while (i >= e) i = prevSame[i]!;
  for (; i >= from; i = prevSame[i]!) {
    if (inRun(text, i)) continue;
    const len = e - i;
    if (len === 1 && !REPEATED_ALONE.has(fold(text.charCodeAt(i)))) continue;
    if (!inRun(text, g + len) && sameAt(text, i, g, len)) return true;
  }
  return false;
}

// A single character written twice is reported only as a function word (的的) or a one-letter
// English one ("a a"); Chinese doubles other characters on purpose (常常, 人人, 谢谢), and a
// text whose only repetition is such a pair need not be segmented.
const REPEATED_ALONE = new Set([...FUNCTION_CHARS, ...[...LATIN_FUNCTION].filter((w) => w.length === 1)].map((c) => c.charCodeAt(0)));
const isBlank = (t: Tok | undefined): boolean => t !== undefined && /^\s+$/.test(t.s);

/** Doubled single-character function words, by character, judged with the tokens. */
function doubledFunctionChars(text: string, toks: Tok[]): Hit[] {
  const hits: Hit[] = [];
  // Token containing each UTF-16 index, filled lazily only when a candidate turns up.
  let owner: Int32Array | undefined;
  for (let i = 0; i + 1 < text.length; i++) {
    const x = text[i]!;
    if (x !== text[i + 1] || !FUNCTION_CHARS.has(x)) continue;
    // Runs of three (是是是, 对对对) are speech; XXYY and YYXX are AABB reduplication.
    if (text[i - 1] === x || text[i + 2] === x) continue;
    if ((text[i + 2] !== undefined && text[i + 2] === text[i + 3] && HAN.test(text[i + 2]!)) || (text[i - 1] !== undefined && text[i - 1] === text[i - 2] && HAN.test(text[i - 1]!))) continue;
    if (IDIOMS.some((idiom) => { const k = idiom.indexOf(x + x); return k >= 0 && text.startsWith(idiom, i - k); })) continue;
    if (!owner) {
      owner = new Int32Array(text.length);
      toks.forEach((t, k) => owner!.fill(k, t.i, t.i + t.s.length));
    }
    const a = toks[owner[i]!]!;
    const b = toks[owner[i + 1]!]!;
    if (a === b) continue; // the dictionary knows the doubled form (比比皆是)
    const firstAlone = a.s === x || (a.s.length === 2 && a.s[1] === x && PRONOUN_CHARS.has(a.s[0]!));
    const secondAlone = b.s === x || FUNCTION_COMPOUNDS.has(b.s);
    if (!firstAlone || !secondAlone) continue;
    hits.push({ start: i, end: i + 2, single: x, confidence: 0.9 });
  }
  return hits;
}

/** Repeated tokens and phrases. */
function repeatedTokens(toks: Tok[]): Hit[] {
  const hits: Hit[] = [];
  const n = toks.length;
  const same = (a: Tok | undefined, b: Tok | undefined): boolean => a !== undefined && b !== undefined && a.s === b.s;
  for (let k = 0; k < n; ) {
    const t = toks[k]!;
    if (!t.word) {
      k++;
      continue;
    }
    // One word twice, adjacent or with spaces between (Latin words need them).
    let j = k + 1;
    while (isBlank(toks[j])) j++;
    const u = toks[j];
    const latin = /^[A-Za-z]+$/.test(t.s);
    if (u && (latin ? u.s.toLowerCase() === t.s.toLowerCase() : u.s === t.s)) {
      const conf = latin ? (LATIN_FUNCTION.has(t.s.toLowerCase()) ? 0.9 : 0) : hanWordConfidence(t.s, toks[j + 1]);
      if (conf > 0) {
        let last = j;
        for (;;) {
          let m = last + 1;
          while (isBlank(toks[m])) m++;
          if (toks[m] && (latin ? toks[m]!.s.toLowerCase() === t.s.toLowerCase() : toks[m]!.s === t.s)) last = m;
          else break;
        }
        hits.push({ start: t.i, end: toks[last]!.i + toks[last]!.s.length, single: t.s, confidence: conf });
        k = last + 1;
        continue;
      }
    }
    // A phrase of 1–4 tokens (3+ characters) twice in a row, or a 2+ character item listed
    // twice with 、.
    let found = false;
    for (let len = 1; len <= 4 && !found; len++) {
      const unit = toks.slice(k, k + len);
      if (unit.length < len || !unit.every((x) => x.word && HAN_ONLY.test(x.s))) break;
      const text = unit.map((x) => x.s).join('');
      const chars = codePointLength(text);
      if (NUMERAL_START.test(text) || text.endsWith('着')) continue;
      const matchAt = (at: number): boolean => {
        for (let q = 0; q < len; q++) if (!same(toks[k + q], toks[at + q])) return false;
        return true;
      };
      const sep = toks[k + len]?.s === '、' ? 1 : 0;
      if (len > 1 && sep === 0 && chars >= 3 && matchAt(k + len)) {
        let copies = 2;
        while (matchAt(k + copies * len)) copies++;
        const endTok = toks[k + copies * len - 1]!;
        hits.push({ start: t.i, end: endTok.i + endTok.s.length, single: text, confidence: 0.85 });
        k += copies * len;
        found = true;
      } else if (sep === 1 && chars >= 2 && matchAt(k + len + 1)) {
        let copies = 2;
        while (toks[k + copies * (len + 1) - 1]?.s === '、' && matchAt(k + copies * (len + 1))) copies++;
        const endTok = toks[k + copies * (len + 1) - 2]!;
        hits.push({ start: t.i, end: endTok.i + endTok.s.length, single: text, confidence: 0.85 });
        k += copies * (len + 1) - 1;
        found = true;
      }
    }
    if (!found) k++;
  }
  return hits;
}

function hanWordConfidence(w: string, after: Tok | undefined): number {
  if (!HAN_ONLY.test(w)) return 0;
  const chars = [...w];
  // One-character words are judged by doubledFunctionChars; 哈哈哈哈, 谢谢谢谢 are speech.
  if (chars.length < 2 || chars.every((c) => c === chars[0])) return 0;
  if (NUMERAL_START.test(w)) return 0;
  if (chars.length >= 3) return 0.85;
  if (CLOSED_CLASS_2.has(w)) return 0.9;
  if (REDUPLICATES.has(w)) return 0;
  if (after && ASPECT.has(after.s[0]!)) return 0;
  return 0.6;
}

export const repeatedWord: SegmentRule = {
  id: 'repeated-word',
  category: 'Linguistic conventions/Grammar',
  severity: 'minor',
  description: 'A word or phrase accidentally written twice in the Chinese (的的, 政府政府, "the the"), leaving Chinese reduplication (看看, 研究研究, 高高兴兴) alone.',
  docs: {
    bad: { source: 'The government said on Monday that it would act.', target: '政府政府周一表示，将会采取行动。' },
    good: { source: 'Let us discuss it and take a look.', target: '我们研究研究，再看看。' },
  },
  scope: 'segment',
  defaultOptions: {},
  fixable: true,
  check({ pair }) {
    const out: Draft[] = [];
    for (const p of pair.target) {
      const text = p.text;
      if (text.length < 2 || !mayRepeat(text)) continue;
      const toks = tokens(text);
      const all = [...doubledFunctionChars(text, toks), ...repeatedTokens(toks)].sort((a, b) => a.start - b.start || b.end - a.end);
      let cp: Uint32Array | undefined;
      let reached = -1;
      for (const h of all) {
        if (h.start < reached) continue; // overlapping views of one repetition
        reached = h.end;
        cp ??= codePointOffsets(text);
        out.push({
          target: { para: p.index, start: cp[h.start]!, end: cp[h.end]! },
          message: `"${h.single}" written more than once in a row`,
          confidence: h.confidence,
          suggestion: h.single,
        });
      }
    }
    return out;
  },
};
