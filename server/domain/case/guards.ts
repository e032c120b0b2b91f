/**
 * Guards of the transition table (procedure.md §3.3, §3.5, §3.6). Each guard is a pure function of the
 * case file (loaded by the service) and the event payload; it returns null when satisfied, or the i18n
 * key of the reason (server/i18n: guard.<name>) when not.
 */
import type { ClockKey } from './events.ts';
import type { CaseStatus, PenaltyStatus } from './statuses.ts';
import type {
  AppealKind,
  CaseFlag,
  Channel,
  ClosureReason,
  ComplaintCategory,
  DecisionKind,
  ObligationState,
  RespondentType,
  Severity,
  VerificationStatus,
} from './enums.ts';
import { ACCEPTANCE_CHECKLIST_ITEMS, FACTS_CHECKLIST_ITEMS, SEVERITIES } from './enums.ts';
import type { ProfileSwitches } from '../procedure/profiles.ts';
import type { IsoDate } from '../deadlines/types.ts';

export interface GuardParty {
  id: number;
  partyRole: 'complainant' | 'respondent' | 'agent';
  name: string;
  respondentType: RespondentType | null;
  organisationId: number | null;
  isRepresentative: boolean;
  userId: number | null;
  /** respondent: notice served (served_at set) */
  noticeServedOn: IsoDate | null;
  /** respondent: reply submitted */
  replied: boolean;
  /** decision served on this party */
  decisionServedOn: IsoDate | null;
}

export interface GuardClock {
  id: number;
  clockKey: ClockKey;
  state: 'running' | 'paused' | 'stopped' | 'expired';
  partyId: number | null;
  obligationId: number | null;
  penaltyId: number | null;
  dueDate: IsoDate | null;
  extension: number;
  maxExtension: number;
  pausable: boolean;
  extendable: boolean;
}

export interface GuardObligation {
  id: number;
  state: ObligationState;
  source: 'decision' | 'mediation';
}

export interface GuardAppeal {
  id: number;
  kind: AppealKind;
  outcome: string | null;
  penaltyId: number | null;
}

export interface GuardPenalty {
  id: number;
  status: PenaltyStatus;
  proposedItems: ReadonlyArray<{ type: string; amount?: number | null }>;
  hearingRight: boolean;
  investigatorIds: readonly number[];
}

export interface GuardCase {
  id: number;
  status: CaseStatus;
  channel: Channel;
  severity: Severity;
  flags: readonly CaseFlag[];
  agencyId: number;
  assignedOfficerId: number | null;
  complaintCategory: ComplaintCategory;
  categoryConfirmed: boolean;
  jurisdictionBasis: string | null;
  decisionKind: DecisionKind | null;
  closureReason: ClosureReason | null;
  acceptanceNeedsApproval: boolean;
  factsChecklistComplete: boolean;
  incidentDate: IsoDate | null;
}

export interface GuardContext {
  switches: ProfileSwitches;
  caseFile: GuardCase;
  parties: readonly GuardParty[];
  clocks: readonly GuardClock[];
  evidence: ReadonlyArray<{ id: number; verificationStatus: VerificationStatus }>;
  obligations: readonly GuardObligation[];
  appeals: readonly GuardAppeal[];
  penalties: readonly GuardPenalty[];
  /** How many times each event has happened on the case. */
  eventCounts: Readonly<Record<string, number>>;
  /** The penalty proceeding the event applies to, for penalty events. */
  penalty: GuardPenalty | null;
  payload: Readonly<Record<string, unknown>>;
  actor: { userId: number | null; role: string; agencyId: number | null; agencyIsAncestorOfCase: boolean };
  today: IsoDate;
  /** Working-day arithmetic, injected (the calendar lives in the database). */
  addWorkingDays: (start: IsoDate, n: number) => IsoDate;
}

