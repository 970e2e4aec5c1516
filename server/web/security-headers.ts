import type { RequestHandler } from 'express';

// Set on every response, static files and errors included. The CSP allows only our own
// scripts and styles, so templates must not use inline <script>, style="" or on* handlers.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function securityHeaders(): RequestHandler {
  return (_req, res, next) => {
    res.set(HEADERS);
    next();
  };
}
