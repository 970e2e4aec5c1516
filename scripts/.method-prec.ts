import { readFileSync } from 'node:fs';
import { loadReference } from '../server/checks/reference-load.ts';
import { EMPTY_REFERENCE } from '../server/checks/reference.ts';
import { documentNames } from '../server/names/entities.ts';
import { renderingKey } from '../server/names/authority.ts';
import { withoutAddedHead } from '../server/names/generic-heads.ts';
const corpus = loadReference('corpus');
const ref = { ...EMPTY_REFERENCE, demonyms: corpus.demonyms, allowLatin: corpus.allowLatin };
const normEn = (s: string) => s.trim().replace(/['’]s$/, '');
const key = (en: string, zh: string) => `${normEn(en)}\u0000${renderingKey(withoutAddedHead(normEn(en), zh))}`;
const stats = new Map<string, [number, number]>();
for (const f of process.argv.slice(2)) for (const line of readFileSync(f, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  const gold = new Set((r.pairs as [string, string][]).map(([e, z]) => key(e, z)));
  const d = documentNames({ key: r.id, source: [r.en], target: [r.zh], links: [{ src: [0], tgt: [0] }] }, ref);
  for (const e of d.entities) for (const x of e.renderings) for (const o of x.occurrences) {
    const s = stats.get(o.method) ?? [0, 0];
    if (gold.has(key(o.source.text, o.text))) s[0]++; else { s[1]++; if (process.env.SHOW) console.log(o.method, r.id, o.source.text, o.text); }
    stats.set(o.method, s);
  }
}
for (const [m, [tp, fp]] of stats) console.log(m.padEnd(10), 'tp', tp, 'fp', fp, 'prec', (tp / (tp + fp)).toFixed(3));
