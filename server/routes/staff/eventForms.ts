/**
 * How each event's form looks on the staff case page: the fields of its payload schema
 * (domain/case/eventPayloads.ts) in display order, with the widget to use. Which events are offered is
 * derived from the workflow table; this file only says how to ask for their payload.
 */
import {
  ACCEPTANCE_CHECKLIST_ITEMS,
  APPEAL_KINDS,
  APPEAL_OUTCOMES,
  CALLBACK_RESULTS,
  COMPLAINT_CATEGORIES,
  DECISION_KINDS,
  DEPOSIT_GROUNDS,
  EVIDENCE_KINDS,
  FACTS_CHECKLIST_ITEMS,
  JURISDICTION_BASES,
  LINK_TYPES,
  PAUSE_REASONS,
  PENALTY_TYPES,
  REFUSAL_GROUNDS,
  REPLY_POSITIONS,
  REPORT_KINDS,
  SERVICE_METHODS,
  SEVERITIES,
  SOURCE_PARTIES,
  TERMINATION_REASONS,
  VERIFICATION_STATUSES,
} from '../../domain/case/enums.ts';

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'date'
  | 'number'
  | 'checkbox'
  | 'select'
  | 'multi'
  | 'checklist'
  | 'respondent'
  | 'party'
  | 'clock'
  | 'obligation'
  | 'appeal'
  | 'staff'
  | 'evidence_multi'
  | 'consents'
  | 'terms'
  | 'penalty_items';

export interface FormField {
  name: string;
  kind: FieldKind;
  /** label key; defaults to field.<name> */
  label?: string;
  /** enum name for option labels (enum.<enumName>.<value>) */
  enumName?: string;
  options?: readonly string[];
  required?: boolean;
}

const f = (name: string, kind: FieldKind, extra: Partial<FormField> = {}): FormField => ({ name, kind, required: true, ...extra });
const opt = (name: string, kind: FieldKind, extra: Partial<FormField> = {}): FormField => ({ name, kind, required: false, ...extra });
const sel = (name: string, enumName: string, options: readonly string[], required = true): FormField => ({ name, kind: 'select', enumName, options, required });
const service = [sel('service_method', 'service_method', SERVICE_METHODS), f('served_on', 'date'), opt('tracking_number', 'text'), opt('proof', 'textarea')];

