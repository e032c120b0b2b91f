/** Business portal: cases against the organisation and the written reply (书面答复). */
import { Router } from 'express';
import type { Services } from '../../services/index.ts';
import { requireRole, actorOf } from '../../middleware/setUpAuthentication.ts';
import { takeFormFlash, flashNotice } from '../../middleware/flash.ts';
import { idParam, redirectWithFormError } from '../formErrors.ts';
import { NotFoundError } from '../../errors.ts';
import { REPLY_FIELDS } from '../../services/replyService.ts';
import { REPLY_POSITIONS } from '../../domain/case/enums.ts';

export function businessRoutes(services: Services): Router {
  const router = Router();
  const business = requireRole('business_user', 'business_admin');

  router.get('/business', business, async (req, res) => {
    res.render('pages/business/case-list', { cases: await services.cases.listForUser(req.user!, {}) });
  });

  router.get('/business/cases/:id', business, async (req, res) => {
    const id = idParam(req.params.id);
    if (id === null) throw new NotFoundError();
    const view = await services.cases.getCase({ kind: 'user', user: req.user! }, id);
    res.render('pages/business/case', { view, flash: takeFormFlash(req), replyPositions: REPLY_POSITIONS });
  });

  router.post('/business/cases/:id/reply', business, async (req, res) => {
    const id = idParam(req.params.id);
    if (id === null) throw new NotFoundError();
    await services.cases.requireAccess({ kind: 'user', user: req.user! }, id);
    const values: Record<string, string | undefined> = {};
    for (const k of REPLY_FIELDS) values[k] = typeof req.body?.[k] === 'string' ? req.body[k] : undefined;
    const actor = actorOf(req.user!);
    const back = `/business/cases/${id}#reply`;
    try {
      if (req.body?.action === 'save_draft') {
        await services.replies.saveDraft(id, actor, values);
        flashNotice(req, 'notice.reply_draft_saved');
      } else {
        await services.replies.submit(id, actor, values, idParam(req.body?.version) ?? undefined);
        flashNotice(req, 'notice.reply_submitted');
      }
      res.redirect(303, `/business/cases/${id}`);
    } catch (error) {
      redirectWithFormError(req, res, 'reply', req.body ?? {}, error, back);
    }
  });

  return router;
}
