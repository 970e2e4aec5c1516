import type { Finding } from '../../server/checks/types.ts';
import { codePointLength } from '../../server/text/codepoints.ts';

/**
 * Hand-made findings (no rules run), so that every expected cell of a formatter's output is
 * known exactly. Each test file gives its own rule, category, message and document.
 */
export function findingsWith(defaults: Pick<Finding, 'ruleId' | 'category' | 'message' | 'docKey'>) {
  const finding = (over: Partial<Finding> & Pick<Finding, 'target' | 'text'>): Finding => ({
    severity: 'minor',
    confidence: 0.9,
    count: 1,
    ...defaults,
    ...over,
  });
  /**
   * A whole English paragraph left out, as the omission rule reports it: an empty target span
   * where the Chinese would be, the English paragraph as the source span.
   */
  const omission = (target: { para: number; at: number }, source: { para: number; text: string }, over: Partial<Finding> = {}): Finding =>
    finding({
      ruleId: 'omission',
      category: 'Accuracy/Omission',
      severity: 'major',
      target: { para: target.para, start: target.at, end: target.at },
      text: '',
      source: { para: source.para, start: 0, end: codePointLength(source.text), text: source.text },
      ...over,
    });
  return { finding, omission };
}