export const EVENT_FORMS: Record<string, readonly FormField[]> = {
  assign: [f('assignee_id', 'staff'), f('recusal_confirmed', 'checkbox'), opt('reason', 'textarea')],
  reassign: [f('assignee_id', 'staff'), f('recusal_confirmed', 'checkbox'), f('reason', 'textarea')],
  request_supplement: [f('missing_items', 'textarea')],
  provide_supplement: [f('description', 'textarea')],
  accept: [
    { name: 'checklist', kind: 'checklist', enumName: 'acceptance_checklist_item', options: ACCEPTANCE_CHECKLIST_ITEMS, required: true },
    sel('jurisdiction_basis', 'jurisdiction_basis', JURISDICTION_BASES),
    sel('complaint_category', 'complaint_category', COMPLAINT_CATEGORIES),
    opt('note', 'textarea'),
  ],
  refuse_acceptance: [
    { name: 'refusal_grounds', kind: 'multi', enumName: 'refusal_ground', options: REFUSAL_GROUNDS, required: true },
    f('reasons', 'textarea'),
    opt('competent_organ', 'text'),
    f('other_remedies', 'textarea'),
  ],
  transfer_out: [f('receiving_organ', 'text'), f('reason', 'textarea'), opt('materials', 'textarea')],
  acknowledge_transfer: [f('acknowledged_on', 'date'), opt('reference', 'text')],
  send_notice: [opt('note', 'textarea')],
  serve_notice: [f('party_id', 'respondent'), ...service],
  submit_reply: [
    f('party_id', 'respondent'),
    opt('reply_subject', 'textarea'),
    opt('reply_verification_process', 'textarea'),
    opt('reply_facts_evidence', 'textarea'),
    opt('reply_responsibility_opinion', 'textarea'),
    sel('reply_position', 'reply_position', REPLY_POSITIONS, false),
    opt('objections', 'textarea'),
    opt('settlement_offer', 'textarea'),
    opt('signatory', 'text'),
    opt('postmark_date', 'date'),
  ],
  start_investigation: [opt('urgency_reason', 'textarea'), opt('plan', 'textarea')],
  add_evidence: [
    f('description', 'textarea'),
    sel('evidence_kind', 'evidence_kind', EVIDENCE_KINDS.slice(0, 7), false),
    sel('source_party', 'source_party', SOURCE_PARTIES, false),
    opt('obtained_on', 'date'),
    sel('verification_status', 'verification_status', VERIFICATION_STATUSES, false),
    opt('shared_with_respondent', 'checkbox'),
    opt('shared_with_complainant', 'checkbox'),
  ],
  start_mediation: [f('consenting_party_ids', 'consents'), f('consent_date', 'date'), f('consent_method', 'text')],
  record_mediation_session: [f('session_date', 'date'), f('attendees', 'textarea'), f('claims', 'textarea'), f('points_in_dispute', 'textarea'), opt('outcome', 'textarea')],
  sign_mediation_agreement: [
    opt('consenting_party_ids', 'consents'),
    opt('dispute_nature', 'text'),
    opt('main_facts', 'textarea'),
    opt('mediation_reasons', 'textarea'),
    opt('cost_bearing', 'text'),
    opt('complaint_requests', 'textarea'),
    opt('facts_found', 'textarea'),
    opt('handling_process', 'textarea'),
    opt('mediation_result', 'textarea'),
    f('terms', 'terms'),
    f('complainant_signed', 'checkbox'),
    f('respondent_signed', 'checkbox'),
    opt('contains_penalty_terms', 'checkbox'),
  ],
  terminate_mediation: [sel('termination_reason', 'termination_reason', TERMINATION_REASONS), f('detail', 'textarea'), opt('deposit_note', 'text')],
  record_settlement: [opt('consenting_party_ids', 'consents'), f('settlement_terms', 'textarea'), f('complainant_signed', 'checkbox'), f('respondent_signed', 'checkbox'), f('officer_signed', 'checkbox'), f('closure_summary', 'textarea')],
  start_deciding: [{ name: 'facts_checklist', kind: 'checklist', enumName: 'facts_checklist_item', options: FACTS_CHECKLIST_ITEMS, required: true }],
  issue_decision: [
    sel('decision_kind', 'decision_kind', DECISION_KINDS),
    f('case_cause', 'text'),
    f('facts_found', 'textarea'),
    f('evidence_ids', 'evidence_multi'),
    f('legal_basis', 'textarea'),
    f('conclusion', 'textarea'),
    opt('performance_manner', 'textarea'),
    f('appeal_rights_text', 'textarea'),
    opt('cancellation_reasons', 'textarea'),
    opt('loss_amount', 'text'),
    opt('complainant_share_pct', 'number'),
    opt('respondent_share_pct', 'number'),
    opt('apology_ordered', 'checkbox'),
    opt('compensation_amount', 'text'),
    opt('handling_cost_amount', 'text'),
    opt('receiving_department', 'text'),
    opt('orders', 'terms'),
    opt('penalty_handled_separately', 'checkbox'),
  ],
  serve_decision: [f('party_id', 'party'), ...service],
  record_performance: [f('obligation_id', 'obligation'), f('proof', 'textarea')],
  start_enforcement: [sel('route', 'enforcement_route', ['court', 'deposit']), f('reminder_served_on', 'date'), opt('note', 'textarea')],
  order_deposit_compensation: [sel('deposit_ground', 'deposit_ground', DEPOSIT_GROUNDS), f('amount', 'text'), f('breakdown', 'textarea')],
  close: [f('closure_summary', 'textarea'), opt('unperformed_reason', 'textarea'), opt('complainant_informed_of_remedies', 'checkbox')],
  withdraw: [opt('consenting_party_ids', 'consents'), sel('request_source', 'request_source', ['online', 'paper', 'in_person']), opt('request_reference', 'text'), opt('reason', 'textarea')],
  record_callback: [sel('callback_result', 'callback_result', CALLBACK_RESULTS), opt('resolved', 'checkbox'), opt('comment', 'textarea')],
  file_appeal: [
    sel('appeal_kind', 'appeal_kind', APPEAL_KINDS),
    f('applicant', 'text'),
    opt('applicant_party_id', 'party'),
    sel('act_appealed', 'act_appealed', ['handling_decision', 'non_acceptance_notice', 'penalty_decision', 'deposit_compensation_decision', 'mediation_agreement']),
    f('organ', 'text'),
    opt('organ_case_number', 'text'),
    f('filed_on', 'date'),
    opt('received_on', 'date'),
  ],
  record_appeal_outcome: [f('appeal_id', 'appeal'), sel('appeal_outcome', 'appeal_outcome', APPEAL_OUTCOMES), f('outcome_on', 'date'), opt('document_reference', 'text')],
  reopen: [f('reason', 'textarea')],
  archive: [opt('callback_waived', 'checkbox'), opt('note', 'text')],
  pause_clock: [f('clock_id', 'clock'), sel('pause_reason', 'pause_reason', PAUSE_REASONS.filter((r) => r !== 'supplement_requested')), f('note', 'textarea')],
  resume_clock: [f('clock_id', 'clock'), opt('note', 'textarea')],
  extend_clock: [f('clock_id', 'clock'), f('units', 'number'), f('reason', 'textarea'), opt('legal_basis', 'text')],
  escalate: [sel('to', 'severity', SEVERITIES), f('trigger', 'text')],
  downgrade_severity: [sel('to', 'severity', SEVERITIES), f('reason', 'textarea')],
  issue_supervision_order: [f('instructions', 'textarea'), opt('response_days', 'number')],
  close_supervision: [opt('note', 'textarea')],
  file_report: [sel('report_kind', 'report_kind', REPORT_KINDS), f('content', 'textarea')],
  link_case: [sel('link_type', 'link_type', LINK_TYPES), f('linked_case_number', 'text')],
  disclose_contact: [
    { name: 'fields', kind: 'multi', enumName: 'contact_field', options: ['phone', 'email', 'address'], required: true },
    f('recipient', 'text'),
    f('purpose', 'textarea'),
    opt('complainant_consent', 'checkbox'),
    opt('legal_reason', 'textarea'),
  ],
  file_penalty: [f('party_name', 'text'), f('legal_provision', 'text'), opt('violation_date', 'date'), opt('harms_life_health_finance', 'checkbox'), f('facts', 'textarea')],
  refer_violation: [f('receiving_organ', 'text'), f('reason', 'textarea')],
};

