// npm run names:readings [-- --unihan DIR] — rewrites server/names/sino-readings.data.ts from the
// Unihan files in DIR (default /usr/share/unicode; see scripts/lib/unihan-readings.ts).

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sinoReadingsModule } from '../server/names/sino-readings-format.ts';
import { UNIHAN_DIR, unihanReadings } from './lib/unihan-readings.ts';

try {
  const dir = parseArgs({ options: { unihan: { type: 'string' } } }).values.unihan ?? UNIHAN_DIR;
  const table = unihanReadings(dir);
  const out = fileURLToPath(new URL('../server/names/sino-readings.data.ts', import.meta.url));
  writeFileSync(out, sinoReadingsModule(table));
  process.stdout.write(`${table.size} characters written to ${out}\n`);
} catch (e) {
  process.stderr.write(`names:readings: ${(e as Error).message}\nusage: npm run names:readings [-- --unihan DIR]\n`);
  process.exit(2);
}
