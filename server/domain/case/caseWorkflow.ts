/**
 * THE transition table (procedure.md §3.3 for cases, §3.6 for penalty proceedings).
 *
 * This file is the single source of truth for which event may move a case (or a penalty proceeding)
 * from which status, by whom, with which guard and whether a supervisor must approve it. The case page's
 * "available actions", the route guards, the state diagram in the README and the timeline labels are all
 * derived from it. Pure data plus two lookup functions; no I/O.
 *
 * `who`: O = case officer (a supervisor may also act as officer), S = supervisor only, C = citizen
 * (complainant side), B = business user of the respondent organisation, Sys = the system actor.
 * `approval`: the step is proposed by O and executed on a supervisor's approval (§3.4, four-eyes rule).
 */
import type { ClockKey, CaseEventType, PenaltyEventType } from './events.ts';
import type { CaseStatus, PenaltyStatus } from './statuses.ts';
import { CASE_STATUSES } from './statuses.ts';
import type { CaseFlag } from './enums.ts';
import type { ProfileKey } from '../procedure/profiles.ts';
import type { GuardName } from './guards.ts';

export type WorkflowActor = 'O' | 'S' | 'C' | 'B' | 'Sys';

/**
 * Target of a transition: a status, 'same' (no state change), or a rule computed from the case:
 * - 'replies': the several-respondents rule of §3.2 (awaiting_reply / reply_received / reply_overdue)
 */
export type CaseTarget = CaseStatus | 'same' | 'replies';

export interface CaseTransition {
  id: string;
  event: CaseEventType;
  /** 'none' = the event creates the case (T01). */
  from: readonly (CaseStatus | 'none')[];
  to: CaseTarget;
  who: readonly WorkflowActor[];
  approval?: 'always' | 'when_acceptance_needs_approval';
  profiles?: readonly ProfileKey[];
  /** For clock_expired rows: which clock's expiry this row handles. */
  clockKey?: ClockKey;
  guards: readonly GuardName[];
  /** For system expiry rows: when a guard fails, stay in the same state instead of refusing. */
  otherwiseSame?: boolean;
  /** Stop every running case clock except the appeal windows (T20, T27, T28 …). */
  stopsAllClocks?: boolean;
  setsFlags?: readonly CaseFlag[];
  clearsFlags?: readonly CaseFlag[];
  /** Documents this step produces (document types of documents.md); produced by issue 3's registry. */
  documents: readonly string[];
}

const ALL_BUT_ARCHIVED: readonly CaseStatus[] = CASE_STATUSES.filter((s) => s !== 'archived');

/** T28: "submitted … deciding (not not_accepted, transferred_out, mediation_terminated)", in §3.2 order. */
const WITHDRAWABLE: readonly CaseStatus[] = [
  'submitted',
  'acceptance_review',
  'awaiting_supplement',
  'accepted',
  'notice_sent',
  'awaiting_reply',
  'reply_received',
  'reply_overdue',
  'investigating',
  'mediating',
  'mediation_agreed',
  'deciding',
];

const BOTH: readonly ProfileKey[] = ['interim-1991', 'measures-2010'];
const I1991: readonly ProfileKey[] = ['interim-1991'];
const M2010: readonly ProfileKey[] = ['measures-2010'];

