import express from 'express';
import type { Db } from '../../store/db.ts';
import { buildReport } from '../../report/build-report.ts';
import { reportInputFromStore } from '../../report/from-store.ts';
import { REPORT_CSS, renderReportBody } from '../../report/render-html.ts';
import { reportJson, reportScoresCsv } from '../../report/report-files.ts';

/**
 * GET /report: the corpus report of `xinda report`, built from the store as it is now (the
 * reviewers' decisions included) and shown inside the site. The report's styles come from
 * /report/report.css, as the site's Content-Security-Policy allows no inline style.
 */
export function reportRoutes(db: Db): express.Router {
  const router = express.Router();
  const build = () => buildReport(reportInputFromStore(db));

  router.get('/report', (_req, res) => {
    // renderReportBody escapes every piece of corpus text itself (server/report/escape.ts).
    res.render('report', { reportHtml: renderReportBody(build()) });
  });
  router.get('/report/report.css', (_req, res) => {
    res.type('text/css').send(REPORT_CSS);
  });
  router.get('/report/report.json', (_req, res) => {
    res.type('application/json').attachment('xinda-report.json').send(reportJson(build()));
  });
  router.get('/report/scores.csv', (_req, res) => {
    res.type('text/csv').attachment('xinda-report-scores.csv').send(reportScoresCsv(build()));
  });
  return router;
}
