/**
 * Formal documents of a case (documents.md §5): preview (a draft rendered from the current case data), issue
 * (one transaction: number, verification code, renditions, hashes, files, the document_issued event),
 * download with per-document access, electronic service on first opening, and the public verification record.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { Config } from '../config.ts';
import type { Clock } from './clock.ts';
import type { CaseEventService } from './caseEventService.ts';
import type { CaseQueryService, Viewer } from './caseQueryService.ts';
import type { FontSet } from '../../documents/layout/fonts.ts';
import type { IssueStamp } from '../../documents/model.ts';
import type { Actor } from '../domain/case/types.ts';
import { produce } from '../../documents/produce.ts';
import { candidates, findCandidate, type Candidate } from '../../documents/availability.ts';
import { documentModule } from '../../documents/registry.ts';
import { formatDate, shanghaiDate } from '../../documents/format/index.ts';
import { loadDocumentSource } from './documentSource.ts';
import { findCase, lockCase } from '../repositories/caseRepository.ts';
import { findAgency } from '../repositories/agencyRepository.ts';
import { listEvents } from '../repositories/eventRepository.ts';
import { serviceDates } from './caseFile.ts';
import { listParties } from '../repositories/partyRepository.ts';
import { findUserById } from '../repositories/userRepository.ts';
import {
  allocateDocumentNumber, findDocument, findDocumentByCode, insertFile, insertIssuedDocument, insertStatusEntry, listCaseDocuments, listStatusEntries, readFile,
  verificationCodeExists, nextDocumentId, organisationsForDocuments, type IssuedDocumentRow,
} from '../repositories/documentRepository.ts';
import { AppError, ConflictError, NotFoundError } from '../errors.ts';

/** A required field is missing, or a character cannot be printed: the document cannot be issued yet. */
export class DocumentNotReadyError extends AppError {
  constructor(details: string[]) {
    super('document not ready', 422, 'error.document_not_ready', details);
  }
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const NUMBER_FORMAT = /^[\p{Script=Han}A-Za-z0-9]+〔\d{4}〕[1-9]\d*号$/u;
const STAFF_ROLES = new Set(['officer', 'supervisor', 'legal_reviewer']);
const NEUTRAL_STAMP: IssueStamp = { issuedAt: new Date(0), dateText: '', number: '', verificationCode: null, draft: true };

/** 12 characters of Crockford Base32 from 60 random bits (§5.3). */
export function newVerificationCode(): string {
  const bytes = randomBytes(8);
  let n = bytes.readBigUInt64BE() >> 4n; // 60 bits
  let out = '';
  for (let i = 0; i < 12; i++) {
    out = CROCKFORD[Number(n & 31n)] + out;
    n >>= 5n;
  }
  return out;
}

/** Visitor input → storage form: upper case, no spaces or hyphens, O→0, I/L→1 (§5.3). */
export function normaliseVerificationCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function formatDocNumber(prefix: string, year: number, seq: number | null): string {
  return `${prefix}〔${year}〕${seq ?? ''}号`;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** ASCII-safe download names (§8.5): <case number>-<type slug>-<year>-<seq>.pdf, the title in filename*. */
export function downloadNames(caseNumber: string, doc: Pick<IssuedDocumentRow, 'documentType' | 'numberYear' | 'numberSeq' | 'title' | 'documentNumber'>, ext: 'pdf' | 'docx') {
  const ascii = `${caseNumber}-${doc.documentType.replace(/_/g, '-')}-${doc.numberYear}-${doc.numberSeq}.${ext}`.replace(/[^A-Za-z0-9.-]/g, '-');
  const utf8 = encodeURIComponent(`${doc.title}（${doc.documentNumber}）.${ext}`);
  return { ascii, header: `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}` };
}

export function createDocumentService(deps: { db: Knex; clock: Clock; config: Config; fonts: FontSet; caseEvents: CaseEventService; cases: CaseQueryService }) {
  const { db, clock, config, fonts } = deps;

  const contextHash = (c: Candidate, source: Awaited<ReturnType<typeof loadDocumentSource>>) =>
    createHash('sha256').update(JSON.stringify(c.module.buildContext(source, { ...c.target, supersedes: c.current }, NEUTRAL_STAMP))).digest('hex');

  function prefixOf(source: Awaited<ReturnType<typeof loadDocumentSource>>, type: string, basePrefix: string): string {
    return source.agency.prefixOverrides[type] ?? `${source.agency.docCode}${basePrefix}`;
  }

  /** Staff of the case's own agency; `act` also needs the right to act on the case (assigned officer, supervisor). */
  async function requireStaff(actor: Actor, caseId: number, act: boolean): Promise<void> {
    const user = actor.userId ? await findUserById(db, actor.userId) : null;
    const c = await findCase(db, caseId);
    if (!user || !c || !STAFF_ROLES.has(user.role) || user.agencyId !== c.agencyId) throw new NotFoundError();
    const access = await deps.cases.requireAccess({ kind: 'user', user }, caseId);
    if (act && access !== 'act') throw new NotFoundError();
  }

  /** The case's documents for staff: what is issued (with status) and what can be issued now. */
  async function listForStaff(caseId: number, actor: Actor) {
    await requireStaff(actor, caseId, false);
    const source = await loadDocumentSource(db, caseId, config);
    const issued = await listCaseDocuments(db, caseId);
    const statuses = await listStatusEntries(db, issued.map((d) => d.id));
    return {
      issued: issued.map((d) => ({ ...d, statuses: statuses.filter((s) => s.documentId === d.id) })),
      available: candidates(source).map((c) => ({ key: c.key, type: c.module.info.type, title: c.title, recipientName: c.recipientName, current: c.current })),
    };
  }

  /** A draft rendered from the current case data (§5.8); never stored. */
  async function preview(caseId: number, key: string, actor: Actor) {
    await requireStaff(actor, caseId, true);
    const source = await loadDocumentSource(db, caseId, config);
    const c = findCandidate(source, key);
    if (!c) throw new NotFoundError('document');
    const now = clock.now();
    const year = Number(shanghaiDate(now).slice(0, 4));
    const stamp: IssueStamp = { issuedAt: new Date(Math.floor(now.getTime() / 1000) * 1000), dateText: formatDate(now), number: formatDocNumber(prefixOf(source, c.module.info.type, c.module.info.prefix), year, null), verificationCode: null, draft: true };
    const produced = await produce(c.module, source, { ...c.target, supersedes: c.current }, stamp, fonts);
    return { pdf: produced.pdf, missing: produced.context.missing, title: c.title, hash: contextHash(c, source), correction: c.current !== null };
  }

  /** Issue one document (§5.7). `previewHash` must match the case data the officer previewed. */
  async function issue(caseId: number, key: string, actor: Actor, previewHash: string): Promise<{ documentId: number; number: string }> {
    await requireStaff(actor, caseId, true);
    return db.transaction(async (trx) => {
      if (!(await lockCase(trx, caseId))) throw new NotFoundError();
      const source = await loadDocumentSource(trx, caseId, config);
      const c = findCandidate(source, key);
      if (!c) throw new NotFoundError('document');
      if (contextHash(c, source) !== previewHash) throw new ConflictError('the case data changed since the preview');
      const info = c.module.info;
      const now = new Date(Math.floor(clock.now().getTime() / 1000) * 1000);
      const year = Number(shanghaiDate(now).slice(0, 4));
      const probe = c.module.buildContext(source, { ...c.target, supersedes: c.current }, NEUTRAL_STAMP);
      if (probe.missing.length > 0) throw new DocumentNotReadyError(probe.missing.map((f) => `document.field.${f}`));
      const seq = await allocateDocumentNumber(trx, source.agency.id, info.type, year);
      const number = formatDocNumber(prefixOf(source, info.type, info.prefix), year, seq);
      if (!NUMBER_FORMAT.test(number)) throw new DocumentNotReadyError(['document.bad_prefix']);
      let code = newVerificationCode();
      while (await verificationCodeExists(trx, code)) code = newVerificationCode();
      const stamp: IssueStamp = { issuedAt: now, dateText: formatDate(now), number, verificationCode: code, draft: false };
      const produced = await produce(c.module, source, { ...c.target, supersedes: c.current }, stamp, fonts);
      const text = produced.model.blocks.map((b) => JSON.stringify(b)).join('');
      const unprintable = fonts.missingChars('fangsong', text);
      if (unprintable.length > 0) throw new DocumentNotReadyError([`document.unprintable:${unprintable.join('')}`]);
      const pdfSha = sha256(produced.pdf);
      const docxSha = sha256(produced.docx);
      const slug = `${source.caseRecord.caseNumber}-${info.type.replace(/_/g, '-')}-${year}-${seq}`;
      const pdfFileId = await insertFile(trx, { caseId, purpose: 'document_pdf', originalName: `${slug}.pdf`, mimeType: 'application/pdf', content: produced.pdf, sha256: pdfSha, uploadedBy: actor.userId });
      const docxFileId = await insertFile(trx, {
        caseId, purpose: 'document_docx', originalName: `${slug}.docx`, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', content: produced.docx, sha256: docxSha, uploadedBy: actor.userId,
      });
      const documentId = await nextDocumentId(trx);
      const applied = await deps.caseEvents.applyWithin(trx, {
        caseId, event: 'document_issued', actor,
        payload: { document_type: info.type, document_id: documentId, document_number: number, pdf_sha256: pdfSha, ...(c.current ? { supersedes_id: c.current.id } : {}) },
      });
      await insertIssuedDocument(trx, {
        id: documentId, case_id: caseId, penalty_id: c.target.penaltyId ?? null, agency_id: source.agency.id, document_type: info.type, profile_key: source.profile,
        title: produced.context.title, document_number: number, number_year: year, number_seq: seq, recipient_party_id: c.target.recipientPartyId ?? null,
        source_event_id: c.target.sourceEventId ?? null, pdf_file_id: pdfFileId, docx_file_id: docxFileId, pdf_sha256: pdfSha, docx_sha256: docxSha,
        pdf_size: produced.pdf.byteLength, docx_size: produced.docx.byteLength, page_count: produced.pageCount, verification_code: code,
        supersedes_id: c.current?.id ?? null, event_id: applied.kind === 'applied' ? applied.eventId : null, issued_at: now, issued_by: actor.userId,
        template_version: source.deployment.templateVersion, seal_image_id: null, snapshot: JSON.stringify(produced.snapshot),
      });
      if (c.current) await insertStatusEntry(trx, { documentId: c.current.id, status: 'superseded', successorId: documentId, recordedBy: actor.userId, recordedAt: now });
      return { documentId, number };
    });
  }

  /** May this viewer download this document? Staff of the case's agency: all; parties: those addressed to them. */
  async function mayDownload(viewer: Viewer, doc: IssuedDocumentRow): Promise<'staff' | 'complainant' | 'respondent' | null> {
    const module = documentModule(doc.documentType);
    if (!module) return null;
    let access;
    try {
      access = await deps.cases.requireAccess(viewer, doc.caseId);
    } catch {
      return null;
    }
    if (access === 'none') return null;
    if (viewer.kind === 'tracking') return module.info.recipients.complainant && !module.info.internal ? 'complainant' : null;
    const user = viewer.user;
    if (STAFF_ROLES.has(user.role)) return user.agencyId === doc.agencyId ? 'staff' : null;
    if (module.info.internal) return null;
    const parties = await listParties(db, doc.caseId);
    if (user.role === 'citizen') {
      const own = parties.filter((p) => p.partyRole === 'complainant' && p.userId === user.id).map((p) => p.id);
      return module.info.recipients.complainant && (doc.recipientPartyId === null || own.includes(doc.recipientPartyId)) && own.length > 0 ? 'complainant' : null;
    }
    if (user.role === 'business_user' || user.role === 'business_admin') {
      const own = parties.filter((p) => p.partyRole === 'respondent' && p.organisationId === user.organisationId).map((p) => p.id);
      return module.info.recipients.respondent && (doc.recipientPartyId === null || own.includes(doc.recipientPartyId)) && own.length > 0 ? 'respondent' : null;
    }
    return null;
  }

  /** Parties' and staff's download. Opening a 答复通知书 through the business portal serves it electronically (§5.10). */
  async function download(viewer: Viewer, documentId: number, format: 'pdf' | 'docx') {
    const doc = await findDocument(db, documentId);
    if (!doc) throw new NotFoundError();
    const who = await mayDownload(viewer, doc);
    if (!who || (who !== 'staff' && format === 'docx')) throw new NotFoundError();
    const file = await readFile(db, format === 'pdf' ? doc.pdfFileId : doc.docxFileId);
    if (!file) throw new NotFoundError();
    if (who === 'respondent' && viewer.kind === 'user') await serveElectronically(doc, viewer.user.organisationId);
    const c = await findCase(db, doc.caseId);
    if (!c) throw new NotFoundError();
    return { bytes: file.content, mimeType: file.mimeType, names: downloadNames(c.caseNumber, doc, format), staff: who === 'staff' };
  }

  /**
   * Electronic service on first opening, where the procedure allows it: the 答复通知书 to a respondent that consented
   * to electronic service and has not been served yet (serve_notice by the system, service time = now).
   */
  async function serveElectronically(doc: IssuedDocumentRow, organisationId: number | null): Promise<void> {
    if (doc.documentType !== 'reply_notice' || doc.recipientPartyId === null || organisationId === null) return;
    const [org] = await organisationsForDocuments(db, [organisationId]);
    if (!org?.eServiceConsentAt) return;
    if (serviceDates(await listEvents(db, doc.caseId), 'serve_notice').has(doc.recipientPartyId)) return;
    try {
      await deps.caseEvents.applyCaseEvent({
        caseId: doc.caseId, event: 'serve_notice', actor: { userId: null, role: 'system', agencyId: null, organisationId: null, displayName: 'system' },
        payload: { party_id: doc.recipientPartyId, service_method: 'electronic', served_on: clock.today(), proof: `电子送达：${doc.documentNumber}，企业门户打开记录` },
      });
      await insertStatusEntry(db, { documentId: doc.id, status: 'served', partyId: doc.recipientPartyId, reason: 'electronic', recordedBy: null, recordedAt: clock.now() });
    } catch (error) {
      // not servable in the current state (e.g. served meanwhile): the download itself still succeeds
      if (!(error instanceof AppError)) throw error;
    }
  }

  /** The public verification record (§5.6): no personal data, 404 for internal forms and unknown codes. */
  async function verify(input: string) {
    const code = normaliseVerificationCode(input);
    const doc = /^[0-9A-HJKMNP-TV-Z]{12}$/.test(code) ? await findDocumentByCode(db, code) : null;
    const module = doc ? documentModule(doc.documentType) : null;
    if (!doc || !module || module.info.internal) return null;
    const statuses = await listStatusEntries(db, [doc.id]);
    const superseded = statuses.find((s) => s.status === 'superseded');
    const revoked = statuses.find((s) => s.status === 'revoked');
    const successor = superseded?.successorId ? await findDocument(db, superseded.successorId) : null;
    const agency = await findAgency(db, doc.agencyId);
    if (!agency) return null;
    return {
      code,
      typeTitle: module.info.titles[doc.profileKey as 'interim-1991'] ?? doc.title,
      number: doc.documentNumber,
      agencyName: agency.name,
      dateText: formatDate(doc.issuedAt),
      pageCount: doc.pageCount,
      pdfSha256: doc.pdfSha256,
      docxSha256: doc.docxSha256,
      status: revoked ? { kind: 'revoked' as const, date: formatDate(revoked.recordedAt) } : successor ? { kind: 'superseded' as const, number: successor.documentNumber, code: successor.verificationCode } : { kind: 'valid' as const },
    };
  }

  return { listForStaff, preview, issue, download, verify, mayDownload };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
