// npm run names:chars — rewrites server/names/translit-chars.data.ts from ICU's names
// (see server/names/translit-chars.ts for how characters are chosen).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deriveIcuTranslitChars, translitCharsModule } from '../server/names/translit-chars.ts';

const out = fileURLToPath(new URL('../server/names/translit-chars.data.ts', import.meta.url));
const chars = deriveIcuTranslitChars();
writeFileSync(out, translitCharsModule(chars));
process.stdout.write(`${[...chars].length} characters written to ${out}\n`);
