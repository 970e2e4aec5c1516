import type { Request } from 'express';
import { HttpError } from './http-error.ts';

// Reading posted form fields (application/x-www-form-urlencoded, parsed by express) and
// route ids without trusting their shape.

/** A string field; undefined when absent or not a single string (a repeated field is an array). */
export function formField(req: Request, name: string): string | undefined {
  const body: unknown = req.body;
  if (!body || typeof body !== 'object') return undefined;
  const value: unknown = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

const INT = /^(0|[1-9][0-9]{0,8})$/;

/** A non-negative decimal integer field; undefined when absent or empty, 400 when malformed. */
export function formInt(req: Request, name: string): number | undefined {
  const raw = formField(req, name)?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!INT.test(raw)) throw new HttpError(400, 'error.badRequest');
  return Number(raw);
}

/** A route parameter as express types it (an array only for wildcard parameters). */
export type RouteParam = string | string[] | undefined;

/** Positive decimal ids only; `abc`, `1e3` and `-1` are simply not found. */
export function parseId(raw: RouteParam): number | undefined {
  if (typeof raw !== 'string' || !/^[1-9][0-9]{0,15}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

/** A route id that must exist: 404 otherwise. */
export function routeId(raw: RouteParam): number {
  const id = parseId(raw);
  if (id === undefined) throw new HttpError(404, 'error.notFound');
  return id;
}
