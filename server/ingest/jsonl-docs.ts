import type { ImportDoc, SourceDoc, TranslationDoc } from '../model.ts';
import { InputError } from './input-error.ts';
import { Fields, type JsonObject } from './json-fields.ts';
import { readAnnotations } from './annotation-fields.ts';

/**
 * One document per line:
 * { "id", "source": {title, outlet, url, published, lang?, paragraphs}, "translations": [{system, lang?, paragraphs, annotations?}] }
 * Without "source" the line must name a stored source by "source_id", or leave it out
 * and let the store find the source by fingerprint.
 */
export function docFromRecord(file: string, line: number, obj: JsonObject): ImportDoc {
  const f = new Fields(file, line, obj);
  const id = f.optStr('id');
  let source: SourceDoc | undefined;
  if (f.has('source')) {
    const s = f.object('source');
    const paragraphs = s.strings('paragraphs');
    if (paragraphs.length === 0) throw new InputError(file, 'source has no paragraphs', { line });
    source = {
      lang: s.optStr('lang') ?? 'en',
      paragraphs,
      ...(id !== undefined && { key: id }),
      ...optional('title', s.optStr('title')),
      ...optional('outlet', s.optStr('outlet')),
      ...optional('url', s.optStr('url')),
      ...optional('published', s.optStr('published')),
    };
  }
  const translations: TranslationDoc[] = f.objects('translations').map((t) => {
    const paragraphs = t.strings('paragraphs');
    return {
      system: t.str('system'),
      lang: t.optStr('lang') ?? 'zh-Hans',
      paragraphs,
      annotations: readAnnotations(t, 'target'),
    };
  });
  if (!source && translations.length === 0) {
    throw new InputError(file, 'record has neither "source" nor "translations"', { line });
  }
  const sourceKey = source ? undefined : f.optStr('source_id');
  return { origin: { file, line }, ...(source && { source }), ...(sourceKey !== undefined && { sourceKey }), translations, warnings: [] };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
