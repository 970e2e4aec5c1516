// npm run docs:rules — rewrites docs/rules.md from the registered rules.
import { writeFileSync } from 'node:fs';
import { RULES } from '../server/checks/rules/index.ts';
import { rulesMarkdown } from '../server/checks/rules-doc.ts';

const path = new URL('../docs/rules.md', import.meta.url);
writeFileSync(path, rulesMarkdown(RULES));
process.stdout.write(`wrote docs/rules.md (${RULES.length} rules)\n`);
