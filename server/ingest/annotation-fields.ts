import { SEVERITIES, type ImportAnnotation, type Severity, type Side } from '../model.ts';
import type { Fields } from './json-fields.ts';

export function isSeverity(s: string): s is Severity {
  return (SEVERITIES as readonly string[]).includes(s);
}

export function parseSeverity(f: Fields, key: string): Severity {
  const s = f.str(key).toLowerCase();
  if (!isSeverity(s)) f.fail(`field "${key}" must be one of ${SEVERITIES.join('/')}, not "${s}"`);
  return s;
}

export function parseSide(f: Fields, key: string, fallback: Side): Side {
  const s = f.optStr(key) ?? fallback;
  if (s !== 'source' && s !== 'target') f.fail(`field "${key}" must be "source" or "target", not "${s}"`);
  return s;
}

/** Annotations in xinda's own JSONL export shape (see docs/formats.md). */
export function readAnnotations(t: Fields, defaultSide: Side): ImportAnnotation[] {
  return t.objects('annotations').map((a) => ({
    side: parseSide(a, 'side', defaultSide),
    para: a.int('para'),
    start: a.optInt('start'),
    end: a.optInt('end'),
    text: a.optStr('text') ?? '',
    category: a.str('category'),
    severity: parseSeverity(a, 'severity'),
    author: a.str('author'),
    ...(a.has('comment') && { comment: a.str('comment') }),
  }));
}
