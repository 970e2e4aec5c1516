import { alignZhEn } from './sentence-align.ts';
import { ALIGN_PARAMS, type AlignParams } from './align-params.ts';
import type { Link } from './link-format.ts';
import { HAN_G } from '../text/scripts.ts';

// Alignment of two lists of sentences given one a line (the `xinda align` input, the MAC
// files): used as given, never re-split. Either side may be the Chinese one; the side with
// more Han characters is.

export function hanShare(lines: readonly string[]): number {
  let han = 0;
  let letters = 0;
  for (const l of lines) {
    han += l.match(HAN_G)?.length ?? 0;
    letters += l.match(/\p{L}/gu)?.length ?? 0;
  }
  return letters === 0 ? 0 : han / letters;
}

export type ChineseSide = 'src' | 'tgt';

/** Which side is Chinese, or null when neither (or both) look Chinese. */
export function chineseSide(src: readonly string[], tgt: readonly string[]): ChineseSide | null {
  const a = hanShare(src);
  const b = hanShare(tgt);
  if (a >= 0.3 && b < 0.3) return 'src';
  if (b >= 0.3 && a < 0.3) return 'tgt';
  return null;
}

export function alignLines(src: readonly string[], tgt: readonly string[], zhSide: ChineseSide, params: AlignParams = ALIGN_PARAMS): Link[] {
  const zh = zhSide === 'src' ? src : tgt;
  const en = zhSide === 'src' ? tgt : src;
  return alignZhEn(en, zh, params).map((l) => (zhSide === 'src' ? { src: l.zh, tgt: l.en } : { src: l.en, tgt: l.zh }));
}
