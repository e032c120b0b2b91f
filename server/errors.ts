/** Application errors. The error handler maps each to a status and a translated message. */
export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** i18n key of the user-facing message */
    readonly messageKey: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Also used for "exists but not yours": a case outside a user's scope is a 404, never a 403. */
export class NotFoundError extends AppError {
  constructor(message = 'not found') {
    super(message, 404, 'error.not_found');
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'forbidden') {
    super(message, 403, 'error.forbidden');
  }
}

export class ValidationError extends AppError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message, 400, 'error.validation', Object.values(fieldErrors).flat());
  }
}

/** The event is not allowed now (status, role or guard). `reasons` are i18n keys (guard.*). */
export class IllegalTransitionError extends AppError {
  constructor(message: string, reasons: string[] = []) {
    super(message, 409, 'error.illegal_transition', reasons);
  }
}

/** The case changed meanwhile (compare-and-set lost). Nothing was written; reload and retry. */
export class ConflictError extends AppError {
  constructor(message = 'the case was changed by someone else') {
    super(message, 409, 'error.conflict');
  }
}
