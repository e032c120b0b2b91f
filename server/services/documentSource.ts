/**
 * Reads everything a document needs from the database into a plain DocumentSource (documents/model.ts):
 * the case file, the agency's document settings with their defaults (documents.md §6.3), the deployment
 * settings and the documents already issued. Runs inside the issuing transaction so that what is rendered is
 * what the transaction sees.
 */
import { z } from 'zod';
import type { Db } from '../repositories/rows.ts';
import type { Config } from '../config.ts';
import type { AgencyDocSettings, DeploymentDocSettings, DocumentSource, IssuedDocumentRef } from '../../documents/model.ts';
import { loadCaseFile } from './caseFile.ts';
import { findCase, listRequestItems } from '../repositories/caseRepository.ts';
import { agencyDocumentSettings, latestSealImage, listCaseDocuments, listStatusEntries, organisationsForDocuments, staffNames } from '../repositories/documentRepository.ts';
import { findUserById } from '../repositories/userRepository.ts';
import { NotFoundError } from '../errors.ts';

/** Version of the templates and layout modules; stored with every document. */
export const TEMPLATE_VERSION = '1';

const SETTINGS = z.object({
  self: z.string().max(20).optional(),
  doc_code: z.string().max(10).optional(),
  issuer_mark: z.string().max(40).optional(),
  postcode: z.string().max(10).optional(),
  fine_bank: z.string().max(100).optional(),
  fine_e_payment: z.string().max(100).optional(),
  office_name: z.string().max(60).optional(),
  seal_mode: z.enum(['image', 'placeholder']).optional(),
  seal_diameter_mm: z.number().min(38).max(50).optional(),
  mark_size_file_pt: z.number().min(28).max(72).optional(),
  mark_size_letter_pt: z.number().min(20).max(72).optional(),
  separator_pt: z.number().min(0.5).max(3).optional(),
  remedy_on_non_acceptance: z.boolean().optional(),
});

export function deploymentSettings(config: Config): DeploymentDocSettings {
  const url = new URL(config.documents.publicBaseUrl);
  return { portalName: config.documents.portalName, publicBaseUrl: url.origin, publicHost: url.host, productName: config.documents.portalName, templateVersion: TEMPLATE_VERSION };
}

export async function loadAgencySettings(db: Db, agencyId: number): Promise<AgencyDocSettings> {
  const row = await agencyDocumentSettings(db, agencyId);
  if (!row) throw new NotFoundError('agency');
  const s = SETTINGS.parse(row.settings);
  const seal = await latestSealImage(db, agencyId);
  const sealMode = s.seal_mode === 'image' && seal ? 'image' : 'placeholder';
  return {
    id: agencyId,
    agencyName: row.name,
    issuerMark: s.issuer_mark ?? row.name,
    self: s.self ?? '本机关',
    docCode: s.doc_code ?? row.caseCode,
    address: row.address ?? '',
    postcode: s.postcode ?? '',
    phone: row.phone ?? '',
    reconsiderationOrgan: row.reconsiderationOrgan ?? '',
    court: row.court ?? '',
    fineBank: s.fine_bank ?? '',
    fineEPayment: s.fine_e_payment ?? '',
    officeName: s.office_name ?? `${row.name}办公室`,
    sealMode,
    sealDiameterMm: sealMode === 'image' && seal ? seal.diameterMm : (s.seal_diameter_mm ?? 42),
    sealImage: sealMode === 'image' && seal ? { version: seal.version, sha256: seal.sha256, bytes: new Uint8Array(seal.content) } : null,
    markSizeFilePt: s.mark_size_file_pt ?? 52,
    markSizeLetterPt: s.mark_size_letter_pt ?? 36,
    separatorPt: s.separator_pt ?? 1.5,
    remedyOnNonAcceptance: s.remedy_on_non_acceptance ?? true,
    prefixOverrides: row.documentPrefixes,
  };
}

/** The issued documents of a case as templates cite them. */
export async function issuedRefs(db: Db, caseId: number): Promise<IssuedDocumentRef[]> {
  const docs = await listCaseDocuments(db, caseId);
  const statuses = await listStatusEntries(db, docs.map((d) => d.id));
  return docs.map((d) => ({
    id: d.id,
    type: d.documentType,
    number: d.documentNumber,
    issuedAt: d.issuedAt,
    recipientPartyId: d.recipientPartyId,
    penaltyId: d.penaltyId,
    sourceEventId: d.sourceEventId,
    supersededById: statuses.find((s) => s.documentId === d.id && s.status === 'superseded')?.successorId ?? null,
    title: d.title,
    pageCount: d.pageCount,
  }));
}

export async function loadDocumentSource(db: Db, caseId: number, config: Config): Promise<DocumentSource> {
  const c = await findCase(db, caseId);
  if (!c) throw new NotFoundError();
  const file = await loadCaseFile(db, c);
  const agency = await loadAgencySettings(db, c.agencyId);
  const officer = c.assignedOfficerId ? await findUserById(db, c.assignedOfficerId) : null;
  const staffIds = new Set<number>();
  for (const e of file.events) if (e.actorUserId) staffIds.add(e.actorUserId);
  const orgIds = file.parties.map((p) => p.organisationId).filter((v): v is number => v !== null);
  return {
    caseRecord: c,
    profile: c.profileKey,
    parties: file.parties,
    requests: await listRequestItems(db, c.id),
    events: file.events,
    evidence: file.evidence,
    obligations: file.obligations,
    penalties: file.penalties,
    replies: file.replies,
    clocks: file.clocks,
    agency,
    deployment: deploymentSettings(config),
    handler: officer ? { name: officer.displayName, phone: officer.phone ?? agency.phone } : null,
    staffNames: await staffNames(db, [...staffIds]),
    calendar: file.calendar,
    documents: await issuedRefs(db, c.id),
    organisations: (await organisationsForDocuments(db, orgIds)).map(({ eServiceConsentAt: _consent, ...o }) => o),
  };
}
