import { alignParagraphs } from './paragraphs.ts';
import { documentSentences, type ParaSentence } from './link-sentences.ts';
import { alignStretch, prepareText, type ZhEnLink } from './sentence-align.ts';
import { ALIGN_PARAMS, type AlignParams } from './align-params.ts';

// A whole document: paragraphs first (the coarse, reliable stage, which also finds dropped
// subheadings and merged paragraphs), then sentences inside each aligned paragraph group.
// Sentence links never cross a paragraph link.

export interface DocumentAlignment {
  paragraphs: { src: number[]; tgt: number[] }[];
  source: ParaSentence[];
  target: ParaSentence[];
  /** Indices into source (English) and target (Chinese) sentences. */
  links: { src: number[]; tgt: number[] }[];
}

/**
 * Aligns an English source with its Chinese translation, both given as paragraphs.
 * paragraphLinks: the paragraph alignment when it is known (stored links), else it is computed.
 */
export function alignDocument(
  source: readonly string[],
  target: readonly string[],
  options: { paragraphLinks?: { src: number[]; tgt: number[] }[]; params?: AlignParams } = {},
): DocumentAlignment {
  const params = options.params ?? ALIGN_PARAMS;
  const paragraphs = options.paragraphLinks ?? alignParagraphs(source, target).map((l) => ({ src: l.src, tgt: l.tgt }));
  const src = documentSentences(source, 'en');
  const tgt = documentSentences(target, 'zh');
  const prepared = prepareText(
    src.map((s) => s.text),
    tgt.map((s) => s.text),
    params,
  );
  // First sentence of each paragraph, and one past the last.
  const firstOf = (sents: ParaSentence[], count: number) => {
    const first = new Int32Array(count + 1).fill(-1);
    for (let i = sents.length - 1; i >= 0; i--) first[sents[i]!.para] = i;
    first[count] = sents.length;
    for (let p = count - 1; p >= 0; p--) if (first[p]! < 0) first[p] = first[p + 1]!;
    return first;
  };
  const srcFirst = firstOf(src, source.length);
  const tgtFirst = firstOf(tgt, target.length);
  const links: { src: number[]; tgt: number[] }[] = [];
  for (const p of sentenceGroups(paragraphs)) {
    const [e0, e1] = span(p.src, srcFirst);
    const [z0, z1] = span(p.tgt, tgtFirst);
    const group: ZhEnLink[] = alignStretch(prepared, z0, z1, e0, e1);
    for (const l of group) links.push({ src: l.en, tgt: l.zh });
  }
  return { paragraphs, source: src, target: tgt, links };
}

/**
 * The paragraph groups the sentence stage works in. A paragraph the length model left
 * unlinked next to one unlinked on the other side ([]:[1] then [1]:[]) is most often a pair
 * whose lengths disagree (a translation that dropped a clause); the sentence stage, which
 * also weighs words and anchors, gets to decide it.
 */
export function sentenceGroups(links: readonly { src: number[]; tgt: number[] }[]): { src: number[]; tgt: number[] }[] {
  const out: { src: number[]; tgt: number[] }[] = [];
  let run: { src: number[]; tgt: number[] } | null = null;
  const flush = () => {
    if (run) out.push(run);
    run = null;
  };
  for (const l of links) {
    if (l.src.length > 0 && l.tgt.length > 0) {
      flush();
      out.push(l);
      continue;
    }
    run ??= { src: [], tgt: [] };
    run.src.push(...l.src);
    run.tgt.push(...l.tgt);
  }
  flush();
  return out;
}

/** Sentence range [from, to) of a run of consecutive paragraphs. */
function span(paras: readonly number[], first: Int32Array): [number, number] {
  if (paras.length === 0) return [0, 0];
  return [first[paras[0]!]!, first[paras[paras.length - 1]! + 1]!];
}
