import type { MessageKey } from './i18n.ts';

/** An error with an HTTP status and a user-facing message; the error handler renders it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly messageKey: MessageKey,
  ) {
    super(`HTTP ${status}: ${messageKey}`);
  }
}
