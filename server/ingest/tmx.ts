// TMX 1.4 reader: a whole memory is one article, each <tu> one paragraph.
import path from 'node:path';
import type { ImportDoc } from '../model.ts';
import { InputError } from './input-error.ts';
import { childElements, firstChild, inlineText, isChinese, isEnglish, parseXmlRoot, type XmlElement } from './xml-parse.ts';

// Inline codes carry original-format markup (their <sub> text goes with them); <hi> is just emphasis.
const CODES: ReadonlySet<string> = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

interface Side {
  lang: string;
  text: string;
}

export function readTmx(file: string, text: string, opts: { system?: string }): ImportDoc[] {
  const root = parseXmlRoot(file, text, 'tmx');
  const header = firstChild(root, 'header');
  const body = firstChild(root, 'body');
  const tus = body ? childElements(body, 'tu') : [];
  if (tus.length === 0) throw new InputError(file, 'no translation units (<tu>)', { line: (body ?? root).line });

  const pairs = tus.map((tu, i) => pair(file, tu, i, header?.attrs.srclang));
  const key = path.basename(file, path.extname(file));
  const first = pairs[0]!;
  return [
    {
      origin: { file },
      source: { key, title: key, lang: first.source.lang, paragraphs: pairs.map((p) => p.source.text) },
      translations: [
        {
          system: opts.system ?? header?.attrs.creationtool ?? 'unknown',
          lang: first.target.lang,
          paragraphs: pairs.map((p) => p.target.text),
          pairedWithSource: true,
          annotations: [],
        },
      ],
      warnings: [],
    },
  ];
}

function pair(file: string, tu: XmlElement, i: number, headerSrc: string | undefined): { source: Side; target: Side } {
  const sides = childElements(tu, 'tuv').map((tuv): Side => {
    // `lang` is the TMX 1.1–1.3 spelling of xml:lang.
    const seg = firstChild(tuv, 'seg');
    return { lang: tuv.attrs['xml:lang'] ?? tuv.attrs.lang ?? '', text: seg ? inlineText(seg, CODES) : '' };
  });
  // srclang (tu overrides header) only disambiguates when several English variants
  // are present; "*all*" means any variant may be the source.
  const srcLang = (tu.attrs.srclang ?? headerSrc ?? '').toLowerCase();
  const english = sides.filter((s) => isEnglish(s.lang));
  const source = english.find((s) => s.lang.toLowerCase() === srcLang) ?? english[0];
  const target = sides.find((s) => isChinese(s.lang));
  if (!source || !target) {
    const langs = sides.map((s) => s.lang || '?').join(', ') || 'none';
    const lacking = !source ? 'English' : 'Chinese';
    throw new InputError(file, `<tu> #${i + 1} has no ${lacking} <tuv> (languages: ${langs})`, { line: tu.line });
  }
  return { source, target };
}
