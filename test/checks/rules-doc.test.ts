import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { RULES } from '../../server/checks/rules/index.ts';
import { rulesMarkdown } from '../../server/checks/rules-doc.ts';

describe('the rule registry', () => {
  it('docs/rules.md is up to date (run npm run docs:rules)', () => {
    const onDisk = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(rulesMarkdown(RULES));
  });

  it('has unique ids', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
