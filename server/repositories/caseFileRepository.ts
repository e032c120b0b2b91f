/** The rest of a case file: evidence, obligations, appeals, penalty proceedings, replies, approvals. */
import type { Db } from './rows.ts';
import { camelize } from './rows.ts';
import type { PenaltyProceeding } from '../domain/case/types.ts';
import type { PenaltyStatus } from '../domain/case/statuses.ts';

export async function listEvidence(db: Db, caseId: number) {
  const rows = await db('evidence_items')
    .where({ case_id: caseId })
    .orderBy('id')
    .select('id', 'evidence_kind', 'source_party', 'description', 'obtained_on', 'file_id', 'verification_status', 'shared_with_complainant', 'shared_with_respondent', 'created_at');
  return rows.map((r) => camelize<{
    id: number; evidenceKind: string | null; sourceParty: string; description: string; obtainedOn: string | null; fileId: number | null;
    verificationStatus: 'unverified' | 'verified' | 'disputed' | 'rejected'; sharedWithComplainant: boolean; sharedWithRespondent: boolean; createdAt: Date;
  }>(r));
}

export async function insertEvidence(db: Db, row: Record<string, unknown>): Promise<number> {
  const [r] = await db('evidence_items').insert(row).returning('id');
  return Number(r.id);
}

export async function updateEvidence(db: Db, caseId: number, id: number, fields: Record<string, unknown>): Promise<boolean> {
  const n = await db('evidence_items').where({ id, case_id: caseId }).update({ ...fields, version: db.raw('version + 1'), updated_at: db.fn.now() });
  return n === 1;
}

export async function listObligations(db: Db, caseId: number) {
  const rows = await db('obligations')
    .where({ case_id: caseId })
    .orderBy('id')
    .select('id', 'source', 'obligor', 'obligor_party_id', 'obligee', 'kind', 'amount', 'manner', 'performance_days', 'state', 'proof');
  return rows.map((r) => camelize<{
    id: number; source: 'decision' | 'mediation'; obligor: string; obligorPartyId: number | null; obligee: string | null; kind: string;
    amount: string | null; manner: string | null; performanceDays: number; state: 'pending' | 'performed' | 'overdue' | 'enforced' | 'waived'; proof: string | null;
  }>(r));
}

export async function insertObligation(db: Db, row: Record<string, unknown>): Promise<number> {
  const [r] = await db('obligations').insert(row).returning('id');
  return Number(r.id);
}

export async function setObligationState(db: Db, caseId: number, ids: readonly number[], state: string, proof?: string): Promise<void> {
  if (ids.length === 0) return;
  await db('obligations')
    .where({ case_id: caseId })
    .whereIn('id', ids)
    .update({ state, ...(proof !== undefined ? { proof } : {}), version: db.raw('version + 1'), updated_at: db.fn.now() });
}

export async function listAppeals(db: Db, caseId: number) {
  const rows = await db('appeals')
    .where({ case_id: caseId })
    .orderBy('id')
    .select('id', 'penalty_id', 'appeal_kind', 'applicant', 'applicant_party_id', 'act_appealed', 'organ', 'filed_on', 'outcome', 'outcome_on');
  return rows.map((r) => camelize<{
    id: number; penaltyId: number | null; appealKind: 'reconsideration' | 'lawsuit'; applicant: string; applicantPartyId: number | null;
    actAppealed: string; organ: string; filedOn: string; outcome: string | null; outcomeOn: string | null;
  }>(r));
}

export async function insertAppeal(db: Db, row: Record<string, unknown>): Promise<number> {
  const [r] = await db('appeals').insert(row).returning('id');
  return Number(r.id);
}

export async function setAppealOutcome(db: Db, caseId: number, id: number, outcome: string, outcomeOn: string): Promise<void> {
  await db('appeals').where({ id, case_id: caseId }).update({ outcome, outcome_on: outcomeOn, version: db.raw('version + 1'), updated_at: db.fn.now() });
}

const PENALTY_COLUMNS = ['id', 'case_id', 'status', 'party_name', 'organisation_id', 'legal_provision', 'proposed_items', 'decided_items', 'hearing_right', 'investigator_ids', 'version'];

export async function listPenalties(db: Db, caseId: number): Promise<PenaltyProceeding[]> {
  const rows = await db('penalty_proceedings').where({ case_id: caseId }).orderBy('id').select(PENALTY_COLUMNS);
  return rows.map((r) => camelize<PenaltyProceeding>(r));
}

export async function lockPenalty(db: Db, caseId: number, id: number): Promise<PenaltyProceeding | null> {
  const row = await db('penalty_proceedings').where({ id, case_id: caseId }).forUpdate().first(PENALTY_COLUMNS);
  return row ? camelize<PenaltyProceeding>(row) : null;
}

