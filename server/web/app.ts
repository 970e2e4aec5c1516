import express from 'express';
import type { Reference } from '../checks/reference.ts';
import type { Db } from '../store/db.ts';
import { requireLogin } from './auth.ts';
import { requireCsrf } from './csrf.ts';
import { shippedReference } from './default-reference.ts';
import { errorHandler, notFound } from './errors.ts';
import { i18n } from './i18n.ts';
import { LoginLimiter } from './login-limiter.ts';
import { loadCategories, type CategoryTree } from './mqm-categories.ts';
import { annotationRoutes } from './routes/annotations.ts';
import { documentRoutes } from './routes/document.ts';
import { documentsRoutes } from './routes/documents.ts';
import { editRoutes } from './routes/edits.ts';
import { exportRoutes } from './routes/export.ts';
import { findingRoutes } from './routes/findings.ts';
import { loginRoutes } from './routes/login.ts';
import { logoutRoutes } from './routes/logout.ts';
import { reportRoutes } from './routes/report.ts';
import { reviewRoutes } from './routes/review.ts';
import { userRoutes } from './routes/users.ts';
import { securityHeaders } from './security-headers.ts';
import { serverTiming } from './server-timing.ts';
import { loadSession } from './sessions.ts';
import { STATIC_DIR, configureViews } from './views.ts';

export interface AppOptions {
  /** Mark cookies Secure; on whenever the site is served over HTTPS. */
  secureCookies?: boolean;
  /** Clock for session expiry and login limits (tests move it). */
  now?: () => number;
  /** The MQM categories annotations may use (default: corpus/mqm-categories.tsv). */
  categories?: CategoryTree;
  /** The authority files and word lists the names panel judges by (default: those of corpus/). */
  reference?: Reference;
}

export function createApp(db: Db, opts: AppOptions = {}): express.Express {
  const clock = opts.now ?? Date.now;
  const cookies = { secure: opts.secureCookies ?? false };
  const categories = opts.categories ?? loadCategories();
  const reference = opts.reference ?? shippedReference();
  const app = express();
  app.disable('x-powered-by');
  // Pages are no-store (below), so an ETag would never be used; hashing each page costs time.
  app.set('etag', false);
  configureViews(app);

  app.use(serverTiming());
  app.use(securityHeaders());
  app.use(i18n());
  app.use('/static', express.static(STATIC_DIR, { index: false, fallthrough: false }));
  app.use((_req, res, next) => {
    // Pages show unpublished corpus text; keep them out of shared and back-button caches.
    res.set('Cache-Control', 'no-store');
    next();
  });
  app.use(express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 100 }));
  app.use(loadSession(db, clock, cookies));

  app.use(loginRoutes({ db, clock, cookies, limiter: new LoginLimiter(clock) }));
  app.use(requireLogin());
  app.use(requireCsrf());
  app.use(logoutRoutes(db, cookies));
  app.use(documentsRoutes(db));
  app.use(documentRoutes(db, categories, reference));
  app.use(findingRoutes(db));
  app.use(annotationRoutes(db, categories));
  app.use(editRoutes(db));
  app.use(reviewRoutes(db));
  app.use(exportRoutes(db));
  app.use(reportRoutes(db));
  app.use(userRoutes(db));

  app.use(notFound());
  app.use(errorHandler());
  return app;
}
