import { accepts, type AuthorityEntry } from './authority.ts';
import { corpusVariants, type CorpusEntity } from './corpus-entities.ts';
import type { Entity, Rendering } from './entities.ts';

// What is wrong with how the translations render an entity, in the words of `xinda names` and
// the review page's names panel. One place, so the command and the site cannot disagree.

export type Verdict = 'ok' | 'inconsistent' | 'variant' | 'nonstandard' | 'untranslated' | 'not rendered';

/** A rendering the authority file does not accept. Latin ones are judged as untranslated instead. */
export function isNonstandard(entry: AuthorityEntry | undefined, r: Rendering): boolean {
  return entry !== undefined && r.how !== 'latin' && !accepts(entry, r.text);
}

/** A person or outlet left in Latin script; a web address (Haqqin.az) is its own name. */
export function isUntranslated(kind: Entity['kind'], r: Rendering): boolean {
  return (kind === 'person' || kind === 'outlet') && r.how === 'latin' && !/\.[a-z]{2,}$/i.test(r.text);
}

export function verdicts(e: CorpusEntity): Verdict[] {
  const v: Verdict[] = [];
  const renderings = e.uses.flatMap((u) => u.entity.renderings);
  if (e.uses.some((u) => u.clusters.length > 1)) v.push('inconsistent');
  if (corpusVariants(e).length > 1) v.push('variant');
  if (e.authority && renderings.some((r) => isNonstandard(e.authority, r))) v.push('nonstandard');
  if (renderings.some((r) => isUntranslated(e.kind, r))) v.push('untranslated');
  if (renderings.length === 0) v.push('not rendered');
  return v.length ? v : ['ok'];
}
