/** The complaint form page model shared by citizens (/complaints/new) and staff registration (/staff/cases/new). */
import type { Request } from 'express';
import type { Services } from '../services/index.ts';
import { COMPLAINANT_KINDS, COMPLAINT_CATEGORIES, GENDERS, ID_TYPES, REQUEST_KINDS, RESPONDENT_TYPES } from '../domain/case/enums.ts';
import { takeFormFlash } from '../middleware/flash.ts';

export async function complaintPageModel(services: Services, req: Request, options: { staff: boolean }) {
  return {
    agencies: await services.reference.listAgencies(),
    flash: takeFormFlash(req),
    staff: options.staff,
    enums: { COMPLAINANT_KINDS, COMPLAINT_CATEGORIES, GENDERS, ID_TYPES, REQUEST_KINDS, RESPONDENT_TYPES },
  };
}