export const CASE_TRANSITIONS: readonly CaseTransition[] = [
  { id: 'T01', event: 'submit', from: ['none'], to: 'submitted', who: ['C', 'O'], guards: ['privacy_ack_if_online'], documents: ['complaint_receipt', 'oral_complaint_record'] },
  { id: 'T02', event: 'assign', from: ['submitted'], to: 'acceptance_review', who: ['S', 'O'], guards: ['assignee_given', 'recusal_confirmed'], documents: [] },
  { id: 'T03', event: 'request_supplement', from: ['acceptance_review'], to: 'awaiting_supplement', who: ['O'], guards: ['missing_items_listed', 'supplement_requests_below_max'], documents: ['supplement_notice'] },
  { id: 'T04', event: 'provide_supplement', from: ['awaiting_supplement'], to: 'acceptance_review', who: ['C', 'O'], guards: [], documents: [] },
  { id: 'T05', event: 'clock_expired', clockKey: 'supplement', from: ['awaiting_supplement'], to: 'acceptance_review', who: ['Sys'], guards: [], setsFlags: ['supplement_missing'], documents: [] },
  { id: 'T06', event: 'accept', from: ['acceptance_review'], to: 'accepted', who: ['O'], approval: 'when_acceptance_needs_approval', guards: ['acceptance_checklist_passed', 'jurisdiction_basis_set', 'has_respondent', 'category_confirmed'], documents: ['acceptance_notice', 'registration_form'] },
  { id: 'T07', event: 'refuse_acceptance', from: ['acceptance_review'], to: 'not_accepted', who: ['O'], approval: 'always', guards: ['refusal_grounds_given'], documents: ['non_acceptance_notice'] },
  { id: 'T08', event: 'transfer_out', from: ['acceptance_review'], to: 'transferred_out', who: ['O'], approval: 'always', guards: ['transfer_details_given'], documents: ['transfer_letter', 'transfer_notice'] },
  { id: 'T09', event: 'acknowledge_transfer', from: ['transferred_out'], to: 'same', who: ['O'], guards: ['transfer_ack_running'], documents: [] },
  { id: 'T10', event: 'send_notice', from: ['accepted'], to: 'notice_sent', who: ['O'], guards: ['has_respondent'], documents: ['reply_notice', 'complaint_copy'] },
  { id: 'T11', event: 'serve_notice', from: ['notice_sent', 'awaiting_reply'], to: 'awaiting_reply', who: ['O', 'Sys'], guards: ['service_record_complete', 'respondent_not_yet_served'], documents: ['service_receipt'] },
  { id: 'T12', event: 'submit_reply', from: ['awaiting_reply'], to: 'replies', who: ['B', 'O'], guards: ['respondent_awaiting_reply', 'reply_sections_present'], documents: ['written_reply'] },
  { id: 'T13', event: 'clock_expired', clockKey: 'respondent_reply', from: ['awaiting_reply'], to: 'replies', who: ['Sys'], guards: [], documents: [] },
  { id: 'T14', event: 'submit_reply', from: ['reply_overdue'], to: 'replies', who: ['B', 'O'], guards: ['respondent_awaiting_reply', 'reply_sections_present'], setsFlags: ['late_reply'], documents: ['written_reply'] },
  // T14 continued: a late reply is accepted until start_deciding, sign_mediation_agreement or terminate_mediation.
  { id: 'T14b', event: 'submit_reply', from: ['investigating', 'mediating'], to: 'same', who: ['B', 'O'], guards: ['respondent_awaiting_reply', 'reply_sections_present', 'late_reply_still_accepted'], documents: ['written_reply'] },
  { id: 'T15', event: 'start_investigation', from: ['reply_received', 'reply_overdue', 'awaiting_reply'], to: 'investigating', who: ['O'], guards: ['urgency_reason_if_awaiting_reply'], documents: ['inquiry_notice'] },
  { id: 'T16', event: 'start_mediation', from: ['reply_received', 'reply_overdue', 'investigating'], to: 'mediating', who: ['O'], guards: ['mediation_consent_recorded'], documents: ['mediation_notice'] },
  { id: 'T17', event: 'record_mediation_session', from: ['mediating'], to: 'same', who: ['O'], guards: ['session_record_complete'], documents: ['mediation_record'] },
  { id: 'T18', event: 'sign_mediation_agreement', from: ['mediating'], to: 'mediation_agreed', who: ['O'], approval: 'always', guards: ['mediation_agreement_complete', 'joint_unanimity'], documents: ['mediation_agreement'] },
  { id: 'T19', event: 'terminate_mediation', from: ['mediating'], to: 'investigating', profiles: I1991, who: ['O'], approval: 'always', guards: ['termination_reason_given'], documents: ['mediation_termination_notice'] },
  { id: 'T19b', event: 'terminate_mediation', from: ['mediating'], to: 'mediation_terminated', profiles: M2010, who: ['O'], approval: 'always', guards: ['termination_reason_given'], documents: ['mediation_termination_document'] },
  { id: 'T20', event: 'record_settlement', from: ['reply_received', 'reply_overdue', 'investigating', 'mediating'], to: 'closed', who: ['O'], approval: 'always', guards: ['settlement_signed', 'joint_unanimity'], stopsAllClocks: true, documents: ['settlement_record', 'closure_report'] },
  { id: 'T21', event: 'start_deciding', from: ['investigating'], to: 'deciding', profiles: I1991, who: ['O'], guards: ['facts_checklist_complete'], documents: [] },
  { id: 'T22', event: 'issue_decision', from: ['deciding'], to: 'decision_issued', profiles: I1991, who: ['O'], approval: 'always', guards: ['decision_gate'], documents: ['handling_decision'] },
  { id: 'T23', event: 'serve_decision', from: ['decision_issued'], to: 'same', who: ['O', 'Sys'], guards: ['service_record_complete', 'party_not_yet_served_decision'], documents: ['service_receipt'] },
  { id: 'T24', event: 'record_performance', from: ['decision_issued', 'mediation_agreed'], to: 'same', who: ['O'], guards: ['obligation_pending', 'performance_proof_attached'], documents: [] },
  { id: 'T25', event: 'start_enforcement', from: ['decision_issued', 'mediation_agreed'], to: 'enforcement', who: ['O'], approval: 'always', guards: ['agency_enforcement_allowed', 'performance_clock_expired_unperformed', 'appeal_windows_closed_if_decision'], documents: ['performance_reminder'] },
  { id: 'T26', event: 'order_deposit_compensation', from: ['mediation_terminated'], to: 'enforcement', profiles: M2010, who: ['O'], approval: 'always', guards: ['respondent_is_travel_agency', 'deposit_ground_given'], documents: ['deposit_compensation_decision'] },
  { id: 'T27', event: 'close', from: ['decision_issued', 'mediation_agreed', 'mediation_terminated', 'enforcement'], to: 'closed', who: ['O'], approval: 'always', guards: ['obligations_settled', 'transfer_acknowledged_if_other_department', 'closure_report_complete'], stopsAllClocks: true, documents: ['closure_report'] },
  { id: 'T28', event: 'withdraw', from: WITHDRAWABLE, to: 'closed', who: ['O'], guards: ['withdrawal_request_recorded', 'joint_unanimity'], stopsAllClocks: true, documents: ['withdrawal_record'] },
  { id: 'T29', event: 'record_callback', from: ['closed'], to: 'same', who: ['O', 'Sys'], guards: ['callback_result_given'], documents: [] },
  { id: 'T30', event: 'file_appeal', from: ['not_accepted', 'decision_issued', 'enforcement', 'closed'], to: 'same', who: ['O'], guards: ['appeal_details_given'], setsFlags: ['under_appeal', 'legal_hold'], documents: [] },
  { id: 'T30b', event: 'file_appeal', from: ['mediation_agreed'], to: 'same', profiles: I1991, who: ['O'], guards: ['appeal_details_given'], setsFlags: ['under_appeal', 'legal_hold'], documents: [] },
  { id: 'T31', event: 'record_appeal_outcome', from: ALL_BUT_ARCHIVED, to: 'same', who: ['O'], guards: ['appeal_pending', 'appeal_outcome_given'], documents: [] },
  { id: 'T32', event: 'reopen', from: ['closed', 'decision_issued', 'enforcement'], to: 'investigating', who: ['S'], guards: ['reopen_reason_given'], documents: [] },
  { id: 'T32b', event: 'reopen', from: ['not_accepted'], to: 'acceptance_review', who: ['S'], guards: ['reopen_reason_given'], documents: [] },
  { id: 'T33', event: 'archive', from: ['closed', 'not_accepted', 'transferred_out'], to: 'archived', who: ['S'], guards: ['archivable'], documents: ['archive_index'] },
  // Expiry of any other clock: a named system event that changes no state (rule 7).
  { id: 'X01', event: 'clock_expired', from: ALL_BUT_ARCHIVED, to: 'same', who: ['Sys'], guards: [], documents: [] },
  // Events that do not change the state (§3.3, second table): allowed in any non-archived state.
  { id: 'N01', event: 'reassign', from: ALL_BUT_ARCHIVED, to: 'same', who: ['S'], guards: ['assignee_given', 'recusal_confirmed'], documents: [] },
  { id: 'N02', event: 'add_evidence', from: ALL_BUT_ARCHIVED, to: 'same', who: ['O', 'C', 'B'], guards: ['evidence_described'], documents: [] },
  { id: 'N03', event: 'pause_clock', from: ALL_BUT_ARCHIVED, to: 'same', who: ['O'], approval: 'always', guards: ['clock_pausable'], documents: [] },
  { id: 'N04', event: 'resume_clock', from: ALL_BUT_ARCHIVED, to: 'same', who: ['O'], guards: ['clock_paused'], documents: [] },
  { id: 'N05', event: 'extend_clock', from: ALL_BUT_ARCHIVED, to: 'same', who: ['O'], approval: 'always', guards: ['clock_extendable'], documents: [] },
  { id: 'N06', event: 'escalate', from: ALL_BUT_ARCHIVED, to: 'same', who: ['Sys', 'O'], guards: ['severity_raised'], documents: [] },
  { id: 'N07', event: 'downgrade_severity', from: ALL_BUT_ARCHIVED, to: 'same', who: ['S'], guards: ['severity_lowered', 'reason_given'], documents: [] },
  { id: 'N08', event: 'issue_supervision_order', from: ALL_BUT_ARCHIVED, to: 'same', who: ['S'], guards: ['actor_from_higher_agency', 'instructions_given'], setsFlags: ['supervised'], documents: ['supervision_order'] },
  { id: 'N09', event: 'close_supervision', from: ALL_BUT_ARCHIVED, to: 'same', who: ['S'], guards: ['actor_from_higher_agency', 'case_supervised'], clearsFlags: ['supervised'], documents: [] },
  { id: 'N10', event: 'file_report', from: ALL_BUT_ARCHIVED, to: 'same', who: ['O'], guards: ['report_given'], documents: ['special_report'] },
  { id: 'N11', event: 'link_case', from: ALL_BUT_ARCHIVED, to: 'same', who: ['O'], guards: ['link_given'], documents: [] },
  { id: 'N12', event: 'disclose_contact', from: ALL_BUT_ARCHIVED, to: 'same', who: ['S'], guards: ['disclosure_basis_given'], documents: [] },
  { id: 'N13', event: 'file_penalty', from: ALL_BUT_ARCHIVED, to: 'same', who: ['O'], approval: 'always', guards: ['case_accepted_once', 'penalty_filing_complete'], documents: ['penalty_filing_form'] },
  { id: 'N14', event: 'refer_violation', from: ALL_BUT_ARCHIVED, to: 'same', who: ['O'], approval: 'always', guards: ['referral_details_given'], documents: ['transfer_letter'] },
  { id: 'N15', event: 'deadline_recomputed', from: ALL_BUT_ARCHIVED, to: 'same', who: ['Sys'], guards: [], documents: [] },
  { id: 'N16', event: 'document_issued', from: ALL_BUT_ARCHIVED, to: 'same', who: ['O', 'Sys'], guards: [], documents: [] },
];

