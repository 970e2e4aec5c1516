// Escaping for the report's HTML and inline SVG: every string that came from a document,
// a rule or the command line goes through here, in element content and quoted attributes.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
