import type { RequestHandler } from 'express';

/**
 * Adds `Server-Timing: app;dur=MS`, the time from the request reaching the app to the
 * response head being written (for a rendered page that is all of the work: the body is
 * written in one piece with the head). The web benchmark reads it; browsers show it too.
 */
export function serverTiming(): RequestHandler {
  return (_req, res, next) => {
    const start = process.hrtime.bigint();
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
      if (!this.headersSent) this.setHeader('Server-Timing', `app;dur=${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(2)}`);
      return writeHead.apply(this, args);
    } as typeof writeHead;
    next();
  };
}
