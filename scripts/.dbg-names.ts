import { readFileSync } from 'node:fs';
import { loadReference } from '../server/checks/reference-load.ts';
import { EMPTY_REFERENCE } from '../server/checks/reference.ts';
import { documentNames } from '../server/names/entities.ts';
import { englishMentions } from '../server/names/english-mentions.ts';
import { chineseMentions } from '../server/names/chinese-mentions.ts';
import { lexiconFor } from '../server/names/lexicon.ts';
import { translitChars } from '../server/names/translit-chars.ts';
const corpus = loadReference('corpus');
const ref = { ...EMPTY_REFERENCE, demonyms: corpus.demonyms, allowLatin: corpus.allowLatin };
const ids = new Set(process.argv.slice(3));
for (const line of readFileSync(process.argv[2]!, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  if (ids.size && !ids.has(r.id)) continue;
  console.log(`== ${r.id}\n${r.en}\n${r.zh}\ngold: ${r.pairs.map((p: string[]) => p.join('=')).join(' | ')}`);
  console.log('en:', englishMentions([r.en], lexiconFor(ref)).map((m) => `${m.text}<${m.kind}${m.cued ? ',cued' : ''}${m.outletKind ? ','+m.outletKind : ''}>`).join(' '));
  console.log('zh:', chineseMentions(r.zh, 0, translitChars(ref)).map((m) => `${m.text}<${m.kind}${m.core ? ',core=' + m.core.text : ''}>`).join(' '));
  const d = documentNames({ key: r.id, source: [r.en], target: [r.zh], links: [{ src: [0], tgt: [0] }] }, ref);
  console.log('links:', d.entities.flatMap((e) => e.renderings.flatMap((x) => x.occurrences.map((o) => `${o.source.text}=${o.text}(${o.method} ${o.score.toFixed(2)})`))).join(' | '));
}
