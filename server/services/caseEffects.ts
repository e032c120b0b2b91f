/**
 * What an event records besides the status: case fields (assignee, category, flags, outcome …) and the
 * rows of the case file it creates (replies, evidence, obligations, appeals, penalty proceedings).
 * Called by applyCaseEvent inside its transaction, after the event row exists; never writes a status.
 */
import type { Db } from '../repositories/rows.ts';
import {
  insertAppeal,
  insertEvidence,
  insertObligation,
  insertSubmittedReply,
  setAppealOutcome,
  setObligationState,
  updateEvidence,
} from '../repositories/caseFileRepository.ts';
import type { LoadedCaseFile } from './caseFile.ts';
import type { Actor } from '../domain/case/types.ts';
import type { CaseFlag, ClosureReason } from '../domain/case/enums.ts';
import { ValidationError } from '../errors.ts';

export interface EffectResult {
  caseFields: Record<string, unknown>;
  flags: CaseFlag[];
  /** obligations whose performance clock this event starts */
  obligationsStarting: Array<{ id: number; performanceDays: number }>;
}

interface EffectInput {
  db: Db;
  file: LoadedCaseFile;
  event: string;
  payload: Record<string, unknown>;
  eventId: number;
  actor: Actor;
  now: Date;
  flags: CaseFlag[];
}

const withFlag = (flags: CaseFlag[], flag: CaseFlag, on: boolean): CaseFlag[] =>
  on ? (flags.includes(flag) ? flags : [...flags, flag]) : flags.filter((f) => f !== flag);

/** How a closed case ended (§2.1 closure_reason), from the step that closes it. */
function closureReasonFor(file: LoadedCaseFile, event: string): ClosureReason | null {
  if (event === 'withdraw') return 'withdrawn';
  if (event === 'record_settlement') return 'settled';
  if (event !== 'close') return null;
  const s = file.caseRecord.status;
  if (s === 'decision_issued') return 'decided';
  if (s === 'mediation_agreed') return 'mediated';
  if (s === 'mediation_terminated') return 'mediation_terminated';
  // enforcement: of a decision, an agreement, or (2010) a deposit order after terminated mediation
  if (file.caseRecord.decisionKind) return 'decided';
  return file.events.some((e) => e.eventType === 'sign_mediation_agreement') ? 'mediated' : 'mediation_terminated';
}