export const PENALTY_EVENT_FORMS: Record<string, readonly FormField[]> = {
  serve_prior_notice: [f('proposed_items', 'penalty_items', { options: PENALTY_TYPES }), f('facts', 'textarea'), sel('service_method', 'service_method', SERVICE_METHODS), f('served_on', 'date')],
  record_statement: [f('statement', 'textarea'), opt('adopted', 'checkbox')],
  request_hearing: [f('requested_on', 'date'), opt('late_reason', 'textarea')],
  serve_hearing_notice: [f('served_on', 'date'), f('hearing_date', 'date'), f('presiding_user_id', 'staff'), f('place', 'text')],
  hold_hearing: [f('record', 'textarea'), opt('party_absent_without_reason', 'checkbox')],
  waive_rights: [opt('note', 'textarea')],
  decide_penalty: [f('items', 'penalty_items', { options: PENALTY_TYPES }), f('party_address', 'text'), f('facts_and_evidence', 'textarea'), f('legal_basis', 'textarea'), f('performance_manner', 'textarea'), opt('legal_review_done', 'checkbox')],
  decide_no_penalty: [f('reason', 'textarea')],
  refer_to_judicial: [f('receiving_organ', 'text'), f('reason', 'textarea')],
  serve_penalty_decision: [...service, opt('served_on_the_spot', 'checkbox')],
  record_payment: [f('bank_receipt', 'text'), f('paid_on', 'date'), opt('amount', 'text'), f('surcharge_settled', 'checkbox')],
  approve_deferral: [f('application', 'textarea'), f('days', 'number')],
  serve_enforcement_reminder: [f('served_on', 'date'), sel('service_method', 'service_method', SERVICE_METHODS)],
  apply_court_enforcement: [f('court', 'text'), f('applied_on', 'date')],
  record_enforcement_result: [f('reason', 'textarea')],
  close_penalty: [opt('note', 'textarea')],
};

/** Form bodies → payloads: drop empty rows of repeated groups and the form's own fields. */
export function payloadFromBody(body: Record<string, unknown>): Record<string, unknown> {
  const { _csrf: _c, version: _v, ...rest } = body;
  for (const key of ['terms', 'orders', 'proposed_items', 'items']) {
    const rows = rest[key];
    if (rows && typeof rows === 'object') {
      const values = Object.values(rows as Record<string, unknown>);
      // terms[0][x]… parses to an array (or an index-keyed object); a lone terms[x] to a single row
      const list = Array.isArray(rows) ? rows : values.every((v) => v && typeof v === 'object') ? values : [rows];
      rest[key] = list.filter((r) => r && typeof r === 'object' && Object.values(r as Record<string, unknown>).some((v) => typeof v === 'string' && v.trim() !== ''));
    }
  }
  return rest;
}
