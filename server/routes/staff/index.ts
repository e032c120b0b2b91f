/** Regulator staff: case list, registration of phone/visit/letter cases, the case page and every step. */
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/index.ts';
import { requireRole, actorOf } from '../../middleware/setUpAuthentication.ts';
import { takeFormFlash, flashNotice } from '../../middleware/flash.ts';
import { idParam, redirectWithFormError } from '../formErrors.ts';
import { EVENT_FORMS, PENALTY_EVENT_FORMS, payloadFromBody } from './eventForms.ts';
import { complaintPageModel } from '../complaintFormPage.ts';
import { CHANNELS, CASE_FLAGS } from '../../domain/case/enums.ts';
import { CASE_STATUSES } from '../../domain/case/statuses.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { accessAllowsEvent } from '../../domain/permissions.ts';

export function staffRoutes(services: Services): Router {
  const router = Router();
  const staffOnly = requireRole('officer', 'supervisor', 'legal_reviewer');
  const actors = requireRole('officer', 'supervisor');

  router.get('/staff', staffOnly, async (req, res) => {
    const status = typeof req.query.status === 'string' && (CASE_STATUSES as readonly string[]).includes(req.query.status) ? req.query.status : undefined;
    const cases = await services.cases.listForUser(req.user!, status ? { status } : {});
    res.render('pages/staff/case-list', { cases, statuses: CASE_STATUSES, status });
  });

  router.get('/staff/cases/new', actors, async (req, res) => {
    res.render('pages/staff/case-new', { ...(await complaintPageModel(services, req, { staff: true })), channels: CHANNELS.filter((c) => c !== 'online') });
  });

  router.post('/staff/cases', actors, async (req, res) => {
    const user = req.user!;
    const channel = CHANNELS.includes(req.body.channel) && req.body.channel !== 'online' ? req.body.channel : null;
    const parsed = await services.complaints.validate(user.agencyId!, req.body, { online: false });
    if (!parsed.ok || !channel) {
      const error = parsed.ok ? new ValidationError('channel', { channel: ['validation.choose'] }) : parsed.error;
      return redirectWithFormError(req, res, 'complaint', req.body, error, '/staff/cases/new');
    }
    const result = await services.complaints.fileComplaint({ agencyId: user.agencyId!, channel, form: parsed.form, actor: actorOf(user) });
    flashNotice(req, 'notice.case_registered', { caseNumber: result.caseNumber, queryCode: result.queryCode });
    res.redirect(303, `/staff/cases/${result.caseId}`);
  });

  router.get('/staff/cases/:id', staffOnly, async (req, res) => {
    const id = idParam(req.params.id);
    if (id === null) throw new NotFoundError();
    const view = await services.cases.getCase({ kind: 'user', user: req.user! }, id);
    res.render('pages/staff/case', { view, forms: EVENT_FORMS, penaltyForms: PENALTY_EVENT_FORMS, flash: takeFormFlash(req), flagsAll: CASE_FLAGS });
  });

  /** One step from a case-page form: apply it (or send it for approval), then back to the case page. */
  async function postStep(req: Request, res: Response, caseId: number, penaltyId: number | null) {
    const event = String(req.params.event);
    // 404 outside the user's scope; a higher agency's read access only supervises
    const access = await services.cases.requireAccess({ kind: 'user', user: req.user! }, caseId);
    if (penaltyId === null ? !accessAllowsEvent(access, event) : access !== 'act') throw new NotFoundError();
    const formId = penaltyId === null ? `event-${event}` : `penalty-${penaltyId}-${event}`;
    try {
      const result = await services.caseEvents.applyCaseEvent({
        caseId,
        ...(penaltyId !== null ? { penaltyId } : {}),
        event,
        payload: payloadFromBody(req.body),
        actor: actorOf(req.user!),
        ...(idParam(req.body.version) !== null ? { expectedVersion: Number(req.body.version) } : {}),
      });
      flashNotice(req, result.kind === 'approval_requested' ? 'notice.approval_requested' : 'notice.event_applied', { event });
      res.redirect(303, `/staff/cases/${caseId}`);
    } catch (error) {
      redirectWithFormError(req, res, formId, req.body, error, `/staff/cases/${caseId}#${formId}`);
    }
  }

  router.post('/staff/cases/:id/events/:event', actors, async (req, res) => {
    const id = idParam(req.params.id);
    if (id === null) throw new NotFoundError();
    await postStep(req, res, id, null);
  });

  router.post('/staff/cases/:id/penalties/:penaltyId/events/:event', actors, async (req, res) => {
    const id = idParam(req.params.id);
    const penaltyId = idParam(req.params.penaltyId);
    if (id === null || penaltyId === null) throw new NotFoundError();
    await postStep(req, res, id, penaltyId);
  });

  router.post('/staff/cases/:id/approvals/:approvalId', requireRole('supervisor'), async (req, res) => {
    const id = idParam(req.params.id);
    const approvalId = idParam(req.params.approvalId);
    if (id === null || approvalId === null) throw new NotFoundError();
    if ((await services.cases.requireAccess({ kind: 'user', user: req.user! }, id)) !== 'act') throw new NotFoundError();
    const decision = req.body.decision === 'returned' ? 'returned' : 'approved';
    try {
      await services.caseEvents.decideApprovalRequest({
        approvalId,
        caseId: id,
        decision,
        comment: typeof req.body.comment === 'string' && req.body.comment.trim() ? req.body.comment.trim().slice(0, 1000) : null,
        actor: actorOf(req.user!),
      });
      flashNotice(req, decision === 'approved' ? 'notice.approval_approved' : 'notice.approval_returned');
      res.redirect(303, `/staff/cases/${id}`);
    } catch (error) {
      redirectWithFormError(req, res, `approval-${approvalId}`, req.body, error, `/staff/cases/${id}#approval-${approvalId}`);
    }
  });

  return router;
}
