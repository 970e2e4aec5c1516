// The Japanese, Korean, Vietnamese and Cantonese readings xinda keeps (server/names/sino-readings.data.ts),
// taken from the Unicode Character Database's Unihan files (Debian: `apt-get install
// unicode-data`, which puts them in /usr/share/unicode, bzip2-compressed).
//
// What it keeps: for each character of GB 2312 (the simplified characters Chinese news is written
// in) and the basic block's other characters from China's sources that are not traditional
// forms, its Japanese (on and kun), Korean, Vietnamese and Cantonese (Jyutping) readings, merged with those of its
// traditional forms and their variants (怀 reads as 懷 does: hoài, 회, KAI), because Japanese,
// Korean and Vietnamese names are written in characters and Chinese keeps the characters
// (熊本 Kumamoto, 全州 Jeonju, 梁怀南 Luong Hoai Nam, 梁咏诗 Leung Wing-sze).

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hangulToLatin, type SinoReading } from '../../server/names/sino-readings-format.ts';

export const UNIHAN_DIR = '/usr/share/unicode';

/** Whether DIR holds the Unihan files this reads (plain or bzip2-compressed). */
export function hasUnihan(dir: string): boolean {
  return ['Unihan_Readings', 'Unihan_Variants', 'Unihan_IRGSources'].every((n) => existsSync(join(dir, `${n}.txt`)) || existsSync(join(dir, `${n}.txt.bz2`)));
}

/** A Unihan file's text, from DIR/name.txt or DIR/name.txt.bz2. */
function unihanFile(dir: string, name: string): string {
  const plain = join(dir, `${name}.txt`);
  if (existsSync(plain)) return readFileSync(plain, 'utf8');
  const packed = `${plain}.bz2`;
  if (!existsSync(packed)) throw new Error(`neither ${plain} nor ${packed} exists (apt-get install unicode-data, or --unihan DIR)`);
  const r = spawnSync('bzcat', [packed], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`bzcat ${packed} failed: ${r.stderr || r.error?.message}`);
  return r.stdout;
}

/** field → code point → value, for the fields asked for. */
function fields(text: string, wanted: readonly string[]): Map<string, Map<number, string>> {
  const out = new Map<string, Map<number, string>>(wanted.map((f) => [f, new Map()]));
  for (const line of text.split('\n')) {
    if (!line.startsWith('U+')) continue;
    const [cp, field, value] = line.split('\t');
    const map = out.get(field!);
    if (map && value !== undefined) map.set(parseInt(cp!.slice(2), 16), value);
  }
  return out;
}

const codePoints = (value: string | undefined): number[] =>
  (value ?? '')
    .split(' ')
    .filter((v) => v.startsWith('U+'))
    .map((v) => parseInt(v.slice(2), 16));
const words = (v: string | undefined) => (v ?? '').split(' ').filter(Boolean);
const plainVietnamese = (v: string) => v.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** The table of readings, by character. Throws when a file is missing or unreadable. */
export function unihanReadings(dir: string): Map<string, SinoReading> {
  const readings = fields(unihanFile(dir, 'Unihan_Readings'), ['kJapaneseOn', 'kJapaneseKun', 'kHangul', 'kVietnamese', 'kCantonese']);
  const variants = fields(unihanFile(dir, 'Unihan_Variants'), ['kTraditionalVariant', 'kSimplifiedVariant', 'kSemanticVariant', 'kZVariant']);
  const sources = fields(unihanFile(dir, 'Unihan_IRGSources'), ['kIRG_GSource']);
  const field = (map: Map<string, Map<number, string>>, name: string, cp: number) => map.get(name)!.get(cp);
  const table = new Map<string, SinoReading>();
  for (const [cp, source] of sources.get('kIRG_GSource')!) {
    // 昇 of 丰昇龙 and 镕 of 李在镕 are not in GB 2312; 龍 is 龙's traditional form.
    const simplified = codePoints(field(variants, 'kSimplifiedVariant', cp));
    if (!source.startsWith('G0-') && !(cp >= 0x4e00 && cp <= 0x9fff && (simplified.length === 0 || simplified.includes(cp)))) continue;
    // The character, its traditional forms, and their semantic and Z variants (豐 → 豊, the form Japan writes).
    const forms = new Set([cp, ...codePoints(field(variants, 'kTraditionalVariant', cp))]);
    for (const f of [...forms]) {
      for (const name of ['kSemanticVariant', 'kZVariant']) for (const v of codePoints(field(variants, name, f))) forms.add(v);
    }
    const ja = new Set<string>();
    const ko = new Set<string>();
    const vi = new Set<string>();
    const yue = new Set<string>();
    for (const f of forms) {
      for (const r of [...words(field(readings, 'kJapaneseOn', f)), ...words(field(readings, 'kJapaneseKun', f))]) ja.add(r.toLowerCase());
      for (const r of words(field(readings, 'kHangul', f))) ko.add(hangulToLatin(r.split(':')[0]!));
      for (const r of words(field(readings, 'kVietnamese', f))) vi.add(plainVietnamese(r));
      // Jyutping's tone digits (loeng4) are not written in names.
      for (const r of words(field(readings, 'kCantonese', f))) yue.add(r.replace(/\d/g, ''));
    }
    if (ja.size + ko.size + vi.size + yue.size > 0) table.set(String.fromCodePoint(cp), { ja: [...ja], ko: [...ko], vi: [...vi], yue: [...yue] });
  }
  return table;
}
