import type { Lang, Translate } from './i18n.ts';
import type { WebSession } from './sessions.ts';

// What the middlewares put in res.locals, typed once so routes and templates agree.
declare global {
  namespace Express {
    interface Locals {
      lang: Lang;
      htmlLang: string;
      t: Translate;
      link: (path: string) => string;
      switchLangHref: string;
      /** Absent when the request carries no valid session. */
      session?: WebSession;
    }
  }
}

export {};
