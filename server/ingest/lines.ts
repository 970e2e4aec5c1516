/** Splits text into lines, keeping 1-based line numbers; accepts \n, \r\n and \r. */
export function splitLines(text: string): { line: number; text: string }[] {
  return text.split(/\r\n|\n|\r/).map((t, i) => ({ line: i + 1, text: t }));
}

/**
 * Paragraph lines of a one-paragraph-per-line file: blank lines are layout, not
 * paragraphs (the demo article starts and ends with blank lines).
 */
export function paragraphLines(text: string): { line: number; text: string }[] {
  return splitLines(text)
    .map((l) => ({ line: l.line, text: l.text.trim() }))
    .filter((l) => l.text !== '');
}
