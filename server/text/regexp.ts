/** Escapes a literal for use inside a RegExp (names, terms and country forms come from data files). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One alternation over literal forms, longest first, so that Niger does not hide Nigeria.
 * Forms of one length are put in code-unit order: no two of them can be a prefix of each
 * other, so their order changes nothing that matches, and a locale collation of a few
 * thousand forms cost hundreds of milliseconds at every start.
 */
export function alternation(forms: Iterable<string>): string {
  return [...forms]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(escapeRegExp)
    .join('|');
}