export async function applyCaseEffects(input: EffectInput): Promise<EffectResult> {
  const { db, file, payload: p, eventId, actor } = input;
  const caseId = file.caseRecord.id;
  const fields: Record<string, unknown> = {};
  let flags = input.flags;
  const obligationsStarting: EffectResult['obligationsStarting'] = [];

  switch (input.event) {
    case 'assign':
    case 'reassign':
      fields.assignedOfficerId = p.assignee_id;
      break;
    case 'accept':
      fields.jurisdictionBasis = p.jurisdiction_basis;
      fields.complaintCategory = p.complaint_category;
      fields.categoryConfirmed = true;
      break;
    case 'submit_reply': {
      // guard respondent_awaiting_reply has checked that the notice was served on this respondent
      const late = file.clocks.some((k) => k.clockKey === 'respondent_reply' && k.partyId === p.party_id && k.state === 'expired');
      await insertSubmittedReply(db, caseId, Number(p.party_id), {
        reply_subject: p.reply_subject ?? null,
        reply_verification_process: p.reply_verification_process ?? null,
        reply_facts_evidence: p.reply_facts_evidence ?? null,
        reply_responsibility_opinion: p.reply_responsibility_opinion ?? null,
        reply_position: p.reply_position ?? null,
        objections: JSON.stringify(p.objections ? [{ text: p.objections }] : []),
        settlement_offer: p.settlement_offer ?? null,
        signatory: p.signatory ?? actor.displayName,
        entered_by_officer: actor.role === 'officer' || actor.role === 'supervisor',
        postmark_date: p.postmark_date ?? null,
        late,
        submitted_at: input.now,
        submitted_by: actor.userId,
        event_id: eventId,
      });
      if (late) flags = withFlag(flags, 'late_reply', true);
      break;
    }
    case 'add_evidence': {
      if (p.evidence_id) {
        // the officer classifies an item (kind, verification, sharing) [§2.5]
        const ok = await updateEvidence(db, caseId, Number(p.evidence_id), {
          evidence_kind: p.evidence_kind ?? null,
          verification_status: p.verification_status ?? 'unverified',
          shared_with_respondent: p.shared_with_respondent === true,
          shared_with_complainant: p.shared_with_complainant === true,
          description: p.description,
        });
        if (!ok) throw new ValidationError('unknown evidence item', { evidence_id: ['validation.unknown_item'] });
      } else {
        const staff = actor.role === 'officer' || actor.role === 'supervisor';
        await insertEvidence(db, {
          case_id: caseId,
          evidence_kind: staff ? (p.evidence_kind ?? null) : null,
          source_party: actor.role === 'citizen' ? 'complainant' : actor.role.startsWith('business') ? 'respondent' : p.source_party,
          description: p.description,
          obtained_on: p.obtained_on ?? null,
          obtained_by: actor.displayName,
          file_id: p.file_id ?? null,
          verification_status: staff ? (p.verification_status ?? 'unverified') : 'unverified',
          shared_with_respondent: p.shared_with_respondent === true,
          shared_with_complainant: p.shared_with_complainant === true,
          added_by: actor.userId,
        });
      }
      break;
    }
    case 'start_deciding':
      fields.factsChecklistComplete = true;
      break;
    case 'issue_decision': {
      fields.decisionKind = p.decision_kind;
      const orders = (p.orders as Array<Record<string, unknown>>) ?? [];
      for (const o of orders) {
        await insertObligation(db, {
          case_id: caseId, source: 'decision', source_event_id: eventId, obligor: o.obligor, obligor_party_id: o.obligor_party_id ?? null,
          obligee: o.obligee ?? null, kind: o.kind, amount: o.amount ?? null, manner: o.manner, performance_days: o.performance_days, state: 'pending',
        });
      }
      break;
    }
    case 'serve_decision':
      // the served party's obligations start their performance clocks (T23)
      for (const o of file.obligations) {
        if (o.source === 'decision' && o.state === 'pending' && (o.obligorPartyId === p.party_id || (o.obligorPartyId === null && !file.clocks.some((k) => k.obligationId === o.id)))) {
          obligationsStarting.push({ id: o.id, performanceDays: o.performanceDays });
        }
      }
      break;
    case 'sign_mediation_agreement': {
      const terms = (p.terms as Array<Record<string, unknown>>) ?? [];
      for (const t of terms) {
        const id = await insertObligation(db, {
          case_id: caseId, source: 'mediation', source_event_id: eventId, obligor: t.obligor, obligor_party_id: t.obligor_party_id ?? null,
          obligee: t.obligee ?? null, kind: t.kind, amount: t.amount ?? null, manner: t.manner, performance_days: t.performance_days, state: 'pending',
        });
        obligationsStarting.push({ id, performanceDays: Number(t.performance_days) });
      }
      break;
    }
    case 'record_performance':
      await setObligationState(db, caseId, [Number(p.obligation_id)], 'performed', String(p.proof));
      break;
    case 'start_enforcement': {
      const expired = file.clocks.filter((k) => k.clockKey === 'performance' && k.state === 'expired').map((k) => k.obligationId);
      await setObligationState(db, caseId, file.obligations.filter((o) => o.state === 'pending' && expired.includes(o.id)).map((o) => o.id), 'overdue');
      break;
    }
    case 'file_appeal':
      await insertAppeal(db, {
        case_id: caseId, penalty_id: p.penalty_id ?? null, appeal_kind: p.appeal_kind, applicant: p.applicant, applicant_party_id: p.applicant_party_id ?? null,
        act_appealed: p.act_appealed, organ: p.organ, organ_case_number: p.organ_case_number ?? null, filed_on: p.filed_on, received_on: p.received_on ?? null, filed_event_id: eventId,
      });
      if (p.appeal_kind === 'lawsuit') fields.severity = 'major'; // §3.7: a lawsuit raises the case to major
      break;
    case 'record_appeal_outcome': {
      await setAppealOutcome(db, caseId, Number(p.appeal_id), String(p.appeal_outcome), String(p.outcome_on));
      const stillPending = file.appeals.some((a) => a.outcome === null && a.id !== p.appeal_id);
      if (!stillPending) {
        flags = withFlag(flags, 'under_appeal', false);
        flags = withFlag(flags, 'legal_hold', false);
      }
      break;
    }
    case 'escalate':
    case 'downgrade_severity':
      fields.severity = p.to;
      break;
    case 'reopen':
      fields.closureReason = null;
      break;
    default:
      break;
  }

  const closure = closureReasonFor(file, input.event);
  if (closure) fields.closureReason = closure;
  return { caseFields: fields, flags, obligationsStarting };
}
