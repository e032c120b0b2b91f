/** The cases table and its request items. Status is written only through caseEventService. */
import type { Db } from './rows.ts';
import { camelize, snakeize } from './rows.ts';
import type { CaseRecord, RequestItem } from '../domain/case/types.ts';
import type { CaseStatus } from '../domain/case/statuses.ts';

export const CASE_COLUMNS = [
  'id', 'case_number', 'profile_key', 'agency_id', 'channel', 'received_at', 'status', 'severity', 'case_type', 'complaint_category',
  'category_confirmed', 'assigned_officer_id', 'jurisdiction_basis', 'closure_reason', 'decision_kind', 'flags',
  'facts_checklist_complete', 'is_joint_complaint', 'facts', 'reasons', 'incident_date', 'incident_place', 'harm_known_date',
  'has_contract', 'contract_number', 'contract_date', 'contract_place', 'travel_start_date', 'travel_end_date', 'contract_end_date',
  'destination', 'tour_group_number', 'product_name', 'booking_channel', 'amount_paid', 'group_size', 'referral_source_agency',
  'referral_reference_no', 'referral_deadline', 'media_outlet', 'version', 'created_at', 'updated_at',
] as const;

const cols = (alias: string) => CASE_COLUMNS.map((c) => `${alias}.${c}`);

export async function findCase(db: Db, id: number): Promise<CaseRecord | null> {
  const row = await db('cases as c').where('c.id', id).first(cols('c'));
  return row ? camelize<CaseRecord>(row) : null;
}

export async function findCaseByNumber(db: Db, caseNumber: string): Promise<CaseRecord | null> {
  const row = await db('cases as c').where('c.case_number', caseNumber).first(cols('c'));
  return row ? camelize<CaseRecord>(row) : null;
}

export async function lockCase(db: Db, id: number): Promise<CaseRecord | null> {
  const row = await db('cases as c').where('c.id', id).forUpdate().first(cols('c'));
  return row ? camelize<CaseRecord>(row) : null;
}

export async function getQueryCodeHash(db: Db, caseNumber: string): Promise<{ id: number; hash: string } | null> {
  const row = await db('cases').where({ case_number: caseNumber }).first('id', 'query_code_hash');
  return row ? { id: row.id, hash: row.query_code_hash } : null;
}

/** Allocate the next case number of (agency, year), gap-free, under a row lock (procedure.md §2.4). */
export async function allocateCaseSequence(db: Db, agencyId: number, year: number): Promise<number> {
  await db('case_number_sequences').insert({ agency_id: agencyId, year, last_number: 0 }).onConflict(['agency_id', 'year']).ignore();
  const [row] = await db('case_number_sequences')
    .where({ agency_id: agencyId, year })
    .update({ last_number: db.raw('last_number + 1') })
    .returning('last_number');
  return Number(row.last_number);
}

/** Insert a new case; `status` is decided by caseEventService (T01). */
export async function insertCaseWithStatus(db: Db, row: Record<string, unknown>, status: CaseStatus): Promise<number> {
  const [inserted] = await db('cases').insert({ ...snakeize(row), status }).returning('id');
  return Number(inserted.id);
}

/** Compare-and-set of status + other fields; returns false when the version moved (someone else changed the case). */
export async function compareAndSetCase(db: Db, id: number, expectedVersion: number, status: CaseStatus, fields: Record<string, unknown>): Promise<boolean> {
  const n = await db('cases')
    .where({ id, version: expectedVersion })
    .update({ ...snakeize(fields), status, version: expectedVersion + 1, updated_at: db.fn.now() });
  return n === 1;
}

export async function insertRequestItems(db: Db, caseId: number, items: readonly RequestItem[]): Promise<void> {
  if (items.length === 0) return;
  await db('case_request_items').insert(items.map((i) => ({ case_id: caseId, position: i.position, kind: i.kind, amount: i.amount, detail: i.detail })));
}

export async function listRequestItems(db: Db, caseId: number): Promise<RequestItem[]> {
  const rows = await db('case_request_items').where({ case_id: caseId }).orderBy('position').select('position', 'kind', 'amount', 'detail');
  return rows.map((r) => camelize<RequestItem>(r));
}
