/** Issued documents, their files, status entries, number counters and agency document settings (documents.md §5). */
import type { Db } from './rows.ts';
import { camelize } from './rows.ts';

export interface IssuedDocumentRow {
  id: number;
  caseId: number;
  penaltyId: number | null;
  agencyId: number;
  documentType: string;
  profileKey: string;
  title: string;
  documentNumber: string;
  numberYear: number;
  numberSeq: number;
  recipientPartyId: number | null;
  sourceEventId: number | null;
  pdfFileId: number;
  docxFileId: number;
  pdfSha256: string;
  docxSha256: string;
  pdfSize: number;
  docxSize: number;
  pageCount: number;
  verificationCode: string;
  supersedesId: number | null;
  eventId: number | null;
  issuedAt: Date;
  issuedBy: number | null;
  templateVersion: string;
}

export interface DocumentStatusEntry {
  id: number;
  documentId: number;
  status: 'superseded' | 'revoked' | 'served';
  successorId: number | null;
  partyId: number | null;
  reason: string | null;
  recordedAt: Date;
}

const COLUMNS = [
  'id', 'case_id', 'penalty_id', 'agency_id', 'document_type', 'profile_key', 'title', 'document_number', 'number_year', 'number_seq', 'recipient_party_id',
  'source_event_id', 'pdf_file_id', 'docx_file_id', 'pdf_sha256', 'docx_sha256', 'pdf_size', 'docx_size', 'page_count', 'verification_code', 'supersedes_id',
  'event_id', 'issued_at', 'issued_by', 'template_version',
];

const toRow = (r: Record<string, unknown>): IssuedDocumentRow => {
  const row = camelize<IssuedDocumentRow>(r);
  return { ...row, sourceEventId: row.sourceEventId === null ? null : Number(row.sourceEventId), eventId: row.eventId === null ? null : Number(row.eventId) };
};

/** The next number of a series, atomically: a rolled-back issue releases it, so the series has no gaps (§5.2). */
export async function allocateDocumentNumber(db: Db, agencyId: number, documentType: string, year: number): Promise<number> {
  const { rows } = await db.raw(
    `insert into document_number_sequences (agency_id, document_type, year, last_number) values (?, ?, ?, 1)
     on conflict (agency_id, document_type, year) do update set last_number = document_number_sequences.last_number + 1
     returning last_number`,
    [agencyId, documentType, year],
  );
  return Number(rows[0].last_number);
}

export async function verificationCodeExists(db: Db, code: string): Promise<boolean> {
  return Boolean(await db('issued_documents').where({ verification_code: code }).first('id'));
}

export async function insertFile(db: Db, row: { caseId: number; purpose: string; originalName: string; mimeType: string; content: Uint8Array; sha256: string; uploadedBy: number | null }): Promise<number> {
  const [r] = await db('files')
    .insert({ case_id: row.caseId, purpose: row.purpose, original_name: row.originalName, mime_type: row.mimeType, size_bytes: row.content.byteLength, sha256: row.sha256, content: Buffer.from(row.content), uploaded_by: row.uploadedBy })
    .returning('id');
  return Number(r.id);
}

export async function readFile(db: Db, fileId: number): Promise<{ content: Buffer; sha256: string; mimeType: string } | null> {
  const row = await db('files').where({ id: fileId }).first('content', 'sha256', 'mime_type');
  return row ? { content: row.content as Buffer, sha256: row.sha256 as string, mimeType: row.mime_type as string } : null;
}

export async function insertIssuedDocument(db: Db, row: Record<string, unknown>): Promise<number> {
  const [r] = await db('issued_documents').insert(row).returning('id');
  return Number(r.id);
}

export async function listCaseDocuments(db: Db, caseId: number): Promise<IssuedDocumentRow[]> {
  const rows = await db('issued_documents').where({ case_id: caseId }).orderBy('id').select(COLUMNS);
  return rows.map(toRow);
}

export async function findDocument(db: Db, id: number): Promise<IssuedDocumentRow | null> {
  const row = await db('issued_documents').where({ id }).first(COLUMNS);
  return row ? toRow(row) : null;
}

