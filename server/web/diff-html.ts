import { diffChars } from 'diff';
import { escapeHtml } from './html.ts';

// A character-level diff of a post-edit against the text it was made from, as HTML built
// from escaped pieces: removed text in <del>, added text in <ins>. diffChars compares code
// points (Array.from), so a character outside the BMP is never cut in half.

export interface DiffStats {
  added: number;
  removed: number;
}

export function diffHtml(before: string, after: string): { html: string; stats: DiffStats } {
  let html = '';
  const stats: DiffStats = { added: 0, removed: 0 };
  for (const part of diffChars(before, after)) {
    const text = escapeHtml(part.value);
    if (part.added) {
      html += `<ins>${text}</ins>`;
      stats.added += part.count;
    } else if (part.removed) {
      html += `<del>${text}</del>`;
      stats.removed += part.count;
    } else html += text;
  }
  return { html, stats };
}
