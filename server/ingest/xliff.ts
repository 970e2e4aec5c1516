// XLIFF 1.2 and 2.x reader: each <file> is one article, each unit one paragraph.
import path from 'node:path';
import type { ImportDoc } from '../model.ts';
import { InputError } from './input-error.ts';
import { childElements, findAll, firstChild, inlineText, isChinese, isEnglish, parseXmlRoot, type XmlElement } from './xml-parse.ts';

// Inline codes whose content is original-format markup, not translatable words.
const CODES_12: ReadonlySet<string> = new Set(['x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it']);
const CODES_20: ReadonlySet<string> = new Set(['ph', 'sc', 'ec', 'sm', 'em', 'cp']);

interface Unit {
  source: string;
  /** '' when the unit carries no translation. */
  target: string;
  /** Some segment lacks a <target> (a partly translated unit keeps what it has). */
  incomplete: boolean;
  line: number;
}

export function readXliff(file: string, text: string, opts: { system?: string }): ImportDoc[] {
  const root = parseXmlRoot(file, text, 'xliff');
  const version = root.attrs.version ?? '';
  // 2.1/2.2 only add modules; their core is read the same way as 2.0.
  const v2 = /^2\.\d$/.test(version);
  if (!v2 && version !== '1.2') {
    throw new InputError(file, `unsupported XLIFF version "${version}" (expected 1.2 or 2.0)`, { line: root.line });
  }
  const files = childElements(root, 'file');
  if (files.length === 0) throw new InputError(file, 'no <file> element, so no translation units', { line: root.line });

  return files.map((f, i): ImportDoc => {
    // 2.x declares languages once on the root; 1.2 on each <file>.
    const langAt = v2 ? root : f;
    const srcLang = langAt.attrs[v2 ? 'srcLang' : 'source-language'];
    const trgLang = langAt.attrs[v2 ? 'trgLang' : 'target-language'];
    checkLangs(file, srcLang, trgLang, langAt.line);

    // `original` names the article (a path or URL); a 2.x `id` is often just "f1".
    const key = f.attrs.original ?? (v2 ? f.attrs.id : undefined) ?? `${path.basename(file)}#${i + 1}`;
    const units = v2 ? findAll(f, 'unit').map(unit20) : findAll(f, 'trans-unit').map(unit12);
    if (units.length === 0) throw new InputError(file, `<file> "${key}" has no translation units`, { line: f.line });

    // Untranslated units are kept so paragraph indices still match the source.
    const missing = units.filter((u) => u.incomplete || (!u.target.trim() && u.source.trim()));
    const warnings =
      missing.length === 0
        ? []
        : [`${file}: ${key}: ${missing.length} of ${units.length} units have no translation (line ${listLines(missing)})`];

    return {
      origin: { file, line: f.line },
      source: { key, title: key, lang: srcLang!, paragraphs: units.map((u) => u.source) },
      translations: [
        {
          system: opts.system ?? (v2 ? undefined : tool12(f)) ?? 'unknown',
          lang: trgLang!,
          paragraphs: units.map((u) => u.target),
          pairedWithSource: true,
          annotations: [],
        },
      ],
      warnings,
    };
  });
}

function checkLangs(file: string, src: string | undefined, trg: string | undefined, line: number): void {
  if (!trg) throw new InputError(file, 'no target language declared', { line });
  if (!src) throw new InputError(file, 'no source language declared', { line });
  if (!isEnglish(src)) {
    throw new InputError(file, `source language is "${src}"; only English sources (en, en-US, en-GB…) are supported`, {
      line,
    });
  }
  if (!isChinese(trg)) {
    throw new InputError(file, `target language is "${trg}"; only Chinese targets (zh, zh-CN, zh-TW…) are supported`, {
      line,
    });
  }
}

function unit12(tu: XmlElement): Unit {
  // Only direct children: <alt-trans> holds other candidates' source/target.
  const src = firstChild(tu, 'source');
  const tgt = firstChild(tu, 'target');
  return {
    source: src ? inlineText(src, CODES_12) : '',
    target: tgt ? inlineText(tgt, CODES_12) : '',
    incomplete: !tgt,
    line: tu.line,
  };
}

function unit20(unit: XmlElement): Unit {
  let source = '';
  let target = '';
  let incomplete = false;
  for (const part of childElements(unit)) {
    if (part.local !== 'segment' && part.local !== 'ignorable') continue;
    const src = firstChild(part, 'source');
    const tgt = firstChild(part, 'target');
    const s = src ? inlineText(src, CODES_20) : '';
    source += s;
    if (tgt) {
      target += inlineText(tgt, CODES_20);
    } else if (part.local === 'ignorable') {
      target += s; // the spec says an ignorable without target reuses its source
    } else {
      incomplete = true;
    }
  }
  // Ignorables alone (whitespace) must not pass for a translation.
  return { source, target: incomplete && !target.trim() ? '' : target, incomplete, line: unit.line };
}

/** Tool name from a 1.2 <file>: `tool` (1.1 style) or the <header><tool> it points to. */
function tool12(f: XmlElement): string | undefined {
  const header = firstChild(f, 'header');
  const id = f.attrs['tool-id'];
  const tool = header && childElements(header, 'tool').find((t) => id === undefined || t.attrs['tool-id'] === id);
  return f.attrs.tool ?? tool?.attrs['tool-name'] ?? id;
}

function listLines(units: Unit[]): string {
  const shown = units.slice(0, 10).map((u) => u.line);
  return shown.join(', ') + (units.length > shown.length ? ', …' : '');
}
