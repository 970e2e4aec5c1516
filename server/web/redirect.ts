import type { Response } from 'express';
import type { Db } from '../store/db.ts';
import { statement } from '../store/statements.ts';
import { HttpError } from './http-error.ts';

/** After a change, back to the document page (in the page's language), at the place acted on. */
export function backToDoc(res: Response, translationId: number, anchor?: string): void {
  res.redirect(303, res.locals.link(`/doc/${translationId}`) + (anchor ? `#${anchor}` : ''));
}

/** 404 unless the translation exists. */
export function requireTranslation(db: Db, translationId: number): void {
  if (!statement(db, 'SELECT 1 FROM translations WHERE id = ?').get(translationId)) throw new HttpError(404, 'error.notFound');
}

/** The signed-in user; routes behind requireLogin always have one. */
export function currentUser(res: Response) {
  const session = res.locals.session;
  if (!session) throw new HttpError(401, 'error.unauthorized');
  return session.user;
}
