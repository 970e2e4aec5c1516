/**
 * The engine reports identical findings in a paragraph once, with a count and the first
 * position. Where each occurrence needs a span (MQM rows, span scoring), the later ones are
 * taken to be the next places, not overlapping, where the same text occurs (code points).
 * Returns fewer than `count` when the text does not recur that often.
 */
export function occurrences(paragraph: string, text: string, first: number, count: number): { start: number; end: number }[] {
  const needle = Array.from(text);
  const out = [{ start: first, end: first + needle.length }];
  if (needle.length === 0 || count <= 1) return out;
  const cps = Array.from(paragraph);
  for (let i = first + needle.length; out.length < count && i + needle.length <= cps.length; i++) {
    let hit = true;
    for (let k = 0; k < needle.length && hit; k++) hit = cps[i + k] === needle[k];
    if (hit) {
      out.push({ start: i, end: i + needle.length });
      i += needle.length - 1;
    }
  }
  return out;
}
