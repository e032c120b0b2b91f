/** Signed-in citizens: their complaints and the same online steps as tracking. */
import { Router } from 'express';
import type { Services } from '../../services/index.ts';
import { requireRole } from '../../middleware/setUpAuthentication.ts';
import { takeFormFlash } from '../../middleware/flash.ts';
import { idParam } from '../formErrors.ts';
import { NotFoundError } from '../../errors.ts';
import { citizenEvent } from '../public/index.ts';

export function citizenRoutes(services: Services): Router {
  const router = Router();
  const citizen = requireRole('citizen');

  router.get('/my', citizen, async (req, res) => {
    res.render('pages/citizen/my-cases', { cases: await services.cases.listForUser(req.user!, {}) });
  });

  router.get('/my/cases/:id', citizen, async (req, res) => {
    const id = idParam(req.params.id);
    if (id === null) throw new NotFoundError();
    const view = await services.cases.getCase({ kind: 'user', user: req.user! }, id);
    res.render('pages/citizen/case', { view, flash: takeFormFlash(req), base: `/my/cases/${id}` });
  });

  router.post('/my/cases/:id/events/:event', citizen, async (req, res) => {
    const id = idParam(req.params.id);
    if (id === null) throw new NotFoundError();
    await citizenEvent(services, req, res, id, `/my/cases/${id}`);
  });

  return router;
}
