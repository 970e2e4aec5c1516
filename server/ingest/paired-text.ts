import type { ImportDoc, SourceDoc } from '../model.ts';
import { InputError } from './input-error.ts';
import { paragraphLines } from './lines.ts';
import { Fields, type JsonObject } from './json-fields.ts';

export interface TextFile {
  path: string;
  text: string;
}

/** NAME.en.txt, NAME.zh.txt and NAME.meta.json found side by side. */
export interface PairedFiles {
  name: string;
  en?: TextFile;
  zh?: TextFile;
  meta?: TextFile;
}

export interface Meta {
  id?: string;
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
  system?: string;
  source_id?: string;
}

const META_KEYS = ['id', 'title', 'outlet', 'url', 'published', 'system', 'source_id'] as const;

export function parseMeta(file: TextFile): Meta {
  let value: unknown;
  try {
    value = JSON.parse(file.text);
  } catch (e) {
    throw new InputError(file.path, `malformed JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(file.path, 'expected a JSON object');
  }
  const f = new Fields(file.path, undefined, value as JsonObject);
  const meta: Meta = {};
  for (const k of META_KEYS) {
    const v = f.optStr(k);
    if (v !== undefined) meta[k] = v;
  }
  return meta;
}

/**
 * Paragraph counts this far apart usually mean the wrong pair of files, but MT does
 * merge paragraphs, so it is a warning, not an error.
 */
const PARAGRAPH_RATIO_WARN = 1.5;

export function readPairedText(files: PairedFiles): ImportDoc {
  const { name, en, zh } = files;
  if (en && !zh) {
    throw new InputError(en.path, `no translation beside it: expected ${name}.zh.txt in the same folder`);
  }
  if (!zh) throw new InputError(files.meta?.path ?? name, `no ${name}.en.txt or ${name}.zh.txt beside this file`);
  const meta = files.meta ? parseMeta(files.meta) : {};
  const zhParas = nonEmpty(zh);
  const warnings: string[] = [];
  let source: SourceDoc | undefined;
  if (en) {
    const enParas = nonEmpty(en);
    source = {
      key: meta.id ?? name,
      lang: 'en',
      paragraphs: enParas,
      title: meta.title ?? enParas[0]!,
      ...(meta.outlet !== undefined && { outlet: meta.outlet }),
      ...(meta.url !== undefined && { url: meta.url }),
      ...(meta.published !== undefined && { published: meta.published }),
    };
    const ratio = Math.max(enParas.length, zhParas.length) / Math.min(enParas.length, zhParas.length);
    if (ratio > PARAGRAPH_RATIO_WARN) {
      warnings.push(
        `${en.path}: ${enParas.length} paragraphs against ${zhParas.length} in ${zh.path}; check that these files belong together`,
      );
    }
  }
  return {
    origin: { file: zh.path },
    ...(source && { source }),
    ...(!source && meta.source_id !== undefined && { sourceKey: meta.source_id }),
    translations: [{ system: meta.system ?? 'unknown', lang: 'zh-Hans', paragraphs: zhParas, annotations: [] }],
    warnings,
  };
}

function nonEmpty(file: TextFile): string[] {
  const paras = paragraphLines(file.text).map((l) => l.text);
  if (paras.length === 0) throw new InputError(file.path, 'file is empty');
  return paras;
}
