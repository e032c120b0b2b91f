/** Public pages: home, sign-in/out, filing a complaint, tracking, health. */
import { Router, type Request, type Response, type NextFunction } from 'express';
import type { Services } from '../../services/index.ts';
import { passportOf, actorOf } from '../../middleware/setUpAuthentication.ts';
import { flashForm, takeFormFlash, flashNotice } from '../../middleware/flash.ts';
import { complaintPageModel } from '../complaintFormPage.ts';
import { idParam, redirectWithFormError } from '../formErrors.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { SYSTEM_ACTOR } from '../../domain/case/types.ts';

/** Where each role lands after signing in. */
export const HOME_OF_ROLE: Record<string, string> = {
  officer: '/staff',
  supervisor: '/staff',
  legal_reviewer: '/staff',
  administrator: '/admin/calendar',
  business_user: '/business',
  business_admin: '/business',
  citizen: '/my',
};

export function publicRoutes(services: Services): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    res.render('pages/public/home', { agencies: await services.reference.listAgencies() });
  });

  router.get('/login', (req, res) => {
    if (req.user) return res.redirect(HOME_OF_ROLE[req.user.role] ?? '/');
    res.render('pages/public/login', { flash: takeFormFlash(req) });
  });

  router.post('/login', (req: Request, res: Response, next: NextFunction) => {
    const returnTo = req.session.returnTo;
    passportOf(req.app).authenticate('local', (err: unknown, user: Express.User | false, info?: { message?: string }) => {
      if (err) return next(err);
      if (!user) {
        // one message for an unknown user and a wrong password (rule 14)
        flashForm(req, 'login', {}, { username: req.body?.username ?? '' }, [info?.message === 'locked' ? 'login.locked' : 'login.invalid']);
        return res.redirect(303, '/login');
      }
      req.login(user, (loginErr) => {
        if (loginErr) return next(loginErr);
        const target = returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : (HOME_OF_ROLE[user.role] ?? '/');
        res.redirect(303, target);
      });
    })(req, res, next);
  });

  router.post('/logout', (req, res, next) => {
    req.logout((err) => {
      if (err) return next(err);
      req.session.destroy(() => {
        res.clearCookie('portal.sid');
        res.redirect(303, '/');
      });
    });
  });

  router.get('/complaints/new', async (req, res) => {
    res.render('pages/public/complaint-new', await complaintPageModel(services, req, { staff: false }));
  });

  router.post('/complaints', async (req, res) => {
    const agencyId = idParam(req.body?.agency_id);
    const agencies = await services.reference.listAgencies();
    if (agencyId === null || !agencies.some((a) => a.id === agencyId)) {
      return redirectWithFormError(req, res, 'complaint', req.body ?? {}, new ValidationError('agency', { agency_id: ['validation.choose'] }), '/complaints/new');
    }
    const parsed = await services.complaints.validate(agencyId, req.body, { online: true });
    if (!parsed.ok) return redirectWithFormError(req, res, 'complaint', req.body, parsed.error, '/complaints/new');
    const actor = req.user?.role === 'citizen' ? actorOf(req.user) : { ...SYSTEM_ACTOR, role: 'citizen' as const, displayName: parsed.form.complainant_name };
    const result = await services.complaints.fileComplaint({ agencyId, channel: 'online', form: parsed.form, actor });
    req.session.receipt = { caseNumber: result.caseNumber, queryCode: result.queryCode };
    res.redirect(303, '/complaints/receipt');
  });

  // The query code is shown once: the receipt leaves the session as it is displayed.
  router.get('/complaints/receipt', (req, res) => {
    const receipt = req.session.receipt;
    if (!receipt) return res.redirect('/track');
    delete req.session.receipt;
    res.set('Cache-Control', 'no-store');
    res.render('pages/public/complaint-receipt', { receipt });
  });

  router.get('/track', (req, res) => {
    res.render('pages/public/track', { flash: takeFormFlash(req) });
  });

  router.post('/track', async (req, res) => {
    const caseNumber = typeof req.body?.case_number === 'string' ? req.body.case_number : '';
    const queryCode = typeof req.body?.query_code === 'string' ? req.body.query_code : '';
    const result = await services.tracking.lookUp(caseNumber, queryCode);
    if (!result.ok) {
      flashForm(req, 'track', {}, { case_number: caseNumber }, [result.reason === 'locked' ? 'track.locked' : 'track.no_match']);
      return res.redirect(303, '/track');
    }
    req.session.regenerate((err) => {
      if (err) throw err;
      req.session.trackedCaseId = result.caseId;
      res.redirect(303, '/track/case');
    });
  });

  router.get('/track/case', async (req, res) => {
    const caseId = req.session.trackedCaseId;
    if (!caseId) return res.redirect('/track');
    const view = await services.cases.getCase({ kind: 'tracking', caseId }, caseId);
    res.set('Cache-Control', 'no-store');
    res.render('pages/citizen/case', { view, flash: takeFormFlash(req), base: '/track/case' });
  });

  router.post('/track/case/events/:event', async (req, res) => {
    const caseId = req.session.trackedCaseId;
    if (!caseId) throw new NotFoundError();
    await citizenEvent(services, req, res, caseId, '/track/case');
  });

  return router;
}

/**
 * The step a complainant takes online here: providing supplementary materials (T04). Withdrawal (T28)
 * is recorded by the officer at the complainant's request.
 */
export async function citizenEvent(services: Services, req: Request, res: Response, caseId: number, back: string): Promise<void> {
  const event = String(req.params.event);
  if (event !== 'provide_supplement') throw new NotFoundError();
  await services.cases.requireAccess(req.user?.role === 'citizen' ? { kind: 'user', user: req.user } : { kind: 'tracking', caseId }, caseId);
  const actor = req.user?.role === 'citizen' ? actorOf(req.user) : { ...SYSTEM_ACTOR, role: 'citizen' as const, displayName: 'citizen' };
  try {
    await services.caseEvents.applyCaseEvent({
      caseId,
      event,
      payload: { description: req.body?.description },
      actor,
      ...(idParam(req.body?.version) !== null ? { expectedVersion: Number(req.body.version) } : {}),
    });
    flashNotice(req, 'notice.event_applied', { event });
    res.redirect(303, back);
  } catch (error) {
    redirectWithFormError(req, res, event, req.body ?? {}, error, back);
  }
}
