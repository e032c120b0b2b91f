/** The complaint form shared by citizens (/complaints/new) and staff registration (/staff/cases/new). */
import type { Request } from 'express';
import type { Services } from '../services/index.ts';
import { complaintSchema, type ComplaintForm } from '../domain/case/complaintForm.ts';
import { COMPLAINANT_KINDS, COMPLAINT_CATEGORIES, GENDERS, ID_TYPES, REQUEST_KINDS, RESPONDENT_TYPES } from '../domain/case/enums.ts';
import { legalDateOf } from '../domain/deadlines/legalDate.ts';
import { takeFormFlash } from '../middleware/flash.ts';
import { ValidationError } from '../errors.ts';
import { fieldErrorsOf } from '../services/caseEventService.ts';

export async function complaintPageModel(services: Services, req: Request, options: { staff: boolean }) {
  return {
    agencies: await services.reference.listAgencies(),
    flash: takeFormFlash(req),
    staff: options.staff,
    enums: { COMPLAINANT_KINDS, COMPLAINT_CATEGORIES, GENDERS, ID_TYPES, REQUEST_KINDS, RESPONDENT_TYPES },
    today: legalDateOf(services.clock.now()),
  };
}

export async function parseComplaint(
  services: Services,
  req: Request,
  agencyId: number,
  options: { online: boolean },
): Promise<{ ok: true; form: ComplaintForm } | { ok: false; error: ValidationError }> {
  const profile = await services.complaints.profileForAgency(agencyId);
  const parsed = complaintSchema(profile.switches, legalDateOf(services.clock.now()), options).safeParse(req.body ?? {});
  if (!parsed.success) return { ok: false, error: new ValidationError('invalid complaint', fieldErrorsOf(parsed.error)) };
  return { ok: true, form: parsed.data };
}
