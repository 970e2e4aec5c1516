import type { Db } from '../store/db.ts';
import { listTranslations, loadDocument } from '../store/documents.ts';
import { dismissedKeys, docKeyOf, replaceFindings } from '../store/findings.ts';
import { paragraphLinks } from '../align/document-links.ts';
import { checkCorpus } from '../checks/engine.ts';
import { signature } from '../checks/signature.ts';
import type { ResolvedConfig } from '../checks/config.ts';
import type { Reference } from '../checks/reference.ts';
import type { CheckDocument, Finding } from '../checks/types.ts';
import { VERSION } from '../version.ts';

export interface CheckRunSummary {
  documents: number;
  findings: number;
  bySeverity: Record<string, number>;
  signature: string;
}

/**
 * Checks every stored translation and stores the findings: the store → align → check →
 * findings leg of the data flow, for `npm start` and `xinda lint --db`. All documents go
 * through the engine together so corpus rules see every rendering.
 */
export function checkStored(db: Db, config: ResolvedConfig, reference: Reference): CheckRunSummary {
  const rows = listTranslations(db);
  const docs: { id: number; doc: CheckDocument }[] = rows.map((t) => {
    const view = loadDocument(db, t.id)!;
    return {
      id: t.id,
      doc: { key: docKeyOf(t.sourceKey, t.system), source: view.source, target: view.target, links: paragraphLinks(view), system: t.system },
    };
  });
  const findings = checkCorpus(
    docs.map((d) => d.doc),
    { config, reference, dismissed: dismissedKeys(db) },
  );
  const byDoc = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byDoc.get(f.docKey);
    if (list) list.push(f);
    else byDoc.set(f.docKey, [f]);
  }
  const sig = signature(VERSION, config);
  const bySeverity: Record<string, number> = {};
  let stored = 0;
  db.transaction(() => {
    for (const d of docs) {
      const mine = byDoc.get(d.doc.key) ?? [];
      stored += replaceFindings(db, d.id, mine, sig);
      for (const f of mine) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    }
  })();
  return { documents: docs.length, findings: stored, bySeverity, signature: sig };
}
