import { createHash } from 'node:crypto';

export function contentHash(lang: string, paragraphs: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify([lang, paragraphs])).digest('hex');
}

export function shortHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}
