/** GET /healthz: 200 {"status":"ok","db":"pglite"|"postgres"} once the app can serve. */
import { Router } from 'express';
import type { Services } from '../../services/index.ts';

export function healthRoutes(services: Services): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const ready = await services.reference.databaseReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', db: services.database.kind });
  });
  return router;
}
