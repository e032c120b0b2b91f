/**
 * Errors → pages. Known application errors get their status and a translated message; anything else is
 * a 500 with a generic message (logged without the request body).
 */
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';

export function notFoundHandler(_req: Request, res: Response): void {
  res.status(404).render('pages/error', { status: 404, messageKey: 'error.not_found', details: [] });
}

export function createErrorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    let status = 500;
    let messageKey = 'error.server';
    let details: string[] = [];
    const code = (error as { code?: string })?.code;
    if (error instanceof AppError) {
      status = error.status;
      messageKey = error.messageKey;
      details = error.details;
    } else if (code === 'EBADCSRFTOKEN' || (error as { message?: string })?.message === 'invalid csrf token') {
      status = 403;
      messageKey = 'error.csrf';
    } else if ((error as { type?: string })?.type === 'entity.too.large') {
      status = 413;
      messageKey = 'error.bad_request';
    } else if ((error as { status?: number })?.status && (error as { status: number }).status < 500) {
      status = (error as { status: number }).status;
      messageKey = 'error.bad_request';
    }
    if (status >= 500) logger.error({ err: error, method: req.method, path: req.path }, 'request failed');
    if (res.headersSent) return;
    if (req.path.startsWith('/api/') || req.path === '/healthz') {
      res.status(status).json({ error: messageKey, message: res.locals.t ? res.locals.t(messageKey) : messageKey });
      return;
    }
    res.status(status).render('pages/error', { status, messageKey, details });
  };
}