type Guard = (c: GuardContext) => string | null;

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};
const partyIdOf = (c: GuardContext, key = 'party_id'): number | null => num(c.payload[key]);
const respondents = (c: GuardContext) => c.parties.filter((p) => p.partyRole === 'respondent');
const complainants = (c: GuardContext) => c.parties.filter((p) => p.partyRole === 'complainant');
const clocksOf = (c: GuardContext, key: ClockKey) => c.clocks.filter((k) => k.clockKey === key);
const appealPending = (c: GuardContext, penaltyId: number | null = null) =>
  c.appeals.some((a) => a.outcome === null && (penaltyId === null || a.penaltyId === penaltyId));
const SEVERITY_RANK = (s: string) => SEVERITIES.indexOf(s as Severity);

/** The clock a pause/resume/extend payload names (by id), if it belongs to the case. */
const namedClock = (c: GuardContext) => {
  const id = num(c.payload.clock_id);
  return c.clocks.find((k) => k.id === id) ?? null;
};

/** Joint complaints: changing, settling or withdrawing needs every complainant's consent (M2010 art. 14). */
const jointUnanimity: Guard = (c) => {
  const all = complainants(c);
  if (all.length < c.switches.jointComplaintMin) return null;
  const consents = new Set(arr(c.payload.consenting_party_ids).map((v) => num(v)));
  return all.every((p) => consents.has(p.id)) ? null : 'guard.joint_unanimity';
};

const serviceRecordComplete: Guard = (c) => {
  if (!str(c.payload.service_method) || !str(c.payload.served_on)) return 'guard.service_record_complete';
  if (str(c.payload.served_on) > c.today) return 'guard.served_on_in_future';
  return null;
};

