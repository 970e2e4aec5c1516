import type { ErrorRequestHandler, RequestHandler } from 'express';
import { HttpError } from './http-error.ts';
import { translator, type MessageKey } from './i18n.ts';

export function notFound(): RequestHandler {
  return (_req, _res, next) => next(new HttpError(404, 'error.notFound'));
}

/** Client errors raised by body parsing and the like carry a 4xx status of their own. */
function clientStatus(err: unknown): number | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const status = 'status' in err ? err.status : 'statusCode' in err ? err.statusCode : undefined;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/**
 * Renders every error as the generic error page. Server errors are logged in full and shown
 * without details: stack traces and SQL belong in the log, not in the browser.
 */
export function errorHandler(log: (message: string, err: unknown) => void = (m, e) => console.error(m, e)): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) return next(err);
    let status: number;
    let key: MessageKey;
    const client = clientStatus(err);
    if (err instanceof HttpError) {
      status = err.status;
      key = err.messageKey;
    } else if (client !== undefined) {
      status = client;
      key = client === 404 ? 'error.notFound' : 'error.badRequest';
    } else {
      status = 500;
      key = 'error.server';
      log(`xinda: ${req.method} ${req.originalUrl} failed:`, err);
    }
    const t = res.locals.t ?? translator('zh');
    res.status(status);
    res.render('error', { status, message: t(key) }, (renderErr: Error | null, html?: string) => {
      if (renderErr) {
        log('xinda: the error page itself failed to render:', renderErr);
        res.type('text/plain').send(`${status} ${t(key)}`);
        return;
      }
      res.send(html);
    });
  };
}
