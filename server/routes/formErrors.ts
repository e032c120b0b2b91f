/**
 * Turning a failed step into a re-rendered form: validation errors per field, guard failures and
 * conflicts as a summary; the user's answers are kept (architecture rule 4). Other errors propagate.
 */
import type { Request, Response } from 'express';
import { ConflictError, ForbiddenError, IllegalTransitionError, ValidationError } from '../errors.ts';
import { flashForm } from '../middleware/flash.ts';

export function redirectWithFormError(req: Request, res: Response, form: string, values: Record<string, unknown>, error: unknown, to: string): void {
  if (error instanceof ValidationError) {
    flashForm(req, form, error.fieldErrors, values, ['error.validation']);
  } else if (error instanceof IllegalTransitionError) {
    flashForm(req, form, {}, values, error.details.length > 0 ? error.details : ['error.illegal_transition']);
  } else if (error instanceof ConflictError) {
    flashForm(req, form, {}, values, [error.messageKey]);
  } else if (error instanceof ForbiddenError) {
    flashForm(req, form, {}, values, ['error.forbidden']);
  } else {
    throw error;
  }
  res.redirect(303, to);
}

/** A positive integer route parameter, or null (→ 404). */
export function idParam(value: unknown): number | null {
  return typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) && Number(value) <= 2_147_483_647 ? Number(value) : null;
}
