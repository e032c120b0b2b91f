/**
 * Formal documents (documents.md §5): staff preview and issue them from the case; staff and the parties
 * addressed download them; anyone holding a copy checks it on the public verification page.
 */
import { Router, type Request } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Services } from '../../services/index.ts';
import type { Viewer } from '../../services/caseQueryService.ts';
import { requireRole, actorOf } from '../../middleware/setUpAuthentication.ts';
import { flashNotice, takeFormFlash, flashForm } from '../../middleware/flash.ts';
import { idParam } from '../formErrors.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { DocumentNotReadyError } from '../../services/documentService.ts';

const keyOf = (v: unknown): string | null => (typeof v === 'string' && /^[a-z_]{3,60}(\.\d{1,10}){3}$/.test(v) ? v : null);

export function documentRoutes(services: Services): Router {
  const router = Router();
  const staffOnly = requireRole('officer', 'supervisor', 'legal_reviewer');
  const actors = requireRole('officer', 'supervisor');
  const caseId = (req: Request) => {
    const id = idParam(req.params.id);
    if (id === null) throw new NotFoundError();
    return id;
  };

  router.get('/staff/cases/:id/documents', staffOnly, async (req, res) => {
    const id = caseId(req);
    const list = await services.documents.listForStaff(id, actorOf(req.user!));
    const view = await services.cases.getCase({ kind: 'user', user: req.user! }, id);
    res.render('pages/staff/documents', { view, list, flash: takeFormFlash(req) });
  });

  router.get('/staff/cases/:id/documents/preview', actors, async (req, res) => {
    const id = caseId(req);
    const key = keyOf(req.query.key);
    if (!key) throw new NotFoundError();
    const draft = await services.documents.preview(id, key, actorOf(req.user!));
    const view = await services.cases.getCase({ kind: 'user', user: req.user! }, id);
    res.set('Cache-Control', 'no-store');
    res.render('pages/staff/document-preview', { view, key, draft: { title: draft.title, missing: draft.missing, hash: draft.hash, correction: draft.correction }, flash: takeFormFlash(req) });
  });

  router.get('/staff/cases/:id/documents/preview.pdf', actors, async (req, res) => {
    const id = caseId(req);
    const key = keyOf(req.query.key);
    if (!key) throw new NotFoundError();
    const draft = await services.documents.preview(id, key, actorOf(req.user!));
    res.set({ 'Content-Type': 'application/pdf', 'Content-Disposition': 'inline; filename="draft.pdf"', 'Cache-Control': 'no-store' });
    res.send(Buffer.from(draft.pdf));
  });

  router.post('/staff/cases/:id/documents/issue', actors, async (req, res) => {
    const id = caseId(req);
    const key = keyOf(req.body.key);
    if (!key) throw new NotFoundError();
    const back = `/staff/cases/${id}/documents/preview?key=${encodeURIComponent(key)}`;
    try {
      const issued = await services.documents.issue(id, key, actorOf(req.user!), String(req.body.hash ?? ''));
      flashNotice(req, 'notice.document_issued', { number: issued.number });
      res.redirect(303, `/staff/cases/${id}/documents`);
    } catch (error) {
      if (error instanceof DocumentNotReadyError) flashForm(req, 'issue', {}, {}, ['error.document_not_ready', ...error.details]);
      else if (error instanceof ConflictError) flashForm(req, 'issue', {}, {}, ['error.document_changed']);
      else throw error;
      res.redirect(303, back);
    }
  });

  /** Downloads: staff (PDF and DOCX), the complainant signed in or tracking, the respondent's staff (PDF). */
  router.get('/documents/:docId/:format', async (req, res) => {
    const docId = idParam(req.params.docId);
    const format = req.params.format === 'pdf' ? 'pdf' : req.params.format === 'docx' ? 'docx' : null;
    if (docId === null || !format) throw new NotFoundError();
    const viewer: Viewer | null = req.user ? { kind: 'user', user: req.user } : req.session.trackedCaseId ? { kind: 'tracking', caseId: req.session.trackedCaseId } : null;
    if (!viewer) throw new NotFoundError();
    const file = await services.documents.download(viewer, docId, format);
    res.set({ 'Content-Type': file.mimeType, 'Content-Disposition': file.names.header, 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' });
    res.send(file.bytes);
  });

  const verifyLimit = rateLimit({ windowMs: 60_000, limit: 30, standardHeaders: 'draft-8', legacyHeaders: false, handler: (_req, res) => res.status(429).render('pages/error', { status: 429, messageKey: 'error.rate_limited', details: [] }) });

  router.get('/verify', verifyLimit, (req, res) => {
    const code = typeof req.query.code === 'string' ? req.query.code.slice(0, 40) : '';
    if (code) return res.redirect(303, `/verify/${encodeURIComponent(code)}`);
    res.set('X-Robots-Tag', 'noindex');
    res.render('pages/public/verify', { record: null, code: '' });
  });

  router.get('/verify/:code', verifyLimit, async (req, res) => {
    const input = String(req.params.code).slice(0, 40);
    const record = await services.documents.verify(input);
    res.set({ 'X-Robots-Tag': 'noindex', 'Cache-Control': 'no-store' });
    res.status(record ? 200 : 404).render('pages/public/verify', { record, code: input });
  });

  return router;
}