export const GUARDS = {
  privacy_ack_if_online: (c) => (c.caseFile.channel !== 'online' || c.payload.privacy_notice_ack === true ? null : 'guard.privacy_ack_if_online'),
  assignee_given: (c) => (num(c.payload.assignee_id) !== null ? null : 'guard.assignee_given'),
  recusal_confirmed: (c) => (c.payload.recusal_confirmed === true ? null : 'guard.recusal_confirmed'),
  missing_items_listed: (c) => (str(c.payload.missing_items).length > 0 ? null : 'guard.missing_items_listed'),
  supplement_requests_below_max: (c) =>
    (c.eventCounts.request_supplement ?? 0) < c.switches.supplementMaxRequests ? null : 'guard.supplement_requests_below_max',
  acceptance_checklist_passed: (c) => {
    const checklist = (c.payload.checklist ?? {}) as Record<string, unknown>;
    return ACCEPTANCE_CHECKLIST_ITEMS.every((item) => checklist[item] === true || checklist[item] === 'pass')
      ? null
      : 'guard.acceptance_checklist_passed';
  },
  jurisdiction_basis_set: (c) => (str(c.payload.jurisdiction_basis) || c.caseFile.jurisdictionBasis ? null : 'guard.jurisdiction_basis_set'),
  has_respondent: (c) => (respondents(c).length > 0 ? null : 'guard.has_respondent'),
  category_confirmed: (c) => (str(c.payload.complaint_category) || c.caseFile.categoryConfirmed ? null : 'guard.category_confirmed'),
  refusal_grounds_given: (c) => {
    const grounds = arr(c.payload.refusal_grounds).map(String);
    if (grounds.length === 0 || !str(c.payload.reasons)) return 'guard.refusal_grounds_given';
    if (!grounds.every((g) => (c.switches.refusalGrounds as readonly string[]).includes(g))) return 'guard.refusal_ground_not_in_profile';
    if (grounds.includes('outside_jurisdiction') && !str(c.payload.competent_organ)) return 'guard.competent_organ_required';
    if (!str(c.payload.other_remedies)) return 'guard.other_remedies_required';
    return null;
  },
  transfer_details_given: (c) => (str(c.payload.receiving_organ) && str(c.payload.reason) ? null : 'guard.transfer_details_given'),
  transfer_ack_running: (c) => (clocksOf(c, 'transfer_ack').some((k) => k.state === 'running' || k.state === 'expired') ? null : 'guard.transfer_ack_running'),
  service_record_complete: serviceRecordComplete,
  respondent_not_yet_served: (c) => {
    const p = respondents(c).find((r) => r.id === partyIdOf(c));
    if (!p) return 'guard.respondent_unknown';
    return p.noticeServedOn === null ? null : 'guard.respondent_already_served';
  },
  respondent_awaiting_reply: (c) => {
    const p = respondents(c).find((r) => r.id === partyIdOf(c));
    if (!p) return 'guard.respondent_unknown';
    if (p.noticeServedOn === null) return 'guard.respondent_not_served';
    return p.replied ? 'guard.respondent_already_replied' : null;
  },
  reply_sections_present: (c) =>
    c.switches.replyRequiredSections.every((k) => str(c.payload[k]).length > 0) ? null : 'guard.reply_sections_present',
  late_reply_still_accepted: (c) =>
    (c.eventCounts.start_deciding ?? 0) === 0 &&
    (c.eventCounts.sign_mediation_agreement ?? 0) === 0 &&
    (c.eventCounts.terminate_mediation ?? 0) === 0
      ? null
      : 'guard.late_reply_still_accepted',
  urgency_reason_if_awaiting_reply: (c) =>
    c.caseFile.status !== 'awaiting_reply' || str(c.payload.urgency_reason) ? null : 'guard.urgency_reason_if_awaiting_reply',
  mediation_consent_recorded: (c) => {
    const consents = new Set(arr(c.payload.consenting_party_ids).map((v) => num(v)));
    const reps = complainants(c).filter((p) => p.isRepresentative);
    const complainantSide = reps.length > 0 ? reps : complainants(c);
    const needed = [...complainantSide, ...respondents(c)];
    if (!str(c.payload.consent_date) || !str(c.payload.consent_method)) return 'guard.mediation_consent_recorded';
    return needed.every((p) => consents.has(p.id)) ? null : 'guard.mediation_consent_recorded';
  },
  session_record_complete: (c) =>
    str(c.payload.attendees) && str(c.payload.claims) && str(c.payload.points_in_dispute) ? null : 'guard.session_record_complete',
  mediation_agreement_complete: (c) => {
    const terms = arr(c.payload.terms) as Array<Record<string, unknown>>;
    const needed =
      c.switches.mediationDocument === 'mediation_agreement'
        ? ['dispute_nature', 'main_facts', 'mediation_reasons', 'cost_bearing']
        : ['complaint_requests', 'facts_found', 'handling_process', 'mediation_result'];
    if (!needed.every((k) => str(c.payload[k]))) return 'guard.mediation_agreement_complete';
    if (terms.length === 0 || !terms.every((t) => str(t.obligor) && str(t.kind) && num(t.performance_days) !== null && str(t.manner)))
      return 'guard.mediation_terms_complete';
    if (c.payload.complainant_signed !== true || c.payload.respondent_signed !== true) return 'guard.both_sides_signed';
    if (c.payload.contains_penalty_terms === true) return 'guard.no_penalty_terms';
    return null;
  },
  joint_unanimity: jointUnanimity,
  termination_reason_given: (c) => (str(c.payload.termination_reason) ? null : 'guard.termination_reason_given'),
  settlement_signed: (c) =>
    c.payload.complainant_signed === true && c.payload.respondent_signed === true && c.payload.officer_signed === true && str(c.payload.settlement_terms)
      ? null
      : 'guard.settlement_signed',
  facts_checklist_complete: (c) => {
    const checklist = (c.payload.facts_checklist ?? {}) as Record<string, unknown>;
    const fromPayload = FACTS_CHECKLIST_ITEMS.every((item) => str(checklist[item]).length > 0);
    return fromPayload || c.caseFile.factsChecklistComplete ? null : 'guard.facts_checklist_complete';
  },
  decision_gate: (c) => {
    // "先取证，后裁决" [000:1075-1079]: facts, verified evidence, decision fields, legal basis, appeal rights.
    if (!c.caseFile.factsChecklistComplete) return 'guard.facts_checklist_complete';
    const relied = arr(c.payload.evidence_ids).map((v) => num(v));
    if (relied.length === 0) return 'guard.decision_needs_evidence';
    const byId = new Map(c.evidence.map((e) => [e.id, e.verificationStatus]));
    if (!relied.every((id) => id !== null && byId.get(id) === 'verified')) return 'guard.decision_evidence_verified';
    const kind = str(c.payload.decision_kind);
    if (!kind) return 'guard.decision_kind_given';
    if (kind === 'joint_fault') {
      const a = num(c.payload.complainant_share_pct);
      const b = num(c.payload.respondent_share_pct);
      if (num(c.payload.loss_amount) === null || a === null || b === null || a + b !== 100) return 'guard.joint_fault_shares';
    }
    if (kind === 'respondent_fault' && num(c.payload.compensation_amount) === null && c.payload.apology_ordered !== true)
      return 'guard.respondent_fault_orders';
    if (kind === 'other_department_fault' && !str(c.payload.receiving_department)) return 'guard.receiving_department';
    if (kind === 'complainant_fault' && !str(c.payload.cancellation_reasons)) return 'guard.cancellation_reasons';
    if (arr(c.payload.legal_provisions).length === 0 && !str(c.payload.legal_basis)) return 'guard.legal_basis_given';
    if (!str(c.payload.appeal_rights_text)) return 'guard.appeal_rights_text';
    if (!str(c.payload.case_cause) || !str(c.payload.facts_found) || !str(c.payload.conclusion)) return 'guard.decision_text_complete';
    if (c.switches.penaltyInDecisionLetter && c.penalties.length > 0) {
      const decided = c.penalties.every((p) => !['filed', 'prior_notice_served', 'hearing_pending', 'under_review'].includes(p.status));
      if (!decided && c.payload.penalty_handled_separately !== true) return 'guard.penalty_decided_or_separate';
    }
    return null;
  },
  party_not_yet_served_decision: (c) => {
    const p = c.parties.find((r) => r.id === partyIdOf(c) && r.partyRole !== 'agent');
    if (!p) return 'guard.party_unknown';
    return p.decisionServedOn === null ? null : 'guard.party_already_served';
  },
  obligation_pending: (c) => {
    const o = c.obligations.find((x) => x.id === num(c.payload.obligation_id));
    return o && (o.state === 'pending' || o.state === 'overdue') ? null : 'guard.obligation_pending';
  },
  performance_proof_attached: (c) => (str(c.payload.proof) || num(c.payload.proof_file_id) !== null ? null : 'guard.performance_proof_attached'),
  agency_enforcement_allowed: (c) => (c.switches.agencyEnforcement ? null : 'guard.agency_enforcement_allowed'),
  performance_clock_expired_unperformed: (c) =>
    clocksOf(c, 'performance').some(
      (k) => k.state === 'expired' && c.obligations.some((o) => o.id === k.obligationId && (o.state === 'pending' || o.state === 'overdue')),
    )
      ? null
      : 'guard.performance_clock_expired_unperformed',
  appeal_windows_closed_if_decision: (c) => {
    if (c.caseFile.status !== 'decision_issued') return null;
    const windows = c.clocks.filter((k) => k.penaltyId === null && (k.clockKey === 'reconsideration_window' || k.clockKey === 'lawsuit_window'));
    if (windows.length === 0) return 'guard.appeal_windows_closed';
    return windows.every((k) => k.state === 'expired') && !appealPending(c) ? null : 'guard.appeal_windows_closed';
  },
  respondent_is_travel_agency: (c) => (respondents(c).some((p) => p.respondentType === 'travel_agency') ? null : 'guard.respondent_is_travel_agency'),
  deposit_ground_given: (c) => (str(c.payload.deposit_ground) && num(c.payload.amount) !== null ? null : 'guard.deposit_ground_given'),
  obligations_settled: (c) => {
    const open = c.obligations.filter((o) => o.state === 'pending' || o.state === 'overdue');
    if (open.length === 0) return null;
    // 2010: unperformed terms may close once the complainant has been told of arbitration and court.
    if (str(c.payload.unperformed_reason) && (c.switches.agencyEnforcement || c.payload.complainant_informed_of_remedies === true)) return null;
    return 'guard.obligations_settled';
  },
  transfer_acknowledged_if_other_department: (c) =>
    c.caseFile.decisionKind !== 'other_department_fault' || (c.eventCounts.acknowledge_transfer ?? 0) > 0 ? null : 'guard.transfer_acknowledged',
  closure_report_complete: (c) => (str(c.payload.closure_summary) ? null : 'guard.closure_report_complete'),
  withdrawal_request_recorded: (c) =>
    str(c.payload.request_source) && (c.payload.request_source !== 'paper' || str(c.payload.request_reference)) ? null : 'guard.withdrawal_request_recorded',
  callback_result_given: (c) => (str(c.payload.callback_result) ? null : 'guard.callback_result_given'),
  appeal_details_given: (c) =>
    str(c.payload.appeal_kind) && str(c.payload.applicant) && str(c.payload.organ) && str(c.payload.filed_on) && str(c.payload.act_appealed)
      ? null
      : 'guard.appeal_details_given',
  appeal_pending: (c) => (appealPending(c) ? null : 'guard.appeal_pending'),
  appeal_outcome_given: (c) => (num(c.payload.appeal_id) !== null && str(c.payload.appeal_outcome) && str(c.payload.outcome_on) ? null : 'guard.appeal_outcome_given'),
  reopen_reason_given: (c) => (str(c.payload.reason) ? null : 'guard.reopen_reason_given'),
  archivable: (c) => {
    const windows = c.clocks.filter((k) => k.clockKey === 'reconsideration_window' || k.clockKey === 'lawsuit_window' || k.clockKey === 'post_reconsideration_lawsuit');
    if (windows.some((k) => k.state === 'running' || k.state === 'paused')) return 'guard.archive_appeal_windows_open';
    if (appealPending(c)) return 'guard.archive_appeal_pending';
    if (c.caseFile.status === 'closed' && clocksOf(c, 'callback').length > 0 && (c.eventCounts.record_callback ?? 0) === 0 && c.payload.callback_waived !== true)
      return 'guard.archive_callback_pending';
    if (c.penalties.some((p) => p.status !== 'closed')) return 'guard.archive_penalty_open';
    if (c.caseFile.flags.includes('legal_hold') && appealPending(c)) return 'guard.archive_legal_hold';
    return null;
  },
  evidence_described: (c) => (str(c.payload.description) ? null : 'guard.evidence_described'),
  clock_pausable: (c) => {
    const k = namedClock(c);
    if (!k || !k.pausable || k.state !== 'running') return 'guard.clock_pausable';
    return str(c.payload.pause_reason) && str(c.payload.note) ? null : 'guard.pause_reason_given';
  },
  clock_paused: (c) => (namedClock(c)?.state === 'paused' ? null : 'guard.clock_paused'),
  clock_extendable: (c) => {
    const k = namedClock(c);
    const units = num(c.payload.units);
    if (!k || !k.extendable || (k.state !== 'running' && k.state !== 'paused')) return 'guard.clock_extendable';
    if (units === null || units <= 0 || !str(c.payload.reason)) return 'guard.extension_units_and_reason';
    return k.extension + units <= k.maxExtension ? null : 'guard.extension_exceeds_max';
  },
  severity_raised: (c) => (SEVERITY_RANK(str(c.payload.to)) > SEVERITY_RANK(c.caseFile.severity) && str(c.payload.trigger) ? null : 'guard.severity_raised'),
  severity_lowered: (c) => {
    const to = SEVERITY_RANK(str(c.payload.to));
    return to >= 0 && to < SEVERITY_RANK(c.caseFile.severity) ? null : 'guard.severity_lowered';
  },
  reason_given: (c) => (str(c.payload.reason) ? null : 'guard.reason_given'),
  actor_from_higher_agency: (c) => (c.actor.agencyIsAncestorOfCase ? null : 'guard.actor_from_higher_agency'),
  instructions_given: (c) => (str(c.payload.instructions) ? null : 'guard.instructions_given'),
  case_supervised: (c) => (c.caseFile.flags.includes('supervised') ? null : 'guard.case_supervised'),
  report_given: (c) => (str(c.payload.report_kind) && str(c.payload.content) ? null : 'guard.report_given'),
  link_given: (c) => (str(c.payload.link_type) && str(c.payload.linked_case_number) ? null : 'guard.link_given'),
  disclosure_basis_given: (c) =>
    (c.payload.complainant_consent === true || str(c.payload.legal_reason)) && arr(c.payload.fields).length > 0 && str(c.payload.recipient)
      ? null
      : 'guard.disclosure_basis_given',
  case_accepted_once: (c) => ((c.eventCounts.accept ?? 0) > 0 ? null : 'guard.case_accepted_once'),
  penalty_filing_complete: (c) => {
    if (!str(c.payload.legal_provision) || !str(c.payload.party_name)) return 'guard.penalty_filing_complete';
    // 行政处罚法 art. 36: 2 years, or 5 where life, health or financial safety was harmed.
    const incident = str(c.payload.violation_date) || c.caseFile.incidentDate;
    if (!incident) return 'guard.penalty_filing_complete';
    const years = c.payload.harms_life_health_finance === true ? 5 : 2;
    const limit = `${Number(incident.slice(0, 4)) + years}${incident.slice(4)}`;
    return c.today <= limit ? null : 'guard.penalty_limitation_expired';
  },
  referral_details_given: (c) => (str(c.payload.receiving_organ) && str(c.payload.reason) ? null : 'guard.referral_details_given'),
  // Penalty proceeding guards (§3.6)
  verified_evidence_exists: (c) => (c.evidence.some((e) => e.verificationStatus === 'verified') ? null : 'guard.verified_evidence_exists'),
  proposed_penalty_given: (c) => (arr(c.payload.proposed_items).length > 0 ? null : 'guard.proposed_penalty_given'),
  service_date_given: (c) => (str(c.payload.served_on) && str(c.payload.served_on) <= c.today ? null : 'guard.service_record_complete'),
  statement_given: (c) => (str(c.payload.statement) ? null : 'guard.statement_given'),
  hearing_right_exists: (c) => (c.penalty?.hearingRight ? null : 'guard.hearing_right_exists'),
  hearing_request_in_time_or_reason: (c) => {
    const clock = c.clocks.find((k) => k.clockKey === 'hearing_request' && k.penaltyId === c.penalty?.id);
    return clock?.state === 'running' || str(c.payload.late_reason) ? null : 'guard.hearing_request_in_time_or_reason';
  },
  hearing_notice_lead_ok: (c) => {
    const served = str(c.payload.served_on);
    const hearing = str(c.payload.hearing_date);
    if (!served || !hearing) return 'guard.hearing_notice_lead_ok';
    // 行政处罚法 art. 64(2): notice at least 7 (working) days before the hearing (art. 85).
    return hearing >= c.addWorkingDays(served, 7) ? null : 'guard.hearing_notice_lead_ok';
  },
  presiding_not_investigator: (c) => {
    const presiding = num(c.payload.presiding_user_id);
    return presiding !== null && !(c.penalty?.investigatorIds ?? []).includes(presiding) ? null : 'guard.presiding_not_investigator';
  },
  hearing_notice_served: (c) => ((c.eventCounts['penalty:serve_hearing_notice'] ?? 0) > 0 ? null : 'guard.hearing_notice_served'),
  hearing_record_given: (c) => (str(c.payload.record) ? null : 'guard.hearing_record_given'),
  no_hearing_request_possible: (c) => {
    const clock = c.clocks.find((k) => k.clockKey === 'hearing_request' && k.penaltyId === c.penalty?.id);
    return !clock || clock.state === 'expired' || clock.state === 'stopped' ? null : 'guard.hearing_request_open';
  },
  statement_period_over: (c) => {
    const clock = c.clocks.find((k) => k.clockKey === 'statement_defence' && k.penaltyId === c.penalty?.id);
    return !clock || clock.state === 'expired' || clock.state === 'stopped' ? null : 'guard.statement_period_open';
  },
  prior_notice_served_and_statement_period_over: (c) => {
    // A penalty decision needs a served prior notice and an expired or used statement period (行政处罚法 arts. 44-45, 62).
    const statement = c.clocks.find((k) => k.clockKey === 'statement_defence' && k.penaltyId === c.penalty?.id);
    if (!statement) return 'guard.prior_notice_not_served';
    return statement.state === 'expired' || statement.state === 'stopped' ? null : 'guard.statement_period_open';
  },
  legal_review_done_if_required: (c) => {
    const proposed = c.penalty?.proposedItems ?? [];
    const required = c.penalty?.hearingRight === true || proposed.some((i) => ['revoke_licence', 'order_closure', 'order_suspension'].includes(i.type));
    return !required || c.payload.legal_review_done === true ? null : 'guard.legal_review_done';
  },
  not_heavier_than_prior_notice: (c) => {
    // 行政处罚法 art. 45: no heavier penalty for defending; a heavier one needs a new prior notice.
    const proposed = new Map((c.penalty?.proposedItems ?? []).map((i) => [i.type, i.amount ?? 0]));
    const items = arr(c.payload.items) as Array<Record<string, unknown>>;
    if (items.length === 0) return 'guard.penalty_items_given';
    return items.every((i) => proposed.has(str(i.type)) && (num(i.amount) ?? 0) <= (proposed.get(str(i.type)) ?? 0))
      ? null
      : 'guard.not_heavier_than_prior_notice';
  },
  penalty_decision_items_complete: (c) =>
    ['party_address', 'facts_and_evidence', 'legal_basis', 'performance_manner'].every((k) => str(c.payload[k]))
      ? null
      : 'guard.penalty_decision_items_complete',
  payment_proof_given: (c) => (str(c.payload.bank_receipt) && c.payload.surcharge_settled === true ? null : 'guard.payment_proof_given'),
  deferral_application_given: (c) => (str(c.payload.application) && num(c.payload.days) !== null ? null : 'guard.deferral_application_given'),
  penalty_appeal_windows_closed: (c) => {
    const windows = c.clocks.filter((k) => k.penaltyId === c.penalty?.id && (k.clockKey === 'reconsideration_window' || k.clockKey === 'lawsuit_window'));
    return windows.length > 0 && windows.every((k) => k.state === 'expired') && !appealPending(c, c.penalty?.id ?? null)
      ? null
      : 'guard.appeal_windows_closed';
  },
  enforcement_reminder_expired: (c) =>
    c.clocks.some((k) => k.clockKey === 'enforcement_reminder' && k.penaltyId === c.penalty?.id && k.state === 'expired')
      ? null
      : 'guard.enforcement_reminder_expired',
  enforcement_result_recorded_if_enforcement: (c) =>
    c.penalty?.status !== 'enforcement' || (c.eventCounts['penalty:record_enforcement_result'] ?? 0) > 0 ? null : 'guard.enforcement_result_recorded',
} satisfies Record<string, Guard>;

export type GuardName = keyof typeof GUARDS;

/** Run a transition's guards; returns the reason keys of those that fail. */
export function failedGuards(names: readonly GuardName[], ctx: GuardContext): string[] {
  const failures: string[] = [];
  for (const name of names) {
    const reason = GUARDS[name](ctx);
    if (reason !== null) failures.push(reason);
  }
  return failures;
}