/** A new proceeding; its first status (P01 filed) is decided by caseEventService. */
export async function insertPenaltyWithStatus(db: Db, row: Record<string, unknown>, status: PenaltyStatus): Promise<number> {
  const [r] = await db('penalty_proceedings').insert({ ...row, status }).returning('id');
  return Number(r.id);
}

export async function compareAndSetPenalty(db: Db, id: number, expectedVersion: number, status: PenaltyStatus, fields: Record<string, unknown>): Promise<boolean> {
  const n = await db('penalty_proceedings').where({ id, version: expectedVersion }).update({ ...fields, status, version: expectedVersion + 1, updated_at: db.fn.now() });
  return n === 1;
}

export async function listWrittenReplies(db: Db, caseId: number) {
  const rows = await db('written_replies')
    .where({ case_id: caseId })
    .orderBy('id')
    .select('id', 'respondent_party_id', 'status', 'reply_subject', 'reply_verification_process', 'reply_facts_evidence', 'reply_responsibility_opinion', 'reply_position', 'objections', 'settlement_offer', 'signatory', 'entered_by_officer', 'postmark_date', 'late', 'submitted_at', 'version');
  return rows.map((r) => camelize<{
    id: number; respondentPartyId: number; status: 'draft' | 'submitted'; replySubject: string | null; replyVerificationProcess: string | null;
    replyFactsEvidence: string | null; replyResponsibilityOpinion: string | null; replyPosition: string | null; objections: unknown[];
    settlementOffer: string | null; signatory: string | null; enteredByOfficer: boolean; postmarkDate: string | null; late: boolean; submittedAt: Date | null; version: number;
  }>(r));
}

export async function upsertReplyDraft(db: Db, caseId: number, respondentPartyId: number, fields: Record<string, unknown>): Promise<void> {
  const existing = await db('written_replies').where({ respondent_party_id: respondentPartyId, status: 'draft' }).first('id');
  if (existing) {
    await db('written_replies').where({ id: existing.id }).update({ ...fields, version: db.raw('version + 1'), updated_at: db.fn.now() });
  } else {
    await db('written_replies').insert({ ...fields, case_id: caseId, respondent_party_id: respondentPartyId, status: 'draft' });
  }
}

/** Freeze the reply: the draft (if any) becomes the submitted version, else a new submitted row. */
export async function insertSubmittedReply(db: Db, caseId: number, respondentPartyId: number, fields: Record<string, unknown>): Promise<void> {
  await db('written_replies').where({ respondent_party_id: respondentPartyId, status: 'draft' }).delete();
  await db('written_replies').insert({ ...fields, case_id: caseId, respondent_party_id: respondentPartyId, status: 'submitted' });
}

export async function listApprovals(db: Db, caseId: number) {
  const rows = await db('approval_requests as a')
    .join('users as u', 'u.id', 'a.requested_by')
    .where('a.case_id', caseId)
    .orderBy('a.id', 'desc')
    .select('a.id', 'a.penalty_id', 'a.event_type', 'a.payload', 'a.requested_by', 'u.display_name as requested_by_name', 'a.requested_at', 'a.status', 'a.decided_by', 'a.decided_at', 'a.comment', 'a.version');
  return rows.map((r) => camelize<{
    id: number; penaltyId: number | null; eventType: string; payload: Record<string, unknown>; requestedBy: number; requestedByName: string;
    requestedAt: Date; status: 'pending' | 'approved' | 'returned'; decidedBy: number | null; decidedAt: Date | null; comment: string | null; version: number;
  }>(r));
}

export async function insertApproval(db: Db, row: Record<string, unknown>): Promise<number> {
  const [r] = await db('approval_requests').insert(row).returning('id');
  return Number(r.id);
}

export async function lockApproval(db: Db, id: number) {
  const r = await db('approval_requests').where({ id }).forUpdate().first('id', 'case_id', 'penalty_id', 'event_type', 'payload', 'requested_by', 'status', 'version');
  return r ? camelize<{ id: number; caseId: number; penaltyId: number | null; eventType: string; payload: Record<string, unknown>; requestedBy: number; status: string; version: number }>(r) : null;
}

export async function decideApproval(db: Db, id: number, fields: { status: 'approved' | 'returned'; decidedBy: number; decidedAt: Date; comment: string | null; eventId?: number }) {
  await db('approval_requests')
    .where({ id, status: 'pending' })
    .update({ status: fields.status, decided_by: fields.decidedBy, decided_at: fields.decidedAt, comment: fields.comment, event_id: fields.eventId ?? null, version: db.raw('version + 1'), updated_at: db.fn.now() });
}
