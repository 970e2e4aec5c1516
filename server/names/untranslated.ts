import { accepts } from './authority.ts';
import type { DocNames, Entity, Occurrence } from './entities.ts';

// The people and outlets a translation left in Latin script: what name-untranslated reports
// and untranslated-latin therefore leaves alone (one finding per span, from the rule that
// knows what the span names).

export interface LatinStyle {
  allowLatin: readonly string[];
  latinNamesAllowed: boolean;
}

export function latinEntityOccurrences(names: DocNames, style: LatinStyle): { entity: Entity; occurrence: Occurrence }[] {
  if (style.latinNamesAllowed) return [];
  const allow = new Set(style.allowLatin);
  const out: { entity: Entity; occurrence: Occurrence }[] = [];
  for (const e of names.entities) {
    if (e.kind !== 'person' && e.kind !== 'outlet') continue;
    for (const r of e.renderings) {
      if (r.how !== 'latin') continue;
      // A web address is an outlet's own name; house style and the outlets file keep some Latin.
      if (/\.[a-z]{2,}$/i.test(r.text) || allow.has(r.text) || (e.authority && accepts(e.authority, r.text))) continue;
      for (const o of r.occurrences) out.push({ entity: e, occurrence: o });
    }
  }
  return out;
}
