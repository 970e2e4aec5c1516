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

/**
 * The matches of a global RegExp in text, as matchAll yields them (an empty match moves on by
 * one character), but read with exec: matchAll copies the RegExp on every call, which for a
 * large alternation (the country names) cost several times the matching itself. The RegExp's
 * lastIndex is 0 before and after, so it can stay shared.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  // As matchAll: without the g flag exec would find the first match for ever.
  if (!re.global) throw new TypeError(`execAll needs a global RegExp: ${String(re)}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  return out;
}

/** The index after the character at index (a whole code point in Unicode mode), as AdvanceStringIndex has it. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.codePointAt(index)!;
  return index + (c > 0xffff ? 2 : 1);
}
