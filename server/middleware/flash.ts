/**
 * Post/redirect/get with nothing lost: a failed form stores its errors and the user's answers in the
 * session; the next GET of the page takes them out and re-renders them.
 */
import type { NextFunction, Request, Response } from 'express';

export interface FormFlash {
  form: string;
  errors: Record<string, string[]>;
  values: Record<string, unknown>;
  summary?: string[];
}

declare module 'express-session' {
  interface SessionData {
    formFlash?: FormFlash;
    notice?: { key: string; params?: Record<string, string | number> };
    lang?: 'zh-CN' | 'en';
    returnTo?: string;
    trackedCaseId?: number;
    receipt?: { caseNumber: string; queryCode: string };
  }
}

/** Values that must never be echoed back into a form. */
const SECRET_FIELDS = new Set(['password', '_csrf', 'query_code']);

export function flashForm(req: Request, form: string, errors: Record<string, string[]>, values: Record<string, unknown>, summary?: string[]): void {
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values ?? {})) if (!SECRET_FIELDS.has(k)) kept[k] = v;
  req.session.formFlash = { form, errors, values: kept, ...(summary ? { summary } : {}) };
}

export function takeFormFlash(req: Request): FormFlash | null {
  const flash = req.session?.formFlash ?? null;
  if (flash) delete req.session.formFlash;
  return flash;
}

export function flashNotice(req: Request, key: string, params?: Record<string, string | number>): void {
  req.session.notice = params ? { key, params } : { key };
}

/** Moves a one-time notice from the session to the page being rendered. */
export function exposeNotice(req: Request, res: Response, next: NextFunction): void {
  if (req.session?.notice) {
    res.locals.notice = req.session.notice;
    delete req.session.notice;
  }
  next();
}
