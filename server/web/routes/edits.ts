import express from 'express';
import type { Db } from '../../store/db.ts';
import { paragraphLinks } from '../../align/document-links.ts';
import { loadDocument } from '../../store/documents.ts';
import { paragraphText } from '../../store/review-annotations.ts';
import { editHistory, headEdit, MAX_EDIT_LENGTH, normaliseEditText, saveEdit } from '../../store/edits.ts';
import { codePointLength } from '../../text/codepoints.ts';
import { requireRole, WRITERS } from '../auth.ts';
import { diffHtml } from '../diff-html.ts';
import { formField, formInt, routeId } from '../form.ts';
import { HttpError } from '../http-error.ts';
import { backToDoc, currentUser } from '../redirect.ts';

/**
 * POST /doc/:id/paragraphs/:n/edit saves a post-edit of Chinese paragraph n (numbered from 1,
 * as on the page) made on `version`; GET on the same path is the edit form on a page of its own
 * (the review page's script shows the same form inline); GET …/history shows every version. A
 * save made on an old version answers 409 with both versions side by side and saves nothing.
 */
export function editRoutes(db: Db): express.Router {
  const router = express.Router();

  router.post('/doc/:id/paragraphs/:n/edit', requireRole(...WRITERS), (req, res) => {
    const translationId = routeId(req.params.id);
    const paraNo = routeId(req.params.n);
    const raw = formField(req, 'text');
    const baseVersion = formInt(req, 'version');
    if (raw === undefined || baseVersion === undefined) throw new HttpError(400, 'error.badRequest');
    const text = normaliseEditText(raw);
    if (text === '') throw new HttpError(400, 'edit.empty');
    if (codePointLength(text) > MAX_EDIT_LENGTH) throw new HttpError(400, 'edit.tooLong');
    const result = saveEdit(db, { translationId, para: paraNo - 1, text, baseVersion, user: currentUser(res) });
    if (result.kind === 'no-paragraph') throw new HttpError(404, 'error.notFound');
    if (result.kind === 'conflict') {
      const theirs = result.head?.text ?? result.mt;
      res.status(409).render('edit-conflict', {
        translationId,
        paraNo,
        baseVersion,
        head: result.head,
        mt: result.mt,
        mine: result.mine,
        theirsHtml: diffHtml(result.mt, theirs).html,
        mineHtml: diffHtml(theirs, result.mine).html,
      });
      return;
    }
    backToDoc(res, translationId, `target-${paraNo}`);
  });

  router.get('/doc/:id/paragraphs/:n/edit', requireRole(...WRITERS), (req, res) => {
    const doc = loadDocument(db, routeId(req.params.id));
    const para = routeId(req.params.n) - 1;
    const mt = doc?.target[para];
    if (!doc || mt === undefined) throw new HttpError(404, 'error.notFound');
    const head = headEdit(db, doc.translation.id, para);
    const link = paragraphLinks(doc).find((l) => l.tgt.includes(para));
    res.render('edit-page', {
      translationId: doc.translation.id,
      paraNo: para + 1,
      sourceLang: doc.sourceLang,
      source: (link?.src ?? []).map((i) => ({ no: i + 1, text: doc.source[i] ?? '' })),
      mt,
      head,
      headHtml: head ? diffHtml(head.baseText, head.text).html : null,
    });
  });

  router.get('/doc/:id/paragraphs/:n/history', (req, res) => {
    const translationId = routeId(req.params.id);
    const paraNo = routeId(req.params.n);
    // Undefined for a missing translation as for a missing paragraph: both are not found.
    const mt = paragraphText(db, translationId, 'target', paraNo - 1);
    if (mt === undefined) throw new HttpError(404, 'error.notFound');
    const edits = editHistory(db, translationId, paraNo - 1);
    const versions = edits.map((e, i) => ({
      ...e,
      sincePrevious: diffHtml(i === 0 ? e.baseText : edits[i - 1]!.text, e.text).html,
      againstMt: diffHtml(e.baseText, e.text).html,
    }));
    res.render('edit-history', { translationId, paraNo, mt, versions: versions.reverse() });
  });
  return router;
}
