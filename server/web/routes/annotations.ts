import express, { type Request } from 'express';
import type { Db } from '../../store/db.ts';
import { addAnnotation, deleteAnnotation, paragraphText } from '../../store/review-annotations.ts';
import { codePointLength, sliceCodePoints, toCodePoint } from '../../text/codepoints.ts';
import type { Severity, Side } from '../../model.ts';
import { requireRole, WRITERS } from '../auth.ts';
import { formField, formInt, routeId } from '../form.ts';
import { HttpError } from '../http-error.ts';
import type { CategoryTree } from '../mqm-categories.ts';
import { backToDoc, currentUser, requireTranslation } from '../redirect.ts';
import { looksLikeToken } from '../tokens.ts';

export const ANNOTATION_SEVERITIES: readonly Severity[] = ['minor', 'major', 'critical'];

/**
 * Where the annotation goes, in code points. The page's script sends start and end (code
 * points of the selection) with the selected text as a check; without the script, a person
 * types the text and the first occurrence in the paragraph is taken.
 */
function spanOf(req: Request, text: string): { start: number; end: number } {
  const quote = formField(req, 'quote') ?? '';
  const start = formInt(req, 'start');
  const end = formInt(req, 'end');
  if (start !== undefined && end !== undefined) {
    if (end > codePointLength(text) || start >= end) throw new HttpError(400, 'annotate.badSpan');
    // The text changed since the page was drawn: the offsets no longer point at what was selected.
    if (quote !== '' && sliceCodePoints(text, start, end) !== quote) throw new HttpError(409, 'annotate.textChanged');
    return { start, end };
  }
  if (quote.trim() === '') throw new HttpError(400, 'annotate.noText');
  const at = text.indexOf(quote);
  if (at < 0) throw new HttpError(400, 'annotate.notFound');
  const from = toCodePoint(text, at);
  return { start: from, end: from + codePointLength(quote) };
}

/** POST /doc/:id/annotations (add) and /doc/:id/annotations/:aid/delete. */
export function annotationRoutes(db: Db, categories: CategoryTree): express.Router {
  const router = express.Router();

  router.post('/doc/:id/annotations', requireRole(...WRITERS), (req, res) => {
    const translationId = routeId(req.params.id);
    requireTranslation(db, translationId);
    const user = currentUser(res);
    const side = formField(req, 'side');
    if (side !== 'source' && side !== 'target') throw new HttpError(400, 'error.badRequest');
    const paraNo = formInt(req, 'para');
    if (paraNo === undefined || paraNo < 1) throw new HttpError(400, 'annotate.noParagraph');
    const para = paraNo - 1;
    const category = formField(req, 'category') ?? '';
    if (!categories.has(category)) throw new HttpError(400, 'annotate.badCategory');
    const severity = formField(req, 'severity') as Severity | undefined;
    if (severity === undefined || !ANNOTATION_SEVERITIES.includes(severity)) throw new HttpError(400, 'annotate.badSeverity');
    const text = paragraphText(db, translationId, side as Side, para);
    if (text === undefined) throw new HttpError(400, 'annotate.noParagraph');
    const { start, end } = spanOf(req, text);
    const request = formField(req, 'request');
    const result = addAnnotation(db, {
      translationId,
      side,
      para,
      start,
      end,
      category,
      severity,
      comment: formField(req, 'comment') ?? '',
      user,
      // Scoped to the user, so one person's form can never stand in for another's.
      ...(looksLikeToken(request) && { requestKey: `${user.id}:${request}` }),
    });
    if (result.kind === 'no-paragraph') throw new HttpError(400, 'annotate.noParagraph');
    if (result.kind === 'bad-span') throw new HttpError(400, 'annotate.badSpan');
    backToDoc(res, translationId, `${side}-${paraNo}`);
  });

  router.post('/doc/:id/annotations/:aid/delete', requireRole(...WRITERS), (req, res) => {
    const translationId = routeId(req.params.id);
    const result = deleteAnnotation(db, translationId, routeId(req.params.aid), currentUser(res));
    if (result === 'not-found') throw new HttpError(404, 'error.notFound');
    if (result === 'forbidden') throw new HttpError(403, 'annotate.notYours');
    backToDoc(res, translationId, 'annotations');
  });
  return router;
}