/** Penalty proceeding transitions (§3.6). `from: 'none'` creates the proceeding (P01, applied with N13). */
export type PenaltyTarget = PenaltyStatus | 'same';
export interface PenaltyTransition {
  id: string;
  event: PenaltyEventType;
  from: readonly (PenaltyStatus | 'none')[];
  to: PenaltyTarget;
  who: readonly WorkflowActor[];
  approval?: 'always';
  clockKey?: ClockKey;
  guards: readonly GuardName[];
  otherwiseSame?: boolean;
  /** P17: stop every live clock of the proceeding */
  stopsAllClocks?: boolean;
  documents: readonly string[];
}

const OPEN_PENALTY: readonly PenaltyStatus[] = [
  'filed',
  'prior_notice_served',
  'hearing_pending',
  'under_review',
  'decided',
  'served',
  'overdue',
  'enforcement',
  'performed',
  'no_penalty',
  'referred_to_judicial',
];

export const PENALTY_TRANSITIONS: readonly PenaltyTransition[] = [
  { id: 'P01', event: 'file_penalty', from: ['none'], to: 'filed', who: ['O'], approval: 'always', guards: ['case_accepted_once', 'penalty_filing_complete'], documents: ['penalty_filing_form'] },
  { id: 'P02', event: 'serve_prior_notice', from: ['filed'], to: 'prior_notice_served', who: ['O'], approval: 'always', guards: ['verified_evidence_exists', 'proposed_penalty_given', 'service_date_given'], documents: ['penalty_prior_notice'] },
  { id: 'P03', event: 'record_statement', from: ['prior_notice_served'], to: 'same', who: ['O'], guards: ['statement_given'], documents: [] },
  { id: 'P04', event: 'request_hearing', from: ['prior_notice_served'], to: 'hearing_pending', who: ['B', 'O'], guards: ['hearing_right_exists', 'hearing_request_in_time_or_reason'], documents: [] },
  { id: 'P05', event: 'serve_hearing_notice', from: ['hearing_pending'], to: 'same', who: ['O'], guards: ['hearing_notice_lead_ok', 'presiding_not_investigator'], documents: ['hearing_notice'] },
  { id: 'P06', event: 'hold_hearing', from: ['hearing_pending'], to: 'under_review', who: ['O'], guards: ['hearing_notice_served', 'hearing_record_given'], documents: ['hearing_record'] },
  { id: 'P07', event: 'waive_rights', from: ['prior_notice_served'], to: 'under_review', who: ['B', 'O'], guards: [], documents: [] },
  { id: 'P07b', event: 'clock_expired', clockKey: 'statement_defence', from: ['prior_notice_served'], to: 'under_review', who: ['Sys'], guards: ['no_hearing_request_possible'], otherwiseSame: true, documents: [] },
  { id: 'P07c', event: 'clock_expired', clockKey: 'hearing_request', from: ['prior_notice_served'], to: 'under_review', who: ['Sys'], guards: ['statement_period_over'], otherwiseSame: true, documents: [] },
  { id: 'P08', event: 'decide_penalty', from: ['under_review'], to: 'decided', who: ['S'], guards: ['prior_notice_served_and_statement_period_over', 'legal_review_done_if_required', 'not_heavier_than_prior_notice', 'penalty_decision_items_complete'], documents: ['penalty_decision'] },
  { id: 'P09', event: 'decide_no_penalty', from: ['under_review'], to: 'no_penalty', who: ['S'], guards: ['reason_given'], documents: ['no_penalty_decision'] },
  { id: 'P10', event: 'refer_to_judicial', from: ['filed', 'under_review'], to: 'referred_to_judicial', who: ['S'], guards: ['reason_given'], documents: ['transfer_letter'] },
  { id: 'P11', event: 'serve_penalty_decision', from: ['decided'], to: 'served', who: ['O', 'Sys'], guards: ['service_record_complete'], documents: ['service_receipt'] },
  { id: 'P12', event: 'record_payment', from: ['served', 'overdue', 'enforcement'], to: 'performed', who: ['O'], guards: ['payment_proof_given'], documents: [] },
  { id: 'P13', event: 'clock_expired', clockKey: 'fine_payment', from: ['served'], to: 'overdue', who: ['Sys'], guards: [], documents: [] },
  { id: 'P14', event: 'approve_deferral', from: ['served', 'overdue'], to: 'served', who: ['S'], guards: ['deferral_application_given'], documents: [] },
  { id: 'P15', event: 'serve_enforcement_reminder', from: ['overdue'], to: 'enforcement', who: ['O'], guards: ['penalty_appeal_windows_closed'], documents: ['performance_reminder'] },
  { id: 'P16', event: 'apply_court_enforcement', from: ['enforcement'], to: 'same', who: ['O'], approval: 'always', guards: ['enforcement_reminder_expired'], documents: ['court_enforcement_application'] },
  { id: 'P16b', event: 'record_enforcement_result', from: ['enforcement'], to: 'same', who: ['O'], guards: ['reason_given'], documents: [] },
  { id: 'P17', event: 'close_penalty', from: ['performed', 'no_penalty', 'referred_to_judicial', 'enforcement'], to: 'closed', who: ['O'], approval: 'always', guards: ['enforcement_result_recorded_if_enforcement'], stopsAllClocks: true, documents: ['closure_report'] },
  { id: 'PX', event: 'clock_expired', from: OPEN_PENALTY, to: 'same', who: ['Sys'], guards: [], documents: [] },
];

