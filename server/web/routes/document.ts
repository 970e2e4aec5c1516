import express from 'express';
import type { Reference } from '../../checks/reference.ts';
import type { Db } from '../../store/db.ts';
import { loadDocument } from '../../store/documents.ts';
import { decisionsOf } from '../../store/finding-review.ts';
import { reviewMarkOf } from '../../store/review-status.ts';
import { WRITERS } from '../auth.ts';
import { buildDocPage } from '../doc-page.ts';
import { parseId } from '../form.ts';
import { HttpError } from '../http-error.ts';
import { LinkCache } from '../link-cache.ts';
import { NamesCache } from '../names-cache.ts';
import { CSRF_SLOT, PageCache, REQUEST_SLOT, type CachedPage } from '../page-cache.ts';
import { categoryGroups, type CategoryTree } from '../mqm-categories.ts';
import { randomToken } from '../tokens.ts';

/** GET /doc/:id: source and translation side by side, with findings, annotations, edits, the names panel and the review forms. */
export function documentRoutes(db: Db, categories: CategoryTree, reference: Reference): express.Router {
  const router = express.Router();
  const links = new LinkCache();
  const names = new NamesCache(reference);
  const pages = new PageCache(db);
  router.get('/doc/:id', (req, res, next) => {
    const id = parseId(req.params.id);
    const session = res.locals.session!;
    const user = session.user;
    const key = pages.key([id ?? 0, res.locals.lang, user.id, user.role]);
    const send = (page: CachedPage) => res.type('html').send(page.fill(session.csrf, randomToken()));
    const cached = pages.get(key);
    if (cached !== undefined) return send(cached);

    const doc = id === undefined ? undefined : loadDocument(db, id);
    if (!doc) return next(new HttpError(404, 'error.notFound'));
    const docLinks = links.linksOf(doc);
    const data = {
      doc,
      page: buildDocPage(doc, res.locals.t, { decisions: decisionsOf(db, doc.translation.id), links: docLinks }),
      // Of the MT as stored, as the findings are: post-edits do not change what the panel judges.
      names: names.panelOf(doc, docLinks),
      canWrite: WRITERS.includes(user.role),
      me: user,
      review: reviewMarkOf(db, doc.translation.id),
      categories: categoryGroups(categories, res.locals.lang),
      // Rendered as slots, filled per request: the session's token, and one request key per page
      // view, which the annotation form carries so that posting it twice stores one annotation.
      session: { ...session, csrf: CSRF_SLOT },
      requestKey: REQUEST_SLOT,
    };
    res.render('doc', data, (err: Error | null, html?: string) => {
      if (err) return next(err);
      send(pages.set(key, html!));
    });
  });
  return router;
}
