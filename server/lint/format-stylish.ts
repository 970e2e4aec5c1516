import type { LintedDocument } from '../pipeline/lint-docs.ts';
import type { Finding, FindingSeverity } from '../checks/types.ts';
import { toUtf16 } from '../text/codepoints.ts';

const COLOURS: Record<FindingSeverity | 'dim' | 'bold', string> = {
  critical: '\x1b[31m',
  major: '\x1b[33m',
  minor: '\x1b[36m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
};
const RESET = '\x1b[0m';

/** The flagged text with a little context on each side, on one line. */
function inContext(paragraph: string, f: Finding, paint: (k: keyof typeof COLOURS, s: string) => string): string {
  const from = toUtf16(paragraph, f.target.start);
  const to = toUtf16(paragraph, f.target.end);
  const before = paragraph.slice(Math.max(0, from - 8), from);
  const after = paragraph.slice(to, to + 8);
  const flagged = paragraph.slice(from, to) || '‸';
  return `${from > 8 ? '…' : ''}${before}${paint('bold', flagged)}${after}${to + 8 < paragraph.length ? '…' : ''}`.replace(/\s+/g, ' ');
}

/**
 * ESLint's "stylish": findings grouped by document, `para:col severity rule message`, the
 * flagged text in context, totals at the end. Colour only on a terminal.
 */
export function formatStylish(docs: readonly LintedDocument[], colour: boolean): string {
  const paint = (k: keyof typeof COLOURS, s: string) => (colour ? `${COLOURS[k]}${s}${RESET}` : s);
  const lines: string[] = [];
  const totals: Record<FindingSeverity, number> = { critical: 0, major: 0, minor: 0 };
  let fixable = 0;
  for (const d of docs) {
    if (d.findings.length === 0) continue;
    lines.push('', paint('bold', `${d.file}${d.line !== undefined ? `:${d.line}` : ''}`) + paint('dim', `  ${d.doc.key}`));
    for (const f of d.findings) {
      totals[f.severity] += f.count;
      if (f.suggestion !== undefined) fixable += f.count;
      const where = `${f.target.para + 1}:${f.target.start + 1}`.padEnd(7);
      const count = f.count > 1 ? ` (×${f.count})` : '';
      const text = inContext(d.doc.target[f.target.para] ?? '', f, paint);
      lines.push(`  ${paint('dim', where)} ${paint(f.severity, f.severity.padEnd(8))} ${f.ruleId.padEnd(22)} ${f.message}${count}`);
      lines.push(`  ${' '.repeat(7)} ${' '.repeat(8)} ${paint('dim', '›')} ${text}${f.suggestion !== undefined ? paint('dim', `  → ${f.suggestion}`) : ''}`);
    }
  }
  const total = totals.critical + totals.major + totals.minor;
  if (total === 0) return `${docs.length} document${docs.length === 1 ? '' : 's'} checked, no findings\n`;
  lines.push(
    '',
    paint('bold', `✖ ${total} finding${total === 1 ? '' : 's'} (${totals.critical} critical, ${totals.major} major, ${totals.minor} minor) in ${docs.length} document${docs.length === 1 ? '' : 's'}`),
  );
  if (fixable) lines.push(`  ${fixable} of them with a suggested fix`);
  return lines.join('\n') + '\n';
}
