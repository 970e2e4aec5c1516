// Index helpers the aligners' dynamic programmes share: a link is a run of consecutive
// sentence (or paragraph) indices, and the length of a run is a difference of prefix sums.

/** The indices from, from + 1, …, to − 1. */
export function range(from: number, to: number): number[] {
  const r: number[] = [];
  for (let k = from; k < to; k++) r.push(k);
  return r;
}

/** out[i] = xs[0] + … + xs[i − 1], so the sum over [a, b) is out[b] − out[a]. */
export function prefixSums(xs: readonly number[]): Float64Array {
  const out = new Float64Array(xs.length + 1);
  for (let i = 0; i < xs.length; i++) out[i + 1] = out[i]! + xs[i]!;
  return out;
}
