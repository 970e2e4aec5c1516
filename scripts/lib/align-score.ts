// Scores sentence alignments against gold links, as defined in
// ../shared/data/align-zhen/README.md:
// - exact (the Bertalign paper): a test link is a match when the gold has the identical link,
//   null links included; P = matches / test links, R = matches / gold links.
// - strict / lax (Vecalign's score.py after Sennrich & Volk 2011): precision over the test
//   links (only links empty on both sides dropped); a strict hit is an identical gold link, a
//   lax hit shares at least one (source, target) sentence pair with a gold link. Recall is the
//   same count with gold and test swapped, after dropping every link with an empty side.
// Counts add up over documents, so totals are micro-averages.

export interface Link {
  src: readonly number[];
  tgt: readonly number[];
}

export interface Counts {
  /** exact: matches, test links, gold links */
  exact: number;
  test: number;
  gold: number;
  /** strict/lax precision: hits and misses over test links */
  pStrict: number;
  pStrictMiss: number;
  pLax: number;
  pLaxMiss: number;
  /** strict/lax recall: hits and misses over gold links with two non-empty sides */
  rStrict: number;
  rStrictMiss: number;
  rLax: number;
  rLaxMiss: number;
  /** gold links by type ("1-2" = one source, two target sentences): how many, how many found exactly */
  byType: Record<string, { gold: number; found: number }>;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

const key = (l: Link) => `${l.src.join(',')}:${l.tgt.join(',')}`;
export const linkType = (l: Link) => `${l.src.length}-${l.tgt.length}`;

export function emptyCounts(): Counts {
  return { exact: 0, test: 0, gold: 0, pStrict: 0, pStrictMiss: 0, pLax: 0, pLaxMiss: 0, rStrict: 0, rStrictMiss: 0, rLax: 0, rLaxMiss: 0, byType: {} };
}

/** Vecalign's precision count: [strict hits, strict misses, lax hits, lax misses] of test against gold. */
function precisionCounts(gold: readonly Link[], test: readonly Link[]): [number, number, number, number] {
  const nonEmpty = (ls: readonly Link[]) => ls.filter((l) => l.src.length > 0 || l.tgt.length > 0);
  const goldKeys = new Set(nonEmpty(gold).map(key));
  const goldTargets = new Map<number, Set<number>>();
  for (const g of nonEmpty(gold)) {
    for (const s of g.src) {
      const set = goldTargets.get(s) ?? new Set<number>();
      for (const t of g.tgt) set.add(t);
      goldTargets.set(s, set);
    }
  }
  let strict = 0;
  let strictMiss = 0;
  let lax = 0;
  let laxMiss = 0;
  const seen = new Set<string>();
  for (const t of nonEmpty(test)) {
    const k = key(t);
    if (seen.has(k)) continue;
    seen.add(k);
    if (goldKeys.has(k)) {
      strict++;
      lax++;
      continue;
    }
    strictMiss++;
    const shares = t.src.some((s) => t.tgt.some((x) => goldTargets.get(s)?.has(x) === true));
    if (shares) lax++;
    else laxMiss++;
  }
  return [strict, strictMiss, lax, laxMiss];
}

/** Counts of one document. */
export function scoreDocument(gold: readonly Link[], test: readonly Link[]): Counts {
  const c = emptyCounts();
  const goldKeys = new Set(gold.map(key));
  const testKeys = new Set(test.map(key));
  c.test = test.length;
  c.gold = gold.length;
  c.exact = test.filter((t) => goldKeys.has(key(t))).length;
  for (const g of gold) {
    const type = linkType(g);
    const row = (c.byType[type] ??= { gold: 0, found: 0 });
    row.gold++;
    if (testKeys.has(key(g))) row.found++;
  }
  [c.pStrict, c.pStrictMiss, c.pLax, c.pLaxMiss] = precisionCounts(gold, test);
  const full = (ls: readonly Link[]) => ls.filter((l) => l.src.length > 0 && l.tgt.length > 0);
  [c.rStrict, c.rStrictMiss, c.rLax, c.rLaxMiss] = precisionCounts(full(test), full(gold));
  return c;
}

export function addCounts(a: Counts, b: Counts): Counts {
  const byType: Counts['byType'] = {};
  for (const src of [a.byType, b.byType]) {
    for (const [t, v] of Object.entries(src)) {
      const row = (byType[t] ??= { gold: 0, found: 0 });
      row.gold += v.gold;
      row.found += v.found;
    }
  }
  return {
    exact: a.exact + b.exact,
    test: a.test + b.test,
    gold: a.gold + b.gold,
    pStrict: a.pStrict + b.pStrict,
    pStrictMiss: a.pStrictMiss + b.pStrictMiss,
    pLax: a.pLax + b.pLax,
    pLaxMiss: a.pLaxMiss + b.pLaxMiss,
    rStrict: a.rStrict + b.rStrict,
    rStrictMiss: a.rStrictMiss + b.rStrictMiss,
    rLax: a.rLax + b.rLax,
    rLaxMiss: a.rLaxMiss + b.rLaxMiss,
    byType,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const prf = (p: number, r: number): Prf => ({ p, r, f1: f1(p, r) });

export function exactPrf(c: Counts): Prf {
  return prf(ratio(c.exact, c.test), ratio(c.exact, c.gold));
}

export function strictPrf(c: Counts): Prf {
  return prf(ratio(c.pStrict, c.pStrict + c.pStrictMiss), ratio(c.rStrict, c.rStrict + c.rStrictMiss));
}

export function laxPrf(c: Counts): Prf {
  return prf(ratio(c.pLax, c.pLax + c.pLaxMiss), ratio(c.rLax, c.rLax + c.rLaxMiss));
}
