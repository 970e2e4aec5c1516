// npm run names:chars — rewrites server/names/translit-chars.data.ts from ICU's names and
// CC-CEDICT's proper nouns (see server/names/translit-evidence.ts for how characters are chosen).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { translitCharsModule } from '../server/names/translit-chars.ts';
import { deriveTranslitChars } from '../server/names/translit-evidence.ts';
import { cedictFile } from '../server/text/cedict-file.ts';

const out = fileURLToPath(new URL('../server/names/translit-chars.data.ts', import.meta.url));
const chars = deriveTranslitChars();
writeFileSync(out, translitCharsModule(chars, cedictFile().version));
process.stdout.write(`${[...chars].length} characters written to ${out}\n`);