/** The workflow actor a portal role acts as. A supervisor is also an officer (§1.1). */
export function actorsForRole(role: string): readonly WorkflowActor[] {
  switch (role) {
    case 'officer':
      return ['O'];
    case 'supervisor':
      return ['O', 'S'];
    case 'citizen':
      return ['C'];
    case 'business_user':
    case 'business_admin':
      return ['B'];
    case 'system':
      return ['Sys'];
    default:
      return [];
  }
}

function profileMatches(profiles: readonly ProfileKey[] | undefined, profile: ProfileKey): boolean {
  return (profiles ?? BOTH).includes(profile);
}

/**
 * The case transition for (status, event, profile[, clock]) — role-independent. For clock_expired the
 * clock-specific row wins over the generic X01.
 */
export function findCaseTransition(
  from: CaseStatus | 'none',
  event: CaseEventType,
  profile: ProfileKey,
  clockKey?: ClockKey,
): CaseTransition | undefined {
  const rows = CASE_TRANSITIONS.filter(
    (t) => t.event === event && t.from.includes(from) && profileMatches(t.profiles, profile),
  );
  if (event === 'clock_expired') {
    return rows.find((t) => t.clockKey !== undefined && t.clockKey === clockKey) ?? rows.find((t) => t.clockKey === undefined);
  }
  return rows[0];
}

export function findPenaltyTransition(
  from: PenaltyStatus | 'none',
  event: PenaltyEventType,
  clockKey?: ClockKey,
): PenaltyTransition | undefined {
  const rows = PENALTY_TRANSITIONS.filter((t) => t.event === event && t.from.includes(from));
  if (event === 'clock_expired') {
    return rows.find((t) => t.clockKey !== undefined && t.clockKey === clockKey) ?? rows.find((t) => t.clockKey === undefined);
  }
  return rows[0];
}

export function roleMayPerform(t: { who: readonly WorkflowActor[] }, role: string): boolean {
  const actors = actorsForRole(role);
  return t.who.some((w) => actors.includes(w));
}

/** Events a role may start now on a case in `status` (before guards, which need the case file). */
export function eventsAvailable(status: CaseStatus, profile: ProfileKey, role: string): CaseTransition[] {
  return CASE_TRANSITIONS.filter(
    (t) =>
      t.from.includes(status) &&
      profileMatches(t.profiles, profile) &&
      t.event !== 'clock_expired' &&
      roleMayPerform(t, role) &&
      // events the system performs on its own are not offered as buttons
      !(t.who.length === 1 && t.who[0] === 'Sys'),
  );
}
