// Where a paragraph quotes someone: first-person words inside a quotation are the
// speaker's, not the reporter's. Chinese news quotes with “…” (and 「…」, 『…』); English
// text, and some MT output, uses straight "…".
//
// An opening mark without its closing mark quotes to the end of the paragraph (news
// writing leaves a quotation open when it runs on into the next paragraph), and a closing
// mark without an opening one ends a quotation that began in an earlier paragraph. Both
// make the quoted part larger, which is the safe side for rules that skip quotations.

const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』' };
const CLOSERS = new Set(Object.values(PAIRS));

/** Quoted UTF-16 ranges [start, end) of text, marks included, merged and in order. */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open: { at: number; close: string } | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open) {
      if (ch === open.close) {
        ranges.push([open.at, i + 1]);
        open = undefined;
      }
      continue;
    }
    const close = PAIRS[ch];
    if (close) open = { at: i, close };
    else if (ch === '"') open = { at: i, close: '"' };
    else if (CLOSERS.has(ch)) ranges.push([0, i + 1]);
  }
  if (open) ranges.push([open.at, text.length]);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Whether index i falls inside one of the (sorted, merged) ranges. */
export function inRanges(ranges: readonly [number, number][], i: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (i < r[0]) hi = mid - 1;
    else if (i >= r[1]) lo = mid + 1;
    else return true;
  }
  return false;
}
