import ejs from 'ejs';
import type { Express } from 'express';
import { projectPath } from '../paths.ts';

export const VIEWS_DIR = projectPath('views');
export const STATIC_DIR = projectPath('server', 'web', 'static');

/**
 * ejs templates from views/; `<%= %>` escapes, and every piece of corpus text goes through it.
 * ejs 7 no longer reads express's 'view options', so the engine is registered with its options:
 * rmWhitespace trims template indentation (never the data), and cache compiles each template
 * once (express asks for that only with NODE_ENV=production; templates are code, read again on
 * restart like the rest of it).
 */
export function configureViews(app: Express): void {
  app.set('views', VIEWS_DIR);
  app.set('view engine', 'ejs');
  app.engine('ejs', (path, data, callback) => {
    ejs.renderFile(path, data as ejs.Data, { rmWhitespace: true, cache: true, views: [VIEWS_DIR] }, (err, html) => callback(err, html));
  });
  app.locals['fmtTime'] = formatTime;
}

/** Stored times are ISO-8601 UTC; pages show them to the minute, marked UTC so no one guesses the zone. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '';
}
