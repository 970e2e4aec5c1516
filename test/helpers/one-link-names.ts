import { EMPTY_REFERENCE, type Reference } from '../../server/checks/reference.ts';
import { documentNames, type Occurrence } from '../../server/names/entities.ts';

/** Every occurrence the names analysis finds in a one-paragraph document of one link, with empty authority files unless given others. */
export function oneLinkOccurrences(en: string, zh: string, reference: Reference = EMPTY_REFERENCE): Occurrence[] {
  return documentNames({ key: 'd', source: [en], target: [zh], links: [{ src: [0], tgt: [0] }] }, reference).entities.flatMap((e) =>
    e.renderings.flatMap((r) => r.occurrences),
  );
}