export async function findDocumentByCode(db: Db, code: string): Promise<IssuedDocumentRow | null> {
  const row = await db('issued_documents').where({ verification_code: code }).first(COLUMNS);
  return row ? toRow(row) : null;
}

export async function findSnapshot(db: Db, id: number): Promise<Record<string, unknown> | null> {
  const row = await db('issued_documents').where({ id }).first('snapshot');
  return row ? (row.snapshot as Record<string, unknown>) : null;
}

export async function insertStatusEntry(db: Db, row: { documentId: number; status: DocumentStatusEntry['status']; successorId?: number | null; partyId?: number | null; reason?: string | null; recordedBy: number | null; recordedAt: Date }): Promise<void> {
  await db('document_status_entries').insert({
    document_id: row.documentId, status: row.status, successor_id: row.successorId ?? null, party_id: row.partyId ?? null, reason: row.reason ?? null, recorded_by: row.recordedBy, recorded_at: row.recordedAt,
  });
}

export async function listStatusEntries(db: Db, documentIds: readonly number[]): Promise<DocumentStatusEntry[]> {
  if (documentIds.length === 0) return [];
  const rows = await db('document_status_entries').whereIn('document_id', documentIds).orderBy('id').select('id', 'document_id', 'status', 'successor_id', 'party_id', 'reason', 'recorded_at');
  return rows.map((r) => camelize<DocumentStatusEntry>(r));
}

export async function agencyDocumentSettings(db: Db, agencyId: number): Promise<{ name: string; address: string | null; phone: string | null; reconsiderationOrgan: string | null; court: string | null; caseCode: string; documentPrefixes: Record<string, string>; settings: Record<string, unknown> } | null> {
  const row = await db('agencies').where({ id: agencyId }).first('name', 'address', 'public_phone', 'reconsideration_organ', 'court', 'case_code', 'document_prefixes', 'document_settings');
  if (!row) return null;
  return {
    name: row.name, address: row.address, phone: row.public_phone, reconsiderationOrgan: row.reconsideration_organ, court: row.court, caseCode: row.case_code,
    documentPrefixes: (row.document_prefixes ?? {}) as Record<string, string>, settings: (row.document_settings ?? {}) as Record<string, unknown>,
  };
}

export async function latestSealImage(db: Db, agencyId: number): Promise<{ id: number; version: number; sha256: string; content: Buffer; diameterMm: number } | null> {
  const row = await db('agency_seal_images').where({ agency_id: agencyId }).orderBy('version', 'desc').first('id', 'version', 'sha256', 'content', 'diameter_mm');
  return row ? { id: row.id, version: row.version, sha256: row.sha256, content: row.content as Buffer, diameterMm: row.diameter_mm } : null;
}

/** The id the next issued document will get, so that its issuing event can name it before the row exists. */
export async function nextDocumentId(db: Db): Promise<number> {
  const { rows } = await db.raw(`select nextval(pg_get_serial_sequence('issued_documents', 'id')) as id`);
  return Number(rows[0].id);
}

/** Display names of staff users, by id. */
export async function staffNames(db: Db, ids: readonly number[]): Promise<Record<number, string>> {
  if (ids.length === 0) return {};
  const rows = await db('users').whereIn('id', [...ids]).select('id', 'display_name');
  return Object.fromEntries(rows.map((u: { id: number; display_name: string }) => [u.id, u.display_name]));
}

/** Registry records of organisations as documents print them (legal representative, licence …). */
export async function organisationsForDocuments(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const rows = await db('organisations').whereIn('id', [...ids]).select('id', 'name', 'legal_representative', 'address', 'licence_no', 'uscc', 'e_service_consent_at');
  return rows.map((o: Record<string, unknown>) => ({
    id: Number(o.id), name: String(o.name), legalRepresentative: (o.legal_representative as string) ?? null, address: (o.address as string) ?? null,
    licenceNo: (o.licence_no as string) ?? null, uscc: (o.uscc as string) ?? null, eServiceConsentAt: (o.e_service_consent_at as Date) ?? null,
  }));
}
