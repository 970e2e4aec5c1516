import type { Db } from '../store/db.ts';
import { listTranslations, loadDocument } from '../store/documents.ts';
import { docKeyOf } from '../store/findings.ts';
import type { LintUnit } from './lint-docs.ts';

/**
 * Every stored translation as a lint unit, ordered by source key and system. Links the
 * store holds (stated by the file) are kept; the others are aligned by the job, as
 * check-stored does.
 */
export function unitsFromStore(db: Db): LintUnit[] {
  const originOf = db.prepare('SELECT origin FROM translations WHERE id = ?').pluck();
  return listTranslations(db).map((t) => {
    const view = loadDocument(db, t.id)!;
    return {
      job: { key: docKeyOf(t.sourceKey, t.system), source: view.source, target: view.target, links: view.storedLinks },
      file: originOf.get(t.id) as string,
      sourceKey: t.sourceKey,
      ...(t.title !== null && { title: t.title }),
      system: t.system,
      translationId: t.id,
    };
  });
}
