import type { Express } from 'express';
import { fileURLToPath } from 'node:url';

export const VIEWS_DIR = fileURLToPath(new URL('../../views', import.meta.url));
export const STATIC_DIR = fileURLToPath(new URL('./static', import.meta.url));

/** ejs templates from views/; `<%= %>` escapes, and every piece of corpus text goes through it. */
export function configureViews(app: Express): void {
  app.set('views', VIEWS_DIR);
  app.set('view engine', 'ejs');
  // ejs reads this setting itself; it trims template indentation, never the data.
  app.set('view options', { rmWhitespace: true });
  app.locals['fmtTime'] = formatTime;
}

/** Stored times are ISO-8601 UTC; pages show them to the minute, marked UTC so no one guesses the zone. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '';
}
