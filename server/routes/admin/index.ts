/** Administrators: the holiday calendar (years, holidays, make-up working days) and provisional deadlines. */
import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../../services/index.ts';
import { requireRole, actorOf } from '../../middleware/setUpAuthentication.ts';
import { takeFormFlash, flashNotice } from '../../middleware/flash.ts';
import { idParam, redirectWithFormError } from '../formErrors.ts';
import { isoDate, oneOf, text, int } from '../../domain/validation/fields.ts';
import { ValidationError } from '../../errors.ts';
import { fieldErrorsOf } from '../../services/caseEventService.ts';

const daySchema = z.object({ date: isoDate(), kind: oneOf(['holiday', 'makeup_workday'] as const), name: text(40), source_notice: text(300) });
const yearSchema = z.object({ year: int(2000, 2100), status: oneOf(['published', 'draft'] as const), source_notice: text(300), published_on: z.preprocess((v) => (v === '' ? undefined : v), isoDate().optional()) });

export function adminRoutes(services: Services): Router {
  const router = Router();
  const admin = requireRole('administrator');

  router.get('/admin/calendar', admin, async (req, res) => {
    const years = await services.calendar.listYears();
    const year = idParam(req.query.year) ?? Number(services.clock.today().slice(0, 4));
    res.render('pages/admin/calendar', {
      years,
      year,
      days: await services.calendar.listDays(year),
      provisional: await services.calendar.listProvisionalClocks(),
      flash: takeFormFlash(req),
      nextYearMissing: !years.some((y) => y.year === year + 1 && y.status === 'published'),
    });
  });

  router.post('/admin/calendar/days', admin, async (req, res) => {
    const parsed = daySchema.safeParse(req.body ?? {});
    const back = `/admin/calendar?year=${encodeURIComponent(String(req.body?.date ?? '').slice(0, 4))}`;
    if (!parsed.success) return redirectWithFormError(req, res, 'day', req.body ?? {}, new ValidationError('day', fieldErrorsOf(parsed.error)), back);
    try {
      const r = await services.calendar.addDay(actorOf(req.user!), { date: parsed.data.date, kind: parsed.data.kind, name: parsed.data.name, sourceNotice: parsed.data.source_notice });
      flashNotice(req, 'notice.calendar_changed', { changed: r.changed });
      res.redirect(303, back);
    } catch (error) {
      redirectWithFormError(req, res, 'day', req.body, error, back);
    }
  });

  router.post('/admin/calendar/days/:id/delete', admin, async (req, res) => {
    const id = idParam(req.params.id);
    const r = id === null ? { changed: 0 } : await services.calendar.removeDay(actorOf(req.user!), id);
    flashNotice(req, 'notice.calendar_changed', { changed: r.changed });
    res.redirect(303, `/admin/calendar?year=${encodeURIComponent(String(req.body?.year ?? ''))}`);
  });

  router.post('/admin/calendar/years', admin, async (req, res) => {
    const parsed = yearSchema.safeParse(req.body ?? {});
    if (!parsed.success) return redirectWithFormError(req, res, 'year', req.body ?? {}, new ValidationError('year', fieldErrorsOf(parsed.error)), '/admin/calendar');
    const r = await services.calendar.setYear(actorOf(req.user!), { year: parsed.data.year, status: parsed.data.status, sourceNotice: parsed.data.source_notice, publishedOn: parsed.data.published_on ?? null });
    flashNotice(req, 'notice.calendar_changed', { changed: r.changed });
    res.redirect(303, `/admin/calendar?year=${parsed.data.year}`);
  });

  return router;
}
