import express from 'express';
import type { Db } from '../../store/db.ts';
import { listTranslations } from '../../store/documents.ts';

/** GET /: every translation in the store, optionally only one MT system's. */
export function documentsRoutes(db: Db): express.Router {
  const router = express.Router();
  router.get('/', (req, res) => {
    const all = listTranslations(db);
    const systems = [...new Set(all.map((r) => r.system))].sort();
    const requested = req.query['system'];
    const system = typeof requested === 'string' && requested !== '' ? requested : null;
    const rows = system === null ? all : all.filter((r) => r.system === system);
    res.render('documents', { rows, systems, system });
  });
  return router;
}
