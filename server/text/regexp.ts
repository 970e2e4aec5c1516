/** Escapes a literal for use inside a RegExp (names, terms and country forms come from data files). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
